"""Linear tokenizing, long texts in parts, and the per-document guard of the extractor."""

from __future__ import annotations

import pytest

from kg.errors import ExtractionError
from kg.extract import longtext, pipeline
from kg.extract.longtext import LinearTokenizer, split_parts
from kg.ingest.readers import make_document
from kg.model import Extraction

PARAGRAPH = ("Foreign Minister Maria Lopez visited Lima on Tuesday for talks on trade. "
             "President John Carter met Prime Minister Aiko Tanaka in Tokyo, officials said.\n")


def doc(text: str, doc_id: str = "d"):
    return make_document(text, {}, default_id=doc_id, path=None)


def test_extract_longtext_tokenizer_keeps_spacy_tokens_for_ordinary_text(nlp) -> None:
    inner = nlp.tokenizer.tokenizer if isinstance(nlp.tokenizer, LinearTokenizer) else nlp.tokenizer
    text = PARAGRAPH + "Don't stop: e-mail bob@example.org or see https://example.org/a?b=c (ok)!"
    assert [t.text for t in LinearTokenizer(inner)(text)] == [t.text for t in inner(text)]


@pytest.mark.parametrize("run", ["=" * 20_000, "(" * 5_000, "ab." * 3_000, "x" * 150])
def test_extract_longtext_tokenizer_cuts_long_runs(nlp, run) -> None:
    inner = nlp.tokenizer.tokenizer if isinstance(nlp.tokenizer, LinearTokenizer) else nlp.tokenizer
    text = "Before " + run + " after\n" + run
    tokens = LinearTokenizer(inner)(text)
    assert tokens.text == text
    assert len(tokens) <= 4 + 2 * (len(run) // longtext.MAX_RUN + 1)
    assert [t.text for t in tokens][:1] == ["Before"] and "after" in [t.text for t in tokens]


@pytest.mark.parametrize(("text", "size"), [
    (PARAGRAPH * 40, 1000),  # cut at line ends
    (PARAGRAPH.replace("\n", " ") * 40, 1000),  # no line breaks: cut after sentences
    ("word " * 1000, 333),  # no sentences: after spaces
    ("x" * 5000, 700),  # nothing: anywhere
])
def test_extract_longtext_parts_cover_the_text_in_order(text, size) -> None:
    parts = split_parts(text, size)
    assert parts[0][0] == 0 and parts[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(parts, parts[1:]))
    assert all(0 < e - s <= size for s, e in parts)
    if "\n" in text:
        assert all(text[e - 1] == "\n" for _, e in parts[:-1])


def test_extract_longtext_parse_in_parts_keeps_offsets_into_the_whole_text(nlp) -> None:
    text = PARAGRAPH * 30
    whole, parted = nlp(text), longtext.parse(nlp, text, part_chars=800)
    assert parted.text == text and len(parted) == len(whole)
    assert [(e.start_char, e.end_char, e.label_) for e in parted.ents] == \
        [(e.start_char, e.end_char, e.label_) for e in whole.ents]


def test_extract_longtext_extractor_handles_a_text_over_spacy_max_length(extractor, monkeypatch) -> None:
    text = PARAGRAPH * 30
    whole = extractor.extract_one(doc(text))
    monkeypatch.setattr(pipeline, "PART_CHARS", 1000)
    monkeypatch.setattr(extractor.nlp, "max_length", 2000)  # the text is over it: only parts can work
    parted = extractor.extract_one(doc(text))
    assert parted.events == whole.events and len(parted.events) >= 30
    assert max(p.start for e in parted.events for p in e.participants) > 4000
    for event in parted.events:
        assert text[event.provenance.start:event.provenance.end] in event.provenance.evidence
        assert all(text[p.start:p.end].strip() for p in event.participants)


def test_extract_longtext_failing_document_is_its_own_error(extractor, monkeypatch) -> None:
    real = pipeline.extract_parsed

    def extract_parsed(parsed, document):
        if document.id == "boom":
            raise RuntimeError("unforeseen\nbug")
        return real(parsed, document)

    monkeypatch.setattr(pipeline, "extract_parsed", extract_parsed)
    out = list(extractor.extract([doc(PARAGRAPH, "a"), doc(PARAGRAPH, "boom"), doc(PARAGRAPH, "b")]))
    assert [type(x) for x in out] == [Extraction, ExtractionError, Extraction]
    assert str(out[1]) == "boom: extraction failed: RuntimeError: unforeseen bug"


def test_extract_longtext_text_that_breaks_the_parse_fails_alone(extractor, monkeypatch) -> None:
    tokenizer = extractor.nlp.tokenizer

    def breaking(text):
        if "BOOM" in text:
            raise ValueError("cannot tokenize")
        return tokenizer(text)

    monkeypatch.setattr(extractor.nlp, "tokenizer", breaking)
    out = list(extractor.extract([doc(PARAGRAPH, "a"), doc("BOOM " + PARAGRAPH, "boom"), doc(PARAGRAPH, "b")]))
    assert [type(x) for x in out] == [Extraction, ExtractionError, Extraction]


def test_extract_longtext_ingest_reports_a_failed_document_and_writes_the_rest(extractor, monkeypatch,
                                                                               memory_store) -> None:
    from kg import workflow

    real = pipeline.extract_parsed
    monkeypatch.setattr(pipeline, "extract_parsed", lambda parsed, d: real(parsed, d) if d.id != "boom"
                        else 1 / 0)
    docs = [doc(PARAGRAPH, "a"), doc(PARAGRAPH, "boom")]
    monkeypatch.setattr(workflow, "iter_documents", lambda paths, stdin=None: iter(docs))
    summary = workflow.ingest(["x"], memory_store, extractor=extractor)
    assert summary.documents == 1
    assert [p for p, _ in summary.failed] == ["boom"]
    assert "ZeroDivisionError" in summary.failed[0][1]


def test_extract_longtext_endless_sentence_is_cut_into_bounded_runs(extractor) -> None:
    parsed = extractor.nlp("Blinken said that " * 300 + "Kyiv fell.")
    assert max(len(s) for s in parsed.sents) <= pipeline.MAX_RUN_TOKENS + 1
    assert "Kyiv fell." in [s.text for s in parsed.sents][-1]


def test_extract_sentences_start_only_after_punctuation_or_a_line_break(extractor) -> None:
    text = ("Leaders meet in Hanoi\n\nPhan Van Khai, the Prime Minister of the Socialist Republic of "
            "Vietnam had lunch today with Goh Chok Tong. They spoke for an hour; aides waited")
    doc = extractor.nlp(text)
    starts = [t for t in doc if t.is_sent_start and t.i > 0]
    for t in starts:
        prev = doc[t.i - 1]
        assert prev.is_punct or prev.is_space or "\n" in prev.text_with_ws, t.text
    assert {t.text for t in starts} >= {"Phan", "They"}
