"""Publishing the built graph to a SPARQL 1.1 server, through the Graph Store HTTP Protocol.

Every named graph of the store (each claim, the registry, provenance, ontology, inferred, links)
is written with ``PUT <graph-store>?graph=<IRI>`` and an N-Triples body, which replaces what the
server held under that name; the store's default graph, the merged view, is written as the
named graph ``graph/merged``, because engines disagree about what their own default graph is
(see docs/publishing.md). The server's default graph is never written.

A publication record, the graph ``graph/publication``, lists the graphs published
(``dcterms:hasPart``), when (``prov:generatedAtTime``), by which version of this software
(``schema:softwareVersion``), from which store data folder (``dcterms:identifier``) and the
SHA-256 of the content written (``schema:sha256``). A publication

1. reads the previous record, and the names of the graphs under the project's namespace
   that the server holds (a run that stopped half-way leaves no record of what it wrote);
2. PUTs every current graph, in IRI order, ``graph/merged`` last;
3. DELETEs the graphs published before that no longer exist;
4. PUTs the new record, last: it lists only what is complete.

Publishing the same store twice leaves the same content (the record's time aside); a failure
stops at the graph that failed, names it, and a new run repairs everything.
"""

from __future__ import annotations

import hashlib
import os
import time
import urllib.parse
from datetime import UTC, datetime

import pyoxigraph as ox

from kg import __version__, resources
from kg.errors import EndpointError, KgError, ParameterError
from kg.namespaces import (
    BASE,
    DCTERMS,
    GRAPH_MERGED,
    GRAPH_PUBLICATION,
    PROV,
    RDF,
    SCHEMA,
    XSD,
)
from kg.remote import Answer, HttpSession, RemoteEndpoint, published_graphs
from kg.store import StoreLocation

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable

__all__ = ["PublishReport", "default_graph_store", "publication_record", "publish"]

NTRIPLES = "application/n-triples"


def default_graph_store(endpoint: str) -> str:
    """The Graph Store URL that goes with a query endpoint, for the engines known here.

    Oxigraph: ``…/query`` gives ``…/store``; Virtuoso: ``…/sparql`` gives
    ``…/sparql-graph-crud-auth`` (writes need credentials, through HTTP Digest). Anything else
    raises :class:`ParameterError`, asking for ``--graph-store``.
    """
    parts = urllib.parse.urlsplit(endpoint)
    path = parts.path.rstrip("/")
    if path.endswith("/query"):
        path = path[: -len("query")] + "store"
    elif path.endswith("/sparql"):
        path += "-graph-crud-auth"
    else:
        raise ParameterError(
            f"Cannot tell the Graph Store URL that goes with {endpoint}; give it with "
            "--graph-store URL (Oxigraph: http://HOST:PORT/store; Virtuoso: "
            "http://HOST:PORT/sparql-graph-crud-auth).")
    return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))


class Graph:
    """One graph to publish: its name and its N-Triples document."""

    __slots__ = ("data", "iri", "triples")

    def __init__(self, iri: str, triples: Iterable[ox.Triple]) -> None:
        self.iri = iri
        # Sorted lines: the same graph always gives the same bytes (and content hash).
        lines = sorted(str(t) + " .\n" for t in triples)
        self.triples = len(lines)
        self.data = "".join(lines).encode("utf-8")


def graphs_of(quads: Iterable[ox.Quad]) -> list[Graph]:
    """The graphs to publish: the named graphs in IRI order, then the merged view.

    Raises :class:`KgError` for a graph name the publication cannot use (a blank node, or one
    of the names it reserves).
    """
    named: dict[str, list[ox.Triple]] = {}
    merged: list[ox.Triple] = []
    for quad in quads:
        name = quad.graph_name
        if isinstance(name, ox.DefaultGraph):
            merged.append(quad.triple)
            continue
        if not isinstance(name, ox.NamedNode):
            raise KgError(f"The store has a graph named by a blank node ({name}); the Graph "
                          "Store Protocol can only address graphs by IRI.")
        named.setdefault(name.value, []).append(quad.triple)
    for reserved in (GRAPH_MERGED, GRAPH_PUBLICATION):
        if reserved in named:
            raise KgError(f"The store has a named graph <{reserved}>, a name publishing "
                          "reserves for itself.")
    return [*(Graph(iri, named[iri]) for iri in sorted(named)), Graph(GRAPH_MERGED, merged)]


