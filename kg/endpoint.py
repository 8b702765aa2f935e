"""What the SPARQL endpoint answers, computed inside a query worker (see :mod:`kg.workers`).

Each job is a dict with a ``kind``; :func:`handle` turns it into an :class:`Answer` (status,
media type, body) and never raises, so that a bad query costs an error response, not a worker.
Everything that reads the store runs here, in the child, where the time limit can stop it.
"""

from __future__ import annotations

import itertools

import pyoxigraph as ox

from kg.binding import find_services
from kg.errors import KgError, ParameterError, QuerySyntaxError, UnknownQueryError
from kg.negotiation import GRAPH_FORMATS, RESULT_FORMATS, acceptable, choose, media_type
from kg.results import Result

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Mapping

    from kg.graph import KnowledgeGraph

TEXT = "text/plain; charset=utf-8"
JSON = "application/json"
_UPDATE_WORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy",
                 "with"}


class Answer:
    """An HTTP answer computed by a worker: status, media type, body, and whether more rows
    follow this page."""

    __slots__ = ("body", "content_type", "more", "status")

    def __init__(self, status: int, body: bytes | str, content_type: str = TEXT,
                 more: bool = False) -> None:
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.content_type = content_type
        self.more = more

    def __repr__(self) -> str:
        return f"Answer({self.status}, {self.content_type!r}, {len(self.body)} bytes)"


def error(status: int, message: str) -> Answer:
    """A plain-text error answer."""
    return Answer(status, message.rstrip("\n") + "\n")


# -- the worker's side of kg.workers --------------------------------------------------------

def open(store: str) -> KnowledgeGraph:
    """Load the built store at ``store`` into memory, for a worker's lifetime."""
    from kg.graph import KnowledgeGraph

    return KnowledgeGraph.open(store, in_memory=True)


def handle(graph: KnowledgeGraph, job: Mapping[str, object]) -> Answer:
    """Answer one job; errors become error answers."""
    kind = job["kind"]
    args = dict(job.get("args", {}))  # type: ignore[call-overload]
    try:
        if kind == "sparql":
            return answer_sparql(graph, **args)
        if kind == "stored":
            return answer_stored(graph, **args)
        if kind == "entity":
            from kg.entity_pages import answer_entity

            return answer_entity(graph, **args)
        if kind == "labels":
            return answer_labels(graph, **args)
        if kind == "stats":
            from kg.void import dataset_stats

            return Answer(200, _json(dataset_stats(graph)), JSON)
        return error(500, f"Unknown job kind {kind!r}.")
    except UnknownQueryError as exc:
        return error(404, str(exc))
    except (ParameterError, QuerySyntaxError) as exc:
        return error(400, str(exc))
    except KgError as exc:
        return error(500, str(exc))
    except Exception as exc:  # a bug must not take the worker down with it
        return error(500, f"Internal error: {type(exc).__name__}: {exc}")


def _json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# -- queries --------------------------------------------------------------------------------

def _first_keyword(query: str) -> str:
    """The first keyword after the prologue (PREFIX and BASE declarations, comments)."""
    words = []
    for line in query.splitlines():
        line = line.split("#", 1)[0] if not line.lstrip().startswith("<") else line
        words.extend(line.split())
    i = 0
    while i < len(words):
        word = words[i].lower()
        if word == "prefix":
            i += 3
        elif word == "base":
            i += 2
        else:
            return word
    return ""


def _graph_terms(iris: list[str], what: str) -> list[ox.NamedNode]:
    terms = []
    for iri in iris:
        try:
            terms.append(ox.NamedNode(iri))
        except ValueError:
            raise ParameterError(f"The {what} {iri!r} is not an absolute IRI.") from None
    return terms


