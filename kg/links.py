"""Links from entities of the graph to Wikidata items: the curated file, the reconciled file, RDF.

Two files give links:

* ``wikidata.yaml`` in the sources folder, written by people: each link with its status
  (confirmed, two-sources, one-source) and how and when it was looked up, and the rejected
  pairs that reconciliation must never link. It also lists the Wikidata properties and classes
  the project may write.
* ``wikidata-reconciled.yaml`` beside the store, written by ``lovely-kg link wikidata``: the
  links reconciliation accepted, with their scores, and what it left for review.

Curated links win over reconciled ones. Each link becomes, in the named graph ``graph/links``,
an ``owl:sameAs`` triple and an :class:`lr:ItemLink` record (an OWL axiom annotation) with its
status, method, score and date. The links are not reasoned over: OWL's equality would copy
every fact of an entity onto the Wikidata IRI.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg import yamlfile
from kg.errors import SourceError
from kg.namespaces import GRAPH_LINKS, ID, LR, OWL, RDF, WD, XSD

CURATED_FILE = "wikidata.yaml"
RECONCILED_FILE = "wikidata-reconciled.yaml"

#: Statuses, strongest first, and the individuals that name them in the graph.
STATUSES: dict[str, str] = {
    "confirmed": LR + "ConfirmedLink",
    "two-sources": LR + "TwoSourceLink",
    "one-source": LR + "OneSourceLink",
    "reconciled": LR + "ReconciledLink",
}
CURATED_STATUSES = ("confirmed", "two-sources", "one-source")
TERM_STATUSES = ("two-sources", "one-source")

ITEM_RE = re.compile(r"^Q[1-9][0-9]*$")
PROPERTY_RE = re.compile(r"^P[1-9][0-9]*$")


@dataclass(frozen=True)
class ItemLink:
    """One entity of the graph tied to one Wikidata item."""

    entity: str  # the entity's key, the part of its IRI after .../id/
    item: str  # Q-id
    status: str  # a key of STATUSES
    method: str  # "curated" or "reconciled"
    date: dt.date
    evidence: str
    score: float | None = None

    @property
    def entity_iri(self) -> str:
        """The IRI of the linked entity."""
        return ID + self.entity

    @property
    def item_iri(self) -> str:
        """The IRI of the Wikidata item."""
        return WD + self.item


@dataclass
class CuratedLinks:
    """The curated links file: links, rejected pairs, and the Wikidata terms it lists."""

    path: Path | None = None
    links: dict[str, ItemLink] = field(default_factory=dict)
    rejected: set[tuple[str, str]] = field(default_factory=set)
    properties: dict[str, str] = field(default_factory=dict)  # P-id -> status
    classes: dict[str, str] = field(default_factory=dict)  # Q-id -> status
    lines: dict[str, int] = field(default_factory=dict)  # entity key -> line of its entry


@dataclass
class ReconciledLinks:
    """What ``lovely-kg link wikidata`` wrote: accepted links and the review list."""

    links: dict[str, ItemLink] = field(default_factory=dict)
    review: list[dict[str, Any]] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)


def _entries(doc: Any, key: str, path: Path) -> tuple[list[Any], list[int]]:
    items = doc.get(key) if isinstance(doc, dict) else None
    if items is None:
        return [], []
    if not isinstance(items, list):
        raise SourceError(path, yamlfile.line_of(items, yamlfile.line_of(doc)),
                          f"'{key}' must be a list.")
    return items, list(items.item_lines)


def _field(entry: Any, name: str, path: Path, line: int) -> Any:
    if not isinstance(entry, dict) or entry.get(name) in (None, ""):
        raise SourceError(path, line, f"this entry has no '{name}'.")
    return entry[name]


def load_curated(directory: str | os.PathLike[str]) -> CuratedLinks:
    """Read ``wikidata.yaml`` from a sources folder; an absent file gives no links."""
    path = Path(directory) / CURATED_FILE
    curated = CuratedLinks(path=path)
    if not path.is_file():
        return curated
    doc = yamlfile.load(path)
    if doc is not None and not isinstance(doc, dict):
        raise SourceError(path, yamlfile.line_of(doc, 1),
                          "must be a mapping with 'properties', 'classes' and 'links'.")
    unknown = set(doc or {}) - {"properties", "classes", "links"}
    if unknown:
        raise SourceError(path, 1, f"unknown section(s): {', '.join(sorted(map(str, unknown)))}; "
                                   "the sections are properties, classes and links.")
    for section, pattern, target in (("properties", PROPERTY_RE, curated.properties),
                                     ("classes", ITEM_RE, curated.classes)):
        items, lines = _entries(doc, section, path)
        for entry, line in zip(items, lines, strict=True):
            term = str(_field(entry, "id", path, line))
            if not pattern.match(term):
                kind = "a property id such as P161" if section == "properties" \
                    else "an item id such as Q5"
                raise SourceError(path, line, f"'{term}' is not {kind}.")
            status = _field(entry, "status", path, line)
            if status not in TERM_STATUSES:
                raise SourceError(path, line, f"the status '{status}' of {term} is not one of "
                                              f"{', '.join(TERM_STATUSES)}.")
            if term in target:
                raise SourceError(path, line, f"{term} is listed twice.")
            target[term] = status
    items, lines = _entries(doc, "links", path)
    for entry, line in zip(items, lines, strict=True):
        key = str(_field(entry, "entity", path, line))
        item = str(_field(entry, "wikidata", path, line))
        if not ITEM_RE.match(item):
            raise SourceError(path, line, f"'{item}' is not a Wikidata item id (Q followed by "
                                          "digits).")
        status = _field(entry, "status", path, line)
        allowed = (*CURATED_STATUSES, "rejected")
        if status not in allowed:
            raise SourceError(path, line, f"the status '{status}' of the link of '{key}' is not "
                                          f"one of {', '.join(allowed)}.")
        extra = set(entry) - {"entity", "wikidata", "status", "recorded", "checked", "how"}
        if extra:
            raise SourceError(path, line, f"unknown field(s) {', '.join(sorted(extra))}; a link "
                                          "has entity, wikidata, status, recorded, checked, how.")
        if status == "rejected":
            curated.rejected.add((key, item))
            continue
        how = str(_field(entry, "how", path, line))
        if status == "confirmed":
            date = yamlfile.as_date(_field(entry, "checked", path, line), path, line, "checked")
        else:
            date = yamlfile.as_date(_field(entry, "recorded", path, line), path, line, "recorded")
        if key in curated.links:
            raise SourceError(path, line, f"'{key}' is linked twice (first at line "
                                          f"{curated.lines[key]}).")
        curated.links[key] = ItemLink(entity=key, item=item, status=status, method="curated",
                                      date=date, evidence=how)
        curated.lines[key] = line
    return curated


def reconciled_path(store_dir: str | os.PathLike[str]) -> Path:
    """Where ``lovely-kg link wikidata`` keeps its links, beside the store's data."""
    return Path(store_dir) / RECONCILED_FILE


