from __future__ import annotations

from kg.extract.quotes import QuoteIndex, find_quotes


def test_quotes_curly_and_straight_pairs_keep_offsets():
    text = 'He said: \u201cWe will not give up on this.\u201d Then "It is over now, truly," she said.'
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["We will not give up on this.", "It is over now, truly,"]
    for q in quotes:
        assert text[q.start:q.end] == q.text


def test_quotes_open_quote_closes_at_paragraph_end():
    text = "\u201cFirst paragraph of a long quote runs on.\n\n\u201cSecond part of it,\u201d he said."
    quotes = find_quotes(text)
    assert quotes[0].text == "First paragraph of a long quote runs on."
    assert len(quotes) == 2


def test_quotes_near_finds_quote_closed_before_verb():
    text = "\u201cThe access was pretty open and transparent,\u201d she said."
    index = QuoteIndex(find_quotes(text))
    verb = text.index("said")
    assert index.near(verb, 0, len(text)).text.startswith("The access")
    assert index.inside(verb) is None
    assert index.inside(5).text.startswith("The access")


def test_quotes_short_scare_quotes_are_ignored():
    assert find_quotes("the so-called \u201ctrainees\u201d had left") == []
