"""What a statement's clauses say of blame: the predicates :mod:`kg.extract.blame` reads.

Whether a clause harms a good or breaks a norm, reproaches ("should have"), tells
someone to undo a deed, belittles, puts in doubt or denies a good quality; who controls
a clause, who did a passive deed, who is behind a wrong or to blame. Words, not phrases:
each predicate reads the parse around one verb or noun.
"""

from __future__ import annotations

from kg.extract import lexicon as lx
from kg.extract.arguments import is_passive, patient_tokens, prep_objects

# Norms a deed or a word can break: "goes against international law".
NORMS = frozenset({"law", "principle", "norm", "rule", "charter", "resolution", "agreement", "accord",
                   "convention", "constitution", "spirit", "treaty", "commitment", "obligation", "standard",
                   "sovereignty", "airspace", "ceasefire", "truce"})  # and what a state's word or border guards
NORM_BREAKING = frozenset({"violate", "breach", "contravene", "contradict", "flout", "defy", "infringe"})
NORM_KEEPING = frozenset({"comply", "conform", "accord", "correspond", "respect", "abide", "honour", "honor"})
# Passive verbs of purpose and active verbs of attempt whose complement is their subject's aim.
PURPOSE_VERBS = frozenset({"intend", "design", "aim", "mean", "calculate", "plan"})
ATTEMPT_VERBS = frozenset({"try", "seek", "attempt", "aim", "want", "strive", "plot", "scheme"})


def belittled(noun) -> bool:
    """'merely a tactic', 'just a ploy', 'a cheap attempt to ...', 'sour grapes': a label that
    belittles a deed or words as a scheme, or an idiom of judgement."""
    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN":
        return False
    mods = [c for c in noun.children if c.dep_ in ("amod", "advmod")] + [
        c for c in noun.head.children if c.dep_ == "advmod" and noun.dep_ == "attr"]  # "were merely a tactic"
    if any((m.lower_, lemma) in lx.JUDGING_IDIOMS for m in mods):
        return True
    return lemma in lx.SCHEME_NOUNS and any(
        m.lower_ in lx.BELITTLING_ADVERBS if m.dep_ == "advmod" else m.lower_ in lx.BELITTLING_ADJECTIVES for m in mods)


def own_or_shared_subjects(verb, first) -> list:
    """A clause's subjects, or, for a second coordinated predicate with none, the first's."""
    own = [c for c in verb.children if c.dep_ == "nsubj"][:1]  # a second one is the parser's: "X's
    # statement that Y was training militants was baseless"
    own = own or [s for c in verb.children if c.dep_ == "csubj" and c.tag_ == "VBG"
                  for s in c.children if s.dep_ in ("nsubj", "poss")][:1]  # "X's granting asylum to Y was wrong"
    return own or ([c for c in first.children if c.dep_ in ("nsubj", "nsubjpass")] if verb.i != first.i else [])


def extraposed_subjects(be) -> list:
    """The subject of the that-clause an expletive "it" stands for: "it is a disgrace that X did
    Y" (the parser may hang the clause on the verb or on the noun)."""
    clauses = [c for c in be.children if c.dep_ == "ccomp"] + [
        r for a in be.children if a.dep_ in ("attr", "acomp") for r in a.children if r.dep_ in ("relcl", "acl", "ccomp")]
    return [s for c in clauses if any(t.lower_ == "that" for t in c.children)
            for s in c.children if s.dep_ in ("nsubj", "nsubjpass") and s.lower_ != "that"]


def controller(verb) -> list:
    """The subject of a verb, or of the verbs it is the aim of or joined to: "X is trying to use Y to
    stifle Z", "X is rich and is using its money to stifle Z"."""
    for _ in range(3):
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects or verb.dep_ not in ("xcomp", "advcl", "conj") or verb.head.i == verb.i:
            return subjects
        verb = verb.head
    return []


def relayed(trigger) -> bool:
    """'X said, according to the agency Y': Y only relays X's words, and judges nothing."""
    return trigger.lower_ == "according" and trigger.head.lemma_.lower() in lx.SAY_VERBS


