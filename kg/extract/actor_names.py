"""Names, titles and affiliations: trimming entity spans and peeling titles off people.

"US Secretary of State Antony Blinken" is a person "Antony Blinken" with the
title "US Secretary of State"; "Human Rights Watch China director Sophie
Richardson" adds the affiliation "Human Rights Watch". All functions work on
token indices of one spaCy Doc and never build new Docs.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz
from kg.extract.actor_lexicon import (
    GENERIC_BODY_WORDS,
    HONORIFICS,
    KINSHIP_NOUNS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TRAILING_TITLE_WORDS,
)
from kg.extract.actor_headlines import common_word
from kg.extract.lexicon import PERSON_ROLE_NOUNS

POSSESSIVES = frozenset({"'s", "\u2019s", "'", "\u2019"})
NAME_PARTICLES = frozenset("de da del der van von bin ibn al el la le du dos di ben abu e y".split())  # "Almeida e Silva"
# Lower-case words allowed in the middle of a title ("Secretary of State").
TITLE_LINKS = frozenset({"of", "for", "on", "-", "'s", "\u2019s"})
# Titles posted to a country: "U.S. Ambassador to Bolivia Philip Goldberg" is one title.
POSTED_TITLES = frozenset({"ambassador", "envoy", "emissary", "representative", "commissioner", "consul"})
STOP_POS = frozenset({"VERB", "AUX", "ADV", "PRON", "DET", "SCONJ", "INTJ", "NUM", "SYM", "X"})
# Appositive phrases end at these dependents ("a lawyer whose brother ...").
APPOS_STOP_DEPS = frozenset({"relcl", "acl", "punct", "advcl", "appos"})
MAX_APPOS_TOKENS = 12


def trim(doc, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "the", a trailing possessive, anything after a line break, an unclosed
    bracket, and a lower-case description set off by a comma ("FORTUNE, the magazine")."""
    for i in range(start, end):
        if "\n" in doc[i].text or (i > start and "\n" in doc[i - 1].whitespace_):
            end = i
            break
        if i > start and doc[i].text == "(" and not any(t.text == ")" for t in doc[i:end]):
            end = i  # "MDR (Democratic Movement": a name and the start of its gloss
            break
        if i > start and doc[i].text == "," and i + 2 < end + 1 and doc[i + 1].lower_ in ("the", "a", "an") \
                and all(t.is_lower for t in doc[i + 1:end]):
            end = i
            break
    while start < end and (doc[start].lower_ in ("the", "a", "an") or doc[start].is_punct
                           or doc[start].tag_ in ("VBG", "VBN", "VBD", "VB")):  # "Meeting Jiang Zemin"
        start += 1
    while end > start and (doc[end - 1].text in POSSESSIVES or doc[end - 1].is_punct) and not _is_abbrev(doc[end - 1]):
        end -= 1
    return start, end


def _is_abbrev(token) -> bool:
    return token.text.endswith(".") and len(token.text) > 1


def is_name_token(token) -> bool:
    """Capitalised word, all-caps word or name particle ("de"), and not a title word."""
    text = token.text
    if token.lower_ in NAME_PARTICLES:
        return True
    if not text[:1].isupper() or token.lower_ in TITLE_HEADS or token.lower_ in HONORIFICS:
        return False
    return token.is_alpha or "-" in text or "'" in text or "\u2019" in text or "." in text


def is_titleish(token) -> bool:
    """A word that may be part of a title phrase before a name."""
    low = token.lower_
    if low in TITLE_HEADS or low in TITLE_MODIFIERS or low in HONORIFICS:
        return True
    return token.text[:1].isupper() and token.pos_ not in STOP_POS


# Head nouns of a body's name that are nobody's surname: "the National Executive Committee".
NAMED_BODY_HEADS = frozenset("committee council commission ministry department foundation institute agency"
                             " organization organisation embassy party movement".split())


def peel_inner_title(doc, start: int, end: int) -> int:
    """Index where the name starts inside a span that opens with a title; ``start`` if none.

    "Vice Foreign Minister Ma Zhaoxu" -> index of "Ma". The rest must be name tokens.
    """
    last_head = -1
    for i in range(start, end):
        low = doc[i].lower_
        if (low in TITLE_HEADS or low in HONORIFICS) and not _inside_name(doc, start, i):
            last_head = i
        elif not (low in TITLE_MODIFIERS or low in TITLE_LINKS or low in NAME_PARTICLES
                  or doc[i].text[:1].isupper()):  # "Crown Prince Abdullah bin Abdulaziz"
            return start
    if last_head < 0:  # "Ambassador to Bolivia Philip Goldberg": the model's span took the country
        if start > 1 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in TITLE_HEADS:
            k = start  # "Secretary of State Blackwell", "Minister of Foreign Affairs X": the office's words
            while k < end - 1 and doc[k].lower_ in GENERIC_BODY_WORDS:
                k += 1
            if k > start and all(is_name_token(doc[i]) for i in range(k, end)):
                return k
        for k in (1, 2):
            if start > 0 and doc[start - 1].lower_ in ("to", "in") and end - start - k >= 2 \
                    and gz.country(doc[start:start + k].text) \
                    and all(is_name_token(doc[i]) for i in range(start + k, end)):
                return start + k
        return start
    if last_head + 1 >= end:
        return start
    if doc[end - 1].lower_ in GENERIC_BODY_WORDS or doc[end - 1].lower_ in NAMED_BODY_HEADS:
        return start  # "the Justice Department", "National Executive Committee": a body, no titled name
    if all(is_name_token(doc[i]) for i in range(last_head + 1, end)):
        return last_head + 1
    return start


