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
import time

import pyoxigraph as ox

from kg.errors import KgError, StoreNotBuiltError

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Iterable

_POINTER = "CURRENT"
_PREFIX = "data-"


class StoreLocation:
    """A folder that holds the built graph."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        # Plain strings: opening a store is on the path of every query, and pathlib alone
        # costs as much as the query.
        self.path = os.path.expanduser(os.fspath(path))

    def __repr__(self) -> str:
        return f"StoreLocation({str(self.path)!r})"

    def current(self) -> str | None:
        """The live data folder, or ``None`` when nothing was built here."""
        try:
            with open(os.path.join(self.path, _POINTER), encoding="utf-8") as fh:
                name = fh.read().strip()
        except OSError:
            return None
        data = os.path.join(self.path, name)
        if not name.startswith(_PREFIX) or os.sep in name or not os.path.isdir(data):
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
            return ox.Store.read_only(data)
        except OSError as exc:
            raise KgError(f"The store at {data} cannot be opened: {exc}") from None

    def replace(self, quads: Iterable[ox.Quad]) -> str:
        """Write ``quads`` into a new data folder and make it the live one.

        Any failure before the switch removes the new folder and leaves the old graph live.
        """
        import shutil

        try:
            os.makedirs(self.path, exist_ok=True)
        except OSError as exc:
            raise KgError(f"The store folder {self.path} cannot be created: {exc}") from None
        name = f"{_PREFIX}{time.time_ns():x}-{os.getpid()}"
        data = os.path.join(self.path, name)
        try:
            store = ox.Store(data)
            store.bulk_extend(quads)
            store.flush()
            del store
            gc.collect()  # pyoxigraph closes RocksDB when the Store is collected
            pointer_tmp = os.path.join(self.path, f"{_POINTER}.{os.getpid()}.tmp")
            with open(pointer_tmp, "w", encoding="utf-8") as fh:
                fh.write(name + "\n")
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(pointer_tmp, os.path.join(self.path, _POINTER))
        except BaseException as exc:
            shutil.rmtree(data, ignore_errors=True)
            if isinstance(exc, OSError):
                raise KgError(f"The store at {self.path} could not be written: {exc}") from None
            raise
        self._remove_stale(keep=name)
        return data

    def _remove_stale(self, keep: str) -> None:
        import shutil

        for child in os.listdir(self.path):
            full = os.path.join(self.path, child)
            if child.startswith(_PREFIX) and child != keep and os.path.isdir(full):
                shutil.rmtree(full, ignore_errors=True)