def load_reconciled(path: str | os.PathLike[str]) -> ReconciledLinks:
    """Read a reconciled links file; an absent file gives no links."""
    path = Path(path)
    result = ReconciledLinks()
    if not path.is_file():
        return result
    doc = yamlfile.load(path) or {}
    if not isinstance(doc, dict):
        raise SourceError(path, 1, "must be a mapping with 'links', 'review' and 'unresolved'.")
    items, lines = _entries(doc, "links", path)
    for entry, line in zip(items, lines, strict=True):
        key = str(_field(entry, "entity", path, line))
        item = str(_field(entry, "wikidata", path, line))
        if not ITEM_RE.match(item):
            raise SourceError(path, line, f"'{item}' is not a Wikidata item id.")
        score = _field(entry, "score", path, line)
        if not isinstance(score, int | float) or not 0 <= score <= 1:
            raise SourceError(path, line, f"the score '{score}' must be a number from 0 to 1.")
        result.links[key] = ItemLink(
            entity=key, item=item, status="reconciled", method="reconciled",
            date=yamlfile.as_date(_field(entry, "retrieved", path, line), path, line, "retrieved"),
            evidence=str(_field(entry, "evidence", path, line)), score=float(score))
    result.review = list(doc.get("review") or [])
    result.unresolved = [str(k) for k in doc.get("unresolved") or []]
    result.settings = dict(doc.get("settings") or {})
    return result


