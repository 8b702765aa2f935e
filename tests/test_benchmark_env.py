"""The benchmark's timed commands run in the environment an installed command has."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _benchmark(monkeypatch):
    spec = importlib.util.spec_from_file_location("benchmark_run", REPO / "benchmarks" / "run.py")
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "benchmark_run", module)  # its dataclasses look it up
    spec.loader.exec_module(module)
    return module


def test_timed_commands_run_from_bytecode_without_the_project_overrides(monkeypatch):
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("LOVELY_KG_STORE", "/elsewhere")
    monkeypatch.setenv("BENCHMARK_CANARY", "kept")
    env = _benchmark(monkeypatch).child_env()
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert "LOVELY_KG_STORE" not in env
    assert env["BENCHMARK_CANARY"] == "kept"
