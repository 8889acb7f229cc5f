"""Extraction speed: words/s of kg's extractor against bare `nlp.pipe` of the same model.

usage: python benchmarks/bench_extraction.py [--repeat N]

Both runs parse the same texts in the same process (the seeds plus, where
../shared is present, the 60 MEANTIME articles), repeated N times. The ratio
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    docs = corpus(args.repeat)
    words = sum(len(d.text.split()) for d in docs)

    bare = spacy.load(load_model().meta["lang"] + "_" + load_model().meta["name"])
    list(bare.pipe(d.text for d in docs[:5]))  # warm up
    start = time.perf_counter()
    for _ in bare.pipe((d.text for d in docs), batch_size=16):
        pass
    bare_s = time.perf_counter() - start

    extractor = RuleExtractor()
    list(extractor.extract(docs[:5]))  # warm up (loads the gazetteer)
    start = time.perf_counter()
    events = sum(len(ex.events) for ex in extractor.extract(docs))
    kg_s = time.perf_counter() - start

    result = {
        "corpus": {"documents": len(docs), "words": words},
        "machine": {"python": platform.python_version(), "cpu": platform.machine()},
        "bare_nlp_pipe": {"seconds": round(bare_s, 2), "words_per_s": round(words / bare_s)},
        "kg_extract": {"seconds": round(kg_s, 2), "words_per_s": round(words / kg_s),
                       "events": events},
        "ratio": round(bare_s / kg_s, 3),
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
