#!/usr/bin/env python3
"""Benchmark the Lovely Runner KG: build, reasoning, cold CLI start-up, query latency.

Run it with the interpreter the project is installed into::

    python benchmarks/run.py [--runs N] [--json FILE] [--check]

Figures and targets are described in ``benchmarks/README.md``. The exit code is 0 unless a
benchmark step fails (2), or ``--check`` is given and a target is missed (1).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

DEFAULT_RUNS = 15
MIN_RUNS = 5
MIN_QUERY_RUNS = 50

BUILD_TARGET_MS = 2000.0  # the whole build, reasoning and validation included
REFERENCE_RUNS = 5  # owlrl takes seconds a run: fewer runs, still a median
CLI_RATIO_TARGET = 2.0
QUERY_P50_TARGET_MS = 5.0
EXTRACT_TARGET_MS = 20_000.0  # "within seconds" for a 1 MB article
EXTRACT_BYTES = 1_000_000
EXTRACT_RUNS = 3  # about ten seconds a run: few runs, still a median

CLI_QUERY = "who-voices-eclipse-songs"
CLI_QUERY_BINDINGS = 6
BASELINE_LABEL = "python -c 'import pyoxigraph'"
# Values for the stored queries' required parameters; every other parameter keeps its default.
QUERY_PARAMS: dict[str, dict[str, str]] = {"find-entity": {"name": "Byeon Woo Seok"}}

# These would point the commands at the user's own store or sources and make figures
# incomparable between machines.
_PROJECT_ENV = ("LOVELY_KG_STORE", "LOVELY_KG_SOURCES")


class BenchmarkError(Exception):
    """A benchmark step failed: the figures would be meaningless, so the run stops."""


@dataclass(frozen=True)
class Cli:
    """How the ``lovely-kg`` command is started."""

    argv: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class Check:
    """One figure compared with its target (lower is better)."""

    name: str
    value: float
    limit: float

    @property
    def passed(self) -> bool:
        """Whether the figure meets its target."""
        return self.value <= self.limit


# -- helpers ------------------------------------------------------------------------------


def run_count(text: str) -> int:
    """``--runs`` value: an integer of at least :data:`MIN_RUNS`."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < MIN_RUNS:
        raise argparse.ArgumentTypeError(f"at least {MIN_RUNS} runs are needed, got {value}")
    return value


def find_cli() -> Cli:
    """The installed ``lovely-kg`` console script next to this interpreter, else ``-m kg``."""
    # Not resolved: a venv's python is a symlink to the base interpreter, whose folder does
    # not hold the venv's console scripts.
    bindir = Path(sys.executable).parent
    names = ("lovely-kg.exe", "lovely-kg") if os.name == "nt" else ("lovely-kg",)
    for name in names:
        script = bindir / name
        if script.is_file():
            return Cli((str(script),), "installed console script")
    return Cli((sys.executable, "-m", "kg"), "fallback: no lovely-kg script next to python")


def child_env() -> dict[str, str]:
    """The environment for the commands: the caller's, without the project's overrides.

    ``PYTHONDONTWRITEBYTECODE`` is left out too: an installed package runs from its compiled
    bytecode (pip compiles it at install, and the first run of an editable install writes it),
    while with that variable set every timed run would compile the package's sources again,
    a cost no installed command pays. The report says when the caller had it set.
    """
    return {k: v for k, v in os.environ.items()
            if k not in _PROJECT_ENV and k != "PYTHONDONTWRITEBYTECODE"}


def run_timed(argv: Sequence[str], env: dict[str, str], cwd: Path
              ) -> tuple[float, subprocess.CompletedProcess[bytes]]:
    """Run a command to completion; return its wall time in ms and the finished process."""
    started = time.perf_counter_ns()
    proc = subprocess.run(list(argv), stdin=subprocess.DEVNULL, capture_output=True, env=env,
                          cwd=cwd, check=False)
    elapsed = (time.perf_counter_ns() - started) / 1e6
    if proc.returncode != 0:
        stderr = proc.stderr.decode("utf-8", "replace").strip()
        raise BenchmarkError(f"'{' '.join(argv)}' exited with {proc.returncode}:\n{stderr}")
    return elapsed, proc


