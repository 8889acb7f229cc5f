"""Finding an event's arguments in the dependency parse.

Subjects, objects and prepositional arguments of a trigger, expanded over
coordination ("Belgium, Canada and the United States have declared") and over
"including"/"such as" lists ("Nations including Belgium ..."), each mapped to
an actor through the document's actor table.
"""

from __future__ import annotations

from typing import Callable, Iterator

from kg.extract import gazetteer as gz
from kg.extract.actor_keys import member_keys
from kg.extract.lexicon import (
    ACCUSE_VERBS, ATTACK_NOUNS, CRITICIZE_VERBS, PERSON_ROLE_NOUNS, RELATIVE_NOUNS, SAY_NOUNS,
)
from kg.extract.misparses import (
    misparsed_visitor, name_after_long_title, name_after_place_noun, name_before, name_in_portfolio,
    names_in_appositive_list, spliced_subject,
)

SUBJECT_DEPS = ("nsubj", "csubj")
PASSIVE_SUBJECT_DEPS = ("nsubjpass", "csubjpass")
PASSIVE_DEPS = frozenset({"nsubjpass", "csubjpass", "auxpass"})
ACCUSING_VERBS = CRITICIZE_VERBS | ACCUSE_VERBS
# Child links to follow inside a noun phrase when looking for actors in it.
NP_DEPS = frozenset({"compound", "poss", "prep", "pobj", "conj", "appos", "nmod", "npadvmod"})
# What one issues or sends with words in it: "sent a letter to X saying that ...".
WORDS_SENT = SAY_NOUNS | frozenset({"letter", "message", "note", "communique", "communiqué", "memo",
                                    "memorandum", "email", "telegram", "cable", "report"})
EXAMPLE_PREPS = frozenset({"including", "include", "like", "such"})

Resolver = Callable[[object], "str | None"]


def is_passive(verb) -> bool:
    """'was claimed', and a bare participle with a 'by' agent ('..., claimed by officials to ...')."""
    for child in verb.children:  # one pass: this is asked of nearly every trigger, often twice
        if child.dep_ in PASSIVE_DEPS or child.dep_ == "agent" and verb.tag_ == "VBN":
            return True
    return False


def coordinated(token) -> list:
    """The token and its conjuncts, with generic heads replaced by their examples."""
    members = [token, *token.conjuncts]
    # "A, director of X, and B, a consultant": the parser hangs B on A's title
    members += [c for m in list(members) for ap in m.children if ap.dep_ == "appos" and ap.pos_ == "NOUN"
                for c in ap.conjuncts if c.pos_ == "PROPN" and c not in members]
    # "received by A, his deputy B, C and D": a list of names hung on the first one's apposition
    named = [ap for m in members if m.pos_ != "PRON"  # "he was received by X, A and B": A is no "he"
             for ap in m.children if ap.dep_ == "appos"]
    named += [n for ap in named if ap.pos_ == "NOUN" for n in ap.children if n.dep_ == "appos"]  # "his deputy B"
    members += [c for ap in named if ap.pos_ == "PROPN" and ap.conjuncts
                for c in (ap, *ap.conjuncts) if (c.pos_ == "PROPN" or _named_role(c) is not None)
                and c not in members]  # "..., C and the ambassador to X, D": D
    # "The President of X, A, and her Y counterpart, B, held talks": B named on the role joined to A,
    # or hung after that role on the title A names
    members += [n for ap in named if ap.pos_ == "PROPN" for c in ap.conjuncts if c.pos_ == "NOUN"
                for n in [*c.children, *(s for s in ap.head.children if s.i > c.i)]
                if n.dep_ == "appos" and n.pos_ == "PROPN" and n not in members]
    # "A, China's premier, B, head of X, and his counterpart C": names hung on the roles before them
    members += [n for n in names_in_appositive_list(token) if n not in members]
    members += [c for c in _hung_as_modifiers(token) if c not in members]
    states = _states_of_joint_bodies(token)
    if states:  # "the New Zealand and Australian governments": each state
        members = [m for m in members if m is not token] + states
    members = [m for m in members if not nationality_of_conjunct(m)]  # "Nepali and Laotian officials"
    out = []
    for m in members:
        visitor = misparsed_visitor(m)
        if visitor is not None:  # "Visiting President X and his counterpart Y held talks"
            out.extend(v for v in coordinated(visitor) if v not in out)
            continue
        examples = _examples(m)
        out.extend(examples if examples else [m])
    return out


