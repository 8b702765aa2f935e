"""Reading a SPARQL 1.1 Protocol request out of an HTTP request (a WSGI environ).

The protocol allows a query by GET (``?query=``), by POST of a form
(``application/x-www-form-urlencoded``) or by POST of the query itself
(``application/sparql-query``, with the dataset in the URL). Updates, by form (``update=``) or
``application/sparql-update``, are refused here: the server is read-only. Everything a client
can get wrong raises :class:`ProtocolError` with the HTTP status and a message that says what.
"""

from __future__ import annotations

from urllib.parse import parse_qsl

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Mapping

FORM = "application/x-www-form-urlencoded"
SPARQL_QUERY = "application/sparql-query"
SPARQL_UPDATE = "application/sparql-update"

# Bodies over the limit are still read up to this size, so that the client gets the 413.
_DRAIN_MAX = 64 << 20

#: Parameters of the server's own, beside the protocol's.
FORMAT = "format"
PAGE = "page"


class ProtocolError(Exception):
    """A request the protocol does not allow: ``status`` and a message for the client."""

    def __init__(self, status: int, message: str, allow: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.allow = allow


class SparqlRequest:
    """A query request: the query (None when none was given), dataset, format and page."""

    __slots__ = ("default_graphs", "fmt", "named_graphs", "page", "query")

    def __init__(self, query: str | None, default_graphs: list[str], named_graphs: list[str],
                 fmt: str | None, page: int) -> None:
        self.query = query
        self.default_graphs = default_graphs
        self.named_graphs = named_graphs
        self.fmt = fmt
        self.page = page

    def link_params(self) -> list[tuple[str, str]]:
        """The request as GET parameters (without the page), for paging links."""
        params = [("query", self.query or "")]
        params += [("default-graph-uri", g) for g in self.default_graphs]
        params += [("named-graph-uri", g) for g in self.named_graphs]
        if self.fmt:
            params.append((FORMAT, self.fmt))
        return params


def parse_params(text: str, where: str) -> list[tuple[str, str]]:
    """Decode URL-encoded parameters (percent-encoded UTF-8) or raise a 400."""
    try:
        return parse_qsl(text, keep_blank_values=True, strict_parsing=False,
                         encoding="utf-8", errors="strict")
    except UnicodeDecodeError:
        raise ProtocolError(400, f"The {where} is not valid percent-encoded UTF-8.") from None


def query_string(environ: Mapping[str, object]) -> list[tuple[str, str]]:
    """The parameters of the request URL."""
    # WSGI gives the query string as latin-1 text of the original bytes.
    raw = str(environ.get("QUERY_STRING", "")).encode("latin-1").decode("ascii", "replace")
    return parse_params(raw, "query string")


def media_type(environ: Mapping[str, object]) -> str:
    """The request body's media type, lower case, without parameters."""
    return str(environ.get("CONTENT_TYPE") or "").split(";", 1)[0].strip().lower()


def read_body(environ: Mapping[str, object], max_bytes: int) -> bytes:
    """The request body, refused (413) when longer than ``max_bytes``."""
    try:
        length = int(str(environ.get("CONTENT_LENGTH") or "0"))
    except ValueError:
        raise ProtocolError(400, "The Content-Length header is not a number.") from None
    if length > max_bytes:
        if length <= _DRAIN_MAX:
            # Read it anyway: closing a connection with unread data makes the kernel reset it,
            # and the client would see a broken connection instead of this answer.
            stream = environ["wsgi.input"]
            while length > 0:
                chunk = stream.read(min(length, 1 << 16))  # type: ignore[attr-defined]
                if not chunk:
                    break
                length -= len(chunk)
        raise ProtocolError(413, f"The request body has {environ.get('CONTENT_LENGTH')} bytes; "
                                 f"this server takes at most {max_bytes}.")
    if length <= 0:
        return b""
    return environ["wsgi.input"].read(length)  # type: ignore[attr-defined, no-any-return]


def page_number(value: str | None) -> int:
    """A 1-based page number, or a 400."""
    if value is None:
        return 1
    if not (value.isascii() and value.isdigit()) or int(value) < 1:
        raise ProtocolError(400, f"The page must be a whole number from 1; got {value!r}.")
    return int(value)


def _single(params: list[tuple[str, str]], name: str) -> str | None:
    values = [v for k, v in params if k == name]
    if len(values) > 1:
        raise ProtocolError(400, f"The parameter '{name}' is given {len(values)} times; give "
                                 "it once.")
    return values[0] if values else None


def read_sparql_request(environ: Mapping[str, object], max_bytes: int) -> SparqlRequest:
    """The query request of a GET or POST to the endpoint."""
    method = environ.get("REQUEST_METHOD")
    url_params = query_string(environ)
    if method in ("GET", "HEAD"):
        params = url_params
        if any(k == "update" for k, _ in params):
            raise ProtocolError(403, "This endpoint is read-only: SPARQL updates are refused.")
    elif method == "POST":
        kind = media_type(environ)
        if kind == SPARQL_UPDATE:
            raise ProtocolError(403, "This endpoint is read-only: SPARQL updates are refused.")
        body = read_body(environ, max_bytes)
        if kind == FORM:
            try:
                text = body.decode("ascii")
            except UnicodeDecodeError:
                raise ProtocolError(400, "A form-encoded body must be ASCII (percent-encoded "
                                         "UTF-8).") from None
            params = parse_params(text, "request body") + url_params
            if any(k == "update" for k, _ in params):
                raise ProtocolError(403,
                                    "This endpoint is read-only: SPARQL updates are refused.")
            if any(k == "query" for k, _ in url_params):
                raise ProtocolError(400, "A form-encoded POST carries the query in its body, "
                                         "not in the URL.")
        elif kind == SPARQL_QUERY:
            try:
                query = body.decode("utf-8")
            except UnicodeDecodeError:
                raise ProtocolError(400, "The query is not valid UTF-8.") from None
            if any(k == "query" for k, _ in url_params):
                raise ProtocolError(400, "A POST of application/sparql-query carries the query "
                                         "in its body, not in the URL.")
            params = [("query", query), *url_params]
        else:
            shown = kind or "none"
            raise ProtocolError(415, f"A POST to the endpoint must have Content-Type {FORM} or "
                                     f"{SPARQL_QUERY} (got {shown}).")
    else:
        raise ProtocolError(405, f"The endpoint answers GET, HEAD and POST, not {method}.",
                            allow="GET, HEAD, POST, OPTIONS")
    return SparqlRequest(
        query=_single(params, "query"),
        default_graphs=[v for k, v in params if k == "default-graph-uri"],
        named_graphs=[v for k, v in params if k == "named-graph-uri"],
        fmt=_single(params, FORMAT),
        page=page_number(_single(params, PAGE)),
    )
