"""Shared fixtures: a real store built once per session, copies of the sources to break."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

# The suite must not read or write a user's own store or sources.
for _var in ("LOVELY_KG_STORE", "LOVELY_KG_SOURCES"):
    os.environ.pop(_var, None)

from oxigraph_server import OxigraphServer  # noqa: E402
from wikidata_fixture import FIXTURE, build_linked_store  # noqa: E402

import kg  # noqa: E402
from kg import resources  # noqa: E402
from kg.graph import KnowledgeGraph  # noqa: E402


def norm(name: str | None) -> str:
    """Names compared the way QUESTIONS.md allows: case, spaces and hyphens ignored."""
    return re.sub(r"[\s\-]", "", (name or "").casefold())


@pytest.fixture(scope="session")
def store_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from the shipped sources."""
    path = tmp_path_factory.mktemp("store")
    kg.build(store=path)
    return path


@pytest.fixture(scope="session")
def graph(store_dir: Path) -> KnowledgeGraph:
    """The built graph, opened read-only."""
    return kg.open_graph(store_dir)


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    """A writable copy of the shipped sources folder."""
    dst = tmp_path / "sources"
    shutil.copytree(resources.default_sources_dir(), dst)
    return dst


def _command() -> list[str]:
    script = Path(sys.executable).parent / "lovely-kg"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kg"]


@pytest.fixture
def cli(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run the real ``lovely-kg`` command from an unrelated working directory."""
    workdir = tmp_path / "elsewhere"
    workdir.mkdir()
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "xdg"))

    def run(*args: str, input: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([*_command(), *args], capture_output=True, text=True,
                              cwd=workdir, env=env, input=input, timeout=120)

    return run


@pytest.fixture(scope="session")
def linked_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store built from sources whose wikidata.yaml links to the invented items of the
    Wikidata-shaped test data (see wikidata_fixture.py)."""
    return build_linked_store(tmp_path_factory.mktemp("linked-sources"),
                              tmp_path_factory.mktemp("linked-store"))


@pytest.fixture(scope="session")
def wikidata() -> Iterator[OxigraphServer]:
    """A real Oxigraph server on 127.0.0.1 standing in for Wikidata's SPARQL endpoint."""
    with OxigraphServer() as server:
        server.load_turtle(FIXTURE)
        yield server