def content_hash(graphs: Iterable[Graph]) -> str:
    """SHA-256 of the graphs' names and documents, in order."""
    digest = hashlib.sha256()
    for graph in graphs:
        digest.update(f"<{graph.iri}>\n".encode())
        digest.update(graph.data)
    return digest.hexdigest()


def publication_record(graphs: Iterable[str], *, generated: str, store_id: str,
                       sha256: str) -> list[ox.Triple]:
    """The triples of the record graph ``graph/publication``."""
    record = ox.NamedNode(GRAPH_PUBLICATION)

    def lit(value: str, datatype: str | None = None) -> ox.Literal:
        return ox.Literal(value, datatype=ox.NamedNode(datatype) if datatype else None)

    triples = [
        ox.Triple(record, ox.NamedNode(RDF + "type"), ox.NamedNode(PROV + "Entity")),
        ox.Triple(record, ox.NamedNode(PROV + "generatedAtTime"),
                  lit(generated, XSD + "dateTime")),
        ox.Triple(record, ox.NamedNode(SCHEMA + "softwareVersion"), lit(__version__)),
        ox.Triple(record, ox.NamedNode(DCTERMS + "identifier"), lit(store_id)),
        ox.Triple(record, ox.NamedNode(SCHEMA + "sha256"), lit(sha256)),
    ]
    triples.extend(ox.Triple(record, ox.NamedNode(DCTERMS + "hasPart"), ox.NamedNode(g))
                   for g in graphs)
    return triples


class PublishReport:
    """What a publication did."""

    def __init__(self, endpoint: str, graph_store: str) -> None:
        self.endpoint = endpoint
        self.graph_store = graph_store
        self.written: list[tuple[str, int, int]] = []  # (graph, triples, bytes)
        self.deleted: list[str] = []
        self.seconds = 0.0
        self.store_id = ""
        self.sha256 = ""
        self.generated = ""

    @property
    def graphs(self) -> int:
        """Graphs written, the record included."""
        return len(self.written)

    @property
    def triples(self) -> int:
        """Triples written, the record included."""
        return sum(n for _, n, _ in self.written)

    @property
    def bytes(self) -> int:
        """Bytes of N-Triples sent."""
        return sum(b for _, _, b in self.written)

    def summary(self) -> str:
        """A few lines for people."""
        lines = [f"Published to {self.endpoint} (Graph Store {self.graph_store}):",
                 f"  {self.graphs} graphs written ({self.triples} triples, {self.bytes} bytes "
                 f"of N-Triples) in {self.seconds:.2f} s",
                 f"  {len(self.deleted)} graph{'' if len(self.deleted) == 1 else 's'} deleted "
                 "(published before, gone from the store)"]
        lines.extend(f"    - {iri}" for iri in self.deleted)
        lines.append(f"  record: <{GRAPH_PUBLICATION}> (store {self.store_id}, "
                     f"sha256 {self.sha256[:16]}…, {self.generated})")
        return "\n".join(lines)

    def to_json(self) -> str:
        """The report as a JSON object."""
        import json

        return json.dumps({
            "endpoint": self.endpoint, "graph_store": self.graph_store,
            "graphs_written": self.graphs, "triples": self.triples, "bytes": self.bytes,
            "seconds": round(self.seconds, 3), "graphs_deleted": self.deleted,
            "record": GRAPH_PUBLICATION, "store": self.store_id, "sha256": self.sha256,
            "generated": self.generated,
            "graphs": [{"graph": g, "triples": n, "bytes": b} for g, n, b in self.written],
        }, indent=2)


