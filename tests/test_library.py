"""The stored query library: headers, parameters and safe binding."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.binding import bind, group_start
from kg.errors import ParameterError, QueryLibraryError, UnknownQueryError
from kg.graph import KnowledgeGraph
from kg.library import QueryLibrary, parse_stored_query

GOOD = """# title: A title
# description: A description that goes on
#   over two lines.
# param name (string, required): A name.
# param limit (integer, default 3): How many.
SELECT ?x WHERE { ?x ?p ?name } LIMIT 10
# ?limit is used here only to be declared
"""


def test_every_stored_query_has_a_valid_header_and_parses() -> None:
    library = QueryLibrary()
    queries = library.all()
    assert len(queries) >= 15
    empty = ox.Store()
    for q in queries:
        assert q.title and q.description
        for p in q.parameters:
            assert p.description
        # Parse (and run) each one on an empty store with its defaults bound.
        params = {p.name: "x" for p in q.parameters if p.required}
        empty.query(bind(q.text, q.bindings(params)))


def test_header_is_parsed(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text(GOOD, encoding="utf-8")
    q = parse_stored_query(path)
    assert q.title == "A title"
    assert q.description == "A description that goes on over two lines."
    assert [(p.name, p.type, p.required, p.default) for p in q.parameters] == [
        ("name", "string", True, None), ("limit", "integer", False, "3")]


@pytest.mark.parametrize(("header", "message"), [
    ("# description: d\nSELECT * {}", "no 'title:'"),
    ("# title: t\nSELECT * {}", "no 'description:'"),
    ("# title: t\n# description: d\n# param x: oops\nSELECT ?x {}", "line 3: a parameter"),
    ("# title: t\n# description: d\n# param x (float, required): x\nSELECT ?x {}",
     "line 3: unknown parameter type 'float'"),
    ("# title: t\n# description: d\n# param y (string, required): y\nSELECT ?x {}",
     "line 3: the parameter 'y' is never used"),
    ("# title: t\n# description: d\n# param n (integer, default many): n\nSELECT ?n {}",
     "line 3: bad default"),
    ("# title: t\n# title: u\n# description: d\nSELECT * {}", "line 2: 'title' is given twice"),
])
def test_malformed_headers_name_the_file_and_line(tmp_path: Path, header: str,
                                                  message: str) -> None:
    assert_header_error(tmp_path, header, message)


def assert_header_error(tmp_path: Path, header: str, message: str) -> None:
    """Parsing ``header`` fails with an error naming the file and containing ``message``."""
    path = tmp_path / "broken.rq"
    path.write_text(header, encoding="utf-8")
    with pytest.raises(QueryLibraryError) as err:
        parse_stored_query(path)
    assert str(path) in str(err.value)
    assert message in str(err.value)


def test_unknown_query_suggests_the_closest() -> None:
    with pytest.raises(UnknownQueryError, match="Did you mean 'who-voices-eclipse-songs'"):
        QueryLibrary().get("who-voices-eclipse-song")


@pytest.mark.parametrize(("params", "message"), [
    ({}, "needs the parameter 'name'"),
    ({"name": "x", "colour": "red"}, "has no parameter 'colour'"),
    ({"name": "x", "limit": "lots"}, "must be a whole number"),
])
def test_parameter_errors(tmp_path: Path, params: dict, message: str) -> None:
    path = tmp_path / "q.rq"
    path.write_text(GOOD, encoding="utf-8")
    with pytest.raises(ParameterError, match=message):
        parse_stored_query(path).bindings(params)


def test_group_start_skips_braces_in_comments_strings_and_iris() -> None:
    query = ('PREFIX a: <http://x/y#>\n# { not this\nSELECT ("}{" AS ?s) (\'\'\'{\'\'\' AS ?t)'
             ' ?o\nWHERE { ?s ?p ?o FILTER(?o < 3) }')
    at = group_start(query)
    assert query[at - 1] == "{" and query[:at].endswith("WHERE {")


def test_hostile_parameter_values_stay_literals(graph: KnowledgeGraph) -> None:
    for hostile in ['"} ?x ?y ?z . {', "ECLIPSE\" ) } UNION { ?s ?p ?o", "\\u0022 }", "\n}"]:
        assert graph.run("who-voices-eclipse-songs", {"band": hostile}).rows == []
        assert graph.run("find-entity", {"name": hostile}).rows == []


def test_iri_parameters_are_checked() -> None:
    from kg.library import to_term

    assert to_term("iri", "https://w3id.org/lovely-runner/id/x", "p") == ox.NamedNode(
        "https://w3id.org/lovely-runner/id/x")
    with pytest.raises(ParameterError):
        to_term("iri", "http://x/> } <http://y", "p")


FEDERATED = """# title: t
# description: d
# param ep (iri, default http://127.0.0.1:9/query): The endpoint.
# service-values: item  other
SELECT * WHERE { ?x ?p ?item SERVICE ?ep { ?item ?q ?other } }
"""


def test_service_values_are_parsed(tmp_path: Path) -> None:
    path = tmp_path / "q.rq"
    path.write_text(FEDERATED, encoding="utf-8")
    q = parse_stored_query(path)
    assert q.service_values == ("item", "other")
    assert [(p.name, p.type) for p in q.parameters] == [("ep", "iri")]
    path.write_text(GOOD, encoding="utf-8")
    assert parse_stored_query(path).service_values == ()


_HEAD = "# title: t\n# description: d\n"
_SERVICE = "SELECT * { SERVICE <http://127.0.0.1:9/query> { ?item ?p ?o } }"


@pytest.mark.parametrize(("header", "message"), [
    (_HEAD + "# service-values: item\nSELECT * { ?item ?p ?o }",
     "line 3: 'service-values' is given but the query has no SERVICE block"),
    (_HEAD + "# service-values: item\nSELECT * { # SERVICE <http://x/> { ?item }\n?item ?p 1 }",
     "line 3: 'service-values' is given but the query has no SERVICE block"),
    (_HEAD + "# service-values:\n" + _SERVICE, "line 3: 'service-values' needs one or more"),
    (_HEAD + "# service-values: other\n" + _SERVICE, "line 3: 'service-values': ?other is never"),
    (_HEAD + "# service-values: it-em\n" + _SERVICE, "line 3: 'service-values': 'it-em' is not"),
    (_HEAD + "# service-values: ?item\n" + _SERVICE, "line 3: 'service-values': write the "
                                                     "variable without its sigil: item"),
    (_HEAD + "# service-values: item item\n" + _SERVICE, "line 3: 'service-values': the "
                                                         "variable 'item' is given twice"),
    (_HEAD + "# service-values: item\n# service-values: o\n" + _SERVICE,
     "line 4: 'service-values' is given twice"),
    (_HEAD + "# service-values: s\nSELECT * { ?s ?p ?o SERVICE <http://x/> { ?o ?q ?r } }",
     "line 3: 'service-values': ?s is not used inside every SERVICE block"),
    (_HEAD + "# param ep (string, default x): e\nSELECT * { SERVICE ?ep { ?s ?p ?o } }",
     "line 3: the parameter 'ep' names a SERVICE endpoint (SERVICE ?ep), so its type must be "
     "iri"),
])
def test_malformed_service_values_name_the_file_and_line(tmp_path: Path, header: str,
                                                         message: str) -> None:
    assert_header_error(tmp_path, header, message)
