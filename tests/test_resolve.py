"""Cross-document resolution on small inline corpora: merge, refusal, propagation, add, remove."""

from __future__ import annotations

import json

import pytest

from kg.export import Filters, load_events
from kg.namespaces import KG
from kg.workflow import ingest, remove_documents

pytestmark = pytest.mark.slow


def write(tmp_path, records: list[dict]):
    path = tmp_path / "corpus.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    return path


def events_of(store, type_: str) -> list[dict]:
    return load_events(store, Filters(type=type_, include_hedged=True))


def people(event: dict) -> set[str]:
    return {p["label"] for p in event["participants"] if p["role"] in ("agent", "target")}


MEETING_DATED = {"id": "a", "published": "2021-06-12",
                 "text": "Angela Merkel met Joe Biden in Cornwall on Friday, officials said."}
MEETING_UNDATED = {"id": "b",
                   "text": "Angela Merkel met Joe Biden in Cornwall, according to aides."}


def test_resolve_merges_one_event_reported_twice_and_propagates_date(extractor, memory_store, tmp_path):
    ingest([str(write(tmp_path, [MEETING_DATED, MEETING_UNDATED]))], memory_store, extractor=extractor)
    meetings = events_of(memory_store, "met")
    assert len(meetings) == 1
    meeting = meetings[0]
    assert people(meeting) == {"Angela Merkel", "Joe Biden"}
    assert {s["document"] for s in meeting["sources"]} == {"a", "b"}
    assert meeting["corroboration"] == 2
    assert meeting["date"] == "2021-06-11"
    assert meeting["date_derived_from"].startswith("https://w3id.org/kg-news/id/doc/a/")
    assert meeting["confidence"] > 0.9  # above either mention alone (noisy-or)
    # The undated mention records where its date came from.
    derived = list(memory_store.query(
        f"SELECT ?m ?src WHERE {{ ?m <{KG.dateDerivedFrom}> ?src }}", default_union=False))
    assert any("/doc/b/" in row["m"].value for row in derived)


def test_resolve_does_not_merge_people_sharing_a_surname(extractor, memory_store, tmp_path):
    records = [
        {"id": "c", "published": "2022-05-20", "text": "Wang Yi met Sergey Lavrov in Beijing on Monday."},
        {"id": "d", "published": "2022-05-20",
         "text": "Wang Wenbin met Sergey Lavrov in Beijing on Monday."},
    ]
    ingest([str(write(tmp_path, records))], memory_store, extractor=extractor)
    meetings = events_of(memory_store, "met")
    assert sorted(sorted(people(m)) for m in meetings) == [
        ["Sergey Lavrov", "Wang Wenbin"], ["Sergey Lavrov", "Wang Yi"]]


def test_resolve_surname_only_actor_joins_the_full_name(extractor, memory_store, tmp_path):
    records = [
        {"id": "e", "published": "2022-05-20",
         "text": "Angela Merkel visited Tokyo on Monday, her office said."},
        {"id": "f", "published": "2022-05-21", "text": "Merkel said the talks were useful."},
    ]
    ingest([str(write(tmp_path, records))], memory_store, extractor=extractor)
    stated = events_of(memory_store, "stated")
    agents = {p["label"] for e in stated for p in e["participants"] if p["role"] == "agent"}
    assert agents == {"Angela Merkel"}
    reasons = list(memory_store.query(f"SELECT ?r WHERE {{ ?a <{KG.mergeReason}> ?r }}"))
    assert reasons and "Merkel" in reasons[0]["r"].value


@pytest.mark.parametrize(
    ("records", "merged"),
    [
        # a leading name part joins the full name when the stories share another actor
        ([{"id": "g", "published": "2022-05-20", "text": "Chinese Foreign Minister Wang Yi visited Hanoi."},
          {"id": "h", "published": "2022-05-21", "text": "Foreign Minister Wang said Vietnam was a friend."}],
         True),
        # ... and not when they share none: a US congressman Wu is not China's Wu Dawei
        ([{"id": "g", "published": "2022-05-20",
           "text": "Chinese Vice Foreign Minister Wu Dawei visited Seoul."},
          {"id": "h", "published": "2022-05-21", "text": "Congressman Wu said the Ohio count was flawed."}],
         False),
    ],
)
def test_resolve_a_leading_name_part_needs_a_shared_story(extractor, memory_store, tmp_path, records, merged):
    ingest([str(write(tmp_path, records))], memory_store, extractor=extractor)
    stated = events_of(memory_store, "stated")
    agents = {p["label"] for e in stated for p in e["participants"] if p["role"] == "agent"}
    full = next(iter({"Wang Yi", "Wu Dawei"} & {p["label"] for t in ("visited", "stated")
                                                 for e in events_of(memory_store, t) for p in e["participants"]}))
    assert (full in agents) is merged


