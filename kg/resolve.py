"""Cross-document resolution: one node per real actor, one corpus event per real event.

Documents keep their own graphs (mentions of actors and events, as extracted).
This module reads those graphs back and writes the derived corpus view into
the store's default graph, in one transaction (queries over the union of
graphs see both; ``GRAPH ?g`` patterns still see only documents):

* actor merges: a person known only by a surname in some document
  ("person/bachelet") is the same as the only person of the corpus whose full
  name ends with it, or starts with it, when their documents share another actor
  ("Wang" of a story on China is "Wang Yi"; "Wu" of a US story is not the Chinese
  "Wu Dawei"; "Clinton" of a story on Chechnya is not "Hillary Rodham Clinton" of
  one on Haiti) or the surname's story names no one else; full names that differ
  are never merged ("Wang Yi" and "Wang Wenbin"). Each merge records its reason.
* corpus events: event mentions of the same type, modality and agents whose
  other participants overlap and whose dates agree at the coarser precision
  become one ``kg:CorpusEvent`` listing every mention, with a confidence that
  grows with the number of documents (noisy-or).
* date propagation: an undated mention joining a dated event takes its date,
  recorded with ``kg:dateDerivedFrom`` naming the mention that gave it. A
  span's bounds (``kg:beginDate``/``kg:endDate``) travel with its date: the
  corpus event has those of the mention that gives it its date.

It is recomputed from the stored mentions (never from the texts) after every
ingest or removal, so adding a document never re-extracts the corpus, and
removing one removes whatever only it supported.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import KG, RDF, RDFS, RESOURCE, XSD
from kg.rdf import date_literal

ROLES = {str(KG.agent): "agent", str(KG.target): "target", str(KG.place): "place"}
SHORTCUT = {"visited": KG.visited, "met": KG.met, "criticized": KG.criticized}

MENTIONS_QUERY = f"""
SELECT ?e ?doc ?type ?modality ?conf ?date ?begin ?end ?inferred ?quote ?cameo WHERE {{
  GRAPH ?g {{
    ?e <{KG.eventType}> ?type ; <{KG.modality}> ?modality ; <{KG.source}> ?src .
    ?src <{KG.document}> ?doc ; <{KG.confidence}> ?conf .
    OPTIONAL {{ ?e <{KG.date}> ?date }}
    OPTIONAL {{ ?e <{KG.beginDate}> ?begin }}
    OPTIONAL {{ ?e <{KG.endDate}> ?end }}
    OPTIONAL {{ ?e <{KG.dateInferred}> ?inferred }}
    OPTIONAL {{ ?e <{KG.quote}> ?quote }}
    OPTIONAL {{ ?e <{KG.cameoCode}> ?cameo }}
  }}
}}
"""
ROLES_QUERY = f"""
SELECT ?e ?p ?a WHERE {{
  GRAPH ?g {{ ?e ?p ?a . VALUES ?p {{ <{KG.agent}> <{KG.target}> <{KG.place}> }} }}
}}
"""
ACTOR_GRAPHS_QUERY = f"""
SELECT DISTINCT ?g ?a WHERE {{
  GRAPH ?g {{ ?a a ?t . VALUES ?t {{ <{KG.Person}> <{KG.Organization}> <{KG.Place}> <{KG.Group}> }} }}
}}
"""
PERSONS_QUERY = f"""
SELECT DISTINCT ?a ?label WHERE {{
  GRAPH ?g {{ ?a a <{KG.Person}> ; <{RDFS.label}> ?label }}
}}
"""


@dataclass
class EventMention:
    iri: str
    doc: str
    type: str
    modality: str
    confidence: float
    date: str | None
    inferred: bool
    quote: str | None
    cameo: str | None
    roles: dict = field(default_factory=lambda: defaultdict(set))  # role -> actor IRIs
    begin: str | None = None  # a span's first and last day (kg:beginDate, kg:endDate)
    end: str | None = None


@dataclass
class Cluster:
    members: list[EventMention] = field(default_factory=list)

    @property
    def dated(self) -> list[EventMention]:
        return [m for m in self.members if m.date]

    @property
    def date_source(self) -> EventMention | None:
        """The member giving the date: its own words first, then the most precise, then a span."""
        dated = self.dated
        if not dated:
            return None
        return min(dated, key=lambda m: (m.inferred, -len(m.date), m.begin is None, m.iri))

    def objects(self) -> set[str]:
        return {a for m in self.members for r in ("target", "place") for a in m.roles[r]}


@dataclass(frozen=True)
class ResolutionSummary:
    mentions: int
    corpus_events: int
    actor_merges: int
    unchanged: bool = False  # the documents were those of the last resolution: nothing redone


CORPUS = str(RESOURCE["corpus"])
FINGERPRINT_QUERY = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?d <{KG.contentHash}> ?h }} }}"
STORED_FINGERPRINT_QUERY = f"SELECT ?f WHERE {{ <{CORPUS}> <{KG.corpusFingerprint}> ?f }}"


def corpus_fingerprint(store, *, exclude: frozenset[str] = frozenset()) -> str:
    """kg's version plus every document graph and content hash: what the corpus view depends on."""
    from kg import __version__

    rows = sorted(f"{row['g'].value} {row['h'].value}"
                  for row in store.query(_skipping(FINGERPRINT_QUERY, exclude)))
    return hashlib.sha256("\n".join([__version__, *rows]).encode()).hexdigest()


