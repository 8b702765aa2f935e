"""Reading the sources folder: articles, their metadata, the entity registry and the claims.

This module only reads and checks what the files say on their own (structure, verbatim quotes,
unique ids). Whether a claim's facts fit the ontology is checked when they become RDF
(:mod:`kg.claims_to_rdf`), because that needs the ontology.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg import yamlfile
from kg.errors import SourceError

KEY_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)*$")
CLAIM_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
CURIE_RE = re.compile(r"^[a-z][a-z0-9]*:[A-Za-z][A-Za-z0-9_]*$")
STATUSES = ("accepted", "proposed", "rejected")

SOURCES_FILE = "sources.yaml"
ENTITIES_FILE = "entities.yaml"
CLAIMS_SUFFIX = ".claims.yaml"


@dataclass(frozen=True)
class Source:
    """One article: its text and publication metadata."""

    key: str
    file: str
    text: str
    sha256: str
    publisher: str
    published: dt.date
    url: str
    retrieved: dt.date | None = None  # when the text was fetched from its URL, if recorded


@dataclass(frozen=True)
class Entity:
    """An entry of the registry: a named thing with its types and names."""

    key: str
    types: tuple[str, ...]
    label: str
    variants: tuple[str, ...]
    path: Path
    line: int
    # Entities a source's claims file introduces have a review status; the registry's are
    # accepted by definition.
    status: str = "accepted"


@dataclass(frozen=True)
class Fact:
    """One ``[subject, predicate, object]`` of a claim, as written."""

    subject: str
    predicate: str
    object: Any
    line: int


@dataclass(frozen=True)
class Claim:
    """What one verbatim span of a source states."""

    id: str
    source: Source
    quote: str
    start: int
    end: int
    status: str
    note: str | None
    facts: tuple[Fact, ...]
    path: Path
    line: int
    flags: tuple[str, ...] = ()  # notes for review, e.g. an ambiguous name


@dataclass
class Corpus:
    """Everything read from a sources folder."""

    directory: Path
    sources: list[Source] = field(default_factory=list)
    #: The registry the graph is built with: entities.yaml and the accepted entities that
    #: sources introduce.
    entities: list[Entity] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    #: Every entity that a claims file introduces, whatever its status.
    source_entities: list[Entity] = field(default_factory=list)

    @property
    def accepted_claims(self) -> list[Claim]:
        """The claims that enter the graph."""
        return [c for c in self.claims if c.status == "accepted"]


def load_corpus(directory: Path) -> Corpus:
    """Read and check a sources folder (see ``docs/annotations.md`` for its layout)."""
    directory = Path(directory)
    if not directory.is_dir():
        raise SourceError(directory, None, "is not a folder of sources.")
    corpus = Corpus(directory=directory)
    corpus.sources = _load_sources(directory)
    corpus.entities = _load_entities(directory / ENTITIES_FILE)
    for source in corpus.sources:
        claims, introduced = _load_claims(directory / _claims_name(source.file), source)
        corpus.claims.extend(claims)
        corpus.source_entities.extend(introduced)
    defined = {e.key: e for e in corpus.entities}
    for entity in corpus.source_entities:
        if entity.status != "accepted":
            continue
        first = defined.get(entity.key)
        if first is not None:
            raise SourceError(entity.path, entity.line,
                              f"the entity '{entity.key}' is already defined in "
                              f"{first.path.name}, line {first.line}; use that key, or give "
                              "this one another.")
        defined[entity.key] = entity
        corpus.entities.append(entity)
    return corpus


def _claims_name(article_file: str) -> str:
    return Path(article_file).stem + CLAIMS_SUFFIX


def _require(mapping: Any, key: str, path: Path, what: str) -> Any:
    if not isinstance(mapping, dict) or key not in mapping or mapping[key] in (None, ""):
        raise SourceError(path, yamlfile.line_of(mapping), f"{what} has no '{key}'.")
    return mapping[key]


def _text_field(mapping: dict, key: str, path: Path, what: str) -> str:
    value = _require(mapping, key, path, what)
    if not isinstance(value, str):
        raise SourceError(path, mapping.key_lines.get(key), f"'{key}' of {what} must be text.")
    return value


def _load_sources(directory: Path) -> list[Source]:
    path = directory / SOURCES_FILE
    if not path.is_file():
        raise SourceError(path, None, "is missing: it lists the articles and their metadata.")
    doc = yamlfile.load(path)
    if not isinstance(doc, list):
        raise SourceError(path, yamlfile.line_of(doc, 1), "must be a list of articles.")
    sources: list[Source] = []
    seen: set[str] = set()
    for i, entry in enumerate(doc):
        line = doc.item_lines[i]
        if not isinstance(entry, dict):
            raise SourceError(path, line, "each article must be a mapping with file, publisher, "
                              "published and url.")
        what = f"the article entry at line {line}"
        file = _text_field(entry, "file", path, what)
        publisher = _text_field(entry, "publisher", path, what)
        url = _text_field(entry, "url", path, what)
        if not re.match(r"^https?://\S+$", url):
            raise SourceError(path, entry.key_lines["url"], f"'{url}' is not an http(s) URL.")
        published = _require(entry, "published", path, what)
        published = yamlfile.as_date(published, path, entry.key_lines["published"])
        retrieved = entry.get("retrieved")
        if retrieved is not None:
            retrieved = yamlfile.as_date(retrieved, path, entry.key_lines["retrieved"])
        stem = Path(file).stem
        if Path(file).name != file or not file.endswith(".txt"):
            raise SourceError(path, entry.key_lines["file"],
                              f"'{file}' must be the name of a .txt file in the same folder.")
        if not re.match(r"^[A-Za-z0-9_.-]+$", stem):
            raise SourceError(path, entry.key_lines["file"],
                              f"'{file}': use only letters, digits, '_', '-' and '.' in "
                              "file names.")
        if stem in seen:
            raise SourceError(path, entry.key_lines["file"], f"'{file}' is listed twice.")
        seen.add(stem)
        article = directory / file
        if not article.is_file():
            raise SourceError(path, entry.key_lines["file"], f"the article '{file}' is missing.")
        raw = article.read_bytes()
        text = yamlfile.read_text(article)
        sources.append(Source(key=stem, file=file, text=text,
                              sha256=hashlib.sha256(raw).hexdigest(), publisher=publisher,
                              published=published, url=url, retrieved=retrieved))
    return sources


def _load_entities(path: Path) -> list[Entity]:
    if not path.is_file():
        raise SourceError(path, None, "is missing: it is the registry of named entities.")
    doc = yamlfile.load(path)
    items = doc.get("entities") if isinstance(doc, dict) else None
    if not isinstance(items, list):
        raise SourceError(path, yamlfile.line_of(doc, 1),
                          "must be a mapping with a list under 'entities'.")
    return _entity_list(items, path, with_status=False)


def _entity_list(items: Any, path: Path, with_status: bool) -> list[Entity]:
    """Entities of a registry, or (``with_status``) those a claims file introduces."""
    entities: list[Entity] = []
    seen: dict[str, int] = {}
    fields = {"id", "type", "label", "variants"} | ({"status"} if with_status else set())
    for i, entry in enumerate(items):
        line = items.item_lines[i]
        if not isinstance(entry, dict):
            raise SourceError(path, line, "each entity must be a mapping with id, type and label.")
        what = f"the entity at line {line}"
        key = _require(entry, "id", path, what)
        if not isinstance(key, str) or not KEY_RE.match(key):
            raise SourceError(path, line, f"'{key}' is not a valid key: use lower-case letters, "
                              "digits and hyphens, with '/' between segments.")
        if key in seen:
            raise SourceError(path, line, f"the entity '{key}' is defined twice "
                              f"(first at line {seen[key]}).")
        seen[key] = line
        types = _require(entry, "type", path, f"entity '{key}'")
        types = [types] if isinstance(types, str) else types
        if not isinstance(types, list) or not all(isinstance(t, str) and CURIE_RE.match(t)
                                                  for t in types):
            raise SourceError(path, entry.key_lines["type"],
                              f"the type of '{key}' must be a class such as lr:Person, "
                              "or a list of them.")
        label = _text_field(entry, "label", path, f"entity '{key}'")
        variants = entry.get("variants") or []
        if isinstance(variants, str):
            variants = [variants]
        if not isinstance(variants, list) or not all(isinstance(v, str) for v in variants):
            raise SourceError(path, entry.key_lines.get("variants", line),
                              f"the variants of '{key}' must be a list of names.")
        unknown = set(entry) - fields
        if unknown:
            raise SourceError(path, line, f"entity '{key}' has unknown field(s): "
                              f"{', '.join(sorted(map(str, unknown)))}.")
        status = entry.get("status", "accepted")
        if status not in STATUSES:
            raise SourceError(path, entry.key_lines.get("status", line),
                              f"the status of entity '{key}' must be one of "
                              f"{', '.join(STATUSES)}, not {status!r}.")
        entities.append(Entity(key=key, types=tuple(types), label=label,
                               variants=tuple(v for v in variants if v != label),
                               path=path, line=line, status=status))
    return entities


def _load_claims(path: Path, source: Source) -> tuple[list[Claim], list[Entity]]:
    if not path.is_file():
        raise SourceError(path, None, f"is missing: every article needs its claims file "
                          f"beside it ('{source.file}' has none).")
    doc = yamlfile.load(path)
    if not isinstance(doc, dict):
        raise SourceError(path, 1, "must be a mapping with 'source' and 'claims'.")
    named = doc.get("source")
    if named != source.file:
        raise SourceError(path, doc.key_lines.get("source", 1),
                          f"'source' must name the article beside it, '{source.file}'.")
    introduced = doc.get("entities")
    if introduced is None:
        introduced = []
    if not isinstance(introduced, list):
        raise SourceError(path, doc.key_lines.get("entities"),
                          "'entities' must be a list of the entities this source introduces.")
    entities = _entity_list(introduced, path, with_status=True)
    items = doc.get("claims")
    if items is None:
        items = []
    if not isinstance(items, list):
        raise SourceError(path, doc.key_lines.get("claims"), "'claims' must be a list.")
    claims: list[Claim] = []
    seen: dict[str, int] = {}
    for i, entry in enumerate(items):
        line = items.item_lines[i]
        if not isinstance(entry, dict):
            raise SourceError(path, line, "each claim must be a mapping with id, quote and facts.")
        claim_id = _require(entry, "id", path, f"the claim at line {line}")
        if not isinstance(claim_id, str) or not CLAIM_ID_RE.match(claim_id):
            raise SourceError(path, line, f"claim id '{claim_id}' must be lower-case letters, "
                              "digits and hyphens.")
        if claim_id in seen:
            raise SourceError(path, line, f"claim '{claim_id}' is defined twice "
                              f"(first at line {seen[claim_id]}).")
        seen[claim_id] = line
        what = f"claim '{claim_id}'"
        unknown = set(entry) - {"id", "quote", "note", "status", "flags", "facts"}
        if unknown:
            raise SourceError(path, line, f"{what} has unknown field(s): "
                              f"{', '.join(sorted(map(str, unknown)))}.")
        quote = _text_field(entry, "quote", path, what)
        start = source.text.find(quote)
        if start < 0:
            raise SourceError(path, entry.key_lines["quote"],
                              f"the quote of {what} is not in the article '{source.file}': "
                              f"{quote!r}. A quote must be copied from the article exactly, "
                              "character for character.")
        status = entry.get("status", "accepted")
        if status not in STATUSES:
            raise SourceError(path, entry.key_lines.get("status"),
                              f"the status of {what} must be one of {', '.join(STATUSES)}, "
                              f"not {status!r}.")
        note = entry.get("note")
        if note is not None and not isinstance(note, str):
            raise SourceError(path, entry.key_lines["note"], f"the note of {what} must be text.")
        flags = entry.get("flags") or []
        if not isinstance(flags, list) or not all(isinstance(f, str) for f in flags):
            raise SourceError(path, entry.key_lines.get("flags", line),
                              f"the flags of {what} must be a list of texts.")
        facts = _read_facts(entry, path, what)
        claims.append(Claim(id=claim_id, source=source, quote=quote, start=start,
                            end=start + len(quote), status=status, note=note,
                            facts=facts, path=path, line=line, flags=tuple(flags)))
    return claims, entities


def _read_facts(entry: dict, path: Path, what: str) -> tuple[Fact, ...]:
    items = entry.get("facts")
    if not isinstance(items, list) or not items:
        raise SourceError(path, entry.key_lines.get("facts", entry.line),
                          f"{what} needs a non-empty list of facts.")
    facts = []
    for j, item in enumerate(items):
        line = items.item_lines[j]
        if not isinstance(item, list) or len(item) != 3:
            raise SourceError(path, line, f"each fact of {what} must be "
                              "[subject, predicate, object].")
        subject, predicate, obj = item
        if not isinstance(subject, str) or not KEY_RE.match(subject):
            raise SourceError(path, line, f"'{subject}' in {what} is not an entity key.")
        if not isinstance(predicate, str) or not (predicate == "a" or CURIE_RE.match(predicate)):
            raise SourceError(path, line, f"'{predicate}' in {what} is not a property "
                              "(write 'a' or a name such as lr:portrays).")
        if obj is None or isinstance(obj, dict | list):
            raise SourceError(path, line, f"the object of [{subject}, {predicate}, ...] in "
                              f"{what} must be an entity key or a single value.")
        facts.append(Fact(subject=subject, predicate=predicate, object=obj, line=line))
    return tuple(facts)
