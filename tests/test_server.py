"""`kg serve` end to end: a live server in a subprocess, real clients (SPARQLWrapper, curl,
urllib, headless Chromium), every format read back by an independent parser."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request

import pytest
import rdflib
from rdflib.compare import isomorphic
from rdflib.query import Result

from .live_server import ROOT, start_server

pytestmark = pytest.mark.slow

PROLOGUE = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX kg: <https://w3id.org/kg-news/ontology#>
"""
LABELS = PROLOGUE + "SELECT ?actor ?label WHERE { ?actor a kg:Actor ; rdfs:label ?label } ORDER BY ?actor"
CONSTRUCT = PROLOGUE + (
    "CONSTRUCT { ?e kg:eventType ?t ; kg:agent ?a . ?a rdfs:label ?l } "
    "WHERE { ?e kg:eventType ?t ; kg:agent ?a . ?a rdfs:label ?l }"
)
HEAVY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def http(server, path: str = "/sparql", *, params=None, data=None, headers=None,
         method: str | None = None, timeout: float = 30):
    """(status, headers, body bytes) for one request with urllib."""
    url = server.url + path
    if params:
        url += "?" + urllib.parse.urlencode(params, doseq=True)
    if isinstance(data, dict):
        data = urllib.parse.urlencode(data, doseq=True).encode()
        headers = {"Content-Type": "application/x-www-form-urlencoded", **(headers or {})}
    elif isinstance(data, str):
        data = data.encode()
    request = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers, exc.read()


def curl(server, *args: str) -> tuple[int, str, bytes]:
    """(status, content type, body) from the curl command line."""
    out = subprocess.run(
        ["curl", "-sS", "--max-time", "30", "-w", "\n%{http_code} %{content_type}", *args,
         server.endpoint],
        capture_output=True, check=True, timeout=60,
    ).stdout
    body, _, tail = out.rpartition(b"\n")
    status, _, ctype = tail.decode().partition(" ")
    return int(status), ctype, body


def rows_of(result: Result) -> set[tuple[str, ...]]:
    return {tuple(str(v) for v in row) for row in result}


needs_curl = pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed")


# -- SELECT / ASK through SPARQLWrapper, each format read by rdflib or csv ----------------


@pytest.mark.parametrize("fmt", ["json", "xml", "csv", "tsv"])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_server_select_formats_via_sparqlwrapper(live_server, fmt, method):
    from SPARQLWrapper import POST, SPARQLWrapper

    client = SPARQLWrapper(live_server.endpoint)
    client.setQuery(LABELS)
    client.setReturnFormat(fmt)
    if method == "POST":
        client.setMethod(POST)
    response = client.query().response
    body = response.read()
    expected_type = {"json": "application/sparql-results+json",
                     "xml": "application/sparql-results+xml", "csv": "text/csv",
                     "tsv": "text/tab-separated-values"}[fmt]
    assert response.headers["Content-Type"].startswith(expected_type)
    if fmt == "csv":
        table = list(csv.reader(io.StringIO(body.decode("utf-8"))))
        assert table[0] == ["actor", "label"]
        rows = {tuple(r) for r in table[1:]}
    else:
        rows = rows_of(Result.parse(io.BytesIO(body), format=fmt))
    reference = rows_of(Result.parse(io.BytesIO(_json(live_server, LABELS)), format="json"))
    assert rows == reference
    assert len(rows) > 40
    assert ("https://w3id.org/kg-news/id/actor/person/michelle-bachelet", "Michelle Bachelet") in rows


