"""Deterministic serialisations of the built graph.

Quads are sorted (graph, subject, predicate, object, by their N-Triples form) before they are
written, so the same store always gives the same bytes. Triple formats (Turtle, N-Triples) carry
the merged view: every triple once, graph names dropped; quad formats (N-Quads, TriG, JSON-LD)
keep the named graphs and so the provenance.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox

from kg.errors import ExportError
from kg.namespaces import PREFIXES

FORMATS: dict[str, tuple[ox.RdfFormat, bool]] = {
    # name: (pyoxigraph format, keeps named graphs)
    "turtle": (ox.RdfFormat.TURTLE, False),
    "ntriples": (ox.RdfFormat.N_TRIPLES, False),
    "nquads": (ox.RdfFormat.N_QUADS, True),
    "trig": (ox.RdfFormat.TRIG, True),
    "jsonld": (ox.RdfFormat.JSON_LD, True),
}


# Entity keys contain '/', which Turtle must escape in a prefixed name (id:band\/eclipse):
# entities are clearer written as full IRIs.
EXPORT_PREFIXES = {k: v for k, v in PREFIXES.items() if k != "id"}


def _key(term: object) -> str:
    return str(term)


def sorted_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """Quads in a canonical order."""
    return sorted(quads, key=lambda q: (_key(q.graph_name), _key(q.subject), _key(q.predicate),
                                        _key(q.object)))


def sorted_triples(quads: Iterable[ox.Quad]) -> list[ox.Triple]:
    """The distinct triples of the merged view, in a canonical order."""
    unique = {q.triple for q in quads}
    return sorted(unique, key=lambda t: (_key(t.subject), _key(t.predicate), _key(t.object)))


def serialize(quads: Iterable[ox.Quad], fmt: str) -> bytes:
    """Serialise ``quads`` in the named format (see :data:`FORMATS`)."""
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format '{fmt}'; use one of {', '.join(FORMATS)}.")
    rdf_format, keeps_graphs = FORMATS[fmt]
    items = sorted_quads(quads) if keeps_graphs else sorted_triples(quads)
    prefixes = EXPORT_PREFIXES if fmt in ("turtle", "trig") else None
    return ox.serialize(items, format=rdf_format, prefixes=prefixes)


def write(data: bytes, output: str | os.PathLike[str] | BinaryIO) -> None:
    """Write bytes to a path atomically (a temporary file renamed into place) or to a stream."""
    if hasattr(output, "write"):
        output.write(data)  # type: ignore[union-attr]
        return
    path = Path(output)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        # mkstemp creates the file 0600; give it the mode a plain open() would.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise ExportError(f"Cannot write {path}: {exc.strerror or exc}.") from None