# Titles that Somali and Arabic personal names also carry inside them: "Hassan Sheikh Mohamud".
NAME_INNER_TITLES = frozenset({"sheikh", "sheik", "shaikh"})


def _inside_name(doc, start: int, i: int) -> bool:
    """'Hassan Sheikh Mohamud': such a title word between two given names is part of the name."""
    before = doc[i - 1] if i > start else None
    return doc[i].lower_ in NAME_INNER_TITLES and before is not None and i + 1 < len(doc) \
        and before.text[:1].isupper() and doc[i + 1].text[:1].isupper() \
        and not _title_word(before) and before.ent_type_ == "PERSON"


def _title_word(token) -> bool:
    """A title, rank or honorific word ("Minister", "Vice", "Mr")."""
    low = token.lower_
    return low in TITLE_HEADS or low in TITLE_MODIFIERS or low in HONORIFICS or low in TITLE_LINKS


def trim_trailing_titles(doc, start: int, end: int) -> int:
    """End index without trailing title words ("CCP General" -> "CCP")."""
    while end - 1 > start and doc[end - 1].lower_ in TRAILING_TITLE_WORDS:
        end -= 1
    return end


def title_words_before(doc, name_start: int) -> frozenset[str]:
    """The lower-cased words of the title written just before a name ("President" Zuma)."""
    start = left_title(doc, name_start)
    return frozenset(t.lower_ for t in doc[start:name_start]) if start is not None else frozenset()


def holds_title(actor, words: frozenset[str]) -> bool:
    """Whether one of the actor's titles has one of these words ("president")."""
    return actor is not None and any(words & set(t.lower().split()) for t in actor.titles)


def left_title(doc, name_start: int) -> int | None:
    """Start of the title phrase written just before a name, or None.

    Walks left over title words, capitalised words and linking words ("of")
    until the sentence start or a verb, determiner, pronoun or punctuation.
    """
    sent_start = doc[name_start].sent.start
    i = name_start - 1
    start = None
    has_head = False
    while i >= sent_start:
        tok = doc[i]
        low = tok.lower_
        if tok.is_punct and low != "-" or "\n" in tok.text or "\n" in tok.whitespace_:
            break
        if low in TITLE_LINKS or low in ("to", "in") and i > sent_start and doc[i - 1].lower_ in POSTED_TITLES:
            # "Ambassador to Chile X", "British High Commissioner in Pakistan X": where the envoy is posted
            if i - 1 < sent_start or not is_titleish(doc[i - 1]):
                break
        elif not is_titleish(tok):
            break
        elif tok.tag_ == "NNS" and low not in TITLE_HEADS and doc[i + 1].lower_ in TITLE_LINKS | {"to"}:
            break  # "Supporters of opposition leader X", "Aides to Prime Minister Y": people around X, not X
        if low in TITLE_HEADS:
            has_head = True
        start = i
        i -= 1
    if start is None or not has_head:
        return None
    while start < name_start and doc[start].lower_ in TITLE_LINKS:
        start += 1
    return start if start < name_start else None


# Styles of monarchs and royals: part of how a royal is named ("King Abdullah", "Prince Charles"),
# since a regnal or given name alone names no one ("Abdullah", "Charles").
ROYAL_TITLES = frozenset("king queen prince princess emperor empress".split())


def royal_title(doc, name_start: int) -> str | None:
    """The capitalised royal style written right before a name ("King", "Crown Prince"), or None."""
    i = name_start - 1
    if i < 0 or doc[i].lower_ not in ROYAL_TITLES or not doc[i].text[:1].isupper():
        return None
    words = [doc[i].text.capitalize()]
    if i > 0 and doc[i - 1].lower_ == "crown" and doc[i - 1].text[:1].isupper():
        words.insert(0, "Crown")  # "Crown Prince Nayef"
    return " ".join(words)


def continues_royal_name(short: list[str], full: list[str]) -> bool:
    """'Abdullah II', 'Salman bin Abdulaziz': the full name goes on from a royal's given name with
    a regnal numeral or a patronymic, so "King Abdullah" and "Abdullah II" are one man."""
    n = len(short)
    if len(full) <= n or [w.lower() for w in full[:n]] != [w.lower() for w in short]:
        return False
    nxt = full[n]
    return nxt.lower() in NAME_PARTICLES or (nxt.isupper() and set(nxt) <= set("IVX"))


