"""Readers: formats, metadata, ids, and one-line errors for bad input."""

from __future__ import annotations

import codecs
import importlib
import io
import json
from pathlib import Path

import pytest

from kg.errors import (
    BinaryInputError,
    DecodeError,
    EmptyInputError,
    InputError,
    MalformedRecordError,
    MetadataWarning,
    MissingPathError,
    NoArticleError,
)
from kg.ingest import SUPPORTED_SUFFIXES, iter_documents, normalise_date, read_path
from kg.ingest.decode import slug
from kg.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
ARTICLE = "Officials met in Geneva on Tuesday to discuss the ceasefire, a spokesman said.\n"

HTML = """<!doctype html><html><head><title>Talks end | Example News</title>
<meta property="og:title" content="Ceasefire talks end">
<meta property="og:url" content="https://example.com/talks">
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2022-05-28T18:30:00+08:00">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Ceasefire talks end</h1>
<p>Officials met in Geneva on Tuesday to discuss the ceasefire, a spokesman for the ministry said.</p>
<p>Sign up for our free daily newsletter</p>
<p>The talks will resume next month in Vienna, according to a joint statement issued by both sides.</p>
</article></body></html>"""


def write(tmp_path: Path, name: str, content: str | bytes) -> str:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        content = content.encode("utf-8")
    path.write_bytes(content)
    return str(path)


def only(path: str) -> Document:
    (doc,) = read_path(path)
    return doc


# --- formats -----------------------------------------------------------------


def test_ingest_readers_public_api_is_complete() -> None:
    package = importlib.import_module("kg.ingest")  # the attribute kg.ingest is the API function
    defined = {
        name for name, value in vars(package).items()
        if not name.startswith("_") and getattr(value, "__module__", None) == "kg.ingest"
    }
    assert defined <= set(package.__all__)
    assert {"iter_documents", "read_path", "find_boilerplate", "SUPPORTED_SUFFIXES"} <= set(
        package.__all__
    )
    assert all(hasattr(package, name) for name in package.__all__)


def test_ingest_readers_supported_suffixes() -> None:
    assert {".txt", ".md", ".html", ".htm", ".json", ".jsonl"} <= set(SUPPORTED_SUFFIXES)


def test_ingest_readers_txt_seed() -> None:
    path = SEEDS / "000_d65b20c59fc33eb3.txt"
    doc = only(str(path))
    assert doc.id == "000_d65b20c59fc33eb3"
    assert doc.path == str(path)
    assert doc.text == path.read_bytes().decode("utf-8")
    assert len(doc.content_hash) == 64
    assert doc.removed  # boilerplate is recorded, not cut
    assert (doc.title, doc.published, doc.url, doc.source) == (None, None, None, None)


def test_ingest_readers_txt_keeps_newlines_and_drops_bom(tmp_path: Path) -> None:
    text = "Headline\r\n\r\n" + ARTICLE.replace("\n", "\r\n")
    doc = only(write(tmp_path, "a.txt", codecs.BOM_UTF8 + text.encode("utf-8")))
    assert doc.text == text


def test_ingest_readers_utf16_with_bom(tmp_path: Path) -> None:
    doc = only(write(tmp_path, "a.txt", ARTICLE.encode("utf-16")))
    assert doc.text == ARTICLE


def test_ingest_readers_markdown_front_matter(tmp_path: Path) -> None:
    body = "# Ceasefire talks\n\n" + ARTICLE
    front = (
        "---\ntitle: \"Talks in Geneva\"\npublished: 2022-05-28T10:00:00Z\n"
        "url: https://example.com/a\nsource: Example News\ntags:\n  - peace\n---\n"
    )
    doc = only(write(tmp_path, "talks.md", front + body))
    assert doc.text == body
    assert (doc.title, doc.published, doc.url, doc.source) == (
        "Talks in Geneva", "2022-05-28", "https://example.com/a", "Example News",
    )


def test_ingest_readers_markdown_title_from_heading_and_date_key(tmp_path: Path) -> None:
    doc = only(write(tmp_path, "b.md", "---\ndate: May 28, 2022\n---\n# Ceasefire talks\n" + ARTICLE))
    assert (doc.title, doc.published) == ("Ceasefire talks", "2022-05-28")


def test_ingest_readers_markdown_without_front_matter(tmp_path: Path) -> None:
    assert only(write(tmp_path, "c.md", ARTICLE)).text == ARTICLE


