"""Binding query parameters with a VALUES block built from RDF terms.

pyoxigraph's substitutions only reach projected variables, rdflib has initBindings, and a remote
SPARQL endpoint has neither; an inline ``VALUES`` block at the start of the query's top-level
group works the same on all of them and is visible to every FILTER and BIND of that group.
The block is made of serialised RDF terms (IRIs checked, literals escaped), never of raw text
given by the user.

Federated queries get two more things. A variable naming a SERVICE endpoint (``SERVICE ?x``)
cannot be bound by VALUES (engines need the endpoint before they evaluate anything), so its IRI
term is written in its place. And engines send a SERVICE block to the endpoint as written,
without the bindings of the rest of the query, so a VALUES block can be put at the start of
every SERVICE group to keep the remote request selective (``service_values``).
"""

from __future__ import annotations

# typing.TYPE_CHECKING without importing typing, which costs as much as the rest of a query.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

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
    for start, end in _tokens(query):
        if query[start] == "{":
            return end
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


def _name_end(query: str, i: int) -> int:
    """End of the run of keyword or prefixed-name characters starting at ``i``."""
    j, n = i, len(query)
    while j < n and (query[j].isalnum() or query[j] in "_-:.%"):
        j += 1
    # A name never ends with '.': there it is the end of a triple pattern.
    while j > i + 1 and query[j - 1] == ".":
        j -= 1
    return j


def _tokens(query: str) -> Iterator[tuple[int, int]]:
    """Spans of the words, variables, IRIs and braces of a query, in order.

    Comments, string literals and language tags are skipped, so nothing inside them is ever
    taken for a keyword, a variable or a brace.
    """
    i, n = 0, len(query)
    while i < n:
        c = query[i]
        if c == "#":
            end = query.find("\n", i)
            i = n if end < 0 else end + 1
        elif c in "\"'":
            i = _skip_string(query, i)
        elif c == "<":
            end = _iri_end(query, i)
            if end is not None:
                yield i, end
            i = end or i + 1
        elif c in "{}":
            yield i, i + 1
            i += 1
        elif c in "?$":
            j = i + 1
            while j < n and (query[j].isalnum() or query[j] == "_"):
                j += 1
            if j > i + 1:
                yield i, j
            i = j
        elif c == "@":
            j = i + 1
            while j < n and (query[j].isalnum() or query[j] == "-"):
                j += 1
            i = j
        elif c.isalnum() or c in "_:":
            j = _name_end(query, i)
            yield i, j
            i = j
        else:
            i += 1


# The keywords that can start a query or an update, after the prologue (BASE, PREFIX).
_FORMS = frozenset({"SELECT", "ASK", "CONSTRUCT", "DESCRIBE", "INSERT", "DELETE", "WITH", "LOAD",
                    "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"})


def query_form(query: str) -> str | None:
    """``SELECT``, ``ASK``, ``CONSTRUCT``, ``DESCRIBE`` (or an update keyword), upper case.

    The first such keyword after the prologue, comments and strings aside; None when there is
    none (the engine then reports the syntax error). A remote endpoint is asked for a result
    format that depends on it.
    """
    for start, end in _tokens(query):
        word = query[start:end].upper()
        if word in _FORMS:
            return word
    return None


class Service:
    """Where a ``SERVICE`` pattern sits in a query's text."""

    __slots__ = ("body_end", "body_start", "name_end", "name_start")

    def __init__(self, name_start: int, name_end: int, body_start: int, body_end: int) -> None:
        self.name_start = name_start
        self.name_end = name_end
        self.body_start = body_start  # just after the '{' opening the SERVICE group
        self.body_end = body_end  # at the '}' closing it (the text's length if never closed)

    def name(self, query: str) -> str:
        """The endpoint as written: ``<iri>``, ``prefix:name``, ``?var`` or ``$var``."""
        return query[self.name_start:self.name_end]

    def variable(self, query: str) -> str | None:
        """The variable naming the endpoint (without ``?``), or None for an IRI."""
        name = self.name(query)
        return name[1:] if name[:1] in "?$" else None


