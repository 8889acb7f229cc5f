"""A self-contained HTML timeline: `kg export --format html`.

One file with its styles inline and no scripts, fonts or images: it opens
offline, and its Content-Security-Policy forbids loading anything else. Same
order and grouping as `kg timeline` (oldest first, a month before its days,
"Undated" last); each event shows who did what to whom, the quote for
statements, the evidence sentence and its source: the article's title as a
link to its URL (http and https only), outlet and publication date when
known, then document, sentence and offsets. Every piece of text is
HTML-escaped.
"""

from __future__ import annotations

from html import escape
from typing import TextIO

from kg.export.citation import citation_parts, has_metadata, link_url
from kg.export.events_view import Filters, load_events
from kg.export.timeline import _groups, _heading, describe

TYPE_COLOURS = {"visited": "#2ca02c", "met": "#1f77b4", "criticized": "#d62728",
                "stated": "#9467bd"}
OTHER_COLOUR = "#7f7f7f"

STYLE = """
:root { color-scheme: light; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1d1d1f;
       background: #fafafa; margin: 0; }
main, header { max-width: 52rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.5rem; }
h1 { font-size: 1.8rem; margin: 0 0 .25rem; }
.summary { color: #555; margin: 0 0 1rem; }
.legend { list-style: none; padding: 0; margin: 0 0 1.5rem; display: flex; gap: 1rem;
          flex-wrap: wrap; }
.legend li { border: 0; background: none; padding: 0; margin: 0; }
.legend li::before { content: ""; display: inline-block; width: .8em; height: .8em;
                     border-radius: 50%; margin-right: .35em; background: var(--c); }
section { border-left: 3px solid #d0d0d6; margin-left: .5rem; padding: 0 0 .5rem 1.25rem; }
h2 { font-size: 1.15rem; margin: 0; padding-top: 1rem; position: relative; }
h2::before { content: ""; position: absolute; left: -1.78rem; top: 1.35rem; width: .9rem;
             height: .9rem; border-radius: 50%; background: #fff; border: 3px solid #8a8a96; }
ol { list-style: none; padding: 0; margin: .5rem 0; }
li { background: #fff; border: 1px solid #e3e3e8; border-left: 5px solid var(--c);
     border-radius: 6px; padding: .6rem .85rem; margin: 0 0 .6rem; }
.what { margin: 0; font-weight: 600; }
.type { font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em;
        color: var(--c); margin-right: .5em; }
.hedged { font-weight: 400; color: #a15c00; }
blockquote { margin: .4rem 0; padding-left: .75rem; border-left: 3px solid #e3e3e8;
             font-style: italic; }
.evidence { margin: .35rem 0 0; color: #444; font-size: .92rem; }
.source { margin: .25rem 0 0; color: #666; font-size: .8rem; }
code { font-size: .85em; background: #f2f2f5; padding: 0 .25em; border-radius: 3px; }
"""


def _colour(event_type: str) -> str:
    return TYPE_COLOURS.get(event_type, OTHER_COLOUR)


def _event(event: dict) -> str:
    # The quote is shown in full below, the modality as a note: not in the headline too.
    what = escape(describe({**event, "quote": None, "modality": "asserted"}))
    if event["modality"] != "asserted":
        what += f' <span class="hedged">({escape(event["modality"])})</span>'
    if event.get("date") and event.get("date_inferred"):
        what += ' <span class="hedged">(date inferred)</span>'
    parts = [f'<li style="--c: {_colour(event["type"])}">',
             f'<p class="what"><span class="type">{escape(event["type"])}</span>{what}</p>']
    if event.get("quote"):
        parts.append(f"<blockquote>“{escape(event['quote'])}”</blockquote>")
    for src in event["sources"]:
        if src["evidence"]:
            parts.append(f'<p class="evidence">{escape(src["evidence"])}</p>')
        parts.append(
            f'<p class="source">{_cite(src)}<code>{escape(src["document"])}</code> sentence '
            f'{src["sentence"]}, chars {src["start"]}–{src["end"]} · confidence '
            f'{event["confidence"]:g}</p>')
    parts.append("</li>")
    return "".join(parts)


def _cite(source: dict) -> str:
    """'<a href="url">“Title”</a>, Outlet, 2022-05-28 · ' (escaped), or nothing to cite."""
    if not has_metadata(source):
        return ""
    head, rest = citation_parts(source)
    head = escape(head)
    if url := link_url(source):
        head = f'<a href="{escape(url, quote=True)}" rel="noopener noreferrer">{head}</a>'
    elif source.get("url"):
        rest = [*rest, source["url"]]  # not http(s): shown, not linked
    return ", ".join([head, *map(escape, rest)]) + " · "


def render(events: list[dict], title: str = "Timeline") -> str:
    """The whole page as a string."""
    documents = {s["document"] for e in events for s in e["sources"]}
    types = sorted({e["type"] for e in events})
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<meta http-equiv=\"Content-Security-Policy\" "
        "content=\"default-src 'none'; style-src 'unsafe-inline'\">",
        f"<title>{escape(title)}</title>",
        f"<style>{STYLE}</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="summary">{len(events)} events from {len(documents)} documents, '
        "oldest first; a month is listed before its days, undated events last.</p>",
        '<ul class="legend">'
        + "".join(f'<li style="--c: {_colour(t)}">{escape(t)}</li>' for t in types) + "</ul>",
        "</header>",
        "<main>",
    ]
    if not events:
        out.append("<p>No events.</p>")
    for date, group in _groups(events):
        out.append(f"<section>\n<h2>{escape(_heading(date))}</h2>\n<ol>")
        out.extend(_event(e) for e in group)
        out.append("</ol>\n</section>")
    out += ["</main>", "</body>", "</html>", ""]
    return "\n".join(out)


class HtmlTimelineExporter:
    """`kg export --format html`: one offline page, no scripts, every text escaped."""

    def export(self, store, stream: TextIO, filters: Filters) -> None:
        stream.write(render(load_events(store, filters)))
