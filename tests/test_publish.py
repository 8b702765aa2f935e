"""Publishing the built graph to real SPARQL servers: what arrives, replacing, repairing, errors.

An Oxigraph server and a private Virtuoso 7 run on 127.0.0.1 (tests/oxigraph_server.py,
tests/virtuoso_server.py). What a server holds is read back with each test helper's own
SPARQL request (not with kg.remote) and compared, graph by graph, with the store's named
graphs, its default graph (as graph/merged) and the expected publication record.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from loopback import free_port
from oxigraph_server import OxigraphServer
from rdflib.compare import isomorphic
from standin import Reply, Request, StandIn
from virtuoso_server import PUBLISHER, PUBLISHER_PASSWORD, VirtuosoServer

import kg
from kg import dataset
from kg.errors import EndpointError, ParameterError
from kg.namespaces import (
    BASE,
    DCTERMS,
    GRAPH_MERGED,
    GRAPH_ONTOLOGY,
    GRAPH_PUBLICATION,
    PROV,
    SCHEMA,
)
from kg.publish import PublishReport, default_graph_store, publish
from kg.store import StoreLocation

GENERATED = ("iri", PROV + "generatedAtTime")
RECORD = ("iri", GRAPH_PUBLICATION)
XSD_STRING = str(rdflib.XSD.string)
_DIRECT = urllib.request.build_opener(urllib.request.ProxyHandler({}))

# A graph here is a set of triples of plain tuples: ("iri", value), ("bnode", label) or
# ("literal", lexical form, language, datatype or None for a simple literal), lexical forms
# exactly as sent. Only the triples with blank nodes go through rdflib, for isomorphism.
Triples = set[tuple[tuple, tuple, tuple]]


class Target:
    """A server to publish to: how to publish there and how to read back what it holds."""

    def __init__(self, name: str, endpoint: str, graph_store: str,
                 select: Callable[[str], list[dict]], **credentials: str) -> None:
        self.name = name
        self.endpoint = endpoint
        self.graph_store = graph_store
        self.select = select
        self.credentials = credentials

    def publish(self, store: Path, **options: object) -> PublishReport:
        return publish(store, endpoint=self.endpoint, **{**self.credentials, **options})

    def graphs(self) -> dict[str, Triples]:
        """Every graph the server holds under the project's namespace, read independently."""
        rows = self.select(f'SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} '
                           f'FILTER(STRSTARTS(STR(?g), "{BASE}")) }}')
        out: dict[str, Triples] = {}
        for row in rows:
            out.setdefault(row["g"]["value"], set()).add(
                tuple(_from_json(row[v]) for v in "spo"))
        return out


def _from_json(cell: dict[str, str]) -> tuple:
    """A SPARQL JSON results term (Virtuoso's "typed-literal" too) as a plain tuple."""
    if cell["type"] in ("uri", "bnode"):
        return ("iri" if cell["type"] == "uri" else "bnode", cell["value"])
    datatype = cell.get("datatype")
    return ("literal", cell["value"], cell.get("xml:lang"),
            None if datatype == XSD_STRING else datatype)


def _from_ox(term: object) -> tuple:
    if isinstance(term, ox.NamedNode):
        return ("iri", term.value)
    if isinstance(term, ox.BlankNode):
        return ("bnode", term.value)
    assert isinstance(term, ox.Literal)
    datatype = None if term.language or term.datatype.value == XSD_STRING \
        else term.datatype.value
    return ("literal", term.value, term.language, datatype)


def _to_rdflib(term: tuple) -> rdflib.term.Node:
    if term[0] == "iri":
        return rdflib.URIRef(term[1])
    if term[0] == "bnode":
        return rdflib.BNode(term[1])
    return rdflib.Literal(term[1], lang=term[2], datatype=term[3], normalize=False)


def local_graphs(store: Path) -> dict[str, Triples]:
    """What a publication of ``store`` must leave, the record aside."""
    out: dict[str, Triples] = {}
    for quad in StoreLocation(store).open():
        name = GRAPH_MERGED if isinstance(quad.graph_name, ox.DefaultGraph) \
            else quad.graph_name.value
        out.setdefault(name, set()).add(
            (_from_ox(quad.subject), _from_ox(quad.predicate), _from_ox(quad.object)))
    return out


def _same(ours: Triples, theirs: Triples) -> bool:
    """Equal graphs, blank nodes compared by structure (isomorphism)."""

    def blank(triples: Triples) -> Triples:
        return {t for t in triples if any(term[0] == "bnode" for term in t)}

    our_blank, their_blank = blank(ours), blank(theirs)
    if ours - our_blank != theirs - their_blank:
        return False
    graphs = []
    for triples in (our_blank, their_blank):
        graph = rdflib.Graph()
        for triple in triples:
            graph.add(tuple(_to_rdflib(t) for t in triple))
        graphs.append(graph)
    return isomorphic(*graphs)