def test_ingest_readers_html(tmp_path: Path) -> None:
    doc = only(write(tmp_path, "page.html", HTML))
    assert doc.id == "page"
    assert (doc.title, doc.published, doc.url, doc.source) == (
        "Ceasefire talks end", "2022-05-28", "https://example.com/talks", "Example News",
    )
    assert "Officials met in Geneva" in doc.text and "<p>" not in doc.text
    start = doc.text.index("Sign up")
    assert doc.is_removed(start, start + 7)


@pytest.mark.parametrize(
    "html",
    [
        "<html><body><nav><a href='/'>Home</a></nav></body></html>",
        "<html><head><title>x</title></head><body></body></html>",
    ],
)
def test_ingest_readers_html_without_article(tmp_path: Path, html: str) -> None:
    with pytest.raises(NoArticleError, match="empty.html"):
        read_path(write(tmp_path, "empty.html", html))


def test_ingest_readers_json_record_and_list(tmp_path: Path) -> None:
    record = {"id": "r1", "title": "T", "text": ARTICLE, "published": "2022-05-28", "source": "S"}
    doc = only(write(tmp_path, "one.json", json.dumps(record)))
    assert (doc.id, doc.title, doc.text, doc.published, doc.source) == (
        "r1", "T", ARTICLE, "2022-05-28", "S",
    )
    records = [{"text": ARTICLE}, {"text": "Other text."}]
    docs = read_path(write(tmp_path, "many.json", json.dumps(records)))
    assert [d.id for d in docs] == ["many-1", "many-2"]


def test_ingest_readers_jsonl_bad_line_does_not_stop_the_rest(tmp_path: Path) -> None:
    lines = [json.dumps({"text": ARTICLE}), "{not json", "", json.dumps({"id": "x", "text": "More."})]
    path = write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    items = list(iter_documents([path]))
    assert [type(i).__name__ for i in items] == ["Document", "MalformedRecordError", "Document"]
    assert items[0].id == "feed-1" and items[2].id == "x"
    assert str(items[1]).startswith(f"{path}:2: invalid JSON")
    with pytest.raises(MalformedRecordError):
        read_path(path)


@pytest.mark.parametrize(
    ("line", "error"),
    [
        ('{"title": "no text"}', EmptyInputError),
        ('{"text": "   "}', EmptyInputError),
        ('{"text": 42}', MalformedRecordError),
        ('["a", "list"]', MalformedRecordError),
    ],
)
def test_ingest_readers_bad_record(tmp_path: Path, line: str, error: type[InputError]) -> None:
    path = write(tmp_path, "r.jsonl", line + "\n")
    (item,) = iter_documents([path])
    assert isinstance(item, error)
    assert str(item).startswith(f"{path}:1: ") and "\n" not in str(item)


def test_ingest_readers_bad_date_warns_naming_file_and_field(tmp_path: Path) -> None:
    path = write(tmp_path, "d.md", "---\npublished: someday\n---\n" + ARTICLE)
    with pytest.warns(MetadataWarning, match=r"d\.md: field 'published'.*inferred from the text"):
        doc = only(path)
    assert doc.published is None and doc.text.strip()


def test_ingest_readers_bad_record_date_still_ingests(tmp_path: Path) -> None:
    record = {"text": "ok", "published": "03-02-2009"}  # day or month first: ambiguous
    path = write(tmp_path, "r.jsonl", json.dumps(record) + "\n")
    with pytest.warns(MetadataWarning, match=r"r\.jsonl:1: field 'published'.*03-02-2009"):
        (item,) = iter_documents([path])
    assert isinstance(item, Document) and item.published is None


@pytest.mark.parametrize("name", ["a.meta.json", "a.txt.meta.json"])
def test_ingest_readers_sidecar(tmp_path: Path, name: str) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, name, json.dumps({"title": "T", "date": "28 May 2022", "url": "u"}))
    doc = only(path)
    assert (doc.id, doc.title, doc.published, doc.url) == ("a", "T", "2022-05-28", "u")


def test_ingest_readers_stdin_json_lines() -> None:
    stdin = io.StringIO(json.dumps({"text": ARTICLE}) + "\nnot json\n")
    items = list(iter_documents(["-"], stdin=stdin))
    assert items[0].id == "stdin-1" and items[0].path == "-"
    assert isinstance(items[1], MalformedRecordError) and str(items[1]).startswith("<stdin>:2:")


# --- folders, ids, hashes ----------------------------------------------------


