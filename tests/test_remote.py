"""Every stored query gives the embedded store's answers on a server the graph was published to.

Real servers on 127.0.0.1, started here: Oxigraph server in its default mode and with
``--union-default-graph``, and a private Virtuoso 7 (tests/virtuoso_server.py). The graph is
built from sources linked to the invented, Wikidata-shaped test data of tests/wikidata_fixture.py
so that the federated queries find something, on a further Oxigraph server standing in for
Wikidata. It is published to each server with kg.publish; then each stored query runs through
kg.remote.RemoteGraph and must give the embedded store's rows: the same multiset, and the same
order as far as the query's ORDER BY decides it (rows that tie may come in any order).

Where an engine cannot, :data:`KNOWN` says why and the test is a strict xfail: it fails the
day the engine starts to agree. docs/publishing.md has the same table.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from loopback import free_port
from oxigraph_server import OxigraphServer
from rdflib_bridge import key
from standin import Reply, StandIn
from virtuoso_server import PUBLISHER, PUBLISHER_PASSWORD, VirtuosoServer

import kg
from kg.binding import bind, query_form
from kg.errors import EndpointError, QuerySyntaxError
from kg.graph import KnowledgeGraph
from kg.library import QueryLibrary, StoredQuery
from kg.namespaces import GRAPH_MERGED, GRAPH_PUBLICATION, ID, LR, RDFS
from kg.publish import publish
from kg.remote import MAX_GET_URL, RemoteEndpoint, RemoteGraph
from kg.results import Result

ENGINES = ("oxigraph", "oxigraph-union", "virtuoso")

# Parameters as tests/test_engines.py chooses them; "wikidata" is filled in with the stand-in.
PARAMS = {"find-entity": [{"name": "Byeon Woo Seok"}, {"name": "eclipse"}],
          "stream-milestones": [{}, {"min_streams": "15000000"}],
          "who-voices-eclipse-songs": [{}, {"band": "Eclipse"}],
          "wikidata-cast-birth-dates": [{"wikidata": "STAND-IN"}],
          "wikidata-cast-other-works": [{"wikidata": "STAND-IN"}]}

_VALUES_AND_SERVICE = (
    "Virtuoso 7.2 refuses a query with a VALUES block outside SERVICE and a SERVICE call "
    "(SP031 'Unsupported combination of subqueries and service invocations'), and kg binds "
    "parameters with a top-level VALUES block. Bound with BIND instead, it runs but finds "
    "nothing: given a protocol dataset, Virtuoso wraps the SERVICE body in "
    "GRAPH <default-graph-uri> { } before sending it, so the other endpoint is asked about a "
    "graph it does not have.")
#: (engine, stored query) -> why that engine's answer differs from the embedded store's.
KNOWN = {
    ("virtuoso", "track-count-check"): (
        "Virtuoso 7 has no boolean values for expressions: BIND(?a = ?b AS ?consistent) "
        "gives 1 (xsd:integer) where SPARQL says true (xsd:boolean)."),
    ("virtuoso", "wikidata-cast-birth-dates"): _VALUES_AND_SERVICE,
    ("virtuoso", "wikidata-cast-other-works"): _VALUES_AND_SERVICE,
}


# -- servers ---------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def embedded(linked_store: Path) -> KnowledgeGraph:
    return kg.open_graph(linked_store)


@pytest.fixture(scope="module")
def oxigraph(linked_store: Path) -> Iterator[str]:
    with OxigraphServer() as server:
        publish(linked_store, endpoint=server.query_url)
        yield server.query_url


@pytest.fixture(scope="module")
def oxigraph_union(linked_store: Path) -> Iterator[str]:
    with OxigraphServer(args=["--union-default-graph"]) as server:
        publish(linked_store, endpoint=server.query_url)
        yield server.query_url


@pytest.fixture(scope="module")
def virtuoso_server(linked_store: Path) -> Iterator[VirtuosoServer]:
    with VirtuosoServer() as server:
        publish(linked_store, endpoint=server.sparql_url, user=PUBLISHER,
                password=PUBLISHER_PASSWORD)
        yield server


@pytest.fixture(scope="module")
def virtuoso(virtuoso_server: VirtuosoServer) -> str:
    return virtuoso_server.sparql_url


def _endpoint(request: pytest.FixtureRequest, engine: str) -> str:
    return request.getfixturevalue(engine.replace("-", "_"))


# -- comparing answers -----------------------------------------------------------------------


def _rows(result: Result) -> list[tuple]:
    return [tuple(key(t) for t in row) for row in result.rows]


def _order_conditions(text: str) -> list[str]:
    """The conditions of the query's ORDER BY line, each without ASC()/DESC()."""
    lines = re.findall(r"^ORDER BY (.+)$", text, re.M)
    assert len(lines) == 1, "a stored query has one ORDER BY line, at the top level"
    conditions, depth, current = [], 0, ""
    for c in lines[0].strip() + " ":
        depth += (c == "(") - (c == ")")
        if c.isspace() and depth == 0:
            if current:
                conditions.append(current)
            current = ""
        else:
            current += c
    return [re.sub(r"^(?:ASC|DESC)\((.*)\)$", r"\1", c, flags=re.I) for c in conditions]


