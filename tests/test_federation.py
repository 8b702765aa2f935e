"""Federated stored queries (SERVICE joins with Wikidata), against a real Oxigraph server.

A local ``oxigraph serve`` (tests/oxigraph_server.py) stands for Wikidata's SPARQL endpoint,
with the invented, Wikidata-shaped TEST DATA of tests/fixtures/wikidata/sparql.ttl. The graph
is built from a copy of the sources whose wikidata.yaml links the series and four cast members
to invented items of that file; Yang Hyuk stays unlinked. Expected rows are read from the
fixture file in plain Python, not with SPARQL, so the queries are checked against an
independent reading of the data.
"""

from __future__ import annotations

import json
import re
import urllib.parse
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from kg_server import KgServer
from loopback import free_port
from oxigraph_server import OxigraphServer
from rdflib.plugins.sparql.parser import parseQuery
from rdflib_bridge import XSD_STRING, key, to_rdflib
from standin import Reply, Request, StandIn
from wikidata_fixture import FIXTURE, TEST_LINKS

import kg
from kg.binding import bind, find_services
from kg.errors import KgError
from kg.graph import KnowledgeGraph
from kg.library import QueryLibrary
from kg.namespaces import ID, RDFS, WD, WDT, XSD
from kg.results import Result

BIRTH_DATES = "wikidata-cast-birth-dates"
OTHER_WORKS = "wikidata-cast-other-works"
FEDERATED = (BIRTH_DATES, OTHER_WORKS)
WIKIBASE = "http://wikiba.se/ontology#"

LINKED_ITEMS = sorted(WD + item for item in TEST_LINKS.values())
UNLINKED_CAST = ID + "person/yang-hyuk"
SERIES_ITEM = WD + TEST_LINKS["series/lovely-runner"]


# -- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def linked_graph(linked_store: Path) -> KnowledgeGraph:
    return kg.open_graph(linked_store)


@pytest.fixture(scope="module")
def rdflib_dataset(linked_graph: KnowledgeGraph) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(data=kg.export(linked_graph, "trig"), format="trig")
    return dataset


# -- expectations, read from the fixture file -------------------------------------------


def _fixture() -> list[tuple[ox.NamedNode, ox.NamedNode, ox.Term]]:
    return [(q.subject, q.predicate, q.object)
            for q in ox.parse(path=str(FIXTURE), format=ox.RdfFormat.TURTLE)]


def _linked_cast(graph: KnowledgeGraph) -> dict[str, ox.NamedNode]:
    """Cast members of the series (query ``cast``) that the test links give an item."""
    cast = set(graph.run("cast").values("actor"))
    assert UNLINKED_CAST in cast  # else the inner join would not be tested
    return {ID + entity: ox.NamedNode(WD + item) for entity, item in TEST_LINKS.items()
            if ID + entity in cast}


def expected_birth_dates(graph: KnowledgeGraph) -> Counter:
    triples = _fixture()
    by_label = {s for s, p, o in triples
                if p.value == RDFS + "label" and o == ox.Literal("date of birth", language="en")}
    direct = {o for s, p, o in triples if s in by_label and p.value == WIKIBASE + "directClaim"}
    return Counter((key(ox.NamedNode(actor)), key(item), key(o))
                   for actor, item in _linked_cast(graph).items()
                   for s, p, o in triples if s == item and p in direct)


def expected_other_works(graph: KnowledgeGraph) -> Counter:
    triples = _fixture()
    english = {s: o for s, p, o in triples
               if p.value == RDFS + "label" and isinstance(o, ox.Literal) and o.language == "en"}
    return Counter((key(ox.NamedNode(actor)), key(item), key(s), key(english.get(s)))
                   for actor, item in _linked_cast(graph).items()
                   for s, p, o in triples
                   if p.value == WDT + "P161" and o == item and s.value != SERIES_ITEM)


def _rows(result: Result) -> Counter:
    return Counter(tuple(key(t) for t in row) for row in result.rows)


