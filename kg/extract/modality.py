"""Modality of an event trigger: asserted, planned, expected, uncertain, negated, conditional.

Hedges are not facts. The walk looks at the trigger's own clause (negation,
modal auxiliaries, "if"/"whether") and climbs only through links that keep the
event inside a hedging predicate: infinitival complements ("planned to visit"),
light verbs around a noun ("was expected to include stops"), and adjectival
predicates ("it was unclear whether ..."). It stops at relative and adverbial
clauses, so "her trip, featuring a call, ..." is not hedged by the verb the
trip happens to be the subject of.
"""

from __future__ import annotations

from kg.extract.arguments import is_infinitive, said_and_accused
from kg.extract.lexicon import (
    CONDITIONAL_MARKS,
    HEDGE_ADVERBS,
    HEDGE_AMOD,
    HEDGE_HEADS,
    MEET_NOUNS,
    MODAL_AUX,
    NEGATIONS,
    UNCERTAIN_MARKS,
    VISIT_NOUNS,
)
from kg.model import ASSERTED, CONDITIONAL, NEGATED, UNCERTAIN

# Verbs that carry a noun event without adding meaning: "make a visit", "hold talks".
LIGHT_VERBS = frozenset({
    "make", "pay", "hold", "have", "conduct", "undertake", "begin", "start", "include",
    "feature", "take", "go", "embark", "complete", "end", "wrap", "continue", "finish",
    "conclude", "attend", "join", "resume", "launch", "host", "organize", "organise", "arrange", "convene", "chair",
})
CLIMB_FROM_VERB = frozenset({"xcomp", "conj", "ccomp", "acomp", "pcomp"})
CLIMB_FROM_NOUN = frozenset({"dobj", "nsubj", "nsubjpass", "attr", "conj"})
# Visits and meetings as subjects: a negated predicate undoes them only when it says whether they
# happened ("did not take place"), not when it judges them ("was not well received").
ENCOUNTER_NOUNS = VISIT_NOUNS | MEET_NOUNS
OCCURRENCE_VERBS = frozenset({"take", "happen", "occur", "materialize", "materialise", "go", "hold", "come",
                              "be", "proceed", "start", "begin", "end", "last", "make", "pay", "get"})
# Verbs that give the aim of an encounter: "the visit was intended to mend ties".
PURPOSE_VERBS = frozenset({"intend", "aim", "design", "mean"})
TAKING_PLACE = frozenset({"take", "happen", "occur", "materialize", "materialise", "begin", "start", "proceed",
                          "go", "last", "coincide"})
# Speech acts that were made even when denied or rejected ("denied the charges").
MADE_WHEN_DENIED = frozenset({"allegation", "accusation", "charge", "claim", "criticism", "remark", "statement"})
# Time clauses that happen when (or until) their governing clause does: "will raise it when he
# meets X", "would remain in place until Y explained". Any tense: a past after a modal is backshifted.
INHERITING_MARKS = frozenset({"when", "whenever", "once", "until", "till"})
# Time clauses that are still to come only in the present tense: "will fly on after he meets X".
PRESENT_INHERITING_MARKS = frozenset({"after", "before"})
# Work done for an encounter still to come: "preparations for the summit".
PREPARATION_NOUNS = frozenset({"preparation", "preparations", "discussion", "discussions", "arrangement",
                               "arrangements", "groundwork", "plan", "plans", "date", "agenda", "venue"})
# Verbs whose object visit or meeting is only weighed or refused: "is mulling a trip", "rejected talks".
WEIGHING_VERBS = {"consider": "planned", "contemplate": "planned", "mull": "planned", "weigh": "planned",
                  "announce": "planned", "reject": NEGATED, "refuse": NEGATED}
