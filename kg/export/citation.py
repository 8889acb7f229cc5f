"""How an export cites a source: title, outlet, publication date and URL, else its document id.

Every document keeps the metadata it was ingested with (``kg:title``,
``kg:sourceName``, ``kg:published``, ``kg:url``); the events view puts them on
each source, and each readable format cites them through these functions, so a
journalist can cite what an event rests on. Where the title is missing the
document id stands in for it; other missing parts are left out.
"""

from __future__ import annotations

from urllib.parse import urlsplit

__all__ = ["CITATION_FIELDS", "citation", "citation_parts", "has_metadata", "link_url"]

#: The metadata of a source, as the jsonl export names them.
CITATION_FIELDS = ("title", "outlet", "url", "published")


def has_metadata(source: dict) -> bool:
    """Whether the source has anything to cite beyond its document id."""
    return any(source.get(field) for field in CITATION_FIELDS)


def citation_parts(source: dict) -> tuple[str, list[str]]:
    """('“Title”' or the document id, [outlet, published date]) — the parts that are known."""
    title = source.get("title")
    head = f"“{' '.join(title.split())}”" if title else source["document"]
    return head, [" ".join(source[k].split()) for k in ("outlet", "published") if source.get(k)]


def citation(source: dict) -> str:
    """'“Title”, Outlet, 2022-05-28, https://…'; the document id when there is no title."""
    head, rest = citation_parts(source)
    return ", ".join([head, *rest, *([source["url"]] if source.get("url") else [])])


def link_url(source: dict) -> str | None:
    """The source's URL if it is safe to link (http or https), else None: never a javascript: link."""
    url = (source.get("url") or "").strip()
    return url if urlsplit(url).scheme.lower() in ("http", "https") else None
