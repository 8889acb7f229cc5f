"""A real `kg serve` in a subprocess on 127.0.0.1 and a free port, for the HTTP tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE_TRIG = ROOT / "exports" / "graph.trig"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def seed_store(path: Path) -> Path:
    """A store holding the demo run's graph (exports/graph.trig: the seeds, extracted)."""
    from kg.store import Store

    with Store.open(path) as store:
        store.bulk_load(path=SAMPLE_TRIG, fmt="trig")
    return path


@dataclass
class LiveServer:
    process: subprocess.Popen
    url: str
    store: Path
    log: Path

    @property
    def endpoint(self) -> str:
        return self.url + "/sparql"

    def children(self) -> list[int]:
        found = subprocess.run(["pgrep", "-P", str(self.process.pid)], capture_output=True,
                               text=True)
        return [int(pid) for pid in found.stdout.split()]

    def stop(self, sig: int = signal.SIGTERM, timeout: float = 15) -> int:
        if self.process.poll() is None:
            self.process.send_signal(sig)
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(5)
            raise


def start_server(store: Path, log: Path, *args: str, wait: float = 60) -> LiveServer:
    port = free_port()
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--host", "127.0.0.1",
           "--port", str(port), *args]
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    handle = open(log, "wb")
    process = subprocess.Popen(cmd, stdout=handle, stderr=subprocess.STDOUT, env=env)
    server = LiveServer(process, f"http://127.0.0.1:{port}", store, log)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"kg serve exited {process.returncode}: {log.read_text()}")
        try:
            with urllib.request.urlopen(server.url + "/health", timeout=2) as response:
                if response.status == 200:
                    return server
        except OSError:
            time.sleep(0.1)
    server.stop(signal.SIGKILL)
    raise RuntimeError(f"kg serve did not come up in {wait} s: {log.read_text()}")