def order_keys(graph: KnowledgeGraph, text: str) -> dict[tuple, tuple]:
    """Each row of a bound query's answer -> the values of its ORDER BY conditions.

    The query is run on the embedded store with the conditions added to its projection.
    """
    conditions = _order_conditions(text)
    extra = " ".join(f"({c} AS ?order_key_{i})" for i, c in enumerate(conditions))
    keyed_text, found = re.subn(r"^WHERE\b", f"{extra}\nWHERE", text, count=1, flags=re.M)
    assert found == 1
    keyed = graph.sparql(keyed_text)
    width = len(keyed.variables) - len(conditions)
    keys: dict[tuple, tuple] = {}
    for row in _rows(keyed):
        assert keys.setdefault(row[:width], row[width:]) == row[width:], \
            "one row with two positions: the order cannot be compared"
    return keys


def assert_same_answers(embedded: KnowledgeGraph, stored: StoredQuery, text: str,
                        ours: Result, theirs: Result) -> None:
    assert theirs.kind == ours.kind == "select"
    assert theirs.variables == ours.variables
    assert Counter(_rows(theirs)) == Counter(_rows(ours))
    keys = order_keys(embedded, text)
    assert [keys[r] for r in _rows(theirs)] == [keys[r] for r in _rows(ours)], \
        f"{stored.name}: rows come in another order than ORDER BY says"


def _cases() -> list:
    cases = []
    for engine in ENGINES:
        for name in QueryLibrary().names():
            for params in PARAMS.get(name, [{}]):
                reason = KNOWN.get((engine, name))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                label = ",".join(f"{k}={v}" for k, v in params.items() if k != "wikidata")
                cases.append(pytest.param(engine, name, params, marks=marks,
                                          id=f"{engine}-{name}{'-' + label if label else ''}"))
    return cases


@pytest.mark.parametrize(("engine", "name", "params"), _cases())
def test_the_same_answers_as_the_embedded_store(request: pytest.FixtureRequest,
                                                embedded: KnowledgeGraph,
                                                wikidata: OxigraphServer, engine: str,
                                                name: str, params: dict[str, str]) -> None:
    params = {k: wikidata.query_url if v == "STAND-IN" else v for k, v in params.items()}
    stored = embedded.library.get(name)
    ours = embedded.run_stored(stored, params)
    remote = RemoteGraph(_endpoint(request, engine))
    theirs = remote.run_stored(stored, params)
    items = embedded.wikidata_items() if stored.service_values else None
    text = bind(stored.text, stored.bindings(params),
                {n: items for n in stored.service_values} if items else None)
    assert_same_answers(embedded, stored, text, ours, theirs)
    if stored.severity is None:
        # Consistency checks find nothing in a sound graph; every other query must find rows,
        # or the comparison proves nothing.
        assert ours.rows, f"{name} returned nothing"


