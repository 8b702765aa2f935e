"""A real Oxigraph SPARQL server for tests, run as a subprocess on 127.0.0.1.

The ``oxigraph`` command comes from the ``oxigraph`` package of the ``test`` extra
(``pip install -e ".[test]"``). The server keeps its data in a temporary folder that is removed
when it stops; it listens on a free loopback port only, so nothing is reachable from outside::

    with OxigraphServer() as server:
        server.load_turtle(Path("data.ttl"))
        ...  # point the code under test at server.query_url
        rows = server.select("SELECT * WHERE { ?s ?p ?o }")
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import pytest
from loopback import HOST, OPENER, free_port, stop_process, wait_until_answers


def find_oxigraph() -> str:
    """The ``oxigraph`` command: beside this Python first (its venv), then on PATH.

    Fails the calling test with a message saying how to install it when it is missing.
    """
    name = "oxigraph.exe" if os.name == "nt" else "oxigraph"
    beside = Path(sys.executable).parent / name
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    pytest.fail("The Oxigraph server command 'oxigraph' was not found beside "
                f"{sys.executable} or on PATH. It comes with the 'test' extra: "
                "pip install -e '.[test]' (or pip install 'oxigraph>=0.5,<0.6').",
                pytrace=False)




class OxigraphServer:
    """``oxigraph serve`` on a free port of 127.0.0.1, with its data in a temporary folder.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`. ``startup_timeout``
    bounds the wait for the first answer; ``startup_seconds`` records how long it took.
    ``args`` are more options for ``oxigraph serve``, such as ``["--union-default-graph"]``.
    """

    def __init__(self, binary: str | None = None, startup_timeout: float = 20.0,
                 stop_timeout: float = 5.0, args: Sequence[str] = ()) -> None:
        self.binary = binary
        self.args = tuple(args)  # more options of 'oxigraph serve', e.g. --union-default-graph
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self.port: int | None = None
        self.startup_seconds: float | None = None
        self._dir: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None
        self._log: Path | None = None

    # -- addresses ----------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The server's base URL, ``http://127.0.0.1:PORT``."""
        if self.port is None:
            raise RuntimeError("the Oxigraph server is not started")
        return f"http://{HOST}:{self.port}"

    @property
    def query_url(self) -> str:
        """The SPARQL query endpoint (GET or POST)."""
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        """The SPARQL update endpoint."""
        return f"{self.url}/update"

    @property
    def store_url(self) -> str:
        """The Graph Store Protocol endpoint."""
        return f"{self.url}/store"

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> OxigraphServer:
        """Start the server and wait until it answers a query."""
        if self._process is not None:
            raise RuntimeError("the Oxigraph server is already started")
        binary = self.binary or find_oxigraph()
        self._dir = Path(tempfile.mkdtemp(prefix="oxigraph-test-"))
        self._log = self._dir / "server.log"
        began = time.monotonic()
        try:
            # The port is free when chosen but could be taken before oxigraph binds it: retry.
            for attempt in range(3):
                self.port = free_port()
                location = self._dir / f"data-{attempt}"
                with open(self._log, "ab") as log:
                    self._process = subprocess.Popen(
                        [binary, "serve", "--location", str(location),
                         "--bind", f"{HOST}:{self.port}", *self.args],
                        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
                if self._wait_until_ready(began + self.startup_timeout):
                    self.startup_seconds = time.monotonic() - began
                    return self
                code = self._process.poll()
                if code is None:
                    raise RuntimeError(f"the Oxigraph server did not answer within "
                                       f"{self.startup_timeout:g} s; its log:\n"
                                       f"{self.log_text()}")
                self._process = None
            raise RuntimeError(f"the Oxigraph server ({binary}) exited with code {code} "
                               f"before answering; its log:\n{self.log_text()}")
        except BaseException:
            self.stop()
            raise

    def _wait_until_ready(self, deadline: float) -> bool:
        assert self._process is not None
        probe = f"{self.query_url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
        return wait_until_answers(self._process, probe, deadline)

    def log_text(self) -> str:
        """What the server has written to its stdout and stderr so far."""
        if self._log is None or not self._log.exists():
            return ""
        return self._log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Terminate the server (kill it if it does not stop in time), remove its data."""
        process, self._process = self._process, None
        stop_process(process, self.stop_timeout)
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> OxigraphServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- data ---------------------------------------------------------------------------

    def _request(self, url: str, data: bytes | None, headers: dict[str, str],
                 method: str) -> bytes:
        request = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with OPENER.open(request, timeout=30) as answer:
                return answer.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            raise RuntimeError(f"Oxigraph answered {exc.code} to {method} {url}: "
                               f"{detail}") from None

    def load(self, data: bytes | str | os.PathLike[str], content_type: str,
             graph: str | None = None) -> None:
        """Add RDF to a graph (the default graph when ``graph`` is None).

        ``data`` is the document itself as bytes, or the path of a file. With a dataset
        format (TriG, N-Quads) and no ``graph``, the quads keep their own graphs.
        """
        body = data if isinstance(data, bytes) else Path(data).read_bytes()
        target = "default" if graph is None else urllib.parse.urlencode({"graph": graph})
        dataset = content_type in ("application/trig", "application/n-quads")
        url = self.store_url if dataset and graph is None else f"{self.store_url}?{target}"
        self._request(url, body, {"Content-Type": content_type}, "POST")

    def load_turtle(self, data: bytes | str | os.PathLike[str], graph: str | None = None) -> None:
        """Add a Turtle document (bytes, or a file's path) to a graph, by default the default."""
        self.load(data, "text/turtle", graph)

    def query(self, query: str, accept: str = "application/sparql-results+json") -> bytes:
        """The server's answer to a SPARQL query, in the serialisation ``accept`` asks for."""
        return self._request(self.query_url, query.encode("utf-8"),
                             {"Content-Type": "application/sparql-query", "Accept": accept},
                             "POST")

    def select(self, query: str) -> list[dict[str, dict[str, str]]]:
        """The bindings of a SELECT query, as in the SPARQL JSON results format."""
        return json.loads(self.query(query))["results"]["bindings"]

    def update(self, update: str) -> None:
        """Run a SPARQL update."""
        self._request(self.update_url, update.encode("utf-8"),
                      {"Content-Type": "application/sparql-update"}, "POST")
