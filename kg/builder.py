"""The build: sources -> claims -> RDF -> entailments -> validation -> store."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg import dataset, inference, links, resources
from kg.claims_to_rdf import corpus_to_rdf
from kg.corpus import load_corpus
from kg.errors import ValidationError
from kg.ontology import load_ontology
from kg.store import StoreLocation
from kg.validation import ValidationReport, validate_dataset


@dataclass
class BuildReport:
    """What a build read, inferred, found and wrote."""

    store: str
    sources: int
    claims: int
    facts: int
    entities: int
    quads: int
    seconds: float
    inferred: int = 0
    links: int = 0
    reasoner: str = "closed-form"
    warnings: list[str] = field(default_factory=list)
    validation: ValidationReport | None = None
    timings: dict[str, float] = field(default_factory=dict)

    def summary(self) -> str:
        """A few human-readable lines for the terminal."""
        lines = [
            f"Built {self.store}",
            f"  sources: {self.sources}   claims: {self.claims}   facts: {self.facts}   "
            f"entities: {self.entities}   inferred: {self.inferred}   "
            f"Wikidata links: {self.links}   quads: {self.quads}   "
            f"({self.seconds:.2f} s)",
        ]
        if self.validation is not None:
            lines.append(f"  validation: {self.validation.summary()}")
            for f in self.validation.warnings:
                lines.append(f"  - warning: {self.validation.name(f.focus)}: {f.message}")
        lines.append(f"  warnings: {len(self.warnings)}")
        lines.extend(f"  - {w}" for w in self.warnings)
        return "\n".join(lines)


def build(store: str | os.PathLike[str] | None = None,
          sources: str | os.PathLike[str] | None = None, *,
          reasoner: str = "auto") -> BuildReport:
    """Build the graph from a sources folder into a store location.

    ``store`` defaults to :func:`kg.resources.default_store_dir`, ``sources`` to the articles
    shipped with the project. The Wikidata links of the curated file in the sources and of the
    reconciled file beside the store (see :mod:`kg.links`) go into ``graph/links``.
    ``reasoner`` is ``auto``, ``closed-form`` or ``owlrl`` (see
    :func:`kg.inference.entailments`). Every input is checked, the entailments are computed and
    the result is validated before the store is touched: on a bad input a
    :class:`kg.errors.KgError` is raised, on a violation a :class:`kg.errors.ValidationError`
    carrying the report, and in both cases the previous graph stays live.
    """
    started = time.perf_counter()
    timings: dict[str, float] = {}

    def lap(name: str, since: float) -> float:
        now = time.perf_counter()
        timings[name] = now - since
        return now

    location = StoreLocation(store if store is not None else resources.default_store_dir())
    corpus = load_corpus(Path(sources if sources is not None
                              else resources.default_sources_dir()))
    ontology = load_ontology(resources.ontology_file())
    rdf = corpus_to_rdf(corpus, ontology)
    curated = links.load_curated(corpus.directory)
    chosen = links.effective_links(
        curated, links.load_reconciled(links.reconciled_path(location.path)))
    known = dataset.entity_keys(rdf.quads)
    link_warnings = links.check_entities(chosen, known, curated)
    chosen = [link for link in chosen if link.entity in known]
    t = lap("read", started)
    found = inference.entailments(dataset.asserted_triples(rdf.quads), reasoner)
    quads = dataset.assemble([*rdf.quads, *links.link_quads(chosen)], found.triples)
    t = lap("reason", t)
    report = validate_dataset(quads, found.clashes)
    t = lap("validate", t)
    if not report.ok:
        raise ValidationError(
            f"The build was refused: the new graph has {report.summary()}. The previous graph "
            f"is still live.\n\n{report.to_text()}", report)
    location.replace(quads)
    lap("write", t)
    warnings = [*rdf.warnings, *link_warnings]
    if found.reason:
        warnings.append(f"Reasoned with owlrl (slow): {found.reason}.")
    return BuildReport(store=location.path, sources=len(corpus.sources), claims=rdf.claims,
                       facts=rdf.facts, entities=rdf.entities, quads=len(set(quads)),
                       seconds=time.perf_counter() - started, inferred=len(found.triples),
                       reasoner=found.engine, warnings=warnings, validation=report,
                       timings=timings, links=len(chosen))
