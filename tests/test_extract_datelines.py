"""Datelines: where a wire story was filed (kg.extract.datelines)."""

from __future__ import annotations

import pytest

from kg.extract.datelines import dateline_country, dateline_matches, region_of


@pytest.mark.parametrize(
    ("text", "place", "region", "iso"),
    [
        ("Headline\n\nNAIROBI, Kenya (AP) - Rain fell.", "NAIROBI", "Kenya", "KE"),
        ("OTTAWA, May 4 (Reuters) -- The vote was close.", "OTTAWA", "", "CA"),
        # the day before the month, with the year
        ("Headline\n\nHANOI, 12 March 2001 — The talks ended.", "HANOI", "", "VN"),
        # a colon after the date
        ("Headline\n\nDHAKA, Feb 3: The strike spread.", "DHAKA", "", "BD"),
        ("Headline\n\nLIMA, AUGUST 9: Prices rose.", "LIMA", "", "PE"),
        # the country in brackets after the city
        ("Headline\n\nDOHA (Qatar), 4 May 2010: The emir spoke.", "DOHA", "Qatar", "QA"),
        # the city in brackets after the date
        ("Headline\n\nMay 2, 2008 (NAIROBI) — Talks resumed.", "NAIROBI", "", "KE"),
        ("Headline\n\nJune 3, 2009 (KAMPALA, Uganda) — Talks resumed.", "KAMPALA", "Uganda", "UG"),
        ("Headline\n\n(Yerevan. March 4. Arminfo) – The talks resumed.", "Yerevan", "", "AM"),
        # an agency in braces
        ("Headline\n\nCUZCO, Peru {AP} — The rains stopped.", "CUZCO", "Peru", "PE"),
        # a line of its own: a place with a date or a short name
        ("Headline\n\nHANOI, March 12, 2001\n\nThe talks ended.", "HANOI", "", "VN"),
        ("Headline\n\nXinhua, Hanoi\n\nThe talks ended.", "Hanoi", "", "VN"),
        # no date: a city in capitals and a colon, or an em dash glued to the story
        ("Headline\n\nLUSAKA, Zambia: The minister arrived here.", "LUSAKA", "Zambia", "ZM"),
        ("Headline\n\nNAIROBI: The minister arrived here.", "NAIROBI", "", "KE"),
        ("Headline\n\nAmman, Gulf Daily\u2014The minister arrived.", "Amman", "", "JO"),
        ("Headline\n\nOTTAWA\u2014The minister arrived.", "OTTAWA", "", "CA"),
        # two agencies in the brackets, the dash touching the story
        ("Headline\n\nACCRA (AFP\u2013GNA)\u2013Ghanaian President Kofi Owusu spoke.", "ACCRA", "", "GH"),
        ("Headline\n\nQUITO (EFE)-The minister arrived.", "QUITO", "", "EC"),
        # a full stop before the dash, as in Spanish-language wires
        ("Headline\n\nQUITO.- The minister arrived.", "QUITO", "", "EC"),
    ],
)
def test_datelines_forms(text, place, region, iso):
    match, _ = next(dateline_matches(text))
    assert match.group("place") == place
    assert region_of(match) in (region, region + ",")
    assert dateline_country(text) == iso


@pytest.mark.parametrize(
    "text",
    [
        "Smith - who had resigned - spoke.",
        # a byline, a source or a headline is no dateline
        "Headline\n\nBy Jane Smith\n\nThe talks ended.",
        "Headline\n\nSource: Xinhua\n\nThe talks ended.",
        "Headline\n\nAssociated Press, March 2001\n\nThe talks ended.",
        "Hanoi, Vientiane\n\nThe talks ended.",
        # a sentence is no dateline: the place must stand alone on its line
        "Headline\n\nHanoi, the capital, was calm.\n\nThe talks ended.",
        # a capitalised label with a colon, or a name glued to a dash, is no place
        "Headline\n\nUPDATE: The talks ended.",
        "Headline\n\nJones\u2014The talks ended.",
        # a hyphen inside a word after a bracket is no dateline dash
        "Headline\n\nThe Party (PDP)-Led coalition won.",
    ],
)
def test_datelines_not_invented(text):
    assert dateline_country(text) is None
