"""Where the project's data files live, installed or in a checkout.

A wheel carries ``ontology/``, ``queries/``, ``sources/`` and ``eval/`` inside the ``kg``
package; a source checkout keeps them at the repository root. Both layouts resolve to the same
names here so that the rest of the code never guesses. Paths are plain strings: this module is on
the path of every query, and ``pathlib`` alone would double the start-up time of the command.
"""

from __future__ import annotations

import os

_PACKAGE_DIR = os.path.dirname(os.path.abspath(__file__))


def _data_dir(name: str) -> str:
    packaged = os.path.join(_PACKAGE_DIR, name)
    if os.path.isdir(packaged):
        return packaged
    return os.path.join(os.path.dirname(_PACKAGE_DIR), name)


def ontology_dir() -> str:
    """The folder holding the ontology (``lovely-runner.ttl``)."""
    return _data_dir("ontology")


def eval_dir() -> str:
    """The evaluation corpus of the extractor (``dev/`` and ``heldout/`` sources folders)."""
    return _data_dir("eval")


def ontology_file() -> str:
    """The ontology's Turtle file."""
    return os.path.join(ontology_dir(), "lovely-runner.ttl")


def shapes_file() -> str:
    """The SHACL shapes' Turtle file."""
    return os.path.join(ontology_dir(), "shapes.ttl")


def queries_dir() -> str:
    """The folder of the stored SPARQL query library."""
    return _data_dir("queries")


def shipped_sources_dir() -> str:
    """The articles, annotations and registry shipped with the project (never written to)."""
    return _data_dir("sources")


def default_sources_dir() -> str:
    """The sources folder: ``$LOVELY_KG_SOURCES`` or the articles shipped with the project."""
    return os.environ.get("LOVELY_KG_SOURCES") or shipped_sources_dir()


def default_store_dir() -> str:
    """The store location: ``$LOVELY_KG_STORE``, else ``$XDG_DATA_HOME/lovely-runner-kg/store``.

    ``XDG_DATA_HOME`` defaults to ``~/.local/share``.
    """
    env = os.environ.get("LOVELY_KG_STORE")
    if env:
        return env
    base = os.environ.get("XDG_DATA_HOME") or os.path.join(os.path.expanduser("~"), ".local",
                                                          "share")
    return os.path.join(base, "lovely-runner-kg", "store")


def default_cache_dir() -> str:
    """The HTTP cache: ``$LOVELY_KG_CACHE``, else ``$XDG_CACHE_HOME/lovely-runner-kg/http``.

    ``XDG_CACHE_HOME`` defaults to ``~/.cache``.
    """
    env = os.environ.get("LOVELY_KG_CACHE")
    if env:
        return env
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return os.path.join(base, "lovely-runner-kg", "http")
