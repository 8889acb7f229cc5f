"""Displeasure: criticism told by the critic's feelings ("unsatisfied with", "shocked that")."""

from __future__ import annotations

import pytest

from .test_extract_disapproval import criticisms



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Foreign Ministry spokesman Arvid Lund said on Monday that the government is extremely unsatisfied "
         "with remarks made by Prime Minister Tomas Keller.", ("Arvid Lund", "criticized", "Tomas Keller")),
        ("Government spokeswoman Mirela Dobre said in a statement that her country was shocked that the "
         "Hungarian government would resort to such a step.", ("Mirela Dobre", "criticized", "Hungary")),
        ("Spokesman Arvid Lund said the administration was deeply angered by the Danish decision.",
         ("Arvid Lund", "criticized", "Denmark")),
    ],
)
def test_displeasure_a_spokesman_voicing_his_side_criticises(extractor, text, expected):
    assert expected in criticisms(text, extractor)


@pytest.mark.parametrize(
    "text",
    [
        # his side is not displeased
        "Spokesman Arvid Lund said the government is not unsatisfied with remarks made by Prime Minister Tomas Keller.",
        # a state he does not speak for: reported, not his own judgement
        "Analyst Arvid Lund said Norway was deeply angered by the Danish decision.",
        # what befell someone is no deed of theirs
        "Spokesman Arvid Lund said his country was shocked that the Danish fishermen were detained.",
        "Spokesman Arvid Lund said the government was shocked that Prime Minister Tomas Keller had died.",
        # not said
        "Spokesman Arvid Lund did not say the government was angered by the Danish decision.",
        # only hedged
        "Spokesman Arvid Lund said the government might be unhappy with remarks made by Prime Minister Tomas Keller.",
    ],
)
def test_displeasure_no_spokesman_criticism(extractor, text):
    assert not {t for t in criticisms(text, extractor) if t[0] == "Arvid Lund"}
