"""Validation of a dataset: SHACL shapes, consistency checks and the reasoner's clashes.

A :class:`ValidationReport` names, for each problem, the entity (with its label), the property,
what is wrong, and the claims and sources behind it. Violations make a build refuse to swap in
the new graph; warnings (such as two sources disagreeing) are reported and do not block.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

import pyoxigraph as ox

from kg import dataset, inference
from kg.binding import bind
from kg.checks import check_queries, run_check
from kg.findings import Finding
from kg.library import QueryLibrary
from kg.namespaces import LR, RDFS, SKOS, compact

_LABEL_QUERY = f"""
SELECT ?label WHERE {{
  {{ ?x <{SKOS}prefLabel> ?label }} UNION {{ ?x <{RDFS}label> ?label }}
}} LIMIT 1
"""
_QUOTE_QUERY = f"SELECT ?quote WHERE {{ ?claim <{LR}quote> ?quote }} LIMIT 1"
_BEHIND_QUERY = f"""
SELECT DISTINCT ?claim ?source WHERE {{
  GRAPH ?claim {{ ?focus ?path ?o }}
  ?claim <{LR}statedIn> ?source .
}}
"""


@dataclass
class ValidationReport:
    """Every finding of a validation, with the labels needed to print them."""

    findings: list[Finding]
    labels: dict[str, str] = field(default_factory=dict)
    quotes: dict[str, str] = field(default_factory=dict)
    shapes: int = 0
    checks: int = 0

    def of(self, severity: str) -> list[Finding]:
        """The findings of one severity."""
        return [f for f in self.findings if f.severity == severity]

    @property
    def violations(self) -> list[Finding]:
        """The findings that block a build."""
        return self.of("violation")

    @property
    def warnings(self) -> list[Finding]:
        """The findings reported but not blocking."""
        return self.of("warning")

    @property
    def ok(self) -> bool:
        """Whether there is no violation."""
        return not self.violations

    def name(self, iri: str | None) -> str:
        """``Label (id:key)`` for an IRI with a label, else the compact IRI."""
        if iri is None:
            return ""
        label = self.labels.get(iri)
        return f"{label} ({compact(iri)})" if label else compact(iri)

    def summary(self) -> str:
        """One line: how many violations and warnings."""
        v, w = len(self.violations), len(self.warnings)
        return (f"{v} violation{'s' * (v != 1)}, {w} warning{'s' * (w != 1)} "
                f"({self.shapes} shapes, {self.checks} consistency checks)")

    def to_text(self) -> str:
        """The report for a terminal."""
        lines = [f"Validation: {self.summary()}"]
        for f in self.findings:
            lines.append("")
            where = f"  {_show_path(f.path)}" if f.path else ""
            lines.append(f"{f.severity.upper()}  {self.name(f.focus)}{where}")
            # A check's message already quotes the value; a shape's does not.
            value = f" (value: {self.name(f.value)})" if f.value is not None \
                and f.check == "shacl" else ""
            lines.append(f"  {f.message}{value}")
            lines.append(f"  found by: {f.check}" + (f" {compact(f.shape)}" if f.shape else ""))
            for claim in f.claims:
                quote = self.quotes.get(claim, "")
                if len(quote) > 100:
                    quote = quote[:99] + "…"
                lines.append(f"  claim: {compact(claim)}" + (f' "{quote}"' if quote else ""))
            for source in f.sources:
                lines.append(f"  source: {self.name(source)}")
            if not f.claims and f.check != "check-unsourced-entities":
                lines.append("  claim: none (the fact is in no claim)")
        return "\n".join(lines)

    def to_json(self) -> str:
        """The report as JSON, for programs."""
        return json.dumps({
            "violations": len(self.violations), "warnings": len(self.warnings),
            "findings": [{
                "severity": f.severity, "check": f.check, "shape": f.shape,
                "focus": f.focus, "label": self.labels.get(f.focus), "property": f.path,
                "value": f.value, "message": f.message,
                "claims": [{"iri": c, "quote": self.quotes.get(c)} for c in f.claims],
                "sources": [{"iri": s, "label": self.labels.get(s)} for s in f.sources],
            } for f in self.findings]}, indent=2, ensure_ascii=False) + "\n"


def _show_path(path: str) -> str:
    """A property path with its IRIs shortened (``^lr:availableVia``, ``lr:a|lr:b``)."""
    return "|".join(("^" + compact(p[1:])) if p.startswith("^") else compact(p)
                    for p in path.split("|"))


def _clash_findings(clashes: Iterable[inference.Clash]) -> list[Finding]:
    return [Finding(severity="violation", check="reasoner", focus=c.individual,
                    message=(f"is both {compact(c.first)} and {compact(c.second)}, which the "
                             "ontology declares disjoint (OWL-RL, rule cax-dw)")
                    if c.individual else c.first)
            for c in clashes]


def _behind(store: ox.Store, finding: Finding) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The claims (and their sources) that state the fact a finding is about."""
    if not finding.focus.startswith(("http://", "https://")):
        return (), ()
    bindings = {"focus": ox.NamedNode(finding.focus)}
    if finding.path and finding.path.startswith(("http://", "https://")) \
            and "|" not in finding.path:  # a path expression has no single property to look up
        bindings["path"] = ox.NamedNode(finding.path)
    claims, sources = set(), set()
    for row in store.query(bind(_BEHIND_QUERY, bindings)):
        claims.add(row["claim"].value)
        sources.add(row["source"].value)
    if not claims and "path" in bindings:
        # A missing property: the claims that state anything about the entity are where the
        # fact was left out.
        return _behind(store, replace(finding, path=None))
    return tuple(sorted(claims)), tuple(sorted(sources))


