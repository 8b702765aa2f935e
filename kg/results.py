"""Query results and their serialisations.

``json``, ``csv`` and ``tsv`` follow the W3C SPARQL 1.1 Query Results formats; ``table`` is for
people: aligned columns, labels instead of IRIs where the graph has one.
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.namespaces import XSD, compact

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    Term = ox.NamedNode | ox.BlankNode | ox.Literal

FORMATS = ("table", "json", "xml", "csv", "tsv")
_XSD_STRING = XSD + "string"
_TABLE_CELL_MAX = 80

# JSON string escapes (RFC 8259): the json module is not imported on the query path because it
# brings the regular-expression engine with it, as costly as the query itself.
_JSON_ESCAPES = {ord('"'): '\\"', ord("\\"): "\\\\", ord("\n"): "\\n", ord("\r"): "\\r",
                 ord("\t"): "\\t", ord("\b"): "\\b", ord("\f"): "\\f"}
_JSON_ESCAPES.update({c: f"\\u{c:04x}" for c in range(0x20) if c not in _JSON_ESCAPES})


def json_string(text: str) -> str:
    """``text`` as a JSON string literal."""
    return '"' + text.translate(_JSON_ESCAPES) + '"'


class Result:
    """The answer to a query: rows of a SELECT, a boolean of an ASK, or triples of a CONSTRUCT."""

    __slots__ = ("boolean", "kind", "rows", "triples", "variables")

    def __init__(self, kind: str, variables: list[str] | None = None,
                 rows: list[tuple[Term | None, ...]] | None = None, boolean: bool | None = None,
                 triples: list[ox.Triple] | None = None) -> None:
        self.kind = kind  # "select", "ask" or "graph"
        self.variables = variables or []
        self.rows = rows or []
        self.boolean = boolean
        self.triples = triples or []

    def __repr__(self) -> str:
        return f"Result({self.kind!r}, {len(self.rows)} rows)"

    @classmethod
    def from_pyoxigraph(cls, answer: object) -> Result:
        """Materialise what ``pyoxigraph.Store.query`` returned."""
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [tuple(solution) for solution in answer]  # in projection order
            return cls("select", variables, rows)
        if isinstance(answer, ox.QueryBoolean):
            return cls("ask", boolean=bool(answer))
        return cls("graph", triples=list(answer))

    def dicts(self) -> list[dict[str, Term]]:
        """The rows as dicts, unbound variables left out."""
        return [{v: t for v, t in zip(self.variables, row, strict=True) if t is not None}
                for row in self.rows]

    def values(self, variable: str) -> list[str | None]:
        """The plain values (IRI or lexical form) of one column."""
        i = self.variables.index(variable)
        return [None if row[i] is None else row[i].value for row in self.rows]

    def iris(self) -> set[str]:
        """Every IRI in the result, for label look-up."""
        out = {t.value for row in self.rows for t in row if isinstance(t, ox.NamedNode)}
        for t in self.triples:
            out.update(x.value for x in (t.subject, t.predicate, t.object)
                       if isinstance(x, ox.NamedNode))
        return out

    # -- serialisations -------------------------------------------------------------------

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON."""
        if self.kind == "ask":
            return '{"head": {}, "boolean": ' + ("true" if self.boolean else "false") + "}"
        head = ", ".join(json_string(v) for v in self.variables)
        rows = []
        for row in self.rows:
            cells = ", ".join(f"{json_string(v)}: {_json_term(t)}"
                              for v, t in zip(self.variables, row, strict=True) if t is not None)
            rows.append("  {" + cells + "}")
        body = ",\n".join(rows)
        return (f'{{"head": {{"vars": [{head}]}},\n "results": {{"bindings": [\n{body}\n ]}}}}'
                if rows else f'{{"head": {{"vars": [{head}]}}, "results": {{"bindings": []}}}}')

    def to_xml(self) -> str:
        """SPARQL Query Results XML."""
        from xml.sax.saxutils import escape, quoteattr

        out = ['<?xml version="1.0" encoding="utf-8"?>',
               '<sparql xmlns="http://www.w3.org/2005/sparql-results#">', "  <head>"]
        out.extend(f"    <variable name={quoteattr(v)}/>" for v in self.variables)
        out.append("  </head>")
        if self.kind == "ask":
            out.append(f"  <boolean>{'true' if self.boolean else 'false'}</boolean>")
        else:
            out.append("  <results>")
            for row in self.rows:
                out.append("    <result>")
                for v, t in zip(self.variables, row, strict=True):
                    if t is not None:
                        term = _xml_term(t, escape, quoteattr)
                        out.append(f"      <binding name={quoteattr(v)}>{term}</binding>")
                out.append("    </result>")
            out.append("  </results>")
        out.append("</sparql>")
        return "\n".join(out) + "\n"

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV (values only, CRLF line ends)."""
        import csv
        import io

        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\r\n")
        if self.kind == "ask":
            writer.writerow(["_askResult"])
            writer.writerow(["true" if self.boolean else "false"])
            return buf.getvalue()
        writer.writerow(self.variables)
        for row in self.rows:
            writer.writerow(["" if t is None else _csv_value(t) for t in row])
        return buf.getvalue()

    def to_tsv(self) -> str:
        """SPARQL 1.1 Query Results TSV (terms in Turtle syntax)."""
        if self.kind == "ask":
            return "?_askResult\n" + ("true" if self.boolean else "false") + "\n"
        lines = ["\t".join(f"?{v}" for v in self.variables)]
        for row in self.rows:
            lines.append("\t".join("" if t is None else _tsv_term(t) for t in row))
        return "\n".join(lines) + "\n"

    def to_table(self, label: Callable[[str], str | None] | None = None) -> str:
        """Aligned text columns; IRIs shown by ``label(iri)`` when it has one."""
        if self.kind == "ask":
            return "yes" if self.boolean else "no"
        if self.kind == "graph":
            return "\n".join(str(t) + " ." for t in self.triples)

        def cell(t: Term | None) -> str:
            if t is None:
                return ""
            if isinstance(t, ox.NamedNode):
                text = (label(t.value) if label else None) or compact(t.value)
            elif isinstance(t, ox.BlankNode):
                text = f"_:{t.value}"
            else:
                text = t.value
            text = " ".join(text.split())
            if len(text) > _TABLE_CELL_MAX:
                text = text[: _TABLE_CELL_MAX - 1] + "…"
            return text

        body = [[cell(t) for t in row] for row in self.rows]
        return _align(self.variables, body) + f"\n({len(self.rows)} row"\
            f"{'' if len(self.rows) == 1 else 's'})"

    def serialize(self, fmt: str, label: Callable[[str], str | None] | None = None) -> str:
        """Render in one of :data:`FORMATS`."""
        if fmt == "json":
            return self.to_json()
        if fmt == "xml":
            return self.to_xml()
        if fmt == "csv":
            return self.to_csv()
        if fmt == "tsv":
            return self.to_tsv()
        return self.to_table(label)


def _align(header: Sequence[str], body: list[list[str]]) -> str:
    widths = [len(h) for h in header]
    for row in body:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    def line(cells: Sequence[str]) -> str:
        return "  ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)).rstrip()
    out = [line(header), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in body)
    return "\n".join(out)


def _json_term(t: Term) -> str:
    if isinstance(t, ox.NamedNode):
        return f'{{"type": "uri", "value": {json_string(t.value)}}}'
    if isinstance(t, ox.BlankNode):
        return f'{{"type": "bnode", "value": {json_string(t.value)}}}'
    out = f'{{"type": "literal", "value": {json_string(t.value)}'
    if t.language:
        out += f', "xml:lang": {json_string(t.language)}'
    elif t.datatype.value != _XSD_STRING:
        out += f', "datatype": {json_string(t.datatype.value)}'
    return out + "}"


def _xml_term(t: Term, escape: Callable[[str], str], quoteattr: Callable[[str], str]) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if t.language:
        return f"<literal xml:lang={quoteattr(t.language)}>{escape(_xml_chars(t.value))}</literal>"
    if t.datatype.value != _XSD_STRING:
        return (f"<literal datatype={quoteattr(t.datatype.value)}>"
                f"{escape(_xml_chars(t.value))}</literal>")
    return f"<literal>{escape(_xml_chars(t.value))}</literal>"


def _xml_chars(text: str) -> str:
    # XML 1.0 cannot carry most control characters, even escaped: replace them visibly rather
    # than write a document no parser accepts.
    return "".join(c if c in "\t\n\r" or c >= " " else "\ufffd" for c in text)


def _csv_value(t: Term) -> str:
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return t.value


def _tsv_term(t: Term) -> str:
    # N-Triples syntax is valid Turtle; tabs and newlines must not break the row.
    return str(t).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
