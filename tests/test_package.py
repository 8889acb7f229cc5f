"""kg works from a built wheel, not only from the checkout: its data files are package data.

The wheel test builds ``kg-*.whl`` from a copy of the sources, installs it
with pip (``kg[dask]``, no index) into a new virtual environment outside the
checkout, and runs the CLI there. The new environment sees the test
environment's dependencies through a ``.pth`` file pointing at a view of its
site-packages without kg itself, so nothing is downloaded but the build
backend (and that only when the test environment cannot build offline).
"""

from __future__ import annotations

import filecmp
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from kg.query.named import load_named
from kg.resources import ONTOLOGY, QUERIES, read_resource
from kg.validate import load_ontology, load_shapes

ROOT = Path(__file__).resolve().parents[1]

ARTICLE = """---
title: Minister visits Kenya
published: 2022-05-28
url: https://news.example.org/2022/05/minister-visits-kenya
source: Example News
---
Foreign Minister Wang Yi visited Kenya on Saturday. Wang Yi met President Uhuru Kenyatta in Nairobi.
"""


def test_package_ontology_is_the_top_level_folder():
    """kg/ontology (package data) and ontology/ (what people read) hold the same files."""
    top = ROOT / "ontology"
    names = sorted(p.relative_to(top).as_posix() for p in top.rglob("*") if p.is_file())
    assert "kg.ttl" in names and "shapes.ttl" in names and any(n.endswith(".rq") for n in names)
    for name in names:
        assert ONTOLOGY.joinpath(*name.split("/")).read_bytes() == (top / name).read_bytes(), name
    shipped = sorted(f.name for f in QUERIES.iterdir() if f.name.endswith(".rq"))
    assert shipped == sorted(p.name for p in (top / "queries").glob("*.rq"))
    assert filecmp.cmp(ROOT / "kg" / "ontology" / "kg.ttl", top / "kg.ttl", shallow=False)


def test_package_data_read_through_importlib_resources():
    assert len(load_ontology()) > 100 and len(load_shapes()) > 10
    assert "actor-events" in load_named()
    assert "\t" in read_resource("extract", "data", "organizations.tsv")


def test_package_missing_data_file_is_one_error():
    from kg.errors import KGError

    with pytest.raises(KGError, match="missing"):
        read_resource("extract", "data", "no-such.tsv")


def test_package_named_queries_empty_folder_is_an_error(tmp_path):
    from kg.errors import QueryError

    with pytest.raises(QueryError, match="no named queries"):
        load_named(tmp_path)


# -- the built wheel in a new environment -------------------------------------------------


def _can_build_offline() -> bool:
    """setuptools >= 70.1 builds wheels itself; older needs the wheel package (both >= 68)."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        major, minor = (int(x) for x in version("setuptools").split(".")[:2])
    except (PackageNotFoundError, ValueError):
        return False
    if (major, minor) < (68, 0):
        return False
    try:
        version("wheel")
    except PackageNotFoundError:
        return (major, minor) >= (70, 1)
    return True


def _build_wheel(tmp: Path) -> Path:
    src, dist = tmp / "src", tmp / "dist"
    src.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(ROOT / "ontology", src / "ontology", ignore=ignore)
    shutil.copytree(ROOT / "kg", src / "kg", symlinks=True, ignore=ignore)
    cmd = [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(dist), str(src)]
    if _can_build_offline():
        cmd[5:5] = ["--no-build-isolation", "--no-index"]
    subprocess.run(cmd, check=True, capture_output=True, text=True, timeout=300)
    (wheel,) = dist.glob("kg-*.whl")
    return wheel


def _new_env(tmp: Path) -> Path:
    """A venv whose own site-packages is empty and whose path ends with our deps minus kg."""
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False, symlinks=os.name != "nt").create(env_dir)
    view = tmp / "deps"
    view.mkdir()
    ours = Path(sysconfig.get_paths()["purelib"])
    for entry in ours.iterdir():
        name = entry.name.lower()
        if name == "kg" or name.startswith(("kg-", "kg.", "__editable__")) or name.endswith(".pth"):
            continue
        (view / entry.name).symlink_to(entry, target_is_directory=entry.is_dir())
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    purelib = subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                             check=True, capture_output=True, text=True).stdout.strip()
    Path(purelib, "_kg_test_deps.pth").write_text(f"{view}\n", encoding="utf-8")
    return python


@pytest.mark.slow
def test_package_wheel_installs_and_runs_outside_the_checkout(tmp_path):
    wheel = _build_wheel(tmp_path)
    python = _new_env(tmp_path)
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-index",
         "--find-links", str(wheel.parent), "kg[dask]"],
        check=True, capture_output=True, text=True, timeout=300)
    bin_dir = python.parent
    work = tmp_path / "work"
    work.mkdir()
    (work / "minister.md").write_text(ARTICLE, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("KG_", "PYTHON"))}
    env["PATH"] = f"{bin_dir}{os.pathsep}{env.get('PATH', '')}"

    def kg(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run(["kg", *args, "--store", "store"], cwd=work, env=env,
                              capture_output=True, text=True, timeout=300)

    where = subprocess.run([str(python), "-c", "import kg, dask; print(kg.__file__)"], cwd=work,
                           env=env, check=True, capture_output=True, text=True).stdout
    assert Path(where.strip()).is_relative_to(tmp_path / "venv"), where
    ingested = kg("ingest", "minister.md", "--dask", "local", "--jobs", "1")
    assert ingested.returncode == 0, ingested.stderr
    validated = kg("validate")
    assert (validated.returncode, validated.stdout.strip()) == (0, "conforms"), validated.stdout
    listed = subprocess.run(["kg", "query", "--list-named"], cwd=work, env=env,
                            capture_output=True, text=True, timeout=120)
    assert listed.returncode == 0 and "actor-events" in listed.stdout, listed.stderr
    exported = kg("export", "--format", "jsonl")
    assert exported.returncode == 0, exported.stderr
    events = [json.loads(line) for line in exported.stdout.splitlines()]
    assert {e["type"] for e in events} >= {"visited"}
    source = events[0]["sources"][0]
    assert source["document"] == "minister"
