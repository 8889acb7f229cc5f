"""Score kg's temporal expressions on MEANTIME (TempEval-3 definitions).

usage: python benchmarks/eval_timex.py [SYSTEM.jsonl]   (default /tmp/timex_sys.jsonl)

Runs kg.extract.dates.find_timexes over ../shared/corpora/meantime-dev/docs.jsonl
with the publication date as anchor, writes the system file, and prints the
output of ../shared/gold/timex_score.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SHARED = Path(__file__).resolve().parents[2] / "shared"
CORPUS = SHARED / "corpora" / "meantime-dev"
SCORER = SHARED / "gold" / "timex_score.py"


def write_system(out: Path, corpus: Path = CORPUS) -> int:
    """Run find_timexes over the corpus and write SYSTEM jsonl; return the timex count."""
    from kg.extract.dates import find_timexes
    from kg.extract.nlp import load_model

    nlp = load_model()
    n = 0
    with open(corpus / "docs.jsonl", encoding="utf-8") as fh, open(out, "w", encoding="utf-8") as sink:
        for line in fh:
            if not line.strip():
                continue
            rec = json.loads(line)
            found = find_timexes(nlp(rec["text"]), rec.get("published"))
            items = [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value} for t in found]
            n += len(items)
            sink.write(json.dumps({"id": rec["id"], "timex": items}) + "\n")
    return n


def score(out: Path, corpus: Path = CORPUS, *extra: str) -> str:
    """The scorer's printed report for a system file."""
    cmd = [sys.executable, str(SCORER), str(corpus / "timex_gold.jsonl"), str(out), *extra]
    return subprocess.run(cmd, capture_output=True, text=True, check=True).stdout


def main(argv: list[str]) -> int:
    if not CORPUS.exists():
        print(f"MEANTIME corpus not found at {CORPUS}", file=sys.stderr)
        return 2
    out = Path(argv[0]) if argv else Path("/tmp/timex_sys.jsonl")
    write_system(out)
    print(score(out, CORPUS, *argv[1:]), end="")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
