"""Boilerplate spans: inline texts for each kind, and the seed articles."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kg.ingest import find_boilerplate, read_path
from kg.model import Document

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

BODY = (
    "The foreign minister met his counterpart in Geneva on Tuesday to discuss the ceasefire.\n\n"
    "Officials said the talks would continue next week, according to a statement.\n\n"
)


def removed_text(text: str) -> str:
    return "\n".join(text[s.start : s.end] for s in find_boilerplate(text))


def kept_text(text: str) -> str:
    doc = Document(id="t", text=text, removed=find_boilerplate(text))
    return "".join(ch for i, ch in enumerate(text) if not doc.is_removed(i, i + 1))


@pytest.mark.parametrize(
    ("text", "gone", "reason"),
    [
        ("Skip to main content\n\n" + BODY, "Skip to main content", "navigation"),
        ("Hi, what are you looking for?\n\n" + BODY, "Hi, what are you looking for?", "navigation"),
        ("Connect with us\n" + BODY, "Connect with us", "navigation"),
        ("Home | World | Asia | Politics\n" + BODY, "Home | World | Asia | Politics", "navigation"),
        ("Home\nWorld\nAsia Pacific\n" + BODY, "Home\nWorld\nAsia Pacific", "navigation"),
        (BODY + "Back to top button", "Back to top button", "navigation"),
        ("Top Stories\n\n" + BODY, "Top Stories", "navigation"),
        ("Opinion\n\n" + BODY, "Opinion", "section-label"),
        (BODY + "Share this article\n\n" + BODY, "Share this article", "social"),
        (BODY + "ADVERTISEMENT\n\n" + BODY, "ADVERTISEMENT", "advertisement"),
        (
            BODY + "Sign up for Morning Brief, our free daily newsletter, every weekday\n\n" + BODY,
            "Sign up for Morning Brief, our free daily newsletter, every weekday",
            "sign-up",
        ),
        (
            BODY + "Get the latest headlines delivered to your inbox.\n\n" + BODY,
            "Get the latest headlines delivered to your inbox.",
            "sign-up",
        ),
        (BODY + "Click to comment\n\nLeave a Reply", "Click to comment\n\nLeave a Reply", "comments"),
        (
            BODY + "Your email address will not be published. Required fields are marked *",
            "Your email address will not be published. Required fields are marked *",
            "comments",
        ),
        (BODY + "12 Comments\n", "12 Comments", "comments"),
        (
            BODY + "The views expressed in this article are the author's own and do not "
            "necessarily reflect the editorial policy of this site.",
            "The views expressed in this article are the author's own",
            "disclaimer",
        ),
        (
            BODY + "(This story has not been edited by our staff and is auto-generated from a "
            "syndicated feed.)",
            "(This story has not been edited by our staff",
            "disclaimer",
        ),
        (
            BODY + "This article was machine translated and published automatically.",
            "This article was machine translated",
            "disclaimer",
        ),
        (BODY + "(Reporting by Jane Roe; Editing by John Doe)", "(Reporting by Jane Roe", "credits"),
        (BODY + "© 2022 Example Media. All rights reserved.", "© 2022 Example Media.", "copyright"),
        (
            BODY + "READ MORE: Why the ceasefire talks stalled\n\n" + BODY,
            "READ MORE: Why the ceasefire talks stalled",
            "teasers",
        ),
        (
            BODY + "Related Articles\n\nCeasefire holds in the north\n\nMinisters meet again",
            "Related Articles\n\nCeasefire holds in the north\n\nMinisters meet again",
            "teasers",
        ),
        (
            BODY + "More from Example News\nFarmers protest new tariffs in the capital as prices "
            "rise and the government...\nA new study finds that city air has improved over the...",
            "More from Example News",
            "teasers",
        ),
        (
            BODY + "Farmers protest new tariffs in the capital as prices rise and the government...\n"
            "Economy\nA new study finds that city air has improved over the last decade, but...",
            "Farmers protest new tariffs in the capital as prices rise",
            "teasers",
        ),
    ],
)
def test_boilerplate_recognises_kind(text: str, gone: str, reason: str) -> None:
    doc = Document(id="t", text=text, removed=find_boilerplate(text))
    at = text.index(gone)
    assert covered(doc, at, at + len(gone)), f"{gone!r} not removed; spans: {doc.removed}"
    assert [s.reason for s in doc.removed if s.start <= at < s.end] == [reason]
    assert "foreign minister met his counterpart" in kept_text(text)


@pytest.mark.parametrize(
    "text",
    [
        # a headline at the top is content
        "UN rights chief wraps up China trip without visiting detention camps\n\n" + BODY,
        # a byline and dateline are content
        "By Jane Roe\nMay 28, 2022\nBEIJING\n" + BODY,
        # a tweet attribution inside the article
        BODY + "— Global Times (@globaltimesnews) May 28, 2022\n\n" + BODY,
        # a sentence about newsletters, in quotes, is reporting
        BODY + "“Sign up for our newsletter,” the campaign urged voters in an email.\n\n" + BODY,
        # an article that ends on a sentence that looks like a disclaimer or a credit
        BODY + "The figures do not reflect the full picture, the minister said.",
        BODY + "Reporting by the BBC found that the talks had stalled in March.",
        # a headline that contains disclaimer words
        "Trade figures do not necessarily reflect recovery, economists warn\n\n" + BODY,
        # sentences that start like sign-up prompts
        BODY + "Registered voters will receive daily updates by email, the commission said.",
        BODY + "Joined by the minister, she told reporters the free vote was a daily struggle.",
        # an ellipsis inside a quote does not make a teaser run
        BODY + "“We could meet some people … but not everyone,” she said.",
        # the word "related" inside a sentence
        BODY + "Related talks are planned for June, officials said.",
        # a mid-article subheading followed by more article text
        "Related talks\n\n" + BODY + BODY + BODY,
    ],
)
def test_boilerplate_keeps_content(text: str) -> None:
    assert find_boilerplate(text) == ()


def test_boilerplate_teaser_heading_mid_article_keeps_the_rest() -> None:
    text = "Headline of the story\n\n" + BODY + "Related\n\n" + BODY * 3
    assert removed_text(text) == "Related"


def test_boilerplate_audio_prompt_prefix_only() -> None:
    text = "Listen to this article ROME — The prime minister resigned on Thursday after a vote."
    (span,) = find_boilerplate(text)
    assert text[span.start : span.end] == "Listen to this article"
    assert span.reason == "audio-prompt"


@pytest.mark.parametrize("text", ["", "\n\n", "Just one line."])
def test_boilerplate_trivial_inputs(text: str) -> None:
    assert find_boilerplate(text) == ()


def test_boilerplate_spans_are_sorted_disjoint_and_trimmed() -> None:
    text = "  Skip to content  \r\n\r\n" + BODY + "Leave a Reply\r\nBack to top\r\n"
    spans = find_boilerplate(text)
    assert [text[s.start : s.end] for s in spans] == ["Skip to content", "Leave a Reply", "Back to top"]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:]))


# --- the seed articles ------------------------------------------------------


def seed(prefix: str) -> Document:
    (path,) = SEEDS.glob(f"{prefix}_*.txt")
    (doc,) = read_path(str(path))
    return doc


def covered(doc: Document, start: int, end: int) -> bool:
    """Every non-space character of [start, end) lies in a removed span."""
    return all(doc.is_removed(i, i + 1) for i in range(start, end) if not doc.text[i].isspace())


def test_boilerplate_seed_002_tail_removed_article_kept() -> None:
    doc = seed("002")
    tail = doc.text.index("You May Also Like")
    assert covered(doc, tail, len(doc.text))
    assert covered(doc, 0, doc.text.index("Hi, what are you looking for?") + 29)
    headline = doc.text.index("UN’s Bachelet wraps up")
    for para in doc.text[headline:tail].split("\n\n"):
        if para.strip() and para.strip() not in {"Click to comment", "Leave a Reply"}:
            if not para.startswith("Your email address"):
                start = doc.text.index(para)
                assert not doc.is_removed(start, start + len(para)), para


def test_boilerplate_seed_000_sign_up_and_disclaimer_removed() -> None:
    doc = seed("000")
    signup = doc.text.index("Sign up for")
    assert covered(doc, signup, doc.text.index("\n", signup))
    disclaimer = doc.text.index("Not all news on the site")
    assert covered(doc, disclaimer, len(doc.text))
    tweet = doc.text.index("— Global Times")
    assert not doc.is_removed(tweet, tweet + 10)


def test_boilerplate_seed_003_tail_removed() -> None:
    doc = seed("003")
    assert covered(doc, doc.text.index("Related Articles"), len(doc.text))
    assert covered(doc, 0, len("Top Stories"))
    for kept in ("U.N. human rights chief visits PRC", "The Associated Press"):
        at = doc.text.index(kept)
        assert not doc.is_removed(at, at + len(kept))


@pytest.mark.parametrize("prefix", ["000", "002", "003"])
def test_boilerplate_seed_never_removes_bachelet(prefix: str) -> None:
    doc = seed(prefix)
    for m in re.finditer(r"[^.!?\n]*Bachelet[^.!?\n]*", doc.text):
        assert not doc.is_removed(m.start(), m.end()), m.group()


def test_boilerplate_clean_wikinews_texts_have_none(shared: Path) -> None:
    corpus = shared / "corpora" / "meantime-dev" / "docs.jsonl"
    if not corpus.exists():
        pytest.skip("meantime-dev corpus not in ../shared")
    texts = [json.loads(line)["text"] for line in corpus.read_text(encoding="utf-8").splitlines()]
    assert [t[:40] for t in texts if find_boilerplate(t)] == []