def test_the_known_differences_name_real_queries() -> None:
    names = set(QueryLibrary().names())
    assert {name for _, name in KNOWN} <= names
    assert {engine for engine, _ in KNOWN} <= set(ENGINES)


# -- the remote view -------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ENGINES)
def test_labels_and_links_come_from_the_endpoint(request: pytest.FixtureRequest,
                                                 embedded: KnowledgeGraph, engine: str) -> None:
    remote = RemoteGraph(_endpoint(request, engine))
    assert remote.wikidata_items() == embedded.wikidata_items()
    for iri in (ID + "person/byeon-woo-seok", ID + "band/eclipse", LR + "Actor",
                ID + "nothing/here"):
        assert remote.label(iri) == embedded.label(iri)
    assert remote.label(ID + "person/byeon-woo-seok") == "Byeon Woo-seok"
    default, named = remote.protocol_dataset()
    assert default == [GRAPH_MERGED]
    assert set(named) == {q.graph_name.value for q in embedded.quads()
                          if isinstance(q.graph_name, ox.NamedNode)}


@pytest.mark.parametrize("engine", ENGINES)
def test_ad_hoc_queries_have_the_project_prefixes(request: pytest.FixtureRequest,
                                                  embedded: KnowledgeGraph,
                                                  engine: str) -> None:
    remote = RemoteGraph(_endpoint(request, engine))
    text = "SELECT ?s WHERE { ?s a lr:Actor } ORDER BY ?s"
    assert _rows(remote.sparql(text)) == _rows(embedded.sparql(text))
    # The user's own declaration of a prefix wins over the project's.
    text = ("PREFIX lr: <https://example.org/not-ours#>\n"
            "ASK { ?s a lr:Actor }")
    assert remote.sparql(text).boolean is False and embedded.sparql(text).boolean is False
    assert remote.sparql("ASK { ?s a lr:Actor }").boolean is True
    # CONSTRUCT and DESCRIBE come back as triples.
    text = ("CONSTRUCT { ?s rdfs:label ?l } WHERE { ?s a lr:Actor ; rdfs:label ?l }")
    theirs, ours = remote.sparql(text), embedded.sparql(text)
    assert theirs.kind == "graph" and set(theirs.triples) == set(ours.triples)
    assert theirs.triples


@pytest.mark.parametrize("engine", ENGINES)
def test_a_long_query_goes_as_a_form(request: pytest.FixtureRequest, embedded: KnowledgeGraph,
                                     engine: str) -> None:
    remote = RemoteGraph(_endpoint(request, engine))
    padding = "#" + "x" * MAX_GET_URL + "\n"  # a comment: the same query, a longer text
    text = f"{padding}SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}"
    assert _rows(remote.sparql(text)) == _rows(embedded.sparql(text))


@pytest.mark.parametrize("engine", ENGINES)
def test_a_malformed_query_gives_the_servers_message(request: pytest.FixtureRequest,
                                                     engine: str) -> None:
    endpoint = _endpoint(request, engine)
    with pytest.raises(EndpointError) as caught:
        RemoteGraph(endpoint).sparql("SELECT *\nWHERE { ?s ?p }", "bad.rq")
    message = str(caught.value)
    assert caught.value.status == 400
    assert message.startswith(f"The SPARQL endpoint {endpoint} rejected bad.rq (HTTP 400")
    # The parser's own words, on one line, without the query Virtuoso appends; the project's
    # prefixes, declared on the query's first line, leave its line numbers as they were.
    said = {"virtuoso": "SP030: SPARQL compiler, line 2: syntax error"}.get(engine, "error at 2:")
    assert said in message and "\n" not in message and "SPARQL query:" not in message


@pytest.mark.parametrize(("text", "form"), [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT"),
    ("# ASK\nPREFIX select: <http://e/>\nBASE <http://e/>\nconstruct WHERE { ?s ?p ?o }",
     "CONSTRUCT"),
    ('PREFIX : <http://e/> DESCRIBE ?x WHERE { ?x :p "SELECT" }', "DESCRIBE"),
    ("ask {}", "ASK"),
    ("PREFIX : <http://e/> INSERT DATA { :a :b :c }", "INSERT"),
    ("PREFIX : <http://e/>", None),
])
def test_the_query_form_decides_what_is_asked_for(text: str, form: str | None) -> None:
    assert query_form(text) == form


