"""``lovely-kg serve``: the SPARQL 1.1 Protocol endpoint, stored queries over HTTP, limits.

Every test talks HTTP to the real command on 127.0.0.1; expected answers come from the
embedded store.
"""

from __future__ import annotations

import csv
import io
import json
import os
import threading
import time
import urllib.parse
import xml.etree.ElementTree as ET
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_server import KgServer

import kg
from kg.graph import KnowledgeGraph
from kg.library import QueryLibrary

RESULTS_JSON = "application/sparql-results+json"
# Every combination of three triples: far more than any time limit allows.
PATHOLOGICAL = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TIMEOUT = 3.0


@pytest.fixture(scope="module")
def server(store_dir: Path):
    with KgServer(store_dir, "--timeout", str(TIMEOUT), "--workers", "2", "--quiet") as s:
        yield s


def q(text: str, **extra: str) -> str:
    return "/sparql?" + urllib.parse.urlencode({"query": text, **extra})


def json_rows(body: bytes) -> Counter:
    """The rows of SPARQL JSON results as a multiset of {var: (type, value, lang, dt)}."""
    data = json.loads(body)
    return Counter(tuple(sorted((v, (b["type"], b["value"], b.get("xml:lang"),
                                     b.get("datatype"))) for v, b in row.items()))
                   for row in data["results"]["bindings"])


def expected_rows(graph: KnowledgeGraph, result: kg.Result) -> Counter:
    """The same multiset computed from a Result of the embedded store."""
    return json_rows(result.to_json().encode())


# -- the protocol ---------------------------------------------------------------------------

QUERY = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
         "SELECT ?s ?label WHERE { ?s skos:prefLabel ?label } ORDER BY ?s")


def test_get_post_form_and_post_direct_give_the_same_rows(server, graph):
    expected = expected_rows(graph, graph.sparql(QUERY))
    assert expected
    status, headers, body = server.get(q(QUERY), RESULTS_JSON)
    assert status == 200 and headers["Content-Type"] == RESULTS_JSON
    assert json_rows(body) == expected
    form = urllib.parse.urlencode({"query": QUERY}).encode()
    status, _, body = server.request("/sparql", form, {
        "Content-Type": "application/x-www-form-urlencoded", "Accept": RESULTS_JSON})
    assert status == 200 and json_rows(body) == expected
    status, _, body = server.request("/sparql", QUERY.encode(), {
        "Content-Type": "application/sparql-query", "Accept": RESULTS_JSON})
    assert status == 200 and json_rows(body) == expected


@pytest.mark.parametrize(("accept", "content_type"), [
    (RESULTS_JSON, RESULTS_JSON),
    ("application/json", RESULTS_JSON),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv; charset=utf-8"),
    ("text/tab-separated-values", "text/tab-separated-values; charset=utf-8"),
    ("text/html;q=0.9, text/csv;q=0.5", "text/csv; charset=utf-8"),
    ("*/*", RESULTS_JSON),
    (None, RESULTS_JSON),
])
def test_select_formats_by_content_negotiation(server, graph, accept, content_type):
    result = graph.sparql(QUERY)
    status, headers, body = server.get(q(QUERY), accept)
    assert status == 200
    assert headers["Content-Type"] == content_type
    assert "Accept" in headers.get("Vary", "")
    labels = sorted(result.values("label"))
    if "xml" in content_type:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        root = ET.fromstring(body)
        got = [b.find("r:literal", ns).text
               for b in root.iterfind(".//r:binding[@name='label']", ns)]
        assert sorted(got) == labels
    elif "csv" in content_type:
        rows = list(csv.DictReader(io.StringIO(body.decode())))
        assert sorted(r["label"] for r in rows) == labels
    elif "tab-separated" in content_type:
        lines = body.decode().splitlines()
        assert lines[0].split("\t") == ["?s", "?label"]
        got = sorted(line.split("\t")[1] for line in lines[1:])
        assert got == sorted(str(row[1]) for row in result.rows)
    else:
        assert json_rows(body) == expected_rows(graph, result)


def test_format_parameter_overrides_accept_and_is_checked(server):
    status, headers, body = server.get(q(QUERY, format="csv"), RESULTS_JSON)
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    status, _, body = server.get(q(QUERY, format="turtle"))
    assert status == 400 and b"CONSTRUCT" in body
    status, _, body = server.get(q(QUERY, format="yaml"))
    assert status == 400 and b"'yaml'" in body


