"""Query results and their serialisations.

``json``, ``csv`` and ``tsv`` follow the W3C SPARQL 1.1 Query Results formats; ``table`` is for
people: aligned columns, labels instead of IRIs where the graph has one.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import XSD, compact

Term = ox.NamedNode | ox.BlankNode | ox.Literal
FORMATS = ("table", "json", "csv", "tsv")
_XSD_STRING = XSD + "string"
_TABLE_CELL_MAX = 80


@dataclass
class Result:
    """The answer to a query: rows of a SELECT, a boolean of an ASK, or triples of a CONSTRUCT."""

    kind: str  # "select", "ask" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    @classmethod
    def from_pyoxigraph(cls, answer: object) -> Result:
        """Materialise what ``pyoxigraph.Store.query`` returned."""
        if isinstance(answer, ox.QuerySolutions):
            variables = [v.value for v in answer.variables]
            rows = [tuple(sol[v] for v in variables) for sol in answer]
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
            return json.dumps({"head": {}, "boolean": self.boolean})
        bindings = [{v: _json_term(t) for v, t in zip(self.variables, row, strict=True)
                     if t is not None} for row in self.rows]
        return json.dumps({"head": {"vars": self.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False, indent=1)

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV (values only, CRLF line ends)."""
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


def _json_term(t: Term) -> dict[str, str]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    out = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != _XSD_STRING:
        out["datatype"] = t.datatype.value
    return out


def _csv_value(t: Term) -> str:
    if isinstance(t, ox.BlankNode):
        return f"_:{t.value}"
    return t.value


def _tsv_term(t: Term) -> str:
    # N-Triples syntax is valid Turtle; tabs and newlines must not break the row.
    return str(t).replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")
