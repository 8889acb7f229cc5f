"""A seeded generator of bad and odd inputs for ``kg ingest``, each with what must happen to it.

    python benchmarks/fuzz_inputs.py N OUT_DIR [--seed S]

Every case is a file, or one line of a ``.jsonl`` file, labelled ``ok`` (it
must be ingested, under ``doc_id``), ``error`` (exactly one ``kg: error:``
line must name ``where``, the file or ``file:LINE``) or ``warn`` (ingested,
and exactly one ``kg: warning:`` line names it: an unreadable date). The classes follow issue 13:
deep or huge JSON, lone surrogates, invalid UTF-8, impossible dates (also in
sidecars and front matter), undefined charsets, texts over the size cap,
FIFOs and devices, invisible-only text, binary data and NUL lines, id
collisions, pathological tokens, endless sentences, big HTML tables,
malformed records, and odd but valid text. Used by ``tests/test_fuzz.py`` (a few hundred inputs)
and ``benchmarks/bench_robustness.py`` (10,000).
"""

from __future__ import annotations

import argparse
import json
import os
import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from kg.ingest.decode import file_id
from kg.ingest.files import MAX_FILE_BYTES
from kg.ingest.readers import MAX_TEXT_CHARS

SENTENCES = [
    "Foreign Minister Maria Lopez visited Lima on Tuesday for talks on trade.",
    "President John Carter met Prime Minister Aiko Tanaka in Tokyo on Monday, officials said.",
    "Amnesty International criticized the government over press freedom in a statement.",
    "Chancellor Lukas Meyer said the talks on energy prices would continue next week.",
]


@dataclass
class Case:
    """One input and its expected outcome."""

    kind: str
    where: str  # relative to the root: "x.txt" or "x.jsonl:2"
    expect: str  # "ok", "warn" or "error"
    doc_id: str | None = None


def article(rng: random.Random, n: int = 3) -> str:
    return " ".join(rng.choice(SENTENCES) for _ in range(n)) + "\n"


class Writer:
    """Writes the inputs of one run under ``root`` and records their cases."""

    def __init__(self, root: Path, rng: random.Random) -> None:
        self.root, self.rng, self.cases = root, rng, []
        root.mkdir(parents=True, exist_ok=True)

    def file(self, name: str, data: bytes | str, kind: str, expect: str, doc_id: str | None = None) -> None:
        path = self.root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
        if expect:
            ok = expect != "error"
            self.cases.append(Case(kind, name, expect, (doc_id or file_id(Path(name).stem)) if ok else None))

    def jsonl(self, name: str, lines: list[tuple[bytes | str, str, str | None]], kind: str) -> None:
        """``lines``: (raw line, expect, doc id); written as one file, one case per line."""
        raw = b"".join((line.encode("utf-8", "surrogatepass") if isinstance(line, str) else line) + b"\n"
                       for line, _, _ in lines)
        (self.root / name).write_bytes(raw)
        for n, (_, expect, doc_id) in enumerate(lines, 1):
            self.cases.append(Case(kind, f"{name}:{n}", expect, doc_id))


def record(text: str, doc_id: str, **extra) -> str:
    return json.dumps({"id": doc_id, "text": text, **extra})


# --- the classes: each writes one or a few inputs for case number i ------------------------


def deep_json(w: Writer, i: int) -> None:
    depth = w.rng.choice([1000, 5000, 100_000])
    w.file(f"deep-{i}.json", "[" * depth + "]" * depth, "deep_json", "error")
    w.jsonl(f"deep-{i}.jsonl", [(record(article(w.rng), f"deep-{i}-ok"), "ok", f"deep-{i}-ok"),
                                ('{"text": ' + "[" * depth + "]" * depth + "}", "error", None)], "deep_json")


def huge_number(w: Writer, i: int) -> None:
    digits = "9" * w.rng.choice([4301, 5000, 20_000])
    w.jsonl(f"bignum-{i}.jsonl", [('{"id": "x", "text": "a b c", "n": ' + digits + "}", "error", None),
                                  (record(article(w.rng), f"bignum-{i}-ok"), "ok", f"bignum-{i}-ok")], "huge_number")