def _hung_as_modifiers(token) -> list:
    """'Premier A and Minister B', 'Amnesty International and Human Rights Watch': the parser may
    hang the first name on the last one, or on its title ("Secretary A and spokesman B": A on
    "spokesman"), as a modifier that carries the "and"."""
    if token.pos_ != "PROPN":
        return []
    titles = [c for c in token.children if c.dep_ == "compound" and c.pos_ in ("NOUN", "PROPN") and c.i < token.i]
    hung = [c for h in (token, *titles) for c in h.children if c.dep_ == "nmod" and c.pos_ == "PROPN"
            and c.i < h.i and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)]
    # "President A and Premier B met": A in apposition to the title that B's name compounds
    hung += [c for h in titles for c in h.children if c.dep_ == "appos" and c.pos_ == "PROPN"
             and c.i < token.i and any(g.dep_ == "cc" and g.lower_ == "and" for g in c.children)]
    return hung


def _states_of_joint_bodies(token) -> list:
    """'the Indian and Pakistani governments': a plural state body whose modifiers name two or
    more states is those states, named by their modifier words."""
    if token.tag_ != "NNS" or token.lower_ not in STATE_BODIES:
        return []
    mods = [c for c in token.children if c.dep_ in ("amod", "compound", "nmod") and c.i < token.i]
    words = [w for m in mods for w in (m, *m.conjuncts)]
    if len(words) < 2 or not all(gz.demonym_country_at(w) or gz.country(_name_text(w)) for w in words):
        return []
    return words


def joint_body_state(token) -> bool:
    """A state word that is one of several naming a plural state body ("Indian" in "the Indian and
    Pakistani governments")."""
    head = token
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
    return head.dep_ in ("amod", "compound", "nmod") and token in _states_of_joint_bodies(head.head)


def _name_text(token) -> str:
    """The words of a multi-word name ending at ``token`` ("New Zealand")."""
    start = token.i
    while start > 0 and token.doc[start - 1].dep_ in ("compound", "nmod") and token.doc[start - 1].head.i == token.i \
            and token.doc[start - 1].pos_ == "PROPN":
        start -= 1
    return token.doc[start:token.i + 1].text


def nationality_of_conjunct(token) -> bool:
    """'Nepali and Laotian officials': the parser coordinates the first nationality word with the
    noun the second one modifies; it is a modifier of that noun, no actor of its own."""
    if token.pos_ not in ("PROPN", "ADJ") or gz.demonym_country(token.text) is None \
            or any(c.dep_ not in ("cc", "conj") for c in token.children):
        return False
    return any(c.tag_ in ("NNS", "NNPS") and any(m.dep_ in ("amod", "compound") and m.i < c.i
                                                 and gz.demonym_country_at(m) for m in c.lefts)
               for c in token.conjuncts)


def _examples(token) -> list:
    """'Nations including A, B and C' -> [A, B, C]."""
    for child in token.children:
        if child.dep_ == "prep" and _example_prep(child):
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if not objs and child.lower_ == "such":
                objs = [c for g in child.children for c in g.children if c.dep_ == "pobj"]
            if objs:  # "groups such as A and B"
                return [objs[0], *objs[0].conjuncts, *_hung_as_modifiers(objs[0])]
        if child.dep_ == "acl" and child.lemma_ == "include":
            objs = [c for c in child.children if c.dep_ == "dobj"]
            if objs:
                return [objs[0], *objs[0].conjuncts]
    if token.lemma_.lower() in DELEGATION_NOUNS:  # "a delegation of Arab leaders, including A, met X": A
        for members in prep_objects(token, {"of"}):
            found = _examples(members)
            if found:
                return found
    if token.tag_ == "NNS":  # "met X and other officials of Y, including A and B": hung on the verb
        doc, after = token.doc, token.right_edge.i + 1
        if after < len(doc) and doc[after].text == ",":
            after += 1
        if after < len(doc) and _example_prep(doc[after]) and doc[after].head.i in {a.i for a in token.ancestors}:
            objs = [c for c in doc[after].children if c.dep_ == "pobj"]
            if objs:
                return [objs[0], *objs[0].conjuncts, *_hung_as_modifiers(objs[0])]
    return []


