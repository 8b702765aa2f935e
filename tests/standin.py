"""A stand-in for a remote web service: a real HTTP server on 127.0.0.1 for tests.

Tests script its answers (:meth:`StandIn.reply_with`) or give it a handler, then look at what it
received (:attr:`StandIn.requests`). Nothing leaves the machine::

    with StandIn() as server:
        server.reply_with(Reply(429, headers={"Retry-After": "3"}), Reply(body={"ok": 1}))
        ...  # point the code under test at server.url
        assert len(server.requests) == 2
"""

from __future__ import annotations

import gzip as gzip_module
import json
import socketserver
import threading
import urllib.parse
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType


@dataclass
class Request:
    """One request as the server received it."""

    method: str
    path: str
    """The path without the query string."""
    params: dict[str, str]
    """The query parameters (the last value wins when a name repeats)."""
    headers: dict[str, str]
    """Header names in lower case."""
    body: bytes = b""


@dataclass
class Reply:
    """One scripted answer. Bodies that are not bytes or str are sent as JSON."""

    status: int = 200
    body: bytes | str | object = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    """Seconds to wait before answering (to provoke client timeouts)."""
    gzip: bool = False


def _no_handler(request: Request) -> Reply:
    return Reply(404, f"stand-in: no reply scripted for {request.method} {request.path}")


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    standin: StandIn

    def server_bind(self) -> None:
        # HTTPServer.server_bind looks up the host's FQDN, which can stall without DNS.
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = str(host), int(port)

    def handle_error(self, request: object, client_address: object) -> None:
        # Clients that time out and hang up are the point of some tests: no traceback noise.
        pass


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _serve(self) -> None:
        standin = self.server.standin
        split = urllib.parse.urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        request = Request(
            method=self.command,
            path=split.path,
            params=dict(urllib.parse.parse_qsl(split.query, keep_blank_values=True)),
            headers={name.lower(): value for name, value in self.headers.items()},
            body=self.rfile.read(length) if length else b"",
        )
        reply = standin._record_and_pick(request)
        if reply.delay and standin._closing.wait(reply.delay):
            return  # closing: drop the answer rather than hold up close()
        body, content_type = _encode(reply.body)
        headers = {"Content-Type": content_type}
        if reply.gzip:
            body = gzip_module.compress(body, mtime=0)
            headers["Content-Encoding"] = "gzip"
        headers.update(reply.headers)
        headers["Content-Length"] = str(len(body))
        self.send_response(reply.status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _serve


def _encode(body: object) -> tuple[bytes, str]:
    if isinstance(body, bytes):
        return body, "application/octet-stream"
    if isinstance(body, str):
        return body.encode("utf-8"), "text/plain; charset=utf-8"
    return json.dumps(body).encode("utf-8"), "application/json"


class StandIn:
    """A real HTTP server on 127.0.0.1 (ThreadingHTTPServer, port 0) in a daemon thread.

    Scripted replies (:meth:`reply_with`) are used first, in order; after that ``handler``
    answers (by default a 404). If the handler raises, the server answers 500 and keeps the
    exception in :attr:`errors`.
    """

    def __init__(self, handler: Callable[[Request], Reply] | None = None) -> None:
        self.handler = handler or _no_handler
        self.requests: list[Request] = []
        self.errors: list[BaseException] = []
        self._lock = threading.Lock()
        self._queue: deque[Reply] = deque()
        self._closing = threading.Event()
        self._closed = False
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.standin = self
        self.url = f"http://127.0.0.1:{self._server.server_port}"
        # A short poll interval so that close() returns in well under a second.
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name=f"standin-{self._server.server_port}",
            daemon=True,
        )
        self._thread.start()

    def reply_with(self, *replies: Reply) -> None:
        """Queue replies, used in order for the next requests before falling back to handler."""
        with self._lock:
            self._queue.extend(replies)

    def _record_and_pick(self, request: Request) -> Reply:
        with self._lock:
            self.requests.append(request)
            if self._queue:
                return self._queue.popleft()
        try:
            return self.handler(request)
        except Exception as error:
            with self._lock:
                self.errors.append(error)
            return Reply(500, f"stand-in handler failed: {error!r}")

    def close(self) -> None:
        """Stop serving and free the port; answers still being delayed are dropped."""
        if self._closed:
            return
        self._closed = True
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> StandIn:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