@pytest.fixture
def password_variable(monkeypatch: pytest.MonkeyPatch) -> str:
    """LR_TEST_PASSWORD set to the publisher's password; ask for it before ``cli``, which
    copies the environment when it is set up."""
    monkeypatch.setenv("LR_TEST_PASSWORD", PUBLISHER_PASSWORD)
    return "LR_TEST_PASSWORD"


def test_an_endpoint_that_wants_credentials(password_variable: str, cli,
                                            virtuoso_server: VirtuosoServer,
                                            linked_store: Path,
                                            embedded: KnowledgeGraph) -> None:
    # Virtuoso's /sparql-auth answers queries only with HTTP Digest credentials.
    endpoint = f"{virtuoso_server.url}/sparql-auth"
    with pytest.raises(EndpointError) as caught:
        RemoteGraph(endpoint).run("cast")
    message = str(caught.value)
    assert caught.value.status == 401 and endpoint in message and "HTTP 401" in message
    assert "--user NAME --password-env VARIABLE" in message
    with pytest.raises(EndpointError, match=f"credentials of user '{PUBLISHER}' were refused"):
        RemoteGraph(endpoint, user=PUBLISHER, password="wrong").run("cast")
    remote = RemoteGraph(endpoint, user=PUBLISHER, password=PUBLISHER_PASSWORD)
    assert _rows(remote.run("cast")) == _rows(embedded.run("cast"))
    proc = cli("query", "cast", "--endpoint", endpoint, "--user", PUBLISHER,
               "--password-env", password_variable)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == cli("query", "cast", "--store", str(linked_store)).stdout
    proc = cli("query", "cast", "--endpoint", endpoint)
    assert proc.returncode == 1 and "HTTP 401" in proc.stderr and "--user" in proc.stderr


def test_updates_are_refused_before_sending(oxigraph: str) -> None:
    with pytest.raises(QuerySyntaxError, match="SPARQL update"):
        RemoteGraph(oxigraph).sparql("INSERT DATA { <a:b> <a:c> <a:d> }")


def test_nothing_published_says_what_to_do(wikidata: OxigraphServer) -> None:
    remote = RemoteGraph(wikidata.query_url)  # a server with data, but no publication
    with pytest.raises(EndpointError) as caught:
        remote.run("cast")
    message = str(caught.value)
    assert "Nothing is published at" in message and GRAPH_PUBLICATION in message
    assert "--server-dataset" in message and "lovely-kg publish" in message




def test_unreachable_and_slow_endpoints_are_named() -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/sparql"
    with pytest.raises(EndpointError, match="connection refused") as caught:
        RemoteGraph(endpoint).run("cast")
    assert endpoint in str(caught.value)
    with StandIn() as server:
        server.reply_with(Reply(200, b"{}", delay=3))
        slow = f"{server.url}/sparql"
        with pytest.raises(EndpointError, match=r"no answer within 0\.5 s") as caught:
            RemoteEndpoint(slow, timeout=0.5).query("ASK {}")
        assert slow in str(caught.value) and "--timeout" in str(caught.value)


def test_answers_that_are_not_results_are_refused() -> None:
    with StandIn() as server:
        server.reply_with(Reply(200, "<html>a login page</html>",
                                headers={"Content-Type": "text/html"}))
        with pytest.raises(EndpointError, match="cannot be read: an answer of type text/html"):
            RemoteEndpoint(f"{server.url}/sparql").query("SELECT * WHERE { ?s ?p ?o }")


# -- result formats an endpoint may send -------------------------------------------------------


