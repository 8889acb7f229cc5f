"""Entity spans before they become actors: the model's spans, cleaned and completed.

spaCy's small model splits names at particles ("Ursula von" + "Leyen"), leaves
names after long titles untagged, and tags titled names as organisations;
these functions repair the spans, nothing more.
"""

from __future__ import annotations

from kg.extract.actor_headlines import before_headline_verb, in_ranges, only_verb, slug_lines
from kg.extract import actor_names as names
from kg.extract import gazetteer as gz
from kg.extract.actor_lexicon import (
    HONORIFICS, LANDMARK_HEADS, NOT_ACTORS, ORG_DESCRIPTIONS, ORG_SUFFIXES, TITLE_HEADS, TITLE_MODIFIERS,
)
from kg.extract.actor_links import national_government
from kg.extract.actor_known import Cand, leader_named, untagged_countries, untagged_leader_names


def untagged_titled_names(doc, document, cands: list[Cand]) -> list[Cand]:
    """Names the model left untagged right after a title ("... for Human Rights Michelle Bachelet")."""
    tagged = {i for c in cands for i in range(c.start, c.end)}
    person_ends = {c.end for c in cands if c.label == "PERSON"}
    found = []
    i = 0
    while i < len(doc):
        if i in tagged or i in person_ends or not _plain_name(doc[i]):  # a person's last names go with it
            i += 1
            continue
        j = i
        while j < len(doc) and j not in tagged and _plain_name(doc[j]) and "\n" not in doc[j].whitespace_:
            j += 1
        if j == i:
            j = i + 1
        if i > 0 and doc[i - 1].tag_ in ("NNP", "NNPS", "NN") \
                and (2 <= j - i <= 3 or j - i == 1 and _recurring_name(doc, i)) and names.left_title(doc, i) is not None:
            if document.removed and document.is_removed(doc[i].idx, doc[j - 1].idx + len(doc[j - 1])):
                i = j
                continue
            found.append(Cand(i, j, "PERSON", "actors.title"))
        i = j
    return found


def join_particle_names(doc, cands: list[Cand]) -> list[Cand]:
    """'Ursula von' + 'der' + 'Leyen' -> one PERSON: the model splits names at particles."""
    out: list[Cand] = []
    swallowed: set[int] = set()
    for c in sorted(cands, key=lambda c: c.start):
        if id(c) in swallowed:
            continue
        end = c.end
        if c.label == "PERSON":
            while end < len(doc) and (doc[end].lower_ in names.NAME_PARTICLES or (
                    doc[end - 1].lower_ in names.NAME_PARTICLES and names.is_name_token(doc[end]))):
                end += 1
            while end > c.end and doc[end - 1].lower_ in names.NAME_PARTICLES:
                end -= 1
        if end > c.end:
            for other in cands:
                if other is not c and c.start <= other.start and other.end <= end:
                    swallowed.add(id(other))
            c = Cand(c.start, end, c.label, c.source, c.ent_id)
        out.append(c)
    return [c for c in out if id(c) not in swallowed]


# Words joined to a name that make an adjective of it, not a longer name: "Smith-led", "Putin-era".
NAME_COMPOUND_HEADS = frozenset("led era style type like born based run owned backed made held free".split())


