"""Repairs of parses that misplace a name: the spaCy model often hangs a name on the
wrong head ("A has said X, B has revealed Y", "the deputy secretary for African
affairs, Donald Yamamoto, here", "Visiting President Hu and ..."). Each function
finds the name where the parser left it; :mod:`kg.extract.arguments` asks them.
"""

from __future__ import annotations

from typing import Iterator


def names_in_appositive_list(token) -> list:
    """Further names in a list whose members each carry a role ("met A, China's premier,
    B, head of X, and his counterpart C"): each next name is hung on the role before it."""
    if token.pos_ != "PROPN":
        return []
    found, frontier = [], [token]
    for _ in range(6):
        roles = [ap for t in frontier for ap in t.children if ap.dep_ == "appos" and ap.pos_ == "NOUN"]
        roles += [c for r in roles for c in r.conjuncts if c.pos_ == "NOUN"]
        frontier = [n for r in roles for n in r.children if n.dep_ == "appos" and n.pos_ == "PROPN"]
        if not frontier:
            break
        found += frontier
    return found


def misparsed_visitor(token) -> object | None:
    """'visiting' read as a verb whose object is the visitor ("Visiting President Hu and ...",
    "Kharazi and visiting Foreign Secretary Straw discussed"): the visitor, else None."""
    if token.lower_ != "visiting" or token.tag_ != "VBG" or token.dep_ not in ("csubj", "conj", "nsubj") \
            or any(c.dep_ in ("nsubj", "aux", "auxpass", "prep") for c in token.children):
        return None
    objects = [c for c in token.children if c.dep_ == "dobj" and c.pos_ == "PROPN" and c.i > token.i]
    return objects[0] if objects else None


def spliced_subject(subject, verb) -> object:
    """'A has said X, B has revealed Y': the parser makes B an apposition of the object A;
    'after the takeover in Nepal, Minister X on Friday met Y': of a noun in the fronted phrase.

    A true apposition ("Fleming, the captain, said") ends in a comma; a name running
    straight into its verb (past a date at most) is that verb's own subject.
    """
    if subject.pos_ == "PROPN":
        names = [ap for ap in subject.children if ap.dep_ == "appos"]
    elif subject.pos_ == "NOUN" and not subject.ent_type_:
        names = [ap for ap in subject.subtree if ap.dep_ == "appos" and ap.i > 0
                 and verb.doc[ap.left_edge.i - 1].text == ","]
    else:
        return subject
    for ap in names:
        if ap.pos_ == "PROPN" and subject.i < ap.i < verb.i and not any(t.is_punct for t in ap.subtree):
            between = verb.doc[ap.right_edge.i + 1: verb.i]
            if all(t.dep_ in ("aux", "auxpass", "neg", "advmod") or dated(t) for t in between):
                return ap
    return subject


def dated(token) -> bool:
    """A token of a date phrase, or the "on" that opens one."""
    return token.ent_type_ in ("DATE", "TIME") or token.lower_ == "on" and token.i + 1 < len(token.doc) \
        and token.doc[token.i + 1].ent_type_ in ("DATE", "TIME")


def name_before(verb) -> object | None:
    """'... rest Henry, Vieira has revealed ...': a subjectless verb whose clause opens with a
    name the parser hung on the previous object."""
    first = min([verb.i] + [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i])
    doc = verb.doc
    while first > 1 and dated(doc[first - 1]):
        first -= 1  # "Minister K Natwar Singh on Friday met": the date between name and verb
    if first == 0:
        return None
    name = doc[first - 1]
    if name.pos_ != "PROPN" or name.head.i > name.i:
        return None
    if name.dep_ == "appos" and not any(t.is_punct for t in name.subtree):
        return name
    if name.dep_ == "conj" and verb.dep_ == "ROOT" and name.left_edge.i > 0 \
            and doc[name.left_edge.i - 1].text == "," and not any(t.text in ",;:()" for t in name.subtree):
        return name  # "In the first contact since the election in Zimbabwe, Minister X met Y"
    if verb.dep_ == "conj" and name.dep_ in ("appos", "pobj", "dobj", "conj") and not any(
            c.dep_ == "cc" for c in verb.children):  # "..., MDC leader Morgan Tsvangirai said"
        return name
    return None