def _values(record: Triples, predicate: str) -> list[str]:
    return [o[1] for s, p, o in record if s == RECORD and p == ("iri", predicate)]


def assert_holds(target: Target, store: Path) -> dict[str, Triples]:
    """The server holds exactly the store's graphs, graph/merged and a matching record."""
    remote = target.graphs()
    expected = local_graphs(store)
    record = remote.pop(GRAPH_PUBLICATION)
    assert sorted(remote) == sorted(expected)
    differ = [g for g in expected if not _same(expected[g], remote[g])]
    assert not differ, f"{target.name}: these graphs differ from the store's: {differ}"
    assert set(_values(record, DCTERMS + "hasPart")) == set(expected)
    assert _values(record, DCTERMS + "identifier") == [
        Path(StoreLocation(store).current()).name]
    assert _values(record, SCHEMA + "softwareVersion") == [kg.__version__]
    assert [len(v) for v in _values(record, SCHEMA + "sha256")] == [64]
    assert len(_values(record, GENERATED[1])) == 1
    remote[GRAPH_PUBLICATION] = record
    return remote


def without_time(graphs: dict[str, Triples]) -> dict[str, Triples]:
    record = {t for t in graphs[GRAPH_PUBLICATION] if t[1] != GENERATED}
    return {**graphs, GRAPH_PUBLICATION: record}




# -- servers and stores ------------------------------------------------------------------


@pytest.fixture(scope="module")
def oxigraph() -> Iterator[OxigraphServer]:
    with OxigraphServer() as server:
        yield server


@pytest.fixture(scope="module")
def virtuoso() -> Iterator[VirtuosoServer]:
    with VirtuosoServer() as server:
        yield server


@pytest.fixture(params=["oxigraph", "virtuoso"])
def target(request: pytest.FixtureRequest) -> Target:
    if request.param == "oxigraph":
        server: OxigraphServer = request.getfixturevalue("oxigraph")
        return Target("oxigraph", server.query_url, server.store_url, server.select)
    virtuoso: VirtuosoServer = request.getfixturevalue("virtuoso")
    return Target("virtuoso", virtuoso.sparql_url, virtuoso.graph_store_url, virtuoso.select,
                  user=PUBLISHER, password=PUBLISHER_PASSWORD)


@pytest.fixture(scope="module")
def dropped_claim(store_dir: Path) -> str:
    """A claim graph of the shipped store (the first, by IRI)."""
    names = {q.graph_name.value for q in StoreLocation(store_dir).open()
             if isinstance(q.graph_name, ox.NamedNode)}
    return sorted(n for n in names if "/id/claim/" in n)[0]


