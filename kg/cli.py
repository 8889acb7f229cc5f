"""The `kg` command line: each command parses, calls one library function, prints."""

from __future__ import annotations

import json
import sys
import time

import click

from kg import __version__
from kg.cli_support import COLOR_CHOICES, IsoDate, KgGroup, is_broken_pipe, silence_broken_pipe
from kg.errors import KGError, QueryUsageError, UsageError

STORE_HELP = ("Store folder, or a SPARQL server's URL http://HOST:PORT/... "
              "(default: $KG_STORE or ./.kg-store).")
MODEL_HELP = "spaCy model name (default: $KG_MODEL, else the first English model installed)."


def _open_store(path: str | None, *, read_only: bool = False):
    from kg.store import Store, default_store_path

    store = Store.open(path or default_store_path(), read_only=read_only)
    if read_only:
        _warn_if_stale(store)
    return store


def _warn_if_stale(store) -> None:
    """One stderr line when the corpus view no longer matches the documents (see kg.resolve)."""
    from kg.resolve import STALE_VIEW, view_is_current

    try:
        current = view_is_current(store)
    except KGError:
        return  # the command itself will report a store that cannot be read
    if not current:
        click.echo(f"kg: warning: {STALE_VIEW}", err=True)


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """Build an event knowledge graph and a timeline from news articles.

    Example: kg ingest seeds/ && kg timeline
    """


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--store", "store_path", envvar="KG_STORE", help=STORE_HELP)
@click.option("--model", envvar="KG_MODEL", help=MODEL_HELP)
@click.option("--strict", is_flag=True, help="Stop at the first bad input.")
@click.option("--jobs", "-j", type=int, default=1, show_default=True,
              help="Worker processes for extraction (0 = one per core).")
@click.option("--dask", "dask", metavar="ADDRESS", envvar="KG_DASK",
              help="Extract on a Dask cluster: tcp://SCHEDULER:8786, or 'local' for a local "
                   "cluster of --jobs worker processes (default one per core).")
@click.option("--full-paths", is_flag=True,
              help="Record each file's absolute path (kg:path); default: the path below the "
                   "folder given, or the file name.")
def ingest(paths: tuple[str, ...], store_path: str | None, model: str | None, strict: bool,
           jobs: int, dask: str | None, full_paths: bool) -> None:
    """Read articles (files, folders, or - for JSON lines on stdin) into the store.

    Example: kg ingest seeds/ --store .kg-store --jobs 2

    Example: kg ingest corpus.jsonl --store http://127.0.0.1:7878 --dask tcp://127.0.0.1:8786
    """
    import os

    from kg.workflow import count_inputs
    from kg.workflow import ingest as run_ingest

    jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
    started = time.monotonic()
    tty = sys.stderr.isatty()
    total = count_inputs(list(paths)) if tty else None
    extracted = [0]  # documents extracted so far, read if the run fails midway

    def progress(done: int, doc_id: str) -> None:
        extracted[0] = done
        if tty:
            elapsed = max(time.monotonic() - started, 1e-6)
            rate = done / elapsed
            eta = f"  ETA {max(total - done, 0) / rate:4.0f}s" if total and rate else ""
            of = f"/{total}" if total else ""
            click.echo(f"\r  {done}{of} documents  {rate:.1f} docs/s{eta}  {doc_id[:30]:<30}",
                       err=True, nl=False)

    from kg.cli_support import new_store_folder, remove_unused_store
    from kg.store import default_store_path

    created = new_store_folder(store_path or default_store_path())
    summary = None
    try:
        with _open_store(store_path) as store:
            summary = run_ingest(list(paths), store, strict=strict, stdin=sys.stdin,
                                 on_progress=progress, jobs=jobs, model=model, dask=dask,
                                 full_paths=full_paths)
    finally:  # nothing ingested into a store this run created: leave no empty folder behind
        remove_unused_store(created, lambda: summary.documents if summary else extracted[0])
    if tty and summary.documents:
        click.echo("", err=True)
    for _, message in summary.failed:
        click.echo(f"kg: error: {message}", err=True)
    click.echo(
        f"ingested {summary.documents} documents ({summary.unchanged} unchanged), "
        f"{summary.events} events, {len(summary.actors)} actors; {len(summary.failed)} failed",
        err=True,
    )
    if not summary.ok:
        sys.exit(1)


