"""The same answers from pyoxigraph and from rdflib over the exported TriG, for every query.

The stored queries are standard SPARQL 1.1 and the merged view is a real default graph, so a
second, independent engine must agree row for row (as multisets; ORDER BY ties may differ).
"""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox
import pytest
import rdflib
from datasets import FIXTURES, assembled, read_trig, store_of
from rdflib_bridge import key

import kg
from kg.binding import bind, find_services
from kg.checks import check_queries
from kg.graph import KnowledgeGraph
from kg.library import QueryLibrary

PARAMS = {"find-entity": [{"name": "Byeon Woo Seok"}, {"name": "eclipse"}],
          "stream-milestones": [{}, {"min_streams": "15000000"}],
          "who-voices-eclipse-songs": [{}, {"band": "Eclipse"}]}


@pytest.fixture(scope="module")
def rdflib_dataset(graph: KnowledgeGraph) -> rdflib.Dataset:
    dataset = rdflib.Dataset()
    dataset.parse(data=kg.export(graph, "trig"), format="trig")
    return dataset


def _cases() -> list[tuple[str, dict[str, str]]]:
    # Checks find nothing in a sound graph: they are compared on their trigger fixtures below.
    checks = {q.name for q in check_queries()}
    # Federated queries (SERVICE) need an endpoint: tests/test_federation.py compares them on
    # both engines against a real Oxigraph server.
    federated = {q.name for q in QueryLibrary().all() if find_services(q.text)}
    return [(name, params) for name in QueryLibrary().names() if name not in checks | federated
            for params in PARAMS.get(name, [{}])]


@pytest.mark.parametrize(("name", "params"), _cases())
def test_same_answers_on_pyoxigraph_and_rdflib(graph: KnowledgeGraph,
                                               rdflib_dataset: rdflib.Dataset,
                                               name: str, params: dict[str, str]) -> None:
    stored = graph.library.get(name)
    ours = graph.run_stored(stored, params)
    assert ours.rows, f"{name} returned nothing: the comparison would prove nothing"
    theirs = rdflib_dataset.query(bind(stored.text, stored.bindings(params)))
    assert [str(v) for v in theirs.vars] == ours.variables
    ours_rows = Counter(tuple(key(t) for t in row) for row in ours.rows)
    theirs_rows = Counter(tuple(key(row[v]) for v in theirs.vars) for row in theirs)
    assert theirs_rows == ours_rows


@pytest.mark.parametrize("name", sorted(q.name for q in check_queries()))
def test_checks_give_the_same_findings_on_both_engines(name: str) -> None:
    quads, _ = assembled(read_trig(FIXTURES / "checks" / f"{name}.trigger.trig"))
    query = QueryLibrary().get(name).text
    ours = store_of(quads).query(query)
    variables = [v.value for v in ours.variables]
    ours_rows = Counter(tuple(key(row[v]) for v in variables) for row in ours)
    assert ours_rows, f"{name} found nothing in its trigger fixture"
    theirs_data = rdflib.Dataset()
    theirs_data.parse(data=ox.serialize(quads, format=ox.RdfFormat.TRIG), format="trig")
    theirs = theirs_data.query(query)
    assert [str(v) for v in theirs.vars] == variables
    assert Counter(tuple(key(row[v]) for v in theirs.vars) for row in theirs) == ours_rows
