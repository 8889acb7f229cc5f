"""Links between mentions: short names, acronyms defined in the text and government metonymy.

"People's Republic of China (PRC)" makes every "PRC" the long form's actor;
"the Chinese government", "China's government" and "Chinese authorities"
stand for the country; a body named without one ("a foreign ministry spokesperson
said in Islamabad") takes the country before it, the dateline's or the capital's.
Mixed into :class:`kg.extract.actor_entities.EntityReader`.
"""

from __future__ import annotations

import re

from kg.extract import actor_names as names
from kg.extract import gazetteer as gz
from kg.extract import lexicon as lx
from kg.extract.actor_possessors import described_country
from kg.extract.actor_headlines import in_ranges
from kg.extract.actor_lexicon import GENERIC_BODY_WORDS, GOVERNMENT_NOUNS, LANDMARK_HEADS
from kg.extract.datelines import dateline_country

AGENT_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# Sites of a city: a capital owning one is the city, not its state.
CITY_SITES = frozenset({"airport", "hotel", "stadium", "square", "street", "district", "suburb", "outskirts",
                        "hospital", "university", "museum", "port", "harbour", "harbor", "station", "centre",
                        "center", "mosque", "church", "temple", "cathedral", "market", "neighbourhood",
                        "neighborhood", "downtown", "slum", "prison", "zoo", "park"})
# Words whose object or addressee is a government when it is a capital: "accused Tokyo of",
# "criticism of Beijing", "protested to Delhi", "pressure from Washington".
ADDRESSED_WORDS = lx.CRITICIZE_VERBS | lx.REJECT_VERBS | lx.CRITICIZE_NOUNS | lx.PROTEST_NOUNS \
    | lx.COMPLAIN_VERBS | frozenset({"urge", "warn", "pressure", "press"})


# The nouns that end a body's name ("foreign ministry"); "Defence" alone is a field, not a body.
BODY_HEADS = frozenset("ministry office department parliament senate congress cabinet embassy court police".split())


