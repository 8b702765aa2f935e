"""The stored query library: ``.rq`` files with a documented header.

Header grammar (comment lines at the top of the file)::

    # title: One line
    # description: One or more lines; a continuation line is indented
    #   under the first.
    # param NAME (TYPE, required): what it is
    # param NAME (TYPE, default VALUE): what it is
    # severity: violation | warning
    # service-values: NAME [NAME ...]

A query with a ``severity`` is a consistency check: ``lovely-kg validate`` runs it and reports
each row it returns (see :mod:`kg.checks`).

A query with ``service-values`` is federated: before it runs, each ``?NAME`` is bound, inside
every ``SERVICE`` block, to all the Wikidata items the graph links to with ``owl:sameAs``, so
that the remote endpoint is asked about those items only (engines send a SERVICE block as
written, without the bindings of the rest of the query). Each NAME must be used in every
SERVICE block of the query. A parameter that names a SERVICE endpoint (``SERVICE ?NAME``) must
be of type iri; its value is written in place of the variable (see :mod:`kg.binding`).

TYPE is one of string, integer, decimal, boolean, date, iri. A parameter is bound to the
variable ``?NAME`` through a VALUES block of RDF terms (:mod:`kg.binding`), never pasted into
the query text.

This module is on the path of every ``lovely-kg query``: it parses with plain string methods
and imports nothing beyond ``os`` and pyoxigraph at load time, so the command starts fast.
"""

from __future__ import annotations

import os

import pyoxigraph as ox

from kg import resources
from kg.binding import NOT_IN_IRI, find_services, is_variable_name, variables_in
from kg.errors import ParameterError, QueryLibraryError, UnknownQueryError
from kg.namespaces import XSD

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Mapping

PARAM_TYPES = ("string", "integer", "decimal", "boolean", "date", "iri")
SEVERITIES = ("violation", "warning")


def _is_integer(text: str) -> bool:
    digits = text[1:] if text[:1] in "+-" else text
    return digits.isascii() and digits.isdigit()


def _is_iri(text: str) -> bool:
    scheme, colon, _ = text.partition(":")
    return (bool(colon) and scheme[:1].isascii() and scheme[:1].isalpha()
            and all(c.isascii() and (c.isalnum() or c in "+.-") for c in scheme)
            and not any(c in NOT_IN_IRI for c in text))


