"""Consistency checks: stored queries with a ``severity``, each row a problem.

A check query returns ``?focus`` (the entity at fault) and ``?message`` (what is wrong), and
may return ``?property`` and ``?value`` (the fact at fault), ``?severity`` (overriding the
header's for one row) and any number of ``?claim…`` / ``?source…`` variables naming the claims
and sources behind it. Being stored queries, checks are also run by ``lovely-kg query``.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.findings import Finding
from kg.library import QueryLibrary, StoredQuery


def check_queries(library: QueryLibrary | None = None) -> list[StoredQuery]:
    """The stored queries that are consistency checks."""
    return [q for q in (library or QueryLibrary()).all() if q.severity]


def _text(term: ox.Term | None) -> str | None:
    if term is None:
        return None
    return term.value if isinstance(term, ox.NamedNode | ox.Literal) else str(term)


def run_check(store: ox.Store, query: StoredQuery) -> list[Finding]:
    """The findings of one check query over a store whose default graph is the merged view."""
    solutions = store.query(query.text)
    names = [v.value for v in solutions.variables]
    claim_vars = [n for n in names if n.startswith("claim")]
    source_vars = [n for n in names if n.startswith("source")]
    grouped: dict[tuple, tuple[set[str], set[str]]] = {}
    for row in solutions:
        focus = _text(row["focus"])
        if focus is None:
            continue
        key = (_text(row["severity"]) if "severity" in names else None) or query.severity, \
            focus, _text(row["property"]) if "property" in names else None, \
            _text(row["value"]) if "value" in names else None, \
            _text(row["message"]) or query.title
        claims, sources = grouped.setdefault(key, (set(), set()))
        claims.update(c for c in (_text(row[v]) for v in claim_vars) if c)
        sources.update(s for s in (_text(row[v]) for v in source_vars) if s)
    return [Finding(severity=severity, check=query.name, focus=focus, path=path, value=value,
                    message=message, claims=tuple(sorted(claims)),
                    sources=tuple(sorted(sources)))
            for (severity, focus, path, value, message), (claims, sources) in grouped.items()]


def run_checks(store: ox.Store, library: QueryLibrary | None = None) -> list[Finding]:
    """The findings of every check of the library."""
    return [f for q in check_queries(library) for f in run_check(store, q)]