def test_resolve_keeps_visits_in_different_years_apart(extractor, memory_store, tmp_path):
    records = [
        {"id": "g", "published": "2019-04-02", "text": "Emmanuel Macron visited Beijing in March 2019."},
        {"id": "h", "published": "2023-04-08", "text": "Emmanuel Macron visited Beijing in April 2023."},
    ]
    ingest([str(write(tmp_path, records))], memory_store, extractor=extractor)
    assert sorted(e["date"] for e in events_of(memory_store, "visited")) == ["2019-03", "2023-04"]


def test_resolve_incremental_add_and_removal(extractor, memory_store, tmp_path):
    first = tmp_path / "one"
    first.mkdir()
    ingest([str(write(first, [MEETING_DATED]))], memory_store, extractor=extractor)
    before = events_of(memory_store, "met")
    assert len(before) == 1 and before[0]["corroboration"] == 1

    second = tmp_path / "two"
    second.mkdir()
    summary = ingest([str(write(second, [MEETING_UNDATED]))], memory_store, extractor=extractor)
    assert summary.documents == 1  # only the new document was extracted
    after = events_of(memory_store, "met")
    assert len(after) == 1 and after[0]["corroboration"] == 2

    remove_documents(memory_store, ["a"])
    left = events_of(memory_store, "met")
    assert len(left) == 1 and left[0]["corroboration"] == 1
    assert left[0]["date"] is None  # the date only document "a" supported is gone
    remove_documents(memory_store, ["b"])
    assert events_of(memory_store, "met") == []


def test_resolve_reingest_changes_nothing(extractor, memory_store, tmp_path):
    path = write(tmp_path, [MEETING_DATED, MEETING_UNDATED])
    ingest([str(path)], memory_store, extractor=extractor)
    quads = sorted(str(q) for q in memory_store.quads())
    again = ingest([str(path)], memory_store, extractor=extractor)
    assert again.documents == 0
    assert again.resolution.unchanged  # the corpus view was not recomputed
    assert sorted(str(q) for q in memory_store.quads()) == quads


@pytest.fixture(scope="module")
def seeds_store(extractor):
    from kg.store import Store

    from .conftest import SEEDS

    with Store.open(None) as store:
        ingest([str(SEEDS)], store, extractor=extractor)
        yield store


def test_resolve_seeds_one_node_per_person(seeds_store):
    labels = {row["l"].value for row in seeds_store.query(
        f"SELECT DISTINCT ?a ?l WHERE {{ ?a a <{KG.Person}> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }}")}
    assert [label for label in labels if "Bachelet" in label] == ["Michelle Bachelet"]
    for surname in ("Blinken", "Richardson", "Xi", "Wang Yi", "Wang Wenbin", "Callamard"):
        assert sum(surname in label for label in labels) == 1, (surname, labels)


def test_resolve_seeds_gold_people_are_single_nodes(seeds_store, shared):
    gold = json.loads((shared / "gold" / "seeds.json").read_text())
    nodes: dict[str, set[str]] = {}
    for row in seeds_store.query(
            f"SELECT DISTINCT ?a ?l WHERE {{ ?a a <{KG.Person}> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"):
        nodes.setdefault(row["l"].value.lower(), set()).add(row["a"].value)
    for actor in gold["actors"].values():
        if actor["type"] != "Person":
            continue
        names = {a.lower() for a in actor["aliases"]} | {actor["label"].lower()}
        iris = set().union(*(nodes.get(n, set()) for n in names))
        assert len(iris) <= 1, (actor["label"], iris)


