"""``lovely-kg link wikidata``: reconcile a built graph, keep the result, refresh its links.

The run reads the entities of the built store, reconciles them (:mod:`kg.reconcile`), writes
``wikidata-reconciled.yaml`` beside the store (so that the next build keeps the links), and
replaces the store's ``graph/links`` with the curated links plus the accepted ones. The new
graph is validated before it goes live; on any failure the previous graph and file stay.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from kg import dataset, links, resources
from kg.errors import CacheMissError, KgError, ValidationError
from kg.reconcile import DEFAULT_MIN_SCORE, MARGIN, Reconciler, subjects_of
from kg.store import StoreLocation
from kg.wikidata import DEFAULT_API, WikidataApi


@dataclass
class LinkReport:
    """What a reconciliation run found and wrote."""

    store: str
    file: str
    subjects: int
    reconciled: dict[str, links.ItemLink]
    curated: dict[str, links.ItemLink]
    overridden: list[tuple[str, str, str]]  # (entity, curated item, reconciled item)
    review: list[dict[str, object]]
    unresolved: dict[str, str]
    requests: int
    offline: bool
    live: list[links.ItemLink] = field(default_factory=list)

    def summary(self) -> str:
        """Human-readable lines: links made, review list, entities left unresolved."""
        lines = [f"Reconciled {self.subjects} entities against Wikidata"
                 f"{' from the cache (offline)' if self.offline else ''}: "
                 f"{len(self.reconciled)} linked, {len(self.review)} for review, "
                 f"{len(self.unresolved)} unresolved; {self.requests} requests.",
                 f"  graph/links now holds {len(self.live)} links "
                 f"({len(self.curated)} curated, "
                 f"{sum(1 for k in self.live if k.method == 'reconciled')} reconciled).",
                 f"  Written: {self.file}"]
        for key, link in sorted(self.reconciled.items()):
            lines.append(f"  linked   {key} -> wd:{link.item} ({link.score:.2f})")
        for key, kept, found in self.overridden:
            lines.append(f"  curated  {key} -> wd:{kept} kept over reconciled wd:{found}")
        nothing = []
        for entry in self.review:
            if not entry["candidates"]:
                nothing.append(str(entry["entity"]))
                continue
            lines.append(f"  review   {entry['entity']}: {entry['reason']}")
            for c in entry["candidates"]:  # type: ignore[attr-defined]
                lines.append(f"             wd:{c['wikidata']} {c['score']:.2f} "
                             f"{c['label'] or ''} ({c['description'] or 'no description'})")
        if nothing:
            lines.append(f"  no candidate ({len(nothing)}): {', '.join(nothing)}")
        for key in sorted(self.unresolved):
            lines.append(f"  unresolved {key}: its answers are not in the cache")
        return "\n".join(lines)

    def to_json(self) -> str:
        """The report as JSON."""
        return json.dumps({
            "store": self.store, "file": self.file, "subjects": self.subjects,
            "offline": self.offline, "requests": self.requests,
            "linked": [{"entity": k, "wikidata": v.item, "score": v.score,
                        "evidence": v.evidence} for k, v in sorted(self.reconciled.items())],
            "curated_overrides": [{"entity": e, "curated": c, "reconciled": r}
                                  for e, c, r in self.overridden],
            "review": self.review,
            "unresolved": sorted(self.unresolved),
        }, indent=2, ensure_ascii=False)


def link_wikidata(store: str | os.PathLike[str] | None = None,
                  sources: str | os.PathLike[str] | None = None, *,
                  api: str | None = None, cache: str | os.PathLike[str] | None = None,
                  offline: bool = False, min_score: float = DEFAULT_MIN_SCORE,
                  client: object = None) -> LinkReport:
    """Reconcile the built graph at ``store`` with Wikidata and refresh its links.

    ``sources`` is the sources folder whose ``wikidata.yaml`` holds the curated links (the
    default one unless given: pass the folder the graph was built from). ``api`` is the
    ``api.php`` URL (``$LOVELY_KG_WIKIDATA_API``, else Wikidata's); ``cache`` the HTTP cache
    folder (:func:`kg.resources.default_cache_dir`); ``offline`` reads only that cache.
    ``client`` replaces the HTTP client (a :class:`kg.http.HttpClient`).
    """
    from kg.http import HttpClient
    from kg.validation import validate_dataset

    if not 0 <= min_score <= 1:
        raise KgError(f"--min-score must be between 0 and 1; got {min_score}.")
    location = StoreLocation(store if store is not None else resources.default_store_dir())
    opened = location.open()
    quads = list(opened)
    subjects = subjects_of(opened)
    del opened
    curated = links.load_curated(sources if sources is not None
                                 else resources.default_sources_dir())
    api_url = api or os.environ.get("LOVELY_KG_WIKIDATA_API") or DEFAULT_API
    http = client or HttpClient(cache if cache is not None else resources.default_cache_dir(),
                                offline=offline)
    reconciler = Reconciler(WikidataApi(http, api_url), curated, min_score)  # type: ignore[arg-type]
    try:
        result = reconciler.run(subjects)
    except CacheMissError as exc:
        raise KgError(f"Nothing was linked: {exc}") from None

    found = result.links()
    overridden = [(k, curated.links[k].item, v.item) for k, v in found.items()
                  if k in curated.links and curated.links[k].item != v.item]
    record = links.ReconciledLinks(
        links=found, review=result.review(), unresolved=sorted(result.unresolved),
        settings={"api": api_url, "min_score": min_score, "margin": MARGIN})
    live = links.effective_links(curated, record)
    known = dataset.entity_keys(quads)
    links.check_entities(live, known, curated)
    new = dataset.replace_graph(quads, links.GRAPH_LINKS, links.link_quads(live))
    report = validate_dataset(new, [])
    if not report.ok:
        raise ValidationError(f"The links were not applied: the graph would have "
                              f"{report.summary()}.\n\n{report.to_text()}", report)
    path = links.reconciled_path(location.path)
    from kg.exports import write

    # The file first: if the store then fails, the next build still applies the new links.
    write(links.dump_reconciled(record).encode("utf-8"), path)
    location.replace(new)
    return LinkReport(store=location.path, file=str(Path(path)), subjects=len(subjects),
                      reconciled=found, curated=dict(curated.links), overridden=overridden,
                      review=record.review, unresolved=result.unresolved,
                      requests=getattr(http, "requests_made", 0), offline=offline, live=live)
