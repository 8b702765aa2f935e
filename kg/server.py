"""``lovely-kg serve``: the built graph over HTTP.

Routes (all read-only, all with CORS headers)::

    /                    the query page (kg/static/index.html)
    /static/NAME         the page's own assets; nothing comes from elsewhere
    /sparql              SPARQL 1.1 Protocol; without a query, the Service Description
    /queries             the stored queries, with metadata and text (JSON)
    /queries/NAME        one stored query run with ?PARAM=VALUE; /queries/NAME.rq its text
    /openapi.json        the OpenAPI description of the above
    /labels?iri=…        labels of IRIs (JSON), for result tables
    /id/KEY              the entity https://w3id.org/lovely-runner/id/KEY: HTML or RDF
    /.well-known/void    VoID and DCAT description of the dataset

:class:`App` is a plain WSGI application, so any WSGI server can run it; :class:`Server` runs it
on the standard library's threaded server, which is what the command uses. Every request that
reads the store goes to a query worker (:mod:`kg.workers`) and is stopped at the time limit.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from urllib.parse import quote, urlencode

from kg import resources
from kg.errors import StoreNotBuiltError
from kg.negotiation import GRAPH_FORMATS, acceptable, choose, media_type
from kg.protocol import (
    FORMAT,
    PAGE,
    ProtocolError,
    page_number,
    query_string,
    read_body,
    read_sparql_request,
)
from kg.store import StoreLocation
from kg.workers import JobTimeoutError, PoolBusyError, WorkerError, WorkerPool

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from kg.endpoint import Answer

STATIC_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "static")
_STATIC_TYPES = {".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".css": "text/css; charset=utf-8", ".svg": "image/svg+xml",
                 ".png": "image/png", ".ico": "image/x-icon",
                 ".json": "application/json"}
_REASONS = {200: "OK", 204: "No Content", 400: "Bad Request", 403: "Forbidden",
            404: "Not Found", 405: "Method Not Allowed", 406: "Not Acceptable",
            413: "Content Too Large", 415: "Unsupported Media Type",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}
_CORS = [("Access-Control-Allow-Origin", "*"),
         ("Access-Control-Expose-Headers", "Link, Content-Type")]
_MAX_LABELS = 2000
_RELOAD_CHECK_SECONDS = 1.0


class Reply:
    """An HTTP response: status, headers, body."""

    __slots__ = ("body", "headers", "status")

    def __init__(self, status: int, body: bytes | str = b"",
                 content_type: str = "text/plain; charset=utf-8",
                 headers: list[tuple[str, str]] | None = None) -> None:
        self.status = status
        self.body = body.encode("utf-8") if isinstance(body, str) else body
        self.headers = [("Content-Type", content_type), *(headers or [])]


def _text(status: int, message: str, headers: list[tuple[str, str]] | None = None) -> Reply:
    return Reply(status, message.rstrip("\n") + "\n", headers=headers)


class App:
    """The WSGI application over the built store at ``store``.

    ``timeout`` (seconds) bounds every query; ``max_rows`` is the page size of answers;
    ``workers`` is the number of query processes; ``allow_service`` lets queries use SERVICE
    (off: an open endpoint must not make requests wherever a query tells it to);
    ``max_body`` bounds a POST body in bytes.
    """

    def __init__(self, store: str | os.PathLike[str] | None = None, *, timeout: float = 10.0,
                 max_rows: int = 10_000, workers: int = 2, allow_service: bool = False,
                 max_body: int = 1 << 20) -> None:
        self.location = StoreLocation(store if store is not None
                                      else resources.default_store_dir())
        self.data = self.location.current()
        if self.data is None:
            self.location.open()  # raises StoreNotBuiltError with the message users know
            raise StoreNotBuiltError(f"No graph has been built at {self.location.path}.")
        if timeout <= 0 or max_rows < 1 or workers < 1:
            raise ValueError("timeout, max_rows and workers must be positive")
        self.timeout = timeout
        self.max_rows = max_rows
        self.allow_service = allow_service
        self.max_body = max_body
        self.pool = WorkerPool("kg.endpoint", self.location.path, size=workers, timeout=timeout)
        self._stats: dict | None = None
        self._library = None
        self._checked = time.monotonic()
        self._reload_lock = threading.Lock()

    def start(self) -> App:
        """Start the query workers (raises :class:`kg.workers.WorkerError` if they fail)."""
        self.pool.start()
        return self

    def close(self) -> None:
        """Stop the query workers."""
        self.pool.close()

    # -- WSGI ---------------------------------------------------------------------------

    def __call__(self, environ: dict, start_response: Callable) -> Iterable[bytes]:
        method = environ.get("REQUEST_METHOD", "GET")
        try:
            reply = self.route(environ)
        except ProtocolError as exc:
            headers = [("Allow", exc.allow)] if exc.allow else []
            reply = _text(exc.status, str(exc), headers)
        except JobTimeoutError as exc:
            reply = _text(503, str(exc))
        except PoolBusyError as exc:
            reply = _text(503, str(exc), [("Retry-After", "1")])
        except WorkerError as exc:
            reply = _text(500, str(exc))
        headers = [*reply.headers, *_CORS, ("X-Content-Type-Options", "nosniff"),
                   ("Content-Length", str(len(reply.body)))]
        if any(k == "Content-Type" and v.startswith("text/html") for k, v in headers):
            headers.append(("Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; base-uri 'none'; "
                            "frame-ancestors 'none'"))
        status = f"{reply.status} {_REASONS.get(reply.status, 'Status')}"
        start_response(status, headers)
        return [b""] if method == "HEAD" else [reply.body]

    def route(self, environ: dict) -> Reply:
        """The reply to one request."""
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "/") or "/"
        if method == "OPTIONS":
            return Reply(204, headers=[
                ("Access-Control-Allow-Methods", "GET, HEAD, POST, OPTIONS"),
                ("Access-Control-Allow-Headers", "Accept, Content-Type"),
                ("Access-Control-Max-Age", "86400"), ("Allow", "GET, HEAD, POST, OPTIONS")])
        self._check_reload()
        if path == "/sparql":
            return self.sparql(environ)
        if method == "POST" and path != "/labels":
            raise ProtocolError(405, f"{path} answers GET and HEAD only.",
                                allow="GET, HEAD, OPTIONS")
        if method not in ("GET", "HEAD", "POST"):
            raise ProtocolError(405, f"This server answers GET, HEAD, POST and OPTIONS, not "
                                     f"{method}.", allow="GET, HEAD, POST, OPTIONS")
        if path == "/":
            return self.static("index.html")
        if path.startswith("/static/"):
            return self.static(path[len("/static/"):])
        if path == "/queries":
            return self.query_list(environ)
        if path.startswith("/queries/"):
            return self.stored(environ, path[len("/queries/"):])
        if path == "/openapi.json":
            return self.openapi(environ)
        if path == "/labels":
            return self.labels(environ)
        if path.startswith("/id/"):
            return self.entity(environ, path[len("/id/"):])
        if path in ("/.well-known/void", "/void"):
            return self.void(environ)
        return self.not_found(environ, f"Nothing is served at {path}.")

    # -- helpers ------------------------------------------------------------------------

    def _check_reload(self) -> None:
        """After a new build, answer with fresh workers that load it."""
        now = time.monotonic()
        if now - self._checked < _RELOAD_CHECK_SECONDS:
            return
        with self._reload_lock:
            self._checked = now
            current = self.location.current()
            if current is not None and current != self.data:
                self.data = current
                self._stats = None
                self.pool.reload()

    def _run(self, job: dict) -> Answer:
        return self.pool.run(job)  # type: ignore[return-value]

    @staticmethod
    def base_url(environ: dict) -> str:
        """The URL the server is reached at, ending in '/'."""
        from wsgiref.util import application_uri

        url = application_uri(environ)
        return url if url.endswith("/") else url + "/"

    def _answer_reply(self, answer: Answer, environ: dict, params: list[tuple[str, str]],
                      page: int, vary: bool = True) -> Reply:
        headers = [("Vary", "Accept")] if vary else []
        if answer.status == 200 and (answer.more or page > 1):
            base = self.base_url(environ).rstrip("/") + environ.get("PATH_INFO", "")

            def url(n: int) -> str:
                return base + "?" + urlencode([*params, (PAGE, str(n))])

            links = [f'<{url(1)}>; rel="first"']
            if page > 1:
                links.append(f'<{url(page - 1)}>; rel="prev"')
            if answer.more:
                links.append(f'<{url(page + 1)}>; rel="next"')
            headers.append(("Link", ", ".join(links)))
        if answer.status == 503:
            headers.append(("Retry-After", "1"))
        return Reply(answer.status, answer.body, answer.content_type, headers)

    def stats(self) -> dict:
        """Counts of the dataset, computed once by a worker (again after a rebuild)."""
        if self._stats is None:
            import json

            answer = self._run({"kind": "stats"})
            if answer.status != 200:
                raise WorkerError(answer.body.decode("utf-8", "replace"))
            self._stats = json.loads(answer.body)
        return self._stats

    def library(self):
        """The stored query library."""
        if self._library is None:
            from kg.library import QueryLibrary

            self._library = QueryLibrary()
        return self._library

    def not_found(self, environ: dict, message: str) -> Reply:
        """404, as a page for browsers and as text for the rest."""
        if choose(environ.get("HTTP_ACCEPT"), ["html", "ntriples"]) == "html":
            from kg.pages import error_page

            return Reply(404, error_page(404, message), "text/html; charset=utf-8")
        return _text(404, message)

    # -- routes -------------------------------------------------------------------------

    def static(self, name: str) -> Reply:
        """A file of kg/static; names are plain file names, nothing else is reachable."""
        if (not name or name.startswith(".") or "/" in name or "\\" in name
                or not all(c.isalnum() or c in "._-" for c in name)):
            return _text(404, f"No asset named {name!r}.")
        path = os.path.join(STATIC_DIR, name)
        try:
            with open(path, "rb") as fh:
                body = fh.read()
        except OSError:
            return _text(404, f"No asset named {name!r}.")
        content_type = _STATIC_TYPES.get(os.path.splitext(name)[1], "application/octet-stream")
        return Reply(200, body, content_type, [("Cache-Control", "no-cache")])

    def sparql(self, environ: dict) -> Reply:
        """SPARQL 1.1 Protocol."""
        request = read_sparql_request(environ, self.max_body)
        if request.query is None:
            if environ.get("REQUEST_METHOD") == "POST":
                raise ProtocolError(400, "The request has no query.")
            return self.service_description(environ, request.fmt)
        answer = self._run({"kind": "sparql", "args": {
            "query": request.query, "accept": environ.get("HTTP_ACCEPT"),
            "fmt": request.fmt, "page": request.page, "max_rows": self.max_rows,
            "default_graphs": request.default_graphs, "named_graphs": request.named_graphs,
            "allow_service": self.allow_service}})
        return self._answer_reply(answer, environ, request.link_params(), request.page)

    def _rdf(self, environ: dict, fmt: str | None, triples: list, prefixes: dict) -> Reply:
        from kg.endpoint import graph_bytes

        offered = list(GRAPH_FORMATS)
        if fmt and fmt not in offered:
            raise ProtocolError(400, f"The format '{fmt}' is not one of {', '.join(offered)}.")
        name = fmt or choose(environ.get("HTTP_ACCEPT"), offered)
        if name is None:
            raise ProtocolError(406, f"This can be given as {acceptable(offered)}.")
        content_type = media_type(name)
        if content_type.startswith("text/"):
            content_type += "; charset=utf-8"
        return Reply(200, graph_bytes(triples, name, prefixes), content_type,
                     [("Vary", "Accept")])

    def service_description(self, environ: dict, fmt: str | None) -> Reply:
        """The SPARQL 1.1 Service Description of the endpoint."""
        from kg.void import DESCRIPTION_PREFIXES, service_triples

        endpoint = self.base_url(environ) + "sparql"
        triples = service_triples(self.stats(), endpoint, allow_service=self.allow_service)
        return self._rdf(environ, fmt, triples, DESCRIPTION_PREFIXES)

    def void(self, environ: dict) -> Reply:
        """VoID and DCAT."""
        from kg.void import DESCRIPTION_PREFIXES, void_triples

        fmt = dict(query_string(environ)).get(FORMAT)
        triples = void_triples(self.stats(), self.base_url(environ))
        return self._rdf(environ, fmt, triples, DESCRIPTION_PREFIXES)

    def query_list(self, environ: dict) -> Reply:
        """The stored queries as JSON."""
        import json

        items = []
        for q in self.library().all():
            items.append({
                "name": q.name, "title": q.title, "description": q.description,
                "check": q.severity is not None, "severity": q.severity,
                "parameters": [{"name": p.name, "type": p.type, "required": p.required,
                                "default": p.default, "description": p.description}
                               for p in q.parameters],
                "text": q.text, "url": f"/queries/{quote(q.name)}"})
        body = json.dumps({"queries": items}, ensure_ascii=False, indent=1)
        return Reply(200, body, "application/json")

    def stored(self, environ: dict, name: str) -> Reply:
        """A stored query run with the request's parameters, or its text (NAME.rq)."""
        from kg.errors import UnknownQueryError

        library = self.library()
        if name.endswith(".rq"):
            try:
                stored = library.get(name[:-3])
            except UnknownQueryError as exc:
                return self.not_found(environ, str(exc))
            return Reply(200, stored.text, "application/sparql-query; charset=utf-8")
        params = query_string(environ)
        page = page_number(dict(params).get(PAGE))
        fmt = dict(params).get(FORMAT)
        given: dict[str, str] = {}
        for key, value in params:
            if key in (PAGE, FORMAT):
                continue
            if key in given:
                raise ProtocolError(400, f"The parameter '{key}' is given twice.")
            given[key] = value
        answer = self._run({"kind": "stored", "args": {
            "name": name, "params": given, "accept": environ.get("HTTP_ACCEPT"), "fmt": fmt,
            "page": page, "max_rows": self.max_rows, "allow_service": self.allow_service}})
        link_params = [(k, v) for k, v in params if k != PAGE]
        return self._answer_reply(answer, environ, link_params, page)

    def openapi(self, environ: dict) -> Reply:
        """The OpenAPI description."""
        import json

        from kg import __version__
        from kg.openapi import openapi

        document = openapi(self.library(), self.base_url(environ), __version__)
        return Reply(200, json.dumps(document, indent=1), "application/json")

    def labels(self, environ: dict) -> Reply:
        """Labels of the IRIs given as ``iri`` parameters (GET, or form POST)."""
        from kg.protocol import FORM, parse_params
        from kg.protocol import media_type as body_type

        params = query_string(environ)
        if environ.get("REQUEST_METHOD") == "POST":
            if body_type(environ) != FORM:
                raise ProtocolError(415, "POST /labels takes a form-encoded body.")
            body = read_body(environ, self.max_body)
            params += parse_params(body.decode("ascii", "replace"), "request body")
        iris = list(dict.fromkeys(v for k, v in params if k == "iri"))
        if len(iris) > _MAX_LABELS:
            raise ProtocolError(400, f"Ask for at most {_MAX_LABELS} labels at a time.")
        answer = self._run({"kind": "labels", "args": {"iris": iris}})
        return Reply(answer.status, answer.body, answer.content_type)

    def entity(self, environ: dict, key: str) -> Reply:
        """The page or description of an entity."""
        fmt = dict(query_string(environ)).get(FORMAT)
        answer = self._run({"kind": "entity", "args": {
            "key": key, "accept": environ.get("HTTP_ACCEPT"), "fmt": fmt}})
        return Reply(answer.status, answer.body, answer.content_type, [("Vary", "Accept")])


