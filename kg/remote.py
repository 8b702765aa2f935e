"""Queries on any SPARQL 1.1 endpoint: a Protocol client and a remote view of the graph.

:class:`RemoteEndpoint` speaks the SPARQL 1.1 Protocol with the standard library only: a query
goes as GET while the URL stays short and as a form-encoded POST otherwise, never as a POST of
``application/sparql-query`` (Virtuoso 7 never answers one); SELECT and ASK answers are asked
for as SPARQL JSON results (XML is read too), CONSTRUCT and DESCRIBE as N-Triples (or Turtle).
Credentials go through HTTP Basic or Digest, as the server asks; loopback addresses are never
reached through a proxy from the environment.

:class:`RemoteGraph` has the query API of :class:`kg.graph.KnowledgeGraph` on a graph published
to an endpoint by :mod:`kg.publish`. By default it sends the publication's dataset with every
query (``default-graph-uri`` = ``graph/merged``, one ``named-graph-uri`` per published graph),
so that every engine answers as the embedded store does whatever its own default graph is.

Every failure is a :class:`kg.errors.EndpointError` naming the URL and what to do.
"""

from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.parse
import urllib.request

import pyoxigraph as ox

from kg import __version__
from kg.binding import query_form
from kg.errors import EndpointError, QuerySyntaxError
from kg.graph import GraphView, _endpoint_note
from kg.library import QueryLibrary
from kg.namespaces import (
    DCTERMS,
    GRAPH_MERGED,
    GRAPH_PUBLICATION,
    OWL,
    RDFS,
    SKOS,
    WD,
    XSD,
)
from kg.results import Result

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Iterable, Mapping
    from email.message import Message

    Term = ox.NamedNode | ox.BlankNode | ox.Literal

__all__ = ["DATASETS", "Answer", "HttpSession", "RemoteEndpoint", "RemoteGraph"]

USER_AGENT = (f"lovely-runner-kg/{__version__} (https://w3id.org/lovely-runner/; SPARQL client) "
              "Python-urllib")

#: ``published``: the dataset the publication record lists; ``server``: the endpoint's own.
DATASETS = ("published", "server")

# A GET URL longer than this goes as a POST form instead: servers and proxies commonly refuse
# request lines over 2 to 8 KB.
MAX_GET_URL = 2000

RESULTS_JSON = "application/sparql-results+json"
RESULTS_XML = "application/sparql-results+xml"
_ACCEPT_RESULTS = f"{RESULTS_JSON}, {RESULTS_XML};q=0.8"
_ACCEPT_GRAPH = "application/n-triples, text/turtle;q=0.9, application/rdf+xml;q=0.5"
_XSD_STRING = XSD + "string"
_SNIPPET_CHARS = 300
_LOOPBACK = ("localhost", "127.0.0.1", "::1")


# -- HTTP ------------------------------------------------------------------------------------


class Answer:
    """An HTTP answer, whatever its status: what :meth:`HttpSession.send` returns."""

    __slots__ = ("body", "headers", "reason", "status", "url")

    def __init__(self, url: str, status: int, reason: str, headers: Message | None,
                 body: bytes) -> None:
        self.url = url
        self.status = status
        self.reason = reason
        self.headers = headers
        self.body = body

    @property
    def ok(self) -> bool:
        """A 2xx status."""
        return 200 <= self.status < 300

    @property
    def media_type(self) -> str:
        """The Content-Type without its parameters, lower case ("" when there is none)."""
        value = self.headers.get("Content-Type", "") if self.headers is not None else ""
        return value.split(";", 1)[0].strip().lower()

    def header(self, name: str) -> str | None:
        """One response header, or None."""
        return self.headers.get(name) if self.headers is not None else None

    def snippet(self) -> str:
        """The start of the body as one line: the server's message, for an error paragraph."""
        text = self.body.decode("utf-8", "replace")
        if "html" in self.media_type:
            import re

            text = re.sub(r"<[^>]*>", " ", text)
        # Virtuoso follows its message with a blank line and the whole query: keep the message.
        paragraphs = [p for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
        text = " ".join((paragraphs[0] if paragraphs else "").split())
        return text if len(text) <= _SNIPPET_CHARS else text[:_SNIPPET_CHARS] + "…"


def _is_loopback(url: str) -> bool:
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    return host in _LOOPBACK or host.startswith("127.")


def _origin(url: str) -> str:
    parts = urllib.parse.urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}/"