def test_resolve_seeds_meeting_with_xi_is_one_event(seeds_store):
    meetings = [e for e in events_of(seeds_store, "met")
                if people(e) == {"Michelle Bachelet", "Xi Jinping"} and e["modality"] == "asserted"]
    assert len(meetings) == 1
    assert {"000_d65b20c59fc33eb3", "002_28951934576f5180"} <= {s["document"] for s in meetings[0]["sources"]}


def test_resolve_seeds_jsonl_has_no_duplicate_lines(seeds_store):
    keys = [(e["type"], tuple(sorted((p["role"], p["id"]) for p in e["participants"])), e["date"])
            for e in load_events(seeds_store, Filters())]
    assert len(keys) == len(set(keys))


def test_resolve_recomputes_a_view_left_stale(extractor, memory_store, tmp_path):
    path = write(tmp_path, [MEETING_DATED, MEETING_UNDATED])
    ingest([str(path)], memory_store, extractor=extractor)
    view = sorted(str(q) for q in memory_store.quads())
    memory_store.replace_default_graph([])  # as if a run died before resolving
    again = ingest([str(path)], memory_store, extractor=extractor)
    assert again.documents == 0 and not again.resolution.unchanged
    assert sorted(str(q) for q in memory_store.quads()) == view


VISIT_LAST_WEEK = {"id": "g", "published": "2013-06-15",
                   "text": "Indian Prime Minister Manmohan Singh visited Tokyo last week."}
VISIT_UNDATED = {"id": "h",
                 "text": "Indian Prime Minister Manmohan Singh visited Tokyo, his aides said."}


@pytest.mark.parametrize("records", [[VISIT_LAST_WEEK], [VISIT_LAST_WEEK, VISIT_UNDATED]],
                         ids=["alone", "with-an-undated-report"])
def test_resolve_corpus_event_keeps_the_span_of_its_date(extractor, memory_store, tmp_path, records):
    ingest([str(write(tmp_path, records))], memory_store, extractor=extractor)
    visits = [e for e in events_of(memory_store, "visited")
              if "g" in {s["document"] for s in e["sources"]}]
    assert len(visits) == 1 and visits[0]["corroboration"] == len(records)
    assert (visits[0]["date"], visits[0]["begin"], visits[0]["end"]) == (
        "2013-06", "2013-06-03", "2013-06-09")
    rows = list(memory_store.query(
        f"SELECT ?b ?e WHERE {{ ?c a <{KG.CorpusEvent}> ; <{KG.beginDate}> ?b ; <{KG.endDate}> ?e }}",
        default_union=False))
    assert [(r["b"].value, r["e"].value) for r in rows] == [("2013-06-03", "2013-06-09")]


def test_resolve_a_meeting_told_from_either_side_is_one_event(extractor, memory_store, tmp_path):
    records = [
        {"id": "p", "published": "2019-03-05",
         "text": "Indian Prime Minister Narendra Modi met Japanese Prime Minister Shinzo Abe in Tokyo."},
        {"id": "q", "published": "2019-03-05",
         "text": "Japanese Prime Minister Shinzo Abe met Indian Prime Minister Narendra Modi in Tokyo."},
    ]
    ingest([str(write(tmp_path, records))], memory_store, extractor=extractor)
    meetings = [e for e in events_of(memory_store, "met") if people(e) == {"Narendra Modi", "Shinzo Abe"}]
    assert len(meetings) == 1
    roles = [(p["role"], p["label"]) for p in meetings[0]["participants"]]
    assert len(roles) == 2 and {r for r, _ in roles} == {"agent", "target"}


def test_resolve_a_surname_of_a_story_with_no_one_in_common_stays_apart(extractor, memory_store, tmp_path):
    records = [
        {"id": "m", "published": "2009-05-20",
         "text": "Secretary of State Hillary Rodham Clinton visited Haiti on Monday, her office said."},
        {"id": "n", "published": "1999-11-19",
         "text": "President Clinton criticized Russia over Chechnya on Thursday, Boris Yeltsin said."},
    ]
    ingest([str(write(tmp_path, records))], memory_store, extractor=extractor)
    critics = {p["label"] for e in events_of(memory_store, "criticized") for p in e["participants"]
               if p["role"] == "agent"}
    assert "Hillary Rodham Clinton" not in critics
    assert critics & {"Clinton", "President Clinton"}