def denied_wrong(noun) -> bool:
    """'no Russian interference', 'denied any Israeli aggression', 'free of U.S. meddling'."""
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
        return True
    head = noun.head
    for _ in range(3):
        if any(c.dep_ == "neg" for c in head.children) or head.lemma_.lower() in ("deny", "refute") \
                or head.lower_ in ("without", "free"):
            return True
        if head.head.i == head.i:
            break
        head = head.head
    return False


def denied_good_quality(verb) -> bool:
    """'X is not a credible partner', 'X can no longer be considered legitimate': a good
    quality denied of someone judges them; so does one lost ('has abandoned its impartiality')."""
    if verb.lemma_ in ("abandon", "lose", "forfeit", "sacrifice") and not any(c.dep_ == "neg" for c in verb.children):
        return any(o.lemma_.lower() in lx.GOOD_STANDING and any(c.dep_ == "poss" for c in o.children)
                   for o in patient_tokens(verb))
    if verb.lemma_ == "trust" and is_passive(verb):  # "cannot be trusted to manage the economy"
        return any(c.dep_ == "neg" for c in verb.children)
    if verb.lemma_ not in ("be", "consider", "regard", "remain", "deem") or not any(
            c.dep_ == "neg" or c.lower_ == "longer" and any(g.lower_ == "no" for g in c.children)
            for c in verb.children):
        return False
    complements = [c for c in verb.children if c.dep_ in ("acomp", "attr", "oprd", "xcomp")]
    return any(w.lower_ in lx.GOOD_QUALITIES for c in complements
               for w in [c, *(m for m in c.children if m.dep_ == "amod")])


def puts_in_doubt(verb) -> bool:
    """'calls into question', 'brings into question', 'casts doubt on', 'throws a shadow over'."""
    lemma = verb.lemma_.lower()
    if lemma in ("call", "bring", "put"):
        return any(p.lower_ == "into" and any(o.lower_ == "question" for o in p.children)
                   for p in verb.children if p.dep_ == "prep")
    if lemma in ("cast", "throw"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in ("doubt", "shadow", "cloud") for c in verb.children)
    return False


# What a good stands on: harming "the political basis of relations" harms the relations.
GROUNDS = frozenset({"basis", "foundation", "foundations", "prospect", "prospects", "future", "atmosphere",
                     "climate", "spirit", "chance", "chances"})


POSE_VERBS = frozenset({"pose", "represent", "constitute"})
THREAT_NOUNS = frozenset({"threat", "danger", "risk", "menace"})


def harms(verb) -> bool:
    """'threatens the peace process', 'does not contribute to peace', 'will not help the talks'."""
    lemma = verb.lemma_.lower()
    goods = patient_tokens(verb) + prep_objects(verb, {"to", "toward", "towards", "on", "upon"})  # "trampling on"
    if lemma in POSE_VERBS:  # "posed a threat to regional stability": the threat's "to"
        threats = [g for g in goods if g.lemma_.lower() in THREAT_NOUNS]
        goods = [o for t in threats for o in prep_objects(t, {"to", "for"})] + prep_objects(verb, {"to"})
        lemma = "threaten" if threats else lemma
    goods += [o for g in goods if g.lemma_.lower() in GROUNDS for o in prep_objects(g, {"of", "for"})]
    if not any(o.lemma_.lower() in lx.HARMED_GOODS for o in goods):  # "the basis of relations" too
        return False
    return lemma in lx.HARM_VERBS or lemma in lx.HELP_VERBS and any(c.dep_ == "neg" for c in verb.children)


def breaks_norm(verb) -> bool:
    """'violates international law', 'goes against the principles of', 'does not comply with the
    agreement': a deed or word that breaks a norm is judged."""
    lemma = verb.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in verb.children)
    if lemma in NORM_BREAKING and not negated:
        norms = patient_tokens(verb)
    elif lemma == "go" and not negated:
        norms = prep_objects(verb, {"against"})
    elif lemma in NORM_KEEPING and negated:
        norms = patient_tokens(verb) + prep_objects(verb, {"with", "to", "by"})
    else:
        return False
    return any(m.lemma_.lower() in NORMS for n in norms for m in (n, *n.conjuncts))