def complete_person_names(doc, cands: list[Cand]) -> list[Cand]:
    """'Hun' + 'Sen': a person span that stops at a compound whose head is the next name word."""
    tagged = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for c in cands:
        start, end = c.start, c.end
        if c.label == "PERSON":
            while start > 0 and start - 1 not in tagged and _lost_first_name(doc[start - 1], c):
                start -= 1  # "Inder" + "Kumar Gujral": a first name the model left outside
            while end < len(doc) and end not in tagged and doc[end - 1].dep_ == "compound" \
                    and doc[end - 1].head.i >= end and _name_word_in_chain(doc[end]) \
                    and doc[end].text[:1].isupper() and not doc[end].text.endswith(".") \
                    and doc[end].lower_ not in TITLE_HEADS and doc[end].lower_ not in TITLE_MODIFIERS \
                    and "\n" not in doc[end - 1].whitespace_:
                end += 1
            # "Daniel arap" + "Moi": a span that ends in a lower-case name particle lacks the surname
            if end < len(doc) and end not in tagged and end - c.start >= 2 and doc[end - 1].is_lower \
                    and doc[end - 1].is_alpha and len(doc[end - 1]) <= 4 and doc[end].pos_ == "PROPN" \
                    and doc[end].text[:1].isupper() and doc[end].lower_ not in TITLE_HEADS:
                end += 1
            # "Park Min" + "-soo": the second syllable of a hyphenated given name, written joined
            if end + 1 < len(doc) and end + 1 not in tagged and doc[end].text == "-" \
                    and not doc[end - 1].whitespace_ and not doc[end].whitespace_ \
                    and doc[end + 1].is_alpha and doc[end + 1].is_lower and len(doc[end + 1]) <= 5 \
                    and doc[end + 1].lower_ not in NAME_COMPOUND_HEADS and doc[end + 1].pos_ in ("PROPN", "NOUN", "X"):
                end += 2
        out.append(c if (start, end) == (c.start, c.end) else Cand(start, end, c.label, c.source, c.ent_id))
    return out


def _name_word_in_chain(tok) -> bool:
    """A proper noun, or a capitalised word the tagger misread ("Martins" as a verb) that is
    itself a compound of a later proper noun: the next word of a long name."""
    return tok.pos_ == "PROPN" or (tok.dep_ == "compound" and tok.head.i > tok.i
                                   and tok.head.pos_ == "PROPN" and tok.is_alpha)


def _lost_first_name(tok, c: Cand) -> bool:
    """A capitalised name word compounded onto the span's own name, with no title sense."""
    return tok.dep_ == "compound" and c.start <= tok.head.i < c.end and tok.pos_ == "PROPN" \
        and tok.tag_ == "NNP" and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper \
        and tok.lower_ not in TITLE_HEADS and tok.lower_ not in TITLE_MODIFIERS \
        and tok.lower_ not in HONORIFICS and tok.i != tok.sent.start and "\n" not in tok.whitespace_


def join_name_modifiers(doc, cands: list[Cand]) -> list[Cand]:
    """'The Liberal' + 'Democrats' -> one name: the model leaves capitalised adjectives of a
    party or body outside its span ("Social Democrats", "Free Democrats"); the whole is a name."""
    tagged = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for c in cands:
        start = c.start
        if c.label in ("NORP", "ORG"):
            while start > 0 and start - 1 not in tagged and _name_modifier(doc, doc[start - 1], c):
                start -= 1
        out.append(c if start == c.start else Cand(start, c.end, "ORG", c.source, c.ent_id))
    return out


ACRONYM_GLUE = frozenset({"and", "of", "for", "&", "the", "on", "in"})


def extend_to_acronym(doc, cands: list[Cand]) -> list[Cand]:
    """'Department of Immigration' + 'and Multicultural and Indigenous Affairs (DIMIA)': the model
    cuts long names at "and"; a following acronym whose letters are the initials decides."""
    tagged = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for c in cands:
        end = c.end
        if c.label == "ORG":
            j = c.end
            while j < len(doc) and j - c.end < 10 and j not in tagged and \
                    (doc[j].lower_ in ACRONYM_GLUE or doc[j].text[:1].isupper()) and doc[j].text != "(":
                j += 1
            if j > c.end and j + 2 < len(doc) and doc[j].text == "(" and doc[j + 2].text == ")":
                initials = "".join(t.text[0] for t in doc[c.start:j] if t.text[:1].isupper())
                if doc[j + 1].text.isupper() and initials.endswith(doc[j + 1].text) \
                        and len(doc[j + 1].text) >= 3:
                    end = j
        out.append(c if end == c.end else Cand(c.start, end, c.label, c.source, c.ent_id))
    return out


