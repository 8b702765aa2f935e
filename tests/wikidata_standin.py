"""A stand-in for Wikidata's ``api.php``: ``wbsearchentities`` and ``wbgetentities`` answered
from ``fixtures/wikidata/api.json`` (test data with invented ids), shaped like the real API.

Search behaves like Wikidata's: a case-insensitive prefix match on English labels and aliases,
items or properties, at most ``limit`` hits.
"""

from __future__ import annotations

import json
from pathlib import Path

from standin import Reply, Request, StandIn

FIXTURE = Path(__file__).parent / "fixtures" / "wikidata" / "api.json"


def load_entities(path: Path = FIXTURE) -> dict[str, dict]:
    """The fixture's entities, by id."""
    return json.loads(path.read_text(encoding="utf-8"))["entities"]


def _names(entity: dict) -> list[tuple[str, str]]:
    label = entity.get("labels", {}).get("en", {}).get("value")
    out = [("label", label)] if label else []
    out += [("alias", a["value"]) for a in entity.get("aliases", {}).get("en", [])]
    return out


def api_handler(entities: dict[str, dict]):
    """A StandIn handler serving ``entities`` as Wikidata's action API does."""

    def handle(request: Request) -> Reply:
        if request.path != "/w/api.php":
            return Reply(404, "not found")
        action = request.params.get("action")
        if action == "wbsearchentities":
            text = request.params.get("search", "").casefold()
            kind = request.params.get("type", "item")
            limit = int(request.params.get("limit", "7"))
            hits = []
            for entity in entities.values():
                if entity["type"] != kind:
                    continue
                match = next(((t, n) for t, n in _names(entity)
                              if n.casefold().startswith(text)), None)
                if match is None or not text:
                    continue
                label = entity["labels"]["en"]["value"]
                hits.append({
                    "id": entity["id"], "title": entity["id"], "label": label,
                    "description": entity.get("descriptions", {}).get("en", {}).get("value"),
                    "match": {"type": match[0], "language": "en", "text": match[1]},
                    "concepturi": f"http://www.wikidata.org/entity/{entity['id']}"})
            return Reply(body={"searchinfo": {"search": request.params.get("search")},
                               "search": hits[:limit], "success": 1})
        if action == "wbgetentities":
            ids = request.params.get("ids", "").split("|")
            found = {i: entities.get(i, {"id": i, "missing": ""}) for i in ids if i}
            return Reply(body={"entities": found, "success": 1})
        return Reply(body={"error": {"code": "badvalue",
                                     "info": f"Unrecognized value for parameter action: "
                                             f"{action}"}})

    return handle


def wikidata_standin(path: Path = FIXTURE) -> StandIn:
    """A running stand-in; its API is at ``server.url + "/w/api.php"``."""
    return StandIn(api_handler(load_entities(path)))
