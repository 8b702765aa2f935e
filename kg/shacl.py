"""SHACL validation of the asserted graph against ``ontology/shapes.ttl``, with pyshacl.

Shapes see the asserted triples and the ontology, not the reasoner's entailments: after
inference a value typed wrongly would also be given the type its property's range expects, and
``sh:class`` could no longer catch it. Class targets still reach subclasses, because the
ontology's ``rdfs:subClassOf`` triples are part of the data graph.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from functools import lru_cache

import pyoxigraph as ox

from kg import resources
from kg.errors import SourceError
from kg.findings import Finding

_SH = "http://www.w3.org/ns/shacl#"
_SEVERITY = {_SH + "Violation": "violation", _SH + "Warning": "warning", _SH + "Info": "info"}


@lru_cache(maxsize=4)
def _shapes_graph(path: str, mtime: float):  # mtime: a changed file is parsed again
    import rdflib

    graph = rdflib.Graph()
    try:
        graph.parse(path, format="turtle")
    except OSError as exc:
        raise SourceError(path, None, f"cannot be read: {exc}") from None
    except Exception as exc:  # rdflib raises several unrelated types for bad Turtle
        raise SourceError(path, None, f"is not valid Turtle: {exc}") from None
    return graph


def load_shapes(path: str | os.PathLike[str] | None = None):
    """The shapes as an rdflib graph (parsed once per file version)."""
    path = os.fspath(path) if path is not None else resources.shapes_file()
    try:
        mtime = os.stat(path).st_mtime
    except OSError as exc:
        raise SourceError(path, None, f"cannot be read: {exc}") from None
    return _shapes_graph(path, mtime)


def _to_rdflib(triples: Iterable[ox.Triple]):
    import rdflib

    data = ox.serialize((ox.Quad(t.subject, t.predicate, t.object) for t in triples),
                        format=ox.RdfFormat.N_TRIPLES)
    graph = rdflib.Graph()
    graph.parse(data=data, format="nt")
    return graph


def _text(term) -> str | None:
    import rdflib

    if term is None:
        return None
    if isinstance(term, rdflib.BNode):
        return f"_:{term}"
    return str(term)


def _path_text(graph, path) -> str | None:
    """A property path as text: an IRI, ``^iri`` for an inverse, ``a|b`` for alternatives."""
    import rdflib
    from rdflib.namespace import SH

    if path is None or isinstance(path, rdflib.URIRef):
        return _text(path)
    inverse = graph.value(path, SH.inversePath)
    if inverse is not None:
        return f"^{_path_text(graph, inverse)}"
    alternatives = graph.value(path, SH.alternativePath)
    if alternatives is not None:
        items = rdflib.collection.Collection(graph, alternatives)
        return "|".join(_path_text(graph, p) or "?" for p in items)
    return _text(path)


def shape_findings(triples: Iterable[ox.Triple],
                   shapes: str | os.PathLike[str] | None = None) -> list[Finding]:
    """Validate a data graph (asserted triples plus the ontology) against the shapes."""
    import pyshacl
    from rdflib import RDF, URIRef
    from rdflib.namespace import SH

    shapes_graph = load_shapes(shapes)
    _, results, _ = pyshacl.validate(
        _to_rdflib(triples), shacl_graph=shapes_graph, inference="none", abort_on_first=False,
        allow_infos=True, allow_warnings=True, meta_shacl=False, advanced=False, js=False)
    # pyshacl reports conforms=True when the only results are warnings or infos: read the
    # results graph whatever it says.
    owner = {prop: node for node, prop in shapes_graph.subject_objects(SH.property)}
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        source_shape = results.value(result, SH.sourceShape)
        node_shape = owner.get(source_shape, source_shape)
        message = results.value(result, SH.resultMessage)
        if message is None:
            message = shapes_graph.value(source_shape, SH.message)
        severity = results.value(result, SH.resultSeverity)
        findings.append(Finding(
            severity=_SEVERITY.get(str(severity), "violation"),
            check="shacl",
            shape=_text(node_shape) if isinstance(node_shape, URIRef) else None,
            focus=_text(results.value(result, SH.focusNode)) or "",
            path=_path_text(results, results.value(result, SH.resultPath)),
            value=_text(results.value(result, SH.value)),
            message=str(message) if message is not None else "breaks a SHACL constraint",
        ))
    return sorted(set(findings), key=Finding.sort_key)
