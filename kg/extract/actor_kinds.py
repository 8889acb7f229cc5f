"""Names the document itself shows to be a body's, whatever label the model gave them.

The small model tags an unfamiliar company, union or party name as a person ("Borealis
Mining said") or a place. A story nearly always says what the name is somewhere: an
apposition ("X, the energy group", "the listed company, X"), a kind noun compounded with
the name ("oil giant X", "the opposition X party", "the X trade union federation"), or a
corporate role of the name ("X chief executive Jan Berg", "X shareholders"). One pass over
the entities collects those names; the entity reader then reads every mention of them as
an organisation, so "the company" and "the group" can refer to them.
"""

from __future__ import annotations

from kg.extract import gazetteer as gz

# Kind nouns that say a name is a body's ("the company", "a rebel movement", "the miner").
BODY_KIND_NOUNS = frozenset(
    """
    company firm corporation conglomerate group party union federation movement
    organisation organization airline carrier miner producer maker manufacturer operator
    retailer insurer bank broadcaster newspaper
    """.split()
)
# "giant" describes a company only with its trade before it: "oil giant X", not "Asian giant X".
TRADE_KIND_NOUNS = frozenset({"giant"})
# Roles and holdings only a company has, after its name: "X chief executive Jan Berg".
CORPORATE_ROLES = frozenset({"executive", "chairman", "chairwoman", "ceo", "boss"})
CORPORATE_HOLDINGS = frozenset({"shareholders", "subsidiary", "subsidiaries"})


def _kind_noun(tok) -> bool:
    """A body's kind noun; "giant" only with its trade ("oil giant")."""
    low = tok.lower_
    if low in TRADE_KIND_NOUNS:
        return any(ch.dep_ in ("compound", "nmod") and ch.i < tok.i and ch.is_lower for ch in tok.children)
    return low in BODY_KIND_NOUNS and tok.pos_ == "NOUN"


def _described(doc, ent) -> bool:
    root = ent.root
    # an apposition right beside the name: one further on may describe someone the name leads to
    if root.dep_ == "appos" and root.head.i == ent.start - 2 and _kind_noun(root.head):
        return True  # "the London-listed company, X"
    if any(ch.dep_ == "appos" and ch.left_edge.i == ent.end + 1 and _kind_noun(ch) for ch in root.children):
        return True  # "X, the energy group,"
    before = doc[ent.start - 1] if ent.start > 0 else None
    if before is not None and _kind_noun(before) and ent.start <= before.head.i < ent.end:
        return True  # "oil giant X", "the company X"
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is None:
        return False
    if root.dep_ == "compound" and root.head.i >= ent.end and _kind_noun(root.head) and (
            all(t.dep_ == "compound" and t.is_lower for t in doc[ent.end:root.head.i])):
        return True  # "the opposition X party", "the X trade union federation"
    if after.lower_ in CORPORATE_HOLDINGS:
        return True  # "X shareholders"
    follow = doc[ent.end + 1] if ent.end + 1 < len(doc) else None
    if after.lower_ == "chief" and follow is not None and follow.lower_ == "executive":
        after, follow = follow, (doc[ent.end + 2] if ent.end + 2 < len(doc) else None)
    return after.lower_ in CORPORATE_ROLES and follow is not None and (
        follow.text[:1].isupper() or follow.lower_ in CORPORATE_ROLES)  # "X executive chairman Jan Berg"


def named_bodies(doc) -> dict[str, str]:
    """Folded name -> name, for the names the document describes as a company, party, union
    or movement; never a country's name."""
    found: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ not in ("PERSON", "ORG", "GPE", "LOC", "FAC") or not ent.text[:1].isupper():
            continue
        if gz.country(ent.text) or gz.demonym_country(ent.text) or not _described(doc, ent):
            continue
        start = ent.start + (ent[0].lower_ == "the")  # "The Dui Hua Foundation": the name without its article
        name = " ".join(doc[start:ent.end].text.split())
        if name:
            found.setdefault(gz.fold(name), name)
    return found


def body_name(bodies: dict[str, str], text: str) -> str | None:
    """The body's name that a name is, or is the first or last word of ("Borealis" of a
    two- or three-word "Borealis Mining"), when the document describes it as a body."""
    low = gz.fold(text)
    if low in bodies:
        return bodies[low]
    if " " in low:
        return None
    fulls = [name for b, name in bodies.items() if 2 <= len(b.split()) <= 3 and low in (b.split()[0], b.split()[-1])]
    return fulls[0] if len(fulls) == 1 else None