def answer_sparql(graph: KnowledgeGraph, query: str, accept: str | None = None,
                  fmt: str | None = None, page: int = 1, max_rows: int = 10_000,
                  default_graphs: list[str] | None = None,
                  named_graphs: list[str] | None = None, prefixes: bool = True,
                  allow_service: bool = False, origin: str = "the query") -> Answer:
    """Evaluate ``query`` and serialise one page of its answer.

    ``prefixes`` declares the project's prefixes (lr:, id:, schema:…) as the command line
    does. A protocol dataset (``default_graphs``, ``named_graphs``) replaces the store's
    dataset: given one list and not the other, the other is empty, as SPARQL 1.1 Protocol
    says. SERVICE is refused unless ``allow_service``: an open endpoint must not make
    requests wherever a query tells it to.
    """
    from kg.graph import _syntax_error
    from kg.namespaces import PREFIXES

    if not allow_service and find_services(query):
        return error(403, "This server does not run federated queries (SERVICE); start it "
                          "with --allow-service to let it.")
    options: dict[str, object] = {}
    if default_graphs or named_graphs:
        options["default_graph"] = _graph_terms(default_graphs or [], "default-graph-uri")
        options["named_graphs"] = _graph_terms(named_graphs or [], "named-graph-uri")
    try:
        answer = graph.store.query(query, prefixes=PREFIXES if prefixes else None, **options)
        start = (page - 1) * max_rows
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [tuple(s) for s in itertools.islice(answer, start, start + max_rows + 1)]
            result = Result("select", variables, rows[:max_rows])
            more = len(rows) > max_rows
        elif isinstance(answer, ox.QueryBoolean):
            result, more = Result("ask", boolean=bool(answer)), False
        else:
            triples = list(itertools.islice(answer, start, start + max_rows + 1))
            result, more = Result("graph", triples=triples[:max_rows]), len(triples) > max_rows
    except SyntaxError as exc:
        if _first_keyword(query) in _UPDATE_WORDS:
            return error(403, "This endpoint is read-only: SPARQL updates are refused.")
        return error(400, str(_syntax_error(exc, origin)))
    except (OSError, RuntimeError) as exc:
        return error(502, f"The query could not be evaluated: {exc}")
    return serialise(result, accept, fmt, more)


def serialise(result: Result, accept: str | None, fmt: str | None, more: bool = False) -> Answer:
    """``result`` in the format asked for by name (``fmt``) or else by the Accept header."""
    graph_kind = result.kind == "graph"
    offered = list(GRAPH_FORMATS if graph_kind else RESULT_FORMATS)
    if fmt:
        if fmt not in offered:
            what = "CONSTRUCT and DESCRIBE" if fmt in GRAPH_FORMATS else "SELECT and ASK"
            known = fmt in GRAPH_FORMATS or fmt in RESULT_FORMATS
            reason = (f"is for {what} queries" if known else "is not a format of this server")
            return error(400, f"The format '{fmt}' {reason}; this answer can be given as "
                              f"{', '.join(offered)}.")
        name = fmt
    else:
        name = choose(accept, offered)
        if name is None:
            return error(406, f"None of the accepted media types ({accept}) can carry this "
                              f"answer; it can be given as {acceptable(offered)}.")
    if graph_kind:
        body = graph_bytes(result.triples, name)
    else:
        body = result.serialize(name).encode("utf-8")
    content_type = media_type(name)
    if content_type.startswith("text/"):
        content_type += "; charset=utf-8"
    return Answer(200, body, content_type, more)


def graph_bytes(triples: list[ox.Triple], name: str,
                prefixes: dict[str, str] | None = None) -> bytes:
    """Triples in one of :data:`kg.negotiation.GRAPH_FORMATS`, sorted, so bytes are stable.

    Turtle and RDF/XML use ``prefixes`` (default: the project's export prefixes).
    """
    from kg.exports import EXPORT_PREFIXES, sorted_triples

    rdf_format = {"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                  "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[name]
    quads = (ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    used = (prefixes or EXPORT_PREFIXES) if name in ("turtle", "rdfxml") else None
    return ox.serialize(sorted_triples(quads), format=rdf_format, prefixes=used)


def answer_stored(graph: KnowledgeGraph, name: str, params: Mapping[str, str],
                  accept: str | None = None, fmt: str | None = None, page: int = 1,
                  max_rows: int = 10_000, allow_service: bool = False) -> Answer:
    """Run the stored query ``name`` with parameter values given as text."""
    stored = graph.library.get(name)
    text = graph.bound_text(stored, stored.bindings(dict(params)))
    return answer_sparql(graph, text, accept, fmt, page, max_rows, prefixes=False,
                         allow_service=allow_service, origin=f"{stored.name}.rq")


def answer_labels(graph: KnowledgeGraph, iris: list[str]) -> Answer:
    """The labels of ``iris`` that the graph has, as a JSON object."""
    labels = {iri: label for iri in iris if (label := graph.label(iri)) is not None}
    return Answer(200, _json(labels), JSON)