def name_after_long_title(title) -> Iterator:
    """'talks with the deputy secretary of state for African affairs, Donald Yamamoto, here':
    a name set off by commas right after a long title, which the parser hung elsewhere."""
    doc = title.doc
    i = title.i + 1
    while i < len(doc) and i - title.i <= 8 and doc[i].text != "," and (
            doc[i].pos_ in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "CCONJ") and doc[i].ent_type_ != "PERSON"):
        i += 1
    if i >= len(doc) or doc[i].text != "," or i + 1 >= len(doc) or doc[i + 1].ent_type_ != "PERSON":
        return
    j = i + 1
    while j < len(doc) and doc[j].ent_type_ == "PERSON" and doc[j].ent_iob_ != "B" or j == i + 1:
        j += 1
    name = doc[i + 1:j].root
    if (j >= len(doc) or doc[j].is_punct) and name.dep_ in ("npadvmod", "appos", "conj", "nmod", "dep") \
            and name.head.i != title.i:
        yield name


# Offices whose portfolio phrase may swallow the holder's name ("chief of protocol Ambassador A").
OFFICE_HEADS = frozenset({"minister", "president", "premier", "chancellor", "secretary", "chief", "head",
                          "ambassador", "governor", "director", "chairman", "chairwoman", "commissioner"})


def name_in_portfolio(title) -> Iterator:
    """'chief of protocol Ambassador A', 'the Prime Minister of Spain A': the parser makes the holder's
    name the object of the office's 'of'/'for', with the portfolio as its first modifier (a
    spokesman for Minister A, or the wife of President A, is no such office: not in the list)."""
    if title.lemma_.lower() not in OFFICE_HEADS and title.lower_ not in OFFICE_HEADS:
        return
    for prep in title.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("of", "for"):
            continue
        for obj in prep.children:
            first = obj.left_edge
            if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and obj.ent_type_ == "PERSON" and first.i < obj.i \
                    and first.dep_ == "compound" and first.ent_type_ != "PERSON" \
                    and first.lower_ not in OFFICE_HEADS and not first.lower_.endswith("."):
                yield obj


def subject_after_according(according) -> list:
    """'According to X, A and B were able to ...': the parser joins the clause's subject to X as
    its conjuncts, leaving the verb without one; the names after the comma are the subject."""
    verb = according.head
    if according.lower_ != "according" or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children):
        return []
    sources = [o for p in according.children if p.lower_ == "to" for o in p.children if o.dep_ == "pobj"]
    for source in sources:
        first = next((c for c in source.children if c.dep_ == "conj" and c.i > source.i), None)
        if first is not None and first.left_edge.i > 0 and first.doc[first.left_edge.i - 1].text == ",":
            return [c for c in source.conjuncts if c.i >= first.i]
    return []


# Nouns that an appositive name may follow: "in the capital, Kabul", "at the port, Mombasa".
NAMED_PLACE_NOUNS = frozenset({"capital", "city", "town", "port", "village", "province", "region", "district"})


def name_after_place_noun(pobj) -> object | None:
    """'met X in the capital, Kabul, on Saturday': the parser hangs the name after the comma on
    the verb instead of the noun it names; the name, else None."""
    if pobj.lemma_.lower() not in NAMED_PLACE_NOUNS or any(c.dep_ == "appos" for c in pobj.children):
        return None
    after = pobj.right_edge.i + 1
    doc = pobj.doc
    if after + 1 >= len(doc) or doc[after].text != ",":
        return None
    name = doc[after + 1]
    while name.dep_ == "compound" and name.head.i > name.i:
        name = name.head
    if name.pos_ != "PROPN" or name.ent_type_ not in ("GPE", "LOC", "FAC") \
            or name.head.i not in {a.i for a in pobj.ancestors} \
            or name.dep_ not in ("npadvmod", "appos", "dobj", "nsubj", "attr", "conj"):
        return None
    return name