# Arriving somewhere for talks: the talks are the arrival's purpose, not yet held.
ARRIVAL_VERBS = frozenset({"arrive", "land"})
# Words whose "to"/"against" object names a deed only to oppose it.
OPPOSING_WORDS = frozenset({"oppose", "object", "objection", "opposition", "warn", "caution", "protest"})
# Motion verbs whose progressive with "to" is a trip still under way: "is heading to Cairo".
EN_ROUTE_VERBS = frozenset({"head", "travel", "fly", "go", "sail", "drive", "journey", "return"})
# What lists events still to come: "his itinerary includes meetings with X".
PLAN_NOUNS = frozenset({"itinerary", "schedule", "agenda", "programme", "program", "timetable"})


def own_modality(token) -> str | None:
    """Modality marked on the token itself (its children), or None."""
    for child in token.children:
        low = child.lower_
        if child.dep_ == "neg" or (child.dep_ in ("det", "advmod") and low in ("no", "never")):
            return NEGATED
        if child.dep_ == "mark" and low in CONDITIONAL_MARKS:
            return CONDITIONAL
        if child.dep_ == "mark" and low in UNCERTAIN_MARKS:
            return UNCERTAIN
        if child.dep_ == "aux" and low in MODAL_AUX:
            return MODAL_AUX[low]
        if child.dep_ in ("amod", "compound") and low in HEDGE_AMOD:
            return HEDGE_AMOD[low]
        if child.dep_ == "det" and low == "any" and token.lemma_.lower() in ENCOUNTER_NOUNS:
            return UNCERTAIN  # "opposes any visit by X": no visit in particular
        if child.dep_ == "advmod" and low in HEDGE_ADVERBS:
            return UNCERTAIN  # "apparently upset", "reportedly met", "allegedly attacked"
        if child.dep_ == "aux" and low == "to" and token.head.lemma_ == "be" and token.dep_ == "xcomp":
            return "planned"  # "is to visit"
    if token.lemma_ in NEGATIONS:
        return NEGATED
    return None


