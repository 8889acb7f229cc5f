"""Shared fixtures: the spaCy model (loaded once), paths to the seeds and to ../shared."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp():
    from kg.extract.nlp import load_model

    return load_model()


@pytest.fixture(scope="session")
def pipe(nlp):
    """The model with the actor ruler added (once), as the extractor runs it."""
    from kg.extract.actor_ruler import add_entity_ruler

    add_entity_ruler(nlp)
    return nlp


@pytest.fixture(scope="session")
def extractor():
    from kg.extract.pipeline import RuleExtractor

    return RuleExtractor()


@pytest.fixture(scope="session")
def shared() -> Path:
    """../shared beside the clone (CI has it; a user's clone may not)."""
    if not (SHARED / "gold").is_dir():
        pytest.skip("../shared is not beside this clone")
    return SHARED


@pytest.fixture
def memory_store():
    from kg.store import Store

    with Store.open(None) as store:
        yield store


@pytest.fixture(scope="session")
def served_store(tmp_path_factory) -> Path:
    """A store on disk holding the demo graph (exports/graph.trig), for `kg serve` tests."""
    from .live_server import seed_store

    return seed_store(tmp_path_factory.mktemp("served") / "kg")


@pytest.fixture(scope="session")
def live_server(served_store, tmp_path_factory):
    """`kg serve` on 127.0.0.1 and a free port: a 3 s timeout and a 1000-row cap."""
    from .live_server import start_server

    log = tmp_path_factory.mktemp("serve") / "serve.log"
    server = start_server(served_store, log, "--timeout", "3", "--max-rows", "1000")
    yield server
    server.stop()