class HttpSession:
    """HTTP requests with a User-Agent, a timeout, and Basic or Digest credentials.

    Credentials, when given, are offered to any URL of the same origin as the ones this
    session sends to, and only when the server asks for them (a 401 challenge).
    """

    def __init__(self, *, user: str | None = None, password: str | None = None,
                 timeout: float = 30.0) -> None:
        if timeout <= 0:
            raise ValueError("timeout must be positive")
        self.user = user
        self.timeout = timeout
        self._passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        self._password = password
        self._origins: set[str] = set()
        # Without a user, no auth handler: urllib's Basic handler would raise a ValueError on
        # a Digest-only challenge instead of letting the 401 through.
        auth = [urllib.request.HTTPDigestAuthHandler(self._passwords),
                urllib.request.HTTPBasicAuthHandler(self._passwords)] if user is not None else []
        # Private openers, no install_opener(): nothing global changes. Loopback addresses
        # never go through an http_proxy from the environment.
        self._direct = urllib.request.build_opener(urllib.request.ProxyHandler({}), *auth)
        self._proxied = urllib.request.build_opener(*auth)

    def send(self, method: str, url: str, *, body: bytes | None = None,
             headers: Mapping[str, str] | None = None, role: str = "SPARQL endpoint",
             shown: str | None = None) -> Answer:
        """Send one request; an HTTP error status is returned as an :class:`Answer`.

        Transport failures (refused, timed out, unknown host) raise :class:`EndpointError`
        naming ``role`` and the URL, or ``shown`` in its place (a URL without the query).
        """
        shown = shown or url
        if urllib.parse.urlsplit(url).scheme not in ("http", "https"):
            raise EndpointError(shown, f"The {role} URL {shown} is not an http(s) URL.")
        origin = _origin(url)
        if self.user is not None and origin not in self._origins:
            self._passwords.add_password(None, origin, self.user, self._password or "")
            self._origins.add(origin)
        request = urllib.request.Request(url, data=body, method=method,
                                         headers={"User-Agent": USER_AGENT, **(headers or {})})
        opener = self._direct if _is_loopback(url) else self._proxied
        try:
            with opener.open(request, timeout=self.timeout) as response:
                return Answer(url, response.status, response.reason, response.headers,
                              response.read())
        except urllib.error.HTTPError as error:  # before OSError: it is one
            try:
                data = error.read()
            except (OSError, http.client.HTTPException):
                data = b""
            finally:
                error.close()
            return Answer(url, error.code, str(error.reason or ""), error.headers, data)
        except (OSError, http.client.HTTPException) as error:
            raise EndpointError(shown, f"Cannot reach the {role} {shown}: "
                                       f"{self._describe(error)}") from None
        except ValueError as error:  # urllib's auth handlers, on a scheme they do not know
            raise EndpointError(shown, f"The {role} {shown} asks for credentials in a way this "
                                       f"client cannot give (HTTP Basic and Digest only): "
                                       f"{error}.", 401) from None

    def _describe(self, error: BaseException) -> str:
        reason: object = error.reason if isinstance(error, urllib.error.URLError) else error
        if isinstance(reason, TimeoutError):
            return (f"no answer within {self.timeout:g} s (a longer wait can be given with "
                    "--timeout).")
        if isinstance(reason, ConnectionRefusedError):
            return "connection refused. Is the server running, and are the host and port right?"
        if isinstance(reason, http.client.RemoteDisconnected):
            return "the server closed the connection without answering."
        if isinstance(reason, ConnectionResetError):
            return "the connection was reset by the server."
        if isinstance(reason, socket.gaierror):
            return f"cannot resolve the host name ({reason.strerror or reason})."
        if isinstance(reason, OSError) and reason.strerror:
            return f"{reason.strerror}."
        return f"{str(reason) or type(reason).__name__}."

    def refusal(self, answer: Answer, role: str, doing: str) -> EndpointError:
        """The error for a non-2xx answer: one paragraph with the URL, status and message.

        ``doing`` says what was asked ("rejected the query", "refused to write graph X").
        """
        status = f"HTTP {answer.status}{' ' + answer.reason if answer.reason else ''}"
        said = answer.snippet()
        said = f": {said}" if said else "."
        if answer.status == 401:
            if self.user is None:
                advice = (" It needs credentials: give them with --user NAME --password-env "
                          "VARIABLE (the environment variable holding the password).")
            else:
                advice = (f" The credentials of user '{self.user}' were refused: check --user "
                          "and the password in the variable named by --password-env.")
            return EndpointError(answer.url, f"The {role} {answer.url} {doing} ({status})."
                                             f"{advice}", answer.status)
        if answer.status == 403:
            who = f"user '{self.user}'" if self.user else "an anonymous user"
            return EndpointError(answer.url, f"The {role} {answer.url} {doing} ({status}): "
                                             f"{who} may not do this here{said}", answer.status)
        return EndpointError(answer.url, f"The {role} {answer.url} {doing} ({status}){said}",
                             answer.status)


