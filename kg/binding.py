"""Binding query parameters with a VALUES block built from RDF terms.

pyoxigraph's substitutions only reach projected variables, rdflib has initBindings, and a remote
SPARQL endpoint has neither; an inline ``VALUES`` block at the start of the query's top-level
group works the same on all of them and is visible to every FILTER and BIND of that group.
The block is made of serialised RDF terms (IRIs checked, literals escaped), never of raw text
given by the user.
"""

from __future__ import annotations

# typing.TYPE_CHECKING without importing typing, which costs as much as the rest of a query.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping

    import pyoxigraph as ox

# Characters that cannot occur inside a SPARQL IRIREF (grammar rule [139]).
NOT_IN_IRI = frozenset('<>"{}|^`\\' + "".join(chr(c) for c in range(0x21)))


def _iri_end(query: str, i: int) -> int | None:
    """End of the IRIREF starting at ``query[i] == '<'``, or None when it is an operator."""
    j = i + 1
    while j < len(query):
        c = query[j]
        if c == ">":
            return j + 1
        if c in NOT_IN_IRI:
            return None
        j += 1
    return None


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
            i = _iri_end(query, i) or i + 1
        elif c in "\"'":
            i = _skip_string(query, i)
        elif c == "{":
            return i + 1
        else:
            i += 1
    raise ValueError("the query has no '{' opening its WHERE clause")


def _skip_string(query: str, i: int) -> int:
    quote = query[i]
    delim = quote * 3 if query.startswith(quote * 3, i) else quote
    j = i + len(delim)
    while j < len(query):
        if query[j] == "\\":
            j += 2
            continue
        if query.startswith(delim, j):
            return j + len(delim)
        j += 1
    return len(query)


def is_variable_name(name: str) -> bool:
    """Whether ``name`` can follow ``?`` as a SPARQL variable (ASCII subset)."""
    return name.isascii() and name.isidentifier()


def values_block(bindings: Mapping[str, ox.NamedNode | ox.Literal]) -> str:
    """``VALUES (?a ?b) { (t1 t2) }`` for the given variable bindings."""
    names = list(bindings)
    for name in names:
        if not is_variable_name(name):
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
