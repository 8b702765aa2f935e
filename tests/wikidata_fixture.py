"""The Wikidata-shaped test data for federated queries, and a store linked to it.

``FIXTURE`` is invented, Wikidata-shaped TEST DATA (items Q99…, not real Wikidata ids) for a
SPARQL server standing in for Wikidata; :func:`build_linked_store` builds the graph from a
copy of the shipped sources whose wikidata.yaml links the series and four cast members to
invented items of that file (Yang Hyuk stays unlinked).
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import yaml

import kg
from kg import resources

FIXTURE = Path(__file__).parent / "fixtures" / "wikidata" / "sparql.ttl"

# Entity key -> invented item of the fixture (TEST DATA, not real Wikidata ids).
TEST_LINKS = {
    "series/lovely-runner": "Q990000001",
    "person/byeon-woo-seok": "Q990000002",
    "person/kim-hye-yoon": "Q990000003",
    "person/lee-seung-hyub": "Q990000004",
    "person/moon-xion": "Q990000005",
}


def build_linked_store(sources_parent: Path, store: Path) -> Path:
    """Build into ``store`` from sources (copied under ``sources_parent``) linked to FIXTURE."""
    sources = sources_parent / "sources"
    shutil.copytree(resources.default_sources_dir(), sources)
    path = sources / "wikidata.yaml"
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    doc["links"] = [{"entity": entity, "wikidata": item, "status": "one-source",
                     "recorded": dt.date(2026, 11, 22),
                     "how": "TEST DATA: an invented id of tests/fixtures/wikidata/sparql.ttl"}
                    for entity, item in TEST_LINKS.items()]
    path.write_text("# TEST DATA: links to the invented ids of tests/fixtures/wikidata.\n"
                    + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True),
                    encoding="utf-8")
    kg.build(store=store, sources=sources)
    return store