# -- the SPARQL 1.1 Protocol -----------------------------------------------------------------


class RemoteEndpoint:
    """A SPARQL 1.1 query endpoint, such as ``http://127.0.0.1:7878/query`` (Oxigraph) or
    ``http://127.0.0.1:8890/sparql`` (Virtuoso)."""

    def __init__(self, url: str, *, user: str | None = None, password: str | None = None,
                 timeout: float = 30.0) -> None:
        self.url = url
        self.session = HttpSession(user=user, password=password, timeout=timeout)

    def __repr__(self) -> str:
        return f"RemoteEndpoint({self.url!r})"

    def query(self, text: str, *, default_graphs: Iterable[str] = (),
              named_graphs: Iterable[str] = (), origin: str = "the query") -> Result:
        """Evaluate a query with the given protocol dataset (none: the server's own).

        ``default_graphs`` and ``named_graphs`` become ``default-graph-uri`` and
        ``named-graph-uri`` parameters; ``origin`` names the query in error messages.
        """
        form = query_form(text)
        if form in ("CONSTRUCT", "DESCRIBE"):
            accept = _ACCEPT_GRAPH
        elif form in ("SELECT", "ASK") or form is None:  # None: the server says what is wrong
            accept = _ACCEPT_RESULTS
        else:
            raise QuerySyntaxError(f"{origin} is a SPARQL update ({form}); only queries "
                                   "(SELECT, ASK, CONSTRUCT, DESCRIBE) can be run.")
        fields = [("query", text), *(("default-graph-uri", g) for g in default_graphs),
                  *(("named-graph-uri", g) for g in named_graphs)]
        encoded = urllib.parse.urlencode(fields, quote_via=urllib.parse.quote)
        joined = f"{self.url}{'&' if '?' in self.url else '?'}{encoded}"
        if len(joined) < MAX_GET_URL:
            answer = self.session.send("GET", joined, headers={"Accept": accept},
                                       shown=self.url)
        else:
            answer = self.session.send(
                "POST", self.url, body=encoded.encode("ascii"),
                headers={"Accept": accept,
                         "Content-Type": "application/x-www-form-urlencoded"})
        answer.url = self.url  # messages name the endpoint, not a URL holding the query
        if not answer.ok:
            doing = {400: "rejected", 401: "refused", 403: "refused"}.get(answer.status,
                                                                          "failed on")
            raise self.session.refusal(answer, "SPARQL endpoint", f"{doing} {origin}")
        return self._parse(answer, form, origin)

    def _parse(self, answer: Answer, form: str | None, origin: str) -> Result:
        kind = answer.media_type
        try:
            if kind in (RESULTS_JSON, "application/json"):
                result = parse_json_results(answer.body)
            elif kind in (RESULTS_XML, "application/xml", "text/xml"):
                result = parse_xml_results(answer.body)
            else:
                rdf_format = ox.RdfFormat.from_media_type(kind) if kind else None
                graph_form = form in ("CONSTRUCT", "DESCRIBE")
                if rdf_format is None or not graph_form:
                    asked = _ACCEPT_GRAPH if graph_form else _ACCEPT_RESULTS
                    raise ValueError(f"an answer of type {kind or '(no Content-Type)'}, not "
                                     f"one of those asked for ({asked})")
                triples = [q.triple if isinstance(q, ox.Quad) else q
                           for q in ox.parse(answer.body, format=rdf_format)]
                result = Result("graph", triples=triples)
        except (ValueError, KeyError, TypeError, SyntaxError) as exc:
            raise EndpointError(self.url, f"The SPARQL endpoint {self.url} answered {origin} "
                                          f"with something that cannot be read: {exc}") from None
        _check_complete(self.url, answer, result)
        return result


def _check_complete(url: str, answer: Answer, result: Result) -> None:
    """Refuse an answer that the server says it cut short (Virtuoso does so without error)."""
    # Virtuoso returns at most ResultSetMaxRows rows and says so only in this header.
    limit = answer.header("X-SPARQL-MaxRows")
    if limit is not None and limit.strip().isdigit() and len(result.rows) >= int(limit):
        raise EndpointError(url, f"The SPARQL endpoint {url} cut its answer to {limit.strip()} "
                                 "rows (its result-size limit; on Virtuoso, ResultSetMaxRows "
                                 "in the [SPARQL] section of virtuoso.ini): the answer is "
                                 "incomplete. Raise the limit, or page with LIMIT and OFFSET.")
    # Virtuoso's "anytime" queries return what they found when time ran out, as a success.
    if (answer.header("X-SQL-State") or "").strip() == "S1TAT":
        raise EndpointError(url, f"The SPARQL endpoint {url} ran out of time and returned a "
                                 f"partial answer ({answer.header('X-SQL-Message') or 'S1TAT'}).")


