"""A small hand-built corpus for the exporter tests: two documents, every date precision,
a symmetric meeting stated both ways, a hedged and an undated event, and text that
needs escaping in XML, HTML, CSV and TSV. doc-a has every citation field (title,
outlet, URL, publication date), doc-b none, so exports fall back to its id."""

from __future__ import annotations

from kg import model
from kg.model import Actor, Document, Event, Extraction, Mention, Participant, Provenance, TimeSpan
from kg.rdf import extraction_quads, graph_iri

BACHELET = "person/michelle-bachelet"
WANG = "person/wang-yi"
BLINKEN = "person/antony-blinken"
CHINA = "place/geonames-1814991"
KASHGAR = "place/geonames-1280849"
UN = "organization/acme-<un>-&-co"
PROTESTERS = "group/protesters"

TEXT_A = (
    "Bachelet visited Kashgar in May 2022. "
    "Bachelet met Wang on 24 May 2022. "
    "Wang met Bachelet again on 26 May 2022. "
    "Blinken criticized China on 28 May 2022. "
    "Bachelet will visit China. "
    "Protesters criticized Acme.\tAgain."
)
TEXT_B = 'In 2019 Acme said "<b>all is well</b>, & calm" to China.'

QUOTE = '<b>all is well</b>,\n\t& calm'
TITLE_A = 'UN rights chief "visits" <Xinjiang> & meets Wang'
OUTLET_A = "Example <News>"
URL_A = "https://news.example.org/2022/05/bachelet?x=1&y=<2>"

ACTORS = (
    Actor(BACHELET, "Michelle Bachelet", model.PERSON),
    Actor(WANG, "Wang Yi", model.PERSON),
    Actor(BLINKEN, "Antony Blinken", model.PERSON),
    Actor(CHINA, "China", model.PLACE, geonames_id=1814991, latitude=35.0, longitude=105.0),
    Actor(KASHGAR, "Kashgar", model.PLACE, geonames_id=1280849, latitude=39.47,
          longitude=75.99),
    Actor(UN, 'Acme <UN> & "Co"', model.ORGANIZATION),
    Actor(PROTESTERS, "protesters", model.GROUP),
)


def _at(text: str, needle: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def _sentence(text: str, start: int) -> tuple[int, str]:
    sentences = text.split(". ")
    offset = 0
    for i, sentence in enumerate(sentences):
        if offset + len(sentence) >= start:
            return i, sentence
        offset += len(sentence) + 2
    return len(sentences) - 1, sentences[-1]


def _event(doc: str, text: str, key: str, type_: str, trigger: str, parts, date=None,
           modality=model.ASSERTED, quote=None, inferred=False, nth=0) -> Event:
    start, end = _at(text, trigger, nth)
    index, sentence = _sentence(text, start)
    participants = tuple(
        Participant(role, actor, *_at(text, word, n)) for role, actor, word, n in parts)
    time = TimeSpan(date, inferred=inferred) if date else None
    prov = Provenance(doc, index, start, end, sentence, "test", 0.8)
    return Event(key, type_, "000", trigger, participants, prov, time, modality, quote)


def extractions() -> list[Extraction]:
    a, b = "doc-a", "doc-b"
    events_a = (
        _event(a, TEXT_A, "e1", "visited", "visited",
               [("agent", BACHELET, "Bachelet", 0), ("place", KASHGAR, "Kashgar", 0)],
               date="2022-05", inferred=True),
        _event(a, TEXT_A, "e2", "met", "met",
               [("agent", BACHELET, "Bachelet", 1), ("target", WANG, "Wang", 0)],
               date="2022-05-24"),
        _event(a, TEXT_A, "e3", "met", "met",
               [("agent", WANG, "Wang", 1), ("target", BACHELET, "Bachelet", 2)],
               date="2022-05-26", nth=1),
        _event(a, TEXT_A, "e4", "criticized", "criticized",
               [("agent", BLINKEN, "Blinken", 0), ("target", CHINA, "China", 0)],
               date="2022-05-28"),
        _event(a, TEXT_A, "e5", "visited", "will visit",
               [("agent", BACHELET, "Bachelet", 3), ("place", CHINA, "China", 1)],
               modality=model.PLANNED),
        _event(a, TEXT_A, "e6", "criticized", "criticized",
               [("agent", PROTESTERS, "Protesters", 0), ("target", UN, "Acme", 0)], nth=1),
    )
    events_b = (
        _event(b, TEXT_B, "e1", "stated", "said",
               [("agent", UN, "Acme", 0), ("target", CHINA, "China", 0)],
               date="2019", quote=QUOTE),
    )
    out = []
    for doc_id, text, events in (("doc-a", TEXT_A, events_a), ("doc-b", TEXT_B, events_b)):
        used = {p.actor for e in events for p in e.participants}
        mentions = tuple(
            Mention(p.actor, text[p.start:p.end], "name",
                    Provenance(doc_id, 0, p.start, p.end, "", "test", 0.9))
            for e in events for p in e.participants)
        cited = doc_id == "doc-a"
        out.append(Extraction(
            Document(doc_id, text, title=TITLE_A if cited else None,
                     published="2022-05-28" if cited else None,
                     url=URL_A if cited else None, source=OUTLET_A if cited else None),
            tuple(x for x in ACTORS if x.key in used), mentions, events,
            published="2022-05-28"))
    return out


def load(store) -> None:
    """Put both documents into ``store``, one named graph each."""
    for ex in extractions():
        store.replace_graph(graph_iri(ex.document.id), extraction_quads(ex))