class Server:
    """:class:`App` on the standard library's threaded HTTP server.

    ``port=0`` picks a free port; :attr:`url` tells which. Use :meth:`start` (serves from a
    background thread) and :meth:`stop`, or a ``with`` block, or :meth:`serve_forever`.
    """

    def __init__(self, store: str | os.PathLike[str] | None = None, host: str = "127.0.0.1",
                 port: int = 8000, *, quiet: bool = False, **options: object) -> None:
        self.app = App(store, **options)  # type: ignore[arg-type]
        self.host = host
        self.port = port
        self.quiet = quiet
        self._httpd = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        """The server's base URL."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}/"

    def _bind(self) -> None:
        import socket
        from socketserver import ThreadingMixIn
        from wsgiref.simple_server import WSGIRequestHandler, WSGIServer

        quiet = self.quiet

        class Handler(WSGIRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                if not quiet:
                    sys.stderr.write(f"{self.address_string()} - [{self.log_date_time_string()}]"
                                     f" {format % args}\n")

        class ThreadingServer(ThreadingMixIn, WSGIServer):
            daemon_threads = True
            # Many clients connect at once (a page's label requests, load tests): a short
            # listen queue would make the kernel drop connections.
            request_queue_size = 1024
            address_family = socket.AF_INET6 if ":" in self.host else socket.AF_INET

        try:
            httpd = ThreadingServer((self.host, self.port), Handler)
        except OSError as exc:
            from kg.errors import KgError

            raise KgError(f"Cannot listen on {self.host}:{self.port}: {exc.strerror or exc}.")\
                from None
        httpd.set_app(self.app)
        self.port = httpd.server_address[1]
        self._httpd = httpd

    def start(self) -> Server:
        """Start the workers and serve from a background thread."""
        self._bind()  # first: a busy port is reported before workers are started
        try:
            self.app.start()
        except BaseException:
            self.stop()
            raise
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="kg-http",
                                        daemon=True)
        self._thread.start()
        return self

    def serve_forever(self, ready: Callable[[Server], None] | None = None) -> None:
        """Start the workers and serve in this thread until interrupted; ``ready`` is called
        once the server listens."""
        self._bind()
        try:
            self.app.start()
            if ready is not None:
                ready(self)
            self._httpd.serve_forever()
        finally:
            self.stop()

    def stop(self) -> None:
        """Stop serving and stop the workers."""
        httpd, self._httpd = self._httpd, None
        if httpd is not None:
            if self._thread is not None:
                httpd.shutdown()
            httpd.server_close()
        self.app.close()

    def __enter__(self) -> Server:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
