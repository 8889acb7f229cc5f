from __future__ import annotations

import pytest

from kg.extract.modality import modality_of

from .test_extract_events import extract, tuples


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        ("The minister visited Paris on Monday.", "visited", "asserted"),
        ("The minister will visit Paris next week.", "visit", "planned"),
        ("The minister planned to visit Paris.", "visit", "planned"),
        ("The minister did not visit Paris.", "visit", "negated"),
        ("The minister never met the president.", "met", "negated"),
        ("It was unclear whether the minister would meet the president.", "meet", "uncertain"),
        ("If the talks succeed, the minister will visit Paris.", "visit", "planned"),
        ("If the minister visits Paris, protests are likely.", "visits", "conditional"),
        ("The tour was expected to include stops in Lyon and Nice.", "stops", "expected"),
        ("Her six-day visit began in Lyon.", "visit", "asserted"),
        ("The president is set to visit Berlin.", "visit", "expected"),
        ("The minister failed to meet the president.", "meet", "negated"),
        ("Her trip, featuring a call with the king, would turn into propaganda.", "call", "asserted"),
        ("The planned visit to Rome was cancelled.", "visit", "planned"),
        # a participle hung on a future clause shares its future
        ("The chancellor will spend three days in Kenya, conferring with the president.", "conferring",
         "planned"),
        ("The chancellor spent three days in Kenya, conferring with the president.", "conferring", "asserted"),
        # a meeting named as what is planned, prepared, proposed or possible has not happened
        ("The envoys discussed plans for a summit between the two presidents.", "summit", "planned"),
        ("Officials began preparations for the king's visit to Oslo.", "visit", "planned"),
        ("Lagos renewed its call for talks with the rebels.", "talks", "planned"),
        ("The prospect of a meeting between the leaders lifted markets.", "meeting", "uncertain"),
        ("The summit between the two presidents ended in Oslo on Friday.", "summit", "asserted"),
        # a visit agreed on is still to come; trips refrained from are not made
        ("Seoul has agreed in principle on the visit to Japan by the president.", "visit", "planned"),
        ("Britons should refrain from trips to Zimbabwe.", "trips", "negated"),
        # reported, hoped or attempted clauses of nouns, and hearsay
        ("Reports that the king met the rebels were denied.", "met", "uncertain"),
        ("The minister is said to have met the rebels in Goma.", "met", "uncertain"),
        ("The envoy hopes to meet the king next week.", "meet", "planned"),
        ("His attempt to visit the prison failed.", "visit", "planned"),
        # headlines' infinitive future, subjects of a modal clause, itineraries, "before" clauses
        ("Chirac to visit Hanoi in 2007", "visit", "planned"),
        ("Her visit to Japan will be part of a regional tour.", "visit", "planned"),
        ("The prime minister's itinerary includes meetings with the king.", "meetings", "planned"),
        ("The envoy was due to meet the king before travelling to Goma.", "travelling", "expected"),
        ("The forthcoming meeting with the king was announced.", "meeting", "planned"),
        ("After meeting the king, the envoy said the talks went well.", "meeting", "asserted"),
        # a charge that is denied was still made
        ("The agency denied the charges by the minister.", "charges", "asserted"),
        ("The agency denied that the minister met the rebels.", "met", "negated"),
        # a verb the parser hung inside the denied clause is the denier's own, and is done
        ("Gul denied that Turkish jets had bombed Iraqi villages and accused Syria of sheltering rebels.",
         "accused", "asserted"),
        ("Kuchma denied that the Russian tanks crossed the border and accused Moldova of lying.",
         "accused", "asserted"),
        ("The agency denied that the police had arrested the editor and had beaten him.", "beaten", "negated"),
        # a bare verb the parser joined to the planning verb belongs to the plan
        ("She plans to visit Ottawa and Boston, and attend the summit in Quebec.", "attend", "planned"),
        ("She visited Ottawa and Boston, and attended the summit in Quebec.", "attended", "asserted"),
        # hedging adverbs: what the writer only infers or hears is not asserted
        ("The king was apparently upset over the decision.", "upset", "uncertain"),
        ("The envoy reportedly met the rebels in Goma.", "met", "uncertain"),
        # readiness and invitations are not the deed
        ("The premier said he was willing to visit Dhaka for the sake of peace.", "visit", "planned"),
        ("The king is ready to meet the rebels.", "meet", "planned"),
        ("The envoy was reluctant to meet the king.", "meet", "negated"),
        # a purpose noun of a planned journey is planned; of a journey made, it is not
        ("The premier will fly to Dhaka next week for talks with the president.", "talks", "planned"),
        ("The premier flew to Dhaka on Monday for talks with the president.", "talks", "asserted"),
        # but a clause that reports what happened stays asserted
        ("She became the first minister to visit the island.", "visit", "asserted"),
        ("The king, who met the rebels on Monday, left.", "met", "asserted"),
    ],
)
def test_modality_of_trigger(nlp, text, trigger, expected):
    doc = nlp(text)
    token = next(t for t in doc if t.text == trigger)
    assert modality_of(token) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # "as well as" shares the plan of the verb it joins
        ("The envoy was due to meet the bishops on Tuesday as well as travelling to Belgrade.",
         "travelling", "expected"),
        ("The envoy met the bishops on Tuesday as well as travelling to Belgrade.", "travelling", "asserted"),
    ],
)
def test_modality_as_well_as_shares_the_plan(nlp, text, trigger, expected):
    doc = nlp(text)
    assert modality_of(next(t for t in doc if t.text == trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the means of an end shares the end's plan: a decision is not the journey
        ("The premier had decided to skip Jakarta by flying to Dili via Darwin.", "flying", "planned"),
        ("The premier agreed to calm the rebels by travelling to Goma.", "travelling", "planned"),
        # a means used is done, even when what it avoided was not
        ("The premier avoided the press by flying to Dili on Monday.", "flying", "asserted"),
    ],
)
def test_modality_a_means_shares_its_ends_plan(nlp, text, trigger, expected):
    doc = nlp(text)
    assert modality_of(next(t for t in doc if t.text == trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a time clause shares the time, hence the hedge, of the clause it modifies
        ("Fishing rights are expected to dominate when the premier holds talks with the king.", "talks",
         "expected"),
        ("The minister will raise the matter once she arrives in Oslo.", "arrives", "planned"),
        ("The embargo would stay in force until Lagos explained the seizure.", "explained", "expected"),
        ("The envoy will fly on to Lima after he meets the president.", "meets", "planned"),
        # an asserted or negated governor leaves the time clause asserted
        ("When the premier met the king in Oslo on Monday, she praised the deal.", "met", "asserted"),
        ("The minister did not comment when she met the king.", "met", "asserted"),
        ("The envoy was expected to sign the deal after he met the king on Monday.", "met", "asserted"),
    ],
)
def test_modality_time_clause_shares_its_governors_hedge(nlp, text, trigger, expected):
    doc = nlp(text)
    assert modality_of(next(t for t in doc if t.text == trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a past aim of a visit or talks hedges the aim, not the encounter
        ("The chancellor's trip to Nairobi was intended to repair relations strained by the dispute.", "trip",
         "asserted"),
        ("The talks with the king were aimed at ending the strike.", "talks", "asserted"),
        # the aim that it happen, a present or future aim, stays a plan
        ("The chancellor's trip to Nairobi was intended to take place in June.", "trip", "planned"),
        ("The chancellor's trip to Nairobi is intended to repair relations.", "trip", "planned"),
        ("The chancellor's trip to Nairobi will be intended to repair relations.", "trip", "planned"),
    ],
)
def test_modality_the_past_aim_of_an_encounter_leaves_it_made(nlp, text, trigger, expected):
    doc = nlp(text)
    assert modality_of(next(t for t in doc if t.text == trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # talks an arrival is for are still to come, whatever the tense of the arrival
        ("The premier arrived in Accra on Tuesday for talks with the king.", "talks", "planned"),
        ("The premier has arrived in Accra for crucial talks with the king.", "talks", "planned"),
        ("The premier arrived in Accra on a three-day visit for summit talks with the king.", "talks", "planned"),
        # a journey told as done, or talks told as held, stay asserted
        ("The premier was in Accra on Tuesday for talks with the king.", "talks", "asserted"),
        ("The premier was driven to the palace for a meeting with the king.", "meeting", "asserted"),
        ("The premier arrived in Accra on Tuesday and held talks with the king.", "talks", "asserted"),
    ],
)
def test_modality_talks_an_arrival_is_for_are_planned(nlp, text, trigger, expected):
    doc = nlp(text)
    assert modality_of(next(t for t in doc if t.text == trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # a visit or meeting only weighed, announced, called for or refused is not made
        ("The premier is considering a visit to Oslo.", "visit", "planned"),
        ("The premier is mulling a trip to Oslo.", "trip", "planned"),
        ("The premier is weighing a visit to Oslo.", "visit", "planned"),
        ("The palace announced a visit to Oslo by the king.", "visit", "planned"),
        ("The premier called for talks with the rebels.", "talks", "planned"),
        ("The premier rejected talks with the rebels.", "talks", "negated"),
        ("The premier ruled out a meeting with the rebels.", "meeting", "negated"),
        # a meeting whose predicate says only that it may happen
        ("A meeting between the two kings is likely next month.", "meeting", "expected"),
        ("A visit by the king to Oslo was possible, the palace said.", "visit", "uncertain"),
        # weighing something during a visit, or talks judged unlikely to succeed, leave the encounter made
        ("During his visit to Oslo the premier considered the offer.", "visit", "asserted"),
        ("The talks with the rebels on Monday were unlikely to produce a deal.", "talks", "asserted"),
        ("The premier described the meeting with the rebels as useful.", "meeting", "asserted"),
    ],
)
def test_modality_encounters_weighed_or_refused_are_not_made(nlp, text, trigger, expected):
    doc = nlp(text)
    assert modality_of(next(t for t in doc if t.text == trigger)) == expected



