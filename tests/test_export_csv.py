"""CSV and TSV: one row per event, the documented columns, values that survive the format."""

from __future__ import annotations

import csv
import io

import pytest

from kg.export import Filters, export
from kg.export.csv import COLUMNS

from . import export_data


@pytest.fixture
def store(memory_store):
    export_data.load(memory_store)
    return memory_store


def text(store, fmt, filters=Filters()) -> str:
    out = io.StringIO()
    export(store, fmt, out, filters)
    return out.getvalue()


def test_csv_rows_read_back_with_the_csv_module(store):
    rows = list(csv.DictReader(io.StringIO(text(store, "csv"))))
    assert tuple(rows[0]) == COLUMNS
    assert [r["date"] for r in rows] == ["2019", "2022-05", "2022-05-24", "2022-05-26",
                                         "2022-05-28", ""]
    stated = rows[0]
    assert stated["agents"] == 'Acme <UN> & "Co"' and stated["targets"] == "China"
    assert stated["quote"] == export_data.QUOTE  # commas, quotes, tabs and newlines kept
    assert (stated["documents"], stated["sentence"], stated["offsets"]) == ("doc-b", "0", "13-17")
    assert rows[1]["places"] == "Kashgar" and rows[1]["date_inferred"] == "true"
    assert {r["modality"] for r in rows} == {"asserted"}


def test_csv_include_hedged_adds_the_planned_visit(store):
    rows = list(csv.DictReader(io.StringIO(text(store, "csv", Filters(include_hedged=True)))))
    assert [r["modality"] for r in rows].count("planned") == 1


def test_csv_tsv_has_one_line_per_event_and_no_stray_tabs(store):
    lines = text(store, "tsv").splitlines()
    assert lines[0].split("\t") == list(COLUMNS)
    assert len(lines) == 7
    for line in lines:
        assert len(line.split("\t")) == len(COLUMNS)
    stated = dict(zip(COLUMNS, lines[1].split("\t")))
    assert stated["quote"] == "<b>all is well</b>, & calm"