def test_ingest_readers_folder_walk(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", ARTICLE)
    write(tmp_path, "a.md", ARTICLE)
    write(tmp_path, "sub/c.txt", ARTICLE)
    write(tmp_path, "a.meta.json", json.dumps({"title": "A"}))
    write(tmp_path, ".hidden.txt", ARTICLE)
    write(tmp_path, ".git/d.txt", ARTICLE)
    write(tmp_path, "notes.docx", b"PK\x03\x04")
    docs = read_path(str(tmp_path))
    assert [d.id for d in docs] == ["a", "b", "c"]
    assert docs[0].title == "A"


def test_ingest_readers_explicit_unknown_suffix_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.docx", b"PK\x03\x04")
    (err,) = iter_documents([path])
    assert type(err) is InputError and "unsupported file type '.docx'" in str(err)


def test_ingest_readers_missing_path() -> None:
    (err,) = iter_documents(["/no/such/file.txt"])
    assert isinstance(err, MissingPathError) and str(err).startswith("/no/such/file.txt: ")


def test_ingest_readers_id_stable_hash_follows_content(tmp_path: Path) -> None:
    path = write(tmp_path, "Story 1.txt", ARTICLE)
    first, again = only(path), only(path)
    assert first.id == again.id == "story-1-512824e7" and first.content_hash == again.content_hash
    write(tmp_path, "Story 1.txt", ARTICLE + "More.\n")
    changed = only(path)
    assert changed.id == first.id and changed.content_hash != first.content_hash


@pytest.mark.parametrize(
    ("name", "expected"),
    [("000_d65b20c59fc33eb3", "000_d65b20c59fc33eb3"), ("Café Story", "cafe-story"), ("A.B", "a-b")],
)
def test_ingest_readers_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


# --- bad files -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "error"),
    [
        (b"", EmptyInputError),
        (b"  \n\t\n", EmptyInputError),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", BinaryInputError),
        (bytes(range(1, 32)) * 10, BinaryInputError),
        ("caf\xe9 au lait, said the minister.".encode("latin-1"), DecodeError),
    ],
)
def test_ingest_readers_bad_file(tmp_path: Path, content: bytes, error: type[InputError]) -> None:
    path = write(tmp_path, "bad.txt", content)
    (item,) = iter_documents([path])
    assert isinstance(item, error)
    assert str(item).startswith(f"{path}: ") and "\n" not in str(item)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-05-28", "2022-05-28"),
        ("2022-05-28T23:30:00-05:00", "2022-05-28"),
        ("2022-05-28 10:00", "2022-05-28"),
        ("2022/05/28", "2022-05-28"),
        ("20220528", "2022-05-28"),
        ("May 28, 2022", "2022-05-28"),
        ("Sat, May 28, 2022 10:00 AM", "2022-05-28"),
        ("28 May 2022", "2022-05-28"),
        ("28th Sept. 2022", "2022-09-28"),
        ("Sat, 28 May 2022 10:00:00 +0000", "2022-05-28"),
        ("28/05/2022", "2022-05-28"),
        ("05/28/2022", "2022-05-28"),
        (1653696000, "2022-05-28"),
        ("", None),
        (None, None),
    ],
)
def test_ingest_readers_normalise_date(value: object, expected: str | None) -> None:
    assert normalise_date(value, where="x") == expected


@pytest.mark.parametrize("value", ["03/04/2022", "2022-02-30", "someday", True, [2022]])
def test_ingest_readers_normalise_date_refuses(value: object) -> None:
    with pytest.raises(MalformedRecordError, match="x: field 'published'"):
        normalise_date(value, where="x")


def test_ingest_readers_html_declared_charset(tmp_path: Path) -> None:
    html = HTML.replace("<head>", '<head><meta charset="windows-1252">').replace("Geneva", "Genève")
    doc = only(write(tmp_path, "legacy.htm", html.encode("cp1252")))
    assert "Genève" in doc.text


def test_ingest_readers_bad_sidecar_names_the_sidecar(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    sidecar = write(tmp_path, "a.meta.json", "{broken")
    with pytest.raises(MalformedRecordError, match=f"^{sidecar}: invalid sidecar JSON"):
        read_path(path)


def test_ingest_readers_json_file_holding_json_lines(tmp_path: Path) -> None:
    lines = json.dumps({"text": ARTICLE}) + "\n" + json.dumps({"text": "Second."}) + "\n"
    assert [d.id for d in read_path(write(tmp_path, "lines.json", lines))] == ["lines-1", "lines-2"]
