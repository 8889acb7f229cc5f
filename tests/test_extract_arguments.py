"""Argument repairs on parses the model gets wrong, tested on hand-built parses so that
the repair, not the model's mood, is what is measured."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from kg.extract.arguments import coordinated, nationality_of_conjunct, subject_tokens


def parsed(nlp, rows: list[tuple[str, str, int, str]], ents: dict[int, str] | None = None) -> Doc:
    """A Doc from (word, pos, head, dep) rows; ``ents`` maps a token index to its entity type."""
    words, pos, heads, deps = (list(col) for col in zip(*rows))
    tags = ["O"] * len(words)
    for i, label in (ents or {}).items():
        tags[i] = f"B-{label}"
    return Doc(nlp.vocab, words=words, pos=pos, heads=heads, deps=deps, ents=tags)


def test_arguments_a_name_hung_on_the_fronted_phrase_is_the_subject(nlp):
    # "After the coup in Fiji, Minister Winston Peters on Friday met Frank Bainimarama.", with
    # "coup" parsed as the subject and the name as an apposition of "Fiji"
    rows = [
        ("After", "ADP", 11, "prep"), ("the", "DET", 2, "det"), ("coup", "NOUN", 11, "nsubj"),
        ("in", "ADP", 2, "prep"), ("Fiji", "PROPN", 3, "pobj"), (",", "PUNCT", 4, "punct"),
        ("Minister", "PROPN", 8, "compound"), ("Winston", "PROPN", 8, "compound"),
        ("Peters", "PROPN", 4, "appos"), ("on", "ADP", 2, "prep"), ("Friday", "PROPN", 9, "pobj"),
        ("met", "VERB", 11, "ROOT"), ("Frank", "PROPN", 13, "compound"), ("Bainimarama", "PROPN", 11, "dobj"),
    ]
    doc = parsed(nlp, rows, {10: "DATE"})
    assert [t.text for t in subject_tokens(doc[11])] == ["Peters"]


def test_arguments_a_name_conjoined_to_the_fronted_phrase_is_the_subject(nlp):
    # "Since the election in Zimbabwe, Minister Nkosazana Zuma on Friday met Robert Mugabe."
    rows = [
        ("Since", "ADP", 10, "prep"), ("the", "DET", 2, "det"), ("election", "NOUN", 0, "pobj"),
        ("in", "ADP", 2, "prep"), ("Zimbabwe", "PROPN", 3, "pobj"), (",", "PUNCT", 4, "punct"),
        ("Minister", "PROPN", 7, "compound"), ("Zuma", "PROPN", 4, "conj"),
        ("on", "ADP", 2, "prep"), ("Friday", "PROPN", 8, "pobj"),
        ("met", "VERB", 10, "ROOT"), ("Robert", "PROPN", 12, "compound"), ("Mugabe", "PROPN", 10, "dobj"),
    ]
    doc = parsed(nlp, rows, {9: "DATE"})
    assert [t.text for t in subject_tokens(doc[10])] == ["Zuma"]


def test_arguments_a_true_apposition_of_the_subject_stays_an_apposition(nlp):
    # "The head of the army, General Peters, met Bainimarama.": the subject is the head
    rows = [
        ("The", "DET", 1, "det"), ("head", "NOUN", 9, "nsubj"), ("of", "ADP", 1, "prep"),
        ("the", "DET", 4, "det"), ("army", "NOUN", 2, "pobj"), (",", "PUNCT", 1, "punct"),
        ("General", "PROPN", 7, "compound"), ("Peters", "PROPN", 1, "appos"), (",", "PUNCT", 1, "punct"),
        ("met", "VERB", 9, "ROOT"), ("Bainimarama", "PROPN", 9, "dobj"),
    ]
    doc = parsed(nlp, rows)
    assert [t.text for t in subject_tokens(doc[9])] == ["head"]


@pytest.mark.parametrize("date_words", [["on", "Friday"], ["Friday"]])
def test_arguments_a_date_between_a_spliced_name_and_its_verb(nlp, date_words):
    # "Officials briefed the envoy, Peters (on) Friday met Mugabe": the name runs into its verb
    rows = [
        ("Officials", "NOUN", 1, "nsubj"), ("briefed", "VERB", 1, "ROOT"), ("the", "DET", 3, "det"),
        ("envoy", "NOUN", 1, "dobj"), (",", "PUNCT", 1, "punct"), ("Peters", "PROPN", 3, "appos"),
    ]
    n = len(rows)
    for k, word in enumerate(date_words):
        rows.append((word, "ADP" if word == "on" else "PROPN", n + len(date_words), "prep" if word == "on" else "npadvmod"))
    verb = len(rows)
    rows += [("met", "VERB", 1, "conj"), ("Mugabe", "PROPN", verb, "dobj")]
    if date_words[0] == "on":
        rows[n + 1] = ("Friday", "PROPN", n, "pobj")
    doc = parsed(nlp, rows, {verb - 1: "DATE"})
    assert [t.text for t in subject_tokens(doc[verb])] == ["Peters"]


def test_a_name_set_off_after_a_long_title_is_the_titled_person(extractor):
    from .test_extract_events import extract, tuples

    text = ("Kenyan President Mwai Kibaki held talks with the British deputy secretary of state for "
            "African affairs, Ian Smith, in Nairobi on Friday.")
    assert ("Mwai Kibaki", "met", "Ian Smith") in tuples(extract(extractor, text))


def test_arguments_a_nationality_coordinated_with_a_plural_is_its_modifier(nlp):
    # "Nepali and Laotian officials say ...", parsed with "Nepali" as the subject and
    # "officials" as its conjunct: the officials speak, "Nepali" is no actor
    rows = [
        ("Nepali", "PROPN", 4, "nsubj"), ("and", "CCONJ", 0, "cc"), ("Laotian", "ADJ", 3, "amod"),
        ("officials", "NOUN", 0, "conj"), ("say", "VERB", 4, "ROOT"),
    ]
    doc = parsed(nlp, rows)
    doc[3].tag_ = "NNS"
    assert [t.text for t in coordinated(doc[0])] == ["officials"]
    assert nationality_of_conjunct(doc[0])


def test_arguments_a_nationality_standing_alone_is_kept(nlp):
    # "Nepalis and Laotians say ...": two peoples, both speak
    rows = [("Nepalis", "PROPN", 3, "nsubj"), ("and", "CCONJ", 0, "cc"), ("Laotians", "PROPN", 0, "conj"),
            ("say", "VERB", 3, "ROOT")]
    doc = parsed(nlp, rows)
    assert [t.text for t in coordinated(doc[0])] == ["Nepalis", "Laotians"]


@pytest.mark.parametrize("second_on_role", [True, False])
def test_arguments_a_name_after_a_role_joined_to_an_apposed_name_is_a_member(nlp, second_on_role):
    # "The Premier of Latvia, Ivars Godmanis, and his Estonian counterpart, Andrus Ansip, met": the
    # second name hangs on "counterpart" (joined to the first name) or on the title itself
    second_head = 11 if second_on_role else 1
    rows = [
        ("The", "DET", 1, "det"), ("Premier", "PROPN", 16, "nsubj"), ("of", "ADP", 1, "prep"),
        ("Latvia", "PROPN", 2, "pobj"), (",", "PUNCT", 1, "punct"), ("Ivars", "PROPN", 6, "compound"),
        ("Godmanis", "PROPN", 1, "appos"), (",", "PUNCT", 6, "punct"), ("and", "CCONJ", 6, "cc"),
        ("his", "PRON", 11, "poss"), ("Estonian", "ADJ", 11, "amod"), ("counterpart", "NOUN", 6, "conj"),
        (",", "PUNCT", 11, "punct"), ("Andrus", "PROPN", 14, "compound"), ("Ansip", "PROPN", second_head, "appos"),
        (",", "PUNCT", 1, "punct"), ("met", "VERB", 16, "ROOT"),
    ]
    doc = parsed(nlp, rows)
    members = [t.text for t in coordinated(doc[1])]
    assert "Godmanis" in members and "Ansip" in members


def test_arguments_a_role_joined_to_a_name_with_no_name_of_its_own_adds_no_one(nlp):
    # "The Premier of Latvia, Ivars Godmanis, and his delegation met": no second name
    rows = [
        ("The", "DET", 1, "det"), ("Premier", "PROPN", 11, "nsubj"), ("of", "ADP", 1, "prep"),
        ("Latvia", "PROPN", 2, "pobj"), (",", "PUNCT", 1, "punct"), ("Ivars", "PROPN", 6, "compound"),
        ("Godmanis", "PROPN", 1, "appos"), (",", "PUNCT", 6, "punct"), ("and", "CCONJ", 6, "cc"),
        ("his", "PRON", 10, "poss"), ("delegation", "NOUN", 6, "conj"), ("met", "VERB", 11, "ROOT"),
    ]
    doc = parsed(nlp, rows)
    assert [t.text for t in coordinated(doc[1]) if t.pos_ == "PROPN"] == ["Premier", "Godmanis"]


def test_arguments_a_participle_after_since_shares_the_main_subject(nlp):
    # "Since landing in Oslo, Ruto has said ...": the parser tags "Since" SCONJ, not ADP
    rows = [
        ("Since", "SCONJ", 6, "prep"), ("landing", "VERB", 0, "pcomp"), ("in", "ADP", 1, "prep"),
        ("Oslo", "PROPN", 2, "pobj"), (",", "PUNCT", 6, "punct"), ("Ruto", "PROPN", 6, "nsubj"),
        ("said", "VERB", 6, "ROOT"), ("so", "ADV", 6, "advmod"),
    ]
    doc = parsed(nlp, rows)
    assert [t.text for t in subject_tokens(doc[1])] == ["Ruto"]


def test_arguments_a_fronted_participle_before_a_passive_takes_its_surface_subject(nlp):
    # "Landing in Lima, Ruto was welcomed by Boluarte.": Ruto landed, not Boluarte
    rows = [
        ("Landing", "VERB", 7, "advcl"), ("in", "ADP", 0, "prep"), ("Lima", "PROPN", 1, "pobj"),
        (",", "PUNCT", 7, "punct"), ("Ruto", "PROPN", 7, "nsubjpass"), ("was", "AUX", 7, "auxpass"),
        ("warmly", "ADV", 7, "advmod"), ("welcomed", "VERB", 7, "ROOT"), ("by", "ADP", 7, "agent"),
        ("Boluarte", "PROPN", 8, "pobj"),
    ]
    doc = parsed(nlp, rows)
    doc[0].tag_, doc[7].tag_ = "VBG", "VBN"
    assert [t.text for t in subject_tokens(doc[0])] == ["Ruto"]


@pytest.mark.parametrize(("word", "tag", "fronted"), [("calm", "VB", True), ("smiling", "VBG", False)])
def test_arguments_a_purpose_clause_or_a_trailing_participle_keeps_the_passive_agent(nlp, word, tag, fronted):
    # "To calm the crowd, shots were fired by police" (the police calm it); "Shots were fired by
    # police, smiling" hangs loosely: neither makes "shots" the actor
    clause = [(word, "VERB", None, "advcl")]
    main = [("shots", "NOUN", None, "nsubjpass"), ("were", "AUX", None, "auxpass"), ("fired", "VERB", None, "ROOT"),
            ("by", "ADP", None, "agent"), ("police", "NOUN", None, "pobj")]
    words = clause + [(",", "PUNCT", None, "punct")] + main if fronted else main + [(",", "PUNCT", None, "punct")] + clause
    at = {w: i for i, (w, *_) in enumerate(words)}
    heads = {word: at["fired"], ",": at["fired"], "shots": at["fired"], "were": at["fired"], "fired": at["fired"],
             "by": at["fired"], "police": at["by"]}
    rows = [(w, p, heads[w], d) for w, p, _, d in words]
    doc = parsed(nlp, rows)
    doc[at[word]].tag_, doc[at["fired"]].tag_ = tag, "VBN"
    assert [t.text for t in subject_tokens(doc[at[word]])] == ["police"]


@pytest.mark.parametrize("joined", [True, False])
def test_arguments_a_name_hung_on_the_last_name_s_title_with_and_is_a_member(nlp, joined):
    # "the visit by Minister Aldo Rossi and party spokesman Piet Jansen": the parser hangs "Rossi"
    # (with the "and") on "spokesman", Jansen's title; without the "and" it is no member
    rows = [
        ("the", "DET", 1, "det"), ("visit", "NOUN", 1, "ROOT"), ("by", "ADP", 1, "prep"),
        ("Minister", "PROPN", 5, "compound"), ("Aldo", "PROPN", 5, "compound"), ("Rossi", "PROPN", 8, "nmod"),
        ("and" if joined else "of", "CCONJ" if joined else "ADP", 5, "cc" if joined else "prep"),
        ("party", "NOUN", 8, "compound"), ("spokesman", "NOUN", 10, "compound"),
        ("Piet", "PROPN", 10, "compound"), ("Jansen", "PROPN", 2, "pobj"),
    ]
    doc = parsed(nlp, rows)
    members = [t.text for t in coordinated(doc[10])]
    assert members == (["Jansen", "Rossi"] if joined else ["Jansen"])


@pytest.mark.parametrize("joined", [True, False])
def test_arguments_examples_hung_as_a_modifier_with_and_are_members(nlp, joined):
    # "groups such as Oxfam Novib and Friends Earth condemned it": "Novib" hung on "Earth";
    # with no "and" ("Oxfam Novib's Friends Earth") there is one example only
    rows = [
        ("groups", "NOUN", 8, "nsubj"), ("such", "ADJ", 2, "amod"), ("as", "ADP", 0, "prep"),
        ("Oxfam", "PROPN", 4, "compound"), ("Novib", "PROPN", 7, "nmod"),
        ("and" if joined else "'s", "CCONJ" if joined else "PART", 4, "cc" if joined else "case"),
        ("Friends", "PROPN", 7, "compound"), ("Earth", "PROPN", 2, "pobj"), ("condemned", "VERB", 8, "ROOT"),
        ("it", "PRON", 8, "dobj"),
    ]
    doc = parsed(nlp, rows)
    assert [t.text for t in coordinated(doc[0])] == (["Earth", "Novib"] if joined else ["Earth"])
