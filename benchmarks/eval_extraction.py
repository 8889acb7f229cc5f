"""Score extraction against a gold file with ../shared/gold/score.py.

usage: python benchmarks/eval_extraction.py [seeds|meantime|wikinews] [--out EVENTS.jsonl]

Runs the real pipeline (ingest into an in-memory store, export jsonl of
asserted events) and prints score.py's verbose report.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPORA = {
    "seeds": (ROOT / "seeds", SHARED / "gold" / "seeds.json"),
    "meantime": (SHARED / "corpora" / "meantime-dev" / "docs.jsonl",
                 SHARED / "corpora" / "meantime-dev" / "gold.json"),
    "wikinews": (SHARED / "corpora" / "wikinews-dev" / "docs.jsonl",
                 SHARED / "corpora" / "wikinews-dev" / "gold.json"),
}


def events_jsonl(source: Path, out: Path) -> None:
    """Ingest ``source`` into a fresh in-memory store and export its events."""
    sys.path.insert(0, str(ROOT))
    from kg.export import Filters, export
    from kg.store import Store
    from kg.workflow import ingest

    with Store.open(None) as store:
        summary = ingest([str(source)], store)
        if summary.failed:
            raise SystemExit(f"ingest failed: {summary.failed}")
        with out.open("w", encoding="utf-8") as stream:
            export(store, "jsonl", stream, Filters())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", choices=sorted(CORPORA), nargs="?", default="seeds")
    parser.add_argument("--out", type=Path, default=None)
    args = parser.parse_args()
    source, gold = CORPORA[args.corpus]
    if not gold.exists():
        raise SystemExit(f"{gold} not found: ../shared must be beside the clone")
    out = args.out or Path(f"/tmp/kg-{args.corpus}-events.jsonl")
    events_jsonl(source, out)
    subprocess.run([sys.executable, str(SHARED / "gold" / "score.py"), str(gold), str(out),
                    "--verbose"], check=True)


if __name__ == "__main__":
    main()