@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # the aim of a hedged or refused trip shares its modality; an arrival's aim is still ahead
        ("The premier has been invited to fly to Lima in May to meet the president.", "meet", "planned"),
        ("The premier refused to fly to Lima to meet the president.", "meet", "negated"),
        ("The envoy arrived in Lima on Monday to meet the president.", "meet", "planned"),
        ("The envoy flew to Lima on Monday to meet the president.", "meet", "asserted"),
        # too busy to meet: the meeting did not take place
        ("The chancellor said she was too busy to meet the rebels.", "meet", "negated"),
        ("The chancellor said she was happy to meet the rebels.", "meet", "asserted"),
        # a deed named only to be opposed, and "any visit", are no event
        ("Delhi is opposed to foreign leaders receiving the rebel chief.", "receiving", "uncertain"),
        ("Delhi opposes any visit by the rebel chief to Europe.", "visit", "uncertain"),
        ("Delhi welcomed the visit by the rebel chief to Europe.", "visit", "asserted"),
        # on the way, not yet there
        ("The envoy is heading to Caracas to press for a truce.", "heading", "planned"),
        ("The envoy was travelling to Caracas when the news broke.", "travelling", "planned"),
        ("The envoy, who is visiting Caracas, spoke to reporters.", "visiting", "asserted"),
        ("The envoy travelled to Caracas on Monday.", "travelled", "asserted"),
        # a decision on a trip is about a trip still to come
        ("The decision on my trip to Seoul was reached on Monday, the envoy said.", "trip", "planned"),
    ],
)
def test_modality_aims_refusals_and_trips_under_way(nlp, text, trigger, expected):
    doc = nlp(text)
    assert modality_of(next(t for t in doc if t.text == trigger)) == expected


