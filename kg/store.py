"""The on-disk pyoxigraph store, replaced atomically by each build.

Layout of a store location::

    <location>/CURRENT        the name of the live data folder, replaced atomically
    <location>/data-<id>/     a pyoxigraph (RocksDB) store

A build fills a fresh ``data-<id>`` folder and only then points ``CURRENT`` at it, so a failed
build leaves the previous graph untouched and readers never see a half-built one.
"""

from __future__ import annotations

import gc
import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from kg.errors import KgError, StoreNotBuiltError

_POINTER = "CURRENT"
_PREFIX = "data-"


class StoreLocation:
    """A folder that holds the built graph."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path).expanduser()

    def __repr__(self) -> str:
        return f"StoreLocation({str(self.path)!r})"

    def current(self) -> Path | None:
        """The live data folder, or ``None`` when nothing was built here."""
        try:
            name = (self.path / _POINTER).read_text(encoding="utf-8").strip()
        except OSError:
            return None
        data = self.path / name
        if not name.startswith(_PREFIX) or "/" in name or not data.is_dir():
            return None
        return data

    def is_built(self) -> bool:
        """Whether a build has completed here."""
        return self.current() is not None

    def open(self) -> ox.Store:
        """Open the live store read-only."""
        data = self.current()
        if data is None:
            raise StoreNotBuiltError(
                f"No graph has been built at {self.path}. Run 'lovely-kg build' first, or point "
                "to a built store with --store or the LOVELY_KG_STORE environment variable."
            )
        try:
            return ox.Store.read_only(str(data))
        except OSError as exc:
            raise KgError(f"The store at {data} cannot be opened: {exc}") from None

    def replace(self, quads: Iterable[ox.Quad]) -> Path:
        """Write ``quads`` into a new data folder and make it the live one.

        Any failure before the switch removes the new folder and leaves the old graph live.
        """
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise KgError(f"The store folder {self.path} cannot be created: {exc}") from None
        name = f"{_PREFIX}{time.time_ns():x}-{os.getpid()}"
        data = self.path / name
        try:
            store = ox.Store(str(data))
            store.bulk_extend(quads)
            store.flush()
            del store
            gc.collect()  # pyoxigraph closes RocksDB when the Store is collected
            pointer_tmp = self.path / f"{_POINTER}.{os.getpid()}.tmp"
            pointer_tmp.write_text(name + "\n", encoding="utf-8")
            os.replace(pointer_tmp, self.path / _POINTER)
        except BaseException as exc:
            shutil.rmtree(data, ignore_errors=True)
            if isinstance(exc, OSError):
                raise KgError(f"The store at {self.path} could not be written: {exc}") from None
            raise
        self._remove_stale(keep=name)
        return data

    def _remove_stale(self, keep: str) -> None:
        for child in self.path.iterdir():
            if child.name.startswith(_PREFIX) and child.name != keep and child.is_dir():
                shutil.rmtree(child, ignore_errors=True)