# -- a recording proxy in front of the Oxigraph server ----------------------------------


def _query_text(request: Request) -> str:
    """The SPARQL query of a request, as the SPARQL protocol allows it to be sent."""
    if request.method == "GET":
        return request.params["query"]
    content_type = request.headers.get("content-type", "")
    if content_type.startswith("application/sparql-query"):
        return request.body.decode("utf-8")
    return urllib.parse.parse_qs(request.body.decode("utf-8"))["query"][0]


def _forward_to(server: OxigraphServer) -> Callable[[Request], Reply]:
    def forward(request: Request) -> Reply:
        answer = server.query(_query_text(request))
        return Reply(200, answer, headers={"Content-Type": "application/sparql-results+json"})

    return forward


def _values_of_item(query: str) -> list[str]:
    """The IRIs a VALUES block gives ?item in a query text (either engine's spelling)."""
    found = re.search(r"VALUES\s*\(?\s*\?item\s*\)?\s*\{(.*?)\}", query, re.S | re.I)
    assert found, f"no VALUES for ?item in the request:\n{query}"
    return re.findall(r"<([^<>]*)>", found[1])




# -- the stored queries -----------------------------------------------------------------


def test_federated_queries_declare_their_endpoint_and_service_values() -> None:
    for name in FEDERATED:
        stored = QueryLibrary().get(name)
        assert stored.service_values == ("item",)
        endpoint = {p.name: p for p in stored.parameters}["wikidata"]
        assert (endpoint.type, endpoint.default) == ("iri", "https://query.wikidata.org/sparql")
        assert [s.variable(stored.text) for s in find_services(stored.text)] == ["wikidata"]


def test_linked_items_are_the_graphs_wikidata_links(linked_graph: KnowledgeGraph) -> None:
    assert [i.value for i in linked_graph.wikidata_items()] == LINKED_ITEMS


def test_birth_dates_join_the_cast_with_wikidata(linked_graph: KnowledgeGraph,
                                                 wikidata: OxigraphServer) -> None:
    result = linked_graph.run(BIRTH_DATES, {"wikidata": wikidata.query_url})
    assert result.variables == ["actor", "item", "born"]
    expected = expected_birth_dates(linked_graph)
    assert _rows(result) == expected
    # What the fixture was written to show, so that the comparison above means something.
    actors = result.values("actor")
    assert UNLINKED_CAST not in actors  # not linked: the inner join drops him
    assert ID + "person/moon-xion" not in actors  # linked, but no date of birth
    assert actors.count(ID + "person/lee-seung-hyub") == 2  # two dates on "Wikidata"
    assert "1901-01-01T00:00:00Z" in result.values("born")
    assert not {"2001-01-01T00:00:00Z", "1801-01-01T00:00:00Z",  # decoy properties
                "1906-06-06T00:00:00Z"} & set(result.values("born"))  # unlinked person
    assert {row[2].datatype.value for row in result.rows} == {XSD + "dateTime"}


def test_other_works_leave_out_the_series_itself(linked_graph: KnowledgeGraph,
                                                 wikidata: OxigraphServer) -> None:
    result = linked_graph.run(OTHER_WORKS, {"wikidata": wikidata.query_url})
    assert result.variables == ["actor", "item", "work", "workLabel"]
    assert _rows(result) == expected_other_works(linked_graph)
    works = set(result.values("work"))
    assert SERIES_ITEM not in works
    assert works == {WD + "Q990000101", WD + "Q990000102", WD + "Q990000103"}
    assert UNLINKED_CAST not in result.values("actor")
    assert "Test Work Four" not in result.values("workLabel")  # only an unlinked person's
    unlabelled = [row for row in result.rows if row[2].value == WD + "Q990000103"]
    assert [row[3] for row in unlabelled] == [None]  # no English label: left unbound


