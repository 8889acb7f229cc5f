"""The package's modules import one another without circles (issue 14: store <-> remote, actors <-> actor_entities)."""

from __future__ import annotations

import ast
from pathlib import Path

import kg

PACKAGE = Path(kg.__file__).resolve().parent


def _module_names() -> dict[str, Path]:
    names = {}
    for file in PACKAGE.rglob("*.py"):
        parts = ("kg",) + file.relative_to(PACKAGE).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = file
    return names


def _imports(name: str, file: Path, known: set[str]) -> set[str]:
    """The kg modules ``name`` imports anywhere (function-level imports too), its own packages aside.

    A module's parent packages are always loaded before it, so an import of
    one of them closes no circle.
    """
    found = set()
    for node in ast.walk(ast.parse(file.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            targets = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            targets = [a.name for a in node.names]
        else:
            continue
        found.update(t for t in targets if t in known and t != name and not name.startswith(t + "."))
    return found


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    out: list[list[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        for w in sorted(graph[v]):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def test_imports_have_no_circles():
    names = _module_names()
    graph = {name: _imports(name, file, set(names)) for name, file in names.items()}
    assert _cycles(graph) == []


def test_imports_cycle_finder_finds_a_circle():
    assert _cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]
