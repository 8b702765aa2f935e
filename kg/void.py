"""Descriptions of the served dataset: VoID and DCAT at ``/.well-known/void``, and the SPARQL 1.1
Service Description of the endpoint.

:func:`dataset_stats` counts what is in the store (it runs in a query worker, once, when the
server starts); :func:`void_triples` and :func:`service_triples` turn the counts into RDF for the
URL the server is reached at. Nodes that a description needs (class partitions, named graphs)
get fragment IRIs rather than blank nodes, so that the same store always gives the same bytes.
"""

from __future__ import annotations

from collections import Counter

import pyoxigraph as ox

from kg.namespaces import (
    BASE,
    DCTERMS,
    GRAPH_INFERRED,
    ID,
    ONTOLOGY,
    OWL,
    PREFIXES,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
)

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

VOID = "http://rdfs.org/ns/void#"
DCAT = "http://www.w3.org/ns/dcat#"
SD = "http://www.w3.org/ns/sparql-service-description#"
FOAF = "http://xmlns.com/foaf/0.1/"
FORMATS = "http://www.w3.org/ns/formats/"
XSD_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"

DATASET = BASE + "dataset"
LICENSE = "https://spdx.org/licenses/MIT"
TITLE = "Lovely Runner KG"
DESCRIPTION = ("A small, exact, source-anchored knowledge graph of the K-drama Lovely Runner "
               "(tvN, 2024) and its soundtrack: actors and the characters they play, the "
               "fictional band ECLIPSE, real performers, songs and recordings, chart entries and "
               "streaming milestones. Every stated fact carries the verbatim quote of the dated "
               "article that states it.")
RIGHTS = ("The graph is published under the MIT license. Article texts and quotes remain the "
          "work of their publishers and are included so that every fact can be checked.")

# Result formats of the endpoint, as W3C format IRIs.
RESULT_FORMAT_IRIS = ["SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV",
                      "SPARQL_Results_TSV", "Turtle", "N-Triples", "JSON-LD", "RDF_XML"]


def dataset_stats(graph: KnowledgeGraph) -> dict[str, object]:
    """Counts of the store's merged view and named graphs, its sources and vocabularies."""
    store = graph.store
    default = ox.DefaultGraph()
    triples = 0
    subjects: set[str] = set()
    objects: set[str] = set()
    properties: Counter[str] = Counter()
    instances: dict[str, set[str]] = {}
    for q in store.quads_for_pattern(None, None, None, default):
        triples += 1
        subjects.add(str(q.subject))
        objects.add(str(q.object))
        properties[q.predicate.value] += 1
        if q.predicate.value == RDF + "type" and isinstance(q.object, ox.NamedNode):
            instances.setdefault(q.object.value, set()).add(str(q.subject))
    graphs: Counter[str] = Counter()
    for q in store:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            graphs[q.graph_name.value] += 1
    entities = {s for s in subjects if s.startswith(f"<{ID}")}
    sources = []
    for q in store.quads_for_pattern(None, ox.NamedNode(RDF + "type"),
                                     ox.NamedNode(SCHEMA + "NewsArticle"), default):
        url = _one(store, q.subject, SCHEMA + "url")
        published = _one(store, q.subject, SCHEMA + "datePublished")
        sources.append({"iri": q.subject.value, "url": url, "published": published,
                        "label": graph.label(q.subject.value)})
    used = set(properties) | set(instances)
    vocabularies = sorted(ns for prefix, ns in PREFIXES.items()
                          if prefix != "id" and any(term.startswith(ns) for term in used))
    return {
        "triples": triples,
        "distinct_subjects": len(subjects),
        "distinct_objects": len(objects),
        "entities": len(entities),
        "properties": dict(sorted(properties.items())),
        "classes": {c: len(members) for c, members in sorted(instances.items())},
        "graphs": dict(sorted(graphs.items())),
        "sources": sorted(sources, key=lambda s: s["iri"]),
        "vocabularies": vocabularies,
        "version": _one(store, ox.NamedNode(ONTOLOGY), OWL + "versionInfo"),
        "inferred_graph": GRAPH_INFERRED,
    }


def _one(store: ox.Store, subject: ox.NamedNode, predicate: str) -> str | None:
    for q in store.quads_for_pattern(subject, ox.NamedNode(predicate), None, ox.DefaultGraph()):
        return q.object.value
    return None


class _Triples:
    def __init__(self) -> None:
        self.items: list[ox.Triple] = []

    def add(self, s: str, p: str, o: str | int | ox.Literal, *, literal: bool = False) -> None:
        if isinstance(o, int):
            obj: ox.NamedNode | ox.Literal = ox.Literal(str(o),
                                                       datatype=ox.NamedNode(XSD_INTEGER))
        elif isinstance(o, ox.Literal):
            obj = o
        elif literal:
            obj = ox.Literal(o)
        else:
            obj = ox.NamedNode(o)
        self.items.append(ox.Triple(ox.NamedNode(s), ox.NamedNode(p), obj))