def test_unacceptable_media_type_is_406(server):
    status, _, body = server.get(q(QUERY), "image/png")
    assert status == 406
    assert b"application/sparql-results+json" in body


CONSTRUCT = ("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
             "CONSTRUCT { ?s skos:prefLabel ?l } WHERE { ?s skos:prefLabel ?l }")


@pytest.mark.parametrize(("accept", "rdf_format"), [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/rdf+xml", ox.RdfFormat.RDF_XML),
])
def test_construct_in_each_rdf_format(server, graph, accept, rdf_format):
    expected = set(graph.sparql(CONSTRUCT).triples)
    status, headers, body = server.get(q(CONSTRUCT), accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    got = {quad.triple for quad in ox.parse(body, format=rdf_format)}
    assert got == expected and expected


def test_ask(server):
    status, _, body = server.get(q("ASK { ?s ?p ?o }"), RESULTS_JSON)
    assert status == 200 and json.loads(body)["boolean"] is True
    status, _, body = server.get(q("ASK { <urn:x:nothing> ?p ?o }"), "text/csv")
    assert status == 200 and body.decode().split() == ["_askResult", "false"]


def test_protocol_dataset_parameters(server, graph):
    registry = "https://w3id.org/lovely-runner/graph/entities"
    text = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    expected = len(list(graph.store.quads_for_pattern(None, None, None, ox.NamedNode(registry))))
    status, _, body = server.get(q(text, **{"default-graph-uri": registry}), RESULTS_JSON)
    assert status == 200
    assert int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) == expected
    # Only a default graph given: no named graphs (SPARQL 1.1 Protocol).
    status, _, body = server.get(q("SELECT * WHERE { GRAPH ?g { ?s ?p ?o } } LIMIT 1",
                                   **{"default-graph-uri": registry}), RESULTS_JSON)
    assert status == 200 and json.loads(body)["results"]["bindings"] == []
    status, _, body = server.get(q(text, **{"default-graph-uri": "not an iri"}))
    assert status == 400 and b"not an absolute IRI" in body


def test_malformed_query_gives_400_with_the_parser_message(server, graph):
    bad = "SELECT ?s WHERE { ?s ?p }"
    with pytest.raises(kg.errors.QuerySyntaxError) as local:
        graph.sparql(bad)
    detail = str(local.value).split(": ", 1)[1]  # the parser's own words, after the origin
    status, headers, body = server.get(q(bad))
    assert status == 400 and headers["Content-Type"].startswith("text/plain")
    assert detail in body.decode()


@pytest.mark.parametrize("how", ["form", "direct", "get", "query"])
def test_updates_are_refused_and_change_nothing(server, graph, how):
    update = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    if how == "form":
        status, _, body = server.request("/sparql", urllib.parse.urlencode(
            {"update": update}).encode(), {"Content-Type": "application/x-www-form-urlencoded"})
    elif how == "direct":
        status, _, body = server.request("/sparql", update.encode(),
                                         {"Content-Type": "application/sparql-update"})
    elif how == "get":
        status, _, body = server.get("/sparql?" + urllib.parse.urlencode({"update": update}))
    else:
        status, _, body = server.get(q(update))
    assert status == 403 and b"read-only" in body
    status, _, body = server.get(q("ASK { <urn:x:a> ?p ?o }"), RESULTS_JSON)
    assert json.loads(body)["boolean"] is False