def lone_surrogate(w: Writer, i: int) -> None:
    field = w.rng.choice(["text", "id", "title", "source"])
    rec = {"id": f"sur-{i}", "text": article(w.rng), "title": "T", "source": "S"}
    rec[field] = "\ud800 broken " + rec[field]
    line = json.dumps(rec)  # json escapes the surrogate as \\ud800: a valid JSON line, invalid Unicode
    w.jsonl(f"surrogate-{i}.jsonl", [(line, "error", None)], "lone_surrogate")


def invalid_utf8(w: Writer, i: int) -> None:
    text = article(w.rng).encode()
    cut = w.rng.randrange(1, len(text) - 1)
    bad = text[:cut] + bytes([w.rng.choice([0xFF, 0xC3, 0xE9, 0x80])]) + text[cut:]
    w.file(f"badutf8-{i}.txt", bad, "invalid_utf8", "error")
    w.jsonl(f"badutf8-{i}.jsonl", [(record(article(w.rng), f"badutf8-{i}-ok"), "ok", f"badutf8-{i}-ok"),
                                   (b'{"text": "caf\xe9 ' + bad.replace(b"\n", b" ") + b'"}', "error", None)],
            "invalid_utf8")


def bad_dates(w: Writer, i: int) -> None:
    value = w.rng.choice(["1e30", "NaN", "1e15", "Infinity", "-1e308", '"0001-01-01"', '"99999-01-01"',
                          '"Mon, 01 Jan 99999999999999999999 00:00:00 +0000"'])
    text = f"The minister arrived on Tuesday. {article(w.rng).strip()}"
    line = f'{{"id": "date-{i}", "text": "{text}", "published": {value}}}'
    w.jsonl(f"date-{i}.jsonl", [(line, "warn", f"date-{i}")], "bad_dates")  # ingested, date inferred
    w.file(f"frontmatter-{i}.md", f"---\ntitle: x\ndate: 99999999999999999999-01-0{i % 9 + 1}\n---\n{article(w.rng)}",
           "bad_dates", "warn")


def html_odd(w: Writer, i: int) -> None:
    body = "".join(f"<p>{article(w.rng)}</p>" for _ in range(3))
    w.file(f"offset-{i}.html", f'<html><head><meta property="article:published_time" '
           f'content="2022-05-2{i % 9}T10:00:00+99:99"></head><body><article>{body}</article></body></html>',
           "html_odd", "ok")
    w.file(f"charset-{i}.html", b'<html><head><meta charset="undefined"></head><body><article><p>Caf\xe9 '
           + article(w.rng).encode() + b"</p></article></body></html>", "html_odd", "error")


