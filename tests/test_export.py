"""Exports: deterministic, and each format parsed back (by rdflib) equals the store's content."""

from __future__ import annotations

import rdflib
from rdflib.compare import isomorphic
from rdflib_bridge import to_rdflib

import kg
from kg import exports
from kg.graph import KnowledgeGraph

PARSE_AS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig",
            "jsonld": "json-ld"}


def _store_graphs(graph: KnowledgeGraph) -> dict[str | None, rdflib.Graph]:
    graphs: dict[str | None, rdflib.Graph] = {}
    for q in graph.quads():
        name = getattr(q.graph_name, "value", None)
        g = graphs.setdefault(name, rdflib.Graph())
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return graphs


def test_every_format_round_trips(graph: KnowledgeGraph) -> None:
    expected = _store_graphs(graph)
    assert len(expected) > 70  # default graph, ontology, registry, provenance, one per claim
    for fmt, rdflib_format in PARSE_AS.items():
        data = kg.export(graph, fmt)
        if not exports.FORMATS[fmt][1]:
            parsed = rdflib.Graph().parse(data=data, format=rdflib_format)
            assert isomorphic(parsed, expected[None]), fmt
            continue
        dataset = rdflib.Dataset()
        dataset.parse(data=data, format=rdflib_format)
        got: dict[str | None, rdflib.Graph] = {}
        for context in dataset.graphs():
            name = None if context.identifier == rdflib.graph.DATASET_DEFAULT_GRAPH_ID \
                else str(context.identifier)
            if len(context):
                got[name] = context
        assert set(got) == set(expected), fmt
        for name, g in expected.items():
            assert isomorphic(got[name], g), (fmt, name)


def test_exports_are_deterministic(graph: KnowledgeGraph) -> None:
    for fmt in exports.FORMATS:
        assert kg.export(graph, fmt) == kg.export(graph, fmt)


def test_turtle_is_the_merged_view_with_readable_prefixes(graph: KnowledgeGraph) -> None:
    text = kg.export(graph, "turtle").decode("utf-8")
    assert "@prefix lr: <https://w3id.org/lovely-runner/ontology#>" in text
    assert "<https://w3id.org/lovely-runner/id/band/eclipse>" in text
