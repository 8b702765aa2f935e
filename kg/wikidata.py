"""Wikidata's action API (``api.php``), as reconciliation needs it: search, entities, terms.

Only two modules are used: ``wbsearchentities`` (candidates for a name) and ``wbgetentities``
(labels, aliases, descriptions and item-valued claims of candidates). Every request goes
through a :class:`kg.http.HttpClient`, so it is cached on disk and can be replayed offline.
Requests carry ``maxlag=5``, as Wikimedia asks of automated clients: a lagged server answers
with a ``maxlag`` error that the client waits out.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from kg.errors import KgError

TYPE_CHECKING = False
if TYPE_CHECKING:
    from kg.http import HttpClient

DEFAULT_API = "https://www.wikidata.org/w/api.php"
#: wbgetentities answers at most 50 ids per request.
BATCH = 50


@dataclass(frozen=True)
class Item:
    """What reconciliation reads of one Wikidata entity."""

    id: str
    label: str | None
    aliases: tuple[str, ...]
    description: str | None
    claims: dict[str, tuple[str, ...]] = field(default_factory=dict)  # P-id -> item ids
    retrieved: dt.date | None = None


@dataclass(frozen=True)
class Hit:
    """One result of a search."""

    id: str
    label: str | None
    description: str | None


class WikidataApi:
    """Read-only access to a Wikibase ``api.php`` (Wikidata's, or a stand-in's)."""

    def __init__(self, client: HttpClient, api: str = DEFAULT_API, language: str = "en") -> None:
        self.client = client
        self.api = api
        self.language = language
        self._items: dict[str, Item | None] = {}

    def _get(self, params: dict[str, str]) -> tuple[dict, dt.date]:
        fetched = self.client.get_json(self.api, {**params, "format": "json",
                                                  "formatversion": "2", "maxlag": "5"})
        if not isinstance(fetched.data, dict):
            raise KgError(f"{fetched.url} did not answer with a JSON object.")
        return fetched.data, dt.date.fromisoformat(fetched.retrieved[:10])

    def search(self, text: str, kind: str = "item", limit: int = 10) -> list[Hit]:
        """Entities whose label or alias matches ``text`` (``kind``: item or property)."""
        data, _ = self._get({"action": "wbsearchentities", "search": text,
                             "language": self.language, "uselang": self.language,
                             "type": kind, "limit": str(limit)})
        hits = []
        for entry in data.get("search") or []:
            if isinstance(entry, dict) and isinstance(entry.get("id"), str):
                hits.append(Hit(entry["id"], entry.get("label"), entry.get("description")))
        return hits

    def items(self, ids: list[str]) -> dict[str, Item]:
        """The entities with these ids that exist (fetched once each, in batches of 50)."""
        wanted = sorted({i for i in ids if i not in self._items})
        for start in range(0, len(wanted), BATCH):
            batch = wanted[start:start + BATCH]
            data, retrieved = self._get({"action": "wbgetentities", "ids": "|".join(batch),
                                         "props": "labels|aliases|descriptions|claims",
                                         "languages": self.language})
            entities = data.get("entities") or {}
            for entity_id in batch:
                self._items[entity_id] = _parse_item(entities.get(entity_id), self.language,
                                                     retrieved)
        return {i: item for i in ids if (item := self._items.get(i)) is not None}

    def property_id(self, label: str) -> str | None:
        """The id of the property whose label is exactly ``label`` (for example "instance of").

        Properties the project does not list are looked up by label rather than written from
        memory; the answer is cached like every other response.
        """
        for hit in self.search(label, kind="property"):
            if hit.label == label:
                return hit.id
        return None


def _text(value: object, language: str) -> str | None:
    if isinstance(value, dict):
        entry = value.get(language)
        if isinstance(entry, dict) and isinstance(entry.get("value"), str):
            return entry["value"]
    return None


def _parse_item(entity: object, language: str, retrieved: dt.date) -> Item | None:
    if not isinstance(entity, dict) or "missing" in entity or not entity.get("id"):
        return None
    aliases = entity.get("aliases") or {}
    alias_list = aliases.get(language, []) if isinstance(aliases, dict) else []
    claims: dict[str, tuple[str, ...]] = {}
    for prop, statements in (entity.get("claims") or {}).items():
        values = []
        for statement in statements if isinstance(statements, list) else []:
            if not isinstance(statement, dict) or statement.get("rank") == "deprecated":
                continue
            snak = statement.get("mainsnak") or {}
            value = (snak.get("datavalue") or {}).get("value")
            if snak.get("snaktype") == "value" and isinstance(value, dict) \
                    and isinstance(value.get("id"), str):
                values.append(value["id"])
        if values:
            claims[prop] = tuple(values)
    return Item(id=entity["id"], label=_text(entity.get("labels"), language),
                aliases=tuple(a["value"] for a in alias_list
                              if isinstance(a, dict) and isinstance(a.get("value"), str)),
                description=_text(entity.get("descriptions"), language), claims=claims,
                retrieved=retrieved)
