"""Query workers: child processes that answer jobs and can be killed mid-query.

pyoxigraph evaluates a query in native code with no timeout and no way to interrupt it, so a
server that must stop a runaway query cannot run it in one of its own threads. Each job goes to
a child process instead; when the time limit passes, the child is killed, which stops its CPU
use at once, and a fresh child takes its place while the others go on answering.

The parent and a child talk over the child's stdin and stdout: each message is an 8-byte
big-endian length and a pickle. A child is ``python -m kg.workers HANDLER ARG``: it imports the
module HANDLER, calls its ``open(ARG)`` once (for example to load a store into memory), says
that it is ready, then answers each job with ``HANDLER.handle(state, job)``.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import queue
import subprocess
import sys
import threading
import time

from kg.errors import KgError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from typing import BinaryIO

_READY = "ready"


class WorkerError(KgError):
    """A job could not be answered by a worker."""


class JobTimeoutError(WorkerError):
    """A job ran past the time limit; its worker was killed."""


class PoolBusyError(WorkerError):
    """No worker became free within the time limit."""


class WorkerCrashedError(WorkerError):
    """A worker died while answering a job (out of memory, a crash in native code)."""


def _send(stream: BinaryIO, message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(len(data).to_bytes(8, "big") + data)
    stream.flush()


def _read_exactly(stream: BinaryIO, size: int) -> bytes:
    chunks = []
    while size:
        chunk = stream.read(size)
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _receive(stream: BinaryIO) -> object:
    size = int.from_bytes(_read_exactly(stream, 8), "big")
    return pickle.loads(_read_exactly(stream, size))


class _Worker:
    """One child process."""

    def __init__(self, handler: str, argument: str, generation: int) -> None:
        self.generation = generation
        # -m with the package's own path first: the child must import this kg, not another.
        package_root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(
            [package_root, *filter(None, [env.get("PYTHONPATH")])])
        self.process = subprocess.Popen(
            [sys.executable, "-m", "kg.workers", handler, argument],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env)
        self.killed_for_time = False

    @property
    def pid(self) -> int:
        return self.process.pid

    def wait_ready(self) -> None:
        assert self.process.stdout is not None
        try:
            message = _receive(self.process.stdout)
        except (EOFError, OSError):
            code = self.process.wait()
            raise WorkerError(f"A query worker exited with code {code} while starting; its "
                              "messages are above.") from None
        if message != _READY:
            self.close()
            raise WorkerError(str(message))

    def ask(self, job: object) -> object:
        assert self.process.stdin is not None and self.process.stdout is not None
        _send(self.process.stdin, job)
        return _receive(self.process.stdout)

    def kill_for_time(self) -> None:
        self.killed_for_time = True
        self.kill()

    def kill(self) -> None:
        # Streams stay open: another thread may be reading the answer, and must see EOF.
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()

    def close(self) -> None:
        self.kill()
        for stream in (self.process.stdin, self.process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError, ValueError):
                    stream.close()


class WorkerPool:
    """A fixed number of worker processes that answer jobs, each within a time limit.

    ``handler`` names the module the children run (see the module docstring) and ``argument``
    is passed to its ``open``. :meth:`run` raises :class:`JobTimeoutError` when a job takes
    longer than ``timeout`` seconds (the worker is killed and replaced), and
    :class:`PoolBusyError` when no worker is free within ``timeout`` seconds.
    """

    def __init__(self, handler: str, argument: str, size: int = 2, timeout: float = 10.0) -> None:
        if size < 1:
            raise ValueError("a pool needs at least one worker")
        self.handler = handler
        self.argument = argument
        self.size = size
        self.timeout = timeout
        self.generation = 0
        self._idle: queue.Queue[_Worker] = queue.Queue()
        self._lock = threading.Lock()
        self._workers: set[_Worker] = set()
        self._closed = False

    # -- life cycle ---------------------------------------------------------------------

    def start(self) -> WorkerPool:
        """Start every worker and wait until each is ready (raises :class:`WorkerError`)."""
        started = [self._new_worker() for _ in range(self.size)]
        try:
            for worker in started:
                worker.wait_ready()
        except BaseException:
            for worker in started:
                worker.close()
            raise
        for worker in started:
            self._idle.put(worker)
        return self

    def _new_worker(self) -> _Worker:
        worker = _Worker(self.handler, self.argument, self.generation)
        with self._lock:
            self._workers.add(worker)
        return worker

    def _retire(self, worker: _Worker) -> None:
        worker.close()
        with self._lock:
            self._workers.discard(worker)

    def _replace(self, worker: _Worker) -> None:
        """Kill ``worker`` and start another in the background."""
        self._retire(worker)
        threading.Thread(target=self._spawn_idle, name="kg-worker-spawn", daemon=True).start()

    def _spawn_idle(self) -> None:
        for attempt in range(3):
            if self._closed:
                return
            worker = self._new_worker()
            try:
                worker.wait_ready()
            except WorkerError as exc:
                self._retire(worker)
                print(f"lovely-kg: a query worker could not start: {exc}", file=sys.stderr)
                time.sleep(0.5 * (attempt + 1))
                continue
            if self._closed:
                self._retire(worker)
                return
            self._idle.put(worker)
            return

    def reload(self, argument: str | None = None) -> None:
        """Answer later jobs with fresh workers (opened on ``argument``, if given).

        Workers busy now finish their job first; each is replaced when it comes back.
        """
        with self._lock:
            if argument is not None:
                self.argument = argument
            self.generation += 1

    def close(self) -> None:
        """Stop every worker."""
        self._closed = True
        with self._lock:
            workers = list(self._workers)
        for worker in workers:
            self._retire(worker)

    def __enter__(self) -> WorkerPool:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def pids(self) -> list[int]:
        """The process ids of the live workers."""
        with self._lock:
            return sorted(w.pid for w in self._workers)

    # -- jobs ---------------------------------------------------------------------------

    def _take(self) -> _Worker:
        deadline = time.monotonic() + self.timeout
        while True:
            remaining = deadline - time.monotonic()
            try:
                worker = self._idle.get(timeout=max(remaining, 0.0))
            except queue.Empty:
                raise PoolBusyError(
                    f"Every query worker stayed busy for {self.timeout:g} s; try again "
                    "later.") from None
            if worker.generation == self.generation and worker.process.poll() is None:
                return worker
            self._replace(worker)  # from before a reload, or dead: never give it a job

    def run(self, job: object) -> object:
        """The answer of a worker to ``job``; see the class docstring for the errors."""
        if self._closed:
            raise WorkerError("The query workers are stopped.")
        worker = self._take()
        timer = threading.Timer(self.timeout, worker.kill_for_time)
        timer.daemon = True
        timer.start()
        try:
            answer = worker.ask(job)
        except (EOFError, OSError):
            timer.cancel()
            self._replace(worker)
            if worker.killed_for_time:
                raise JobTimeoutError(
                    f"The query was stopped after {self.timeout:g} s, the time limit of this "
                    "server.") from None
            raise WorkerCrashedError(
                f"The query worker stopped (exit code {worker.process.returncode}) while "
                "answering; the query may need more memory than it has.") from None
        timer.cancel()
        if worker.killed_for_time:
            # The answer arrived just as the timer fired: the worker is gone anyway.
            self._replace(worker)
        else:
            self._idle.put(worker)
        return answer


def _child(handler_name: str, argument: str) -> int:
    import importlib

    # Keep the protocol stream to ourselves: anything printed goes to stderr instead.
    out = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())
    inp = sys.stdin.buffer
    try:
        handler = importlib.import_module(handler_name)
        state = handler.open(argument)
    except KgError as exc:
        _send(out, str(exc))
        return 1
    _send(out, _READY)
    while True:
        try:
            job = _receive(inp)
        except EOFError:
            return 0
        _send(out, handler.handle(state, job))


if __name__ == "__main__":
    try:
        sys.exit(_child(sys.argv[1], sys.argv[2]))
    except KeyboardInterrupt:
        sys.exit(130)