def find_services(query: str) -> list[Service]:
    """Every ``SERVICE [SILENT] endpoint { … }`` of a query, in order (keywords in any case)."""
    # Cheap test first: this runs for every stored query and almost none are federated.
    if "SERVICE" not in query.upper():
        return []
    tokens = list(_tokens(query))
    found: list[Service] = []
    for at, (start, end) in enumerate(tokens):
        if query[start:end].upper() != "SERVICE":
            continue
        k = at + 1
        if k < len(tokens) and query[slice(*tokens[k])].upper() == "SILENT":
            k += 1
        if k + 1 >= len(tokens) or query[slice(*tokens[k + 1])] != "{":
            continue  # not a SERVICE pattern; the engine reports the syntax error
        name_start, name_end = tokens[k]
        depth, close = 0, len(query)
        for s, e in tokens[k + 1:]:
            if query[s:e] == "{":
                depth += 1
            elif query[s:e] == "}":
                depth -= 1
                if depth == 0:
                    close = s
                    break
        found.append(Service(name_start, name_end, tokens[k + 1][1], close))
    return found


def variables_in(query: str, start: int = 0, end: int | None = None) -> set[str]:
    """Names of the variables used between ``start`` and ``end`` (comments and strings aside)."""
    end = len(query) if end is None else end
    return {query[s + 1:e] for s, e in _tokens(query)
            if start <= s and e <= end and query[s] in "?$"}


def _term_text(term: object, iri_only: bool) -> str:
    import pyoxigraph as ox  # already loaded by every caller; local to keep this module light

    allowed = (ox.NamedNode,) if iri_only else (ox.NamedNode, ox.Literal)
    if not isinstance(term, allowed):
        raise ValueError(f"not an {'IRI' if iri_only else 'IRI or literal'}: {term!r}")
    return str(term)


def service_values_block(name: str, terms: Iterable[ox.NamedNode | ox.Literal]) -> str:
    """``VALUES ?name { t1 t2 … }``; no terms gives a block with no rows, which matches nothing."""
    if not is_variable_name(name):
        raise ValueError(f"not a variable name: {name!r}")
    listed = "".join(f"{_term_text(t, iri_only=False)} " for t in terms)
    return f" VALUES ?{name} {{ {listed}}} "


def bind(query: str, bindings: Mapping[str, ox.NamedNode | ox.Literal],
         service_values: Mapping[str, Iterable[ox.NamedNode | ox.Literal]] | None = None
         ) -> str:
    """The query with ``bindings`` inlined, and ``service_values`` in every SERVICE group.

    A bound variable used as a SERVICE endpoint is replaced there by its IRI (anything else
    raises ``ValueError``); it also goes into the top-level VALUES block only when the query
    uses it elsewhere. ``service_values`` maps a variable to the terms it may take inside each
    SERVICE group; asking for it in a query without SERVICE raises ``ValueError``.
    """
    services = find_services(query) if bindings or service_values else []
    if service_values and not services:
        raise ValueError("the query has no SERVICE block to put the values in")
    edits: list[tuple[int, int, str]] = []
    endpoint_names: set[str] = set()
    for service in services:
        name = service.variable(query)
        if name is not None and name in bindings:
            term = bindings[name]
            try:
                text = _term_text(term, iri_only=True)
            except ValueError:
                raise ValueError(f"?{name} names a SERVICE endpoint, so it must be bound to "
                                 f"an IRI; got {term}") from None
            edits.append((service.name_start, service.name_end, text))
            endpoint_names.add(name)
        if service_values:
            block = "".join(service_values_block(n, terms) for n, terms in service_values.items())
            edits.append((service.body_start, service.body_start, block))
    top = dict(bindings)
    if endpoint_names:
        named_at = {(s.name_start, s.name_end) for s in services}
        elsewhere = {query[s + 1:e] for s, e in _tokens(query)
                     if query[s] in "?$" and (s, e) not in named_at}
        for name in endpoint_names - elsewhere:
            del top[name]
    if top:
        at = group_start(query)
        edits.append((at, at, values_block(top)))
    # From the end backwards, so that the indexes of the edits still to make stay valid.
    for start, end, text in sorted(edits, key=lambda edit: edit[0], reverse=True):
        query = query[:start] + text + query[end:]
    return query