def too_long(w: Writer, i: int) -> None:
    w.file(f"long-{i}.txt", ("Officials met in Lima on Tuesday. " * (MAX_TEXT_CHARS // 30))[: MAX_TEXT_CHARS + 10],
           "too_long", "error")


def over_file_cap(w: Writer, i: int) -> None:
    path = w.root / f"huge-{i}.txt"
    with path.open("wb") as fh:  # sparse: costs no disk, but is over the cap
        fh.truncate(MAX_FILE_BYTES + 1)
    w.cases.append(Case("over_file_cap", path.name, "error"))


def sidecar(w: Writer, i: int) -> None:
    value = w.rng.choice(['{"published": 1e30}', '{"published": NaN}', "[" * 5000 + "]" * 5000,
                          '{"published": "0001-01-01"}', '{"title": ' + "1" * 5000 + "}"])
    w.file(f"side-{i}.txt", article(w.rng), "sidecar", "")
    w.file(f"side-{i}.meta.json", value, "sidecar", "")
    date_only = "published" in value  # an unreadable date warns; unreadable JSON fails the article
    w.cases.append(Case("sidecar", f"side-{i}.meta.json", "warn" if date_only else "error",
                        f"side-{i}" if date_only else None))


def special_files(w: Writer, i: int) -> None:
    if hasattr(os, "mkfifo"):
        os.mkfifo(w.root / f"fifo-{i}.txt")
        w.cases.append(Case("special_files", f"fifo-{i}.txt", "error"))
    if os.path.exists("/dev/zero"):
        os.symlink("/dev/zero", w.root / f"zero-{i}.txt")
        w.cases.append(Case("special_files", f"zero-{i}.txt", "error"))


def empty_or_invisible(w: Writer, i: int) -> None:
    text = w.rng.choice(["", "   \n\t", "\u200b" * 50, "\u200b\u200c\u200d\u2060\ufeff" * 9, "\u3164\u2800 \u00ad"])
    w.file(f"blank-{i}.txt", text, "empty_or_invisible", "error")


def binary(w: Writer, i: int) -> None:
    w.file(f"bin-{i}.txt", b"\x00\x01" + bytes(w.rng.randrange(256) for _ in range(2048)), "binary", "error")
    w.jsonl(f"nul-{i}.jsonl", [(record(article(w.rng), f"nul-{i}-a"), "ok", f"nul-{i}-a"),
                               (b"\x00" * w.rng.randrange(1, 200), "error", None),
                               (record(article(w.rng), f"nul-{i}-b"), "ok", f"nul-{i}-b")], "binary")


def collisions(w: Writer, i: int) -> None:
    text = article(w.rng)
    w.file(f"report-{i}.md", text, "collisions", "ok")  # sorted first: 'm' < 't'
    w.file(f"report-{i}.txt", text, "collisions", "error")
    w.file(f"Café-{i}.txt", text, "collisions", "ok")
    w.file(f"cafe-{i}.txt", text, "collisions", "ok")
    w.file(f"a {i}.txt", text, "collisions", "ok")
    w.file(f"a-{i}.txt", text, "collisions", "ok")
    w.file(f"n-{i}.json", record(text, f"n-{i}"), "collisions", "ok", doc_id=f"n-{i}")
    w.file(f"n-{i}.txt", text, "collisions", "error")


def pathological_tokens(w: Writer, i: int) -> None:
    run = w.rng.choice(["=", "-", "(", "*", ".", "ab."]) * (20_000 // 2)
    w.file(f"tokens-{i}.txt", article(w.rng) + run + "\n" + article(w.rng), "pathological_tokens", "ok")


def endless_sentence(w: Writer, i: int) -> None:
    run = w.rng.choice(["Blinken said that ", "Antony Blinken, ", "a, ", "Mr. "]) * w.rng.randrange(300, 700)
    w.file(f"endless-{i}.txt", article(w.rng) + run + "Kyiv fell.\n", "endless_sentence", "ok")


def html_table(w: Writer, i: int, rows: int = 400) -> None:
    cells = "".join(f"<tr><td>{r}</td><td>Lima</td><td>{w.rng.choice(SENTENCES)}</td></tr>" for r in range(rows))
    w.file(f"table-{i}.html", f"<html><body><article><p>{article(w.rng)}</p><table>{cells}</table>"
           "</article></body></html>", "html_table", "ok")


def malformed(w: Writer, i: int) -> None:
    bad = w.rng.choice(['{"text": ', "[1, 2]", '{"text": 42}', '{"title": "no text"}', '"just a string"',
                        '{"text": "   "}', '{"text": "ok", "title": {"a": 1}}', '{"text": "x", "id": []}'])
    w.jsonl(f"malformed-{i}.jsonl", [(bad, "error", None),
                                     (record(article(w.rng), f"malformed-{i}-ok"), "ok", f"malformed-{i}-ok")],
            "malformed")


def odd_but_valid(w: Writer, i: int) -> None:
    body = article(w.rng, 2)
    text = w.rng.choice([
        body.replace("\n", "\r\n") * 2,
        "\u202e" + body + " 😀🇺🇳 " + body,
        "\x07\x1b " + body,
        "!!! ??? ... ---\n" + body,
        body.replace(" ", "\u00a0"),
        "x" * 300 + " " + body,
        "http://example.org/" + "a/" * 200 + " " + body,
    ])
    w.file(f"odd-{i}.txt", text, "odd_but_valid", "ok")


CLASSES: dict[str, Callable[[Writer, int], None]] = {
    f.__name__: f for f in (deep_json, huge_number, lone_surrogate, invalid_utf8, bad_dates, html_odd,
                            too_long, over_file_cap, sidecar, special_files, empty_or_invisible, binary,
                            collisions, pathological_tokens, endless_sentence, html_table, malformed,
                            odd_but_valid)
}
EXPENSIVE = {"too_long": 60, "over_file_cap": 200, "pathological_tokens": 10, "endless_sentence": 10,
             "html_table": 10}  # 1 in N


def generate(root: Path, n: int, *, seed: int = 13) -> list[Case]:
    """At least ``n`` cases under ``root``: every class at least once, then cheap ones at random."""
    w = Writer(root, random.Random(seed))
    i = 0
    for make in CLASSES.values():
        make(w, i)
        i += 1
    cheap = [name for name in CLASSES if name not in EXPENSIVE]
    while len(w.cases) < n:
        name = w.rng.choice(list(CLASSES))
        if name in EXPENSIVE and w.rng.randrange(EXPENSIVE[name]):
            name = w.rng.choice(cheap)
        CLASSES[name](w, i)
        i += 1
    return w.cases


def run_ingest(paths: list[Path], store: Path, *, timeout: float, jobs: int = 1) -> tuple[str, bool, float]:
    """``kg ingest PATHS`` through the real CLI in one process: (stderr, timed out, seconds)."""
    import subprocess
    import sys
    import time

    start = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", *map(str, paths), "--store", str(store),
                               "--jobs", str(jobs)], capture_output=True, text=True, timeout=timeout,
                              stdin=subprocess.DEVNULL)
        return proc.stderr, False, time.perf_counter() - start
    except subprocess.TimeoutExpired as exc:
        err = exc.stderr.decode() if isinstance(exc.stderr, bytes) else (exc.stderr or "")
        return err, True, time.perf_counter() - start


def judge(root: Path, cases: list[Case], stderr: str, stored_ids: set[str], good_ids: list[str]) -> dict:
    """Counts of what went wrong: every number but the totals must be 0."""
    named: dict[str, dict[str, int]] = {"error": {}, "warning": {}}
    for line in stderr.splitlines():
        for level, counts in named.items():
            if line.startswith(f"kg: {level}: "):
                where = line[len(f"kg: {level}: "):].split(": ", 1)[0]
                counts[where] = counts.get(where, 0) + 1
    bad = [c for c in cases if c.expect == "error"]
    ok = [c for c in cases if c.expect != "error"]
    warn = [c for c in cases if c.expect == "warn"]
    expected = {f"{root}/{c.where}" for c in bad}
    expected_warnings = {f"{root}/{c.where}" for c in warn}
    return {
        "inputs": len(cases), "good_inputs": len(ok) + len(good_ids), "bad_inputs": len(bad),
        "tracebacks": stderr.count("Traceback"),
        "lost_good": sorted([c.where for c in ok if c.doc_id not in stored_ids]
                            + [d for d in good_ids if d not in stored_ids]),
        "bad_not_reported_once": sorted(c.where for c in bad if named["error"].get(f"{root}/{c.where}") != 1),
        "warned_inputs": len(warn),
        "odd_not_warned_once": sorted(c.where for c in warn if named["warning"].get(f"{root}/{c.where}") != 1),
        "unexpected_errors": sorted(w for w in named["error"] if w not in expected),
        "unexpected_warnings": sorted(w for w in named["warning"] if w not in expected_warnings),
        "classes": sorted({c.kind for c in cases}),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()
    cases = generate(args.out, args.n, seed=args.seed)
    print(json.dumps({"cases": len(cases), "ok": sum(c.expect == "ok" for c in cases)}))


if __name__ == "__main__":
    main()