def void_triples(stats: dict, base_url: str) -> list[ox.Triple]:
    """VoID and DCAT description of the dataset served at ``base_url`` (ending in '/')."""
    doc = base_url + ".well-known/void"
    endpoint = base_url + "sparql"
    service = endpoint + "#service"
    t = _Triples()
    t.add(doc, RDF + "type", VOID + "DatasetDescription")
    t.add(doc, DCTERMS + "title", f"Description of {TITLE}", literal=True)
    t.add(doc, FOAF + "primaryTopic", DATASET)
    for cls in (VOID + "Dataset", DCAT + "Dataset"):
        t.add(DATASET, RDF + "type", cls)
    t.add(DATASET, DCTERMS + "title", ox.Literal(TITLE, language="en"))
    t.add(DATASET, DCTERMS + "description", ox.Literal(DESCRIPTION, language="en"))
    t.add(DATASET, DCTERMS + "license", LICENSE)
    t.add(DATASET, DCTERMS + "rights", ox.Literal(RIGHTS, language="en"))
    if stats.get("version"):
        t.add(DATASET, DCAT + "version", str(stats["version"]), literal=True)
    t.add(DATASET, DCAT + "landingPage", base_url)
    for keyword in ("K-drama", "soundtrack", "Lovely Runner", "knowledge graph"):
        t.add(DATASET, DCAT + "keyword", ox.Literal(keyword, language="en"))
    t.add(DATASET, VOID + "sparqlEndpoint", endpoint)
    t.add(DATASET, VOID + "uriSpace", ID, literal=True)
    t.add(DATASET, VOID + "exampleResource", ID + "band/eclipse")
    t.add(DATASET, VOID + "triples", int(stats["triples"]))
    t.add(DATASET, VOID + "entities", int(stats["entities"]))
    t.add(DATASET, VOID + "distinctSubjects", int(stats["distinct_subjects"]))
    t.add(DATASET, VOID + "distinctObjects", int(stats["distinct_objects"]))
    t.add(DATASET, VOID + "properties", len(stats["properties"]))
    t.add(DATASET, VOID + "classes", len(stats["classes"]))
    for ns in stats["vocabularies"]:
        t.add(DATASET, VOID + "vocabulary", ns)
    for source in stats["sources"]:
        if source.get("url"):
            t.add(DATASET, DCTERMS + "source", source["url"])
    for i, (cls, count) in enumerate(stats["classes"].items(), 1):
        node = f"{doc}#class-{i}"
        t.add(DATASET, VOID + "classPartition", node)
        t.add(node, VOID + "class", cls)
        t.add(node, VOID + "entities", count)
    for i, (prop, count) in enumerate(stats["properties"].items(), 1):
        node = f"{doc}#property-{i}"
        t.add(DATASET, VOID + "propertyPartition", node)
        t.add(node, VOID + "property", prop)
        t.add(node, VOID + "triples", count)
    t.add(DATASET, DCAT + "distribution", doc + "#sparql")
    t.add(doc + "#sparql", RDF + "type", DCAT + "Distribution")
    t.add(doc + "#sparql", DCAT + "accessService", service)
    t.add(doc + "#sparql", DCAT + "accessURL", endpoint)
    t.add(service, RDF + "type", DCAT + "DataService")
    t.add(service, DCAT + "endpointURL", endpoint)
    t.add(service, DCAT + "endpointDescription", endpoint)
    t.add(service, DCAT + "servesDataset", DATASET)
    t.add(service, DCTERMS + "conformsTo", "https://www.w3.org/TR/sparql11-protocol/")
    return t.items


def service_triples(stats: dict, endpoint: str, *, allow_service: bool = False) -> list[ox.Triple]:
    """The SPARQL 1.1 Service Description of ``endpoint``."""
    t = _Triples()
    dataset = endpoint + "#dataset"
    default = endpoint + "#default-graph"
    t.add(endpoint, RDF + "type", SD + "Service")
    t.add(endpoint, SD + "endpoint", endpoint)
    t.add(endpoint, SD + "supportedLanguage", SD + "SPARQL11Query")
    for name in RESULT_FORMAT_IRIS:
        t.add(endpoint, SD + "resultFormat", FORMATS + name)
    if allow_service:
        t.add(endpoint, SD + "feature", SD + "BasicFederatedQuery")
    t.add(endpoint, RDFS + "comment", ox.Literal(
        "Read-only. The default graph is the merged view of every named graph (OWL 2 RL "
        "entailments included, materialised in the named graph " + GRAPH_INFERRED + "). "
        "Results past the row limit are paged: see the Link header.", language="en"))
    t.add(endpoint, SD + "defaultDataset", dataset)
    t.add(dataset, RDF + "type", SD + "Dataset")
    t.add(dataset, DCTERMS + "source", DATASET)
    t.add(dataset, SD + "defaultGraph", default)
    t.add(default, RDF + "type", SD + "Graph")
    t.add(default, VOID + "triples", int(stats["triples"]))
    for i, (name, count) in enumerate(stats["graphs"].items(), 1):
        node = f"{endpoint}#named-graph-{i}"
        graph_node = f"{endpoint}#graph-{i}"
        t.add(dataset, SD + "namedGraph", node)
        t.add(node, RDF + "type", SD + "NamedGraph")
        t.add(node, SD + "name", name)
        t.add(node, SD + "graph", graph_node)
        t.add(graph_node, RDF + "type", SD + "Graph")
        t.add(graph_node, VOID + "triples", count)
    return t.items


#: Prefixes for the descriptions' Turtle.
DESCRIPTION_PREFIXES = {"void": VOID, "dcat": DCAT, "sd": SD, "foaf": FOAF, "dcterms": DCTERMS,
                        "rdf": RDF, "rdfs": RDFS, "xsd": "http://www.w3.org/2001/XMLSchema#",
                        "schema": SCHEMA, "skos": SKOS, "lr": PREFIXES["lr"]}