def modality_of(trigger, *, max_hops: int = 5) -> str:
    """The modality of the event named by ``trigger`` (a spaCy token)."""
    found = own_modality(trigger)
    if found:
        return found
    headline = trigger.dep_ == "ROOT" or trigger.dep_ == "acl" and trigger.head.dep_ == "ROOT" \
        and trigger.head.pos_ in ("PROPN", "NOUN")  # "Peters to meet Rice": read as a name with its infinitive
    if headline and any(c.dep_ == "aux" and c.tag_ == "TO" for c in trigger.children):
        return "planned"  # headlinese: "Bush to visit Vietnam in 2006"
    if _en_route(trigger):
        return "planned"
    if trigger.pos_ == "NOUN" and trigger.lemma_.lower() in MADE_WHEN_DENIED and trigger.dep_ in ("dobj", "nsubjpass") \
            and hedge_of(trigger.head) == NEGATED and own_modality(trigger.head) is None:
        return ASSERTED  # "denied the charges by X": the charges were made; the denial rejects their content
    token = trigger
    for _ in range(max_hops):
        head = token.head
        if head.i == token.i:
            break
        if token.dep_ == "conj":  # coordination shares modals, not negation
            if _misattached_conjunct(token, head):
                head = head.head  # "denied that jets had bombed X and accused Y": the denier accused
            to_clause = token.tag_ == "VB" and any(
                c.dep_ == "xcomp" and any(a.tag_ == "TO" for a in c.children) for c in head.children)
            if to_clause and head.tag_ in ("VBZ", "VBP", "VBD") and hedge_of(head):
                return hedge_of(head)  # "plans to visit Tokyo and attend the summit": a bare verb joins the plan
            if to_clause and head.lemma_ == "be":
                return "planned"  # "were to talk first, and then meet X": both still to come
            if token.pos_ == "VERB" and head.pos_ in ("NOUN", "PROPN"):
                break  # "Clinton and Yeltsin, meeting in Helsinki, agreed to": a participle, not a plan
            marked = own_modality(head)
            if marked and marked != NEGATED:
                return marked
            token = head
            continue
        is_noun = token.pos_ in ("NOUN", "PROPN")
        if head.lower_ == "to" and token.dep_ in ("pobj", "pcomp") and (head.head.lower_ == "forward" or any(
                c.lower_ == "forward" and c.dep_ == "advmod" for c in head.head.children)):
            return "planned"  # "looking forward to meeting X", "looks forward to the visit"
        if token.dep_ == "advcl" and head.pos_ in ("VERB", "AUX") and any(
                c.dep_ == "mark" and c.lower_ in TIMED_MARKS for c in token.children):
            marked = own_modality(head)
            if marked and marked != NEGATED:
                return marked  # "would travel to Edinburgh before he met X": the meeting is as planned
        if is_noun and token.dep_ == "pobj" and head.dep_ == "prep" and (head.head.lemma_, head.lower_) == ("call", "for"):
            return GOVERNED_BY_PREP[("call", "for")]  # "called for talks with X": asked for, not held
        if is_noun and token.dep_ == "pobj" and head.lower_ == "for" and _arrival_purpose(token, head):
            return "planned"
        if is_noun and token.dep_ == "pobj" and head.dep_ == "prep" and (
                head.head.lemma_ in LIGHT_VERBS or head.lower_ == "for" and head.head.pos_ == "VERB"):
            verb = head.head  # "will embark on a tour", "will fly to Accra for talks": the verb governs
            marked = own_modality(verb)
            if marked:
                return marked
            token = verb
            continue
        if is_noun:
            if token.dep_ == "pobj" and head.lower_ == "without":
                return NEGATED
            if token.dep_ == "pobj" and _still_ahead(head) and token.lemma_.lower() in ENCOUNTER_NOUNS:
                return "planned"  # "ahead of a meeting between X and Y", "in the run-up to the visit"
            if token.dep_ == "pobj" and head.lower_ == "before" and head.head.pos_ in ("VERB", "AUX") \
                    and token.lemma_.lower() in ENCOUNTER_NOUNS:
                governing = modality_of(head.head, max_hops=max_hops)
                if governing not in (ASSERTED, NEGATED):
                    return governing  # "before the meeting on Friday, officials will meet": still to come
                if head.head.tag_ in ("VBZ", "VBP"):
                    return "planned"  # "the talks come five days before a summit": after the present
            if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_.lower() in PREPARATION_NOUNS \
                    and token.lemma_.lower() in ENCOUNTER_NOUNS:
                return "planned"  # "opened discussions for a May meeting", "preparations for the visit"
            if token.dep_ == "pobj" and head.dep_ == "prep" and (head.head.lemma_, head.lower_) in GOVERNED_BY_PREP:
                return GOVERNED_BY_PREP[(head.head.lemma_, head.lower_)]  # "agreed on the visit"
            if token.dep_ not in CLIMB_FROM_NOUN:
                break
            if token.dep_ == "dobj" and token.lemma_.lower() in ENCOUNTER_NOUNS and (weighed := _weighed_encounter(head)):
                return weighed  # "is weighing a visit", "ruled out a meeting"
            if token.dep_ == "nsubj" and token.lemma_.lower() in ENCOUNTER_NOUNS and head.lemma_ == "be":
                pred = _hedging_predicate(head, bare=True)
                if pred:
                    return pred  # "a meeting between X and Y is likely next month"
            if head.lemma_ == "include" and any(c.dep_ == "nsubj" and c.lemma_.lower() in PLAN_NOUNS
                                                for c in head.children):
                return "planned"  # "his itinerary includes meetings with X"
            if token.dep_ == "nsubjpass" and _purpose_of_made_trip(token, head):
                break  # "the visit was intended to mend ties": the mending was the aim, the visit was made
            if token.dep_ in ("nsubj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
                marked = own_modality(head)
                if marked == NEGATED and token.lemma_.lower() in ENCOUNTER_NOUNS \
                        and head.lemma_.lower() not in OCCURRENCE_VERBS:
                    break  # "the visit was not well received": it was made; "did not take place": it was not
                if marked:
                    return marked  # "her visit to the US will be part of a tour"
            if head.pos_ in ("VERB", "AUX") and head.lemma_ not in LIGHT_VERBS \
                    and hedge_of(head) is None:
                break
        else:
            if token.dep_ == "pcomp" and head.lower_ == "without":
                return NEGATED
            if token.dep_ == "pcomp" and head.pos_ == "ADP" and head.lower_ in ("before", "then") \
                    and head.head.i != head.i:
                token = head.head  # "was due to meet X before travelling to Y": the main clause governs
                marked = own_modality(token)
                if marked:
                    return marked
                continue
            if token.dep_ == "pcomp" and head.lower_ == "by" and head.dep_ == "prep" \
                    and head.head.pos_ in ("VERB", "AUX"):
                token = head.head  # "decided to avoid X by travelling to Y": the means shares the end's plan
                marked = own_modality(token)
                if marked:
                    return marked
                continue
            if token.dep_ == "cc" and head.pos_ in ("VERB", "AUX"):
                token = head  # "was due to meet X as well as travelling to Y": the pair shares the plan
                marked = own_modality(token)
                if marked:
                    return marked
                continue
            hedged = _hedging_noun_clause(token, head)
            if hedged:
                return hedged
            if _time_clause(token):
                governing = modality_of(head, max_hops=max_hops)
                if governing not in (ASSERTED, NEGATED):
                    return governing  # "is expected to top the agenda when he holds talks with X"
                break
            if token.dep_ == "advcl" and token.tag_ == "VBG" and not any(
                    c.dep_ in ("nsubj", "mark", "aux") for c in token.children):
                marked = own_modality(head)  # "will spend three days, conferring with X"
                if marked and marked != NEGATED:
                    return marked
            if token.dep_ == "advcl" and is_infinitive(token):
                governing = modality_of(head, max_hops=max_hops)
                if governing != ASSERTED:
                    return governing  # "was invited to travel to Berlin to meet X": the aim shares the plan
                if head.lemma_ in ARRIVAL_VERBS:
                    return "planned"  # "arrived in Kyiv to meet X": the meeting is still ahead
                break
            if _opposed_deed(token):
                return UNCERTAIN  # "is opposed to Western governments hosting X": what is opposed need not happen
            if token.dep_ == "xcomp" and head.pos_ == "ADJ" and any(
                    c.dep_ == "advmod" and c.lower_ == "too" for c in head.children):
                return NEGATED  # "was too busy to meet X"
            if token.dep_ not in CLIMB_FROM_VERB:
                break
            if token.dep_ == "ccomp" and hedge_of(head) is None \
                    and not _hedging_predicate(head):
                break
        if hedge_of(head) and head.pos_ in ("VERB", "ADJ", "AUX", "NOUN", "ADP"):
            if head.lemma_ == "set" and not _is_passive(head):
                pass  # "set up", "set out": only "is set to" hedges
            else:
                marked = own_modality(head)
                return NEGATED if marked == NEGATED else hedge_of(head)
        pred = _hedging_predicate(head)
        if pred:
            return pred
        marked = own_modality(head)
        if marked:
            return marked
        token = head
    return ASSERTED


# Nouns whose clause is only reported, hoped or attempted: "reports that X met Y",
# "plans to visit", "an attempt to meet".
REPORTED_NOUNS = {"report": UNCERTAIN, "claim": UNCERTAIN, "allegation": UNCERTAIN,
                  "suggestion": UNCERTAIN, "speculation": UNCERTAIN, "suspicion": UNCERTAIN,
                  "attempt": "planned", "bid": "planned", "offer": "planned", "invitation": "planned",
                  "proposal": "planned", "effort": "planned", "push": "planned", "decision": "planned"}
# Verbs whose prepositional object is an event not (yet) done: "agreed on a visit by X",
# "refrained from trips to Y".
GOVERNED_BY_PREP = {("agree", "on"): "planned", ("agree", "to"): "planned", ("decide", "on"): "planned",
                    ("prepare", "for"): "planned", ("decision", "on"): "planned", ("refrain", "from"): NEGATED,
                    ("abstain", "from"): NEGATED, ("desist", "from"): NEGATED,
                    # nouns of what is still to come: "plans for a summit", "preparations for the visit"
                    ("plan", "for"): "planned", ("preparation", "for"): "planned", ("proposal", "for"): "planned",
                    ("call", "for"): "planned", ("invitation", "to"): "planned", ("prospect", "of"): "uncertain",
                    ("possibility", "of"): "uncertain", ("idea", "of"): "uncertain",
                    # "repeated her offer of talks", "a request for a meeting": asked for, not held
                    ("offer", "of"): "planned", ("offer", "for"): "planned", ("request", "for"): "planned",
                    ("proposal", "of"): "planned", ("invitation", "for"): "planned", ("bid", "for"): "planned"}
# Marks of a clause timed by the main one: "would travel to Edinburgh before he met X".
TIMED_MARKS = frozenset({"before", "after", "until", "once", "when"})
# "is said to have met", "is believed to have visited": hearsay
HEARSAY_VERBS = frozenset({"say", "report", "believe", "think", "rumor", "rumour", "allege", "understand",
                           "claim", "suppose"})


def hedge_of(token) -> str | None:
    """The modality a hedging word gives its clause, by lemma; for an inflected verb whose
    lemma the model gets wrong ("hopes" -> "hop", "slated" -> "slat"), by its surface form."""
    found = HEDGE_HEADS.get(token.lemma_)
    if found is None and token.tag_ in ("VBZ", "VBD", "VBN"):
        found = HEDGE_HEADS.get(token.lower_[:-1])
    return found


def _hedging_noun_clause(token, head) -> str | None:
    """The clause of a hedging noun ('hopes to meet', 'reports that X met'), or hearsay."""
    if token.dep_ in ("acl", "ccomp") and head.pos_ in ("NOUN", "PROPN"):
        lemma = head.lemma_.lower()
        if lemma in REPORTED_NOUNS:
            return REPORTED_NOUNS[lemma]
        hedge = hedge_of(head)
        if hedge and (token.dep_ == "ccomp" or any(c.dep_ == "aux" and c.tag_ == "TO" for c in token.children)):
            return hedge
    if token.dep_ == "xcomp" and head.lemma_.lower() in HEARSAY_VERBS \
            and any(c.dep_ in ("auxpass", "nsubjpass") for c in head.children):
        return UNCERTAIN
    return None


def _still_ahead(prep) -> bool:
    """'ahead of', 'in the run-up to', 'in the lead-up to': what follows has not yet happened."""
    if prep.lower_ == "of" and prep.head.lower_ == "ahead":
        return True
    head = prep.head
    return prep.lower_ == "to" and (head.lower_ in ("runup", "leadup", "run-up", "lead-up") or head.lower_ == "up"
                                    and head.i >= 2 and head.doc[head.i - 2].lower_ in ("run", "lead"))


def _opposed_deed(verb) -> bool:
    """'opposed to foreign countries receiving X', 'warned against X visiting Y': a deed named only
    to oppose it."""
    if verb.dep_ != "acl" or verb.tag_ != "VBG" or verb.head.dep_ != "pobj":
        return False
    prep = verb.head.head
    return prep.lower_ in ("to", "against") and prep.head.lemma_.lower() in OPPOSING_WORDS


def _en_route(verb) -> bool:
    """'is heading to Cairo', 'was travelling to Damascus': on the way, not yet there (but 'is flying
    to Havana today' arrives within the day's news)."""
    return verb.tag_ == "VBG" and verb.lemma_ in EN_ROUTE_VERBS \
        and not any(c.lower_ in ("today", "tonight") for c in verb.children) \
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children) \
        and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)


