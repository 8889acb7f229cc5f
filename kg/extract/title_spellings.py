"""Titles the press spells otherwise than a person's title: "the Ethiopian PM", "the
Secretary-General" (split by the tokenizer), "China's top diplomat". Each gives the head and
words that :func:`kg.extract.coref_titles.description` fits to the document's people.
"""

from __future__ import annotations

from kg.extract.actor_lexicon import TITLE_HEADS

# Titles abbreviated in the press: "the Ethiopian PM" is its prime minister.
ABBREVIATED_TITLES = {"pm": ("minister", ("prime",)), "fm": ("minister", ("foreign",))}
# A description no title spells: "the top diplomat" is the head of a foreign ministry.
TOP_DIPLOMAT = "top-diplomat"


def hyphenated_title(token) -> str | None:
    """'the Secretary-General': the tokenizer splits the title and makes 'General' its head."""
    doc = token.doc
    if token.i < 2 or doc[token.i - 1].text != "-":
        return None
    joined = f"{doc[token.i - 2].lower_}-{token.lower_}"
    return joined if joined in TITLE_HEADS else None


def description_head(token, words: list[str]) -> tuple[str, list[str]]:
    """The role a description's head names, and its words: 'PM' is a minister who is prime,
    'Secretary-General' one word, 'the top diplomat' the head of a foreign ministry."""
    head, spelled = ABBREVIATED_TITLES.get(token.lower_, (hyphenated_title(token) or token.lower_, ()))
    words = words + [w for w in spelled if w not in words]
    if head == "diplomat" and "top" in words:  # "the top US diplomat", "China's top diplomat"
        return TOP_DIPLOMAT, [w for w in words if w != "top"]
    return head, words


def foreign_office(title: list[str]) -> bool:
    """'Foreign Minister', 'Secretary of State', 'Minister of External Affairs' (the title's words)."""
    words = set(title)
    if words & {"deputy", "assistant", "under", "vice", "junior", "state-minister", "former"}:
        return False  # a deputy or a former minister is no "top diplomat"
    return bool(words & {"minister", "secretary"}) and bool(words & {"foreign", "external"}) \
        or {"secretary", "state"} <= words