def purposer(verb) -> list:
    """Whose aim a verb is: its subject, or, for "claims intended to damage ties" and "X is trying
    to undermine the talks", the subject of the verb of purpose or attempt it completes."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    head = verb.head
    if subjects or verb.dep_ != "xcomp" or any(c.dep_ == "neg" for c in head.children):
        return subjects
    lemma = head.lemma_.lower()
    if is_passive(head) and lemma in PURPOSE_VERBS:
        return [c for c in head.children if c.dep_ == "nsubjpass"]
    return [c for c in head.children if c.dep_ == "nsubj"] if lemma in ATTEMPT_VERBS else []


def passive_doers(verb) -> list:
    """The 'by' agent of a passive verb, also when the parser hangs it on the verb's last
    phrase ("were smuggled into the centres by X")."""
    agents = [c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"]
    if not agents:
        agents = [c for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"
                  for b in o.children if b.dep_ == "prep" and b.lower_ == "by" for c in b.children if c.dep_ == "pobj"]
    return agents


def to_blame(be) -> bool:
    """'X is to blame', 'would be to blame' (the bare infinitive: blame with no other object)."""
    return any(c.dep_ == "xcomp" and c.lemma_.lower() == "blame" and not any(
        d.dep_ in ("dobj", "nsubj") for d in c.children) for c in be.children)


def behind_wrong(be) -> bool:
    """'X was behind the bombing', 'X is the main force behind the unrest': the hidden author of a wrong."""
    places = [be] + [c for c in be.children if c.dep_ == "attr"]
    return any(o.lemma_.lower() in lx.CULPABLE_DEEDS or o.lemma_.lower() in lx.WRONGDOING_NOUNS
               or o.lemma_.lower() in lx.ATTACK_NOUNS for p in places for o in prep_objects(p, {"behind"}))


def victim_of_attack(token) -> bool:
    """'a cowardly attack against UN staff': those attacked are not to blame."""
    return any(a.dep_ == "prep" and a.lower_ in ("against", "on", "upon") and a.head.lemma_.lower() in lx.ATTACK_NOUNS
               for a in token.ancestors)


DEPENDENCE = frozenset({"dependence", "dependency", "reliance", "addiction", "isolation"})
UNDO_VERBS = lx.STOP_VERBS | frozenset({"release", "free", "withdraw", "lift", "reverse", "apologize", "apologise"})


def must_undo(verb) -> bool:
    """'X should release the prisoners', 'X must stop the raids': told to undo a deed of its own."""
    if verb.pos_ != "VERB" or verb.tag_ != "VB" or verb.lemma_.lower() not in UNDO_VERBS:
        return False
    auxes = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    if any(o.lemma_.lower() in lx.SUFFERED_STATES | DEPENDENCE for o in patient_tokens(verb)):
        return False  # "must end its dependence on imports": no deed to undo
    return bool(auxes & {"should", "must"}) and "have" not in auxes and not any(c.dep_ == "neg" for c in verb.children)


DESERVED_VERBS = frozenset({"win", "get", "receive", "gain", "earn", "keep", "have", "be"})


def should_have(verb) -> bool:
    """'X should have consulted Y', 'ought to have resigned': what someone should have done and did
    not (a reproach), not "will have" or "may have"."""
    if verb.tag_ != "VBN" or verb.pos_ != "VERB" or is_passive(verb) or verb.lemma_.lower() in DESERVED_VERBS:
        return False  # "Y should have won", "should have been invited": a wrong done to Y, not by Y
    auxes = [c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if "have" not in auxes:
        return False
    if "should" in auxes or "ought" in auxes:
        return True
    ought = verb.head if verb.dep_ == "xcomp" else None  # "ought to have resigned", parsed with "ought" above
    return ought is not None and ought.lower_ == "ought"
