"""The ontology as the builder needs it: its triples and what kind of value each property takes."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.errors import SourceError
from kg.namespaces import OWL, RDF, RDFS

_TYPE = RDF + "type"


@dataclass
class Ontology:
    """Declared classes, properties and individuals of the ``lr:`` vocabulary."""

    triples: list[ox.Triple]
    classes: set[str] = field(default_factory=set)
    object_properties: set[str] = field(default_factory=set)
    datatype_ranges: dict[str, str | None] = field(default_factory=dict)
    individuals: set[str] = field(default_factory=set)
    version: str | None = None


def load_ontology(path: Path) -> Ontology:
    """Parse the ontology's Turtle file.

    Blank nodes (the few anonymous class expressions) are relabelled in the order they appear in
    the file, so that the same file always gives the same triples.
    """
    try:
        parsed = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    except (SyntaxError, ValueError) as exc:
        raise SourceError(path, None, f"is not valid Turtle: {exc}") from None
    except OSError as exc:
        raise SourceError(path, None, f"cannot be read: {exc}") from None
    labels: dict[str, ox.BlankNode] = {}

    def stable(term):
        if isinstance(term, ox.BlankNode):
            if term.value not in labels:
                labels[term.value] = ox.BlankNode(f"ont{len(labels)}")
            return labels[term.value]
        return term

    triples = [ox.Triple(stable(t.subject), t.predicate, stable(t.object)) for t in parsed]
    onto = Ontology(triples=triples)
    ranges: dict[str, str] = {}
    for t in triples:
        s, p, o = t.subject, t.predicate.value, t.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == _TYPE and isinstance(o, ox.NamedNode):
            kind = o.value
            if kind in (OWL + "Class", RDFS + "Class"):
                onto.classes.add(s.value)
            elif kind == OWL + "ObjectProperty":
                onto.object_properties.add(s.value)
            elif kind == OWL + "DatatypeProperty":
                onto.datatype_ranges.setdefault(s.value, None)
            elif kind == OWL + "NamedIndividual":
                onto.individuals.add(s.value)
            elif kind == OWL + "Ontology":
                pass
        elif p == RDFS + "range" and isinstance(o, ox.NamedNode):
            ranges[s.value] = o.value
        elif p == OWL + "versionInfo" and isinstance(o, ox.Literal):
            onto.version = o.value
    for prop in onto.datatype_ranges:
        onto.datatype_ranges[prop] = ranges.get(prop)
    return onto
