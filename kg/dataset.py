"""The dataset a build stores: asserted graphs, the inferred graph and the merged view.

The default graph is the merged view: every triple of every named graph, once. SPARQL engines
differ on whether a union default graph repeats a triple stated in two graphs (pyoxigraph does,
rdflib does not); materialising the merge gives every engine, embedded or remote, the same set
semantics with no engine option. Entailments live in ``graph/inferred`` so that they can always
be told from what a source states.
"""

from __future__ import annotations

from collections.abc import Iterable

import pyoxigraph as ox

from kg.namespaces import GRAPH_INFERRED

_INFERRED = ox.NamedNode(GRAPH_INFERRED)


def merged_view(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The default graph's quads: every triple of the named graphs of ``quads``, once."""
    triples = {q.triple for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    return [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]


def asserted_triples(quads: Iterable[ox.Quad]) -> set[ox.Triple]:
    """What the ontology and the sources state: the named graphs but the inferred one."""
    return {q.triple for q in quads
            if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != _INFERRED}


def assemble(asserted: list[ox.Quad], entailed: Iterable[ox.Triple]) -> list[ox.Quad]:
    """Asserted named graphs, the inferred graph and the merged view of both."""
    named = [*asserted, *(ox.Quad(t.subject, t.predicate, t.object, _INFERRED)
                          for t in entailed)]
    return [*named, *merged_view(named)]


def select(quads: Iterable[ox.Quad], inferred: bool = True) -> list[ox.Quad]:
    """The stored dataset, or without the entailments (and a merged view recomputed)."""
    quads = list(quads)
    if inferred:
        return quads
    named = [q for q in quads
             if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != _INFERRED]
    return [*named, *merged_view(named)]
