"""Reading spaCy entities into actors: clean, retype, peel titles, link, merge.

One pass per concern over the document's entities: acronym definitions first,
then people (so their titles can swallow entities like "State" in "Secretary of
State"), then organisations, places and groups, then government metonymy
("the Chinese government", "Beijing authorities") over the tokens.
"""

from __future__ import annotations

from kg.extract import actor_names as names
from kg.extract.actor_kinds import body_name, named_bodies
from kg.extract.actor_spans import Cand, after_title, company_name, entity_candidates, seated_name
from kg.extract import gazetteer as gz
from kg.extract.actor_keys import actor_key, place_actor, story_key
from kg.extract.actor_appositives import appositive_names
from kg.extract.actor_fullnames import FullNameMixin
from kg.extract.actor_links import LinkingMixin, stands_for_government
from kg.extract.actor_lexicon import (
    ETHNONYMS, GENERIC_BODY_WORDS, GOVERNMENT_NOUNS, KINSHIP_NOUNS, NOT_ORG_HEADS, ORG_SUFFIXES, PARTY_MEMBER_NOUNS,
    SITE_HEADS, STYLES_OF_ADDRESS,
)
from kg.extract.lexicon import PERSON_ROLE_NOUNS
from kg.extract.place_context import written_country
from kg.model import GROUP, ORGANIZATION, PERSON, Actor

NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "dative", "ROOT"})
MIN_POP_ORG_TO_PLACE = 100_000
MIN_POP_PERSON_TO_PLACE = 1_000_000
PLACE_PREPOSITIONS = frozenset({"in", "at", "to", "into", "from"})
MIN_POP_LOCATED = 100_000  # "talks in Windhoek": a city right after "in" needs less to be one