def _name_modifier(doc, token, c: Cand) -> bool:
    return (token.dep_ in ("amod", "compound") and c.start <= token.head.i < c.end
            and token.text[:1].isupper() and token.text[1:].islower() and not token.is_sent_start
            and token.lower_ not in TITLE_HEADS and token.lower_ not in TITLE_MODIFIERS
            and gz.demonym_country(token.text) is None and gz.country(token.text) is None)


def after_title(doc, c: Cand) -> bool:
    """Two or three name words right after a title head ("Chancellor Olaf Scholz")."""
    if c.start == 0 or not 2 <= c.words <= 3:
        return False
    before = c.start - 2 if c.start > 1 and doc[c.start - 1].text == "[" else c.start - 1  # "president [X Y]"
    for _ in range(2):  # "Secretary A K Sinha": the model left an initial out of the name
        if before > 0 and len(doc[before].text.rstrip(".")) == 1 and doc[before].text[:1].isupper():
            before -= 1
    if before > 1 and doc[before].lower_ == "elect" and doc[before - 1].text == "-":
        before -= 2  # "President-elect Jan Novak": the title of one who takes office
    return doc[before].lower_ in TITLE_HEADS and all(
        names.is_name_token(doc[i]) for i in range(c.start, c.end))


CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march "
                           "april may june july august september october november december".split())


def _recurring_name(doc, i: int) -> bool:
    """A lone word after a title ("Foreign Minister Fischer") is a surname when the story uses it
    again on its own ("Fischer met ..."); a headline's capitalised verb is not used again."""
    word = doc[i].text
    if doc[i - 1].lower_ not in TITLE_HEADS or word.lower() in CALENDAR_WORDS:
        return False  # "President Robert Mugabe Monday said": the day after a name
    if gz.country(word) or gz.demonym_country(word) or gz.lookup_place(word):
        return False
    lower = word.lower()
    return any(t.text == word and t.i != i and t.tag_ == "NNP" for t in doc) \
        and not any(t.text == lower for t in doc)


def _posted_place_before_name(doc, start: int, end: int) -> int | None:
    """Where the name starts in an entity the model ran on from an envoy's post ("Ambassador to
    | Seoul Yasumasa Nagamine"): after its leading place word, when two or more words follow."""
    if start < 2 or doc[start - 1].lower_ != "to" or doc[start - 2].lower_ not in names.POSTED_TITLES:
        return None
    for cut in (start + 1, start + 2):
        if end - cut >= 2 and (gz.lookup_place(doc[start:cut].text) or gz.country(doc[start:cut].text)):
            return cut
    return None


def _plain_name(token) -> bool:
    """A capitalised proper noun that is not a title word ("Michelle", not "Rights")."""
    return token.tag_ == "NNP" and names.is_name_token(token) and token.lower_ not in TITLE_MODIFIERS


# Entity labels that can name an actor.
LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})
MISREAD_LABELS = frozenset({"PRODUCT", "WORK_OF_ART", "EVENT"})  # the small model's guesses at rare names


def _misread_label(doc, ent) -> str | None:
    """A body or a person the model took for a product or a work: "the All Nigeria People's Party"
    ends as a body's name does; "ruler Muhammadu Buhari" follows a title."""
    if ent.label_ not in MISREAD_LABELS:
        return None
    start, end = names.trim(doc, ent.start, ent.end)
    if end > start and doc[end - 1].lower_ in ORG_SUFFIXES and doc[end - 1].text[:1].isupper():
        return "ORG"
    return "PERSON" if end > start and after_title(doc, Cand(start, end, "PERSON", "actors.ner")) else None


