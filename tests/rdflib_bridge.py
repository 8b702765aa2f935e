"""Moving terms between pyoxigraph and rdflib for cross-engine comparisons."""

from __future__ import annotations

import pyoxigraph as ox
import rdflib

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def to_rdflib(term: object) -> rdflib.term.Node | None:
    """A pyoxigraph term as the equal rdflib term."""
    if term is None or isinstance(term, ox.DefaultGraph):
        return None
    if isinstance(term, ox.NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return rdflib.BNode(term.value)
    if term.language:
        return rdflib.Literal(term.value, lang=term.language)
    datatype = term.datatype.value
    return rdflib.Literal(term.value, datatype=None if datatype == XSD_STRING else datatype)


def key(term: object) -> tuple | None:
    """An engine-neutral, comparable form of a term from either library."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode | rdflib.URIRef):
        return ("iri", str(term.value if isinstance(term, ox.NamedNode) else term))
    if isinstance(term, ox.BlankNode | rdflib.BNode):
        return ("bnode",)
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value if not term.language else None
        return ("literal", term.value, term.language, datatype)
    datatype = str(term.datatype) if term.datatype else (None if term.language else XSD_STRING)
    return ("literal", str(term), term.language, datatype)
