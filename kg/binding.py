"""Binding query parameters with a VALUES block built from RDF terms.

pyoxigraph's substitutions only reach projected variables, rdflib has initBindings, and a remote
SPARQL endpoint has neither; an inline ``VALUES`` block at the start of the query's top-level
group works the same on all of them and is visible to every FILTER and BIND of that group.
The block is made of serialised RDF terms (IRIs checked, literals escaped), never of raw text
given by the user.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

import pyoxigraph as ox

_IRIREF = re.compile(r"<[^<>\"{}|^`\\\x00-\x20]*>")
_VAR = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def group_start(query: str) -> int:
    """Index just after the ``{`` that opens the query's top-level WHERE group.

    Comments, string literals and IRIs are skipped, so braces inside them do not count.
    Raises ``ValueError`` when the query has no group.
    """
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
        elif c == "<":
            m = _IRIREF.match(query, i)
            i = m.end() if m else i + 1
        elif c in "\"'":
            i = _skip_string(query, i)
        elif c == "{":
            return i + 1
        else:
            i += 1
    raise ValueError("the query has no '{' opening its WHERE clause")


def _skip_string(query: str, i: int) -> int:
    quote = query[i]
    long_quote = query.startswith(quote * 3, i)
    delim = quote * 3 if long_quote else quote
    j = i + len(delim)
    while j < len(query):
        if query[j] == "\\":
            j += 2
            continue
        if query.startswith(delim, j):
            return j + len(delim)
        j += 1
    return len(query)


def values_block(bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``VALUES (?a ?b) { (t1 t2) }`` for the given variable bindings."""
    names = list(bindings)
    for name in names:
        if not _VAR.match(name):
            raise ValueError(f"not a variable name: {name!r}")
    variables = " ".join(f"?{n}" for n in names)
    terms = " ".join(str(bindings[n]) for n in names)
    return f" VALUES ({variables}) {{ ({terms}) }} "


def bind(query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """The query with ``bindings`` inlined as a VALUES block in its top-level group."""
    if not bindings:
        return query
    at = group_start(query)
    return query[:at] + values_block(bindings) + query[at:]
