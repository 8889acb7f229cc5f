"""TimelineJS3 JSON: dates at their precision, groups by relation type, escaped HTML."""

from __future__ import annotations

import io
import json

import pytest

from kg.export import Filters, export
from kg.export.timelinejs import start_date

from . import export_data


@pytest.fixture
def store(memory_store):
    export_data.load(memory_store)
    return memory_store


def timeline(store, filters=Filters()) -> dict:
    out = io.StringIO()
    export(store, "timelinejs", out, filters)
    return json.loads(out.getvalue())


@pytest.mark.parametrize("date, expected", [
    ("2019", {"year": "2019"}),
    ("2022-05", {"year": "2022", "month": "5"}),
    ("2022-05-08", {"year": "2022", "month": "5", "day": "8"}),
])
def test_timelinejs_start_date_keeps_only_the_known_precision(date, expected):
    assert start_date(date) == expected


def test_timelinejs_events_in_order_grouped_by_type(store):
    data = timeline(store)
    events = data["events"]
    assert [e["start_date"] for e in events] == [
        {"year": "2019"}, {"year": "2022", "month": "5"},
        {"year": "2022", "month": "5", "day": "24"}, {"year": "2022", "month": "5", "day": "26"},
        {"year": "2022", "month": "5", "day": "28"}]
    assert [e["group"] for e in events] == ["stated", "visited", "met", "met", "criticized"]
    assert len({e["unique_id"] for e in events}) == len(events)
    assert "1 undated events are not shown" in data["title"]["text"]["text"]


def test_timelinejs_cites_the_source_and_marks_inferred_dates(store):
    events = timeline(store)["events"]
    visit = events[1]
    assert visit["text"]["headline"] == "Michelle Bachelet visited Kashgar"
    assert "doc-a, sentence 0, chars 9–16" in visit["text"]["text"]
    assert 'Example &lt;News&gt;, 2022-05-28' in visit["text"]["text"]
    assert "date inferred" in visit["display_date"]
    assert "display_date" not in events[0]


def test_timelinejs_escapes_text_it_renders_as_html(store):
    stated = timeline(store)["events"][0]
    assert stated["text"]["headline"] == "Acme &lt;UN&gt; &amp; &quot;Co&quot; stated to China"
    assert "<b>" not in stated["text"]["text"]
    assert "&lt;b&gt;all is well&lt;/b&gt;" in stated["text"]["text"]


def test_timelinejs_include_hedged_keeps_undated_out(store):
    data = timeline(store, Filters(include_hedged=True))
    assert len(data["events"]) == 5
    assert "2 undated events are not shown" in data["title"]["text"]["text"]