def canonical_actors(store, *, exclude: frozenset[str] = frozenset()) -> dict[str, tuple[str, str]]:
    """Surname-only person IRIs -> (full-name IRI, reason), where the full name is unique."""
    labels = {row["a"].value: row["label"].value
              for row in store.query(_skipping(PERSONS_QUERY, exclude))}
    full = {iri: label.split() for iri, label in labels.items() if len(label.split()) > 1}
    company: dict[str, set[str]] | None = None  # actor -> the other actors of its documents
    merges: dict[str, tuple[str, str]] = {}
    for iri, label in sorted(labels.items()):
        words = label.split()
        if len(words) != 1:
            continue
        matches = sorted(f for f, parts in full.items() if words[0] == parts[-1])
        leading = sorted(f for f, parts in full.items() if words[0] == parts[0])
        if leading or matches:  # "Wang" of "Wang Yi", but "Wu" of a US story is not "Wu Dawei" of a Chinese
            # one; "Clinton" of a 1999 summit is not "Hillary Rodham Clinton" of a story with no one in common
            company = company if company is not None else _company(store, exclude)
            shared = [f for f in matches + leading if company.get(iri, set()) & company.get(f, set()) - {iri, f}]
            # a surname alone in its story, with nobody else to tell it by, still joins the one full name
            matches = shared if shared or company.get(iri) else matches
        if not matches and len(words[0]) > 2:  # "Lula" of "Luiz Inacio Lula da Silva"
            matches = sorted(f for f, parts in full.items() if words[0] in parts[1:-1])
        if len(matches) == 1:
            merges[iri] = (matches[0], f"'{label}' is a name part of '{labels[matches[0]]}', "
                                      f"the only person of the corpus with that name")
    return merges


def _company(store, exclude: frozenset[str]) -> dict[str, set[str]]:
    """Each actor's fellow actors: those named in a document with it."""
    by_graph: dict[str, set[str]] = defaultdict(set)
    for row in store.query(_skipping(ACTOR_GRAPHS_QUERY, exclude)):
        by_graph[row["g"].value].add(row["a"].value)
    company: dict[str, set[str]] = defaultdict(set)
    for actors in by_graph.values():
        for actor in actors:
            company[actor] |= actors - {actor}
    return company


def load_mentions(store, canon: dict[str, tuple[str, str]], *,
                  exclude: frozenset[str] = frozenset()) -> list[EventMention]:
    mentions: dict[str, EventMention] = {}
    for row in store.query(_skipping(MENTIONS_QUERY, exclude)):
        iri = row["e"].value
        if iri in mentions:
            continue
        mentions[iri] = EventMention(
            iri=iri, doc=row["doc"].value, type=row["type"].value, modality=row["modality"].value,
            confidence=float(row["conf"].value), date=_v(row["date"]),
            inferred=_v(row["inferred"]) == "true", quote=_v(row["quote"]), cameo=_v(row["cameo"]),
            begin=_v(row["begin"]), end=_v(row["end"]))
    for row in store.query(_skipping(ROLES_QUERY, exclude)):
        m = mentions.get(row["e"].value)
        if m is not None:
            actor = row["a"].value
            m.roles[ROLES[row["p"].value]].add(canon.get(actor, (actor, ""))[0])
    return sorted(mentions.values(), key=lambda m: m.iri)


def _v(term) -> str | None:
    return None if term is None else term.value


def _dates_agree(a: str | None, a_inferred: bool, b: str | None, b_inferred: bool) -> bool:
    """Equal at the coarser precision; a date inferred from the document counts only to the month."""
    if a is None or b is None:
        return True
    if a_inferred:
        a = a[:7]
    if b_inferred:
        b = b[:7]
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _words(text: str | None) -> set[str]:
    return set(re.findall(r"\w+", (text or "").lower()))