def said_and_accused(verb, head) -> bool:
    """'Peru said the treaties were fishing accords and accused Chile': the parser joins the
    accusation to the reported clause, whose subject is a thing; it is the sayer's."""
    if verb.lemma_.lower() not in ACCUSING_VERBS or head.dep_ != "ccomp":
        return False
    said = head.head
    inner = [c for c in head.children if c.dep_ in SUBJECT_DEPS]
    return said.pos_ == "VERB" and said.tag_ == verb.tag_ and bool(inner) and all(
        s.pos_ == "NOUN" and s.ent_type_ == "" for s in inner)


def subject_tokens(verb) -> list:
    """Grammatical agents of a verb: its subject, the 'by' phrase of a passive, or
    the subject it shares with a governing verb (xcomp, conj, participial clause)."""
    if is_passive(verb):
        return _by_agents(verb)
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if len(subjects) > 1 and subjects[0].tag_ in ("WP", "WDT"):
        subjects = subjects[1:]  # "the summit, which the US has warned could ...": the US warned; "which" is its object
    if subjects and verb.dep_ == "relcl" and subjects[0].tag_ in ("WP", "WDT") and verb.head.i != verb.i:
        if subjects[0].lower_ == "who" and verb.head.ent_type_ in ("GPE", "LOC", "FAC") \
                and not _example(verb.head):  # "activists such as Nour, who met": Nour
            # "officials at the embassy in Bolivia, who have denied": not Bolivia
            return [_top_of_prepositions(verb.head, ("NOUN", "PROPN"))]
        if subjects[0].lower_ == "who" and verb.head.pos_ != "PROPN" and verb.head.lemma_ not in PERSON_ROLE_NOUNS:
            before = verb.doc[subjects[0].i - 1] if subjects[0].i > 0 else None
            before = verb.doc[before.i - 1] if before is not None and before.is_punct and before.i > 0 else before
            if before is not None and before.pos_ == "PROPN":
                return [before]  # "the first visit by Obama, who ends his tour": who is Obama
        return [_antecedent(verb)]  # "Vasquez, who called the charges baseless": who is Vasquez
    if subjects:
        return [spliced_subject(s, verb) for s in subjects]
    stolen = [s for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and is_infinitive(c)
              for s in c.children if s.dep_ == "nsubj" and s.i < c.i]
    if stolen:  # "X, in Paris to attend the summit, met Y": an infinitive has no subject; the verb's was hung on it
        return stolen
    spliced = name_before(verb)
    if spliced is not None:
        return [spliced]
    if verb.dep_ in ("xcomp", "conj", "advcl", "acl", "pcomp", "appos") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "pcomp" and head.pos_ in ("ADP", "SCONJ") and head.head.i != head.i:  # "since arriving"
            if head.lower_ == "as" and head.dep_ == "prep":  # "quoted X as saying" (not "as well as")
                quoted = [c for c in head.head.children if c.dep_ in ("dobj", "nsubjpass")]
                if quoted:
                    return quoted
            anchor = head.head
            for _ in range(2):  # "took X to task for being": up through "to task"
                if anchor.pos_ in ("NOUN", "ADP") and anchor.dep_ in ("pobj", "prep") and anchor.head.i != anchor.i:
                    anchor = anchor.head
            objects = [c for c in anchor.children if c.dep_ == "dobj"]
            if head.lower_ in ("for", "of") and objects and anchor.pos_ == "VERB":
                return objects  # "took Clinton to task for being critical", "accused X of meeting Y"
            if head.lower_ == "by" and head.head.pos_ == "NOUN" and head.head.dep_ == "dobj":
                anchor = head.head.head  # "made the first move by picking up the telephone": made's subject
                return subject_tokens(anchor) if anchor.pos_ in ("VERB", "AUX") else []
            head = head.head  # "justified it by saying"
        if verb.dep_ == "acl" and head.lemma_.lower() in WORDS_SENT and head.dep_ == "dobj" \
                and head.head.pos_ == "VERB":
            return subject_tokens(head.head)  # "X issued a statement condemning Y": X condemns
        sender = head.head.head if verb.dep_ == "acl" and head.dep_ == "pobj" and head.head.dep_ in (
            "dative", "prep") and head.head.lower_ == "to" else None
        if sender is not None and sender.pos_ == "VERB" and any(
                c.dep_ == "dobj" and c.lemma_.lower() in WORDS_SENT for c in sender.children):
            return subject_tokens(sender)  # "sent a message to the summit stating ...", hung on "summit"
        if verb.dep_ in ("acl", "conj", "appos") and head.pos_ in ("NOUN", "PROPN", "PRON"):
            return [head]  # "Clinton and Yeltsin, meeting in Helsinki, ..." (a participle hung as a conjunct)
        if verb.dep_ == "xcomp" and head.lemma_.lower() in OBJECT_CONTROL_VERBS and not is_passive(head):
            controllers = [c for c in head.children if c.dep_ in ("dobj", "dative")
                           and (c.pos_ != "PRON" or c.lower_ not in ("it", "this", "that"))]
            if controllers:
                return controllers  # "advised Russians to refrain", "urged Israel to halt": the object acts
        if verb.dep_ == "xcomp" and is_passive(head) and not _by_agents(head):
            return [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]  # "X was expected to"
        if verb.dep_ == "conj" and said_and_accused(verb, head):
            return subject_tokens(head.head)
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and head.dep_ == "xcomp" and head.head.i != head.i \
                and verb.i > 0 and verb.doc[verb.i - 1].text == ",":
            return subject_tokens(head.head)  # "ordered X to leave, accusing him": the orderer accuses
        if head.pos_ in ("VERB", "AUX") and verb.tag_ in ("VBG", "VBN") and verb.i < head.i and is_passive(head) \
                and (surface := [c for c in head.children if c.dep_ in PASSIVE_SUBJECT_DEPS]):
            return surface  # "Arriving in X, Y was greeted by Z": a fronted participle's subject is Y
        if head.pos_ in ("VERB", "AUX"):
            return subject_tokens(head)
        if head.pos_ == "ADJ" and head.dep_ in ("acomp", "xcomp") and head.head.i != head.i:
            return subject_tokens(head.head)  # "she was able to meet"
    if verb.dep_ == "relcl":
        return [verb.head]
    return []