@cli.command()
@click.argument("doc_ids", nargs=-1)
@click.option("--store", "store_path", envvar="KG_STORE", help=STORE_HELP)
@click.option("--repair", is_flag=True,
              help="Rebuild the corpus view from the stored documents (after an interrupted run).")
def remove(doc_ids: tuple[str, ...], store_path: str | None, repair: bool) -> None:
    """Remove documents by id; facts only they supported disappear.

    Documents and the corpus view change in one transaction. A stale view
    (left by an interrupted ingest) is rebuilt first; --repair always rebuilds it.

    Example: kg remove 002_28951934576f5180

    Example: kg remove --repair
    """
    from kg.resolve import repair_view
    from kg.workflow import remove_documents

    if not doc_ids and not repair:
        raise click.UsageError("give document ids to remove, or --repair")
    with _open_store(store_path) as store:
        rebuilt = repair_view(store, force=repair)
        if rebuilt is not None:
            click.echo(f"rebuilt the corpus view: {rebuilt.corpus_events} corpus events from "
                       f"{rebuilt.mentions} event mentions", err=True)
        if doc_ids:
            n = remove_documents(store, list(doc_ids))
            click.echo(f"removed {n} documents", err=True)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
@click.option("--model", envvar="KG_MODEL", help=MODEL_HELP)
def extract(paths: tuple[str, ...], fmt: str, model: str | None) -> None:
    """Run extraction without a store; print one JSON object per document.

    Example: kg extract seeds/000_d65b20c59fc33eb3.txt --format jsonl
    """
    from kg.errors import InputError
    from kg.extract.serialize import extraction_record
    from kg.workflow import extract_documents, make_extractor

    failed = 0
    for item in extract_documents(list(paths), extractor=make_extractor(model=model), stdin=sys.stdin):
        if isinstance(item, InputError):
            click.echo(f"kg: error: {item}", err=True)
            failed += 1
        else:
            click.echo(json.dumps(extraction_record(item), ensure_ascii=False))
    if failed:
        sys.exit(1)


@cli.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "query_file", type=click.Path(), help="Read the query from a file.")
@click.option("--format", "fmt", default=None,
              help="table, csv, tsv, json, xml (SELECT/ASK); turtle, ntriples (CONSTRUCT/DESCRIBE).")
@click.option("--store", "store_path", envvar="KG_STORE", help=STORE_HELP)
@click.option("--named", "named", metavar="NAME",
              help="Run a named query from ontology/queries/ (see --list-named).")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A named query's parameter; repeat for several.")
@click.option("--list-named", is_flag=True, help="List the named queries and their parameters.")
def query(sparql: str | None, query_file: str | None, fmt: str | None, store_path: str | None,
          named: str | None, params: tuple[str, ...], list_named: bool) -> None:
    """Run a SPARQL query (argument, -f FILE, or stdin) over all documents.

    Example: kg query 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g' --format csv

    Example: kg query --named actor-events --param actor="Michelle Bachelet"
    """
    from kg.namespaces import PREFIXES
    from kg.query import format_result, read_query, run_query

    prefixes = {name: str(ns) for name, ns in PREFIXES.items()}
    if list_named:
        from kg.query.named import load_named

        for q in load_named().values():
            args = " ".join(f"--param {p.name}=…" if p.required else f"[--param {p.name}=…]"
                            for p in q.params)
            click.echo(f"{q.name}  {args}".rstrip())
            click.echo(f"    {q.title}. {q.description}")
            for p in q.params:
                click.echo(f"    {p.name} ({p.type}, {'required' if p.required else 'optional'}): {p.doc}")
        return
    if named is not None:
        from kg.query.named import named_query, parse_params, render

        if sparql is not None or query_file is not None:
            raise QueryUsageError("give a query or --named NAME, not both")
        text = render(named_query(named), parse_params(params))
    else:
        if params:
            raise QueryUsageError("--param goes with --named NAME")
        text = read_query(sparql, query_file, sys.stdin)
    with _open_store(store_path, read_only=True) as store:
        result = run_query(store, text, prefixes=prefixes)
        if fmt is None:
            fmt = "table" if result.kind != "graph" else "turtle"
        click.echo(format_result(result, fmt, prefixes=prefixes), nl=False)