def entity_candidates(doc, document, text: str | None = None,
                       slugs: list[tuple[int, int]] | None = None) -> list[Cand]:
    """The model's entities that can name an actor, cleaned, retyped and completed, in order.
    ``text`` and ``slugs`` (its slug lines) are the document's, where the caller has them."""
    cands = []
    text = doc.text if text is None else text
    slugs = slug_lines(text) if slugs is None else slugs
    for ent in doc.ents:
        if slugs and in_ranges(slugs, ent.start_char):
            continue  # "Jan-Novak-meets-...": a web address's slug, no mention
        label, end = ent.label_, ent.end
        if _is_landmark(ent):
            label = "LOC"
        elif ent.label_ != "GPE" and end < len(doc) and doc[end].lower_ in LANDMARK_HEADS and ent.root.head.i == end:
            label, end = "LOC", end + 1  # "the Yasukuni shrine", where the model tagged "Yasukuni"
        if label not in LABELS:
            label = _misread_label(doc, ent) or ("PERSON" if leader_named(doc, ent) else None)
            if label is None:
                continue
        elif label in ("GPE", "LOC", "FAC", "NORP", "ORG") and leader_named(doc, ent):
            label = "PERSON"  # "Giorgos Gerapetritis" read as a place, "Lionel Jospin" as a body
        if label == "PERSON" and len(ent) == 1 and gz.demonym_country(ent.text):
            label = "NORP"  # "Tajik president": a nationality the model read as a name
        if document.removed and document.is_removed(ent.start_char, ent.end_char):
            continue
        start, end = names.trim(doc, ent.start, end)
        end = _before_predicate(doc, start, end)
        while start < end and _is_address(doc[start].text):  # "[http://x.org Project X]"
            start += 1
        if start >= end or gz.fold(doc[start:end].text) in NOT_ACTORS or _is_address(doc[start:end].text):
            continue
        if end - start == 1 and doc[start].lower_ in ORG_DESCRIPTIONS:
            continue  # "the Department said": a description of the body named before (coref)
        if national_government(doc, start, end):
            continue  # "the Eritrean Government" is Eritrea's, as written lower-case (metonymy)
        if ent.label_ == "LOC" and not any(t.text[:1].isupper() for t in doc[start:end]):
            continue  # "the west coast": a description, not a named place
        posted = _posted_place_before_name(doc, start, end)
        if posted:  # "Ambassador to Seoul Yasumasa Nagamine": the post's city, then the envoy
            cands.append(Cand(start, posted, "GPE", "actors.ner", ""))
            start, label = posted, "PERSON"
        source = "actors.ruler" if ent.ent_id_ else "actors.ner"
        cands.append(Cand(start, end, label, source, ent.ent_id_))
    cands.extend(untagged_titled_names(doc, document, cands))
    cands.extend(untagged_leader_names(doc, document, cands))
    cands.extend(untagged_countries(doc, document, cands, text, slugs))
    cands = join_name_modifiers(doc, join_particle_names(doc, cands))
    cands = complete_person_names(doc, extend_to_acronym(doc, cands))
    cands = complete_org_names(doc, join_company_names(doc, join_demonym_orgs(doc, cands)))
    cands = [Cand(c.start, before_headline_verb(doc, c.start, c.end, c.label), c.label, c.source, c.ent_id)
             for c in cands]
    return sorted(cands, key=lambda c: c.start)


def _before_predicate(doc, start: int, end: int) -> int:
    """'Fox Says Mexico Seeks Better Ties': a title-case headline the model read as one name ends
    where a finite verb with its subject inside the span begins; the subject alone is the name."""
    for i in range(start + 1, end - 1):  # a last word is a name's ("Adnan Said"), not a headline's verb
        tok = doc[i]
        if tok.tag_ in ("VBZ", "VBD") and any(c.dep_ == "nsubj" and start <= c.i < i for c in tok.children):
            return i
    return end


def _is_landmark(ent) -> bool:
    """A named shrine, temple or memorial is a place one visits, whatever the model tagged it."""
    last = ent[-1]
    return len(ent) > 1 and last.text[:1].isupper() and last.lower_ in LANDMARK_HEADS


def _is_address(text: str) -> bool:
    """A web or mail address is where something is, never who acts."""
    return "://" in text or text.lower().startswith("www.") or "@" in text


# Legal suffixes that end a company's name ("Plc", "Ltd"): the words before them are its name.
CORPORATE_SUFFIXES = frozenset({"plc", "ltd", "ltd.", "inc", "inc.", "corp", "corp.", "llc", "gmbh"})