def spread(samples_ms: Sequence[float]) -> dict[str, Any]:
    """Median, min and max of wall times, with the samples themselves."""
    return {"median_ms": statistics.median(samples_ms), "min_ms": min(samples_ms),
            "max_ms": max(samples_ms), "samples_ms": list(samples_ms)}


def percentile(samples: Sequence[float], pct: int) -> float:
    """The ``pct``-th percentile, interpolated between the observed values."""
    if pct == 50:
        return statistics.median(samples)
    return statistics.quantiles(samples, n=100, method="inclusive")[pct - 1]


def check_cli_output(stdout: bytes) -> None:
    """The CLI query must answer SPARQL JSON with the expected number of bindings."""
    try:
        bindings = json.loads(stdout)["results"]["bindings"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BenchmarkError(f"'lovely-kg query {CLI_QUERY}' did not print SPARQL JSON results: "
                             f"{exc}") from None
    if len(bindings) != CLI_QUERY_BINDINGS:
        raise BenchmarkError(f"'lovely-kg query {CLI_QUERY}' returned {len(bindings)} bindings, "
                             f"expected {CLI_QUERY_BINDINGS}: the graph is not the one measured.")


# -- the benchmarks -----------------------------------------------------------------------


def bench_build(cli: Cli, store: Path, runs: int, env: dict[str, str]) -> dict[str, Any]:
    """Wall time of the whole ``lovely-kg build`` command, interpreter start-up included."""
    argv = [*cli.argv, "build", "--store", str(store)]
    # The warm-up fills the OS file cache and leaves a built store, so every timed run is the
    # same operation: a rebuild that replaces the previous graph.
    run_timed(argv, env, store.parent)
    samples = [run_timed(argv, env, store.parent)[0] for _ in range(runs)]
    return spread(samples)


def bench_cli_query(cli: Cli, store: Path, runs: int, env: dict[str, str]) -> dict[str, Any]:
    """Cold-process query time against the bare cost of starting Python with pyoxigraph."""
    query = [*cli.argv, "query", CLI_QUERY, "--format", "json", "--store", str(store)]
    baseline = [sys.executable, "-c", "import pyoxigraph"]
    cwd = store.parent
    run_timed(baseline, env, cwd)
    check_cli_output(run_timed(query, env, cwd)[1].stdout)
    base_ms: list[float] = []
    cli_ms: list[float] = []
    # Alternating keeps drift (CPU frequency, cache state, other load) from favouring one side.
    for _ in range(runs):
        base_ms.append(run_timed(baseline, env, cwd)[0])
        elapsed, proc = run_timed(query, env, cwd)
        check_cli_output(proc.stdout)
        cli_ms.append(elapsed)
    ratio = statistics.median(cli_ms) / statistics.median(base_ms)
    return {"query": CLI_QUERY, "command": query, "cli": spread(cli_ms),
            "baseline_command": baseline, "baseline": spread(base_ms), "ratio": ratio}


def bench_build_phases(store: Path, runs: int) -> dict[str, Any]:
    """Median time of each phase of an in-process build (read, reason, validate, write)."""
    import kg

    phases: dict[str, list[float]] = {}
    kg.build(store=store)  # warm-up: imports and the shapes are loaded once per process
    for _ in range(runs):
        for name, seconds in kg.build(store=store).timings.items():
            phases.setdefault(name, []).append(seconds * 1000)
    return {name: statistics.median(samples) for name, samples in phases.items()}


def bench_inference(store: Path, runs: int) -> dict[str, Any]:
    """The closed-form reasoner against owlrl's plain closure, on the same asserted triples."""
    from kg import dataset, inference
    from kg.graph import KnowledgeGraph

    asserted = dataset.asserted_triples(KnowledgeGraph.open(store).quads())

    def timed(engine: str, n: int) -> tuple[list[float], inference.Entailments]:
        samples, result = [], None
        for _ in range(n):
            started = time.perf_counter_ns()
            result = inference.entailments(asserted, engine=engine)
            samples.append((time.perf_counter_ns() - started) / 1e6)
        return samples, result

    timed("closed-form", 1)  # warm-up
    fast_ms, fast = timed("closed-form", runs)
    ref_ms, ref = timed("owlrl", REFERENCE_RUNS)
    if fast.triples != ref.triples:
        raise BenchmarkError("The closed-form reasoner and owlrl disagree on the seed graph: "
                             f"{len(fast.triples)} against {len(ref.triples)} entailments.")
    return {"input_triples": len(asserted), "entailments": len(fast.triples),
            "closed_form": spread(fast_ms), "owlrl": spread(ref_ms),
            "ratio": statistics.median(ref_ms) / statistics.median(fast_ms)}


def bench_extraction() -> dict[str, Any]:
    """``kg.extraction.extract`` on 1 MB of dense news text: the seed and dev evaluation
    articles repeated, against the shipped registry (what an ingest of that file does)."""
    import datetime as dt

    from kg import resources
    from kg.corpus import load_corpus
    from kg.extraction import Registry, extract

    folders = [Path(resources.shipped_sources_dir()), Path(resources.eval_dir()) / "dev"]
    texts = [s.text for f in folders if f.is_dir() for s in load_corpus(f).sources]
    block = "\n\n".join(texts)
    text = (block * (EXTRACT_BYTES // len(block) + 1))[:EXTRACT_BYTES]
    registry = Registry.from_folder(resources.shipped_sources_dir())
    samples, claims = [], 0
    for _ in range(EXTRACT_RUNS):
        started = time.perf_counter()
        claims = len(extract(text, dt.date(2033, 6, 20), registry).claims)
        samples.append((time.perf_counter() - started) * 1000)
    if not claims:
        raise BenchmarkError("the extractor proposed nothing on 1 MB of evaluation articles")
    return spread(samples) | {"bytes": len(text.encode("utf-8")), "claims": claims}


def extraction_report(extraction: dict[str, Any], check: Check) -> str:
    """The extraction figure against its target."""
    return "\n".join([
        "",
        f"Extraction: kg.extraction.extract on {extraction['bytes'] / 1e6:.1f} MB of evaluation "
        f"articles ({EXTRACT_RUNS} runs, {extraction['claims']} claims proposed)",
        f"  median {extraction['median_ms']:.1f} ms  (min {extraction['min_ms']:.1f}, "
        f"max {extraction['max_ms']:.1f})   target <= {EXTRACT_TARGET_MS:.0f} ms   {mark(check)}",
    ])


def bench_linking(workdir: Path, runs: int) -> dict[str, Any]:
    """Reconciliation against the loopback stand-in of Wikidata's API (the test fixture), its
    offline replay from the HTTP cache, and the QuickStatements export."""
    import kg
    from kg.linking import link_wikidata
    from kg.quickstatements import quickstatements

    tests = Path(__file__).resolve().parent.parent / "tests"
    if not (tests / "wikidata_standin.py").is_file():
        raise BenchmarkError(f"{tests} has no wikidata_standin.py: run from a checkout.")
    sys.path.insert(0, str(tests))
    from wikidata_standin import wikidata_standin

    store, cache = workdir / "linked", workdir / "http-cache"
    kg.build(store=store)
    online, offline, export = [], [], []
    with wikidata_standin() as server:
        api = f"{server.url}/w/api.php"
        for _ in range(max(3, runs // 3)):
            started = time.perf_counter_ns()
            report = link_wikidata(store, api=api, cache=cache)
            online.append((time.perf_counter_ns() - started) / 1e6)
    for _ in range(runs):
        started = time.perf_counter_ns()
        replay = link_wikidata(store, api=api, cache=cache, offline=True)
        offline.append((time.perf_counter_ns() - started) / 1e6)
    if replay.reconciled != report.reconciled:
        raise BenchmarkError("The offline replay did not give the online run's links.")
    graph = kg.open_graph(store)
    for _ in range(runs):
        started = time.perf_counter_ns()
        commands = quickstatements(graph.store)
        export.append((time.perf_counter_ns() - started) / 1e6)
    return {"entities": report.subjects, "requests": report.requests,
            "online_loopback": spread(online), "offline": spread(offline),
            "quickstatements": spread(export), "commands": len(commands.lines)}


def bench_queries(store: Path, runs: int, in_memory: bool) -> dict[str, dict[str, Any]]:
    """p50/p95 latency of ``KnowledgeGraph.run`` for every stored query, in one process.

    ``in_memory`` opens the graph as a long-lived process does (copied into memory once);
    otherwise queries read the on-disk store, as a one-off command does.
    """
    from kg.graph import KnowledgeGraph

    graph = KnowledgeGraph.open(store, in_memory=in_memory)
    # Federated queries (SERVICE) measure a remote endpoint, not this graph.
    names = [n for n in graph.library.names() if "SERVICE" not in graph.library.get(n).text]
    if not names:
        raise BenchmarkError(f"No stored queries found in {graph.library.directory}.")
    for name in names:
        stored = graph.library.get(name)
        missing = [p.name for p in stored.parameters
                   if p.required and p.name not in QUERY_PARAMS.get(name, {})]
        if missing:
            raise BenchmarkError(f"The stored query '{name}' needs {', '.join(missing)}; add a "
                                 "value to QUERY_PARAMS in benchmarks/run.py.")

    results: dict[str, dict[str, Any]] = {}
    for name in names:
        params = QUERY_PARAMS.get(name)
        # The first run pays one-off costs (OS page cache, RocksDB block cache) that a
        # long-lived process pays once, not per query.
        first = graph.run(name, params)
        samples: list[float] = []
        for _ in range(runs):
            started = time.perf_counter_ns()
            graph.run(name, params)
            samples.append((time.perf_counter_ns() - started) / 1e6)
        size = (len(first.rows) if first.kind == "select"
                else len(first.triples) if first.kind == "graph" else None)
        results[name] = {"p50_ms": percentile(samples, 50), "p95_ms": percentile(samples, 95),
                         "min_ms": min(samples), "max_ms": max(samples), "runs": runs,
                         "kind": first.kind, "rows": size}
    return results


# -- reporting ----------------------------------------------------------------------------


def environment(cli: Cli, runs: int, query_runs: int) -> dict[str, Any]:
    """What the figures were measured with."""
    import pyoxigraph

    import kg

    try:
        from importlib.metadata import PackageNotFoundError, version

        kg_version: str | None = version("lovely-runner-kg")
    except PackageNotFoundError:
        kg_version = None
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else None
    return {"python": platform.python_version(),
            "python_implementation": platform.python_implementation(),
            "python_executable": sys.executable, "platform": platform.platform(),
            "pyoxigraph": getattr(pyoxigraph, "__version__", "unknown"),
            "kg_version": kg_version, "kg_location": str(Path(kg.__file__).parent),
            "cpu_count": os.cpu_count(), "cpu_usable": usable,
            "runs": runs, "query_runs": query_runs,
            "cli": list(cli.argv), "cli_kind": cli.kind,
            "caller_no_bytecode": bool(os.environ.get("PYTHONDONTWRITEBYTECODE"))}


def mark(check: Check) -> str:
    """PASS or FAIL."""
    return "PASS" if check.passed else "FAIL"


def report(env: dict[str, Any], build: dict[str, Any], phases: dict[str, float],
           reasoning: dict[str, Any], cli: dict[str, Any],
           queries: dict[str, dict[str, Any]], disk: dict[str, dict[str, Any]],
           checks: list[Check]) -> str:
    """The human-readable report."""
    cpus = str(env["cpu_count"])
    if env["cpu_usable"] is not None and env["cpu_usable"] != env["cpu_count"]:
        cpus += f" ({env['cpu_usable']} usable)"
    kg_version = env["kg_version"] or "not installed as a distribution"
    lines = [
        "Lovely Runner KG benchmark",
        f"  Python      {env['python']} ({env['python_implementation']}), "
        f"{env['python_executable']}",
        f"  pyoxigraph  {env['pyoxigraph']}",
        f"  kg          {kg_version}, from {env['kg_location']}",
        f"  platform    {env['platform']}",
        f"  CPUs        {cpus}",
        f"  runs        {env['runs']} (in-process queries: {env['query_runs']} each)",
        *(["  bytecode    the caller's PYTHONDONTWRITEBYTECODE is not passed to the timed "
           "commands (they run from compiled bytecode, as an installed package does)"]
          if env["caller_no_bytecode"] else []),
        f"  CLI         {' '.join(env['cli'])}  [{env['cli_kind']}]",
        "",
    ]
    by_name = {c.name: c for c in checks}

    b = by_name["build"]
    lines += [
        f"Build: lovely-kg build --store TMP ({env['runs']} runs, wall time)",
        f"  median {build['median_ms']:.1f} ms  (min {build['min_ms']:.1f}, "
        f"max {build['max_ms']:.1f})   target <= {b.limit:.0f} ms   {mark(b)}",
        "  in-process phases, median ms: "
        + ", ".join(f"{name} {ms:.1f}" for name, ms in phases.items()),
        "",
        f"Reasoning: OWL-RL entailments of the ontology over the asserted graph "
        f"({reasoning['input_triples']} triples -> {reasoning['entailments']} entailments, "
        "identical from both)",
        f"  {'closed form (the build)':<30} median {reasoning['closed_form']['median_ms']:.1f} ms"
        f"  ({env['runs']} runs)",
        f"  {'owlrl plain closure':<30} median {reasoning['owlrl']['median_ms']:.1f} ms"
        f"  ({REFERENCE_RUNS} runs)",
        f"  ratio owlrl/closed form {reasoning['ratio']:.0f}",
        "",
    ]

    c = by_name["cli_ratio"]
    base, run = cli["baseline"], cli["cli"]
    lines += [
        f"Cold CLI query: lovely-kg query {cli['query']} --format json "
        f"({env['runs']} runs, interleaved)",
        f"  {'lovely-kg query':<30} median {run['median_ms']:.1f} ms  "
        f"(min {run['min_ms']:.1f}, max {run['max_ms']:.1f})",
        f"  {BASELINE_LABEL:<30} median {base['median_ms']:.1f} ms  "
        f"(min {base['min_ms']:.1f}, max {base['max_ms']:.1f})",
        f"  ratio cli/baseline {cli['ratio']:.2f}   target <= {c.limit:.1f}   {mark(c)}",
        "",
    ]

    width = max(len(n) for n in queries)
    lines += [
        f"In-process stored queries: KnowledgeGraph.run ({env['query_runs']} runs each "
        f"after one warm-up; target p50 <= {QUERY_P50_TARGET_MS:.0f} ms in memory,",
        "  the mode of a long-lived process; the on-disk store, as a one-off command reads it, "
        "for information)",
        f"  {'query'.ljust(width)}  {'p50 ms':>7}  {'p95 ms':>7}  {'disk p50':>8}  {'rows':>5}",
    ]
    for name, q in queries.items():
        rows = "-" if q["rows"] is None else str(q["rows"])
        lines.append(f"  {name.ljust(width)}  {q['p50_ms']:7.1f}  {q['p95_ms']:7.1f}  "
                     f"{disk[name]['p50_ms']:8.1f}  {rows:>5}  {mark(by_name['query:' + name])}")

    passed = sum(ch.passed for ch in checks)
    missed = [ch.name for ch in checks if not ch.passed]
    lines += ["", f"Summary: {passed}/{len(checks)} targets passed"
              + (f"; missed: {', '.join(missed)}" if missed else "")]
    return "\n".join(lines)


def linking_report(linking: dict[str, Any]) -> str:
    """The linking figures (for information: no target)."""
    return "\n".join([
        "",
        f"Linking to Wikidata ({linking['entities']} entities; the stand-in API on loopback, "
        "for information)",
        f"  reconcile online (loopback)  median {linking['online_loopback']['median_ms']:.1f} ms"
        f"  ({linking['requests']} requests)",
        f"  reconcile --offline (cache)  median {linking['offline']['median_ms']:.1f} ms",
        f"  QuickStatements export       median {linking['quickstatements']['median_ms']:.1f} ms"
        f"  ({linking['commands']} commands)",
    ])


def main(argv: Sequence[str] | None = None) -> int:
    """Run every benchmark, print the report; return the exit code."""
    parser = argparse.ArgumentParser(
        description="Benchmark the Lovely Runner KG: build, cold CLI query, stored queries.")
    parser.add_argument("--runs", type=run_count, default=DEFAULT_RUNS, metavar="N",
                        help=f"timed runs per figure (default {DEFAULT_RUNS}, minimum {MIN_RUNS}; "
                             f"in-process queries use at least {MIN_QUERY_RUNS})")
    parser.add_argument("--json", metavar="FILE", help="also write every figure to FILE as JSON")
    parser.add_argument("--check", action="store_true",
                        help="exit 1 when a target is missed")
    parser.add_argument("--no-serve", action="store_true",
                        help="skip the HTTP server benchmark (benchmarks/serve.py), which needs "
                             "the 'oxigraph' server of the test extra")
    args = parser.parse_args(argv)

    try:
        # Imported up front so that a missing install fails before any subprocess runs.
        from kg.errors import KgError
    except ImportError:
        print("Error: the 'kg' package cannot be imported by "
              f"{sys.executable}. Install the project (pip install .) into this interpreter.",
              file=sys.stderr)
        return 2

    cli = find_cli()
    query_runs = max(args.runs, MIN_QUERY_RUNS)
    env = child_env()
    workdir = Path(tempfile.mkdtemp(prefix="lovely-kg-bench-"))
    # The commands run with this scratch folder as working directory (store.parent), so that
    # 'python -m kg' cannot pick up a checkout from the caller's directory: the in-process part
    # and the commands then measure the same code.
    store = workdir / "store"
    try:
        info = environment(cli, args.runs, query_runs)
        print(f"Measuring with {' '.join(cli.argv)} [{cli.kind}] ...", file=sys.stderr)
        build = bench_build(cli, store, args.runs, env)
        phases = bench_build_phases(workdir / "in-process", args.runs)
        reasoning = bench_inference(store, args.runs)
        cli_query = bench_cli_query(cli, store, args.runs, env)
        queries = bench_queries(store, query_runs, in_memory=True)
        disk = bench_queries(store, query_runs, in_memory=False)
        linking = bench_linking(workdir, args.runs)
        extraction = bench_extraction()
    except (BenchmarkError, KgError, OSError) as exc:
        print(f"Error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    checks = [Check("build", build["median_ms"], BUILD_TARGET_MS),
              Check("cli_ratio", cli_query["ratio"], CLI_RATIO_TARGET)]
    checks += [Check(f"query:{name}", q["p50_ms"], QUERY_P50_TARGET_MS)
               for name, q in queries.items()]
    checks.append(Check("extraction", extraction["median_ms"], EXTRACT_TARGET_MS))
    print(report(info, build, phases, reasoning, cli_query, queries, disk, checks))
    print(linking_report(linking))
    print(extraction_report(extraction, checks[-1]))

    if args.json:
        passed = {c.name: c.passed for c in checks}
        build |= {"target_ms": BUILD_TARGET_MS, "passed": passed["build"]}
        cli_query |= {"target_ratio": CLI_RATIO_TARGET, "passed": passed["cli_ratio"]}
        for name, q in queries.items():
            q |= {"target_p50_ms": QUERY_P50_TARGET_MS, "passed": passed[f"query:{name}"]}
        extraction |= {"target_ms": EXTRACT_TARGET_MS, "passed": passed["extraction"]}
        figures = {"environment": info, "build": build, "build_phases_ms": phases,
                   "reasoning": reasoning, "cli_query": cli_query,
                   "queries": queries, "queries_on_disk": disk, "linking": linking,
                   "extraction": extraction,
                   "summary": {"passed": sum(c.passed for c in checks), "total": len(checks),
                               "missed": [c.name for c in checks if not c.passed]}}
        try:
            Path(args.json).write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            print(f"Error: cannot write {args.json}: {exc}", file=sys.stderr)
            return 2

    if not args.no_serve:
        # A process of its own: it starts servers and a load-generating client of its own.
        print("\nlovely-kg serve against Oxigraph server (benchmarks/serve.py):", flush=True)
        serve_argv = [sys.executable, str(Path(__file__).with_name("serve.py"))]
        if args.json:
            serve_argv += ["--json", str(Path(args.json).with_suffix(".serve.json"))]
        if subprocess.run(serve_argv, check=False).returncode != 0:
            return 2

    if args.check and not all(c.passed for c in checks):
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
