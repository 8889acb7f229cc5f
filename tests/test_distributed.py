"""Extraction on a Dask cluster: same graph as a local run, and no document lost to a dead worker."""

from __future__ import annotations

import os
import signal

import pytest

from kg.errors import ClusterError
from kg.workflow import ingest

pytestmark = pytest.mark.slow

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes on loopback, one thread each, no dashboard."""
    with distributed.LocalCluster(n_workers=2, processes=True, threads_per_worker=1,
                                  host="127.0.0.1", dashboard_address=None,
                                  silence_logs=40) as local:
        yield local


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    from benchmarks.corpus import write_jsonl

    return write_jsonl(100, tmp_path_factory.mktemp("dask") / "corpus.jsonl", seed=11)


@pytest.fixture(scope="module")
def reference(extractor, corpus):
    """The corpus ingested locally: its sorted N-Quads and its summary."""
    from kg.store import Store

    with Store.open(None) as store:
        summary = ingest([str(corpus)], store, extractor=extractor)
        return sorted(map(str, store.quads())), summary


def test_distributed_ingest_matches_local_run(cluster, corpus, reference):
    from kg.store import Store

    quads, local = reference
    with Store.open(None) as store:
        summary = ingest([str(corpus)], store, dask=cluster.scheduler_address, batch_size=5)
        assert (summary.documents, summary.events) == (local.documents, local.events) == (100, local.events)
        assert sorted(map(str, store.quads())) == quads


def test_distributed_killed_worker_loses_and_duplicates_nothing(cluster, corpus, reference):
    from kg.rdf import graph_iri
    from kg.store import Store

    quads, local = reference
    with distributed.Client(cluster) as client:
        victim = next(iter(client.run(os.getpid).values()))
    killed = []

    def kill_once(done: int, doc_id: str) -> None:
        if not killed:
            os.kill(victim, signal.SIGKILL)
            killed.append(doc_id)

    seen: list[str] = []
    with Store.open(None) as store:
        summary = ingest([str(corpus)], store, dask=cluster.scheduler_address,
                         on_progress=lambda done, doc: (kill_once(done, doc), seen.append(doc)))
        assert killed
        assert summary.documents == len(seen) == len(set(seen)) == 100
        assert summary.events == local.events
        assert len(store.graphs()) == 100 and graph_iri(seen[-1]) in store.graphs()
        assert sorted(map(str, store.quads())) == quads


def test_distributed_unreachable_scheduler_is_a_clean_error():
    from kg.distributed import connect

    with pytest.raises(ClusterError, match="cannot reach the Dask scheduler"):
        with connect("tcp://127.0.0.1:1", timeout=1):
            pass