# -- result formats --------------------------------------------------------------------------


class _Terms:
    """Terms of one answer; blank node labels the server made are kept apart and made valid."""

    def __init__(self) -> None:
        self._blank: dict[str, ox.BlankNode] = {}

    def blank(self, label: str) -> ox.BlankNode:
        node = self._blank.get(label)
        if node is None:
            try:
                node = ox.BlankNode(label)
            except ValueError:  # Virtuoso's "nodeID://b10000" is not a valid label
                node = ox.BlankNode("x" + label.encode("utf-8").hex())
            self._blank[label] = node
        return node

    def term(self, kind: str, value: str, datatype: str | None, language: str | None) -> Term:
        if kind == "uri":
            return ox.NamedNode(value)
        if kind == "bnode":
            return self.blank(value)
        if kind not in ("literal", "typed-literal"):  # typed-literal: SPARQL 2005, Virtuoso
            raise ValueError(f"unknown term type {kind!r}")
        if language:
            return ox.Literal(value, language=language)
        if datatype and datatype != _XSD_STRING:
            return ox.Literal(value, datatype=ox.NamedNode(datatype))
        return ox.Literal(value)


def parse_json_results(body: bytes) -> Result:
    """SPARQL 1.1 Query Results JSON as a :class:`Result` (Virtuoso's ``typed-literal`` too)."""
    import json

    data = json.loads(body)
    if "boolean" in data:
        return Result("ask", boolean=bool(data["boolean"]))
    variables = [str(v) for v in data["head"].get("vars", [])]
    terms = _Terms()
    rows = []
    for binding in data["results"]["bindings"]:
        row = []
        for name in variables:
            cell = binding.get(name)
            row.append(None if cell is None else terms.term(
                cell["type"], cell["value"], cell.get("datatype"), cell.get("xml:lang")))
        rows.append(tuple(row))
    return Result("select", variables, rows)


def parse_xml_results(body: bytes) -> Result:
    """SPARQL Query Results XML as a :class:`Result`."""
    import xml.etree.ElementTree as ET

    ns = "{http://www.w3.org/2005/sparql-results#}"
    lang_attr = "{http://www.w3.org/XML/1998/namespace}lang"
    root = ET.fromstring(body)
    boolean = root.find(f"{ns}boolean")
    if boolean is not None:
        return Result("ask", boolean=(boolean.text or "").strip() == "true")
    variables = [v.attrib["name"] for v in root.iterfind(f"{ns}head/{ns}variable")]
    terms = _Terms()
    rows = []
    for result in root.iterfind(f"{ns}results/{ns}result"):
        cells: dict[str, Term] = {}
        for binding in result.iterfind(f"{ns}binding"):
            node = binding[0]
            kind = node.tag[len(ns):]
            cells[binding.attrib["name"]] = terms.term(
                kind, node.text or "", node.attrib.get("datatype"), node.attrib.get(lang_attr))
        rows.append(tuple(cells.get(v) for v in variables))
    return Result("select", variables, rows)


# -- a published graph, seen through an endpoint ---------------------------------------------


def prefix_prologue(prefixes: Mapping[str, str]) -> str:
    """PREFIX declarations on one line, to put before a query's own text.

    One line, and the query's text right after it on that line, so that the line numbers of
    a server's syntax error are the user's. A PREFIX of the same name in the query comes
    later in the prologue and wins.
    """
    return "".join(f"PREFIX {name}: <{iri}> " for name, iri in prefixes.items())


def published_graphs(endpoint: RemoteEndpoint) -> list[str]:
    """The graphs the publication record on ``endpoint`` lists (graph/merged among them)."""
    query = (f"SELECT DISTINCT ?g WHERE {{ GRAPH <{GRAPH_PUBLICATION}> "
             f"{{ <{GRAPH_PUBLICATION}> <{DCTERMS}hasPart> ?g }} }}")
    # Only the record as the dataset: the server's default graph may be anything.
    result = endpoint.query(query, named_graphs=[GRAPH_PUBLICATION],
                            origin="the query reading the publication record")
    return sorted({t.value for (t,) in result.rows if isinstance(t, ox.NamedNode)})


