"""Extraction speed: words/s of kg's extractor against bare `nlp.pipe` of the same model.

usage: python benchmarks/bench_extraction.py [--repeat N]

Both parse the same texts in the same process (the seeds plus, where
../shared is present, the 60 MEANTIME articles), repeated N times, slice by
slice in turns (see time_side_by_side). The ratio
is kg words/s divided by bare nlp.pipe words/s (target >= 0.8).
"""

from __future__ import annotations

import argparse
import json
import platform
import time
from pathlib import Path

import spacy

from kg.extract.nlp import load_model
from kg.extract.pipeline import RuleExtractor
from kg.ingest import iter_documents

ROOT = Path(__file__).resolve().parents[1]
MEANTIME = ROOT.parent / "shared" / "corpora" / "meantime-dev" / "docs.jsonl"


def corpus(repeat: int) -> list:
    paths = [str(ROOT / "seeds")] + ([str(MEANTIME)] if MEANTIME.exists() else [])
    docs = [d for d in iter_documents(paths) if not isinstance(d, Exception)]
    return docs * repeat


def time_side_by_side(docs: list, slices: int = 10) -> tuple[float, float]:
    """Seconds of bare ``nlp.pipe`` and of kg's extractor over ``docs``.

    The machine's speed drifts (shared cores), and one long run of each put
    them in different time windows: the same code measured 0.74 to 0.92 of
    bare. So both run slice by slice, taking turns at going first, and their
    times are summed.
    """
    meta = load_model().meta
    bare = spacy.load(f"{meta['lang']}_{meta['name']}")
    extractor = RuleExtractor()
    list(bare.pipe(d.text for d in docs[:5]))  # warm up
    list(extractor.extract(docs[:5]))  # warm up (loads the gazetteer)

    def run_bare(part: list) -> float:
        start = time.perf_counter()
        for _ in bare.pipe((d.text for d in part), batch_size=16):
            pass
        return time.perf_counter() - start

    def run_kg(part: list) -> float:
        start = time.perf_counter()
        for _ in extractor.extract(part):
            pass
        return time.perf_counter() - start

    bare_s = kg_s = 0.0
    size = max(1, -(-len(docs) // slices))
    for i, first in enumerate(range(0, len(docs), size)):
        part = docs[first:first + size]
        if i % 2 == 0:
            bare_s += run_bare(part)
            kg_s += run_kg(part)
        else:
            kg_s += run_kg(part)
            bare_s += run_bare(part)
    return bare_s, kg_s


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs = corpus(args.repeat)
    words = sum(len(d.text.split()) for d in docs)
    bare_s, kg_s = time_side_by_side(docs)
    result = {
        "corpus": {"documents": len(docs), "words": words},
        "machine": {"python": platform.python_version(), "cpu": platform.machine()},
        "bare_nlp_pipe": {"seconds": round(bare_s, 2), "words_per_s": round(words / bare_s)},
        "kg_extract": {"seconds": round(kg_s, 2), "words_per_s": round(words / kg_s)},
        "ratio": round(bare_s / kg_s, 3),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
