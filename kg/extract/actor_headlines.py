"""Title-case headlines the entity recogniser reads as one name.

"Ruritania Bans Foreign Papers" is tagged as an organisation "Ruritania Bans"
because every word is capitalised and the parser calls the verb a proper noun.
When a country's name is followed inside the span by a capitalised word that
can only be a verb in the third person ("Bans" is also a noun, "Expels" is
not), the span ends before the verb: the country alone is the name. A person's
name runs on into a headline the same way ("Ruritania Greets Novak With Pomp"):
an English preposition written with a capital inside it ends the name.

A web address's slug left on a line of its own ("Jan-Novak-meets-Petr-Dvorak-in-Prague")
is no prose at all: no name in it is anyone's mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract import gazetteer as gz

# A line that is one run of five or more words joined by hyphens: a URL's slug.
SLUG_LINE = re.compile(r"(?m)^[ \t]*[^\s-]+(?:-[^\s-]+){4,}[ \t]*$")


def slug_lines(text: str) -> list[tuple[int, int]]:
    """Character ranges of the lines that are a web address's slug, not prose."""
    return [(m.start(), m.end()) for m in SLUG_LINE.finditer(text)] if "-" in text else []


def in_ranges(ranges: list[tuple[int, int]], char: int) -> bool:
    return any(a <= char < b for a, b in ranges)


# Prepositions a headline capitalises; no person's name has them inside.
HEADLINE_PREPOSITIONS = frozenset({"with", "over", "after", "before", "against", "amid", "into", "from",
                                   "during", "without", "for", "at", "on", "in", "to", "as", "by"})


@lru_cache(maxsize=1)
def _word_classes() -> tuple[frozenset[str], frozenset[str]]:
    """Base forms the model's lemmatizer knows as verbs and as nouns (empty without its tables)."""
    from kg.extract.nlp import load_model

    try:
        index = load_model().get_pipe("lemmatizer").lookups.get_table("lemma_index")
        return frozenset(index["verb"]), frozenset(index["noun"])
    except (KeyError, ValueError, AttributeError):
        return frozenset(), frozenset()


def _stems(word: str) -> list[str]:
    """Base forms a third-person '-s' verb may have ("expels", "pushes", "denies")."""
    out = []
    if word.endswith("ies") and len(word) > 4:
        out.append(word[:-3] + "y")
    if word.endswith("es"):
        out.append(word[:-2])
    if word.endswith("s") and not word.endswith("ss"):
        out.append(word[:-1])
    return out


def only_verb(word: str) -> bool:
    """True for a third-person form whose base is a verb and never a noun ("expels", not "ports")."""
    verbs, nouns = _word_classes()
    low = word.lower()
    return any(s in verbs for s in _stems(low)) and not any(s in nouns for s in _stems(low)) \
        and low not in nouns


def common_word(word: str) -> bool:
    """True for an English noun or verb ("holdings", "brown"), which a rare surname is not."""
    verbs, nouns = _word_classes()
    low = word.lower()
    return low in nouns or low in verbs or any(s in nouns or s in verbs for s in _stems(low))


def before_headline_verb(doc, start: int, end: int, label: str = "") -> int:
    """End of a span cut before a headline's verb that follows a country's name, or, in a
    person's name, before a capitalised preposition ("Novak With Pomp")."""
    for i in range(start + 1, end):
        tok = doc[i]
        if label == "PERSON" and tok.text[:1].isupper() and tok.lower_ in HEADLINE_PREPOSITIONS:
            return i
        if tok.text[:1].isupper() and tok.is_alpha and only_verb(tok.text) \
                and gz.country(doc[start:i].text) is not None:
            return i
    return end