class LinkingMixin:
    """Acronym and metonymy passes; needs ``doc``, ``document``, ``table`` and the reader's helpers."""

    # -- acronyms ---------------------------------------------------------------
    def _untagged_short_names(self) -> list[tuple]:
        """A lone name word the model left untagged that is part of one full name of the
        document ("Meles said" after "Meles Zenawi", "Susilo arrived"): that person."""
        doc, tagged, found = self.doc, self.table.entity_tokens, []
        name_words = {w.lower() for words in self.full_names.values() for w in words}
        words = self.table.words  # the word list first: a Token is built only for a name's words
        slugs = self.table.slugs
        for i in (i for i, w in enumerate(words) if w.lower() in name_words):
            tok = doc[i]
            if tok.tag_ != "NNP" or tok.i in tagged or len(tok.text) < 3 or not tok.is_title or not tok.is_alpha:
                continue
            if slugs and in_ranges(slugs, tok.idx):
                continue  # a web address's slug names no one
            if tok.dep_ == "compound" and tok.head.pos_ == "NOUN":
                continue  # "the Yasukuni remarks": what the noun is about, not who
            if tok.lower_ in self.table.lower_case_words():  # "the attack": a word, not a name
                continue
            if (tok.i > 0 and doc[tok.i - 1].tag_ == "NNP") or (tok.i + 1 < len(doc) and doc[tok.i + 1].tag_ == "NNP"):
                continue  # part of a longer untagged name
            if gz.country(tok.text) or gz.demonym_country(tok.text) or gz.lookup_place(tok.text) \
                    or (self.document.removed and self.document.is_removed(tok.idx, tok.idx + len(tok))):
                continue
            full = self._match_full(tok.i)
            if full is not None and self.full_names[full][-1].lower() not in LANDMARK_HEADS:
                found.append((self.cand(tok.i, tok.i + 1, "PERSON", "actors.surname"), tok.i))
                tagged.add(tok.i)
        return found

    def _find_acronyms(self) -> None:
        """ "Long Form (LF)" definitions: remember LF -> the long form's token range."""
        doc, words = self.doc, self.table.words
        for i, word in enumerate(words):
            if word != "(" or i + 2 >= len(words) or words[i + 2] != ")":
                continue
            tok = doc[i]
            acr = words[i + 1]
            letters = acr.replace(".", "")
            if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
                continue
            start = tok.i
            while start > tok.sent.start and (doc[start - 1].text[:1].isupper() or doc[start - 1].lower_ in (
                "of", "for", "the", "and", "on", "'s", "\u2019s", "-", "de"
            )):
                start -= 1
            while start < tok.i and doc[start].lower_ in ("the", "of", "and"):
                start += 1
            long_words = [t.text for t in doc[start:tok.i] if t.text[:1].isalpha()]
            if _initials_match(letters, long_words) or _translated(
                    letters, [w for w in long_words if w.lower() not in LONG_FORM_GLUE]):
                self.acronyms[acr] = (start, tok.i)
        self._acronyms_defined_after()

    def _acronyms_defined_after(self) -> None:
        """ "the rebel MPCI (Patriotic Movement of Cote d'Ivoire)": the acronym first, its long
        form in brackets, often translated, so its initials come in another order."""
        doc, words = self.doc, self.table.words
        for i, word in enumerate(words):
            if word != "(" or i == 0 or words[i - 1] in self.acronyms:
                continue
            acr = words[i - 1]
            letters = acr.replace(".", "")
            if not (2 <= len(letters) <= 8 and letters.isalpha() and letters.isupper()):
                continue
            close = next((j for j in range(i + 2, min(i + 14, len(words))) if words[j] == ")"), None)
            inner = doc[i + 1:close] if close else []
            if not len(inner) or not all(re.sub(r"^[dl]['\u2019]", "", t.text)[:1].isupper()
                                         or t.lower_ in LONG_FORM_GLUE for t in inner):
                continue
            long_words = [t.text for t in inner if t.text[:1].isalpha() and t.lower_ not in LONG_FORM_GLUE]
            if _initials_match(letters, long_words) or _translated(letters, long_words):
                self.acronyms[acr] = (i + 1, close)

    def _long_forms_first(self, rest: list) -> list:
        """Resolve the long forms of defined acronyms before anything can cite them."""
        if not self.acronyms:
            return rest
        remaining = []
        for c in rest:
            if any(c.start < e and s < c.end for s, e in self.acronyms.values()):
                self._other(c)
            else:
                remaining.append(c)
        for acr, (start, end) in self.acronyms.items():
            key = None
            for i in range(end - 1, start - 1, -1):
                key = self.table.key_of_token(i)
                if key:
                    break
            if key is None:
                cand = self.cand(start, end, "ORG", "actors.acronym")
                key = self._place(cand) if gz.country(self._text(cand)) else self._org(cand, mention=True)
            self.acronym_keys[acr] = key
            self.table.add_alias(key, acr)
        return remaining

    def _resolve_acronyms(self, deferred: list) -> None:
        doc, table = self.doc, self.table
        for i, word in enumerate(table.words if self.acronym_keys else ()):
            key = self.acronym_keys.get(word)
            if key and table.key_of_token(i) is None:
                tok = doc[i]
                if self.document.removed and self.document.is_removed(tok.idx, tok.idx + len(tok)):
                    continue
                table.add_mention(key, tok.i, tok.i + 1, "acronym", "actors.acronym", head=tok.i)
        for c in deferred:
            if table.key_of_token(c.start) is None:
                self._other(c)

    # -- government metonymy ------------------------------------------------------
    def _government_metonymy(self) -> None:
        """ "the Chinese government", "Chinese authorities", "China's government" -> China."""
        doc, table = self.doc, self.table
        for i, word in enumerate(table.words):  # the words, not Token objects: a cheap scan
            if word.lower() not in GOVERNMENT_NOUNS or table.key_of_token(i):
                continue
            tok = doc[i]
            for child in tok.lefts:
                if child.dep_ not in ("amod", "compound", "poss", "nmod") or child.lower_ in GOVERNMENT_NOUNS:
                    continue
                key = table.key_of_token(child.i)
                if key is None:
                    place = gz.demonym_country_at(child) or gz.country(child.text)
                    key = table.add_actor(self.place_actor(place, child.text)) if place else None
                elif table.actors[key].type != "Place":
                    key = None
                if key:
                    first = child.i
                    while first > 0 and doc[first - 1].i in range(child.left_edge.i, child.i) and not doc[first - 1].is_punct:
                        first -= 1  # "the People's Republic of China's government": the whole modifier
                    start = first - 1 if first > 0 and doc[first - 1].lower_ == "the" else first
                    if self.document.removed and self.document.is_removed(doc[start].idx, tok.idx + len(tok)):
                        break
                    table.add_mention(key, start, tok.i + 1, "metonymy", "actors.metonymy", head=tok.i,
                                      tokens=range(first, tok.i + 1))
                    break

    # -- generic government bodies ---------------------------------------------------
    def _qualified_body(self, c: Cand) -> str | None:
        """ "Foreign Ministry" after "Chinese"/"China's" -> "Chinese Foreign Ministry"."""
        doc = self.doc
        start = c.start
        qualifier = gz.demonym_country(doc[start].text) or gz.country(doc[start].text)
        if qualifier:
            start += 1
        body = doc[start:c.end]
        if not len(body) or not all(t.lower_ in GENERIC_BODY_WORDS for t in body):
            return None
        if qualifier is None:
            i = c.start - 1
            if i >= 0 and doc[i].text in names.POSSESSIVES:
                i -= 1
            if i >= 0:
                qualifier = _country_at(doc, i) or described_country(doc, i)
        if qualifier is None:
            qualifier = _of_country(doc, c.end)  # "the Foreign Ministry of Peru"
        if qualifier is None and body[-1].lower_ in BODY_HEADS:  # "the foreign ministry added" after
            qualifier = _named_with_one_country(self.document.text, body.text)  # "the Eritrean foreign ministry"
        if qualifier is None:  # a dateline, or "a foreign ministry spokesperson said in Islamabad"
            iso = dateline_country(self.document.text)
            qualifier = gz.country_by_iso(iso) if iso else None
        if qualifier is None:
            capitals = {gz.capital_country(t.text) for t in doc[c.start].sent if t.pos_ == "PROPN"} - {None}
            qualifier = capitals.pop() if len(capitals) == 1 else None
        text = " ".join(body.text.split())
        text = text.title() if text.islower() else text  # "a foreign ministry spokesperson"
        return gz.body_label(text, qualifier, doc[c.start].text) if qualifier else text


