"""The HTML timeline: self-contained, escaped, in timeline order, and it renders in Chromium."""

from __future__ import annotations

import io
import re
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from kg.export import Filters, export

from . import export_data

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def store(memory_store):
    export_data.load(memory_store)
    return memory_store


def page(store, filters=Filters()) -> str:
    out = io.StringIO()
    export(store, "html", out, filters)
    return out.getvalue()


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.headings: list[str] = []
        self.text: list[str] = []
        self._h2 = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._h2 = tag == "h2"

    def handle_data(self, data):
        self.text.append(data)
        if self._h2:
            self.headings.append(data)
            self._h2 = False


def test_html_is_self_contained(store):
    html = page(store)
    parsed = Collector()
    parsed.feed(html)
    tags = {tag for tag, _ in parsed.tags}
    assert not tags & {"script", "link", "img", "iframe", "object", "embed"}
    assert not [a for _, a in parsed.tags if "src" in a]
    # links to the cited articles are the only hrefs: followed on a click, never loaded
    links = [(tag, a["href"]) for tag, a in parsed.tags if "href" in a]
    assert links and all(tag == "a" and href.startswith("https://") for tag, href in links)
    assert not re.search(r"url\(|@import|https?://(?!w3id)", html.split("</style>")[0])
    assert "default-src 'none'" in html


def test_html_escapes_every_text(store):
    html = page(store)
    assert "<b>" not in html and "<UN>" not in html
    assert "Acme &lt;UN&gt; &amp; &quot;Co&quot;" in html
    parsed = Collector()
    parsed.feed(html)
    assert any("<b>all is well</b>" in t for t in parsed.text)  # shown as text, not markup


def test_html_follows_the_timeline_order(store):
    parsed = Collector()
    parsed.feed(page(store, Filters(include_hedged=True)))
    assert parsed.headings == ["2019", "2022-05", "2022-05-24", "2022-05-26", "2022-05-28",
                               "Undated"]
    assert "(planned)" in "".join(parsed.text)


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium (make ci-deps)")
def test_html_renders_in_headless_chromium(store, tmp_path):
    path = tmp_path / "timeline.html"
    path.write_text(page(store), encoding="utf-8")
    shot = tmp_path / "timeline.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
         "--no-first-run", "--disable-background-networking", "--disable-component-update",
         "--disable-sync", f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
         "--window-size=1200,2000", path.as_uri()],
        check=True, capture_output=True, timeout=120)
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert int.from_bytes(data[16:20], "big") == 1200  # IHDR width
    assert len(data) > 20_000  # a rendered page, not a blank one