@pytest.mark.parametrize(
    ("text", "trigger", "expected"),
    [
        # what comes "ahead of" or "in the run-up to" a meeting has it still to come
        ("The talks came ahead of a meeting between the two foreign ministers.", "meeting", "planned"),
        ("In the run-up to the visit by the king, officials met.", "visit", "planned"),
        # "before" a meeting: still to come only when the clause it precedes is
        ("Before the meeting on Friday, officials will meet on Thursday.", "meeting", "planned"),
        ("Before the meeting on Friday, officials met on Thursday.", "meeting", "asserted"),
        # hosting is a support verb: offered to host is a plan, hosted is done
        ("Moscow offered to host a meeting between the two foreign ministers.", "meeting", "planned"),
        ("Moscow hosted a meeting between the two foreign ministers.", "meeting", "asserted"),
    ],
)
def test_modality_meetings_ahead_before_or_offered(nlp, text, trigger, expected):
    doc = nlp(text)
    assert modality_of(next(t for t in doc if t.text == trigger)) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a present-tense clause before an encounter: the encounter is after the present
        "The foreign ministers arrive in Oslo just four days before a summit meeting between Indian Prime "
        "Minister Atal Behari Vajpayee and Pakistani President Pervez Musharraf.",
        # preparing an encounter is not holding it
        "Aides opened discussions for a June meeting in Seoul between Japanese Prime Minister Junichiro "
        "Koizumi and South Korean President Roh Moo-hyun.",
        # "were to talk first, and then meet": both still to come
        "Officials said Lula and Kirchner were to talk privately first, and then meet with Chilean President "
        "Michelle Bachelet.",
    ],
)
def test_modality_encounters_still_to_come(extractor, text):
    found = tuples(extract(extractor, text, published="2004-04-02"))
    assert not {t for t in found if t[1] == "met"}



def test_modality_a_headline_plan_read_as_a_name_with_an_infinitive(nlp):
    # the parse the model gives "Peters to meet Rice in Washington next week": a name and its infinitive
    from spacy.tokens import Doc

    words = ["Goff", "to", "meet", "Rice", "in", "Washington"]
    doc = Doc(nlp.vocab, words=words, heads=[0, 2, 0, 2, 2, 4], deps=["ROOT", "aux", "acl", "dobj", "prep", "pobj"],
              pos=["PROPN", "PART", "VERB", "PROPN", "ADP", "PROPN"], tags=["NNP", "TO", "VB", "NNP", "IN", "NNP"])
    assert modality_of(doc[2]) == "planned"


@pytest.mark.parametrize(
    "text",
    [
        # offered, looked forward to, or timed by a planned trip: no meeting was held
        "In parliament on Monday, Prime Minister Ranil Wickremesinghe renewed his offer of talks with "
        "opposition leader Chandrika Kumaratunga.",
        "Pakistani Prime Minister Imran Khan has said he is looking forward to meeting Afghan President "
        "Ashraf Ghani.",
        "Chinese President Hu Jintao would travel to Glasgow on Tuesday before he met with British Prime "
        "Minister Gordon Brown on Wednesday.",
    ],
)
def test_modality_meetings_offered_awaited_or_timed_by_a_plan_are_not_held(extractor, text):
    assert not {t for t in tuples(extract(extractor, text)) if t[1] == "met"}
