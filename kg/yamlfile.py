"""YAML reading that remembers line numbers, so errors can point into the file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import yaml

from kg.errors import SourceError

try:  # libyaml is several times faster when PyYAML was built with it
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader


class Mapping(dict):
    """A YAML mapping: a dict that also knows its own line and each key's line."""

    line: int
    key_lines: dict[str, int]


class Sequence(list):
    """A YAML sequence: a list that also knows its own line and each item's line."""

    line: int
    item_lines: list[int]


def line_of(value: Any, default: int | None = None) -> int | None:
    """The line a mapping or sequence starts on, else ``default``."""
    return getattr(value, "line", default)


def as_date(value: Any, path: Path, line: int | None, what: str = "") -> dt.date:
    """A YAML date value (or ISO text) as a date, or a :class:`SourceError` at ``line``."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        prefix = f"{what} " if what else ""
        raise SourceError(path, line,
                          f"{prefix}'{value}' is not a valid date (YYYY-MM-DD).") from None


def read_text(path: Path) -> str:
    """Read a UTF-8 text file, turning decoding and I/O failures into :class:`SourceError`."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(path, None, f"cannot be read: {exc.strerror or exc}.") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SourceError(
            path, line, f"is not valid UTF-8 (byte {exc.start}); save the file as UTF-8."
        ) from None


def load(path: Path) -> Any:
    """Parse one YAML document, keeping line numbers on mappings and sequences."""
    text = read_text(path)
    loader = _Loader(text)
    try:
        try:
            node = loader.get_single_node()
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line = mark.line + 1 if mark else None
            problem = exc.problem or exc.context or "syntax error"
            raise SourceError(path, line, f"is not valid YAML: {problem}.") from None
        if node is None:
            return None
        return _convert(node, loader, path)
    finally:
        loader.dispose()


def _convert(node: yaml.Node, loader: Any, path: Path) -> Any:
    if isinstance(node, yaml.MappingNode):
        out = Mapping()
        out.line = node.start_mark.line + 1
        out.key_lines = {}
        for key_node, value_node in node.value:
            key = _convert(key_node, loader, path)
            if not isinstance(key, str | int):
                raise SourceError(path, key_node.start_mark.line + 1, "a key must be plain text.")
            if key in out:
                raise SourceError(
                    path, key_node.start_mark.line + 1, f"the key {key!r} is given twice."
                )
            out[key] = _convert(value_node, loader, path)
            out.key_lines[key] = value_node.start_mark.line + 1
        return out
    if isinstance(node, yaml.SequenceNode):
        seq = Sequence(_convert(item, loader, path) for item in node.value)
        seq.line = node.start_mark.line + 1
        seq.item_lines = [item.start_mark.line + 1 for item in node.value]
        return seq
    try:
        return loader.construct_object(node, deep=True)
    except yaml.YAMLError as exc:
        raise SourceError(path, node.start_mark.line + 1,
                          f"cannot read this value: {exc}.") from None