def company_name(doc, start: int, end: int) -> bool:
    """What follows a title word in an organisation's span reads as a company, not a person:
    it ends in a legal suffix ("Premier Oil Plc") or is one plural proper noun ("General Motors")."""
    return doc[end - 1].lower_ in CORPORATE_SUFFIXES or (end - start == 1 and doc[start].tag_ == "NNPS")


def seated_name(doc, c: Cand) -> bool:
    """'Dutch-based Mittal': a name said to be based somewhere is a firm's, whatever person
    shares it (people are "London-based journalist X", the role noun before the name)."""
    return c.start > 1 and doc[c.start - 1].lower_ == "based" and doc[c.start - 2].text == "-"


def join_demonym_orgs(doc, cands: list[Cand]) -> list[Cand]:
    """'the Georgian' + 'Foreign Ministry' -> one organisation: the model cuts a body's name
    after its nationality adjective; the adjective alone names no organisation."""
    out: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.start):
        prev = out[-1] if out else None
        if prev is not None and c.label == "ORG" and prev.end == c.start and prev.label in ("ORG", "NORP") \
                and all(gz.demonym_country(t.text) for t in doc[prev.start:prev.end]):
            out[-1] = Cand(prev.start, c.end, "ORG", c.source, c.ent_id)
            continue
        out.append(c)
    return out


def join_company_names(doc, cands: list[Cand]) -> list[Cand]:
    """'Premier' + 'Oil Plc' -> one company: a span ending in a legal suffix takes the
    capitalised words compounded onto it, title words included ("General", "Premier")."""
    tagged = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for c in cands:
        if doc[c.end - 1].lower_ not in CORPORATE_SUFFIXES or c.words < 2 and c.label != "ORG":
            out.append(c)
            continue
        start = c.start
        while start > 0 and start - 1 not in tagged and doc[start - 1].dep_ == "compound" \
                and c.start <= doc[start - 1].head.i < c.end and doc[start - 1].text[:1].isupper() \
                and doc[start - 1].is_alpha:
            start -= 1
        out.append(Cand(start, c.end, "ORG", c.source, c.ent_id))
    return out


def complete_org_names(doc, cands: list[Cand]) -> list[Cand]:
    """'Ministry of Foreign' + 'Relations', 'Department of Foreign Affairs' + 'and Trade': the
    model cuts a long body's name before its last noun or its last 'and' part."""
    tagged = {i for c in cands for i in range(c.start, c.end)}
    out = []
    for c in cands:
        end = c.end
        if c.label == "ORG" and end < len(doc) and end not in tagged:
            last = doc[end - 1]
            head = last.head.i if last.dep_ == "compound" else -1
            if end <= head < end + 3 and all(_capitalised_noun(t) and (t.i == head or t.dep_ == "compound"
                                                                     and end <= t.head.i <= head)
                                            for t in doc[end:head + 1]) and not tagged & set(range(end, head + 1)):
                end = head + 1  # the name's head noun, left outside ("UN" + "Refugee Agency")
                if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end].head.i == end - 1 \
                        and end + 1 not in tagged and _capitalised_noun(doc[end + 1]):
                    end += 2  # "UN" + "Commission of Enquiry": the whole body's name
                c = Cand(c.start, c.end, c.label, c.source, "")  # the UN's commission is not the UN
            elif any(t.lower_ == "of" for t in doc[c.start:end]) and end + 1 < len(doc) \
                    and doc[end].lower_ == "and" and end + 1 not in tagged and _capitalised_noun(doc[end + 1]) \
                    and doc[end + 1].dep_ == "conj" and doc[end + 1].head.i == end - 1 \
                    and (end + 2 >= len(doc) or not doc[end + 2].text[:1].isupper()):
                end += 2  # "... of Foreign Affairs and Trade": one body, not two
        out.append(c if end == c.end else Cand(c.start, end, c.label, c.source, c.ent_id))
    return out


def _capitalised_noun(tok) -> bool:
    return tok.pos_ == "PROPN" and tok.is_alpha and tok.text[:1].isupper() \
        and tok.lower_ not in TITLE_HEADS and "\n" not in tok.whitespace_ and not only_verb(tok.text)