def validate_dataset(quads: list[ox.Quad], clashes: Iterable[inference.Clash] = (),
                     library: QueryLibrary | None = None,
                     shapes: str | os.PathLike[str] | None = None) -> ValidationReport:
    """Validate a full dataset (asserted graphs, inferred graph and merged view)."""
    from kg.shacl import load_shapes, shape_findings

    store = ox.Store()
    store.bulk_extend(quads)
    checks = check_queries(library or QueryLibrary())  # read once: run, then counted
    findings = [*shape_findings(dataset.asserted_triples(quads, links=True), shapes),
                *(f for q in checks for f in run_check(store, q)), *_clash_findings(clashes)]
    enriched = []
    for f in findings:
        if not f.claims:
            claims, sources = _behind(store, f)
            f = replace(f, claims=claims, sources=sources)
        enriched.append(f)
    enriched = sorted(set(enriched), key=Finding.sort_key)
    labels: dict[str, str] = {}
    for iri in {x for f in enriched for x in (f.focus, f.value, *f.sources) if x}:
        try:
            term = ox.NamedNode(iri)
        except ValueError:  # a literal value, not an IRI
            continue
        for row in store.query(bind(_LABEL_QUERY, {"x": term})):
            labels[iri] = row["label"].value
    quotes: dict[str, str] = {}
    for claim in {c for f in enriched for c in f.claims}:
        for row in store.query(bind(_QUOTE_QUERY, {"claim": ox.NamedNode(claim)})):
            quotes[claim] = row["quote"].value
    from rdflib.namespace import SH

    shapes_graph = load_shapes(shapes)
    return ValidationReport(findings=enriched, labels=labels, quotes=quotes,
                            shapes=len(set(shapes_graph.subjects(predicate=SH.targetClass))),
                            checks=len(checks))


def validate_store(store: str | os.PathLike[str] | None = None) -> ValidationReport:
    """Validate the built store (default location unless ``store`` is given)."""
    from kg import resources
    from kg.store import StoreLocation

    location = StoreLocation(store if store is not None else resources.default_store_dir())
    quads = list(location.open())
    found = inference.entailments(dataset.asserted_triples(quads))
    return validate_dataset(quads, found.clashes)