def _example(noun) -> bool:
    """A name given as an example: "activists such as Nour", "leaders including Mbeki"."""
    return noun.dep_ == "pobj" and _example_prep(noun.head)


def _example_prep(prep) -> bool:
    """'including', 'like', 'such as': a preposition that gives examples."""
    return prep.lower_ in EXAMPLE_PREPS or (prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children))


def _antecedent(relcl):
    """What a relative pronoun stands for: the clause's head noun, but not a date the parser hung
    it on ("carried out an attack on Saturday, which was criticized": the attack)."""
    head = relcl.head
    if head.ent_type_ in ("DATE", "TIME") and head.dep_ == "pobj" and head.head.head.i != head.head.i:
        owner = _top_of_prepositions(head.head.head, ("NOUN",))  # "a raid on a village on Sunday, which"
        if owner.pos_ in ("VERB", "AUX"):  # "killed six rebels in a raid on Sunday, which": the raid
            deeds = [o for o in prep_objects(owner, {"in"}) if o.lemma_.lower() in ATTACK_NOUNS]
            objects = [c for c in owner.children if c.dep_ == "dobj"]
            return (deeds or objects or [head])[0]
        return owner
    return head


def _top_of_prepositions(noun, heads: tuple[str, ...]):
    """The noun a chain of prepositional phrases hangs from ("the embassy in Bolivia" -> embassy)."""
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in heads:
        noun = noun.head.head
    return noun


def _by_agents(verb) -> list:
    found = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
    if not found and any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        # "were greeted at the airport by X": the parser hangs "by X" on the place
        found = [o for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "in", "on")
                 for n in p.children if n.dep_ == "pobj"
                 for b in n.children if b.dep_ == "prep" and b.lower_ == "by"
                 for o in b.children if o.dep_ == "pobj"]
    return found


