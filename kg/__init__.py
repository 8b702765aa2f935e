"""Lovely Runner KG: a source-anchored knowledge graph of the drama *Lovely Runner*.

The public API, importable without loading anything heavy until it is used::

    import kg
    report = kg.build()                        # sources -> claims -> RDF -> store
    graph = kg.open_graph()                    # the built store, read-only
    result = graph.run("who-voices-eclipse-songs")
    print(result.to_table(graph.label))
    data = kg.export(graph, "turtle")          # bytes, deterministic
    report = kg.validate()                     # shapes, consistency checks, disjointness
    remote = kg.RemoteGraph("http://127.0.0.1:7878/query")   # a published copy, same API
    with kg.Server(port=0) as server: ...      # the HTTP server of 'lovely-kg serve'
"""

from __future__ import annotations

__version__ = "0.4.0"

# typing.TYPE_CHECKING without importing typing: the package is imported by every command.
TYPE_CHECKING = False
if TYPE_CHECKING:  # pragma: no cover
    from kg.builder import BuildReport, build
    from kg.graph import KnowledgeGraph
    from kg.library import QueryLibrary, StoredQuery
    from kg.remote import RemoteGraph
    from kg.results import Result
    from kg.server import Server

__all__ = [
    "BuildReport",
    "KnowledgeGraph",
    "QueryLibrary",
    "RemoteGraph",
    "Result",
    "Server",
    "StoredQuery",
    "ValidationReport",
    "__version__",
    "build",
    "export",
    "open_graph",
    "validate",
]

_LAZY = {
    "build": ("kg.builder", "build"),
    "BuildReport": ("kg.builder", "BuildReport"),
    "KnowledgeGraph": ("kg.graph", "KnowledgeGraph"),
    "QueryLibrary": ("kg.library", "QueryLibrary"),
    "StoredQuery": ("kg.library", "StoredQuery"),
    "Result": ("kg.results", "Result"),
    "RemoteGraph": ("kg.remote", "RemoteGraph"),
    "Server": ("kg.server", "Server"),
    "validate": ("kg.validation", "validate_store"),
    "ValidationReport": ("kg.validation", "ValidationReport"),
}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        import importlib

        module, attr = _LAZY[name]
        return getattr(importlib.import_module(module), attr)
    raise AttributeError(f"module 'kg' has no attribute {name!r}")


def open_graph(store: object = None, *, in_memory: bool = False) -> KnowledgeGraph:
    """Open the built store (default location unless ``store`` is given) for querying.

    ``in_memory=True`` copies the graph into memory for faster repeated queries.
    """
    from kg.graph import KnowledgeGraph

    return KnowledgeGraph.open(store, in_memory=in_memory)


def export(graph: KnowledgeGraph, fmt: str, output: object = None, *,
           inferred: bool = True) -> bytes:
    """Serialise the graph deterministically; also write it to ``output`` (path or stream).

    ``fmt`` is an RDF format (turtle, ntriples, nquads, trig, jsonld) or ``quickstatements``
    (QuickStatements v1 commands, see :mod:`kg.quickstatements`). ``inferred=False`` leaves
    out the OWL-RL entailments and keeps what is stated.
    """
    from kg import exports as _export

    if fmt == "quickstatements":
        from kg.quickstatements import quickstatements

        data = quickstatements(graph.store).text.encode("utf-8")
    else:
        from kg.dataset import select

        data = _export.serialize(select(graph.quads(), inferred=inferred), fmt)
    if output is not None:
        _export.write(data, output)
    return data
