"""Issue 13, items 1-3: a bad input is one error line, nothing blocks, nothing is lost in silence."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.errors import (
    BinaryInputError,
    DecodeError,
    DuplicateIdError,
    EmptyInputError,
    InputError,
    MalformedRecordError,
    TooLargeError,
)
from kg.ingest import iter_documents
from kg.ingest.metadata import normalise_date
from kg.model import Document

ARTICLE = "Foreign Minister Maria Lopez visited Lima on Tuesday for talks on trade.\n"


def run(*paths: str, stdin=None) -> list[Document | InputError]:
    return list(iter_documents(list(paths), stdin=stdin))


def errors(items) -> list[str]:
    return [str(i) for i in items if isinstance(i, InputError)]


def write(folder: Path, name: str, data: str | bytes) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data)
    return path


# --- 1. a bad value is that input's error; the rest of the file and run go on ------------


@pytest.mark.parametrize("bad", [
    '{"text": ' + "[" * 1000 + "]" * 1000 + "}",  # RecursionError in json
    '{"text": "a b c", "n": ' + "9" * 4301 + "}",  # int of 4301 digits
    json.dumps({"text": "\ud800 x"}), json.dumps({"text": "x y", "id": "\ud800"}),
    json.dumps({"text": "x y", "title": "a\udfff"}), json.dumps({"text": "x y", "source": "\udc80"}),
])
def test_ingest_safety_bad_jsonl_line_is_one_error_and_the_file_goes_on(tmp_path, bad) -> None:
    path = write(tmp_path, "c.jsonl", bad + "\n" + json.dumps({"id": "good", "text": ARTICLE}) + "\n")
    items = run(str(path))
    assert [i.id for i in items if isinstance(i, Document)] == ["good"]
    (error,) = errors(items)
    assert error.startswith(f"{path}:1: ") and "\n" not in error


def test_ingest_safety_deep_json_file_is_one_error(tmp_path) -> None:
    path = write(tmp_path, "deep.json", "[" * 100_000 + "]" * 100_000)
    assert errors(run(str(path))) == [f"{path}: invalid JSON: nested too deeply"]


def test_ingest_safety_invalid_utf8_on_stdin_spoils_one_line() -> None:
    data = (json.dumps({"id": "a", "text": ARTICLE}) + "\n").encode() + b'{"text": "caf\xe9"}\n' \
        + (json.dumps({"id": "b", "text": ARTICLE}) + "\n").encode()
    stdin = io.TextIOWrapper(io.BytesIO(data), encoding="utf-8")  # .buffer, as sys.stdin has
    items = run("-", stdin=stdin)
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "b"]
    assert [type(i) for i in items if isinstance(i, InputError)] == [DecodeError]
    assert errors(items)[0].startswith("<stdin>:2: not valid UTF-8")


@pytest.mark.parametrize("value", [1e30, float("nan"), 1e15, float("inf"), "0001-01-01", "99999-01-01",
                                   "Mon, 01 Jan 99999999999999999999 00:00:00 +0000"])
def test_ingest_safety_impossible_date_is_a_malformed_record(value) -> None:
    with pytest.raises(MalformedRecordError):
        normalise_date(value, where="x")


def test_ingest_safety_html_date_offset_out_of_range_keeps_the_article(tmp_path) -> None:
    html = ('<html><head><meta property="article:published_time" content="2022-05-28T10:00:00+99:99">'
            f"</head><body><article><p>{ARTICLE * 3}</p></article></body></html>")
    (doc,) = run(str(write(tmp_path, "a.html", html)))
    assert isinstance(doc, Document) and doc.published == "2022-05-28"


def test_ingest_safety_undefined_charset_is_a_decode_error(tmp_path) -> None:
    data = b'<html><head><meta charset="undefined"></head><body><p>Caf\xe9 ' + ARTICLE.encode() + b"</p></body></html>"
    (error,) = run(str(write(tmp_path, "a.html", data)))
    assert isinstance(error, DecodeError)


def test_ingest_safety_text_over_the_cap_is_refused_in_one_line(tmp_path, monkeypatch) -> None:
    from kg.ingest import readers

    monkeypatch.setattr(readers, "MAX_TEXT_CHARS", 1000)
    (error,) = run(str(write(tmp_path, "long.txt", ARTICLE * 20)))
    assert isinstance(error, TooLargeError) and "the limit is 1,000" in str(error)


def test_ingest_safety_file_over_the_byte_cap_is_refused_unread(tmp_path, monkeypatch) -> None:
    from kg.ingest import files

    monkeypatch.setattr(files, "MAX_FILE_BYTES", 100)
    monkeypatch.setattr(files.read_capped, "__kwdefaults__", {"cap": 100})
    (error,) = run(str(write(tmp_path, "big.txt", ARTICLE * 5)))
    assert isinstance(error, TooLargeError)


def test_ingest_safety_bad_sidecar_fails_only_its_article(tmp_path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    write(tmp_path, "a.meta.json", "[" * 5000 + "]" * 5000)
    write(tmp_path, "b.txt", ARTICLE)
    items = run(str(tmp_path))
    assert [i.id for i in items if isinstance(i, Document)] == ["b"]
    assert errors(items) == [f"{tmp_path / 'a.meta.json'}: invalid sidecar JSON: nested too deeply"]


# --- 2. nothing blocks -------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_ingest_safety_fifo_is_refused_not_read(tmp_path) -> None:
    os.mkfifo(tmp_path / "x.txt")
    os.mkfifo(tmp_path / "y.jsonl")
    write(tmp_path, "good.txt", ARTICLE)
    items = run(str(tmp_path)) + run(str(tmp_path / "x.txt"))  # found in a folder, and given
    assert [i.id for i in items if isinstance(i, Document)] == ["good"]
    assert len(errors(items)) == 3 and all("not a regular file (a FIFO)" in e for e in errors(items))


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_ingest_safety_link_to_a_device_is_refused(tmp_path) -> None:
    os.symlink("/dev/zero", tmp_path / "zero.txt")
    (error,) = run(str(tmp_path / "zero.txt"))
    assert "not a regular file (a character device)" in str(error)


def test_ingest_safety_empty_path_is_an_error_not_the_current_folder() -> None:
    (error,) = run("")
    assert isinstance(error, InputError) and "empty path" in str(error)


@pytest.mark.parametrize("text", ["\u200b" * 40, "\u200b\u200c\u200d\u2060\n\ufeff\u00ad", "\u3164 \u2800\n"])
def test_ingest_safety_invisible_text_is_empty(tmp_path, text) -> None:
    (error,) = run(str(write(tmp_path, "blank.txt", text)))
    assert isinstance(error, EmptyInputError)


# --- 3. no silent data loss ----------------------------------------------------------------


@pytest.mark.parametrize(("first", "second"), [("report.md", "report.txt"), ("n.json", "n.txt")])
def test_ingest_safety_second_input_with_a_taken_id_is_refused(tmp_path, first, second) -> None:
    write(tmp_path, first, json.dumps({"id": "n", "text": ARTICLE}) if first.endswith(".json") else ARTICLE)
    write(tmp_path, second, ARTICLE)
    items = run(str(tmp_path))
    assert len([i for i in items if isinstance(i, Document)]) == 1
    (error,) = [i for i in items if isinstance(i, InputError)]
    assert isinstance(error, DuplicateIdError) and error.path == str(tmp_path / second)
    assert f"already taken by {tmp_path / first}" in str(error)


@pytest.mark.parametrize(("a", "b"), [("Café.txt", "cafe.txt"), ("a b.txt", "a-b.txt")])
def test_ingest_safety_folded_names_get_different_stable_ids(tmp_path, a, b) -> None:
    write(tmp_path, a, ARTICLE)
    write(tmp_path, b, ARTICLE)
    first = run(str(tmp_path))
    ids = sorted(i.id for i in first if isinstance(i, Document))
    assert len(set(ids)) == 2 and not errors(first)
    assert ids == sorted(i.id for i in run(str(tmp_path)))  # the same across runs


def test_ingest_safety_same_file_given_twice_is_read_once(tmp_path) -> None:
    path = write(tmp_path, "a.txt", ARTICLE)
    items = run(str(tmp_path), str(path), str(tmp_path / "." / "a.txt"))
    assert [i.id for i in items] == ["a"]


def test_ingest_safety_unreadable_folder_is_a_failed_input(tmp_path, monkeypatch) -> None:
    (tmp_path / "locked").mkdir()
    write(tmp_path / "locked", "a.txt", ARTICLE)
    write(tmp_path, "b.txt", ARTICLE)
    real = os.scandir

    def scandir(path="."):  # root reads any folder: simulate the permission error
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    items = run(str(tmp_path))
    assert [i.id for i in items if isinstance(i, Document)] == ["b"]
    assert errors(items) == [f"{tmp_path / 'locked'}: cannot read folder: Permission denied"]


def test_ingest_safety_jsonl_nul_line_is_judged_alone(tmp_path) -> None:
    good = [json.dumps({"id": name, "text": ARTICLE}).encode() for name in ("a", "b")]
    lines = [good[0], b"\x00" * 50, good[1]]
    items = run(str(write(tmp_path, "c.jsonl", b"\n".join(lines) + b"\n")))
    assert [i.id for i in items if isinstance(i, Document)] == ["a", "b"]
    assert [type(i) for i in items if isinstance(i, InputError)] == [BinaryInputError]


def test_ingest_safety_binary_jsonl_is_one_error(tmp_path) -> None:
    data = bytes(range(256)) * 64
    assert len(errors(run(str(write(tmp_path, "b.jsonl", data))))) == 1


def test_ingest_safety_progress_count_never_fails(tmp_path, monkeypatch) -> None:
    from kg import workflow
    from kg.ingest import files

    write(tmp_path, "a.jsonl", json.dumps({"text": ARTICLE}) + "\n")

    def refuse(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files, "open_regular", refuse)
    assert workflow.count_inputs([str(tmp_path)]) is None  # no ETA, and no crash before ingesting


def test_ingest_safety_dash_path_error_says_double_dash(tmp_path) -> None:
    proc = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", "-file.txt", "--store", str(tmp_path / "s")],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "ingest -- -file.txt" in proc.stderr
