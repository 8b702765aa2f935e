"""Where the project's data files live, installed or in a checkout.

A wheel carries ``ontology/``, ``queries/`` and ``sources/`` inside the ``kg`` package; a source
checkout keeps them at the repository root. Both layouts resolve to the same names here so that
the rest of the code never guesses.
"""

from __future__ import annotations

import os
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _data_dir(name: str) -> Path:
    packaged = _PACKAGE_DIR / name
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / name


def ontology_dir() -> Path:
    """The folder holding the ontology (``lovely-runner.ttl``)."""
    return _data_dir("ontology")


def ontology_file() -> Path:
    """The ontology's Turtle file."""
    return ontology_dir() / "lovely-runner.ttl"


def queries_dir() -> Path:
    """The folder of the stored SPARQL query library."""
    return _data_dir("queries")


def default_sources_dir() -> Path:
    """The sources folder: ``$LOVELY_KG_SOURCES`` or the articles shipped with the project."""
    env = os.environ.get("LOVELY_KG_SOURCES")
    return Path(env) if env else _data_dir("sources")


def default_store_dir() -> Path:
    """The store location: ``$LOVELY_KG_STORE``, else ``$XDG_DATA_HOME/lovely-runner-kg/store``.

    ``XDG_DATA_HOME`` defaults to ``~/.local/share``.
    """
    env = os.environ.get("LOVELY_KG_STORE")
    if env:
        return Path(env)
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(Path.home(), ".local", "share")
    return Path(base) / "lovely-runner-kg" / "store"
