"""OWL-RL entailments: the closed form equals owlrl's closure, and queries see them."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from datasets import FIXTURES, store_of

import kg
from kg import dataset, inference
from kg.graph import KnowledgeGraph
from kg.namespaces import GRAPH_INFERRED, ID, LR, SCHEMA, WD

INFERRED = ox.NamedNode(GRAPH_INFERRED)
CONSTRUCTS = FIXTURES / "reasoning" / "constructs.ttl"


def _turtle(path: Path) -> list[ox.Triple]:
    return [q.triple for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]


@pytest.fixture(scope="module")
def asserted(graph: KnowledgeGraph) -> set[ox.Triple]:
    return dataset.asserted_triples(graph.quads())


def test_closed_form_equals_owlrl_on_the_seed_graph(asserted: set[ox.Triple],
                                                    graph: KnowledgeGraph) -> None:
    fast = inference.entailments(asserted, engine="closed-form")
    reference = inference.entailments(asserted, engine="owlrl")
    assert reference.engine == "owlrl" and fast.engine == "closed-form"
    assert fast.triples == reference.triples
    assert fast.clashes == reference.clashes == []
    stored = {q.triple for q in graph.quads() if q.graph_name == INFERRED}
    assert stored == fast.triples


def test_closed_form_equals_owlrl_on_every_construct() -> None:
    triples = _turtle(CONSTRUCTS)
    fast = inference.entailments(triples, engine="closed-form")
    reference = inference.entailments(triples, engine="owlrl")
    assert fast.triples == reference.triples
    assert fast.clashes == reference.clashes
    v = LR + "test-"
    expected = {
        (ID + "test/rex", v + "Animal"),     # subclass chain
        (ID + "test/rex", v + "Pet"),        # union member
        (ID + "test/alice", v + "Person"),   # domain of a superproperty, superclass of domain
        (ID + "test/dolly", v + "Mammal"),   # equivalent class, either way
        (ID + "test/twin", v + "Animal"),
    }
    typed = {(t.subject.value, t.object.value) for t in fast.triples
             if t.predicate.value.endswith("#type")}
    assert expected <= typed
    assert ox.Triple(ox.NamedNode(ID + "test/bob"), ox.NamedNode(v + "knows"),
                     ox.NamedNode(ID + "test/alice")) in fast.triples
    assert [(c.individual, c.first, c.second) for c in fast.clashes] == [
        (ID + "test/tin", v + "Animal", v + "Robot")]


def test_nothing_unreportable_is_kept() -> None:
    for t in inference.entailments(_turtle(CONSTRUCTS)).triples:
        assert inference.is_reportable(t)
        assert not (t.subject == t.object and "sameAs" in t.predicate.value)


def test_an_unsupported_construct_falls_back_to_owlrl() -> None:
    triples = _turtle(CONSTRUCTS)
    knows = ox.NamedNode(LR + "test-knows")
    triples.append(ox.Triple(knows, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                             ox.NamedNode("http://www.w3.org/2002/07/owl#TransitiveProperty")))
    triples.append(ox.Triple(ox.NamedNode(ID + "test/alice"), knows,
                             ox.NamedNode(ID + "test/carol")))
    result = inference.entailments(triples)
    assert result.engine == "owlrl" and "owl:TransitiveProperty" in (result.reason or "")
    # bob knows alice, alice knows carol: transitivity, which only owlrl computes here
    assert ox.Triple(ox.NamedNode(ID + "test/bob"), knows,
                     ox.NamedNode(ID + "test/carol")) in result.triples
    with pytest.raises(ValueError, match="TransitiveProperty"):
        inference.entailments(triples, engine="closed-form")


def test_entailments_are_a_graph_of_their_own(graph: KnowledgeGraph) -> None:
    byeon = f"<{ID}person/byeon-woo-seok>"
    asks = {
        "asserted": f"ASK {{ GRAPH ?g {{ {byeon} a <{LR}Actor> }} "
                    f"FILTER(?g != <{GRAPH_INFERRED}>) }}",
        "inferred only": f"ASK {{ GRAPH <{GRAPH_INFERRED}> {{ {byeon} a <{SCHEMA}Person> }} }}",
        "in the merged view": f"ASK {{ {byeon} a <{WD}Q5> }}",
        "never both": f"ASK {{ GRAPH <{GRAPH_INFERRED}> {{ ?s ?p ?o }} GRAPH ?g {{ ?s ?p ?o }} "
                      f"FILTER(?g != <{GRAPH_INFERRED}>) }}",
    }
    answers = {name: graph.sparql(q).boolean for name, q in asks.items()}
    assert answers == {"asserted": True, "inferred only": True, "in the merged view": True,
                       "never both": False}


# The aligned queries and their twins in the project's own terms.
TWINS = {
    "cast-wikidata": """SELECT DISTINCT ?actor WHERE {
        ?s a lr:TelevisionSeries ; skos:prefLabel "Lovely Runner" ;
           lr:castMember|lr:starring ?actor .
        ?actor a lr:Person . }""",
    "credits-wikidata": """SELECT DISTINCT ?value WHERE {
        ?s a lr:TelevisionSeries ; skos:prefLabel "Lovely Runner" ;
           lr:director|lr:screenwriter|lr:broadcaster|lr:countryOfOrigin|lr:producedBy
           ?value . }""",
    "album-tracks-schema-org": """SELECT DISTINCT ?track ?artist ?song WHERE {
        ?a a lr:Album ; skos:prefLabel "Lovely Runner OST" ; lr:hasTrack ?track .
        OPTIONAL { ?track lr:creditedArtist ?artist } OPTIONAL { ?track lr:recordingOf ?song } }""",
    "group-members-schema-org": """SELECT DISTINCT ?person ?group WHERE {
        ?person lr:memberOf ?group . ?group a lr:MusicGroup . }""",
}


def _rows(result, names: list[str]) -> set[tuple]:
    return {tuple(d.get(n) for n in names) for d in result.dicts()}


@pytest.mark.parametrize("name", sorted(TWINS))
def test_aligned_vocabulary_finds_what_the_own_terms_find(graph: KnowledgeGraph,
                                                          name: str) -> None:
    aligned = graph.run(name)
    twin = graph.sparql(TWINS[name])
    names = [v for v in twin.variables if v in aligned.variables]
    assert names == twin.variables
    assert _rows(aligned, names) == _rows(twin, names)
    assert len(aligned.rows) >= 4


@pytest.mark.parametrize("name", sorted(TWINS))
def test_aligned_queries_need_the_entailments(graph: KnowledgeGraph, name: str) -> None:
    asserted_only = store_of(dataset.select(graph.quads(), inferred=False))
    text = kg.QueryLibrary().get(name)
    from kg.binding import bind

    result = asserted_only.query(bind(text.text, text.bindings()))
    assert list(result) == []


def test_a_build_with_owlrl_stores_the_same_dataset(graph: KnowledgeGraph,
                                                    tmp_path: Path) -> None:
    report = kg.build(store=tmp_path / "owlrl", reasoner="owlrl")
    assert report.reasoner == "owlrl" and report.inferred > 1000
    assert set(kg.open_graph(tmp_path / "owlrl").quads()) == set(graph.quads())
