"""Every registered exporter runs on a small store, writes text and is deterministic."""

from __future__ import annotations

import io

import pytest

from kg.errors import RegistryError
from kg.export import export, graph_formats
from kg.registry import exporters

from . import export_data


@pytest.fixture(scope="module")
def store():
    from kg.store import Store

    with Store.open(None) as store:
        export_data.load(store)
        yield store


@pytest.mark.parametrize("fmt", exporters.names())
def test_export_every_format_writes_the_same_text_twice(store, fmt):
    first, second = io.StringIO(), io.StringIO()
    export(store, fmt, first)
    export(store, fmt, second)
    assert first.getvalue() and first.getvalue() == second.getvalue()


def test_export_graph_formats_take_a_projection():
    assert graph_formats() == ["gexf", "graphml"]


def test_export_unknown_format_lists_the_valid_ones(store):
    with pytest.raises(RegistryError, match="graphml, html, jsonl"):
        export(store, "gephi", io.StringIO())