def _quote_match(a: str | None, b: str | None) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) >= 0.6


def _compatible(cluster: Cluster, m: EventMention) -> bool:
    objects = {a for r in ("target", "place") for a in m.roles[r]}
    theirs = cluster.objects()
    if m.type != "met" and (objects or theirs) and not (objects & theirs):
        return False  # a meeting is symmetric: its block (agents and partners) already matches
    return all(_dates_agree(c.date, c.inferred, m.date, m.inferred) for c in cluster.members)


def cluster_mentions(mentions: list[EventMention]) -> list[Cluster]:
    """Greedy clustering inside blocks of (type, modality, agents); most precise dates first."""
    blocks: dict[tuple, list[EventMention]] = defaultdict(list)
    for m in mentions:
        people = set(m.roles["agent"]) | (set(m.roles["target"]) if m.type == "met" else set())
        blocks[(m.type, m.modality, frozenset(people))].append(m)
    clusters: list[Cluster] = []
    for key in sorted(blocks, key=lambda k: (k[0], k[1], sorted(k[2]))):
        block: list[Cluster] = []
        order = sorted(blocks[key], key=lambda m: (m.date is None, m.inferred,
                                                   -len(m.date or ""), m.iri))
        for m in order:
            fits = [c for c in block if _compatible(c, m)]
            if len(fits) > 1:
                fits = [c for c in fits if any(_quote_match(m.quote, o.quote) for o in c.members)] \
                    or ([c for c in fits if not c.dated] if m.date is None else fits[:1])
            if len(fits) >= 1:
                fits[0].members.append(m)
            else:
                block.append(Cluster([m]))
        clusters.extend(block)
    return clusters


def _typed(value: str, datatype) -> ox.Literal:
    return ox.Literal(value, datatype=ox.NamedNode(str(datatype)))


def _corpus_iri(cluster: Cluster) -> str:
    first = min(m.iri for m in cluster.members)
    return str(RESOURCE[f"event/{hashlib.sha1(first.encode()).hexdigest()[:16]}"])


def resolution_triples(clusters: list[Cluster], merges: dict[str, tuple[str, str]]) -> list[ox.Triple]:
    out: list[ox.Triple] = []

    def add(s: str, p, o) -> None:
        obj = o if isinstance(o, (ox.Literal, ox.NamedNode)) else ox.NamedNode(str(o))
        out.append(ox.Triple(ox.NamedNode(s), ox.NamedNode(str(p)), obj))

    for actor, (canonical, reason) in sorted(merges.items()):
        add(actor, KG.sameActorAs, canonical)
        add(actor, KG.mergeReason, ox.Literal(reason))
    for cluster in clusters:
        iri = _corpus_iri(cluster)
        head = cluster.members[0]
        add(iri, RDF.type, KG.CorpusEvent)
        add(iri, KG.eventType, ox.Literal(head.type))
        add(iri, KG.modality, ox.Literal(head.modality))
        cameos = sorted(m.cameo for m in cluster.members if m.cameo)
        if cameos:
            add(iri, KG.cameoCode, ox.Literal(max(sorted(set(cameos)), key=cameos.count)))
        roles: dict[str, set[str]] = defaultdict(set)
        for m in cluster.members:
            for role, actors in m.roles.items():
                roles[role] |= actors
        if head.type == "met":  # symmetric: the first mention's agents, everyone else a partner
            people = roles["agent"] | roles["target"]
            roles["agent"] = set(head.roles["agent"])
            roles["target"] = people - roles["agent"]
        for role, prop in (("agent", KG.agent), ("target", KG.target), ("place", KG.place)):
            for actor in sorted(roles[role]):
                add(iri, prop, actor)
        source = cluster.date_source
        if source is not None and (typed := date_literal(source.date)):
            add(iri, KG.date, typed[0])
            add(iri, KG.dateInferred, _typed("true" if source.inferred else "false", XSD.boolean))
            for prop, bound in ((KG.beginDate, source.begin), (KG.endDate, source.end)):
                if bound and (typed_bound := date_literal(bound)):
                    add(iri, prop, typed_bound[0])
            if any(m.date != source.date for m in cluster.members):
                add(iri, KG.dateDerivedFrom, source.iri)
                for m in cluster.members:
                    if m.date is None:
                        add(m.iri, KG.dateDerivedFrom, source.iri)
        quotes = [m.quote for m in cluster.members if m.quote]
        if quotes:
            add(iri, KG.quote, ox.Literal(max(quotes, key=len)))
        per_doc: dict[str, float] = {}
        for m in cluster.members:
            per_doc[m.doc] = max(per_doc.get(m.doc, 0.0), m.confidence)
        miss = 1.0
        for c in per_doc.values():
            miss *= 1.0 - c
        add(iri, KG.corroboration, _typed(str(len(per_doc)), XSD.integer))
        add(iri, KG.corpusConfidence, _typed(f"{1.0 - miss:.3f}", XSD.decimal))
        for m in sorted(cluster.members, key=lambda m: m.iri):
            add(iri, KG.eventMention, m.iri)
            add(m.iri, KG.resolvedAs, iri)
        if head.modality == "asserted" and head.type in SHORTCUT:
            objects = sorted(roles["place"] or roles["target"]) if head.type == "visited" \
                else sorted(roles["target"])
            for agent in sorted(roles["agent"]):
                for obj in objects:
                    if agent != obj:
                        add(agent, SHORTCUT[head.type], obj)
    return out


