"""Every readable export cites its sources: title, outlet, URL and date, else the document id."""

from __future__ import annotations

import csv
import io
import json

import pytest

from kg.export import Filters, export
from kg.export.citation import citation, link_url
from kg.export.timelinejs import slide

from . import export_data
from .export_data import OUTLET_A, TITLE_A, URL_A


@pytest.fixture
def store(memory_store):
    export_data.load(memory_store)
    return memory_store


def exported(store, fmt: str) -> str:
    out = io.StringIO()
    export(store, fmt, out, Filters(include_hedged=True))
    return out.getvalue()


def test_export_citation_falls_back_to_the_document_id():
    assert citation({"document": "doc-b"}) == "doc-b"
    assert citation({"document": "d", "title": " A\n title ", "outlet": "O", "published": "2022",
                     "url": "https://x.org/"}) == "“A title”, O, 2022, https://x.org/"
    assert citation({"document": "d", "outlet": "O"}) == "d, O"


@pytest.mark.parametrize("url", ["javascript:alert(1)", "data:text/html,x", "", None, "news.org"])
def test_export_citation_links_only_http(url):
    assert link_url({"document": "d", "url": url}) is None
    assert link_url({"document": "d", "url": "HTTPS://x.org/a"}) == "HTTPS://x.org/a"


def test_export_citation_jsonl_adds_fields_and_keeps_the_scored_ones(store):
    events = [json.loads(line) for line in exported(store, "jsonl").splitlines()]
    for event in events:
        assert {"type", "date", "participants", "sources"} <= set(event)
    sources = {s["document"]: s for e in events for s in e["sources"]}
    a, b = sources["doc-a"], sources["doc-b"]
    assert {"sentence", "start", "end", "evidence"} <= set(a)
    assert (a["title"], a["outlet"], a["url"], a["published"]) == (
        TITLE_A, OUTLET_A, URL_A, "2022-05-28")
    assert a["citation"] == f"“{TITLE_A}”, {OUTLET_A}, 2022-05-28, {URL_A}"
    assert (b["title"], b["outlet"], b["url"], b["published"], b["citation"]) == (
        None, None, None, None, "doc-b")


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_export_citation_csv_columns(store, fmt):
    text = exported(store, fmt)
    rows = list(csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t",
                               quoting=csv.QUOTE_MINIMAL if fmt == "csv" else csv.QUOTE_NONE))
    by_doc = {r["documents"]: r for r in rows}
    a, b = by_doc["doc-a"], by_doc["doc-b"]
    assert (a["titles"], a["outlets"], a["urls"], a["published"]) == (
        TITLE_A, OUTLET_A, URL_A, "2022-05-28")
    assert a["citations"].startswith(f"“{TITLE_A}”")
    assert (b["citations"], b["titles"], b["urls"]) == ("doc-b", "", "")


def test_export_citation_terminal_timeline(store):
    text = exported(store, "timeline")
    assert f"      “{TITLE_A}”, {OUTLET_A}, 2022-05-28, {URL_A}\n" in text
    stated = next(line for line in text.splitlines() if "stated" in line)
    assert stated.endswith("[doc-b]")  # no metadata: cited by its id alone


def test_export_citation_markdown_links_the_title(store):
    text = exported(store, "markdown")
    assert ("[“UN rights chief \"visits\" \\<Xinjiang\\> & meets Wang”]"
            "(<https://news.example.org/2022/05/bachelet?x=1&y=<2%3E>), Example \\<News\\>, "
            "2022-05-28 (`doc-a`, sentence 0, chars 9–16)") in text
    assert "`doc-b` sentence 0" in text


def test_export_citation_html_links_the_title(store):
    html = exported(store, "html")
    assert ('<a href="https://news.example.org/2022/05/bachelet?x=1&amp;y=&lt;2&gt;" '
            'rel="noopener noreferrer">“UN rights chief &quot;visits&quot; &lt;Xinjiang&gt; '
            '&amp; meets Wang”</a>, Example &lt;News&gt;, 2022-05-28 · <code>doc-a</code>') in html
    assert "<p class=\"source\"><code>doc-b</code>" in html


def test_export_citation_timelinejs_links_each_slide(store):
    slides = json.loads(exported(store, "timelinejs"))["events"]
    for s in slides:
        text = s["text"]["text"]
        if "doc-a" in text:
            assert 'href="https://news.example.org/2022/05/bachelet?x=1&amp;y=&lt;2&gt;"' in text
            assert "Example &lt;News&gt;, 2022-05-28" in text
        else:
            assert "Source: doc-b, sentence 0" in text and "href" not in text


def test_export_citation_timelinejs_span_has_end_date():
    event = {"iri": "https://w3id.org/kg-news/id/event/x", "type": "visited", "date": "2022-05",
             "begin": "2022-05-23", "end": "2022-05-28", "participants": [], "quote": None,
             "modality": "asserted", "confidence": 0.8, "date_inferred": False,
             "sources": [{"document": "d", "sentence": 0, "start": 0, "end": 5, "evidence": "e"}]}
    record = slide(event)
    assert record["start_date"] == {"year": "2022", "month": "5", "day": "23"}
    assert record["end_date"] == {"year": "2022", "month": "5", "day": "28"}
    assert "end_date" not in slide({**event, "begin": None, "end": None})