def _time_clause(verb) -> bool:
    """An adverbial clause that shares its governing clause's time: "when/once/until ...", and
    "after/before ..." in the present tense. A negated governor does not pass on ("did not
    comment when he met X": the meeting took place)."""
    if verb.dep_ != "advcl" or verb.head.i == verb.i:
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in ("mark", "advmod") and c.i < verb.i}
    return bool(marks & INHERITING_MARKS) or bool(marks & PRESENT_INHERITING_MARKS) and verb.tag_ in ("VBZ", "VBP")


def _hedging_predicate(verb, *, bare: bool = False) -> str | None:
    """'it was unclear whether ...': a copula whose adjective hedges its clausal subject. ``bare``:
    only an adjective that says whether the subject happens ('the visit is possible'), not one
    with a clause of its own ('the talks were unlikely to produce a deal': they were held)."""
    for child in verb.children:
        if child.dep_ in ("acomp", "attr") and hedge_of(child) and not (
                bare and any(c.dep_ in ("xcomp", "ccomp", "prep") for c in child.children)):
            return hedge_of(child)
    return None


def _weighed_encounter(verb) -> str | None:
    """A visit or meeting that is the object of weighing or refusing it: 'is considering a trip',
    'mulled a meeting', 'announced a visit' (still to come); 'rejected talks', 'ruled out a visit'."""
    lemma = verb.lemma_.lower()
    if lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in verb.children):
        return NEGATED
    return WEIGHING_VERBS.get(lemma) if verb.pos_ == "VERB" else None


