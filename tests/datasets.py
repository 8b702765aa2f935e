"""Small datasets for tests: fixture TriG files run through the build's own pipeline."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from kg import dataset, inference, resources
from kg.namespaces import GRAPH_ONTOLOGY
from kg.ontology import load_ontology

FIXTURES = Path(__file__).parent / "fixtures"


def ontology_quads() -> list[ox.Quad]:
    """The project's ontology in its named graph, as a build writes it."""
    graph = ox.NamedNode(GRAPH_ONTOLOGY)
    return [ox.Quad(t.subject, t.predicate, t.object, graph)
            for t in load_ontology(resources.ontology_file()).triples]


def read_trig(path: Path) -> list[ox.Quad]:
    """The quads of a TriG file."""
    return list(ox.parse(path=str(path), format=ox.RdfFormat.TRIG))


def assembled(asserted: list[ox.Quad]) -> tuple[list[ox.Quad], inference.Entailments]:
    """The ontology plus ``asserted``, with entailments and merged view, as a build stores it."""
    quads = [*ontology_quads(), *asserted]
    found = inference.entailments(dataset.asserted_triples(quads))
    return dataset.assemble(quads, found.triples), found


def store_of(quads: list[ox.Quad]) -> ox.Store:
    """An in-memory store holding ``quads``."""
    store = ox.Store()
    store.bulk_extend(quads)
    return store
