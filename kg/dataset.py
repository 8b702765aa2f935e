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

from kg.namespaces import GRAPH_INFERRED, GRAPH_LINKS, ID

_INFERRED = ox.NamedNode(GRAPH_INFERRED)
# owl:sameAs to Wikidata is kept out of reasoning (see kg.links).
_LINKS = ox.NamedNode(GRAPH_LINKS)


def merged_view(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The default graph's quads: every triple of the named graphs of ``quads``, once."""
    triples = {q.triple for q in quads if not isinstance(q.graph_name, ox.DefaultGraph)}
    return [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]


def asserted_triples(quads: Iterable[ox.Quad], *, links: bool = False) -> set[ox.Triple]:
    """What the ontology and the sources state: the named graphs but the inferred one.

    The Wikidata links are left out unless ``links`` is true: they are not reasoned over.
    """
    skip = {_INFERRED} if links else {_INFERRED, _LINKS}
    return {q.triple for q in quads
            if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name not in skip}


def entity_keys(quads: Iterable[ox.Quad]) -> set[str]:
    """The keys (IRI after ``.../id/``) of the entities the registry or the claims type."""
    rdf_type = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
    return {q.subject.value[len(ID):] for q in quads
            if q.predicate.value == rdf_type and isinstance(q.subject, ox.NamedNode)
            and q.subject.value.startswith(ID)
            and not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != _INFERRED}


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


def replace_graph(quads: Iterable[ox.Quad], graph: str, new: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The dataset with the named graph ``graph`` replaced by ``new``, merged view recomputed."""
    name = ox.NamedNode(graph)
    named = [q for q in quads
             if not isinstance(q.graph_name, ox.DefaultGraph) and q.graph_name != name]
    named.extend(new)
    return [*named, *merged_view(named)]
