"""Descriptions that stand for an organisation named before: "the company", "the ministry".

"Time Warner launched ... The company said": a definite "the <kind of body>" is the last
organisation named whose kind fits. The kind is read from the body's own name: "the
ministry" is a body whose name says ministry, never the UN agency named in between; "the
company" is never a ministry, a party or a parliament. A ministry or embassy named further
back than the window is still meant when it is the only one of its kind in the story.
"""

from __future__ import annotations

import re
import weakref
from typing import Callable

from kg.extract.actor_lexicon import TITLE_HEADS
from kg.model import ORGANIZATION, Actor

STOP = frozenset("the a an of 's ' - and".split())


REFERRING_WORDS = frozenset({"same", "very", "said", "aforementioned"})  # point back, name nothing


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[\w'-]+", text.lower()) if w not in STOP]


def _common_word(token) -> bool:
    """'the state investment company', 'the oil firm': a lower-case kind, not a name of its own."""
    return token.is_lower and token.pos_ == "NOUN" and all(t.is_lower for t in token.subtree)


# Kinds of body a description names. "The ministry" is a body whose name says ministry (not
# the UN agency named in between); "the company" is never a ministry, a party or a parliament.
INSTITUTION_NOUNS = frozenset(
    """
    ministry department commission committee council party parliament senate congress embassy
    consulate court presidency government cabinet assembly police army
    """.split()
)
BUSINESS_NOUNS = frozenset(
    "company firm corporation manufacturer maker retailer insurer airline carrier bank broadcaster giant".split()
)
# Bodies that come in ranks: an adjective picks one ("the lower court", "the supreme court"), so it
# must be a word of the body's name, and a body of another rank told in between stops the search.
RANKED_BODIES = frozenset({"court"})
RANK_REACH = 120  # tokens before the description's sentence where earlier ones are read first
# Vague nouns that stand for a body only with an organisation named in their phrase.
VAGUE_BODY_NOUNS = frozenset({"body", "watchdog", "agency", "commission", "council", "committee", "panel", "tribunal",
                              "court", "mission", "office", "organisation", "organization", "fund", "programme"})
# Nouns that describe a company only with its trade: "the oil giant", not "the Asian giant".
TRADE_NEEDED = frozenset({"giant"})


# Words of a name that say a body is public, never a company: "the Prosecutor General's Office",
# "the European Union".
PUBLIC_BODY_WORDS = INSTITUTION_NOUNS | {"office", "union", "authority", "bureau"}
# Modifiers that tell a body's standing, not its name: "the main opposition party" is a party the
# story never calls "ruling", and the reverse.
STANDINGS = {"opposition": ("ruling", "governing"), "ruling": ("opposition",), "governing": ("opposition",)}


def _name_words(actor: Actor) -> set[str]:
    words = set(_words(actor.label))
    for alias in actor.aliases:
        words.update(_words(alias))
    return words


def _kind_fits(noun: str, actor: Actor) -> bool:
    """Whether an organisation can be what "the <noun>" describes, by the words of its name."""
    words = _name_words(actor)
    if noun in INSTITUTION_NOUNS:
        return noun in words
    if noun in BUSINESS_NOUNS:
        return not words & PUBLIC_BODY_WORDS
    return True


def _kind_words(token) -> list:
    """The common nouns that narrow a description's kind: "rights" of "the human rights group",
    also when said in a descriptive apposition ("the organization, the largest rights group")."""
    heads = [token] + [c for c in token.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
    return [m for h in heads for m in h.lefts if m.dep_ in ("compound", "amod", "nmod") and m.pos_ == "NOUN"
            and m.is_lower and m.is_alpha]


def _agrees(table, token, key: str) -> bool:
    """Whether the body ``key`` agrees with what the description's modifiers say of it: a common
    noun of kind ("news agency", "rights group") must be a word of its name (a company's trade
    seldom is, so it is not asked there); a standing ("opposition") must not be the opposite of
    one the story gives the body."""
    if token.lower_ in BUSINESS_NOUNS or token.lower_ in RANKED_BODIES:
        return True  # a court's rank is asked by _same_rank
    words = _name_words(table.actors[key])
    for mod in _kind_words(token):
        low = mod.lower_
        if low in STANDINGS:
            if set(STANDINGS[low]) & _standings(table, key):
                return False
        elif not any(w[:5] == low[:5] for w in words):
            return False
    return True


_STANDING: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _standings(table, key: str) -> set[str]:
    """The standing words the story sets in a body's own phrase ("the ruling X party")."""
    index = _STANDING.get(table)
    if index is None:
        index = _STANDING[table] = {}
        doc = table.doc
        for i, k in list(table._token_actor.items()):
            head = doc[i]
            while head.dep_ == "compound" and head.head.i != head.i:
                head = head.head
            for w in head.lefts:
                if w.lower_ in STANDINGS:
                    index.setdefault(k, set()).add(w.lower_)
    return index.get(key, set())


_POSITIONS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _positions(table, word: str) -> list[int]:
    """Where the document writes ``word`` (lower-cased); one index per document."""
    index = _POSITIONS.get(table)
    if index is None:
        index = _POSITIONS[table] = {}
        for i, w in enumerate(table.words):
            index.setdefault(w.lower(), []).append(i)
    return index.get(word, [])


# What a body says or issues: "a company statement", "a ministry communique".
ISSUED_NOUNS = frozenset("statement communique communiqué release announcement spokesman spokeswoman spokesperson".split())


def _voice_of(token) -> bool:
    """ "a company statement said": a kind noun modifying what a body issues is that body, as
    definite as "the company" although the article belongs to the statement."""
    return token.dep_ == "compound" and token.head.lemma_.lower() in ISSUED_NOUNS and token.i == token.head.i - 1 \
        and any(c.dep_ == "det" for c in token.head.children)


def _named_modifier(table, token) -> str | None:
    """ "The FSB domestic security service said": the organisation named in the phrase is the
    body the kind noun describes (of a kind that fits it)."""
    for child in token.children:
        if child.dep_ not in ("compound", "nmod") or child.tag_ not in ("NNP", "NNPS") or child.i > token.i:
            continue
        key = table.key_of_token(child.i)
        actor = table.actors.get(key) if key else None
        if actor is not None and actor.type == ORGANIZATION and table.kind_of_token(child.i) in ("name", "acronym") \
                and _kind_fits(token.lower_, actor):
            start = min(t.i for t in token.lefts)
            table.add_mention(key, start, token.i + 1, "description", "actors.coref", head=token.i,
                              tokens=range(token.i, token.i + 1))
            return key
    return None


def _its_body_named_before(table, token, owner: str) -> str | None:
    """'The UN Human Rights Council voted ... the U.N. human rights body': of the organisation
    named in the phrase, the one body named before whose name holds the phrase's other words."""
    words = {w.lower_ for t in token.lefts for w in t.subtree if w.is_lower and w.is_alpha and w.lower_ not in STOP
             and w.lower_ not in REFERRING_WORDS} or {token.lower_}  # "the same UN agency": its own noun
    found = {key for i, key in table._token_actor.items() if i < token.i and key != owner
             and key in table.actors and table.actors[key].type == ORGANIZATION
             and words <= set(_words(table.actors[key].label))}
    return found.pop() if len(found) == 1 else None


def body_of_named_organisation(table, token) -> str | None:
    """'The UN Human Rights Council ... the U.N. human rights body': a vague body noun stands for
    the body named before whose name holds its words, of the organisation its phrase names; not
    for that organisation itself (a panel of a university is no university), and never "the body
    of a man"."""
    for child in token.children:
        if child.dep_ in ("compound", "nmod") and child.tag_ in ("NNP", "NNPS") and child.i < token.i:
            owner = table.key_of_token(child.i)
            if owner in table.actors and table.actors[owner].type == ORGANIZATION:
                key = _its_body_named_before(table, token, owner)
                if key:
                    start = min(t.i for t in token.lefts)
                    table.add_mention(key, start, token.i + 1, "description", "actors.coref", head=token.i,
                                      tokens=range(token.i, token.i + 1))
                    return key
    return None


def organisation_named_before(table, token, candidates, inside_quote=lambda token: False) -> str | None:
    """'Time Warner launched ... The company said': "the <org noun>" is the last organisation
    named whose kind fits (:func:`_kind_fits`); ``candidates`` are the earlier (token, key)
    references, nearest first."""
    named = _named_modifier(table, token)
    if named:
        return named
    if not (any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in token.children) or _voice_of(token)) \
            or any(c.dep_ in ("compound", "poss", "nmod") and not _common_word(c) for c in token.children) \
            or any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children):
        return None  # "the Labour party", "the party of Lenin": a name of its own
    if token.lower_ in TRADE_NEEDED and not any(c.dep_ in ("compound", "amod") and c.pos_ == "NOUN" and c.is_lower
                                                for c in token.children):
        return None
    doc = token.doc
    if any(c.dep_ == "appos" and (c.pos_ == "PROPN" or c.i in table.entity_tokens) for c in token.children) \
            or _named_right_after(table, token):
        return None  # "the organization Project on Government Oversight": named right there
    said = token.head if token.dep_ == "nsubj" else None  # "X is buying Y, the company said": X
    reported = [s for c in (said.children if said is not None else ()) if c.dep_ == "ccomp" and not inside_quote(c)
                for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN" and _may_be_body(table, s)]
    if reported:  # the company its clause names, or none: no guess past it
        candidates = [(t, key) for t, key in candidates if key is not None
                      and any(s.left_edge.i <= t.i <= s.right_edge.i for s in reported)]
    # "Greenpeace says the oil giant is ...": the one who reports speaks of someone else
    reporters = {table.key_of_token(s.i) for a in token.ancestors if a.pos_ == "VERB"
                 for s in a.children if s.dep_ == "nsubj" and not s.i <= token.i <= s.right_edge.i}
    if token.lower_ in RANKED_BODIES:  # "the high court ... The appeals court said": the chain, read in order
        for i in _positions(table, token.lower_):
            if token.sent.start - RANK_REACH <= i < token.sent.start:
                table.actor_for_token(doc[i])
    for t, key in candidates:
        if key in ("pronoun", "group") or key in reporters:
            continue
        actor = table.actors.get(key)
        if actor is not None and actor.type == ORGANIZATION and table.kind_of_token(t.i) != "metonymy" \
                and _kind_fits(token.lower_, actor) and _agrees(table, token, key):
            if token.lower_ in RANKED_BODIES and not _same_rank(table, token, t, key):
                return None
            table.add_mention(key, token.i, token.i + 1, "description", "actors.coref")
            return key
    if token.lower_ in RANKED_BODIES:
        return None  # "the court" far from any court named may be another one
    if token.lower_ in INSTITUTION_NOUNS and not reported:
        # "the embassy" further back than the window: the one body of that name named before
        named = [key for i, key in table._token_actor.items() if i < token.i and table.kind_of_token(i) == "name"]
        described = [table.actor_for_token(token.doc[i]) for i in _positions(table, token.lower_) if i < token.i]
        keys = {key for key in named + described if key in table.actors and table.actors[key].type == ORGANIZATION
                and _kind_fits(token.lower_, table.actors[key]) and _agrees(table, token, key)}
        if len(keys) == 1:
            key = keys.pop()
            table.add_mention(key, token.i, token.i + 1, "description", "actors.coref")
            return key
    return None


def _named_right_after(table, token) -> bool:
    """ "the organization Project on Government Oversight", "the company, called X": a name within
    the next words; not one past the noun's own verb ("The ministry said Canada's envoy ...")."""
    for t in token.doc[token.i + 1: _phrase_end(token)]:
        if t.i == token.head.i and t.pos_ in ("VERB", "AUX"):
            return False
        if t.i in table.entity_tokens:
            return True
    return False


def _may_be_body(table, subject) -> bool:
    """The subject of a clause a body reports may be that body unless it is a place or a person
    ("Russia condemns the act, the ministry said": the ministry speaks for Russia)."""
    key = table.key_of_token(subject.i)
    return key not in table.actors or table.actors[key].type == ORGANIZATION


def _phrase_end(token) -> int:
    """Where a name told right after the noun may end: three words on, but within the phrase of a
    ranked body ("the high court convicted Kim": Kim is no name of the court)."""
    return min(token.i + 4, token.right_edge.i + 1) if token.lower_ in RANKED_BODIES else token.i + 4


def _same_rank(table, token, found, key: str) -> bool:
    """ "the high court" fits the Seoul High Court, "the lower court" does not; nor does "the
    court" after a court of another rank told of in between ("the lower court acquitted him")."""
    name = set(_words(table.actors[key].label))
    ranks = [c.lower_ for c in token.children if c.dep_ == "amod"]
    if ranks:
        return all(r in name for r in ranks)
    return not any(c.dep_ == "amod" and c.lower_ not in name for i in _positions(table, token.lower_)
                   if found.i < i < token.i for c in token.doc[i].children)


def _office_of(token, owner, person_at: Callable[[int], bool] | None) -> str | None:
    """ "Sogavare's office said", "the mayor's office", "the Prime Minister's Office": the staff
    who speak for one office holder, a body of their own; other possessed bodies stay unread.
    Whether the owner is a person the document's actors tell (person_at), else the model's tag."""
    if token.lower_ != "office" or any(c.dep_ in ("amod", "compound", "nmod") for c in token.lefts):
        return None
    if owner.lemma_.lower() in TITLE_HEADS:
        person = not any(t.ent_type_ in ("GPE", "NORP", "ORG") for t in owner.subtree)  # not "the UN chief's"
    else:
        person = person_at(owner.i) if person_at is not None else owner.ent_type_ == "PERSON"
    if not person:
        return None  # "Ghana's office", "the UN chief's office": whose body that is, the story's owner says
    start = owner.left_edge.i
    start += token.doc[start].lower_ == "the"
    return " ".join(token.doc[start:token.i + 1].text.split())


# Bodies a story may quote without naming them: "the fire service said", "the electoral commission
# declared". Not "government", "police", "army": those speak for a state or are anyone in uniform;
# nor "ministry", "agency": a state has many, and "the ministry" left unresolved names none of them.
UNNAMED_SPEAKING_BODIES = frozenset(
    "service commission committee panel council presidency office lab laboratory board authority tribunal".split()
)


def unnamed_body_label(token, person_at: Callable[[int], bool] | None = None) -> str | None:
    """'The fire service said', "Ghana's electoral commission declared", 'a South Korean investigation
    panel said': a body the story describes instead of naming still speaks as one body, known by
    its description. An indefinite one needs a modifier to be told apart ("a committee said" is
    no one a reader could find); a person's "office" is that person's proxy, not a body."""
    capitalised = token.tag_ == "NNP" and token.text[:1].isupper() and token.text[1:].islower()
    if not (token.pos_ == "NOUN" and token.tag_ == "NN" or capitalised) \
            or token.lower_ not in UNNAMED_SPEAKING_BODIES:
        return None
    lefts = list(token.lefts)
    det = next((c for c in lefts if c.dep_ in ("det", "poss")), None)
    mods = [c for c in lefts if c.dep_ in ("amod", "compound", "nmod") and c.i > (det.i if det is not None else -1)]
    if det is None or any(c.dep_ == "appos" for c in token.children):
        return None
    if det.dep_ == "det" and det.lower_ not in ("the", "a", "an") or det.lower_ in ("a", "an") and not mods:
        return None
    if capitalised and (mods or det.dep_ != "det" or det.lower_ != "the"):
        return None  # "the Presidency" speaks as one body; "the Kumasi Council" is a name, read as one
    if det.dep_ == "poss" and det.ent_type_ not in ("GPE", "NORP") and det.lower_ not in ("country", "nation"):
        return _office_of(token, det, person_at)  # "Ghana's electoral commission" is the state's; "X's office" its own
    if any(not (m.is_lower or m.ent_type_ in ("GPE", "NORP")) for m in mods):
        return None  # "the Kumasi Regional Council": a name, read as one
    start = det.i + 1 if det.dep_ == "det" else det.left_edge.i
    end = token.i + 1
    if det.lower_ in ("a", "an"):  # "a DNA testing lab in Seoul": where it is tells it apart
        end = next((p.right_edge.i + 1 for p in token.rights if p.dep_ == "prep" and p.lower_ == "in"
                    and any(o.ent_type_ == "GPE" for o in p.children)), end)
    return " ".join(token.doc[start:end].text.split())