@cli.command()
@click.option("--store", "store_path", envvar="KG_STORE", help=STORE_HELP)
def stats(store_path: str | None) -> None:
    """Print counts: documents, events per type, actors per type, triples.

    Example: kg stats
    """
    from kg.report import store_stats

    with _open_store(store_path, read_only=True) as store:
        for line in store_stats(store):
            click.echo(line)


@cli.command()
@click.option("--store", "store_path", envvar="KG_STORE", help=STORE_HELP)
def validate(store_path: str | None) -> None:
    """Check the graph against the SHACL shapes in ontology/shapes.ttl.

    Example: kg validate
    """
    from kg.report import validate_store

    with _open_store(store_path, read_only=True) as store:
        conforms, report = validate_store(store)
    click.echo("conforms" if conforms else report)
    if not conforms:
        sys.exit(1)


@cli.command(name="evaluate")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False))
@click.option("--store", "store_path", envvar="KG_STORE", help=STORE_HELP)
@click.option("--events", "events_path", type=click.Path(exists=True, dir_okay=False),
              help="Score this events file (kg export --format jsonl) instead of the store.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table",
              show_default=True)
@click.option("--verbose", "-v", is_flag=True,
              help="Also list every miss, spurious fact, bad date and violation with its evidence.")
def evaluate_cmd(gold: str, store_path: str | None, events_path: str | None, fmt: str,
                 verbose: bool) -> None:
    """Score the store's asserted events against a hand-made gold file (see README).

    Example: kg evaluate my-gold.json --verbose

    Example: kg evaluate ../shared/gold/seeds.json --events exports/events.jsonl --format json
    """
    from kg.evaluate import evaluate, read_events, read_gold, render, store_events

    gold_data = read_gold(gold)
    if events_path is not None:
        events = read_events(events_path)
    else:
        with _open_store(store_path, read_only=True) as store:
            events = store_events(store)
    click.echo(render(evaluate(gold_data, events), fmt, verbose=verbose), nl=False)


def _filters(actor, type_, date_from, date_to, document, include_hedged):
    from kg.export import Filters

    return Filters(actor=actor, type=type_, date_from=date_from, date_to=date_to,
                   document=document, include_hedged=include_hedged)


def filter_options(func):
    for option in reversed([
        click.option("--actor", help="Only events with this actor (label substring or IRI)."),
        click.option("--type", "type_", help="Only this event type (visited, met, ...)."),
        click.option("--from", "date_from", type=IsoDate(),
                     help="Only events on or after this ISO date."),
        click.option("--to", "date_to", type=IsoDate(),
                     help="Only events on or before this ISO date."),
        click.option("--document", help="Only facts from this document id."),
        click.option("--include-hedged", is_flag=True,
                     help="Also planned, expected, uncertain, negated and conditional events."),
        click.option("--store", "store_path", envvar="KG_STORE", help=STORE_HELP),
    ]):
        func = option(func)
    return func


@cli.command(name="export")
@click.option("--format", "fmt", required=True,
              help="jsonl, turtle, trig, nquads, jsonld, graphml, gexf, timeline, markdown, "
                   "timelinejs, csv, tsv, html.")
@click.option("-o", "--output", default="-", help="Output file, or - for stdout.")
@click.option("--graph", "graph", default=None,
              help="graphml/gexf only: 'actors' (default; actor nodes, one edge per relation) "
                   "or 'events' (bipartite actors-events with roles). Other formats refuse it.")
@filter_options
def export_cmd(fmt, output, graph, actor, type_, date_from, date_to, document, include_hedged,
               store_path):
    """Write the graph or its events in a format.

    Example: kg export --format graphml --graph events -o events.graphml
    """
    from kg._api import export

    filters = _filters(actor, type_, date_from, date_to, document, include_hedged)
    with _open_store(store_path, read_only=True) as store:  # a file is written whole or not at all
        export(store, fmt, sys.stdout if output == "-" else output, filters=filters, graph=graph)