def _skipping(query: str, exclude: frozenset[str]) -> str:
    """``query`` (over ``GRAPH ?g``) with the graphs in ``exclude`` filtered out."""
    if not exclude:
        return query
    graphs = ", ".join(f"<{g}>" for g in sorted(exclude))
    head, _, tail = query.rstrip().rpartition("}")
    return f"{head}  FILTER(?g NOT IN ({graphs}))\n}}{tail}"


def compute_view(store, *, exclude: frozenset[str] = frozenset()) -> tuple[list[ox.Triple], ResolutionSummary]:
    """The corpus view's triples (fingerprint included) from every document graph not in ``exclude``.

    ``exclude`` lets :func:`remove_and_resolve` compute the view a removal
    leads to before anything is dropped, so both go in one transaction.
    """
    fingerprint = corpus_fingerprint(store, exclude=exclude)
    merges = canonical_actors(store, exclude=exclude)
    mentions = load_mentions(store, merges, exclude=exclude)
    clusters = cluster_mentions(mentions)
    triples = resolution_triples(clusters, merges)
    triples.append(ox.Triple(ox.NamedNode(CORPUS), ox.NamedNode(str(KG.corpusFingerprint)),
                             ox.Literal(fingerprint)))
    return triples, ResolutionSummary(len(mentions), len(clusters), len(merges))


def stored_fingerprint(store) -> str | None:
    """The fingerprint the stored corpus view was computed for (None: no view)."""
    return next((row["f"].value for row in store.query(STORED_FINGERPRINT_QUERY)), None)


def view_is_current(store) -> bool:
    """True when the corpus view was computed from exactly the stored documents by this kg.

    False after an ingest or removal was killed between writing documents and
    the view (or after a kg upgrade); readers then warn and `kg remove
    --repair` (or any completed ingest) rebuilds it. A store with neither
    documents nor a view is current.
    """
    stored = stored_fingerprint(store)
    if stored is None:
        return not any(True for _ in store.query(FINGERPRINT_QUERY))
    return stored == corpus_fingerprint(store)


STALE_VIEW = ("the corpus view is out of date with the documents (an ingest or remove was "
              "interrupted, or kg was upgraded); timelines and exports may list stale events. "
              "Run `kg remove --repair` (or re-run the ingest) to rebuild it")


def resolve_corpus(store, *, force: bool = False) -> ResolutionSummary:
    """Recompute the corpus view (default graph) from every document's graph, in one transaction.

    Skipped when the documents are those the stored view was computed from
    (an ingest that changed nothing), unless ``force``.
    """
    if not force and stored_fingerprint(store) == corpus_fingerprint(store):
        return ResolutionSummary(0, 0, 0, unchanged=True)
    triples, summary = compute_view(store)
    store.replace_default_graph(triples)
    return summary


def repair_view(store, *, force: bool = False) -> ResolutionSummary | None:
    """Rebuild the corpus view if it is stale (or always, with ``force``); None when it was current."""
    if not force and view_is_current(store):
        return None
    return resolve_corpus(store, force=True)


def remove_and_resolve(store, graphs: list[str]) -> ResolutionSummary:
    """Drop document graphs and write the view without them, in one transaction.

    A process killed during a removal so leaves either the old documents and
    view or the new ones, never a view citing a dropped document.
    """
    triples, summary = compute_view(store, exclude=frozenset(graphs))
    store.remove_graphs(graphs, triples)
    return summary