class EntityReader(FullNameMixin, LinkingMixin):
    """Turns the entities of one Doc into actors and mentions on an ActorTable."""

    def __init__(self, doc, document, table):
        self.doc = doc
        self.document = document
        self.table = table
        self.covered: set[int] = set()  # tokens inside a peeled title
        self.acronyms: dict[str, tuple[int, int]] = {}  # "PRC" -> long form token range
        self.acronym_keys: dict[str, str] = {}
        self.full_names: dict[str, list[str]] = {}  # label -> words
        self.person_at: list[tuple[int, str]] = []  # (token index, label) of full-name mentions
        self.kin: set[str] = set()  # full names introduced as someone's relative ("his wife X Y")
        self.doc_countries: set[str] = set()
        self.single_names: set[str] = set()  # one-word PERSON mentions ("Bachelet")
        self.royals: dict[str, str] = {}  # "King Abdullah" -> "King": royals named with their style
        self._ent_at: dict | None = None  # token index -> entity starting there
        self.bodies: dict[str, str] = {}  # folded name -> name, of the story's described bodies

    # -- driver -------------------------------------------------------------
    def run(self) -> None:
        doc = self.doc
        found = entity_candidates(doc, self.document, text=self.table.text, slugs=self.table.slugs)
        cands = appositive_names(doc, self.document, found)
        self.table.entity_tokens.update(i for c in cands for i in range(c.start, c.end))
        self._find_acronyms()
        self._note_countries(cands)
        self.bodies = named_bodies(doc)
        persons, rest = self._split_people(cands)
        persons += self._untagged_short_names()
        rest = self._long_forms_first(rest)
        for cand, name_start in persons:
            self._person(cand, name_start)
        deferred = []
        for cand in rest:
            if all(i in self.covered for i in range(cand.start, cand.end)):
                continue
            if self._text(cand) in self.acronyms:
                deferred.append(cand)
                continue
            self._other(cand)
        self._resolve_acronyms(deferred)
        self._government_metonymy()

    def cand(self, start: int, end: int, label: str, source: str) -> Cand:
        """A span record (for the linking passes)."""
        return Cand(start, end, label, source)

    @staticmethod
    def place_actor(place, text: str) -> Actor:
        """A Place actor for a GeoNames entry or a bare name."""
        return _place(place, text)

    def _text(self, cand: Cand) -> str:
        return self.doc[cand.start:cand.end].text

    def _note_countries(self, cands: list[Cand]) -> None:
        for c in cands:
            text = self._text(c)
            place = gz.country(text) if c.label in ("GPE", "LOC") else None
            place = place or (gz.demonym_country(text) if c.label == "NORP" else None)
            if place:
                self.doc_countries.add(place.country)

    # -- people ---------------------------------------------------------------
    def _split_people(self, cands: list[Cand]) -> tuple[list[tuple[Cand, int]], list[Cand]]:
        """Decide which spans are people; learn the document's full names first."""
        person_like: list[tuple[Cand, int]] = []
        rest: list[Cand] = []
        for c in cands:
            if self.doc[c.end - 1].lower_ in STYLES_OF_ADDRESS:
                continue  # "His Majesty", "His Excellency": who is meant, reference decides
            if c.label == "PERSON" and seated_name(self.doc, c):
                c = Cand(c.start, c.end, "ORG", c.source, c.ent_id)
            if self._body(c):
                rest.append(Cand(c.start, c.end, "ORG", c.source, c.ent_id))
                continue
            inner = names.peel_inner_title(self.doc, c.start, c.end)
            if c.label == "PERSON" and self._looks_like_name(c.start if inner == c.start else inner, c.end):
                person_like.append((c, inner))
            elif c.label in ("ORG", "GPE") and inner > c.start and not company_name(self.doc, inner, c.end):
                person_like.append((c, inner))
            elif c.label in ("ORG", "GPE", "LOC") and after_title(self.doc, c) \
                    and (c.label == "ORG" or gz.lookup_place(self._text(c)) is None):
                person_like.append((c, c.start))  # "Chancellor Olaf Scholz" tagged ORG or GPE
            elif c.label in ("GPE", "LOC", "FAC", "ORG") and self._unknown_place_acting(c):
                person_like.append((c, c.start))  # "Thabo Mbeki said": no such place, someone speaking
            else:
                rest.append(c)
        keep: list[tuple[Cand, int]] = []
        royals: list[tuple[int, int, str, list[str]]] = []
        for c, inner in person_like:
            text = self.doc[inner:c.end].text
            if c.end - inner >= 2 and self.doc[c.end - 1].text[:1].isupper() and self.doc[c.end - 1].lower_ in SITE_HEADS:
                rest.append(Cand(c.start, c.end, "FAC" if c.label == "PERSON" else c.label, c.source, c.ent_id))
                continue  # "Queen Mary Hospital", "Prince Edward Island": a site a title opens
            if c.label == "PERSON" and (gz.canonical_organization(text) or self._org_shaped(c)):
                rest.append(Cand(c.start, c.end, "ORG", c.source, c.ent_id))
                continue
            if c.label == "PERSON" and (gz.country(text) or " " in text and gz.capital_country(text) or (
                    c.start > 0 and self.doc[c.start - 1].lower_ in ("capital", "city", "town", "port")
                    and gz.cities(text))):  # "the Beninese capital Porto-Novo"
                rest.append(Cand(c.start, c.end, "GPE", c.source))
                continue
            keep.append((c, inner))
            words = names.name_words(self.doc, inner, c.end)
            royal = names.royal_title(self.doc, inner) if words else None
            if royal:
                royals.append((inner, c.end, royal, words))
            if len(words) == 1:
                self.single_names.add(words[0].lower())
            if not royal and len([w for w in words if w.lower() not in names.NAME_PARTICLES]) >= 2:
                label = " ".join(words)
                self.full_names.setdefault(label, words)
                self.person_at.append((inner, label))
                if names.kin_described(self.doc, c.start, c.end):
                    self.kin.add(label)
        self._register_royals(royals)
        # single words that are a known person's name, whatever the model's label
        final: list[tuple[Cand, int]] = []
        for c, inner in keep:
            lone = c.label == "PERSON" and c.words == 1 and not self._match_full(c.start)
            tok = self.doc[c.start]
            located = tok.dep_ == "pobj" and tok.head.lower_ in ("in", "at", "to") and tok.i == tok.head.i + 1
            if lone and gz.is_clear_place(self._text(c), MIN_POP_LOCATED if located else MIN_POP_PERSON_TO_PLACE):
                rest.append(Cand(c.start, c.end, "GPE", c.source))
                self.single_names.discard(self.doc[c.start].lower_)  # a city, not a surname
                continue
            if lone and tok.dep_ == "compound" and tok.head.pos_ == "NOUN" and tok.head.i > tok.i:
                continue  # "the Zoom conference": a brand, not a person
            if lone and any(ch.dep_ == "agent" for ch in tok.children):
                continue  # "Stung by X's criticism, ...": a participle with its "by", not a name
            final.append((c, inner))
        others: list[Cand] = []
        for c in rest:
            if c.label in ("ORG", "GPE", "NORP") and sum(t.text != "-" for t in self.doc[c.start:c.end]) <= 2 \
                    and not c.ent_id and not seated_name(self.doc, c) and not self._body(c) and (
                self._match_full(c.start, c.end) or (c.words == 1 and self.doc[c.start].lower_ in self.single_names
                                                     and not gz.country(self._text(c)))
            ):
                final.append((c, c.start))
            else:
                others.append(c)
        final.sort(key=lambda pair: pair[0].start)
        return final, others

    def _unknown_place_acting(self, c: Cand) -> bool:
        """A 2-3 word 'place' (or company) no gazetteer knows, acting or named after a role of people."""
        if c.label == "ORG":  # "Jan Novak and Petr Dvorak", one of them tagged a company
            return not (self._org_shaped(c) or c.ent_id) and any(f(self.doc, c.start, c.end) for f in (
                names.beside_people, names.shares_person_surname))
        words = list(self.doc[c.start:c.end])
        if not 2 <= len(words) <= 3 or not all(t.tag_ == "NNP" and t.text[:1].isupper()
                                                and t.text[1:].islower() for t in words):
            return False
        if gz.lookup_place(self._text(c)) is not None or gz.country(self._text(c)) is not None:
            return False
        root = self.doc[c.start:c.end].root
        last = words[-1].text
        return (root.dep_ in ("nsubj", "nsubjpass") and root.head.pos_ == "VERB") or (
            root.dep_ == "appos" and root.head.lemma_.lower() in PERSON_ROLE_NOUNS) or any(
            e.label_ == "PERSON" and e.text == last for e in self.doc.ents)  # "Ricardo Lagos" ... "Lagos said"

    def _looks_like_name(self, start: int, end: int) -> bool:
        first, last = self.doc[start], self.doc[end - 1]
        ok = ("NNP", "NNPS")
        capitalised_inside = end - start > 1 and first.is_alpha and first.text[:1].isupper() \
            and first.i != first.sent.start  # "Than Shwe", the model tagging "Than" as the preposition
        if end - start > 2 and any(gz.demonym_country(t.text) for t in self.doc[start + 1:end]):
            return False  # "Erekat Slams Israeli Attack": a headline read as a name
        hyphenated = end - start > 2 and self.doc[end - 2].text == "-" and last.is_alpha  # "Park Joon-young"
        return (first.tag_ in ok or first.lower_ in names.NAME_PARTICLES or capitalised_inside) and (
            last.tag_ in ok or hyphenated)

    def _body(self, c: Cand) -> bool:
        """A name the story describes as a company, party or movement ("X, the energy group")."""
        return bool(self.bodies) and c.label in ("PERSON", "ORG", "GPE", "LOC", "FAC") \
            and body_name(self.bodies, self._text(c)) is not None

    def _org_shaped(self, c: Cand) -> bool:
        return self.doc[c.end - 1].lower_ in ORG_SUFFIXES and c.words > 1

    def _person(self, c: Cand, name_start: int) -> None:
        doc, table = self.doc, self.table
        words = names.name_words(doc, name_start, c.end)
        if not words:
            return
        label = " ".join(words)
        royal = names.royal_title(doc, name_start)
        if royal:
            label = f"{royal} {label}"
        kind, source = "name", c.source
        if label not in self.full_names:
            full = self._match_full(name_start, c.end)
            if full:
                label, kind, source = full, "surname", "actors.surname"
        titles: list[str] = []
        affiliations: list[str] = []
        title_start = names.left_title(doc, c.start)
        t0 = title_start if title_start is not None else c.start  # "King Gyanendra" tagged whole
        if t0 < name_start:
            self._peel(t0, name_start, titles, affiliations)
        head = doc[name_start:c.end].root
        app = names.appositive(doc, head, c.end)
        if app:
            self._appositive(*app, titles, affiliations)
        if head.dep_ == "appos" and head.head.lemma_.lower() in KINSHIP_NOUNS:
            titles.append(head.head.lower_)  # "his eldest daughter, Nurul Izzah": she is his daughter
        key = table.add_actor(Actor(
            f"person/{gz.slug(label)}", label, PERSON, tuple(titles), tuple(affiliations),
        ))
        text = doc[name_start:c.end].text
        if text != label:
            table.add_alias(key, text)
        table.add_mention(key, name_start, c.end, kind, source, head=head.i)
        if t0 < name_start:
            table.map_tokens(key, [i for i in range(t0, name_start) if i not in table.entity_tokens or i in self.covered])

    def _peel(self, start: int, end: int, titles: list[str], affiliations: list[str]) -> None:
        """Split a title phrase into a leading organisation (affiliation) and the title."""
        doc = self.doc
        self.covered.update(range(start, end))
        for ent in self._ents_starting(start, start + 1):
            if ent.label_ != "ORG" or not (start <= ent.start and ent.end < end):
                continue
            lead = ent.start
            if lead == start + 1 and gz.demonym_country(doc[start].text):
                lead = start  # "Chinese Foreign Ministry spokesperson"
            if lead != start:
                continue
            org_end = names.trim_trailing_titles(doc, ent.start, ent.end)
            known = ent.ent_id_ or org_end - ent.start > 1 or gz.canonical_organization(doc[ent.start:org_end].text)
            if not known and ent.start != start:
                continue
            cand = Cand(lead, org_end, "ORG", "actors.ruler" if ent.ent_id_ else "actors.ner", ent.ent_id_)
            key = self._org(cand)
            if key:
                affiliations.append(self.table.actors[key].label)
                self.covered.difference_update(range(ent.start, org_end))
                if lead < ent.start:
                    self.table.map_tokens(key, [lead])
            start = org_end
            break
        while start < end and doc[start].text in names.TITLE_LINKS:
            start += 1
        if start < end:
            titles.append(" ".join(doc[start:end].text.split()))

    def _ents_starting(self, *starts: int) -> list:
        """The entities that start at these tokens, in document order.

        Only an organisation starting at the title's first or second token can
        lead it, so an index by start token replaces a scan of ``doc.ents`` per
        person (``doc.ents`` builds every span anew: that was quadratic).
        """
        if self._ent_at is None:
            self._ent_at = {ent.start: ent for ent in self.doc.ents}
        return [self._ent_at[i] for i in starts if i in self._ent_at]

    def _appositive(self, start: int, end: int, titles: list[str], affiliations: list[str]) -> None:
        doc = self.doc
        cut = end
        for i in range(start, end):
            if doc[i].lower_ in ("of", "at", "for", "with") and i + 1 < end:
                ent = doc[i + 1].ent_type_ or (doc[i + 2].ent_type_ if i + 2 < end else "")
                if ent == "ORG":
                    s, e = names.trim(doc, i + 1, end)
                    org = gz.canonical_organization(doc[s:e].text) or self.acronym_keys.get(doc[s:e].text)
                    affiliations.append(org if org and "/" not in org else doc[s:e].text)
                    cut = i
                    break
        if cut > start:
            titles.append(" ".join(doc[start:cut].text.split()))

    # -- organisations, places, groups ------------------------------------------
    def _other(self, c: Cand) -> None:
        doc, table = self.doc, self.table
        text = self._text(c)
        low = gz.fold(text)
        if c.ent_id.startswith("seat:"):
            place = gz.country_by_iso(c.ent_id[5:])
            key = table.add_actor(_place(place, text))
            table.add_mention(key, c.start, c.end, "metonymy", "actors.metonymy", head=doc[c.start:c.end].root.i)
            return
        if c.words == 1 and (low.endswith("s") and (low[:-1] in ETHNONYMS or low[:-2] in ETHNONYMS)):
            self._group_from_entity(c)
            return
        if c.words == 1 and (low in ETHNONYMS or (c.label == "NORP")):
            if c.label == "NORP" and low.endswith("s") and doc[c.start].dep_ in NOMINAL_DEPS:
                self._group_from_entity(c)
            return
        if c.label == "NORP" and c.words >= 2 and doc[c.end - 1].lower_ in PARTY_MEMBER_NOUNS:
            self._org(c, mention=True)  # "the Social Democrats": a party, not a people
            return
        if c.label == "NORP" or doc[c.end - 1].lower_ in NOT_ORG_HEADS:
            return
        if c.label == "PERSON":
            if gz.is_clear_place(text, MIN_POP_PERSON_TO_PLACE):
                self._place(c)
            return
        if c.label == "ORG" or (c.label in ("FAC", "GPE", "LOC") and self._org_shaped(c)):
            self._org(c, mention=True)
            return
        self._place(c)

    def _group_from_entity(self, c: Cand) -> None:
        label = self._text(c)
        key = self.table.add_actor(Actor(f"group/{gz.slug(label)}", label, GROUP))
        self.table.add_mention(key, c.start, c.end, "group", "actors.group", head=c.start)

    def _org(self, c: Cand, *, mention: bool = False) -> str | None:
        """Key of the organisation a span names (creating it), retyping obvious places."""
        doc, table = self.doc, self.table
        c = Cand(c.start, names.trim_trailing_titles(doc, c.start, c.end), c.label, c.source, c.ent_id)
        if c.ent_id and (lead := _longer_name_start(doc, c.start)) < c.start:
            c = Cand(lead, c.end, c.label, "actors.ner", None)  # "Supreme National Security Council": not the UN's
        text = self._text(c)
        canonical = (c.ent_id if c.ent_id and ":" not in c.ent_id else None) or gz.canonical_organization(text)
        if text in self.acronym_keys:
            key = self.acronym_keys[text]
            if mention:
                table.add_mention(key, c.start, c.end, "acronym", "actors.acronym", head=doc[c.end - 1].i)
            return key
        if canonical is None:
            root = doc[c.start:c.end].root  # a region's name after "to", "in": "flew to Lombok"
            place = gz.is_clear_place(text, MIN_POP_ORG_TO_PLACE, with_regions=root.dep_ == "pobj"
                                      and root.head.lower_ in PLACE_PREPOSITIONS)
            if place and not self._org_shaped(c) and not self._body(c):
                return self._place(Cand(c.start, c.end, "GPE", c.source)) if mention else None
            canonical = self._qualified_body(c) or (body_name(self.bodies, text) if self.bodies else None) \
                or " ".join(text.split())
        key = actor_key(ORGANIZATION, canonical)
        if all(w.lower() in GENERIC_BODY_WORDS for w in canonical.split()) and not gz.canonical_organization(canonical):
            key = story_key(key, self.document.id)  # "the Foreign Ministry" of no named state: this story's
        key = table.add_actor(Actor(key, canonical, ORGANIZATION))
        if text != canonical:
            table.add_alias(key, text)
        if mention:
            table.add_mention(key, c.start, c.end, "name", c.source, head=doc[c.start:c.end].root.i)
        return key

    def _place(self, c: Cand) -> str:
        doc, table = self.doc, self.table
        text = " ".join(self._text(c).split())
        head = doc[c.start:c.end].root
        if not gz.country(text):
            gov = gz.capital_country(text)
            if gov and stands_for_government(head):
                key = table.add_actor(_place(gov, text))
                table.add_mention(key, c.start, c.end, "metonymy", "actors.metonymy", head=head.i)
                if head.head.lower_ in GOVERNMENT_NOUNS and head.dep_ == "compound":
                    table.map_tokens(key, [head.head.i])
                return key
        place = gz.lookup_place(text, written_country(doc, c.start, c.end) or self.doc_countries) \
            or gz.demonym_country(text) or _half_of_divided(text, self.doc_countries)  # "Emirati" tagged a place
        key = table.add_actor(_place(place, text))
        if place is not None and place.name != text:
            table.add_alias(key, text)
        table.add_mention(key, c.start, c.end, "name", c.source, head=head.i)
        return key


def _half_of_divided(text: str, doc_countries: set[str]):
    """'the South' in a story that names South Korea (or North Korea, South Sudan ...): the one
    country of the story whose name starts with that compass word."""
    if text.lower() not in ("north", "south"):
        return None
    halves = [iso for iso in doc_countries
              if (place := gz.country_by_iso(iso)) is not None and place.name.lower().startswith(text.lower() + " ")]
    return gz.country_by_iso(halves[0]) if len(halves) == 1 else None


def _place(place, text: str) -> Actor:
    return place_actor(place, text)


def _longer_name_start(doc, start: int) -> int:
    """Start of a longer name a known organisation's alias ends: capitalised words right before it
    that are no nationality, country or sentence opening ("Iran's Supreme National Security Council")."""
    i = start
    while i > doc[start].sent.start and doc[i - 1].is_title and doc[i - 1].pos_ in ("PROPN", "ADJ") \
            and not gz.demonym_country(doc[i - 1].text) and gz.country(doc[i - 1].text) is None \
            and doc[i - 1].lower_ not in ("the", "a", "an"):
        i -= 1
    return i
