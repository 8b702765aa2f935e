"""A private Virtuoso 7 for tests, run as a subprocess on 127.0.0.1.

``virtuoso-t`` and ``isql-vt`` come from Debian's ``virtuoso-opensource`` package
(``scripts/install-test-servers`` installs it). Each instance gets its own folder, with its own
``virtuoso.ini`` and database, free loopback ports for both its SQL (ISQL) server and its HTTP
server, and is stopped and removed afterwards; it never touches the system's Virtuoso::

    with VirtuosoServer() as server:
        server.isql("GRANT SPARQL_UPDATE TO \\"publisher\\";")
        ...  # point the code under test at server.sparql_url, server.graph_store_url

A fresh database's ``dba`` password is ``dba``. On start, the server is given a user
``publisher`` (password :data:`PUBLISHER_PASSWORD`) with the ``SPARQL_UPDATE`` role, which is
what writing through the authenticated Graph Store endpoint needs, and the anonymous ``SPARQL``
user the rights that ``SERVICE`` (federated queries) needs. First start-up (creating the
database) takes about 2.5 s here.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path
from types import TracebackType

import pytest
from loopback import HOST, OPENER, free_port, stop_process, wait_until_answers

PUBLISHER = "publisher"
PUBLISHER_PASSWORD = "publisher-test-password"  # a private, throw-away test instance


_INSTALL = ("It comes with Debian's virtuoso-opensource package: run scripts/install-test-servers "
            "(or apt-get install virtuoso-opensource).")

# ResultSetMaxRows: Virtuoso silently returns at most this many rows of a SELECT (it says so
# only in an X-SPARQL-MaxRows header, which kg.remote turns into an error). The stored queries
# return a few hundred rows at most; 100000 leaves room, and stays far from "unlimited" so that
# a runaway query cannot fill the test machine's memory.
RESULT_SET_MAX_ROWS = 100_000

_INI = """\
; A private test instance, written by tests/virtuoso_server.py (from Debian's
; /etc/virtuoso-opensource-7/virtuoso.ini, cut down): everything lives in {dir}.
[Database]
DatabaseFile       = {dir}/virtuoso.db
ErrorLogFile       = {dir}/virtuoso.log
LockFile           = {dir}/virtuoso.lck
TransactionFile    = {dir}/virtuoso.trx
xa_persistent_file = {dir}/virtuoso.pxa
ErrorLogLevel      = 7
FileExtend         = 200
MaxCheckpointRemap = 2000
Striping           = 0
TempStorage        = TempDatabase

[TempDatabase]
DatabaseFile       = {dir}/virtuoso-temp.db
TransactionFile    = {dir}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping           = 0

[Parameters]
; Loopback only, on ports chosen free by the tests.
ServerPort               = {host}:{sql_port}
DisableUnixSocket        = 1
DisableTcpSocket         = 0
MaxClientConnections     = 10
; No periodic checkpoints: the database lives as long as one test module.
CheckpointInterval       = 0
O_DIRECT                 = 0
CaseMode                 = 2
AllowOSCalls             = 0
DirsAllowed              = ., {dir}
VADInstallDir            = {dir}/vad
; Small buffers (8 KB pages): about 16 MB, plenty for a few thousand triples.
NumberOfBuffers          = 2000
MaxDirtyBuffers          = 1500
MaxQueryMem              = 200M
ThreadsPerQuery          = 2
AsyncQueueMaxThreads     = 4

[HTTPServer]
ServerPort                  = {host}:{http_port}
ServerRoot                  = {dir}/vsp
MaxClientConnections        = 10
ServerThreads               = 10
MaxKeepAlives               = 10
KeepAliveTimeout            = 10
HTTPProxyEnabled            = 0
Charset                     = UTF-8
EnabledGzipContent          = 0
EnabledDavVSP               = 0

[SPARQL]
ResultSetMaxRows           = {max_rows}
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime      = 60
DefaultQuery               = ASK {{}}