def test_virtuoso_style_json_results_are_read() -> None:
    body = {"head": {"link": [], "vars": ["n", "s", "b", "l", "u"]},
            "results": {"distinct": False, "ordered": True, "bindings": [
                {"n": {"type": "typed-literal", "value": "3",
                       "datatype": "http://www.w3.org/2001/XMLSchema#integer"},
                 "s": {"type": "typed-literal", "value": "x",
                       "datatype": "http://www.w3.org/2001/XMLSchema#string"},
                 "b": {"type": "bnode", "value": "nodeID://b10000"},
                 "l": {"type": "literal", "value": "hi", "xml:lang": "en"}}]}}
    with StandIn() as server:
        server.reply_with(Reply(200, json.dumps(body).encode(), headers={
            "Content-Type": "application/sparql-results+json"}))
        result = RemoteEndpoint(f"{server.url}/sparql").query("SELECT * WHERE { ?s ?p ?o }")
    n, s, b, lit, u = result.rows[0]
    assert n == ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert s == ox.Literal("x") and lit == ox.Literal("hi", language="en") and u is None
    assert isinstance(b, ox.BlankNode)


def test_xml_results_are_read() -> None:
    body = ('<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
            '<head><variable name="s"/><variable name="o"/></head><results><result>'
            '<binding name="s"><uri>http://example.org/a</uri></binding>'
            '<binding name="o"><literal xml:lang="en">A</literal></binding></result>'
            '<result><binding name="o"><literal datatype="http://www.w3.org/2001/XMLSchema#'
            'integer">7</literal></binding></result></results></sparql>')
    with StandIn() as server:
        server.reply_with(Reply(200, body.encode(), headers={
            "Content-Type": "application/sparql-results+xml"}))
        result = RemoteEndpoint(f"{server.url}/sparql").query("SELECT * WHERE { ?s ?p ?o }")
    assert result.variables == ["s", "o"]
    assert result.rows[0] == (ox.NamedNode("http://example.org/a"), ox.Literal("A", language="en"))
    assert result.rows[1][0] is None and result.rows[1][1].value == "7"


def test_a_cut_answer_is_an_error(virtuoso_server: VirtuosoServer) -> None:
    endpoint = RemoteEndpoint(virtuoso_server.sparql_url)
    limit = virtuoso_server.max_rows
    virtuoso_server.set_max_rows(3)
    try:
        with pytest.raises(EndpointError, match="cut its answer to 3 rows") as caught:
            endpoint.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } }")
        assert "ResultSetMaxRows" in str(caught.value)
        assert len(endpoint.query("SELECT ?s WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 2").rows) == 2
    finally:
        virtuoso_server.set_max_rows(limit)


# -- what each engine does with the protocol dataset -------------------------------------------

_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
_NAMED = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _count(endpoint: RemoteEndpoint, query: str, **dataset: list[str]) -> int:
    return int(endpoint.query(query, **dataset).rows[0][0].value)