def patient_tokens(verb) -> list:
    """Grammatical patients: the passive subject, else direct objects."""
    if is_passive(verb):
        subjects = [c for c in verb.children if c.dep_ in PASSIVE_SUBJECT_DEPS]
        if subjects and verb.dep_ == "relcl" and subjects[0].tag_ in ("WP", "WDT") and verb.head.i != verb.i:
            return [_antecedent(verb)]  # "an attack, which was criticized by Ecuador"
        if not subjects and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # "arrived in Tripoli and was greeted by Gaddafi": the shared subject was greeted
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return subjects
    objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
    if not objs and verb.dep_ == "relcl" and any(c.dep_ in SUBJECT_DEPS for c in verb.children) and not any(
            c.dep_ in SUBJECT_DEPS and c.tag_ in ("WP", "WDT") for c in verb.children):
        objs = [verb.head]  # "the prison she visited" (not "Nour, who met ...": Nour is its subject)
    if not objs and verb.tag_ == "VBG" and verb.dep_ == "pcomp":  # "before meeting Prime Minister X",
        objs = [c for c in verb.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"]  # the name misread
    return objs


# Verbs whose object does what their infinitive says: "urged X to stop" (X stops).
OBJECT_CONTROL_VERBS = frozenset({"advise", "urge", "ask", "tell", "order", "persuade", "force", "allow",
                                  "encourage", "invite", "instruct", "warn", "request", "call", "press",
                                  "permit", "compel", "oblige", "beg", "remind", "challenge", "help"})
NAMING_VERBS = frozenset({"call", "describe", "term", "dub", "label", "brand"})


def named_by_what(head) -> list:
    """'accused what he called "snobbish officials"', 'frustration at what he termed inaction':
    the noun a free relative names, hung on the naming verb rather than on ``head``."""
    verbs = [c for c in head.children if c.dep_ in ("ccomp", "pcomp", "dobj")] + [
        v for p in head.children if p.dep_ == "prep" for v in p.children if v.dep_ == "pcomp"]
    return [o for v in verbs if v.lemma_.lower() in NAMING_VERBS
            and any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubjpass") for c in v.children)
            for o in v.children if o.dep_ in ("oprd", "attr", "xcomp") or (o.dep_ == "dobj" and o.lower_ != "what")]


def prep_objects(token, preps: frozenset[str] | set[str]) -> list:
    """Objects of the token's prepositions named in ``preps``."""
    out = []
    for child in token.children:
        if child.dep_ in ("prep", "agent") and child.lower_ in preps:
            for c in child.children:
                if c.dep_ == "pcomp" and c.lower_ in NEIGHBOURING:  # "flew to neighboring Tunisia"
                    out.extend(o for o in c.children if o.dep_ == "dobj")
                elif c.dep_ in ("pobj", "pcomp"):
                    out.append(c)
                    out.extend(n for n in (name_after_place_noun(c),) if n is not None)
    return out


# Participle-adjectives the parser reads as verbs whose object is the place: "to neighboring Tunisia".
# Nouns for the people of a place: its possessor says where they live, not who they are.
PEOPLE_OF_A_PLACE = frozenset({"minority", "majority", "population", "community", "people", "public",
                               "electorate", "citizen", "resident", "inhabitant", "diaspora",
                               # groups of a country that are not its state: "Nigeria's opposition party"
                               "opposition", "party", "rebel", "insurgent", "militant", "militia", "guerrilla", "union",
                               "media", "press", "newspaper", "student", "worker", "activist", "protester",
                               "dissident", "church", "clergy", "company", "firm", "movement", "group",
                               "organization", "organisation", "association"})
# Bodies of people sent together: their examples are their members.
DELEGATION_NOUNS = frozenset({"delegation", "team", "group", "party", "contingent", "mission", "panel"})
# Nouns an armed group's name compounds: "the Taliban militia", "the Hamas movement".
ARMED_GROUP_NOUNS = frozenset({"militia", "movement", "group", "faction", "rebels", "guerrillas", "insurgency"})
STATE_BODIES = frozenset({"governments", "administrations", "regimes", "cabinets", "authorities"})
NEIGHBOURING = frozenset({"neighboring", "neighbouring", "bordering", "adjoining"})


def actors_in(tokens, resolve: Resolver, *, deep: bool = False) -> list[tuple[str, object]]:
    """(actor key, token) for each token, expanded over coordination and over the members
    of a group reference ("the two ministers"), deduplicated.

    With ``deep``, also look inside each noun phrase (compounds, possessors,
    prepositional attachments) so "a prison in Kashgar" yields Kashgar.
    """
    seen: dict[str, object] = {}
    for tok in tokens:
        members = [(member, resolve(member)) for member in coordinated(tok)]
        # "the Danish prime minister, A": the name, whatever person the bare title would stand for
        members = [(name, named_key) if (name := _named_role(member)) is not None
                   and (named_key := resolve(name)) else (member, key) for member, key in members]
        named = {key for _, key in members if key and not member_keys(key)}
        for member, key in members:
            if key and key not in seen:
                group = member_keys(key)  # "the two ministers": each of them, unless one is
                if group and named & set(group):  # coordinated with it ("with A and the two leaders")
                    continue
                for each in group or (key,):
                    seen.setdefault(each, member)
            elif deep or (not key and member.pos_ in ("NOUN", "PROPN")):
                role_noun = member.pos_ == "PROPN" or member.lemma_.lower() in PERSON_ROLE_NOUNS \
                    or member.lemma_.lower() in RELATIVE_NOUNS
                for inner in _noun_phrase(member) if deep else _possessors(member, role_noun):
                    inner_key = resolve(inner)
                    if inner_key and inner_key not in seen:
                        for each in member_keys(inner_key) or (inner_key,):
                            seen.setdefault(each, inner)
    return list(seen.items())


def is_infinitive(verb) -> bool:
    """'to meet X', 'to attend the summit': a bare verb with its "to"."""
    return verb.tag_ == "VB" and any(a.dep_ == "aux" and a.tag_ == "TO" for a in verb.children)


def _named_role(token):
    """The name in apposition to a role noun ("the prime minister, A"), or to its portfolio's
    object, where the parser hangs it ("the ambassador to Togo, A"); else None."""
    if token.pos_ != "NOUN" or token.lemma_.lower() not in PERSON_ROLE_NOUNS:
        return None
    inner = [c for p in token.children if p.dep_ == "prep" and p.lower_ in ("to", "of", "for", "in")
             for o in p.children if o.dep_ == "pobj" for c in o.children if c.ent_type_ == "PERSON"]
    return next((c for c in [*token.children, *inner] if c.dep_ == "appos" and c.pos_ == "PROPN"
                 and not _appos_after_prep(token, c)), None)


def _appos_after_prep(token, appos) -> bool:
    """'Supporters of opposition leader X', 'Aides to Prime Minister Y': a name after a plural's
    prepositional phrase is that phrase's, whatever the parser hung it on."""
    return token.tag_ == "NNS" and appos.head.i == token.i and any(
        p.dep_ == "prep" and token.i < p.i < appos.i for p in token.children)


def _possessors(token, role_noun: bool = False) -> Iterator:
    """Where a common noun's actor is: "Bachelet's press conference", "the airline, Ryanair".

    For a noun naming a person by role only its apposition counts: "a spokesperson,
    Stephane Dujarric" is Dujarric, but "the U.N.'s rights chief" is not the U.N.
    """
    children = sorted(token.children, key=lambda c: c.dep_ != "appos")  # the name first
    people = token.lemma_.lower() in PEOPLE_OF_A_PLACE  # "Kosovo's Serb minority" is not Kosovo
    for child in children:
        if child.dep_ == "appos" and _appos_after_prep(token, child):
            continue  # "Supporters of opposition leader X": X is the leader, hung on the plural by the parser
        if child.dep_ == "appos" or (child.dep_ == "poss" and not role_noun and not people):
            yield child
    if token.lemma_.lower() in ARMED_GROUP_NOUNS:  # "Afghanistan's Taliban militia": the Taliban
        yield from (c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN" and c.ent_type_ == "ORG")
    # "The High Commissioner for Refugees, Filippo Grandi, ...": the name hangs off the title's object;
    # after a deed, the apposition names its object ("the dissolution of the Freedom Party (FP)").
    for prep in token.children if role_noun else ():
        if prep.dep_ == "prep" and prep.lower_ in ("of", "for"):
            for obj in prep.children:
                yield from (c for c in obj.children if c.dep_ == "appos")
    if role_noun and token.pos_ == "NOUN":
        yield from name_after_long_title(token)
    if role_noun:
        yield from name_in_portfolio(token)  # "chief of protocol Ambassador A"


def _noun_phrase(token, depth: int = 0) -> Iterator:
    if depth > 4:
        return
    for child in token.children:
        if child.dep_ in NP_DEPS:
            yield child
            yield from _noun_phrase(child, depth + 1)
