"""Score extracted events against a hand-made gold file: how far to trust a graph.

A researcher annotates a sample of their corpus (format in the README,
"Evaluating on your own corpus") and `kg evaluate` tells them precision,
recall and F1 of the graph on it. The scoring is the one of the shared gold
sets' ``score.py``, re-implemented so that both agree figure for figure:

* an event gives tuples: visited -> (agent, place) per place, else (agent,
  target); criticized -> (agent, target); met -> (agent, other), unordered;
  stated -> (agent,). Only the gold's ``scored_relations`` are scored.
* labels map to gold actors by alias, case-insensitively, without a leading
  "the"; failing that, by the longest alias (over 3 characters) that a label
  starts or ends with as whole words ("UN rights chief Michelle Bachelet").
* a required tuple found is a true positive; optional ones neither help nor
  hurt; any other tuple, or one whose actor maps to nothing, is a false
  positive, counted once per distinct tuple (corpus level).
* a matched dated required tuple is dated right when one of its events'
  dates starts with the gold date at least at the gold's precision.
* violations: a ``must_not_be_actors`` name inside any participant label, or a
  ``must_not_assert`` tuple extracted.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kg.errors import MalformedRecordError

__all__ = ["Evaluation", "RelationScore", "Finding", "evaluate", "read_gold", "read_events",
           "store_events", "render"]

RELATIONS = ("visited", "criticized", "met", "stated")
Key = tuple  # (relation, (subject, object)); object None for stated


@dataclass(frozen=True)
class Source:
    """Where an extracted fact comes from: document, sentence index, evidence sentence."""

    document: str
    sentence: int | None
    evidence: str


@dataclass(frozen=True)
class Finding:
    """One fact worth a reader's eye: a miss, a spurious fact, a bad date or a violation.

    ``subject``/``object`` are gold actor keys, or the extracted labels when
    ``resolved`` is false (no gold actor has that name).
    """

    kind: str  # "missed" | "spurious" | "bad date" | "forbidden actor" | "forbidden assertion"
    relation: str
    subject: str
    object: str | None = None
    resolved: bool = True
    count: int = 1
    gold_date: str | None = None
    dates: tuple[str | None, ...] = ()
    documents: str = ""  # the gold's "doc" field for gold facts
    evidence: str = ""  # the gold's evidence, or why
    sources: tuple[Source, ...] = ()


@dataclass(frozen=True)
class RelationScore:
    relation: str
    required: int
    tp: int
    fp: int
    precision: float
    recall: float
    f1: float


@dataclass(frozen=True)
class Evaluation:
    """Corpus-level figures and, for --verbose, every finding behind them."""

    events: int
    tp: int
    fp: int
    fn: int
    unresolved: int
    precision: float
    recall: float
    f1: float
    dated: int
    dates_right: int
    relations: tuple[RelationScore, ...]
    findings: tuple[Finding, ...] = field(default=())

    @property
    def violations(self) -> int:
        return sum(f.kind.startswith("forbidden") for f in self.findings)

    def of(self, kind: str) -> list[Finding]:
        return [f for f in self.findings if f.kind == kind]

    def relation(self, name: str) -> RelationScore:
        return next(r for r in self.relations if r.relation == name)

    def summary(self) -> str:
        """The one-line summary, in the form score.py prints last."""
        return (f"precision={self.precision:.3f} recall={self.recall:.3f} f1={self.f1:.3f} "
                f"date_acc={self.dates_right}/{self.dated} violations={self.violations}")

    def to_dict(self) -> dict:
        out = asdict(self)
        out["violations"] = self.violations
        return out


# --- reading -------------------------------------------------------------------------


def read_gold(path: str | Path) -> dict:
    """A gold file, checked: every tuple names a relation and actors the file defines."""
    try:
        gold = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise MalformedRecordError(f"not a gold JSON file ({exc})", path=str(path)) from None
    check_gold(gold, str(path))
    return gold


def check_gold(gold: dict, path: str | None = None) -> None:
    """Raise MalformedRecordError naming the first problem an annotator must fix."""
    def bad(message: str) -> None:
        raise MalformedRecordError(message, path=path)

    if not isinstance(gold, dict) or not isinstance(gold.get("actors"), dict):
        bad('a gold file is an object with "actors": {key: {"label", "aliases"}}')
    for key, actor in gold["actors"].items():
        if not isinstance(actor, dict) or not isinstance(actor.get("label"), str):
            bad(f'actor {key!r} needs a "label"')
    for section in ("required", "optional", "must_not_assert"):
        for i, t in enumerate(gold.get(section, [])):
            where = f"{section}[{i}]"
            if not isinstance(t, dict) or not t.get("s") or not t.get("r"):
                bad(f'{where}: a tuple needs "s" (actor key) and "r" (relation)')
            if t["r"] != "stated" and not t.get("o"):
                bad(f'{where}: relation {t["r"]!r} needs "o" (actor key)')
            for role in ("s", "o"):
                if t.get(role) is not None and t[role] not in gold["actors"]:
                    bad(f"{where}: unknown actor {t[role]!r}; define it under \"actors\"")


def read_events(path: str | Path) -> list[dict]:
    """Events from a jsonl file as `kg export --format jsonl` writes it."""
    events = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    events.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise MalformedRecordError(f"line {n}: {exc}", path=str(path)) from None
    return events


def store_events(store) -> list[dict]:
    """The store's asserted events, as the jsonl export would give them."""
    from kg.export import Filters, load_events

    return load_events(store, Filters())