def test_wrong_methods_and_media_types(server):
    status, headers, _ = server.request("/sparql", b"x", method="PUT")
    assert status == 405 and "POST" in headers["Allow"]
    status, _, body = server.request("/sparql", QUERY.encode(), {"Content-Type": "text/plain"})
    assert status == 415 and b"application/sparql-query" in body
    status, _, body = server.request("/sparql", b"", {
        "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 400 and b"no query" in body
    status, _, body = server.get("/sparql?query=a&query=b")
    assert status == 400 and b"given 2 times" in body
    status, _, body = server.get("/sparql?query=%ff")
    assert status == 400 and b"UTF-8" in body
    status, _, _ = server.request("/queries", b"", method="DELETE")
    assert status == 405
    big = b"query=" + b"%20" * (1 << 20)
    status, _, body = server.request("/sparql", big, {
        "Content-Type": "application/x-www-form-urlencoded"})
    assert status == 413 and b"at most 1048576" in body


def test_head_gives_the_headers_of_get_without_a_body(server):
    _, get_headers, get_body = server.get("/queries/cast", RESULTS_JSON)
    status, headers, body = server.request("/queries/cast", method="HEAD",
                                           headers={"Accept": RESULTS_JSON})
    assert status == 200 and body == b""
    assert headers["Content-Type"] == get_headers["Content-Type"]
    assert int(headers["Content-Length"]) == len(get_body)


def test_service_is_refused_unless_allowed(server):
    status, _, body = server.get(q("SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> "
                                   "{ ?s ?p ?o } }"))
    assert status == 403 and b"--allow-service" in body


def test_cors_headers_and_preflight(server):
    _, headers, _ = server.get(q("ASK {}"))
    assert headers["Access-Control-Allow-Origin"] == "*"
    status, headers, _ = server.request("/sparql", method="OPTIONS", headers={
        "Origin": "http://example.org", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "Content-Type"})
    assert status == 204
    assert "POST" in headers["Access-Control-Allow-Methods"]
    assert "Content-Type" in headers["Access-Control-Allow-Headers"]


# -- limits ---------------------------------------------------------------------------------

def _children_cpu(pid: int) -> tuple[set[int], float]:
    """The child processes of ``pid`` and their total CPU seconds (Linux /proc)."""
    children: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            text = (task / "children").read_text().split()
        except OSError:
            continue  # a server thread that ended between the listing and the read
        children.update(int(c) for c in text)
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for child in children:
        try:
            fields = Path(f"/proc/{child}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / ticks
    return children, total


@pytest.mark.skipif(not Path("/proc/self/task").exists(), reason="needs Linux /proc")
def test_time_limit_stops_the_query_and_the_server_goes_on(server, graph):
    expected = expected_rows(graph, graph.run("who-voices-eclipse-songs"))
    before, _ = _children_cpu(server.pid)
    outcome: dict[str, object] = {}

    def slow() -> None:
        began = time.monotonic()
        outcome["answer"] = server.get(q(PATHOLOGICAL), timeout=60)
        outcome["seconds"] = time.monotonic() - began

    thread = threading.Thread(target=slow)
    thread.start()
    time.sleep(0.5)
    # While one worker is stuck, the other answers.
    for _ in range(5):
        status, _, body = server.get("/queries/who-voices-eclipse-songs", RESULTS_JSON)
        assert status == 200 and json_rows(body) == expected
    thread.join(30)
    status, _, body = outcome["answer"]
    assert status == 503 and b"stopped after 3 s" in body
    assert TIMEOUT <= outcome["seconds"] < TIMEOUT + 2
    # The worker that ran it is gone (killed, not left running in the background).
    after, _ = _children_cpu(server.pid)
    gone = before - after
    assert gone, "the worker that ran the query was not stopped"
    assert not any(Path(f"/proc/{pid}").exists() for pid in gone)
    # A replacement worker comes up; then no process of the server burns CPU any more.
    deadline = time.monotonic() + 15
    while len(_children_cpu(server.pid)[0]) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    assert len(_children_cpu(server.pid)[0]) == 2
    # The replacement's start-up (imports, loading the graph) takes some CPU; after that, the
    # server's processes are idle: nothing is left computing the stopped query.
    deadline = time.monotonic() + 10
    while True:
        _, cpu0 = _children_cpu(server.pid)
        time.sleep(0.5)
        _, cpu1 = _children_cpu(server.pid)
        if cpu1 - cpu0 < 0.1 or time.monotonic() > deadline:
            break
    assert cpu1 - cpu0 < 0.1
    status, _, body = server.get("/queries/who-voices-eclipse-songs", RESULTS_JSON)
    assert status == 200 and json_rows(body) == expected


def _links(header: str | None) -> dict[str, str]:
    out = {}
    for part in (header or "").split(","):
        if part.strip():
            url, rel = part.split(";")
            out[rel.split("=")[1].strip('"')] = url.strip()[1:-1]
    return out


def test_results_past_the_row_limit_are_paged(store_dir, graph):
    text = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o LIMIT 23"
    expected = expected_rows(graph, graph.sparql(text))
    with KgServer(store_dir, "--max-rows", "5", "--workers", "1", "--quiet") as s:
        got: Counter = Counter()
        path = q(text)
        pages = 0
        while path:
            status, headers, body = s.get(path, RESULTS_JSON)
            assert status == 200
            rows = json_rows(body)
            pages += 1
            assert sum(rows.values()) == (5 if pages < 5 else 3)
            got += rows
            links = _links(headers.get("Link"))
            assert links["first"].endswith("page=1")
            if pages > 1:
                assert links["prev"].endswith(f"page={pages - 1}")
            path = links.get("next", "")[len(s.url):]
        assert pages == 5 and got == expected
        # A stored query pages the same way, with its parameters kept in the links.
        status, headers, body = s.get("/queries/find-entity?name=ECLIPSE&page=1",
                                      RESULTS_JSON)
        assert status == 200
        full = graph.run("find-entity", {"name": "ECLIPSE"})
        if len(full.rows) > 5:
            assert "name=ECLIPSE" in _links(headers["Link"])["next"]


# -- stored queries over HTTP ---------------------------------------------------------------

def test_query_list_matches_the_library(server):
    status, _, body = server.get("/queries")
    assert status == 200
    listed = json.loads(body)["queries"]
    library = QueryLibrary()
    assert [item["name"] for item in listed] == library.names()
    for item in listed:
        stored = library.get(item["name"])
        assert item["title"] == stored.title and item["text"] == stored.text
        assert [p["name"] for p in item["parameters"]] == [p.name for p in stored.parameters]


NON_FEDERATED = [s.name for s in QueryLibrary().all() if not s.service_values]


@pytest.mark.parametrize("name", NON_FEDERATED)
def test_every_stored_query_answers_as_on_the_embedded_store(server, graph, name):
    stored = QueryLibrary().get(name)
    params = {"name": "Byeon Woo-seok"} if any(p.required for p in stored.parameters) else {}
    expected = expected_rows(graph, graph.run(name, params))
    status, _, body = server.get(f"/queries/{name}?{urllib.parse.urlencode(params)}",
                                 RESULTS_JSON)
    assert status == 200, body
    assert json_rows(body) == expected


def test_stored_query_errors(server):
    status, _, body = server.get("/queries/find-entity")
    assert status == 400 and b"'name'" in body
    status, _, body = server.get("/queries/stream-milestones?min_streams=many")
    assert status == 400 and b"whole number" in body
    status, _, body = server.get("/queries/find-entity?name=x&colour=red")
    assert status == 400 and b"'colour'" in body
    status, _, body = server.get("/queries/no-such-query")
    assert status == 404
    status, _, body = server.get("/queries/cast.rq")
    assert status == 200 and body.decode() == QueryLibrary().get("cast").text


def test_federated_stored_query_needs_allow_service(server):
    status, _, body = server.get("/queries/wikidata-cast-birth-dates")
    assert status == 403 and b"--allow-service" in body


def test_200_concurrent_requests_to_stored_queries_all_succeed(server, graph):
    names = ["who-voices-eclipse-songs", "cast", "eclipse-members", "chart-entries"]
    expected = {n: expected_rows(graph, graph.run(n)) for n in names}

    def one(i: int) -> tuple[str, int, Counter | None]:
        name = names[i % len(names)]
        status, _, body = server.get(f"/queries/{name}", RESULTS_JSON, timeout=60)
        return name, status, json_rows(body) if status == 200 else None

    with ThreadPoolExecutor(max_workers=200) as pool:
        answers = list(pool.map(one, range(200)))
    errors = [(n, s) for n, s, _ in answers if s != 200]
    assert errors == []
    assert all(rows == expected[n] for n, _, rows in answers)


# -- descriptions ---------------------------------------------------------------------------

SD = "http://www.w3.org/ns/sparql-service-description#"
VOID = "http://rdfs.org/ns/void#"


def _parse(body: bytes, fmt: ox.RdfFormat = ox.RdfFormat.TURTLE) -> ox.Store:
    store = ox.Store()
    store.load(body, format=fmt)
    return store


def test_service_description(server, graph):
    status, headers, body = server.get("/sparql", "text/turtle")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    sd = _parse(body)
    endpoint = ox.NamedNode(server.url + "/sparql")
    assert ox.Quad(endpoint, ox.NamedNode(SD + "endpoint"), endpoint) in sd
    formats = {q.object.value for q in sd.quads_for_pattern(
        endpoint, ox.NamedNode(SD + "resultFormat"), None)}
    assert "http://www.w3.org/ns/formats/SPARQL_Results_JSON" in formats
    rows = list(sd.query(f"SELECT ?n WHERE {{ <{endpoint.value}> <{SD}defaultDataset>/"
                         f"<{SD}defaultGraph>/<{VOID}triples> ?n }}"))
    default_count = len(list(graph.store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    assert int(rows[0]["n"].value) == default_count
    names = {q.object.value for q in sd.quads_for_pattern(None, ox.NamedNode(SD + "name"), None)}
    stored_names = {g.value for g in graph.store.named_graphs()}
    assert names == stored_names
    status, headers, body = server.get("/sparql", "application/ld+json")
    assert status == 200 and len(_parse(body, ox.RdfFormat.JSON_LD)) == len(sd)


def test_void_and_dcat(server, graph):
    status, headers, body = server.get("/.well-known/void")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    void = _parse(body)
    dataset = "https://w3id.org/lovely-runner/dataset"

    def values(p: str) -> set[str]:
        return {q.object.value for q in void.quads_for_pattern(ox.NamedNode(dataset),
                                                               ox.NamedNode(p), None)}

    default_count = len(list(graph.store.quads_for_pattern(None, None, None, ox.DefaultGraph())))
    assert values(VOID + "triples") == {str(default_count)}
    assert values(VOID + "sparqlEndpoint") == {server.url + "/sparql"}
    assert values("http://purl.org/dc/terms/license")
    urls = set(graph.sparql("SELECT ?u WHERE { ?s a schema:NewsArticle ; schema:url ?u }")
               .values("u"))
    assert values("http://purl.org/dc/terms/source") == urls and urls
    assert "https://schema.org/" in values(VOID + "vocabulary")
    types = values("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    assert {VOID + "Dataset", "http://www.w3.org/ns/dcat#Dataset"} <= types


def test_openapi_describes_every_stored_query(server):
    status, _, body = server.get("/openapi.json")
    assert status == 200
    doc = json.loads(body)
    assert doc["openapi"].startswith("3.1")
    for stored in QueryLibrary().all():
        operation = doc["paths"][f"/queries/{stored.name}"]["get"]
        declared = {p["name"]: p for p in operation["parameters"]}
        for p in stored.parameters:
            assert declared[p.name]["required"] == p.required
    assert {"/sparql", "/queries", "/id/{key}", "/.well-known/void"} <= set(doc["paths"])


def test_a_new_build_is_served_without_a_restart(tmp_path, sources_copy):
    store = tmp_path / "store"
    kg.build(store=store, sources=sources_copy)
    eclipse = "https://w3id.org/lovely-runner/id/band/eclipse"
    path = "/labels?" + urllib.parse.urlencode({"iri": eclipse})
    with KgServer(store, "--workers", "1", "--quiet") as s:
        assert json.loads(s.get(path)[2]) == {eclipse: "ECLIPSE"}
        registry = sources_copy / "entities.yaml"
        text = registry.read_text(encoding="utf-8")
        registry.write_text(text.replace('label: "ECLIPSE"', 'label: "ECLIPSE (band)"', 1),
                            encoding="utf-8")
        kg.build(store=store, sources=sources_copy)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            labels = json.loads(s.get(path)[2])
            if labels[eclipse] != "ECLIPSE":
                break
            time.sleep(0.2)
        assert labels == {eclipse: "ECLIPSE (band)"}


def test_serve_reports_an_unbuilt_store_and_a_busy_port(cli, tmp_path, store_dir):
    result = cli("serve", "--store", str(tmp_path / "nothing-here"), "--port", "0")
    assert result.returncode == 1 and "lovely-kg build" in result.stderr
    assert "Traceback" not in result.stderr
    with KgServer(store_dir, "--workers", "1", "--quiet") as s:
        port = s.url.rsplit(":", 1)[1]
        result = cli("serve", "--store", str(store_dir), "--port", port, "--workers", "1")
    assert result.returncode == 1 and f"Cannot listen on 127.0.0.1:{port}" in result.stderr
    assert "Traceback" not in result.stderr
    result = cli("serve", "--store", str(store_dir), "--timeout", "0")
    assert result.returncode == 2 and "--timeout" in result.stderr


def test_the_served_endpoint_answers_the_remote_client_as_the_embedded_store(server, graph):
    """kg's own SPARQL 1.1 Protocol client, pointed at the server, sees the same dataset."""
    from kg.remote import RemoteGraph

    remote = RemoteGraph(server.url + "/sparql", dataset="server")
    for name in NON_FEDERATED:
        stored = QueryLibrary().get(name)
        params = {"name": "Sun Jae"} if any(p.required for p in stored.parameters) else {}
        assert json_rows(remote.run(name, params).to_json().encode()) == \
            expected_rows(graph, graph.run(name, params)), name
    assert remote.label("https://w3id.org/lovely-runner/id/band/eclipse") == "ECLIPSE"
