"""Turning the checked corpus into RDF quads: the claims, the registry and their provenance.

Layout (see ``docs/annotations.md``): each accepted claim is a named graph holding its facts;
``graph/provenance`` describes claims and sources; ``graph/entities`` holds the registry's types
and names; ``graph/ontology`` the ontology. These are the asserted graphs; :mod:`kg.dataset` adds
the entailments and the merged view. IRIs are minted from keys only, so they are stable.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

import pyoxigraph as ox

from kg import dates
from kg.corpus import Claim, Corpus, Fact
from kg.errors import SourceError
from kg.namespaces import (
    GRAPH_ENTITIES,
    GRAPH_ONTOLOGY,
    GRAPH_PROVENANCE,
    ID,
    LR,
    PREFIXES,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    XSD,
)
from kg.ontology import Ontology

_TYPE = ox.NamedNode(RDF + "type")
_PREF = ox.NamedNode(SKOS + "prefLabel")
_ALT = ox.NamedNode(SKOS + "altLabel")
_LABEL = ox.NamedNode(RDFS + "label")
_COMMENT = ox.NamedNode(RDFS + "comment")


def _lr(name: str) -> ox.NamedNode:
    return ox.NamedNode(LR + name)


@dataclass
class RdfResult:
    """The quads of a build and what is worth telling the user about it."""

    quads: list[ox.Quad]
    claims: int
    facts: int
    entities: int
    warnings: list[str] = field(default_factory=list)


def entity_iri(key: str) -> ox.NamedNode:
    """The IRI of the entity with this key."""
    return ox.NamedNode(ID + key)


def source_iri(source_key: str) -> ox.NamedNode:
    """The IRI of a source article."""
    return ox.NamedNode(f"{ID}source/{source_key}")


def claim_iri(source_key: str, claim_id: str) -> ox.NamedNode:
    """The IRI of a claim, which is also the name of the graph holding its facts."""
    return ox.NamedNode(f"{ID}claim/{source_key}/{claim_id}")


def normalise_name(name: str) -> str:
    """A name folded for matching: case, accents, spaces, hyphens and dots ignored."""
    folded = unicodedata.normalize("NFKD", name).casefold()
    return re.sub(r"[\s\-‐‑–—._’']+", "", "".join(c for c in folded
                                                 if not unicodedata.combining(c)))


def _expand(curie: str) -> str | None:
    prefix, _, local = curie.partition(":")
    ns = PREFIXES.get(prefix)
    return ns + local if ns else None


def corpus_to_rdf(corpus: Corpus, ontology: Ontology) -> RdfResult:
    """Check every accepted claim against the ontology and the registry, and emit the quads."""
    quads: list[ox.Quad] = []
    warnings: list[str] = []
    ont_graph = ox.NamedNode(GRAPH_ONTOLOGY)
    quads.extend(ox.Quad(t.subject, t.predicate, t.object, ont_graph) for t in ontology.triples)

    registry = {e.key: e for e in corpus.entities}
    quads.extend(_registry_quads(corpus, ontology))
    accepted = corpus.accepted_claims
    typed = _keys_typed_by_claims(accepted)
    defined = set(registry) | set(typed)

    fact_count = 0
    prov = ox.NamedNode(GRAPH_PROVENANCE)
    publishers = _publisher_index(corpus)
    for source in corpus.sources:
        s = source_iri(source.key)
        publisher = publishers.get(normalise_name(source.publisher))
        if publisher is None:
            raise SourceError(corpus.directory / "sources.yaml", None,
                              f"the publisher '{source.publisher}' of '{source.file}' is not in "
                              "entities.yaml; add it (type lr:NewsOutlet) with this name as "
                              "label or variant.")
        quads.extend(ox.Quad(s, p, o, prov) for p, o in (
            (_TYPE, _lr("Source")),
            (_PREF, ox.Literal(f"{source.publisher}, {source.published.isoformat()}")),
            (_LABEL, ox.Literal(f"{source.publisher}, {source.published.isoformat()}")),
            (_lr("sourceFile"), ox.Literal(source.file)),
            (_lr("sha256"), ox.Literal(source.sha256)),
            (_lr("publisher"), entity_iri(publisher)),
            (ox.NamedNode(SCHEMA + "datePublished"),
             ox.Literal(source.published.isoformat(), datatype=ox.NamedNode(XSD + "date"))),
            (ox.NamedNode(SCHEMA + "url"), ox.NamedNode(source.url)),
            (ox.NamedNode(SCHEMA + "text"), ox.Literal(source.text)),
        ))
        if source.retrieved is not None:
            quads.append(ox.Quad(s, _lr("retrievedOn"), ox.Literal(
                source.retrieved.isoformat(), datatype=ox.NamedNode(XSD + "date")), prov))
    for claim in accepted:
        g = claim_iri(claim.source.key, claim.id)
        quads.extend(ox.Quad(g, p, o, prov) for p, o in (
            (_TYPE, _lr("Claim")),
            (_lr("statedIn"), source_iri(claim.source.key)),
            (_lr("quote"), ox.Literal(claim.quote)),
            (_lr("quoteStart"), _integer(claim.start)),
            (_lr("quoteEnd"), _integer(claim.end)),
        ))
        if claim.note:
            quads.append(ox.Quad(g, _COMMENT, ox.Literal(claim.note), prov))
        for fact in claim.facts:
            for triple in _fact_triples(claim, fact, ontology, defined):
                quads.append(ox.Quad(triple.subject, triple.predicate, triple.object, g))
                fact_count += 1
    pending = sum(1 for c in corpus.claims if c.status == "proposed")
    if pending:
        warnings.append(f"{pending} proposed claim(s) are awaiting review and were left out.")
    return RdfResult(quads=quads, claims=len(accepted), facts=fact_count,
                     entities=len(registry), warnings=warnings)


def _publisher_index(corpus: Corpus) -> dict[str, str]:
    index: dict[str, str] = {}
    for e in corpus.entities:
        for name in (e.label, *e.variants):
            index.setdefault(normalise_name(name), e.key)
    return index


def _registry_quads(corpus: Corpus, ontology: Ontology) -> list[ox.Quad]:
    g = ox.NamedNode(GRAPH_ENTITIES)
    quads = []
    for e in corpus.entities:
        s = entity_iri(e.key)
        for t in e.types:
            iri = _expand(t)
            if iri is None or iri not in ontology.classes:
                raise SourceError(e.path, e.line, f"'{t}', the type of '{e.key}', is not a class "
                                  "of the ontology.")
            quads.append(ox.Quad(s, _TYPE, ox.NamedNode(iri), g))
        quads.append(ox.Quad(s, _PREF, ox.Literal(e.label), g))
        quads.append(ox.Quad(s, _LABEL, ox.Literal(e.label), g))
        quads.extend(ox.Quad(s, _ALT, ox.Literal(v), g) for v in e.variants)
    return quads


def _keys_typed_by_claims(claims: list[Claim]) -> dict[str, Claim]:
    typed: dict[str, Claim] = {}
    for claim in claims:
        for fact in claim.facts:
            if fact.predicate == "a":
                typed.setdefault(fact.subject, claim)
    return typed


def _integer(value: int) -> ox.Literal:
    return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))


def _fact_triples(claim: Claim, fact: Fact, ontology: Ontology,
                  defined: set[str]) -> list[ox.Triple]:
    where = f"claim '{claim.id}'"

    def fail(message: str) -> SourceError:
        return SourceError(claim.path, fact.line, f"{where}: {message}")

    if fact.subject not in defined:
        raise fail(f"'{fact.subject}' is not a defined entity: add it to entities.yaml, or give "
                   "it a type with 'a' in an accepted claim.")
    subject = entity_iri(fact.subject)
    if fact.predicate == "a":
        iri = _expand(str(fact.object))
        if iri is None or iri not in ontology.classes:
            raise fail(f"'{fact.object}' is not a class of the ontology.")
        return [ox.Triple(subject, _TYPE, ox.NamedNode(iri))]
    prop = _expand(fact.predicate)
    if prop is None or not prop.startswith(LR):
        raise fail(f"'{fact.predicate}' is not a property of the ontology (write lr:…).")
    predicate = ox.NamedNode(prop)
    if prop in ontology.object_properties:
        obj = fact.object
        if isinstance(obj, str) and obj.startswith("lr:"):
            iri = _expand(obj)
            if iri not in ontology.individuals:
                raise fail(f"'{obj}' is not a named individual of the ontology.")
            return [ox.Triple(subject, predicate, ox.NamedNode(iri))]
        if not isinstance(obj, str) or obj not in defined:
            raise fail(f"'{obj}' is not a defined entity: add it to entities.yaml, or give it a "
                       "type with 'a' in an accepted claim.")
        return [ox.Triple(subject, predicate, entity_iri(obj))]
    if prop not in ontology.datatype_ranges:
        raise fail(f"'{fact.predicate}' is not a property of the ontology.")
    rng = ontology.datatype_ranges[prop]
    if rng == LR + "CalendarDate":
        try:
            date = dates.parse_calendar_date(fact.object, claim.source.published)
        except ValueError:
            raise fail(f"'{fact.object}' is not a valid date for {fact.predicate}: write "
                       f"{dates.DATE_FORMS}.") from None
        triples = [
            ox.Triple(subject, predicate,
                      ox.Literal(date.lexical, datatype=ox.NamedNode(date.datatype))),
            ox.Triple(subject, _lr("datePrecision"), ox.NamedNode(date.precision)),
        ]
        if date.inference:
            triples.append(ox.Triple(subject, _lr("dateInference"), ox.NamedNode(date.inference)))
        return triples
    return [ox.Triple(subject, predicate, _literal(fact.object, rng, fail))]


def _literal(value: object, rng: str | None, fail) -> ox.Literal:
    if rng == XSD + "integer":
        if isinstance(value, bool) or not (isinstance(value, int)
                                           or (isinstance(value, str) and value.isdigit())):
            raise fail(f"'{value}' is not a whole number.")
        return _integer(int(value))
    if rng == XSD + "decimal":
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise fail(f"'{value}' is not a number.") from None
        if isinstance(value, bool) or not number.is_finite():
            raise fail(f"'{value}' is not a number.")
        return ox.Literal(str(number), datatype=ox.NamedNode(XSD + "decimal"))
    if rng == XSD + "boolean":
        if not isinstance(value, bool):
            raise fail(f"'{value}' is not true or false.")
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if rng == XSD + "gYear":
        text = str(value)
        if isinstance(value, bool) or not re.fullmatch(r"\d{4}", text):
            raise fail(f"'{value}' is not a year (YYYY).")
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "gYear"))
    if not isinstance(value, str):
        raise fail(f"'{value}' must be written as text (in quotes).")
    return ox.Literal(value)