def appositive(doc, head, name_end: int) -> tuple[int, int] | None:
    """Token range of a title appositive after a name ("X, China Director of HRW, said")."""
    if name_end >= len(doc) or doc[name_end].text != ",":
        return None
    for child in head.rights:
        if child.dep_ != "appos" or child.i <= name_end:
            continue
        if child.lower_ not in TITLE_HEADS and child.lemma_.lower() not in TITLE_HEADS:
            return None
        start = name_end + 1
        while start < child.i and doc[start].lower_ in ("a", "an", "the"):
            start += 1
        end = start
        for tok in doc[start: child.i + 1 + MAX_APPOS_TOKENS]:
            if tok.text == "-" and not doc[tok.i - 1].whitespace_:
                continue  # "the war-torn Democratic Republic of Congo": a hyphen inside a word
            if tok.i > child.i and (tok.dep_ in APPOS_STOP_DEPS or tok.tag_ in ("WP", "WP$", "WDT")):
                break
            if tok.text in (",", ";", ":", "(", ")", "\u201c", "\u201d", '"', "\u2014"):
                break
            end = tok.i + 1
        while end > start and doc[end - 1].lower_ in ("of", "for", "the", "and", "on", "in"):
            end -= 1
        return (start, end) if end > start else None
    return None


def strip_honorifics(words: list[str]) -> list[str]:
    """Drop a leading "Mr."/"Dr." from a name's words."""
    while len(words) > 1 and words[0].lower() in HONORIFICS:
        words = words[1:]
    return words


def name_words(doc, start: int, end: int) -> list[str]:
    """The words of a name, honorifics dropped, possessive marks removed."""
    words: list[str] = []
    for i in range(start, end):
        t = doc[i]
        if t.text in POSSESSIVES or t.text in ("[", "]"):  # "[Vladimir] Putin": an editor's insertion
            continue
        if words and i > start and not doc[i - 1].whitespace_ and (t.text == "-" or doc[i - 1].text == "-"):
            words[-1] += t.text  # "Roh Moo-hyun", not "Roh Moo - hyun"
        else:
            words.append(t.text)
    return strip_honorifics(words)


def beside_people(doc, start: int, end: int) -> bool:
    """A person-shaped name ("Jan Novak") coordinated with a tagged person's name, or set
    beside a role of people ("her counterparts, Jan Novak and ..."): a person, whatever its tag."""
    span = doc[start:end]
    words = [t for t in span if t.text != "-"]  # "Akufo-Addo", "Taksoee-Jensen": one name word
    if not 2 <= len(words) <= 5 or span[0].text == "-" or span[-1].text == "-" or not all(
            t.tag_ in ("NNP", "NNPS") and t.is_alpha and t.text[:1].isupper() and t.text[1:].islower() for t in words):
        return False
    if gz.canonical_organization(span.text) or gz.lookup_place(span.text) is not None:
        return False
    root = span.root
    if root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_ROLE_NOUNS or any(
            c.dep_ == "appos" and c.i > root.i and c.lemma_.lower() in PERSON_ROLE_NOUNS for c in root.children):
        return True  # "a police spokesman, Jan Novak," / "Jan Novak, head of the mission,"
    if len(words) > 3 or common_word(span[-1].text):
        return False
    partners = ([root.head] if root.dep_ == "conj" else []) + [c for c in root.children if c.dep_ == "conj"]
    people = {e.root.i for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2}
    return any(p.i in people for p in partners)


def shares_person_surname(doc, start: int, end: int) -> bool:
    """'Nana Akufo-Addo' tagged a company where the text also names 'Nana Addo Dankwa
    Akufo-Addo' a person: a two- or three-word name that shortens a tagged person's name."""
    span = doc[start:end]
    words = span.text.split()
    if not 2 <= len(words) <= 3 or not all(p[:1].isupper() and p[1:].islower() for w in words for p in w.split("-")):
        return False
    if gz.canonical_organization(span.text) or gz.lookup_place(span.text) is not None or common_word(words[-1]):
        return False
    return any((e.label_ == "PERSON" or e.label_ == "ORG" and e.start != start and beside_people(doc, e.start, e.end))
               and len(full := e.text.split()) > len(words) and full[0] == words[0]
               and full[-1] == words[-1] for e in doc.ents)  # a shortening of it, not the same words


# Who is named as someone's relative: "his wife Jane Roe", "first lady Jane Roe", "Jane Roe, his wife".
KIN_NOUNS = KINSHIP_NOUNS | frozenset({"spouse", "nephew", "niece", "cousin", "grandson", "granddaughter", "lady"})


def kin_described(doc, start: int, end: int) -> bool:
    """A full name introduced as a relative of someone: a bare surname later is rather the
    protagonist's ("Emmanuel Macron ... his wife Brigitte Macron ... Macron said")."""
    root = doc[start:end].root
    before = [t for t in doc[max(root.sent.start, start - 3):start] if t.pos_ == "NOUN"]
    return any(t.lower_ in KIN_NOUNS for t in before) or any(
        c.dep_ == "appos" and c.lower_ in KIN_NOUNS for c in root.children) or (
        root.dep_ == "appos" and root.head.lower_ in KIN_NOUNS)