def _json(server, query: str) -> bytes:
    status, _, body = http(server, params={"query": query},
                           headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body
    return body


def test_server_ask_json_and_xml(live_server):
    from SPARQLWrapper import JSON, XML, SPARQLWrapper

    client = SPARQLWrapper(live_server.endpoint)
    client.setQuery(PROLOGUE + 'ASK { ?a rdfs:label "Michelle Bachelet" }')
    client.setReturnFormat(JSON)
    assert client.queryAndConvert()["boolean"] is True
    client.setReturnFormat(XML)
    body = client.query().response.read()
    assert Result.parse(io.BytesIO(body), format="xml").askAnswer is True


# -- CONSTRUCT / DESCRIBE through curl, each format read by rdflib -----------------------


@needs_curl
@pytest.mark.parametrize("media,rdflib_format", [
    ("text/turtle", "turtle"),
    ("application/n-triples", "nt"),
    ("application/ld+json", "json-ld"),
    ("application/rdf+xml", "xml"),
])
def test_server_construct_formats_via_curl(live_server, media, rdflib_format):
    status, ctype, body = curl(live_server, "-H", f"Accept: {media}",
                               "--data-urlencode", f"query={CONSTRUCT}")
    assert status == 200, body
    assert ctype.startswith(media)
    graph = rdflib.Graph().parse(data=body, format=rdflib_format)
    _, _, nt = curl(live_server, "-H", "Accept: application/n-triples",
                    "--data-urlencode", f"query={CONSTRUCT}")
    reference = rdflib.Graph().parse(data=nt, format="nt")
    assert len(graph) == len(reference) > 100
    assert isomorphic(graph, reference)


@needs_curl
def test_server_describe_default_is_turtle(live_server):
    query = "DESCRIBE <https://w3id.org/kg-news/id/actor/person/michelle-bachelet>"
    status, ctype, body = curl(live_server, "--get", "--data-urlencode", f"query={query}")
    assert status == 200 and ctype.startswith("text/turtle")
    graph = rdflib.Graph().parse(data=body, format="turtle")
    assert (None, rdflib.RDFS.label, rdflib.Literal("Michelle Bachelet")) in graph


# -- the three ways to send a query, and the dataset parameters ---------------------------


def test_server_get_form_post_and_direct_post_agree(live_server):
    accept = {"Accept": "application/sparql-results+json"}
    got = http(live_server, params={"query": LABELS}, headers=accept)
    form = http(live_server, data={"query": LABELS}, headers=accept)
    direct = http(live_server, data=LABELS,
                  headers={**accept, "Content-Type": "application/sparql-query"})
    assert got[0] == form[0] == direct[0] == 200
    assert json.loads(got[2]) == json.loads(form[2]) == json.loads(direct[2])


def _count(server, query: str, **params) -> int:
    status, _, body = http(server, params={"query": query, **params},
                           headers={"Accept": "text/csv"})
    assert status == 200, body
    return int(body.decode().split()[-1])


def test_server_default_and_named_graph_uri(live_server):
    graphs = [r[0] for r in csv.reader(io.StringIO(http(
        live_server, params={"query": "SELECT ?g WHERE { GRAPH ?g {} } ORDER BY ?g"},
        headers={"Accept": "text/csv"})[2].decode()))][1:]
    assert len(graphs) == 3
    everything = _count(live_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    per_graph = [_count(live_server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                        **{"default-graph-uri": g}) for g in graphs]
    assert sum(per_graph) == everything and all(per_graph)
    two = _count(live_server, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }",
                 **{"default-graph-uri": graphs[:2]})
    assert two == per_graph[0] + per_graph[1]
    named = _count(live_server, "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
                   **{"named-graph-uri": graphs[1]})
    assert named == 1
    # FROM in the query text picks the dataset when the protocol does not.
    from_query = f"SELECT (COUNT(*) AS ?n) FROM <{graphs[2]}> WHERE {{ ?s ?p ?o }}"
    assert _count(live_server, from_query) == per_graph[2]
    # ... and the protocol's default-graph-uri overrides FROM.
    assert _count(live_server, from_query, **{"default-graph-uri": graphs[0]}) == per_graph[0]


# -- errors ----------------------------------------------------------------------------


def test_server_malformed_query_is_400_with_the_parser_message(live_server):
    status, _, body = http(live_server, params={"query": "SELECT ?x WHERE { ?x ?y }"})
    assert status == 400
    assert b"error at 1:" in body


def test_server_unmet_accept_is_406(live_server):
    status, _, body = http(live_server, params={"query": LABELS}, headers={"Accept": "image/png"})
    assert status == 406
    assert b"application/sparql-results+json" in body
    status, _, _ = http(live_server, params={"query": CONSTRUCT},
                        headers={"Accept": "text/csv"})
    assert status == 406


@pytest.mark.parametrize("request_kwargs", [
    {"data": {"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
    {"data": "INSERT DATA { <urn:a> <urn:b> <urn:c> }",
     "headers": {"Content-Type": "application/sparql-update"}},
    {"data": {"query": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}},
    {"data": {"query": "PREFIX x: <urn:x> DELETE WHERE { ?s ?p ?o }"}},
    {"data": {"query": "LOAD <http://127.0.0.1:9/data.ttl>"}},
    {"data": {"query": "DROP ALL"}},
], ids=["update-param", "sparql-update-body", "insert", "delete", "load", "drop"])
def test_server_refuses_updates_with_403(live_server, request_kwargs):
    status, _, body = http(live_server, **request_kwargs)
    assert status == 403
    assert b"read-only" in body
    assert _count(live_server, "SELECT (COUNT(*) AS ?n) WHERE { <urn:a> ?p ?o }") == 0


@pytest.fixture
def listener():
    """A loopback socket that records whether anything connected to it."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen()
    sock.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = sock.accept()
            except OSError:
                continue
            hits.append(conn.recv(200))
            conn.close()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{sock.getsockname()[1]}/sparql", hits
    stop.set()
    thread.join(2)
    sock.close()


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "select * where {{ service <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?x ?y ?z .SERVICE <{url}> {{ ?s ?p ?o }} }} LIMIT 1",
    "SELECT * WHERE {{ BIND(<{url}> AS ?u) SERVICE ?u {{ ?s ?p ?o }} }}",
    "# comment\nSELECT * WHERE {{ OPTIONAL {{ SeRvIcE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ \\u0053ERVICE <{url}> {{ ?s ?p ?o }} }}",
])
def test_server_never_fetches_a_service_url(live_server, listener, template):
    url, hits = listener
    status, _, body = http(live_server, data={"query": template.format(url=url)})
    assert status == 403, body
    assert b"SERVICE" in body
    time.sleep(0.3)
    assert hits == []


def test_server_service_in_strings_and_iris_is_not_refused(live_server):
    query = (PROLOGUE + 'SELECT ("SERVICE" AS ?word) ?service WHERE { '
             "BIND(<http://example.org/SERVICE> AS ?service) } # SERVICE")
    status, _, body = http(live_server, params={"query": query},
                           headers={"Accept": "application/sparql-results+json"})
    assert status == 200, body


def test_server_timeout_answers_503_and_recovers(live_server):
    started = time.monotonic()
    status, _, body = http(live_server, data={"query": HEAVY})
    took = time.monotonic() - started
    assert status == 503
    assert b"timeout of 3 s" in body
    assert took < 8
    # The killed worker was replaced: the endpoint still answers, with all workers alive.
    assert _count(live_server, "SELECT (COUNT(*) AS ?n) WHERE { ?s a ?t }") > 0
    for _ in range(50):
        health = json.loads(http(live_server, "/health")[2])
        if health["workers"] == 4:
            break
        time.sleep(0.1)
    assert health == {**health, "status": "ok", "workers": 4}  # 2 workers + 2 long slots


def test_server_row_cap_truncates_and_says_so(live_server):
    status, headers, body = http(live_server, params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                                 headers={"Accept": "text/csv"})
    assert status == 200
    assert headers["KG-Truncated"] == "true"
    assert len(list(csv.reader(io.StringIO(body.decode())))) == 1 + 1000
    status, headers, _ = http(live_server, params={"query": LABELS})
    assert "KG-Truncated" not in headers


def test_server_sends_no_cors_headers_by_default(live_server):
    """Any web page the user visits could otherwise read the local graph."""
    origin = {"Origin": "http://example.org"}
    status, headers, _ = http(live_server, params={"query": LABELS}, headers=origin)
    assert status == 200
    assert "Access-Control-Allow-Origin" not in headers
    status, headers, _ = http(live_server, method="OPTIONS", headers={
        **origin, "Access-Control-Request-Method": "POST"})
    assert "Access-Control-Allow-Origin" not in headers


@pytest.mark.parametrize("host, allowed", [
    ("127.0.0.1:{port}", True), ("localhost:{port}", True), ("LOCALHOST.", True),
    ("[::1]:{port}", True), ("127.0.0.1", True),
    ("evil.example:{port}", False), ("kg.example", False), ("127.0.0.1.nip.io:{port}", False),
    ("", False),
])
def test_server_answers_only_hosts_naming_the_bound_address(live_server, host, allowed):
    """DNS rebinding makes a page same-origin with 127.0.0.1 but keeps its own Host name."""
    port = live_server.url.rsplit(":", 1)[1]
    for path in ("/sparql", "/health", "/"):
        status, _, body = http(live_server, path, headers={"Host": host.format(port=port)})
        assert (status == 200) is allowed, (path, status, body)
        if not allowed:
            assert status == 400 and (b"--allow-host" in body or b"no Host" in body)


@pytest.fixture(scope="module")
def open_server(served_store, tmp_path_factory):
    """`kg serve --cors http://example.org --allow-host kg.example`."""
    log = tmp_path_factory.mktemp("serve-open") / "serve.log"
    server = start_server(served_store, log, "--cors", "http://example.org",
                          "--allow-host", "kg.example", "--workers", "1", "--long-queries", "0")
    yield server
    server.stop()


def test_server_cors_and_allow_host_open_it_deliberately(open_server):
    origin = {"Origin": "http://example.org"}
    _, headers, _ = http(open_server, params={"query": LABELS}, headers=origin)
    assert headers["Access-Control-Allow-Origin"] == "http://example.org"
    assert "KG-Truncated" in headers["Access-Control-Expose-Headers"]
    status, headers, _ = http(open_server, method="OPTIONS", headers={
        **origin, "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type"})
    assert status == 200 and "POST" in headers["Access-Control-Allow-Methods"]
    _, headers, _ = http(open_server, params={"query": LABELS},
                         headers={"Origin": "http://other.example"})
    assert "Access-Control-Allow-Origin" not in headers
    assert http(open_server, "/health", headers={"Host": "kg.example:80"})[0] == 200
    assert http(open_server, "/health", headers={"Host": "evil.example"})[0] == 400


def test_server_head_answers_like_get(live_server):
    for params in ({"query": LABELS}, {"query": CONSTRUCT}, None):
        got = http(live_server, params=params)
        head = http(live_server, params=params, method="HEAD")
        assert head[0] == got[0] == 200
        assert head[1]["Content-Type"] == got[1]["Content-Type"]
        assert head[2] == b""
    assert http(live_server, params={"query": "SELECT ?x WHERE {"}, method="HEAD")[0] == 400


def test_server_query_route_is_the_sparql_endpoint(live_server):
    accept = {"Accept": "application/sparql-results+json"}
    assert http(live_server, "/query", params={"query": LABELS}, headers=accept)[2] == \
        http(live_server, params={"query": LABELS}, headers=accept)[2]
    status, _, body = http(live_server, "/query", data={"query": LABELS}, headers=accept)
    assert status == 200 and json.loads(body)["results"]["bindings"]


@pytest.mark.parametrize("fmt", ["bogus", "html", "application/x-nonsense"])
def test_server_unknown_format_is_rejected(live_server, fmt):
    for params in ({"query": LABELS, "format": fmt}, {"query": CONSTRUCT, "format": fmt},
                   {"format": fmt}, {"query": LABELS, "output": fmt}):
        status, _, body = http(live_server, params=params)
        assert status == 400, (params, body)
        assert b"unknown format" in body and b"turtle" in body


def _triples(body: bytes, rdflib_format: str) -> rdflib.Graph:
    """Whatever the format, the triples (dataset formats: of every graph)."""
    if rdflib_format in ("nquads", "trig"):
        dataset = rdflib.Dataset()
        dataset.parse(data=body, format=rdflib_format)
        graph = rdflib.Graph()
        for s, p, o, _ in dataset.quads():
            graph.add((s, p, o))
        return graph
    return rdflib.Graph().parse(data=body, format=rdflib_format)


@pytest.mark.parametrize("media, rdflib_format", [
    ("application/n-quads", "nquads"), ("application/trig", "trig")])
def test_server_construct_and_describe_as_nquads_and_trig(live_server, media, rdflib_format):
    describe = "DESCRIBE <https://w3id.org/kg-news/id/actor/person/michelle-bachelet>"
    for query in (CONSTRUCT, describe):
        status, headers, body = http(live_server, data={"query": query}, headers={"Accept": media})
        assert status == 200 and headers["Content-Type"].startswith(media)
        graph = _triples(body, rdflib_format)
        _, _, nt = http(live_server, data={"query": query},
                        headers={"Accept": "application/n-triples"})
        reference = rdflib.Graph().parse(data=nt, format="nt")
        assert len(graph) == len(reference) > 5
        assert isomorphic(graph, reference)
    short = http(live_server, params={"query": describe, "format": rdflib_format})
    assert short[0] == 200 and short[1]["Content-Type"].startswith(media)


@pytest.mark.parametrize("accept, media, rdflib_format", [
    (None, "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/n-quads", "application/n-quads", "nquads"),
    ("application/trig, */*;q=0.1", "application/trig", "trig"),
    ("text/html,application/xhtml+xml,*/*;q=0.8", "text/turtle", "turtle"),
])
def test_server_service_description_by_accept(live_server, accept, media, rdflib_format):
    status, headers, body = http(live_server, headers={"Accept": accept} if accept else {})
    assert status == 200 and headers["Content-Type"].startswith(media)
    graph = _triples(body, rdflib_format)
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    service = rdflib.URIRef(live_server.endpoint)
    assert (service, rdflib.RDF.type, sd.Service) in graph
    assert (service, sd.endpoint, service) in graph
    assert (service, sd.supportedLanguage, sd.SPARQL11Query) in graph
    assert http(live_server, headers={"Accept": "image/png"})[0] == 406


def test_server_health(live_server):
    status, _, body = http(live_server, "/health")
    assert status == 200
    assert json.loads(body)["status"] == "ok"


def test_server_timeline_page_or_404(live_server):
    from kg.registry import exporters

    status, headers, body = http(live_server, "/timeline")
    assert headers["Content-Type"].startswith("text/html")
    assert status == (200 if "html" in exporters else 404)


def test_server_query_page_is_self_contained(live_server):
    status, _, body = http(live_server, "/")
    assert status == 200
    page = body.decode()
    assert "<textarea" in page and "/timeline" in page
    assert "src=\"http" not in page and "href=\"http" not in page  # no CDN


# -- concurrency, and stopping ---------------------------------------------------------


def test_server_50_concurrent_clients(live_server):
    """A short version of benchmarks/bench_server.py (50 clients, 10 s)."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from bench_server import load

    report = load(live_server.url, clients=50, seconds=2.0)
    print(f"\n50 clients, 2 s: {report}")
    assert report["errors"] == 0
    assert report["requests"] >= 50


CHEAP = PROLOGUE + 'ASK { ?a rdfs:label "Michelle Bachelet" }'


def test_server_two_slow_clients_do_not_starve_cheap_queries(live_server):
    """Two clients keep sending queries that run to the 3 s timeout (the issue's 10 s ones,
    shortened); 20 other clients' cheap queries meanwhile all succeed, quickly."""
    slow: list[int] = []
    cheap: list[tuple[int, float]] = []

    def slow_client() -> None:
        for _ in range(2):
            slow.append(http(live_server, data={"query": HEAVY})[0])

    def cheap_client() -> None:
        for _ in range(3):
            started = time.monotonic()
            status, _, body = http(live_server, params={"query": CHEAP},
                                   headers={"Accept": "application/sparql-results+json"})
            cheap.append((status, time.monotonic() - started))
            assert status != 200 or json.loads(body)["boolean"] is True

    slow_threads = [threading.Thread(target=slow_client) for _ in range(2)]
    for thread in slow_threads:
        thread.start()
    deadline = time.monotonic() + 20  # both slow queries take the long slots after 1 s
    while json.loads(http(live_server, "/health")[2])["long_queries"] < 2:
        assert time.monotonic() < deadline, "the slow queries never took the long slots"
        time.sleep(0.05)
    third = http(live_server, data={"query": HEAVY})  # a third long one is stopped at 1 s
    assert third[0] == 503 and b"long queries" in third[2] and third[1]["Retry-After"]
    cheap_threads = [threading.Thread(target=cheap_client) for _ in range(20)]
    for thread in cheap_threads:
        thread.start()
    for thread in cheap_threads + slow_threads:
        thread.join(60)
    latencies = sorted(t for _, t in cheap)
    print(f"\n2 slow clients, 20 cheap clients x 3: {[s for s, _ in cheap].count(200)}/60 ok, "
          f"p50 {latencies[len(latencies) // 2] * 1000:.0f} ms, max {latencies[-1] * 1000:.0f} ms; "
          f"slow: {slow}")
    assert [s for s, _ in cheap] == [200] * 60
    assert slow == [503] * 4  # the slow ones run to the timeout, as they would anyway


def test_server_stops_cleanly_on_sigterm_and_sigint(served_store, tmp_path):
    for sig in (signal.SIGTERM, signal.SIGINT):
        server = start_server(served_store, tmp_path / f"serve-{sig}.log", "--workers", "2")
        workers = server.children()
        assert workers, "the query workers run as child processes"
        started = time.monotonic()
        assert server.stop(sig) == 0
        assert time.monotonic() - started < 10
        assert "Application shutdown complete" in server.log.read_text()
        deadline = time.monotonic() + 5  # workers finish their own shutdown just after
        for pid in workers:
            while os.path.exists(f"/proc/{pid}") and not _zombie(pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not os.path.exists(f"/proc/{pid}") or _zombie(pid), f"worker {pid} left running"


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().split(")")[-1].split()[0] == "Z"
    except OSError:
        return True


# -- the query page in headless Chromium ---------------------------------------------------


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@pytest.fixture
def browser():
    """Headless Chromium through its chromedriver (skips without them)."""
    if not (CHROMIUM and CHROMEDRIVER):
        pytest.skip("chromium and chromedriver needed")
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for arg in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=CHROMEDRIVER), options=options)
    yield driver
    driver.quit()


def _ready(driver, url: str):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    wait = WebDriverWait(driver, 20)
    wait.until(lambda d: d.find_element(By.TAG_NAME, "body").get_attribute("data-ready"))
    return wait


def test_server_query_page_in_headless_chromium(live_server, browser):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    driver = browser
    wait = _ready(driver, live_server.url + "/")
    Select(driver.find_element(By.ID, "named")).select_by_value("co-actors")
    # One form field per parameter, prefilled with the example value.
    field = driver.find_element(By.ID, "param-actor")
    assert field.get_attribute("value") == "Michelle Bachelet"
    assert "?actor" in driver.find_element(By.ID, "query").get_attribute("value")
    driver.find_element(By.ID, "run").click()
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results tbody tr"))
    header = [th.text for th in driver.find_elements(By.CSS_SELECTOR, "#results th")]
    assert header == ["other", "events", "types"]
    rows = driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")
    cells = {r.find_elements(By.TAG_NAME, "td")[0].text for r in rows}
    assert {"Xi Jinping", "Xinjiang"} <= cells
    assert "rows" in driver.find_element(By.ID, "status").text
    links = {a.text: a.get_attribute("href")
             for a in driver.find_elements(By.CSS_SELECTOR, "#downloads a")}
    assert set(links) == {"json", "xml", "csv", "tsv"}
    status, _, body = http(live_server, links["csv"].removeprefix(live_server.url))
    assert status == 200 and body.startswith(b"other,events,types")
    # The address names the query and its parameter: another field value, another address.
    field.clear()
    field.send_keys("Xi Jinping")
    driver.find_element(By.ID, "run").click()
    wait.until(lambda d: "Xi+Jinping" in d.current_url or "Xi%20Jinping" in d.current_url)
    shared = driver.current_url
    assert "named=co-actors" in shared
    wait.until(lambda d: "Michelle Bachelet" in d.find_element(By.ID, "output").text)
    first = driver.find_element(By.ID, "output").text
    _ready(driver, shared)  # opening the shared address runs the same query
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results tbody tr"))
    assert driver.find_element(By.ID, "param-actor").get_attribute("value") == "Xi Jinping"
    assert driver.find_element(By.ID, "output").text == first
    # A malformed query shows the parser's message instead of a table.
    query = driver.find_element(By.ID, "query")
    query.clear()
    query.send_keys("SELECT nonsense")
    assert Select(driver.find_element(By.ID, "named")).first_selected_option.text.startswith("—")
    driver.find_element(By.ID, "run").click()
    wait.until(lambda d: "400" in d.find_element(By.ID, "status").text)
    assert "query=SELECT+nonsense" in driver.current_url


def test_server_query_page_links_iris_to_describe_offline(live_server, browser):
    from selenium.webdriver.common.by import By

    driver = browser
    url = live_server.url + "/?" + urllib.parse.urlencode({"query": LABELS})
    wait = _ready(driver, url)  # the query in the address runs on load
    wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results tbody tr"))
    assert driver.find_element(By.ID, "query").get_attribute("value") == LABELS
    bachelet = "https://w3id.org/kg-news/id/actor/person/michelle-bachelet"
    link = driver.find_element(By.CSS_SELECTOR, '#results td.iri a[href*="michelle-bachelet"]')
    assert link.text == bachelet
    link.click()  # runs DESCRIBE <iri>: a table of triples, IRIs again links
    wait.until(lambda d: "DESCRIBE" in urllib.parse.unquote_plus(d.current_url))
    wait.until(lambda d: [th.text for th in d.find_elements(By.CSS_SELECTOR, "#results th")]
               == ["subject", "predicate", "object"])
    rows = [[td.text for td in tr.find_elements(By.TAG_NAME, "td")]
            for tr in driver.find_elements(By.CSS_SELECTOR, "#results tbody tr")]
    assert [bachelet, "http://www.w3.org/2000/01/rdf-schema#label", "Michelle Bachelet"] in rows
    assert "triples" in driver.find_element(By.ID, "status").text
    assert driver.find_elements(By.CSS_SELECTOR, "#results td.iri a[href*='DESCRIBE']")
    downloads = {a.text for a in driver.find_elements(By.CSS_SELECTOR, "#downloads a")}
    assert {"turtle", "nquads", "trig"} <= downloads
    # Offline: everything the page loaded came from this server; no external scripts or fonts.
    loaded = driver.execute_script(
        "return performance.getEntriesByType('resource').map((e) => e.name)")
    assert loaded and all(u.startswith(live_server.url) for u in loaded), loaded
    assert not driver.find_elements(By.CSS_SELECTOR, "script[src], link[rel=stylesheet]")
    assert "@font-face" not in driver.page_source and "@import" not in driver.page_source


def test_server_sees_new_ingests_without_a_restart(tmp_path):
    import pyoxigraph as ox

    from kg.store import Store

    path = tmp_path / "kg"
    a, b = ox.NamedNode("urn:a"), ox.NamedNode("urn:b")
    with Store.open(path) as store:
        store.replace_graph("urn:g1", [ox.Triple(a, b, ox.Literal("1"))])
    server = start_server(path, tmp_path / "serve.log", "--refresh", "0.2")
    try:
        count = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
        assert _count(server, count) == 1
        with Store.open(path) as store:  # an ingest while the server runs
            store.replace_graph("urn:g2", [ox.Triple(a, b, ox.Literal("2"))])
        time.sleep(0.5)
        assert [_count(server, count) for _ in range(4)] == [2, 2, 2, 2]
    finally:
        assert server.stop() == 0
