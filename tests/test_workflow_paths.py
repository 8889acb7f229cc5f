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
