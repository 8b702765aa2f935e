#!/usr/bin/env python3
"""Benchmark ``lovely-kg serve`` against Oxigraph's own SPARQL server on the same data.

Run it with the interpreter the project is installed into (with the ``test`` extra, which
brings the ``oxigraph`` command)::

    python benchmarks/serve.py [--store PATH] [--requests N] [--repeat K] [--json FILE]

Both servers get the same dataset and the same query text; the load comes from a separate
process. What is measured and how to read it is in ``benchmarks/README.md``. The exit code is 0,
or 2 when a step fails (a server does not start, or the two answers differ).
"""

from __future__ import annotations

import argparse
import http.client
import json
import multiprocessing
import os
import platform
import queue
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import Executor, ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# The helpers shared with the other benchmark (run.py sits beside this file).
sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import BenchmarkError, child_env, find_cli, percentile

QUERY_NAME = "who-voices-eclipse-songs"
LEVELS = (1, 16)
DEFAULT_REQUESTS = 300
DEFAULT_REPEAT = 3
WARMUP_REQUESTS = 30
ACCEPT = "application/sparql-results+json"
HOST = "127.0.0.1"
STARTUP_TIMEOUT = 60.0
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# Loopback requests must never go through an http_proxy taken from the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


@dataclass(frozen=True)
class Target:
    """One URL to load: a server's route with the query in its query string."""

    label: str
    port: int
    path: str


# -- the load generator (runs in its own process) -----------------------------------------


def _request(port: int, path: str) -> tuple[float, int]:
    """One GET on a new connection, read to the end; (seconds, status)."""
    started = time.perf_counter()
    connection = http.client.HTTPConnection(HOST, port, timeout=60)
    try:
        connection.request("GET", path, headers={"Accept": ACCEPT, "Connection": "close"})
        response = connection.getresponse()
        response.read()
        status = response.status
    finally:
        connection.close()
    return time.perf_counter() - started, status


def load(port: int, path: str, requests: int, concurrency: int) -> dict[str, Any]:
    """Send ``requests`` GETs from ``concurrency`` threads, each on a fresh connection.

    Returns the wall time, the latencies (ms) of the 200 answers, the other statuses and the
    CPU time this client process spent.
    """
    latencies: list[float] = []
    statuses: dict[str, int] = {}
    lock = threading.Lock()
    shares = [requests // concurrency + (1 if i < requests % concurrency else 0)
              for i in range(concurrency)]
    # All threads start together, so the first ones do not run alone for a while.
    start = threading.Barrier(concurrency + 1)

    def worker(count: int) -> None:
        start.wait()
        mine: list[float] = []
        other: dict[str, int] = {}
        for _ in range(count):
            try:
                seconds, status = _request(port, path)
            except OSError as exc:
                other[type(exc).__name__] = other.get(type(exc).__name__, 0) + 1
                continue
            if status == 200:
                mine.append(seconds * 1000)
            else:
                other[str(status)] = other.get(str(status), 0) + 1
        with lock:
            latencies.extend(mine)
            for key, n in other.items():
                statuses[key] = statuses.get(key, 0) + n

    threads = [threading.Thread(target=worker, args=(n,)) for n in shares]
    for thread in threads:
        thread.start()
    start.wait()
    began, cpu = time.perf_counter(), time.process_time()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - began
    return {"wall_s": wall, "latencies_ms": latencies, "errors": statuses,
            "client_cpu_s": time.process_time() - cpu}


# -- the servers --------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _get(url: str, accept: str = ACCEPT, timeout: float = 30.0) -> bytes:
    request = urllib.request.Request(url, headers={"Accept": accept})
    try:
        with _OPENER.open(request, timeout=timeout) as answer:
            return answer.read()
    except urllib.error.HTTPError as exc:
        detail = exc.read().decode("utf-8", "replace").strip()
        raise BenchmarkError(f"{url} answered {exc.code}: {detail}") from None


