"""Synthetic event graphs in the project's ontology, for benchmarks.

    python benchmarks/generate.py --triples 100000 -o /tmp/synthetic.nq

Builds :class:`kg.model.Extraction` records of realistic-looking news events
(visits, meetings, criticisms and statements with agents, targets and places;
dates at day, month and year precision, some inferred, some undated; a few
hedged) and converts them with :func:`kg.rdf.extraction_quads`, so the triples
have exactly the shape ingest writes. Deterministic for a given seed.

Actors: a small head of frequent actors (as in real news) plus a long tail
taken in turn, so that ``actors`` distinct actors appear once enough events
are generated (at least one new tail actor per event).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator

import pyoxigraph as ox

from kg import model
from kg.model import Actor, Document, Event, Extraction, Mention, Participant, Provenance, TimeSpan
from kg.rdf import extraction_quads

__all__ = ["synthetic_extractions", "synthetic_quads"]

TYPES = (  # (type, cameo, trigger, weight)
    ("stated", "010", "said", 5),
    ("met", "040", "met", 2),
    ("visited", "042", "visited", 2),
    ("criticized", "111", "criticized", 1),
)
KINDS = (model.PERSON, model.ORGANIZATION, model.PLACE, model.GROUP)
MODALITIES = (model.ASSERTED,) * 9 + (model.PLANNED, model.UNCERTAIN, model.NEGATED)
HEAD = 50  # frequent actors


def _actor(i: int) -> Actor:
    kind = KINDS[i % 4]
    slug = f"{kind.lower()}/synthetic-{i}"
    if kind == model.PLACE:
        rnd = random.Random(i)
        return Actor(f"place/geonames-{100000 + i}", f"Place {i}", kind,
                     geonames_id=100000 + i, latitude=round(rnd.uniform(-60, 70), 4),
                     longitude=round(rnd.uniform(-180, 180), 4))
    return Actor(slug, f"{kind} {i}", kind, titles=("spokesperson",) if kind == model.PERSON
                 else ())


def _date(rnd: random.Random) -> TimeSpan | None:
    roll = rnd.random()
    year = rnd.randint(2015, 2024)
    month, day = rnd.randint(1, 12), rnd.randint(1, 28)
    if roll < 0.1:
        return None
    if roll < 0.2:
        return TimeSpan(f"{year}", text=str(year))
    if roll < 0.4:
        return TimeSpan(f"{year}-{month:02d}", inferred=rnd.random() < 0.5)
    return TimeSpan(f"{year}-{month:02d}-{day:02d}", inferred=rnd.random() < 0.3)


def synthetic_extractions(
    *, actors: int = 5_000, events_per_doc: int = 10, seed: int = 7
) -> Iterator[Extraction]:
    """An endless stream of one-document extractions; take as many as you need."""
    rnd = random.Random(seed)
    types = [t for t in TYPES for _ in range(t[3])]
    tail = HEAD
    doc_no = 0
    while True:
        doc_id = f"synthetic-{doc_no:07d}"
        sentences: list[str] = []
        events: list[Event] = []
        used: dict[str, Actor] = {}
        mentions: list[Mention] = []
        offset = 0
        for n in range(events_per_doc):
            type_, cameo, trigger, _ = rnd.choice(types)
            agent = _actor(rnd.randrange(HEAD) if rnd.random() < 0.5 else tail)
            tail = tail + 1 if tail + 1 < actors else HEAD
            other = _actor(rnd.randrange(actors))
            if type_ == "visited" and other.type != model.PLACE:
                other = _actor(rnd.randrange(actors // 4) * 4 + 2)  # a place
            sentence = f"{agent.label} {trigger} {other.label}."
            a_start, t_start = offset, offset + len(agent.label) + 1
            o_start = t_start + len(trigger) + 1
            role = model.PLACE_ROLE if type_ == "visited" else model.TARGET
            parts = (Participant(model.AGENT, agent.key, a_start, a_start + len(agent.label)),
                     Participant(role, other.key, o_start, o_start + len(other.label)))
            prov = Provenance(doc_id, n, t_start, t_start + len(trigger), sentence,
                              f"synthetic.{type_}", round(rnd.uniform(0.5, 0.95), 2))
            for actor, part in ((agent, parts[0]), (other, parts[1])):
                used[actor.key] = actor
                mentions.append(Mention(actor.key, actor.label, "name", Provenance(
                    doc_id, n, part.start, part.end, sentence, "synthetic.actors", 0.9)))
            events.append(Event(
                f"e{n}", type_, cameo, trigger, parts, prov, _date(rnd), rnd.choice(MODALITIES),
                quote="the situation is under review" if type_ == "stated" else None))
            sentences.append(sentence)
            offset += len(sentence) + 1
        text = " ".join(sentences)
        doc = Document(doc_id, text, title=f"Synthetic article {doc_no}",
                       published="2024-01-15", source="Synthetic Wire", path=f"{doc_id}.txt",
                       content_hash=f"sha256:{doc_no:064x}")
        yield Extraction(doc, tuple(used.values()), tuple(mentions), tuple(events),
                         published="2024-01-15")
        doc_no += 1


def synthetic_quads(triples: int = 1_000_000, **options) -> list[ox.Quad]:
    """Whole documents' quads until at least ``triples`` quads (one named graph per document)."""
    out: list[ox.Quad] = []
    for ex in synthetic_extractions(**options):
        out.extend(extraction_quads(ex))
        if len(out) >= triples:
            return out
    raise AssertionError("unreachable")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--actors", type=int, default=5_000)
    parser.add_argument("-o", "--output", default="-", help="N-Quads file, or - for stdout")
    args = parser.parse_args()
    data = ox.serialize(synthetic_quads(args.triples, actors=args.actors),
                        format=ox.RdfFormat.N_QUADS)
    if args.output == "-":
        sys.stdout.buffer.write(data)
    else:
        with open(args.output, "wb") as f:
            f.write(data)


if __name__ == "__main__":
    main()