@cli.command()
@filter_options
@click.option("--color", "color", type=click.Choice(COLOR_CHOICES), default="auto",
              show_default=True, help="Colour the output: auto (a terminal, unless NO_COLOR "
                                      "is set), always or never.")
def timeline(actor, type_, date_from, date_to, document, include_hedged, store_path, color):
    """Print the chronological timeline of events (oldest first).

    Example: kg timeline --actor Bachelet --from 2022-05 --color never
    """
    from kg.cli_support import use_color
    from kg.export.timeline import TextTimelineExporter

    filters = _filters(actor, type_, date_from, date_to, document, include_hedged)
    with _open_store(store_path, read_only=True) as store:
        TextTimelineExporter().export(store, sys.stdout, filters,
                                      color=use_color(color, sys.stdout))


@cli.command()
@click.option("--store", "store_path", envvar="KG_STORE", help=STORE_HELP)
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, type=int, help="Port to listen on.")
@click.option("--timeout", default=10.0, show_default=True, type=float,
              help="Seconds a query may run before it is stopped (503).")
@click.option("--max-rows", default=10_000, show_default=True, type=int,
              help="Result rows (or triples) returned at most; 0 for no cap.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Query worker processes kept for short queries.")
@click.option("--long-queries", default=2, show_default=True, type=click.IntRange(0, 64),
              help="Queries that may run past 1 s at once, each on an extra worker; one more "
                   "is stopped (503), so long queries never starve short ones.")
@click.option("--refresh", default=1.0, show_default=True, type=float,
              help="Seconds between checks for new ingests (the store is re-opened); -1: never.")
@click.option("--allow-host", "allow_hosts", multiple=True, metavar="NAME",
              help="Also answer requests whose Host header is NAME (repeat; '*': any). "
                   "By default only names of the bound address.")
@click.option("--cors", "cors", multiple=True, metavar="ORIGIN",
              help="Let web pages from ORIGIN read the answers (repeat; '*': any). Default: none.")
def serve(store_path, host, port, timeout, max_rows, workers, long_queries, refresh, allow_hosts,
          cors):
    """Serve the store read-only: SPARQL endpoint, named queries, query page.

    Example: kg serve --store .kg-store --port 7878  (then open http://127.0.0.1:7878/)

    Example: kg serve --host 0.0.0.0 --allow-host kg.lan --cors https://notebook.lan
    """
    from kg.server import serve as run_server
    from kg.store import default_store_path

    if (store_path or default_store_path()).lower().startswith(("http://", "https://")):
        from kg.store.remote import endpoints

        raise UsageError(f"kg serve serves an embedded store; {store_path or default_store_path()} "
                         f"is a SPARQL server already: query it at "
                         f"{endpoints(store_path or default_store_path())[0]}")
    from kg.cli_support import check_port

    check_port(host, port)  # a busy port is one line and exit 1, before anything is announced
    run_server(store_path or default_store_path(), host=host, port=port, timeout=timeout,
               max_rows=max_rows or None, workers=workers, refresh=refresh,
               long_queries=long_queries, allow_hosts=allow_hosts, cors=cors)


def _hint_double_dash(exc: click.NoSuchOption) -> None:
    """``kg ingest -file.txt`` reads as options: say how to pass such a path."""
    import os

    arg = next((a for a in sys.argv[1:] if a.startswith(exc.option_name)), None)
    if arg and (not arg.startswith("--") or os.path.exists(arg)):
        command = exc.ctx.command_path if exc.ctx else "kg"
        click.echo(f"kg: a path that starts with '-' goes after '--': {command} -- {arg}", err=True)


def main() -> None:
    """Entry point: KGError becomes one line on stderr and exit 1, or 2 for a usage error.

    A closed pipe exits 0 quietly, whether it shows during a command (KgGroup)
    or only when the last buffered output is flushed here.
    """
    try:
        cli.main(standalone_mode=False)
        sys.stdout.flush()
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        sys.exit(130)
    except click.NoSuchOption as exc:
        exc.show()
        _hint_double_dash(exc)
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except KGError as exc:
        click.echo(f"kg: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except OSError as exc:
        if not is_broken_pipe(exc):
            raise
        silence_broken_pipe()
        sys.exit(0)


if __name__ == "__main__":
    main()