def test_the_series_is_excluded_only_as_itself(linked_graph: KnowledgeGraph,
                                               wikidata: OxigraphServer) -> None:
    # The test series item lists the cast with P161: without the exclusion it would come back.
    stored = linked_graph.library.get(OTHER_WORKS)
    text = bind(stored.text.replace("FILTER(!BOUND(?seriesItem) || ?work != ?seriesItem)", ""),
                stored.bindings({"wikidata": wikidata.query_url}),
                {"item": linked_graph.wikidata_items()})
    works = {row["work"].value for row in linked_graph.store.query(text)}
    assert SERIES_ITEM in works


@pytest.mark.parametrize("name", FEDERATED)
def test_the_cli_gives_the_same_rows_as_the_api(cli, linked_store: Path,
                                                linked_graph: KnowledgeGraph,
                                                wikidata: OxigraphServer, name: str) -> None:
    proc = cli("query", name, "--store", str(linked_store), "--param",
               f"wikidata={wikidata.query_url}", "--format", "json")
    assert proc.returncode == 0, proc.stderr
    answer = json.loads(proc.stdout)
    api = linked_graph.run(name, {"wikidata": wikidata.query_url})
    assert answer["head"]["vars"] == api.variables

    def json_key(cell: dict[str, str] | None) -> tuple | None:
        if cell is None:
            return None
        if cell["type"] == "uri":
            return ("iri", cell["value"])
        lang = cell.get("xml:lang")
        return ("literal", cell["value"], lang, cell.get("datatype", None if lang else XSD_STRING))

    cli_rows = [tuple(json_key(b.get(v)) for v in api.variables)
                for b in answer["results"]["bindings"]]
    assert cli_rows == [tuple(key(t) for t in row) for row in api.rows]
    assert cli_rows  # an empty answer would prove nothing


# -- what the endpoint is asked ---------------------------------------------------------


@pytest.mark.parametrize("name", FEDERATED)
def test_the_endpoint_is_asked_about_the_linked_items_only(linked_graph: KnowledgeGraph,
                                                           wikidata: OxigraphServer,
                                                           name: str) -> None:
    with StandIn(_forward_to(wikidata)) as proxy:
        through_proxy = linked_graph.run(name, {"wikidata": f"{proxy.url}/query"})
    direct = linked_graph.run(name, {"wikidata": wikidata.query_url})
    assert _rows(through_proxy) == _rows(direct)
    assert len(proxy.requests) == 1
    sent = _query_text(proxy.requests[0])
    assert sorted(_values_of_item(sent)) == LINKED_ITEMS
    # Run as it was received, on all of the test data, the request finds linked items only;
    # without its VALUES block it would also find the unlinked person (so this can fail).
    asked = {b["item"]["value"] for b in wikidata.select(sent)}
    assert asked and asked <= set(LINKED_ITEMS)
    unbounded = re.sub(r"VALUES\s*\(?\s*\?item\s*\)?\s*\{.*?\}", "", sent, count=1, flags=re.S)
    assert WD + "Q990000006" in {b["item"]["value"] for b in wikidata.select(unbounded)}


# -- a second engine --------------------------------------------------------------------


@pytest.mark.parametrize("name", FEDERATED)
def test_rdflib_gives_the_same_rows(linked_graph: KnowledgeGraph, wikidata: OxigraphServer,
                                    rdflib_dataset: rdflib.Dataset, name: str) -> None:
    stored = linked_graph.library.get(name)
    ours = linked_graph.run_stored(stored, {"wikidata": wikidata.query_url})
    text = bind(stored.text, stored.bindings({"wikidata": wikidata.query_url}),
                {"item": linked_graph.wikidata_items()})
    with StandIn(_forward_to(wikidata)) as proxy:
        proxied = text.replace(f"<{wikidata.query_url}>", f"<{proxy.url}/query>")
        theirs = rdflib_dataset.query(proxied)
        theirs_rows = Counter(tuple(key(row[v]) for v in theirs.vars) for row in theirs)
    assert [str(v) for v in theirs.vars] == ours.variables
    # rdflib rewrites xsd:dateTime lexical forms ("…T00:00:00Z" becomes "…T00:00:00+00:00"),
    # so ours are compared after the same conversion to rdflib terms: equal values.
    assert theirs_rows == Counter(tuple(key(to_rdflib(t)) for t in row) for row in ours.rows)
    assert theirs_rows
    # rdflib writes its own request (the block wrapped in SELECT REDUCED *, after the bindings
    # of the local part when it has them); it still carries the VALUES that bind put there.
    assert proxy.requests
    for request in proxy.requests:
        assert sorted(_values_of_item(_query_text(request))) == LINKED_ITEMS