class RemoteGraph(GraphView):
    """The query API of :class:`kg.graph.KnowledgeGraph`, answered by a SPARQL endpoint.

    ``dataset="published"`` (the default) sends the dataset of the publication made by
    :func:`kg.publish.publish` with each query: ``graph/merged`` as the default graph and the
    published graphs as named graphs, read once from the publication record. ``"server"``
    sends no dataset: the server's own default graph and named graphs are queried.
    """

    def __init__(self, endpoint: RemoteEndpoint | str, *, library: QueryLibrary | None = None,
                 dataset: str = "published", user: str | None = None,
                 password: str | None = None, timeout: float = 30.0) -> None:
        if dataset not in DATASETS:
            raise ValueError(f"dataset must be one of {', '.join(DATASETS)}; got {dataset!r}")
        if isinstance(endpoint, str):
            endpoint = RemoteEndpoint(endpoint, user=user, password=password, timeout=timeout)
        self.endpoint = endpoint
        self.library = library or QueryLibrary()
        self.dataset = dataset
        self._graphs: tuple[list[str], list[str]] | None = None
        self._labels: dict[str, str] | None = None

    def __repr__(self) -> str:
        return f"RemoteGraph({self.endpoint.url!r}, dataset={self.dataset!r})"

    def protocol_dataset(self) -> tuple[list[str], list[str]]:
        """(default graphs, named graphs) sent with each query; both empty for ``server``."""
        if self._graphs is None:
            if self.dataset == "server":
                self._graphs = ([], [])
            else:
                graphs = published_graphs(self.endpoint)
                if GRAPH_MERGED not in graphs:
                    raise EndpointError(
                        self.endpoint.url,
                        f"Nothing is published at {self.endpoint.url}: it holds no publication "
                        f"record (the graph <{GRAPH_PUBLICATION}>) listing <{GRAPH_MERGED}>. "
                        "Publish the graph there first (lovely-kg publish --endpoint URL), or "
                        "query the server's own dataset with --server-dataset.")
                self._graphs = ([GRAPH_MERGED], [g for g in graphs if g != GRAPH_MERGED])
        return self._graphs

    def _execute(self, text: str, origin: str, prefixes: dict[str, str] | None,
                 endpoint_params: list[str] | None = None) -> Result:
        if prefixes:
            text = prefix_prologue(prefixes) + text
        default, named = self.protocol_dataset()
        try:
            return self.endpoint.query(text, default_graphs=default, named_graphs=named,
                                       origin=origin)
        except EndpointError as exc:
            # A server error on a federated query is most often its SERVICE endpoint failing;
            # a 4xx is about the query itself, and no status means the server is unreachable.
            note = _endpoint_note(text, endpoint_params or [])
            if not note or exc.status is None or exc.status < 500:
                raise
            raise EndpointError(exc.url, f"{str(exc).rstrip('.')}.{note}", exc.status) from None

    def _select(self, text: str, origin: str) -> Result:
        default, named = self.protocol_dataset()
        return self.endpoint.query(text, default_graphs=default, named_graphs=named,
                                   origin=origin)

    def wikidata_items(self) -> list[ox.NamedNode]:
        """The Wikidata items the graph links to (objects of owl:sameAs), sorted by IRI."""
        result = self._select(
            f"SELECT DISTINCT ?item WHERE {{ ?entity <{OWL}sameAs> ?item . "
            f'FILTER(isIRI(?item) && STRSTARTS(STR(?item), "{WD}")) }}',
            "the query for the graph's Wikidata links")
        found = {t.value for (t,) in result.rows if isinstance(t, ox.NamedNode)}
        return [ox.NamedNode(iri) for iri in sorted(found)]

    def label(self, iri: str) -> str | None:
        """The preferred label of an IRI; every label is fetched with one query, once."""
        if self._labels is None:
            result = self._select(
                f"SELECT ?s ?label ?rank WHERE {{ {{ ?s <{SKOS}prefLabel> ?label BIND(1 AS ?rank) "
                f"}} UNION {{ ?s <{RDFS}label> ?label BIND(2 AS ?rank) }} FILTER(isIRI(?s)) }}",
                "the query for labels")
            ranked: dict[str, tuple[int, str]] = {}
            for s, label, rank in result.rows:
                if s is None or label is None:
                    continue
                # skos:prefLabel wins over rdfs:label (ontology terms only have the latter).
                key = (int(rank.value) if rank is not None else 2, label.value)
                if s.value not in ranked or key < ranked[s.value]:
                    ranked[s.value] = key
            self._labels = {s: label for s, (_, label) in ranked.items()}
        return self._labels.get(iri)