; No [Plugins]: the Debian defaults load wiki renderers, which SPARQL and the Graph Store
; Protocol do not need.
"""


def find_virtuoso() -> tuple[str, str]:
    """The ``virtuoso-t`` server and ``isql-vt`` client commands; fails the test if missing."""
    server = shutil.which("virtuoso-t")
    client = shutil.which("isql-vt") or shutil.which("isql")
    if server is None or client is None:
        missing = "virtuoso-t" if server is None else "isql-vt"
        pytest.fail(f"The Virtuoso command '{missing}' was not found on PATH. {_INSTALL}",
                    pytrace=False)
    return server, client




class VirtuosoServer:
    """``virtuoso-t +foreground`` with a private database, on free ports of 127.0.0.1.

    Use it as a context manager, or call :meth:`start` and :meth:`stop`. ``startup_timeout``
    bounds the wait for its SPARQL endpoint to answer; ``startup_seconds`` records how long it
    took (database creation included).
    """

    def __init__(self, startup_timeout: float = 60.0, stop_timeout: float = 15.0,
                 max_rows: int = RESULT_SET_MAX_ROWS) -> None:
        self.startup_timeout = startup_timeout
        self.stop_timeout = stop_timeout
        self.max_rows = max_rows
        self.sql_port: int | None = None
        self.http_port: int | None = None
        self.startup_seconds: float | None = None
        self._isql: str | None = None
        self._dir: Path | None = None
        self._folder: Path | None = None
        self._process: subprocess.Popen[bytes] | None = None

    # -- addresses ----------------------------------------------------------------------

    @property
    def url(self) -> str:
        """The HTTP server's base URL, ``http://127.0.0.1:PORT``."""
        if self.http_port is None:
            raise RuntimeError("the Virtuoso server is not started")
        return f"http://{HOST}:{self.http_port}"

    @property
    def sparql_url(self) -> str:
        """The SPARQL endpoint (queries as anonymous user ``SPARQL``)."""
        return f"{self.url}/sparql"

    @property
    def graph_store_url(self) -> str:
        """The Graph Store endpoint that takes writes, with HTTP Digest authentication."""
        return f"{self.url}/sparql-graph-crud-auth"

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> VirtuosoServer:
        """Start the server, wait until /sparql answers, create the test user."""
        if self._process is not None:
            raise RuntimeError("the Virtuoso server is already started")
        binary, self._isql = find_virtuoso()
        self._dir = Path(tempfile.mkdtemp(prefix="virtuoso-test-"))
        began = time.monotonic()
        try:
            # Ports are free when chosen but could be taken before Virtuoso binds them: retry.
            for attempt in range(3):
                self.sql_port, self.http_port = free_port(), free_port()
                if self.sql_port == self.http_port:
                    continue
                folder = self._dir / f"db-{attempt}"
                (folder / "vsp").mkdir(parents=True)
                (folder / "vad").mkdir()
                ini = folder / "virtuoso.ini"
                ini.write_text(_INI.format(dir=folder, host=HOST, sql_port=self.sql_port,
                                           http_port=self.http_port, max_rows=self.max_rows),
                               encoding="utf-8")
                with open(folder / "stdout.log", "ab") as log:
                    self._process = subprocess.Popen(
                        [binary, "+foreground", "+configfile", str(ini)], cwd=folder,
                        stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT)
                self._folder = folder
                if self._wait_until_ready(began + self.startup_timeout):
                    self.startup_seconds = time.monotonic() - began
                    self._set_up_users()
                    return self
                code = self._process.poll()
                if code is None:
                    raise RuntimeError(f"Virtuoso did not answer within "
                                       f"{self.startup_timeout:g} s; its log:\n{self.log_text()}")
                self._process = None
            raise RuntimeError(f"Virtuoso ({binary}) exited with code {code} before answering; "
                               f"its log:\n{self.log_text()}")
        except BaseException:
            self.stop()
            raise

    def _wait_until_ready(self, deadline: float) -> bool:
        assert self._process is not None
        probe = f"{self.sparql_url}?{urllib.parse.urlencode({'query': 'ASK {}'})}"
        return wait_until_answers(self._process, probe, deadline, timeout=2, pause=0.05)

    def _set_up_users(self) -> None:
        self.isql(f"DB.DBA.USER_CREATE('{PUBLISHER}', '{PUBLISHER_PASSWORD}');",
                  f'GRANT SPARQL_UPDATE TO "{PUBLISHER}";',
                  # SERVICE is refused to the anonymous SPARQL user without these two rights.
                  'GRANT SELECT ON "DB.DBA.SPARQL_SINV_2" TO "SPARQL";',
                  'GRANT EXECUTE ON "DB.DBA.SPARQL_SINV_IMP" TO "SPARQL";')

    def isql(self, *statements: str) -> str:
        """Run SQL statements as ``dba`` through ``isql-vt``; return its output."""
        assert self._isql is not None and self.sql_port is not None
        done = subprocess.run([self._isql, f"{HOST}:{self.sql_port}", "dba", "dba",
                               f"exec={' '.join(statements)}"],
                              capture_output=True, text=True, timeout=30,
                              stdin=subprocess.DEVNULL)
        if done.returncode != 0 or "*** Error" in done.stdout + done.stderr:
            raise RuntimeError(f"isql failed on {statements}:\n{done.stdout}{done.stderr}")
        return done.stdout

    def set_max_rows(self, rows: int) -> None:
        """Change ResultSetMaxRows in the instance's virtuoso.ini; Virtuoso reads it per query."""
        self.isql(f"cfg_write(virtuoso_ini_path(), 'SPARQL', 'ResultSetMaxRows', '{int(rows)}');")
        self.max_rows = rows

    def log_text(self) -> str:
        """Virtuoso's own log and what it wrote to stdout and stderr."""
        folder = self._folder
        if folder is None:
            return ""
        parts = []
        for name in ("virtuoso.log", "stdout.log"):
            path = folder / name
            if path.exists():
                parts.append(path.read_text(encoding="utf-8", errors="replace"))
        return "\n".join(parts)

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL if it does not exit in time), remove it."""
        process, self._process = self._process, None
        stop_process(process, self.stop_timeout)
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)
            self._dir = None

    def __enter__(self) -> VirtuosoServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    # -- data ---------------------------------------------------------------------------

    def select(self, query: str, **dataset: list[str]) -> list[dict[str, dict[str, str]]]:
        """The bindings of a SELECT as SPARQL JSON results; ``dataset`` keys are
        ``default_graph_uri`` and ``named_graph_uri``."""
        import json

        fields = [("query", query)] + [(k.replace("_", "-"), v) for k, values in dataset.items()
                                       for v in values]
        request = urllib.request.Request(
            self.sparql_url, data=urllib.parse.urlencode(fields).encode("ascii"),
            headers={"Accept": "application/sparql-results+json",
                     "Content-Type": "application/x-www-form-urlencoded"}, method="POST")
        try:
            with OPENER.open(request, timeout=30) as answer:
                return json.loads(answer.read())["results"]["bindings"]
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            raise RuntimeError(f"Virtuoso answered {exc.code}: {detail}") from None


def main() -> None:  # pragma: no cover - a manual check: python tests/virtuoso_server.py
    with VirtuosoServer() as server:
        print(f"{server.sparql_url} answered after {server.startup_seconds:.2f} s; stopping")


if __name__ == "__main__":  # pragma: no cover
    main()