# -- errors ------------------------------------------------------------------------------


def test_an_unreachable_endpoint_is_named(cli, linked_store: Path,
                                          linked_graph: KnowledgeGraph) -> None:
    endpoint = f"http://127.0.0.1:{free_port()}/query"  # nothing listens there
    proc = cli("query", BIRTH_DATES, "--store", str(linked_store), "--param",
               f"wikidata={endpoint}")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert proc.stderr.startswith("Error: The query could not be evaluated")
    assert endpoint in proc.stderr and "--param wikidata=URL" in proc.stderr
    with pytest.raises(KgError, match=re.escape(endpoint)):
        linked_graph.run(OTHER_WORKS, {"wikidata": endpoint})


@pytest.mark.parametrize("reply", [
    Reply(503, "down for maintenance"),
    Reply(200, "<html>not results</html>", headers={"Content-Type": "text/html"}),
])
def test_an_endpoint_that_fails_is_named(linked_graph: KnowledgeGraph, reply: Reply) -> None:
    with StandIn() as server:
        server.reply_with(reply)
        endpoint = f"{server.url}/query"
        with pytest.raises(KgError) as err:
            linked_graph.run(BIRTH_DATES, {"wikidata": endpoint})
    assert endpoint in str(err.value) and "--param wikidata=URL" in str(err.value)


def test_the_shipped_graph_asks_about_its_own_links(graph: KnowledgeGraph,
                                                     wikidata: OxigraphServer) -> None:
    # The shipped graph links to real ids, which the test data does not have: no rows, and
    # the request is limited to those links.
    with StandIn(_forward_to(wikidata)) as proxy:
        result = graph.run(BIRTH_DATES, {"wikidata": f"{proxy.url}/query"})
    assert result.rows == []
    shipped = set(graph.run("wikidata-links").values("item"))
    assert shipped and not shipped & set(LINKED_ITEMS)
    assert sorted(_values_of_item(_query_text(proxy.requests[0]))) == sorted(shipped)


# -- binding ------------------------------------------------------------------------------

EP = ox.NamedNode("http://127.0.0.1:9/query")
FEDERATED_QUERY = ("PREFIX ex: <http://example.org/>\n"
                   "SELECT ?s ?o WHERE {{ ?s ex:p ?item . {keyword} ?ep {{ ?item ex:q ?o }} }}")


@pytest.mark.parametrize("keyword", ["SERVICE", "service", "Service SILENT", "SERVICE silent"])
@pytest.mark.parametrize("sigil", ["?", "$"])
def test_a_service_variable_is_replaced_by_its_iri(keyword: str, sigil: str) -> None:
    query = FEDERATED_QUERY.format(keyword=keyword).replace("?ep", f"{sigil}ep")
    bound = bind(query, {"ep": EP})
    assert f"{keyword} <http://127.0.0.1:9/query> {{ ?item" in bound
    assert f"{sigil}ep" not in bound
    assert "VALUES" not in bound  # used nowhere else: not bound at the top
    parseQuery(bound)


def test_a_service_variable_used_elsewhere_is_also_bound_at_the_top() -> None:
    query = "SELECT ?ep WHERE { SERVICE ?ep { ?s ?p ?o } }"
    bound = bind(query, {"ep": EP})
    assert bound == ("SELECT ?ep WHERE { VALUES (?ep) { (<http://127.0.0.1:9/query>) } "
                     " SERVICE <http://127.0.0.1:9/query> { ?s ?p ?o } }")