def _arrival_purpose(noun, prep) -> bool:
    """'arrived in Harare for talks with X', 'arrived on a visit for talks': the talks are what the
    arrival is for; the story has not yet told them held."""
    if noun.lemma_.lower() not in MEET_NOUNS and noun.lower_ not in MEET_NOUNS:
        return False
    governor = prep.head
    if governor.lemma_.lower() in VISIT_NOUNS and governor.dep_ == "pobj" and governor.head.dep_ == "prep":
        governor = governor.head.head  # "arrived in Seoul on a two-day visit for summit talks"
    return governor.pos_ == "VERB" and governor.lemma_ in ARRIVAL_VERBS


def _purpose_of_made_trip(noun, verb) -> bool:
    """'Her visit to X was intended to mend ties', 'the talks were aimed at ending the strike': a
    past purpose of an encounter hedges the purpose, not the encounter. Not when the purpose is
    that it happen ('the visit was meant to take place in May')."""
    if not {noun.lemma_.lower(), noun.lower_} & ENCOUNTER_NOUNS or verb.lemma_ not in PURPOSE_VERBS or not any(
            c.dep_ == "auxpass" and c.tag_ == "VBD" for c in verb.children):
        return False
    aims = [c for c in verb.children if c.dep_ == "xcomp"] + [
        o for p in verb.children if p.dep_ == "prep" and p.lower_ == "at" for o in p.children if o.dep_ == "pcomp"]
    return bool(aims) and not any(a.lemma_ in TAKING_PLACE for a in aims) and own_modality(verb) is None


def _misattached_conjunct(conj, head) -> bool:
    """A simple past conjoined to a perfect inside a complement cannot share its auxiliary:
    it is the governing verb's conjunct, which the parser hung one clause too low."""
    if said_and_accused(conj, head):
        return True  # "denied that the warplanes attacked X and accused Y": things do not accuse
    return conj.tag_ == "VBD" and head.tag_ == "VBN" and head.dep_ == "ccomp" \
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children) \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
        and head.head.tag_ == "VBD"


def _is_passive(verb) -> bool:
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)
