"""IRIs of the project and of the vocabularies it uses."""

from __future__ import annotations

BASE = "https://w3id.org/lovely-runner/"
ID = BASE + "id/"
LR = BASE + "ontology#"
ONTOLOGY = BASE + "ontology"
GRAPH = BASE + "graph/"
GRAPH_ONTOLOGY = GRAPH + "ontology"
GRAPH_ENTITIES = GRAPH + "entities"
GRAPH_PROVENANCE = GRAPH + "provenance"
GRAPH_INFERRED = GRAPH + "inferred"
GRAPH_LINKS = GRAPH + "links"
#: On a remote endpoint (kg.publish): the merged view as a named graph, since engines disagree
#: about their own default graph, and the record of what was published.
GRAPH_MERGED = GRAPH + "merged"
GRAPH_PUBLICATION = GRAPH + "publication"

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
DCTERMS = "http://purl.org/dc/terms/"
WD = "http://www.wikidata.org/entity/"
WDT = "http://www.wikidata.org/prop/direct/"

#: Prefixes written into Turtle/TriG exports and offered to ad-hoc queries.
PREFIXES: dict[str, str] = {
    "id": ID,
    "lr": LR,
    "rdf": RDF,
    "rdfs": RDFS,
    "owl": OWL,
    "xsd": XSD,
    "skos": SKOS,
    "schema": SCHEMA,
    "prov": PROV,
    "dcterms": DCTERMS,
    "wd": WD,
    "wdt": WDT,
}


def compact(iri: str) -> str:
    """Shorten an IRI with the project's prefixes (``id:person/x``), or return it unchanged."""
    best = ""
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(ns) > len(best):
            best, name = ns, prefix
    if not best:
        return iri
    return f"{name}:{iri[len(best):]}"
