"""Lovely Runner KG: a source-anchored knowledge graph of the drama *Lovely Runner*.

The public API, importable without loading anything heavy until it is used::

    import kg
    report = kg.build()                        # sources -> claims -> RDF -> store
    graph = kg.open_graph()                    # the built store, read-only
    result = graph.run("who-voices-eclipse-songs")
    print(result.to_table(graph.label))
    data = kg.export(graph, "turtle")          # bytes, deterministic
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:  # pragma: no cover
    from kg.builder import BuildReport, build
    from kg.graph import KnowledgeGraph
    from kg.library import QueryLibrary, StoredQuery
    from kg.results import Result

__all__ = [
    "BuildReport",
    "KnowledgeGraph",
    "QueryLibrary",
    "Result",
    "StoredQuery",
    "__version__",
    "build",
    "export",
    "open_graph",
]

_LAZY = {
    "build": ("kg.builder", "build"),
    "BuildReport": ("kg.builder", "BuildReport"),
    "KnowledgeGraph": ("kg.graph", "KnowledgeGraph"),
    "QueryLibrary": ("kg.library", "QueryLibrary"),
    "StoredQuery": ("kg.library", "StoredQuery"),
    "Result": ("kg.results", "Result"),
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def open_graph(store: Any = None) -> KnowledgeGraph:
    """Open the built store (default location unless ``store`` is given) for querying."""
    from kg.graph import KnowledgeGraph

    return KnowledgeGraph.open(store)


def export(graph: KnowledgeGraph, fmt: str, output: Any = None) -> bytes:
    """Serialise the graph deterministically; also write it to ``output`` (path or stream)."""
    from kg import exports as _export

    data = _export.serialize(graph.quads(), fmt)
    if output is not None:
        _export.write(data, output)
    return data