def find_oxigraph() -> str:
    """The ``oxigraph`` command beside this Python (its venv), else on PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    if beside.is_file() and os.access(beside, os.X_OK):
        return str(beside)
    found = shutil.which("oxigraph")
    if found is None:
        raise BenchmarkError("The Oxigraph server command 'oxigraph' was not found beside "
                             f"{sys.executable} or on PATH; it comes with the 'test' extra "
                             "(pip install '.[test]').")
    return found


class Servers:
    """``lovely-kg serve`` and ``oxigraph serve`` as subprocesses, both on 127.0.0.1."""

    def __init__(self, workdir: Path) -> None:
        self.workdir = workdir
        self.processes: list[subprocess.Popen[bytes]] = []
        self.ours_port = 0
        self.oxigraph_port = 0
        self.ours_command: list[str] = []
        self.oxigraph_command: list[str] = []

    def _log(self, name: str) -> Path:
        return self.workdir / f"{name}.log"

    def start_ours(self, store: Path, workers: int | None) -> None:
        """Start ``lovely-kg serve --port 0`` and read its URL from the line it prints."""
        argv = [*find_cli().argv, "serve", "--port", "0", "--store", str(store), "--quiet"]
        if workers is not None:
            argv += ["--workers", str(workers)]
        self.ours_command = argv
        with open(self._log("lovely-kg"), "wb") as log:
            process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                       stderr=log, env=child_env(), cwd=self.workdir)
        self.processes.append(process)
        lines: queue.Queue[bytes] = queue.Queue()
        assert process.stdout is not None
        stdout = process.stdout
        threading.Thread(target=lambda: lines.put(stdout.readline()), daemon=True).start()
        try:
            line = lines.get(timeout=STARTUP_TIMEOUT).decode("utf-8", "replace").strip()
        except queue.Empty:
            line = ""
        if not line.startswith("Serving ") or " at " not in line:
            log = self._log("lovely-kg").read_text(encoding="utf-8", errors="replace")
            raise BenchmarkError(f"'{' '.join(argv)}' did not start (it printed {line!r}):\n"
                                 f"{log}")
        url = urllib.parse.urlsplit(line.rsplit(" at ", 1)[1])
        self.ours_port = int(url.port or 80)

    def start_oxigraph(self) -> None:
        """Start ``oxigraph serve`` on a free port and wait until it answers."""
        binary = find_oxigraph()
        self.oxigraph_port = _free_port()
        argv = [binary, "serve", "--location", str(self.workdir / "oxigraph-data"),
                "--bind", f"{HOST}:{self.oxigraph_port}"]
        self.oxigraph_command = argv
        with open(self._log("oxigraph"), "wb") as log:
            process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=log,
                                       stderr=subprocess.STDOUT)
        self.processes.append(process)
        probe = (f"http://{HOST}:{self.oxigraph_port}/query?"
                 f"{urllib.parse.urlencode({'query': 'ASK {}'})}")
        deadline = time.monotonic() + STARTUP_TIMEOUT
        while time.monotonic() < deadline:
            if process.poll() is not None:
                break
            try:
                with _OPENER.open(probe, timeout=1):
                    return
            except OSError:
                time.sleep(0.05)
        log = self._log("oxigraph").read_text(encoding="utf-8", errors="replace")
        raise BenchmarkError(f"'{' '.join(argv)}' did not answer:\n{log}")

    def load_oxigraph(self, nquads: bytes) -> None:
        """Add the dataset, its quads in their own graphs (the default graph is the merged
        view, written out like any other graph)."""
        request = urllib.request.Request(f"http://{HOST}:{self.oxigraph_port}/store",
                                         data=nquads, method="POST",
                                         headers={"Content-Type": "application/n-quads"})
        try:
            with _OPENER.open(request, timeout=120) as answer:
                answer.read()
        except urllib.error.HTTPError as exc:
            raise BenchmarkError(f"Oxigraph refused the data ({exc.code}): "
                                 f"{exc.read().decode('utf-8', 'replace')}") from None

    def stop(self) -> None:
        """SIGTERM each server, kill the ones that do not stop."""
        for process in self.processes:
            if process.poll() is None:
                process.terminate()
        for process in self.processes:
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
            if process.stdout is not None:
                process.stdout.close()
        self.processes = []


def oxigraph_version(binary: str) -> str:
    """What ``oxigraph --version`` prints."""
    done = subprocess.run([binary, "--version"], capture_output=True, text=True, check=False)
    return done.stdout.strip() or "unknown"


# -- answers --------------------------------------------------------------------------------


def rows_of(body: bytes, where: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Variables and sorted rows of a SPARQL JSON answer, terms in one comparable form."""
    try:
        data = json.loads(body)
        variables = data["head"]["vars"]
        bindings = data["results"]["bindings"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BenchmarkError(f"{where} did not answer SPARQL JSON results: {exc}") from None

    def term(value: dict[str, str] | None) -> tuple[str, ...]:
        if value is None:
            return ()
        kind = "literal" if value["type"] == "typed-literal" else value["type"]
        # A simple literal is an xsd:string, whether or not the datatype is written.
        datatype = value.get("datatype", XSD_STRING if kind == "literal" else "")
        return (kind, value["value"], value.get("xml:lang", ""), datatype)

    rows = sorted(tuple(term(b.get(v)) for v in variables) for b in bindings)
    return variables, rows


# -- measuring ------------------------------------------------------------------------------


def figures(run: dict[str, Any], requests: int) -> dict[str, Any]:
    """Requests per second (answered with 200) and latency percentiles of one run."""
    samples = run["latencies_ms"]
    if len(samples) < 2:
        raise BenchmarkError(f"Only {len(samples)} of {requests} requests were answered with "
                             f"200; other answers: {run['errors']}")
    return {"rps": len(samples) / run["wall_s"], "p50_ms": percentile(samples, 50),
            "p99_ms": percentile(samples, 99), "ok": len(samples),
            "client_cpu_ms": run["client_cpu_s"] * 1000 / requests,
            "errors": run["errors"], "wall_s": run["wall_s"]}


def measure(client: Executor, targets: list[Target], requests: int, repeat: int,
            levels: tuple[int, ...]) -> dict[str, dict[int, dict[str, Any]]]:
    """Every target at every concurrency level, ``repeat`` times; medians of each figure."""
    for target in targets:  # warm-up: caches, worker start, the OS's connection handling
        client.submit(load, target.port, target.path, WARMUP_REQUESTS, 4).result()
    runs: dict[str, dict[int, list[dict[str, Any]]]] = {
        t.label: {c: [] for c in levels} for t in targets}
    # Repeats are the outer loop, so that drift (CPU frequency, other load) touches every
    # target alike rather than one of them.
    for k in range(repeat):
        for concurrency in levels:
            for target in targets:
                print(f"  run {k + 1}/{repeat}, concurrency {concurrency:>2}: {target.label}",
                      file=sys.stderr)
                run = client.submit(load, target.port, target.path, requests,
                                    concurrency).result()
                runs[target.label][concurrency].append(figures(run, requests))
    out: dict[str, dict[int, dict[str, Any]]] = {}
    for label, by_level in runs.items():
        out[label] = {}
        for concurrency, samples in by_level.items():
            errors: dict[str, int] = {}
            for sample in samples:
                for key, n in sample["errors"].items():
                    errors[key] = errors.get(key, 0) + n
            out[label][concurrency] = {
                "rps": statistics.median(s["rps"] for s in samples),
                "p50_ms": statistics.median(s["p50_ms"] for s in samples),
                "p99_ms": statistics.median(s["p99_ms"] for s in samples),
                "client_cpu_ms": statistics.median(s["client_cpu_ms"] for s in samples),
                "errors": errors, "runs": samples}
    return out


# -- reporting ------------------------------------------------------------------------------


def report(info: dict[str, Any], results: dict[str, dict[int, dict[str, Any]]],
           ratios: dict[str, dict[str, float]]) -> str:
    """The human-readable table."""
    lines = [
        "lovely-kg serve against Oxigraph server",
        f"  query       {info['query']} ({info['rows']} rows), the same bound text for both",
        f"  data        {info['quads']} quads, the default graph holding the merged view",
        f"  lovely-kg   {' '.join(info['lovely_kg_command'])}",
        f"  oxigraph    {info['oxigraph_version']}",
        f"  python      {info['python']}, pyoxigraph {info['pyoxigraph']}",
        f"  CPUs        {info['cpu_count']}: the client, both servers and their workers "
        "share them",
        f"  load        {info['requests']} GET requests per run, one new connection each, "
        f"Accept {ACCEPT}; medians of {info['repeat']} runs",
        "",
    ]
    width = max(len(label) for label in results)
    lines.append(f"{'target':<{width}} {'conc':>4} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8}"
                 f" {'client CPU ms/req':>17}  errors")
    for label, by_level in results.items():
        for concurrency, fig in by_level.items():
            errors = ", ".join(f"{k}: {n}" for k, n in sorted(fig["errors"].items())) or "0"
            lines.append(f"{label:<{width}} {concurrency:>4} {fig['rps']:>9.1f} "
                         f"{fig['p50_ms']:>8.2f} {fig['p99_ms']:>8.2f} "
                         f"{fig['client_cpu_ms']:>17.2f}  {errors}")
    lines += ["", "Ratios, lovely-kg / Oxigraph (req/s above 1 and p50 below 1 favour lovely-kg):"]
    for label, values in ratios.items():
        parts = "   ".join(f"{name} {value:.2f}" for name, value in values.items())
        lines.append(f"  {label:<{width}}  {parts}")
    return "\n".join(lines)


def positive(text: str) -> int:
    """A whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected at least 1, got {value}")
    return value


def main(argv: list[str] | None = None) -> int:
    """Parse the options, run the benchmark, print the report; return the exit code."""
    parser = argparse.ArgumentParser(
        description="Benchmark lovely-kg serve against Oxigraph server: same data, same query.")
    parser.add_argument("--store", metavar="PATH",
                        help="a built store (default: build one into a temporary folder)")
    parser.add_argument("--requests", type=positive, default=DEFAULT_REQUESTS, metavar="N",
                        help=f"requests per run (default {DEFAULT_REQUESTS})")
    parser.add_argument("--repeat", type=positive, default=DEFAULT_REPEAT, metavar="K",
                        help=f"runs per figure, whose median is shown (default {DEFAULT_REPEAT})")
    parser.add_argument("--workers", type=positive, metavar="N",
                        help="query processes of lovely-kg serve (default: its own default)")
    parser.add_argument("--json", metavar="FILE", help="also write every figure to FILE as JSON")
    args = parser.parse_args(argv)

    try:
        import pyoxigraph

        import kg
        from kg.binding import bind
        from kg.errors import KgError
    except ImportError:
        print("Error: the 'kg' package cannot be imported by "
              f"{sys.executable}. Install the project (pip install '.[test]') into this "
              "interpreter.", file=sys.stderr)
        return 2

    workdir = Path(tempfile.mkdtemp(prefix="lovely-kg-bench-serve-"))
    servers = Servers(workdir)
    # A process of its own, so that the client does not share the servers' interpreter lock;
    # spawned, so that it starts clean of this process's threads and modules.
    client = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
    try:
        if args.store:
            store = Path(args.store)
        else:
            store = workdir / "store"
            print(f"Building a store in {store} ...", file=sys.stderr)
            kg.build(store=store)
        graph = kg.open_graph(store)
        stored = graph.library.get(QUERY_NAME)
        text = bind(stored.text, stored.bindings({}))
        nquads = kg.export(graph, "nquads")
        quads = sum(1 for line in nquads.splitlines() if line.strip())

        print("Starting the servers ...", file=sys.stderr)
        servers.start_ours(store, args.workers)
        servers.start_oxigraph()
        servers.load_oxigraph(nquads)

        query = urllib.parse.urlencode({"query": text})
        targets = [Target("lovely-kg /sparql", servers.ours_port, f"/sparql?{query}"),
                   Target(f"lovely-kg /queries/{QUERY_NAME}", servers.ours_port,
                          f"/queries/{QUERY_NAME}"),
                   Target("oxigraph /query", servers.oxigraph_port, f"/query?{query}")]
        answers = {t.label: rows_of(_get(f"http://{HOST}:{t.port}{t.path}"), t.label)
                   for t in targets}
        reference = answers[targets[-1].label]
        for label, answer in answers.items():
            if answer != reference:
                raise BenchmarkError(f"{label} and Oxigraph give different answers:\n"
                                     f"{answer}\nagainst\n{reference}")
        if not reference[1]:
            raise BenchmarkError(f"The query {QUERY_NAME} has no answer: nothing to compare.")

        print(f"Measuring {len(targets)} targets at concurrency "
              f"{', '.join(map(str, LEVELS))} ...", file=sys.stderr)
        results = measure(client, targets, args.requests, args.repeat, LEVELS)
    except (BenchmarkError, KgError, OSError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        client.shutdown(cancel_futures=True)
        servers.stop()
        shutil.rmtree(workdir, ignore_errors=True)

    oxigraph = results[targets[-1].label]
    ratios: dict[str, dict[str, float]] = {}
    for target in targets[:-1]:
        ours = results[target.label]
        ratios[target.label] = {}
        for concurrency in LEVELS:
            ratios[target.label][f"req/s c{concurrency}"] = (
                ours[concurrency]["rps"] / oxigraph[concurrency]["rps"])
            ratios[target.label][f"p50 c{concurrency}"] = (
                ours[concurrency]["p50_ms"] / oxigraph[concurrency]["p50_ms"])
    info = {"query": QUERY_NAME, "query_text": text, "rows": len(reference[1]), "quads": quads,
            "lovely_kg_command": servers.ours_command,
            "oxigraph_command": servers.oxigraph_command,
            "oxigraph_version": oxigraph_version(servers.oxigraph_command[0]),
            "python": platform.python_version(),
            "pyoxigraph": getattr(pyoxigraph, "__version__", "unknown"),
            "platform": platform.platform(), "cpu_count": os.cpu_count(),
            "requests": args.requests, "repeat": args.repeat, "levels": list(LEVELS)}
    print(report(info, results, ratios))

    if args.json:
        document = {"environment": info,
                    "results": {label: {str(c): fig for c, fig in by_level.items()}
                                for label, by_level in results.items()},
                    "ratios": ratios}
        try:
            Path(args.json).write_text(json.dumps(document, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"Error: cannot write {args.json}: {exc}", file=sys.stderr)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
