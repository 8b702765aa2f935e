"""The build: sources -> claims -> RDF -> store."""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from kg import resources
from kg.claims_to_rdf import corpus_to_rdf
from kg.corpus import load_corpus
from kg.ontology import load_ontology
from kg.store import StoreLocation


@dataclass
class BuildReport:
    """What a build read and wrote."""

    store: str
    sources: int
    claims: int
    facts: int
    entities: int
    quads: int
    seconds: float
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """A few human-readable lines for the terminal."""
        lines = [
            f"Built {self.store}",
            f"  sources: {self.sources}   claims: {self.claims}   facts: {self.facts}   "
            f"entities: {self.entities}   quads: {self.quads}   ({self.seconds:.2f} s)",
        ]
        lines.append(f"  warnings: {len(self.warnings)}")
        lines.extend(f"  - {w}" for w in self.warnings)
        return "\n".join(lines)


def build(store: str | os.PathLike[str] | None = None,
          sources: str | os.PathLike[str] | None = None) -> BuildReport:
    """Build the graph from a sources folder into a store location.

    ``store`` defaults to :func:`kg.resources.default_store_dir`, ``sources`` to the articles
    shipped with the project. Every input is checked before the store is touched; on any error
    a :class:`kg.errors.KgError` is raised and the previous graph stays live.
    """
    started = time.perf_counter()
    location = StoreLocation(store if store is not None else resources.default_store_dir())
    corpus = load_corpus(Path(sources if sources is not None
                              else resources.default_sources_dir()))
    ontology = load_ontology(resources.ontology_file())
    rdf = corpus_to_rdf(corpus, ontology)
    location.replace(rdf.quads)
    return BuildReport(store=location.path, sources=len(corpus.sources), claims=rdf.claims,
                       facts=rdf.facts, entities=rdf.entities, quads=len(set(rdf.quads)),
                       seconds=time.perf_counter() - started, warnings=rdf.warnings)
