"""Entity ruler patterns for organisations the small spaCy model misses or splits.

The ruler runs before "ner" without overwriting, so the model keeps its own
entities elsewhere and predicts around ours. Pattern ids carry the canonical
label ("UN" -> id "United Nations"), read back through ``Span.ent_id_``.
"""

from __future__ import annotations

from kg.extract.gazetteer import organization_patterns

RULER_NAME = "kg_entity_ruler"

# "<Dept> Ministry", "Ministry of <Dept>", "<Dept> Department": government bodies.
DEPARTMENTS = [
    "foreign", "defence", "defense", "interior", "finance", "justice", "commerce", "trade",
    "health", "education", "economy", "energy", "environment", "agriculture", "culture",
    "information", "labour", "labor", "transport", "home", "state", "treasury",
    "public security", "state security", "foreign affairs", "home affairs",
    "internal affairs", "external affairs", "emergency situations",
]
DEPT_WORDS = [w for d in DEPARTMENTS for w in d.split()]
# People known by a title that is their name, which the model reads as no one: "the Dalai Lama said".
TITLE_NAMES = ["Dalai Lama", "Panchen Lama", "Aga Khan"]


def _body_patterns() -> list[dict]:
    dept = {"LOWER": {"IN": DEPT_WORDS}}
    cap = {"IS_TITLE": True}
    return [
        {"label": "ORG", "pattern": [dept, {"LOWER": {"IN": ["ministry", "office", "department"]}}]},
        {"label": "ORG", "pattern": [dept, dept, {"LOWER": {"IN": ["ministry", "office", "department"]}}]},
        {"label": "ORG", "pattern": [{"TEXT": "Ministry"}, {"LOWER": "of"}, {"LOWER": "the", "OP": "?"}, dept]},
        {"label": "ORG", "pattern": [{"TEXT": "Ministry"}, {"LOWER": "of"}, dept, dept]},
        {"label": "ORG", "pattern": [{"TEXT": "Department"}, {"LOWER": "of"}, cap]},
        {"label": "ORG", "pattern": [{"TEXT": "Department"}, {"LOWER": "of"}, cap, cap]},
        {"label": "ORG", "pattern": [{"TEXT": {"IN": ["Kremlin"]}}], "id": "seat:RU"},
    ]


def build_patterns(nlp) -> list[dict]:
    """Phrase patterns for known organisations plus token patterns for government bodies."""
    patterns: list[dict] = []
    seen = set()
    for form, canonical in organization_patterns():
        if (form, canonical) in seen:
            continue
        seen.add((form, canonical))
        patterns.append({"label": "ORG", "pattern": form, "id": canonical})
        if "\u2019" in form or "'" in form:
            alt = form.replace("\u2019", "'") if "\u2019" in form else form.replace("'", "\u2019")
            patterns.append({"label": "ORG", "pattern": alt, "id": canonical})
    patterns.extend(_body_patterns())
    patterns.extend({"label": "PERSON", "pattern": name} for name in TITLE_NAMES)
    return patterns


def add_entity_ruler(nlp) -> None:
    """Add (once) an entity ruler before "ner" with general organisation patterns.

    spaCy's small model misses some organisations (it does not tag "Human Rights
    Watch") and splits others; known names become ORG spans that "ner" keeps.
    Mistyped places are retyped later by the resolver, not here, so a name like
    "Washington" can still be a person.
    """
    if RULER_NAME in nlp.pipe_names:
        return
    where = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe(
        "entity_ruler",
        name=RULER_NAME,
        config={"overwrite_ents": False, "validate": False},
        **where,
    )
    ruler.add_patterns(build_patterns(nlp))
