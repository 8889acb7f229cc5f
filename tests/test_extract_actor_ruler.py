"""Entity ruler: known organisations and government bodies become ORG spans."""

from __future__ import annotations

import pytest

from kg.extract.actor_ruler import RULER_NAME, add_entity_ruler


def test_actor_ruler_is_added_once_before_ner(pipe):
    add_entity_ruler(pipe)
    names = pipe.pipe_names
    assert names.count(RULER_NAME) == 1 and names.index(RULER_NAME) < names.index("ner")


@pytest.mark.parametrize(
    ("text", "span", "canonical"),
    [
        ("Human Rights Watch said the visit failed.", "Human Rights Watch", "Human Rights Watch"),
        ("The U.N. said the report was ready.", "U.N.", "United Nations"),
        ("Reuters reported the attack.", "Reuters", "Reuters"),
        ("The Associated Press reported it.", "The Associated Press", "Associated Press"),
    ],
)
def test_actor_ruler_tags_known_organisations(pipe, text, span, canonical):
    ents = {(e.text, e.label_, e.ent_id_) for e in pipe(text).ents}
    assert (span, "ORG", canonical) in ents


@pytest.mark.parametrize("text", ["The Foreign Ministry said no.", "The Ministry of Public Security said no."])
def test_actor_ruler_tags_government_bodies(pipe, text):
    assert any(e.label_ == "ORG" and "Ministry" in e.text for e in pipe(text).ents)


def test_actor_ruler_tags_external_affairs_ministry_whole(pipe):
    doc = pipe("A spokesperson for the External Affairs Ministry told reporters in New Delhi.")
    assert "External Affairs Ministry" in {e.text for e in doc.ents}