def dump_reconciled(result: ReconciledLinks) -> str:
    """The reconciled links file's text: deterministic YAML with a header comment."""
    import yaml

    doc = {
        "settings": result.settings,
        "links": [{"entity": link.entity, "wikidata": link.item, "score": link.score,
                   "retrieved": link.date.isoformat(), "evidence": link.evidence}
                  for link in sorted(result.links.values(), key=lambda k: k.entity)],
        "review": result.review,
        "unresolved": sorted(result.unresolved),
    }
    header = ("# Written by 'lovely-kg link wikidata'. 'links' enter the graph (graph/links) "
              "unless\n# the curated file (wikidata.yaml in the sources) links the entity "
              "otherwise. 'review'\n# lists what was not linked, with its candidates: to link "
              "one, add it to wikidata.yaml.\n")
    return header + yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)


def effective_links(curated: CuratedLinks, reconciled: ReconciledLinks | None = None
                    ) -> list[ItemLink]:
    """Curated links, then reconciled links of entities curation neither links nor rejects."""
    links = dict(curated.links)
    for key, link in (reconciled.links if reconciled else {}).items():
        if key not in links and (key, link.item) not in curated.rejected:
            links[key] = link
    return [links[k] for k in sorted(links)]


def _decimal(value: float) -> ox.Literal:
    return ox.Literal(f"{value:.2f}", datatype=ox.NamedNode(XSD + "decimal"))


def link_quads(links: list[ItemLink]) -> list[ox.Quad]:
    """The quads of ``graph/links`` for ``links``."""
    graph = ox.NamedNode(GRAPH_LINKS)
    same_as = ox.NamedNode(OWL + "sameAs")
    out: list[ox.Quad] = []
    for link in links:
        entity, item = ox.NamedNode(link.entity_iri), ox.NamedNode(link.item_iri)
        node = ox.NamedNode(f"{ID}link/wikidata/{link.entity}")
        out.append(ox.Quad(entity, same_as, item, graph))
        pairs: list[tuple[str, ox.NamedNode | ox.Literal]] = [
            (RDF + "type", ox.NamedNode(LR + "ItemLink")),
            (RDF + "type", ox.NamedNode(OWL + "Axiom")),
            (OWL + "annotatedSource", entity),
            (OWL + "annotatedProperty", same_as),
            (OWL + "annotatedTarget", item),
            (LR + "linkStatus", ox.NamedNode(STATUSES[link.status])),
            (LR + "linkMethod", ox.Literal(link.method)),
            (LR + "linkDate", ox.Literal(link.date.isoformat(),
                                         datatype=ox.NamedNode(XSD + "date"))),
            (LR + "linkEvidence", ox.Literal(link.evidence)),
        ]
        if link.score is not None:
            pairs.append((LR + "linkScore", _decimal(link.score)))
        out.extend(ox.Quad(node, ox.NamedNode(p), o, graph) for p, o in pairs)
    return out


def check_entities(links: list[ItemLink], known: set[str], curated: CuratedLinks) -> list[str]:
    """Refuse curated links to unknown entities; return warnings for stale reconciled ones.

    ``known`` holds the keys of the entities the graph defines.
    """
    warnings = []
    for link in links:
        if link.entity in known:
            continue
        if link.method == "curated":
            raise SourceError(curated.path, curated.lines.get(link.entity),
                              f"the entity '{link.entity}' is not in the graph: check its key "
                              "in entities.yaml.")
        warnings.append(f"The reconciled link of '{link.entity}' (wd:{link.item}) was dropped: "
                        "no such entity in the graph any more. Run 'lovely-kg link wikidata' "
                        "again.")
    return warnings
