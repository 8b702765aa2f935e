"""The stored query library: ``.rq`` files with a documented header.

Header grammar (comment lines at the top of the file)::

    # title: One line
    # description: One or more lines; a continuation line is indented
    #   under the first.
    # param NAME (TYPE, required): what it is
    # param NAME (TYPE, default VALUE): what it is

TYPE is one of string, integer, decimal, boolean, date, iri. A parameter is bound to the
variable ``?NAME`` through the engine (never pasted into the query text).
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path

import pyoxigraph as ox

from kg import resources
from kg.errors import ParameterError, QueryLibraryError, UnknownQueryError
from kg.namespaces import XSD

PARAM_TYPES = ("string", "integer", "decimal", "boolean", "date", "iri")
_FIELD = re.compile(r"^#\s?(title|description|param)\b\s*(.*)$")
_PARAM = re.compile(
    r"^(?P<name>[A-Za-z_][A-Za-z0-9_]*)\s*\(\s*(?P<type>[a-z]+)\s*,\s*"
    r"(?:(?P<required>required)|default\s+(?P<default>[^)]*?))\s*\)\s*:\s*(?P<desc>\S.*)$"
)
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s<>\"{}|\\^`]*$")


@dataclass(frozen=True)
class Parameter:
    """A declared query parameter."""

    name: str
    type: str
    required: bool
    default: str | None
    description: str

    def to_term(self, raw: str) -> ox.NamedNode | ox.Literal:
        """Convert a value given as text into the RDF term the query is bound with."""
        return to_term(self.type, raw, self.name)


def to_term(kind: str, raw: str, name: str) -> ox.NamedNode | ox.Literal:
    """Convert text to an RDF term of a parameter type, or raise :class:`ParameterError`."""
    def bad(expected: str) -> str:
        return f"The parameter '{name}' must be {expected}; got {raw!r}."

    if kind == "string":
        return ox.Literal(raw)
    if kind == "integer":
        if not re.fullmatch(r"[+-]?\d+", raw.strip()):
            raise ParameterError(bad("a whole number"))
        return ox.Literal(str(int(raw)), datatype=ox.NamedNode(XSD + "integer"))
    if kind == "decimal":
        try:
            value = Decimal(raw.strip())
        except InvalidOperation:
            raise ParameterError(bad("a number")) from None
        if not value.is_finite():
            raise ParameterError(bad("a number"))
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "decimal"))
    if kind == "boolean":
        if raw.strip().lower() not in ("true", "false"):
            raise ParameterError(bad("true or false"))
        return ox.Literal(raw.strip().lower(), datatype=ox.NamedNode(XSD + "boolean"))
    if kind == "date":
        try:
            value = dt.date.fromisoformat(raw.strip())
        except ValueError:
            raise ParameterError(bad("a date, YYYY-MM-DD")) from None
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if kind == "iri":
        if not _IRI.match(raw.strip()):
            raise ParameterError(bad("an absolute IRI"))
        return ox.NamedNode(raw.strip())
    raise ParameterError(f"Unknown parameter type '{kind}'.")


@dataclass(frozen=True)
class StoredQuery:
    """One query of the library, with its metadata."""

    name: str
    path: Path
    title: str
    description: str
    parameters: tuple[Parameter, ...]
    text: str

    def bindings(self, given: dict[str, str] | None = None) -> dict[str, ox.NamedNode | ox.Literal]:
        """The terms to bind, from parameter values given as text, with defaults applied.

        Raises :class:`ParameterError` for an unknown or missing parameter or a bad value.
        """
        given = dict(given or {})
        declared = {p.name: p for p in self.parameters}
        unknown = sorted(set(given) - set(declared))
        if unknown:
            accepted = ", ".join(declared) or "none"
            raise ParameterError(f"The query '{self.name}' has no parameter "
                                 f"{', '.join(repr(u) for u in unknown)}; its parameters: "
                                 f"{accepted}.")
        out: dict[str, ox.NamedNode | ox.Literal] = {}
        for p in self.parameters:
            if p.name in given:
                out[p.name] = p.to_term(given[p.name])
            elif p.required:
                raise ParameterError(f"The query '{self.name}' needs the parameter '{p.name}' "
                                     f"({p.type}): {p.description} Give it with "
                                     f"--param {p.name}=VALUE.")
            else:
                out[p.name] = p.to_term(p.default or "")
        return out


def parse_stored_query(path: Path, text: str | None = None) -> StoredQuery:
    """Read a ``.rq`` file and validate its header, naming the file and line of any problem."""
    if text is None:
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryLibraryError(f"{path}: cannot be read: {exc}") from None
    fields: dict[str, str] = {}
    params: list[Parameter] = []
    last: str | None = None
    lines = text.splitlines()
    for number, line in enumerate(lines, 1):
        if not line.startswith("#"):
            break
        def fail(msg: str, number: int = number) -> QueryLibraryError:
            return QueryLibraryError(f"{path}, line {number}: {msg}")
        body = line[1:]
        if body.strip() == "":
            last = None
            continue
        match = _FIELD.match(line)
        if match and (match.group(2).startswith(":") or match.group(1) == "param"):
            key, rest = match.group(1), match.group(2)
            if key == "param":
                rest = rest.lstrip()
                m = _PARAM.match(rest)
                if not m:
                    raise fail("a parameter is declared as 'param NAME (TYPE, required): "
                               "description' or 'param NAME (TYPE, default VALUE): description'.")
                if m["type"] not in PARAM_TYPES:
                    raise fail(f"unknown parameter type '{m['type']}'; use one of "
                               f"{', '.join(PARAM_TYPES)}.")
                if any(p.name == m["name"] for p in params):
                    raise fail(f"the parameter '{m['name']}' is declared twice.")
                if not re.search(r"[?$]" + re.escape(m["name"]) + r"\b", text):
                    raise fail(f"the parameter '{m['name']}' is never used as ?{m['name']} in "
                               "the query.")
                param = Parameter(m["name"], m["type"], bool(m["required"]), m["default"],
                                  m["desc"].strip())
                if not param.required:
                    try:
                        param.to_term(param.default or "")
                    except ParameterError as exc:
                        raise fail(f"bad default: {exc}") from None
                params.append(param)
                last = None
                continue
            if key in fields:
                raise fail(f"'{key}' is given twice.")
            fields[key] = rest[1:].strip()
            last = key
            continue
        if body.startswith("  ") and last is not None:
            fields[last] = f"{fields[last]} {body.strip()}".strip()
            continue
        # Other comments (a licence line, a note) are allowed once the fields are given.
        last = None
    for required in ("title", "description"):
        if not fields.get(required):
            raise QueryLibraryError(f"{path}: the header comment has no '{required}:' line; "
                                    "every stored query starts with '# title: …' and "
                                    "'# description: …'.")
    return StoredQuery(name=path.stem, path=path, title=fields["title"],
                       description=fields["description"], parameters=tuple(params), text=text)


class QueryLibrary:
    """The stored queries of a folder, read lazily by name."""

    def __init__(self, directory: str | Path | None = None) -> None:
        self.directory = Path(directory) if directory is not None else resources.queries_dir()

    def names(self) -> list[str]:
        """The names of every stored query, sorted."""
        return sorted(p.stem for p in self.directory.glob("*.rq"))

    def get(self, name: str) -> StoredQuery:
        """The stored query ``name``; an unknown name suggests the closest ones."""
        path = self.directory / f"{name}.rq"
        if "/" in name or "\\" in name or not path.is_file():
            names = self.names()
            close = difflib.get_close_matches(name, names, n=3, cutoff=0.5)
            hint = (f" Did you mean {' or '.join(repr(c) for c in close)}?" if close
                    else " 'lovely-kg query --list' shows them all.")
            raise UnknownQueryError(f"There is no stored query named '{name}'.{hint}")
        return parse_stored_query(path)

    def all(self) -> list[StoredQuery]:
        """Every stored query, parsed and validated."""
        return [self.get(n) for n in self.names()]