def _project_graphs(endpoint: RemoteEndpoint) -> set[str]:
    """Names of the graphs under the project's namespace that the server holds."""
    result = endpoint.query(
        f'SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(STRSTARTS(STR(?g), '
        f'"{BASE}")) }}', origin="the query listing the published graphs")
    return {t.value for (t,) in result.rows if isinstance(t, ox.NamedNode)}


def _graph_url(graph_store: str, iri: str) -> str:
    joiner = "&" if "?" in graph_store else "?"
    return f"{graph_store}{joiner}{urllib.parse.urlencode({'graph': iri})}"


def publish(store: str | os.PathLike[str] | None = None, endpoint: str = "",
            graph_store: str | None = None, user: str | None = None,
            password: str | None = None, timeout: float = 60.0) -> PublishReport:
    """Publish the built store to the SPARQL server of ``endpoint``; see the module doc.

    ``graph_store`` defaults to :func:`default_graph_store` (``endpoint``). ``user`` and
    ``password`` are sent with HTTP Basic or Digest authentication when the server asks.
    Raises :class:`kg.errors.EndpointError` naming the graph and the HTTP status when a request
    fails; nothing the server held under other names is touched.
    """
    if not endpoint:
        raise ParameterError("Give the SPARQL endpoint to publish to (--endpoint URL).")
    graph_store = graph_store or default_graph_store(endpoint)
    began = time.monotonic()
    location = StoreLocation(store if store is not None else resources.default_store_dir())
    opened = location.open()
    graphs = graphs_of(opened)
    data_folder = location.current() or ""
    report = PublishReport(endpoint, graph_store)
    report.store_id = os.path.basename(data_folder)
    report.sha256 = content_hash(graphs)
    report.generated = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    remote = RemoteEndpoint(endpoint, user=user, password=password, timeout=timeout)
    session = remote.session
    current = {g.iri for g in graphs}
    before = set(published_graphs(remote)) | _project_graphs(remote)
    stale = sorted(before - current - {GRAPH_PUBLICATION})

    record = Graph(GRAPH_PUBLICATION, publication_record(
        sorted(current), generated=report.generated, store_id=report.store_id,
        sha256=report.sha256))
    steps = len(graphs) + len(stale) + 1
    for number, graph in enumerate(graphs, 1):
        _put(session, graph_store, graph, number, steps, report)
    for number, iri in enumerate(stale, len(graphs) + 1):
        answer = session.send("DELETE", _graph_url(graph_store, iri), role="Graph Store")
        # 404: already gone, as after a run that stopped between two deletions.
        if not answer.ok and answer.status != 404:
            raise _stopped(session, answer, graph_store, f"delete the graph <{iri}>", number,
                           steps)
        report.deleted.append(iri)
    _put(session, graph_store, record, steps, steps, report)
    report.seconds = time.monotonic() - began
    return report


def _put(session: HttpSession, graph_store: str, graph: Graph, number: int, steps: int,
         report: PublishReport) -> None:
    answer = session.send("PUT", _graph_url(graph_store, graph.iri), body=graph.data,
                          headers={"Content-Type": f"{NTRIPLES}; charset=utf-8"},
                          role="Graph Store")
    if not answer.ok:
        raise _stopped(session, answer, graph_store, f"write the graph <{graph.iri}>", number,
                       steps)
    report.written.append((graph.iri, graph.triples, len(graph.data)))


def _stopped(session: HttpSession, answer: Answer, graph_store: str, doing: str, number: int,
             steps: int) -> EndpointError:
    answer.url = graph_store
    error = session.refusal(answer, "Graph Store", f"refused to {doing}")
    return EndpointError(graph_store, f"{str(error).rstrip('.')}. Publishing stopped there, at "
                                      f"step {number} of {steps}; the publication record was "
                                      "not updated. Run the publication again to complete it.",
                         answer.status)
