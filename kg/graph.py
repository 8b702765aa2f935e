"""The built graph, opened for reading: stored queries, ad-hoc SPARQL, labels, quads."""

from __future__ import annotations

import os

import pyoxigraph as ox

from kg import resources
from kg.binding import bind, find_services
from kg.errors import KgError, QueryLibraryError, QuerySyntaxError
from kg.library import QueryLibrary, StoredQuery
from kg.namespaces import OWL, PREFIXES, RDFS, SKOS, WD
from kg.results import Result
from kg.store import StoreLocation

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping


def _syntax_error(exc: SyntaxError, origin: str) -> QuerySyntaxError:
    import re

    message = str(exc)
    m = re.search(r"error at (\d+):(\d+):?\s*(.*)", message, re.S)
    if m:
        return QuerySyntaxError(f"SPARQL syntax error in {origin} at line {m[1]}, column {m[2]}: "
                                f"{m[3].strip()}")
    return QuerySyntaxError(f"SPARQL syntax error in {origin}: {message}")


def _endpoint_note(text: str, parameters: list[str]) -> str:
    """What to tell about the SERVICE endpoints of a query that failed, if it has any."""
    # pyoxigraph's network errors ("Connection refused (os error 111)") do not say where.
    endpoints = [s.name(text) for s in find_services(text)]
    if not endpoints:
        return ""
    unique = ", ".join(dict.fromkeys(endpoints))
    change = "".join(f" Give another endpoint with --param {p}=URL." for p in parameters)
    return f" The query calls the SPARQL endpoint {unique}; is it reachable?{change}"


class GraphView:
    """What every view of the graph offers: stored queries, ad-hoc SPARQL, labels, links.

    The stored-query logic (parameters, VALUES binding, SERVICE values, error notes) lives here
    once; a subclass says how a bound query text is evaluated (:meth:`_execute`) and where
    labels and Wikidata links come from: the embedded store (:class:`KnowledgeGraph`) or a
    SPARQL 1.1 endpoint (:class:`kg.remote.RemoteGraph`).
    """

    library: QueryLibrary

    # -- querying -----------------------------------------------------------------------

    def run(self, name: str, params: Mapping[str, str] | None = None) -> Result:
        """Run the stored query ``name`` with parameter values given as text."""
        stored = self.library.get(name)
        return self.run_stored(stored, params)

    def run_stored(self, stored: StoredQuery, params: Mapping[str, str] | None = None) -> Result:
        """Run an already loaded stored query.

        A federated query (``service-values`` in its header) has its SERVICE blocks limited to
        the Wikidata items the graph links to (:meth:`wikidata_items`).
        """
        bindings = stored.bindings(dict(params or {}))
        text = self.bound_text(stored, bindings)
        endpoint_params = [s.variable(stored.text) for s in find_services(stored.text)]
        return self._execute(text, os.path.basename(stored.path), prefixes=None,
                             endpoint_params=[p for p in dict.fromkeys(endpoint_params)
                                              if p in bindings])

    def bound_text(self, stored: StoredQuery,
                   bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
        """The text of ``stored`` with its parameters bound (from :meth:`StoredQuery.bindings`)
        and its SERVICE blocks given the linked Wikidata items, ready to evaluate."""
        service_values = None
        if stored.service_values:
            items = self.wikidata_items()
            service_values = {name: items for name in stored.service_values}
        try:
            return bind(stored.text, bindings, service_values)
        except ValueError as exc:
            raise QueryLibraryError(f"{stored.path}: {exc}") from None

    def sparql(self, text: str, origin: str = "the query") -> Result:
        """Run an ad-hoc SPARQL query; the project's prefixes (lr:, id:, schema:…) are declared."""
        return self._execute(text, origin, prefixes=PREFIXES)

    def _execute(self, text: str, origin: str, prefixes: dict[str, str] | None,
                 endpoint_params: list[str] | None = None) -> Result:
        """Evaluate a query text; ``prefixes`` are declared for it when given.

        ``endpoint_params`` are the parameters that name the query's SERVICE endpoints, for
        the error message when one cannot be reached (:func:`_endpoint_note`).
        """
        raise NotImplementedError

    def wikidata_items(self) -> list[ox.NamedNode]:
        """The Wikidata items the graph links to (objects of owl:sameAs), sorted by IRI."""
        raise NotImplementedError

    def label(self, iri: str) -> str | None:
        """The preferred label of an IRI, if the graph gives one."""
        raise NotImplementedError


class KnowledgeGraph(GraphView):
    """A read-only view of a built store.

    Queries see the merged view: the store's default graph holds every triple of the named
    graphs (claims, registry, provenance, ontology) once; ``GRAPH ?claim`` reaches provenance.
    """

    def __init__(self, store: ox.Store, location: StoreLocation | None = None,
                 library: QueryLibrary | None = None) -> None:
        self.store = store
        self.location = location
        self.library = library or QueryLibrary()
        self._labels: dict[str, str] | None = None

    @classmethod
    def open(cls, store: str | os.PathLike[str] | None = None,
             library: QueryLibrary | None = None, *, in_memory: bool = False) -> KnowledgeGraph:
        """Open the store at ``store`` (default: :func:`kg.resources.default_store_dir`).

        The on-disk store opens in about 10 ms, right for a one-off query. ``in_memory=True``
        copies it into memory first (a few more milliseconds at this size), after which each
        query runs several times faster, because terms are no longer read back from disk: the
        choice for a process that answers many queries.
        """
        location = StoreLocation(store if store is not None else resources.default_store_dir())
        opened = location.open()
        if in_memory:
            memory = ox.Store()
            memory.bulk_extend(opened)
            opened = memory
        return cls(opened, location, library)

    def wikidata_items(self) -> list[ox.NamedNode]:
        """The Wikidata items the graph links to (objects of owl:sameAs), sorted by IRI."""
        same_as = ox.NamedNode(OWL + "sameAs")
        found = {quad.object.value for quad in self.store.quads_for_pattern(
                     None, same_as, None, ox.DefaultGraph())
                 if isinstance(quad.object, ox.NamedNode) and quad.object.value.startswith(WD)}
        return [ox.NamedNode(iri) for iri in sorted(found)]

    def _execute(self, text: str, origin: str, prefixes: dict[str, str] | None,
                 endpoint_params: list[str] | None = None) -> Result:
        try:
            answer = self.store.query(text, prefixes=prefixes)
            return Result.from_pyoxigraph(answer)
        except SyntaxError as exc:
            raise _syntax_error(exc, origin) from None
        except (OSError, RuntimeError) as exc:
            # OSError: I/O, including a SERVICE endpoint that cannot be reached or answers an
            # HTTP error; RuntimeError: a SERVICE answer that cannot be parsed.
            note = _endpoint_note(text, endpoint_params or [])
            reason = f"{str(exc).rstrip('.')}." if note else str(exc)
            raise KgError(f"The query could not be evaluated: {reason}{note}") from None

    # -- labels and content -------------------------------------------------------------

    def label(self, iri: str) -> str | None:
        """The preferred label of an IRI, if the graph gives one."""
        if self._labels is None:
            self._labels = {}
            # skos:prefLabel wins over rdfs:label (ontology terms only have the latter).
            for prop in (SKOS + "prefLabel", RDFS + "label"):
                for quad in self.store.quads_for_pattern(None, ox.NamedNode(prop), None,
                                                         ox.DefaultGraph()):
                    if isinstance(quad.subject, ox.NamedNode):
                        self._labels.setdefault(quad.subject.value, quad.object.value)
        return self._labels.get(iri)

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad of the store."""
        return iter(self.store)
