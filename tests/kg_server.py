"""The real ``lovely-kg serve`` command, run as a subprocess on 127.0.0.1 for tests.

    with KgServer(store_dir, "--timeout", "2") as server:
        status, headers, body = server.get("/sparql?query=...")

The server picks a free port (``--port 0``) and prints its URL, which is read here. Its request
log goes to a file (a pipe nobody reads would fill up and stall it under load).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path
from types import TracebackType

from loopback import OPENER, stop_process


def command() -> list[str]:
    """The ``lovely-kg`` command of this Python's environment."""
    script = Path(sys.executable).parent / "lovely-kg"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg"]


class KgServer:
    """``lovely-kg serve --port 0 --store STORE [ARGS…]`` until :meth:`stop`."""

    def __init__(self, store: str | os.PathLike[str], *args: str,
                 startup_timeout: float = 30.0) -> None:
        self.store = str(store)
        self.args = args
        self.startup_timeout = startup_timeout
        self.url = ""
        self.process: subprocess.Popen[str] | None = None
        fd, self.log_path = tempfile.mkstemp(prefix="kg-serve-", suffix=".log")
        self._log = os.fdopen(fd, "wb")
        self.startup_seconds: float | None = None

    def start(self) -> KgServer:
        """Start the server and wait for the line that gives its URL."""
        began = time.monotonic()
        self.process = subprocess.Popen(
            [*command(), "serve", "--port", "0", "--store", self.store, *self.args],
            stdout=subprocess.PIPE, stderr=self._log, stdin=subprocess.DEVNULL, text=True)
        assert self.process.stdout is not None
        line = self._first_line()
        if not line.startswith("Serving "):
            self.stop()
            raise RuntimeError(f"lovely-kg serve did not start: {line!r}\n{self.log_text()}")
        self.url = line.rsplit(" at ", 1)[1].strip().rstrip("/")
        self.startup_seconds = time.monotonic() - began
        return self

    def _first_line(self) -> str:
        """The server's first line of output, or '' if none comes within the start-up time."""
        assert self.process is not None and self.process.stdout is not None
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.append(self.process.stdout.readline()),
                                  daemon=True)
        reader.start()
        reader.join(self.startup_timeout)
        return lines[0] if lines else ""

    def log_text(self) -> str:
        """What the server wrote to stderr."""
        return Path(self.log_path).read_text(encoding="utf-8", errors="replace")

    def stop(self) -> int | None:
        """Stop with SIGTERM (kill after 10 s); the exit code."""
        process, self.process = self.process, None
        code = stop_process(process, timeout=10)
        if process is not None and process.stdout is not None:
            process.stdout.close()
        self._log.close()
        return code

    def __enter__(self) -> KgServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
        Path(self.log_path).unlink(missing_ok=True)

    @property
    def pid(self) -> int:
        """The server process id."""
        assert self.process is not None
        return self.process.pid

    def request(self, path: str, data: bytes | None = None, headers: dict[str, str] | None = None,
                method: str | None = None, timeout: float = 30.0
                ) -> tuple[int, dict[str, str], bytes]:
        """(status, headers, body) of a request to ``path``; HTTP errors are answers too."""
        req = urllib.request.Request(self.url + path, data=data, headers=headers or {},
                                     method=method)
        try:
            with OPENER.open(req, timeout=timeout) as answer:
                return answer.status, dict(answer.headers.items()), answer.read()
        except urllib.error.HTTPError as exc:
            return exc.code, dict(exc.headers.items()), exc.read()

    def get(self, path: str, accept: str | None = None, timeout: float = 30.0
            ) -> tuple[int, dict[str, str], bytes]:
        """A GET with an optional Accept header."""
        return self.request(path, headers={"Accept": accept} if accept else None,
                            timeout=timeout)