def test_service_in_comments_strings_and_names_is_left_alone() -> None:
    query = ('PREFIX ex: <http://example.org/>\n# SERVICE ?ep { ?a ?b ?c }\n'
             'SELECT ?x WHERE { BIND("SERVICE ?ep {" AS ?x) ?service ex:SERVICE ?ep . '
             "BIND('''SERVICE $ep { ''' AS ?y) }")
    bound = bind(query, {"ep": EP})
    assert "# SERVICE ?ep { ?a ?b ?c }\n" in bound
    assert '"SERVICE ?ep {"' in bound and "'''SERVICE $ep { '''" in bound
    assert "?service ex:SERVICE ?ep ." in bound  # a plain binding: VALUES at the top
    assert "VALUES (?ep) { (<http://127.0.0.1:9/query>) }" in bound
    assert find_services(query) == []


@pytest.mark.parametrize("term", [ox.Literal("http://127.0.0.1:9/query"), ox.BlankNode("b"),
                                  "http://127.0.0.1:9/query"])
def test_a_service_variable_takes_only_an_iri(term: object) -> None:
    with pytest.raises(ValueError, match=r"\?ep names a SERVICE endpoint"):
        bind(FEDERATED_QUERY.format(keyword="SERVICE"), {"ep": term})


def test_service_values_go_into_every_service_block() -> None:
    query = ("PREFIX ex: <http://example.org/>\nSELECT * WHERE { ?s ex:name ?name .\n"
             "  SERVICE ?ep { ?item ex:q ?o }\n"
             "  OPTIONAL { SERVICE SILENT <http://127.0.0.1:8/query> { ?item ex:r ?r } } }")
    items = [ox.NamedNode("http://example.org/i1"), ox.NamedNode("http://example.org/i2")]
    bound = bind(query, {"ep": EP, "name": ox.Literal("x")}, {"item": items})
    block = "VALUES ?item { <http://example.org/i1> <http://example.org/i2> }"
    services = find_services(bound)
    assert len(services) == 2
    for service in services:
        assert bound[service.body_start:service.body_end].strip().startswith(block)
    assert bound.count(block) == 2
    assert 'WHERE { VALUES (?name) { ("x") }' in bound  # other bindings at the top, as before
    parseQuery(bound)


def test_service_values_need_a_service_block() -> None:
    with pytest.raises(ValueError, match="no SERVICE"):
        bind("SELECT * WHERE { ?item ?p ?o }", {}, {"item": [EP]})


def test_no_service_values_give_no_rows(wikidata: OxigraphServer) -> None:
    query = ("PREFIX wdt: <http://www.wikidata.org/prop/direct/>\n"
             "SELECT ?work ?item WHERE { SERVICE ?ep { ?work wdt:P161 ?item } }")
    endpoint = {"ep": ox.NamedNode(wikidata.query_url)}
    empty = bind(query, endpoint, {"item": []})
    assert "VALUES ?item { }" in empty
    assert list(ox.Store().query(empty)) == []
    one = bind(query, endpoint, {"item": [ox.NamedNode(WD + "Q990000006")]})
    assert {s["work"].value for s in ox.Store().query(one)} == {WD + "Q990000102",
                                                                 WD + "Q990000104"}


@pytest.mark.parametrize("name", ["wikidata-cast-birth-dates", "wikidata-cast-other-works"])
def test_the_server_runs_federated_queries_when_allowed(linked_store: Path,
                                                        linked_graph: KnowledgeGraph,
                                                        wikidata: OxigraphServer,
                                                        name: str) -> None:
    params = {"wikidata": wikidata.query_url}
    expected = _rows(linked_graph.run(name, params))
    assert expected
    path = f"/queries/{name}?{urllib.parse.urlencode(params)}"
    with KgServer(linked_store, "--allow-service", "--workers", "1", "--quiet") as server:
        status, _, body = server.get(path, "application/sparql-results+json")
    assert status == 200, body
    from kg.remote import parse_json_results

    assert _rows(parse_json_results(body)) == expected
