"""kg:path records where a document came from without publishing the user's directory layout."""

from __future__ import annotations

import os

import pytest

from kg.namespaces import KG
from kg.workflow import ingest, stored_path

TEXT = "Michelle Bachelet visited Kashgar on 24 May 2022, the UN said."


@pytest.mark.parametrize("path, roots, full, expected", [
    ("news/2022/a.txt", ["news"], False, "2022/a.txt"),
    ("news/2022/a.txt", ["news/"], False, "2022/a.txt"),
    ("news/2022/a.txt", ["news/2022/a.txt"], False, "a.txt"),
    ("/home/ana/news/a.jsonl", ["/home/ana/news/a.jsonl"], False, "a.jsonl"),
    ("-", ["-"], False, "-"),
    (None, [], False, None),
])
def test_workflow_paths_stored_path(tmp_path, monkeypatch, path, roots, full, expected):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "news" / "2022").mkdir(parents=True)
    assert stored_path(path, roots, full=full) == expected


def paths_in(store) -> set[str]:
    return {row["p"].value for row in store.query(f"SELECT ?p WHERE {{ ?d <{KG.path}> ?p }}")}


def test_workflow_paths_are_relative_unless_full_paths_asked(tmp_path, extractor, monkeypatch):
    from kg.store import Store

    (tmp_path / "corpus" / "may").mkdir(parents=True)
    (tmp_path / "corpus" / "may" / "visit.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "single.txt").write_text(TEXT.replace("Kashgar", "Urumqi"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with Store.open(None) as store:
        ingest(["corpus", str(tmp_path / "single.txt")], store, extractor=extractor)
        assert paths_in(store) == {"may/visit.txt", "single.txt"}
        assert not any(str(tmp_path) in p for p in paths_in(store))
    with Store.open(None) as store:
        ingest(["corpus"], store, extractor=extractor, full_paths=True)
        assert paths_in(store) == {os.path.join(str(tmp_path), "corpus", "may", "visit.txt")}


def test_workflow_paths_another_file_taking_a_stored_id_warns(tmp_path, extractor, monkeypatch):
    import warnings

    from kg.errors import ReplacedDocumentWarning
    from kg.store import Store

    for folder in ("news/2022", "other"):
        (tmp_path / folder).mkdir(parents=True)
    mine = tmp_path / "news" / "2022" / "report.txt"
    mine.write_text(TEXT, encoding="utf-8")
    (tmp_path / "other" / "report.txt").write_text(TEXT.replace("Kashgar", "Urumqi"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with Store.open(None) as store:
        with warnings.catch_warnings():
            warnings.simplefilter("error", ReplacedDocumentWarning)
            ingest(["news"], store, extractor=extractor)
            mine.write_text(TEXT.replace("24 May", "25 May"), encoding="utf-8")
            assert ingest(["news"], store, extractor=extractor).documents == 1  # its own update
        with pytest.warns(ReplacedDocumentWarning) as caught:
            replaced = ingest(["other/report.txt"], store, extractor=extractor)
        assert [str(w.message).split(";")[0] for w in caught] == [
            "other/report.txt: id 'report' replaces the document stored from 2022/report.txt"]
        assert replaced.documents == 1 and paths_in(store) == {"report.txt"}
        with warnings.catch_warnings():
            warnings.simplefilter("error", ReplacedDocumentWarning)
            again = ingest(["other/report.txt"], store, extractor=extractor)
        assert (again.documents, again.unchanged) == (0, 1)


def test_workflow_paths_replaced_document_is_one_stderr_line(tmp_path, extractor, monkeypatch):
    from click.testing import CliRunner

    from kg import workflow
    from kg.cli import cli

    monkeypatch.setattr(workflow, "make_extractor", lambda *a, **k: extractor)
    for folder in ("a/sub", "b"):
        (tmp_path / folder).mkdir(parents=True)
        (tmp_path / folder / "report.txt").write_text(f"{TEXT} ({folder})", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    runs = [runner.invoke(cli, ["ingest", path, "--store", "s"])
            for path in ("a", "b/report.txt", "b/report.txt")]
    assert [r.exit_code for r in runs] == [0, 0, 0]
    warned = [[line for line in r.output.splitlines() if line.startswith("kg: warning:")]
              for r in runs]
    assert warned[0] == warned[2] == []
    assert len(warned[1]) == 1 and warned[1][0].startswith(
        "kg: warning: b/report.txt: id 'report' replaces the document stored from sub/report.txt; ")