def to_term(kind: str, raw: str, name: str) -> ox.NamedNode | ox.Literal:
    """Convert text to an RDF term of a parameter type, or raise :class:`ParameterError`."""

    def bad(expected: str) -> ParameterError:
        return ParameterError(f"The parameter '{name}' must be {expected}; got {raw!r}.")

    text = raw.strip()
    if kind == "string":
        return ox.Literal(raw)
    if kind == "integer":
        if not _is_integer(text):
            raise bad("a whole number")
        return ox.Literal(str(int(text)), datatype=ox.NamedNode(XSD + "integer"))
    if kind == "decimal":
        from decimal import Decimal, InvalidOperation

        try:
            value = Decimal(text)
        except InvalidOperation:
            raise bad("a number") from None
        if not value.is_finite():
            raise bad("a number")
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "decimal"))
    if kind == "boolean":
        if text.lower() not in ("true", "false"):
            raise bad("true or false")
        return ox.Literal(text.lower(), datatype=ox.NamedNode(XSD + "boolean"))
    if kind == "date":
        import datetime as dt

        try:
            value = dt.date.fromisoformat(text)
        except ValueError:
            raise bad("a date, YYYY-MM-DD") from None
        return ox.Literal(value.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    if kind == "iri":
        if not _is_iri(text):
            raise bad("an absolute IRI")
        return ox.NamedNode(text)
    raise ParameterError(f"Unknown parameter type '{kind}'.")


class Parameter:
    """A declared query parameter."""

    __slots__ = ("default", "description", "name", "required", "type")

    def __init__(self, name: str, type: str, required: bool, default: str | None,
                 description: str) -> None:
        self.name = name
        self.type = type
        self.required = required
        self.default = default
        self.description = description

    def __repr__(self) -> str:
        return (f"Parameter({self.name!r}, {self.type!r}, required={self.required}, "
                f"default={self.default!r})")

    def to_term(self, raw: str) -> ox.NamedNode | ox.Literal:
        """Convert a value given as text into the RDF term the query is bound with."""
        return to_term(self.type, raw, self.name)


class StoredQuery:
    """One query of the library, with its metadata."""

    __slots__ = ("description", "name", "parameters", "path", "service_values", "severity",
                 "text", "title")

    def __init__(self, name: str, path: str, title: str, description: str,
                 parameters: tuple[Parameter, ...], text: str,
                 severity: str | None = None, service_values: tuple[str, ...] = ()) -> None:
        self.severity = severity
        # Variables bound to the graph's Wikidata items inside every SERVICE block.
        self.service_values = service_values
        self.name = name
        self.path = path
        self.title = title
        self.description = description
        self.parameters = parameters
        self.text = text

    def __repr__(self) -> str:
        return f"StoredQuery({self.name!r})"

    def bindings(self, given: Mapping[str, str] | None = None
                 ) -> dict[str, ox.NamedNode | ox.Literal]:
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


def _uses_variable(text: str, name: str) -> bool:
    for sigil in "?$":
        start = 0
        needle = sigil + name
        while (at := text.find(needle, start)) >= 0:
            after = text[at + len(needle): at + len(needle) + 1]
            if not (after.isalnum() or after == "_"):
                return True
            start = at + 1
    return False


def _parse_param(rest: str, text: str, fail) -> Parameter:
    usage = ("a parameter is declared as 'param NAME (TYPE, required): description' or "
             "'param NAME (TYPE, default VALUE): description'.")
    open_at, close_at = rest.find("("), rest.find(")")
    if open_at < 0 or close_at < open_at:
        raise fail(usage)
    name = rest[:open_at].strip()
    kind, comma, spec = rest[open_at + 1:close_at].partition(",")
    kind, spec = kind.strip(), spec.strip()
    after = rest[close_at + 1:].lstrip()
    if not is_variable_name(name) or not comma or not after.startswith(":"):
        raise fail(usage)
    description = after[1:].strip()
    if not description:
        raise fail(usage)
    if kind not in PARAM_TYPES:
        raise fail(f"unknown parameter type '{kind}'; use one of {', '.join(PARAM_TYPES)}.")
    if spec == "required":
        required, default = True, None
    elif spec.startswith("default ") or spec.startswith("default\t"):
        required, default = False, spec[len("default"):].strip()
    else:
        raise fail(usage)
    if not _uses_variable(text, name):
        raise fail(f"the parameter '{name}' is never used as ?{name} in the query.")
    if kind != "iri" and any(s.variable(text) == name for s in find_services(text)):
        raise fail(f"the parameter '{name}' names a SERVICE endpoint (SERVICE ?{name}), so "
                   "its type must be iri.")
    param = Parameter(name, kind, required, default, description)
    if not required:
        try:
            param.to_term(default or "")
        except ParameterError as exc:
            raise fail(f"bad default: {exc}") from None
    return param


def _parse_service_values(value: str, text: str, fail) -> tuple[str, ...]:
    names = value.split()
    if not names:
        raise fail("'service-values' needs one or more variable names, separated by spaces.")
    services = find_services(text)
    if not services:
        raise fail("'service-values' is given but the query has no SERVICE block.")
    inside = [variables_in(text, s.body_start, s.body_end) for s in services]
    for name in names:
        bare = name[1:] if name[:1] in "?$" else name
        if not is_variable_name(bare):
            raise fail(f"'service-values': {name!r} is not a variable name.")
        if bare != name:
            raise fail(f"'service-values': write the variable without its sigil: {bare}.")
        if names.count(name) > 1:
            raise fail(f"'service-values': the variable '{name}' is given twice.")
        if not _uses_variable(text, name):
            raise fail(f"'service-values': ?{name} is never used in the query.")
        # Values for a variable that a SERVICE block does not use would multiply its rows.
        if not all(name in used for used in inside):
            raise fail(f"'service-values': ?{name} is not used inside every SERVICE block.")
    return tuple(names)


def parse_stored_query(path: str | os.PathLike[str], text: str | None = None) -> StoredQuery:
    """Read a ``.rq`` file and validate its header, naming the file and line of any problem."""
    path = os.fspath(path)
    if text is None:
        try:
            with open(path, encoding="utf-8") as fh:
                text = fh.read()
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryLibraryError(f"{path}: cannot be read: {exc}") from None
    fields: dict[str, str] = {}
    params: list[Parameter] = []
    service_values: tuple[str, ...] | None = None
    last: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.startswith("#"):
            break

        def fail(msg: str, number: int = number) -> QueryLibraryError:
            return QueryLibraryError(f"{path}, line {number}: {msg}")

        body = line[1:]
        stripped = body.strip()
        if not stripped:
            last = None
            continue
        if body.startswith("  ") and last is not None:
            fields[last] = f"{fields[last]} {stripped}"
            continue
        word = stripped.split(None, 1)[0]
        if word == "param":
            param = _parse_param(stripped[len("param"):].strip(), text, fail)
            if any(p.name == param.name for p in params):
                raise fail(f"the parameter '{param.name}' is declared twice.")
            params.append(param)
            last = None
            continue
        key, colon, value = stripped.partition(":")
        if colon and key == "service-values":
            if service_values is not None:
                raise fail("'service-values' is given twice.")
            service_values = _parse_service_values(value, text, fail)
            last = None
            continue
        if colon and key in ("title", "description", "severity"):
            if key in fields:
                raise fail(f"'{key}' is given twice.")
            fields[key] = value.strip()
            last = key
            continue
        # Other comments (a licence line, a note) may follow the fields.
        last = None
    for required in ("title", "description"):
        if not fields.get(required):
            raise QueryLibraryError(f"{path}: the header comment has no '{required}:' line; "
                                    "every stored query starts with '# title: …' and "
                                    "'# description: …'.")
    severity = fields.get("severity")
    if severity is not None and severity not in SEVERITIES:
        raise QueryLibraryError(f"{path}: the severity '{severity}' is not one of "
                                f"{', '.join(SEVERITIES)}.")
    name = os.path.splitext(os.path.basename(path))[0]
    return StoredQuery(name=name, path=path, title=fields["title"],
                       description=fields["description"], parameters=tuple(params), text=text,
                       severity=severity, service_values=service_values or ())


class QueryLibrary:
    """The stored queries of a folder, read lazily by name."""

    def __init__(self, directory: str | os.PathLike[str] | None = None) -> None:
        self.directory = os.fspath(directory) if directory is not None \
            else resources.queries_dir()

    def names(self) -> list[str]:
        """The names of every stored query, sorted."""
        try:
            files = os.listdir(self.directory)
        except OSError as exc:
            raise QueryLibraryError(f"{self.directory}: cannot list the queries: {exc}") from None
        return sorted(f[:-3] for f in files if f.endswith(".rq"))

    def get(self, name: str) -> StoredQuery:
        """The stored query ``name``; an unknown name suggests the closest ones."""
        path = os.path.join(self.directory, f"{name}.rq")
        if "/" in name or "\\" in name or not os.path.isfile(path):
            import difflib

            close = difflib.get_close_matches(name, self.names(), n=3, cutoff=0.5)
            hint = (f" Did you mean {' or '.join(repr(c) for c in close)}?" if close
                    else " 'lovely-kg query --list' shows them all.")
            raise UnknownQueryError(f"There is no stored query named '{name}'.{hint}")
        return parse_stored_query(path)

    def all(self) -> list[StoredQuery]:
        """Every stored query, parsed and validated."""
        return [self.get(n) for n in self.names()]