# --- matching ------------------------------------------------------------------------


def norm(text: str | None) -> str:
    text = (text or "").strip().lower()
    text = re.sub(r"[\u2018\u2019`]", "'", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text)


class _Actors:
    """Label -> gold actor key; the first actor to claim an alias keeps it."""

    def __init__(self, actors: dict) -> None:
        self.index: dict[str, str] = {}
        for key, actor in actors.items():
            for alias in [*actor.get("aliases", []), actor["label"]]:
                self.index.setdefault(norm(alias), key)

    def resolve(self, label: str | None) -> str | None:
        n = norm(label)
        if n in self.index:
            return self.index[n]
        best: tuple[str, str] | None = None
        for alias, key in self.index.items():
            if len(alias) > 3 and (n.endswith(" " + alias) or n.startswith(alias + " ")):
                if best is None or len(alias) > len(best[0]):
                    best = (alias, key)
        return best[1] if best else None


def tuples_of(event: dict) -> list[tuple[str | None, str, str | None]]:
    """(subject label, relation, object label or None) for each scored pair of an event."""
    rel = (event.get("type") or "").lower()
    parts = event.get("participants") or []
    by_role = {r: [p for p in parts if p.get("role") == r] for r in ("agent", "target", "place")}
    out = []
    for a in by_role["agent"]:
        if rel == "stated":
            out.append((a.get("label"), rel, None))
        elif rel == "visited":
            out += [(a.get("label"), rel, o.get("label")) for o in by_role["place"] or by_role["target"]]
        elif rel in ("criticized", "met"):
            out += [(a.get("label"), rel, o.get("label")) for o in by_role["target"]]
    return out


def key_of(relation: str, s, o) -> Key:
    if relation == "met" and o is not None:
        return (relation, tuple(sorted([s, o])))
    return (relation, (s, o))


def date_ok(gold_date: str, got: Iterable[str | None]) -> bool:
    """A date at the gold's precision or finer that agrees with it."""
    return any(d and str(d).startswith(gold_date) and len(str(d)) >= len(gold_date) for d in got) or \
        any(d == gold_date for d in got)


def _sources(event: dict) -> list[Source]:
    return [Source(str(s.get("document", "")), s.get("sentence"), s.get("evidence") or "")
            for s in event.get("sources") or []]