def _of_country(doc, i: int):  # -> gz.GeoPlace | None
    """The country of an "of" phrase at token i that names nothing but a country ("of Peru",
    "of Costa Rica", "of the Philippines"), which qualifies the body before it."""
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    end = start
    while end < len(doc) and end - start < 4 and doc[end].pos_ == "PROPN":
        end += 1
    if end == start or end < len(doc) and doc[end].lower_ in ("and", "'s", "\u2019s"):
        return None  # "of Peru and Chile", "of Peru's Congress": not one country's body
    return gz.country(doc[start:end].text)


def _country_at(doc, i: int):  # -> gz.GeoPlace | None
    """The country a country or nationality word at token i names, a two-word name first:
    "North Korea's foreign ministry" is not South Korea's, as "Korea" alone would be."""
    if i > 0 and doc[i - 1].text[:1].isupper():
        pair = f"{doc[i - 1].text} {doc[i].text}"
        place = gz.demonym_country(pair) or gz.country(pair)
        if place is not None:
            return place
    return gz.demonym_country(doc[i].text) or gz.country(doc[i].text)


def _named_with_one_country(text: str, body: str):
    """The one country whose body of this name the text names ("Eritrean foreign ministry",
    "Peru's Interior Ministry"), or None when it names none or several."""
    words = r"\s+".join(re.escape(w) for w in body.split())
    found = set()
    for m in re.finditer(r"((?:[A-Z][\w-]+\s+)?[A-Z][\w-]+)(?:['\u2019]s?)?\s+" + words + r"\b", text, re.I):
        pair, last = m.group(1), m.group(1).split()[-1]  # "North Korea's" before "Korea's"
        place = gz.demonym_country(pair) or gz.country(pair) or gz.demonym_country(last) or gz.country(last)
        if place is not None:
            found.add(place.country)
    return gz.country_by_iso(found.pop()) if len(found) == 1 else None


LONG_FORM_GLUE = frozenset({"of", "for", "the", "and", "on", "de", "du", "des", "la", "le", "-", "'s", "\u2019s"})


def _translated(letters: str, words: list[str]) -> bool:
    """True if the letters are the initials of the words in another order, one letter a word
    ("FARC": Revolutionary Armed Forces of Colombia); an elided article does not count
    ("d'Ivoire" gives I)."""
    initials = [re.sub(r"^[dl]['\u2019]", "", w)[:1].upper() for w in words]
    return len(initials) == len(letters) >= 3 and sorted(initials) == sorted(letters)


def _initials_match(letters: str, words: list[str]) -> bool:
    """True if the acronym's letters are, in order, initials of the long form's words."""
    if not words or letters[0] != words[0][0].upper():
        return False
    initials = [w[0].upper() for w in words]
    pos = 0
    for letter in letters:
        try:
            pos = initials.index(letter, pos) + 1
        except ValueError:
            return False
    return True


def stands_for_government(head) -> bool:
    """A capital that acts, owns, or is criticised or addressed is its government."""
    dep = head.dep_
    if dep == "poss" and head.head.lemma_.lower() in CITY_SITES:
        return False  # "Bangkok's Suvarnabhumi airport", "Kabul's streets": the city itself
    if dep in AGENT_DEPS:
        return True
    if dep == "pobj" and head.head.lower_ == "by":
        return True
    if dep == "compound" and head.head.lower_ in GOVERNMENT_NOUNS:
        return True
    if dep == "dobj" and head.head.lemma_.lower() in ADDRESSED_WORDS:
        return True
    if dep == "pobj" and head.head.lower_ in ("with", "to", "of", "against", "from", "at") \
            and head.head.head.lemma_.lower() in ADDRESSED_WORDS:
        return True
    if dep == "pobj" and head.head.lower_ == "from" and (
            head.head.head.pos_ == "NOUN" or head.head.head.dep_ == "acl"):
        return True  # "pressure from Washington", "propaganda coming from Delhi"
    return dep == "conj" and head.head.dep_ in AGENT_DEPS


def national_government(doc, start: int, end: int) -> bool:
    """A capitalised government noun after one nationality or country word. A bare "the
    Government" tagged as a name is left alone: in British and Australian copy it is the
    outlet's own government, which need not be the country the story is about."""
    if doc[end - 1].lower_ not in GOVERNMENT_NOUNS or end - start != 2:
        return False
    return bool(gz.demonym_country(doc[start].text) or gz.country(doc[start].text))