@pytest.fixture(scope="module")
def smaller_store(store_dir: Path, dropped_claim: str,
                  tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The shipped store without one claim graph (its merged view recomputed)."""
    path = tmp_path_factory.mktemp("smaller-store")
    quads = list(StoreLocation(store_dir).open())
    StoreLocation(path).replace(dataset.replace_graph(quads, dropped_claim, []))
    return path


# -- what arrives ------------------------------------------------------------------------


def test_every_graph_arrives_with_the_merged_view_and_a_record(target: Target,
                                                               store_dir: Path) -> None:
    report = target.publish(store_dir)
    held = assert_holds(target, store_dir)
    named = {q.graph_name.value for q in StoreLocation(store_dir).open()
             if isinstance(q.graph_name, ox.NamedNode)}
    # Every named graph, graph/merged last, then the record.
    assert [g for g, _, _ in report.written] == [*sorted(named), GRAPH_MERGED, GRAPH_PUBLICATION]
    assert report.triples == sum(len(g) for g in held.values())
    assert report.bytes > 0 and report.seconds > 0
    assert report.endpoint == target.endpoint and report.graph_store == target.graph_store
    summary = report.summary()
    assert f"{report.graphs} graphs written ({report.triples} triples" in summary
    as_json = json.loads(report.to_json())
    assert as_json["graphs_written"] == len(named) + 2 and as_json["graphs_deleted"] == []
    assert as_json["store"] == Path(StoreLocation(store_dir).current()).name

    # The ontology's anonymous class expressions are blank nodes that graph/ontology and the
    # default graph share in the store. Each graph is its own PUT document, so on the server
    # each graph has its own copies: the same structure (compared above), new identities.
    store = StoreLocation(store_dir).open()
    shared = {t.value for q in store for t in (q.subject, q.object)
              if isinstance(t, ox.BlankNode) and q.graph_name == ox.NamedNode(GRAPH_ONTOLOGY)}
    assert shared  # the ontology has some
    assert shared <= {t.value for q in store.quads_for_pattern(None, None, None,
                                                               ox.DefaultGraph())
                      for t in (q.subject, q.object) if isinstance(t, ox.BlankNode)}

    def blanks(name: str) -> set[str]:
        return {t[1] for triple in held[name] for t in triple if t[0] == "bnode"}

    assert len(blanks(GRAPH_ONTOLOGY)) == len(shared)
    assert not blanks(GRAPH_ONTOLOGY) & blanks(GRAPH_MERGED)


def test_the_server_default_graph_is_never_written(oxigraph: OxigraphServer,
                                                   store_dir: Path) -> None:
    publish(store_dir, endpoint=oxigraph.query_url)
    # Oxigraph's default graph, without --union-default-graph, is a graph of its own.
    assert oxigraph.select("SELECT * WHERE { ?s ?p ?o } LIMIT 1") == []


# -- replacing ---------------------------------------------------------------------------


def test_publishing_twice_leaves_the_same_content(target: Target, store_dir: Path) -> None:
    target.publish(store_dir)
    first = assert_holds(target, store_dir)
    report = target.publish(store_dir)
    second = assert_holds(target, store_dir)
    assert report.deleted == []
    first, second = without_time(first), without_time(second)
    assert sorted(first) == sorted(second)
    assert all(_same(first[g], second[g]) for g in first)


def test_a_graph_gone_from_the_store_is_deleted(target: Target, store_dir: Path,
                                                smaller_store: Path, dropped_claim: str) -> None:
    target.publish(store_dir)
    report = target.publish(smaller_store)
    assert report.deleted == [dropped_claim]
    held = assert_holds(target, smaller_store)
    assert dropped_claim not in held
    assert "1 graph deleted" in report.summary() and dropped_claim in report.summary()
    # And back: the claim graph comes back, nothing is deleted.
    assert target.publish(store_dir).deleted == []
    assert_holds(target, store_dir)


# -- failing half-way, and repairing -------------------------------------------------------


def _forward(server: OxigraphServer, fail_at: int | None) -> Callable[[Request], Reply]:
    """A Graph Store in front of Oxigraph's that answers 500 to the ``fail_at``-th PUT."""
    puts = 0

    def forward(request: Request) -> Reply:
        nonlocal puts
        if request.method == "PUT":
            puts += 1
            if puts == fail_at:
                return Reply(500, "disk full (a test's stand-in)")
        url = f"{server.store_url}?{urllib.parse.urlencode(request.params)}"
        headers = {k: v for k, v in request.headers.items() if k == "content-type"}
        sent = urllib.request.Request(url, data=request.body or None, headers=headers,
                                      method=request.method)
        try:
            with _DIRECT.open(sent, timeout=30) as answer:
                return Reply(answer.status, answer.read())
        except urllib.error.HTTPError as error:
            return Reply(error.code, error.read())

    return forward


def test_a_failure_names_the_graph_and_a_new_run_repairs(oxigraph: OxigraphServer,
                                                         store_dir: Path,
                                                         smaller_store: Path,
                                                         dropped_claim: str) -> None:
    target = Target("oxigraph", oxigraph.query_url, oxigraph.store_url, oxigraph.select)
    target.publish(smaller_store)
    # The full store's graphs are written in IRI order: fail on the one after the claim that
    # the smaller store does not have.
    graphs = sorted({q.graph_name.value for q in StoreLocation(store_dir).open()
                     if isinstance(q.graph_name, ox.NamedNode)})
    failing = graphs.index(dropped_claim) + 2  # the step number, counted from 1
    with StandIn(_forward(oxigraph, fail_at=failing)) as proxy, \
            pytest.raises(EndpointError) as caught:
        publish(store_dir, endpoint=oxigraph.query_url, graph_store=f"{proxy.url}/store")
    message = str(caught.value)
    assert f"<{graphs[failing - 1]}>" in message
    assert "HTTP 500" in message and "disk full" in message
    assert f"step {failing} of" in message and "again" in message
    # Half-way: the dropped claim is back on the server, but the record still lists the old
    # publication, which does not have it.
    held = target.graphs()
    assert dropped_claim in held
    assert dropped_claim not in _values(held[GRAPH_PUBLICATION], DCTERMS + "hasPart")
    # A publication of the smaller store finds the graph the failed run left, and deletes it.
    report = target.publish(smaller_store)
    assert report.deleted == [dropped_claim]
    assert_holds(target, smaller_store)
    # And a full run repairs the full publication.
    target.publish(store_dir)
    assert_holds(target, store_dir)


# -- errors -------------------------------------------------------------------------------


def test_an_unreachable_endpoint_is_named(store_dir: Path) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/query"
    with pytest.raises(EndpointError) as caught:
        publish(store_dir, endpoint=endpoint)
    assert endpoint in str(caught.value) and "connection refused" in str(caught.value)


def test_virtuoso_wants_credentials(virtuoso: VirtuosoServer, store_dir: Path) -> None:
    with pytest.raises(EndpointError) as caught:
        publish(store_dir, endpoint=virtuoso.sparql_url)
    message = str(caught.value)
    assert caught.value.status == 401
    assert virtuoso.graph_store_url in message and "HTTP 401" in message
    assert "--user" in message and "--password-env" in message
    with pytest.raises(EndpointError) as caught:
        publish(store_dir, endpoint=virtuoso.sparql_url, user=PUBLISHER, password="wrong")
    assert caught.value.status == 401
    assert f"credentials of user '{PUBLISHER}' were refused" in str(caught.value)


def test_virtuoso_refuses_a_user_without_the_update_role(virtuoso: VirtuosoServer,
                                                        store_dir: Path) -> None:
    virtuoso.isql("DB.DBA.USER_CREATE('reader', 'reader-password');")
    with pytest.raises(EndpointError) as caught:
        publish(store_dir, endpoint=virtuoso.sparql_url, user="reader",
                password="reader-password")
    # Virtuoso lets the user in, then its SQL layer refuses the write.
    assert caught.value.status == 403
    assert virtuoso.graph_store_url in str(caught.value) and "Permission denied" in str(
        caught.value)
    assert "user 'reader' may not do this here" in str(caught.value)


def test_the_graph_store_is_derived_for_known_engines() -> None:
    assert default_graph_store("http://h:7878/query") == "http://h:7878/store"
    assert default_graph_store("http://h:8890/sparql") == "http://h:8890/sparql-graph-crud-auth"
    assert default_graph_store("http://h/ds/query/") == "http://h/ds/store"
    with pytest.raises(ParameterError, match="--graph-store"):
        default_graph_store("http://h:3030/ds")


# -- the command --------------------------------------------------------------------------


@pytest.fixture
def password_variable(monkeypatch: pytest.MonkeyPatch) -> str:
    """LR_TEST_PASSWORD set to the publisher's password; ask for it before ``cli``, which
    copies the environment when it is set up."""
    monkeypatch.setenv("LR_TEST_PASSWORD", PUBLISHER_PASSWORD)
    monkeypatch.delenv("LR_UNSET_PASSWORD", raising=False)
    return "LR_TEST_PASSWORD"


def test_the_command_publishes_with_a_password_from_the_environment(
        password_variable: str, cli, virtuoso: VirtuosoServer, store_dir: Path) -> None:
    proc = cli("publish", "--endpoint", virtuoso.sparql_url, "--user", PUBLISHER,
               "--password-env", "LR_TEST_PASSWORD", "--store", str(store_dir),
               "--format", "json")
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    assert answer["graph_store"] == virtuoso.graph_store_url and answer["graphs_deleted"] == []
    target = Target("virtuoso", virtuoso.sparql_url, virtuoso.graph_store_url, virtuoso.select)
    assert_holds(target, store_dir)
    proc = cli("publish", "--endpoint", virtuoso.sparql_url, "--user", PUBLISHER,
               "--password-env", "LR_TEST_PASSWORD", "--store", str(store_dir))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith(f"Published to {virtuoso.sparql_url}")


def test_the_command_explains_missing_credentials(password_variable: str, cli,
                                                  virtuoso: VirtuosoServer,
                                                  store_dir: Path) -> None:
    proc = cli("publish", "--endpoint", virtuoso.sparql_url, "--user", PUBLISHER,
               "--password-env", "LR_UNSET_PASSWORD", "--store", str(store_dir))
    assert proc.returncode == 2
    assert "LR_UNSET_PASSWORD" in proc.stderr and "is not set" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = cli("publish", "--endpoint", virtuoso.sparql_url, "--store", str(store_dir))
    assert proc.returncode == 1
    assert proc.stderr.startswith("Error: The Graph Store ") and "HTTP 401" in proc.stderr
    assert "--password-env" in proc.stderr and "Traceback" not in proc.stderr
    proc = cli("publish", "--endpoint", virtuoso.sparql_url, "--user", PUBLISHER,
               "--store", str(store_dir))
    assert proc.returncode == 2 and "--password-env" in proc.stderr
    proc = cli("publish", "--endpoint", f"http://127.0.0.1:{free_port()}/query",
               "--store", str(store_dir))
    assert proc.returncode == 1 and "connection refused" in proc.stderr