def _prf(tp: int, fp: int, required: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp or fp else 0.0
    r = tp / required if required else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _add(table: dict, key: Key, sources: list[Source]) -> None:
    known = table.setdefault(key, [])
    known += [s for s in sources if s not in known]


def evaluate(gold: dict, events: list[dict]) -> Evaluation:
    """Score events (jsonl export records) against a gold file's contents."""
    check_gold(gold)
    scored = list(gold.get("scored_relations") or RELATIONS)
    actors = _Actors(gold["actors"])

    def gkey(t: dict) -> Key:
        return key_of(t["r"], t["s"], t.get("o"))

    required = {gkey(t): t for t in gold.get("required", [])}
    optional = {gkey(t) for t in gold.get("optional", [])}
    forbidden = {gkey(t): t for t in gold.get("must_not_assert", [])}

    found: dict[Key, list] = {}  # key -> dates of the events that gave it
    found_sources: dict[Key, list[Source]] = {}
    false_pos: dict[Key, int] = {}
    fp_sources: dict[Key, list[Source]] = {}
    unresolved_keys: set[Key] = set()
    unresolved = 0
    for event in events:
        if (event.get("type") or "").lower() not in scored:
            continue
        for s_label, rel, o_label in tuples_of(event):
            s = actors.resolve(s_label)
            o = actors.resolve(o_label) if o_label is not None else None
            if s is None or (o_label is not None and o is None):
                unresolved += 1
                key = (rel, (s_label, o_label))
                unresolved_keys.add(key)
            else:
                key = key_of(rel, s, o)
                if key in required or key in optional:
                    found.setdefault(key, []).append(event.get("date"))
                    _add(found_sources, key, _sources(event))
                    continue
            false_pos[key] = false_pos.get(key, 0) + 1
            _add(fp_sources, key, _sources(event))

    tp = [k for k in required if k in found]
    fn = [k for k in required if k not in found]
    precision, recall, f1 = _prf(len(tp), len(false_pos), len(required))
    dated = [k for k in tp if required[k].get("date")]
    right = {k for k in dated if date_ok(required[k]["date"], found[k])}

    relations = []  # a required tuple of an unscored relation can only be missed, as in score.py
    for rel in scored + sorted({k[0] for k in required} - set(scored)):
        n_tp = sum(k[0] == rel for k in tp)
        n_fp = sum(k[0] == rel for k in false_pos)
        n_req = sum(k[0] == rel for k in required)
        relations.append(RelationScore(rel, n_req, n_tp, n_fp, *_prf(n_tp, n_fp, n_req)))

    def gold_finding(kind: str, k: Key, t: dict, **extra) -> Finding:
        return Finding(kind, k[0], k[1][0], k[1][1], documents=str(t.get("doc") or ""),
                       evidence=t.get("evidence") or t.get("why") or "", **extra)

    findings = [gold_finding("missed", k, required[k], gold_date=required[k].get("date")) for k in fn]
    findings += [Finding("spurious", k[0], k[1][0], k[1][1], resolved=k not in unresolved_keys,
                         count=n, dates=(), sources=tuple(fp_sources[k])) for k, n in false_pos.items()]
    findings += [gold_finding("bad date", k, required[k], gold_date=required[k]["date"],
                              dates=tuple(found[k]), sources=tuple(found_sources[k]))
                 for k in dated if k not in right]
    findings += _forbidden_actors(gold, events)
    findings += [gold_finding("forbidden assertion", k, t,
                              sources=tuple(found_sources.get(k) or fp_sources.get(k) or ()))
                 for k, t in forbidden.items() if k in found or k in false_pos]
    return Evaluation(len(events), len(tp), len(false_pos), len(fn), unresolved, precision, recall,
                      f1, len(dated), len(right), tuple(relations), tuple(findings))


def _forbidden_actors(gold: dict, events: list[dict]) -> list[Finding]:
    """A name that must not be an actor, found inside any participant's label."""
    out = []
    for name in gold.get("must_not_be_actors", []):
        hits = [(e, p) for e in events for p in e.get("participants") or []
                if norm(name) in norm(p.get("label"))]
        if hits:
            sources = []
            for e, _ in hits:
                sources += [s for s in _sources(e) if s not in sources]
            out.append(Finding("forbidden actor", hits[0][0].get("type") or "", name,
                               hits[0][1].get("label"), count=len(hits), sources=tuple(sources)))
    return out


# --- rendering -----------------------------------------------------------------------

_VERBOSE_ORDER = ("missed", "spurious", "bad date", "forbidden actor", "forbidden assertion")


def render(result: Evaluation, fmt: str = "table", *, verbose: bool = False) -> str:
    """The report as text: ``table`` for people, ``json`` for scripts (findings with --verbose)."""
    if fmt == "json":
        data = result.to_dict()
        if not verbose:
            data.pop("findings")
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = [f"events {result.events}  tp {result.tp}  fp {result.fp}  fn {result.fn}  "
             f"unresolved {result.unresolved}", "",
             f"{'relation':<12}{'required':>9}{'found':>7}{'spurious':>9}{'precision':>10}"
             f"{'recall':>8}{'f1':>7}"]
    rows = [(r.relation, r.required, r.tp, r.fp, r.precision, r.recall, r.f1) for r in result.relations]
    rows.append(("all", result.tp + result.fn, result.tp, result.fp, result.precision, result.recall,
                 result.f1))
    for name, req, tp, fp, p, r, f in rows:
        lines.append(f"{name:<12}{req:>9}{tp:>7}{fp:>9}{p:>10.3f}{r:>8.3f}{f:>7.3f}")
    share = f" ({result.dates_right / result.dated:.3f})" if result.dated else ""
    lines += ["", f"dates: {result.dates_right}/{result.dated} matched dated facts dated right{share}",
              f"violations: {result.violations} (actors {len(result.of('forbidden actor'))}, "
              f"assertions {len(result.of('forbidden assertion'))})"]
    if verbose:
        for kind in _VERBOSE_ORDER:
            items = result.of(kind)
            if items:
                lines += ["", f"{kind} ({len(items)}):"]
                lines += [line for f in items for line in _finding_lines(f)]
    lines += ["", result.summary()]
    return "\n".join(lines) + "\n"


def _finding_lines(f: Finding) -> list[str]:
    who = f.subject if f.resolved else f'"{f.subject}"'
    if f.object is not None:
        obj = f.object if f.resolved else f'"{f.object}"'
        who += f" -> {obj}"
    head = f"  {f.relation:<11}{who}"
    if not f.resolved:
        head += "  (no gold actor)"
    if f.count > 1:
        head += f"  x{f.count}"
    if f.kind == "bad date":
        head += f"  gold {f.gold_date}, got {', '.join(str(d) for d in f.dates)}"
    elif f.gold_date:
        head += f"  [{f.gold_date}]"
    lines = [head]
    if f.documents or f.evidence:
        lines.append(f"      gold {f.documents}: {f.evidence}".rstrip())
    for s in f.sources:
        at = f"{s.document} s{s.sentence}" if s.sentence is not None else s.document
        lines.append(f"      {at}: {' '.join(s.evidence.split())}")
    return lines