@pytest.mark.parametrize("engine", ENGINES)
def test_what_the_engines_do_with_the_protocol_dataset(request: pytest.FixtureRequest,
                                                       embedded: KnowledgeGraph,
                                                       engine: str) -> None:
    endpoint = RemoteEndpoint(_endpoint(request, engine))
    store = embedded.store
    merged = len(list(store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    named = {q.graph_name.value for q in store if isinstance(q.graph_name, ox.NamedNode)}
    in_named = len([q for q in store if isinstance(q.graph_name, ox.NamedNode)])
    published = len(named) + 2  # with graph/merged and graph/publication
    record = len(named) + 1 + 5  # hasPart for each graph and graph/merged, five more facts
    one = [sorted(named)[0]]
    # Both parameters: exactly the dataset asked for, on every engine.
    assert _count(endpoint, _COUNT, default_graphs=[GRAPH_MERGED], named_graphs=one) == merged
    assert _count(endpoint, _NAMED, default_graphs=[GRAPH_MERGED], named_graphs=one) == 1
    # Only named-graph-uri: an empty default graph, on every engine.
    assert _count(endpoint, _COUNT, named_graphs=one) == 0
    only_default = _count(endpoint, _NAMED, default_graphs=[GRAPH_MERGED])
    own_default = _count(endpoint, _COUNT)
    if engine == "oxigraph":
        assert only_default == 0  # as the Protocol says: no named graphs
        assert own_default == 0  # its own default graph: empty, nothing is written there
    elif engine == "oxigraph-union":
        assert only_default == 0
        # The union of every graph, each triple once per graph that has it.
        assert own_default == in_named + merged + record
    else:
        assert only_default >= published  # every graph of the server: not as the Protocol says
        assert own_default > in_named + merged + record  # every graph, the system's as well


def test_labels_of_the_ontology_come_from_rdfs_label(oxigraph: str,
                                                     embedded: KnowledgeGraph) -> None:
    remote = RemoteGraph(oxigraph)
    assert remote.label(LR + "Actor") == embedded.label(LR + "Actor")
    assert remote.label(RDFS + "label") == embedded.label(RDFS + "label")


# -- the command ------------------------------------------------------------------------------


@pytest.mark.parametrize("engine", ["oxigraph", "virtuoso"])
def test_the_command_gives_the_same_output(request: pytest.FixtureRequest, cli,
                                           linked_store: Path, engine: str) -> None:
    endpoint = _endpoint(request, engine)
    for fmt in ("table", "json", "csv", "tsv"):
        local = cli("query", "who-voices-eclipse-songs", "--store", str(linked_store),
                    "--format", fmt)
        remote = cli("query", "--endpoint", endpoint, "who-voices-eclipse-songs",
                     "--format", fmt)
        assert remote.returncode == 0, remote.stderr
        assert remote.stdout == local.stdout  # the table shows the labels the endpoint gives
    local = cli("query", "find-entity", "-p", "name=Sun Jae", "--store", str(linked_store))
    remote = cli("query", "find-entity", "-p", "name=Sun Jae", "--endpoint", endpoint)
    assert remote.returncode == 0 and remote.stdout == local.stdout
    query = "SELECT ?s ?label WHERE { ?s a lr:FictionalBand ; skos:prefLabel ?label }"
    local = cli("sparql", query, "--store", str(linked_store), "--format", "json")
    remote = cli("sparql", "--endpoint", endpoint, query, "--format", "json")
    assert remote.returncode == 0 and remote.stdout == local.stdout
    query = "CONSTRUCT { ?s a lr:FictionalBand } WHERE { ?s a lr:FictionalBand }"
    local = cli("sparql", query, "--store", str(linked_store), "--format", "ntriples")
    remote = cli("sparql", "--endpoint", endpoint, query, "--format", "ntriples")
    assert remote.returncode == 0 and remote.stdout == local.stdout


def test_the_command_can_use_the_servers_own_dataset(cli, linked_store: Path,
                                                     oxigraph_union: str, oxigraph: str) -> None:
    local = cli("query", "cast", "--store", str(linked_store), "--format", "csv")
    # With --union-default-graph, the server's own default graph has every published triple
    # (some several times, which this query does not see).
    proc = cli("query", "--endpoint", oxigraph_union, "--server-dataset", "cast",
               "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == local.stdout
    # Without it, Oxigraph's default graph is empty: no rows.
    proc = cli("query", "--endpoint", oxigraph, "--server-dataset", "cast", "--format", "csv")
    assert proc.returncode == 0 and proc.stdout == local.stdout.splitlines(True)[0]


def test_the_command_reports_endpoint_errors(cli, oxigraph: str) -> None:
    proc = cli("sparql", "--endpoint", oxigraph, "SELECT * WHERE { ?s ?p }")
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert proc.stderr.startswith(f"Error: The SPARQL endpoint {oxigraph} rejected the query "
                                  "(HTTP 400")
    endpoint = f"http://127.0.0.1:{free_port()}/query"
    proc = cli("query", "--endpoint", endpoint, "cast")
    assert proc.returncode == 1 and endpoint in proc.stderr and "refused" in proc.stderr
    proc = cli("query", "--endpoint", oxigraph, "cast", "--store", "/tmp/nowhere")
    assert proc.returncode == 2 and "exclude each other" in proc.stderr
    proc = cli("query", "cast", "--server-dataset")
    assert proc.returncode == 2 and "--endpoint" in proc.stderr
    proc = cli("query", "--endpoint", oxigraph, "cast", "--user", "someone")
    assert proc.returncode == 2 and "--password-env" in proc.stderr
