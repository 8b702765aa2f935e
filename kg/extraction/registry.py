"""The entities the extractor knows, and how a written name finds them.

A :class:`Registry` is built at run time from a sources folder (``entities.yaml`` and the
accepted entities its claims files introduce): the extractor itself names no entity. During one
extraction the new entities it proposes are added to a copy of the registry, so that a name
introduced early in an article is recognised later in it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from itertools import accumulate
from pathlib import Path

from kg.extraction import names, rx
from kg.extraction.vocabulary import Vocabulary, default_vocabulary

# Types whose names are personal names, for which a given name or a family name alone may
# stand for the whole name.
PERSONAL = ("lr:Person", "lr:FictionalCharacter")
_SKIPPED = set(" \t\r\n\f\v\u00a0\u2009\u202f\u3000-‐‑–—._’'`´")
_WORD_START = rx.compile(r"(?<![^\W_])[^\W_]|\(")


@dataclass(frozen=True)
class KnownEntity:
    """A named entity: its key, classes (CURIEs), preferred label and other spellings."""

    key: str
    types: tuple[str, ...]
    label: str
    variants: tuple[str, ...] = ()
    proposed: bool = False  # True for an entity the extractor has just proposed

    @property
    def names(self) -> tuple[str, ...]:
        """The label and every variant."""
        return (self.label, *self.variants)


@dataclass(frozen=True)
class Resolution:
    """What a name resolved to: the matching entities (several: ambiguous) and how.

    ``how`` is ``exact`` (case and separators aside), ``romanised`` (a romanisation variant),
    ``given name``, ``family name``, or empty when nothing matched. ``others`` are entities of
    the name whose type is not the one asked for.
    """

    entities: tuple[KnownEntity, ...] = ()
    how: str = ""
    others: tuple[KnownEntity, ...] = ()

    @property
    def found(self) -> bool:
        """Exactly one entity matches."""
        return len(self.entities) == 1

    @property
    def ambiguous(self) -> bool:
        """Several entities match equally well."""
        return len(self.entities) > 1

    @property
    def entity(self) -> KnownEntity:
        """The one entity (only when :attr:`found`)."""
        return self.entities[0]


@dataclass(frozen=True)
class Hit:
    """A span of text that spells a registered name exactly (case and separators aside)."""

    start: int
    end: int
    entities: tuple[KnownEntity, ...]


class FoldedText:
    """A text folded character by character, remembering where each folded character came from.

    Scanning the folded string for registered names is what lets "Byeon Xa Yul" and
    "Byeon X-y" match the same entry, at any offset, in one pass.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        table = {ch: _fold_char(ch) for ch in set(text)}
        pieces = [table[ch] for ch in text]
        self.folded = "".join(pieces)
        #: For each folded character, the offset of the character it came from.
        self.origin = [i for i, piece in enumerate(pieces) for _ in piece]
        #: For each offset of the text, where it lands in the folded string.
        self.index = [0, *accumulate(len(piece) for piece in pieces)]


def _fold_char(ch: str) -> str:
    if ch in _SKIPPED:
        return ""
    if ch == "&":
        return "and"
    if ch.isascii():
        return ch.lower()
    return "".join(c for c in unicodedata.normalize("NFKD", ch).casefold()
                   if not unicodedata.combining(c))


@dataclass
class Registry:
    """Entities by every folding of every name, with a trie for scanning texts."""

    vocabulary: Vocabulary = field(default_factory=default_vocabulary)
    entities: list[KnownEntity] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_key: dict[str, KnownEntity] = {}
        self._exact: dict[str, list[KnownEntity]] = {}
        self._romanised: dict[str, list[KnownEntity]] = {}
        self._given: dict[str, list[KnownEntity]] = {}
        self._family: dict[str, list[KnownEntity]] = {}
        self._trie: dict = {}
        self._cache: dict[tuple[str, tuple[str, ...] | None], Resolution] = {}
        # A lookup's answer depends only on the index entries it read (see _lookup), so a
        # change forgets only the answers that read an entry it touched: an article adds an
        # entity, or brings one into scope, every few sentences, and forgetting every answer
        # each time made most lookups of a long article misses.
        self._readers: dict[_Form, set[tuple[str, tuple[str, ...] | None]]] = {}
        #: key -> the index entries the entity is filed under
        self._forms: dict[str, set[_Form]] = {}
        #: With a scope, a given or family name alone matches only the entities in it (and
        #: proposed ones): see :meth:`limit_partial_names`.
        self._scope: set[str] | None = None
        existing, self.entities = self.entities, []
        for entity in existing:
            self.add(entity)

    @classmethod
    def from_folder(cls, directory: str | Path, vocabulary: Vocabulary | None = None
                    ) -> Registry:
        """The registry a build of ``directory`` would use."""
        from kg.corpus import load_corpus

        corpus = load_corpus(Path(directory))
        return cls.from_entities(corpus.entities, vocabulary)

    @classmethod
    def from_entities(cls, entities: Iterable[object], vocabulary: Vocabulary | None = None
                      ) -> Registry:
        """A registry of :class:`kg.corpus.Entity` records (or anything with the same fields)."""
        known = [KnownEntity(key=e.key, types=tuple(e.types), label=e.label,
                             variants=tuple(e.variants)) for e in entities]
        return cls(vocabulary=vocabulary or default_vocabulary(), entities=known)

    def copy(self) -> Registry:
        """An independent registry with the same entities (extraction adds to the copy)."""
        return Registry(vocabulary=self.vocabulary, entities=list(self.entities))

    def limit_partial_names(self) -> None:
        """From now on a given or family name alone ("Neul", "Choi") matches only entities
        brought into scope with :meth:`in_scope` (or proposed): in an article, a partial name
        means someone it has named in full, not anyone of the registry who shares it."""
        self._scope = set()
        self._forget_all()

    def in_scope(self, key: str) -> None:
        """Let partial names match the entity ``key`` (an article has named it)."""
        if self._scope is not None and key not in self._scope:
            self._scope.add(key)
            # scope filters the given- and family-name tiers, and one word's romanised tier
            self._forget(f for f in self._forms.get(key, ())
                         if f[0] in (_GIVEN, _FAMILY, _ROMANISED))

    def scoped(self, entity: KnownEntity) -> bool:
        """Whether a partial name may mean ``entity`` in the article read now."""
        return self._scope is None or entity.key in self._scope or entity.proposed

    def __iter__(self) -> Iterator[KnownEntity]:
        return iter(self.entities)

    def __contains__(self, key: object) -> bool:
        return key in self._by_key

    def get(self, key: str) -> KnownEntity | None:
        """The entity with this key, if any."""
        return self._by_key.get(key)

    def add(self, entity: KnownEntity) -> None:
        """Register ``entity`` (its key must be new)."""
        if entity.key in self._by_key:
            raise ValueError(f"the key {entity.key} is already registered")
        self.entities.append(entity)
        self._by_key[entity.key] = entity
        forms = self._forms.setdefault(entity.key, set())
        personal = self.vocabulary.is_any(entity.types, PERSONAL)
        surname = names.family_name(entity.label)
        for name in entity.names:
            _put(self._exact, names.exact_form(name), entity, forms, _EXACT)
            _put(self._romanised, names.romanised_form(name), entity, forms, _ROMANISED)
            self._insert(names.exact_form(name), entity)
            family = names.family_name(name)
            if personal and surname and family and \
                    names.romanised_form(family) == names.romanised_form(surname):
                # A variant that is itself a given name ("X Y" for "Kim X-y") gives
                # no given name: "Neul" alone is not this person.
                given = names.given_name(name)
                # (spelt as written: a given name alone is matched exactly, since its
                # romanised folding would make a one-word stage name "Bawon" of "Ba-on")
                if given:
                    _put(self._given, names.exact_form(given), entity, forms, _GIVEN)
                if family:
                    _put(self._family, names.exact_form(family), entity, forms, _FAMILY)
                    _put(self._family, names.romanised_form(family), entity, forms, _FAMILY)
        self._forget(forms)

    def retype(self, key: str, types: tuple[str, ...]) -> KnownEntity:
        """Give the entity ``key`` other classes (a proposed group that turns out to be a
        fictional band); every index then holds the new record."""
        old = self._by_key[key]
        new = replace(old, types=types)
        self.entities[self.entities.index(old)] = new
        self._by_key[key] = new
        for index in (self._exact, self._romanised, self._given, self._family):
            for bucket in index.values():
                if old in bucket:
                    bucket[bucket.index(old)] = new
        for name in new.names:
            node = self._trie
            for ch in names.exact_form(name):
                node = node.get(ch, {})
            bucket = node.get("", [])
            if old in bucket:
                bucket[bucket.index(old)] = new
        self._forget(self._forms.get(key, ()))
        return new

    def of_type(self, wanted: str) -> list[KnownEntity]:
        """Every entity that is a ``wanted`` (a CURIE)."""
        return [e for e in self.entities if self.vocabulary.is_a(e.types, wanted)]

    def is_a(self, entity: KnownEntity, wanted: str | tuple[str, ...]) -> bool:
        """Whether ``entity`` is of (one of) the ``wanted`` class(es)."""
        wanted = (wanted,) if isinstance(wanted, str) else wanted
        return self.vocabulary.is_any(entity.types, wanted)

    # -- lookup ------------------------------------------------------------------------------

    def lookup(self, name: str, wanted: tuple[str, ...] | None = None) -> Resolution:
        """Resolve a written name, strictest folding first.

        With ``wanted`` (class CURIEs) only entities of those classes count; entities of the
        same name but another class are reported in ``others`` and stop the search, so that a
        known name is never taken for a near-spelling of something else.
        """
        cached = self._cache.get((name, wanted))
        if cached is None:
            read: list[_Form] = []
            cached = self._cache[(name, wanted)] = self._lookup(name, wanted, read)
            for form in read:
                self._readers.setdefault(form, set()).add((name, wanted))
        return cached

    def _forget(self, forms: Iterable[_Form]) -> None:
        """Drop the cached answers that read one of these index entries."""
        for form in forms:
            for cached in self._readers.pop(form, ()):
                self._cache.pop(cached, None)

    def _forget_all(self) -> None:
        self._cache.clear()
        self._readers.clear()

    def _lookup(self, name: str, wanted: tuple[str, ...] | None,
                read: list[_Form]) -> Resolution:
        """The resolution of ``name``; ``read`` gets every index entry it looked at, the
        entries its answer depends on (besides the scope and types of what they hold)."""
        exact = names.exact_form(name)
        if len(exact) < 2:
            return Resolution()
        romanised = names.romanised_form(name)
        words = name.split()
        # "BLUE HARBOR" for "THE BLUE HARBOR", and the other way round.
        bare = names.exact_form(" ".join(words[1:])) if len(words) > 1 and \
            words[0].lower() == "the" else None
        read += [(_EXACT, exact), (_ROMANISED, romanised), (_GIVEN, exact),
                 (_EXACT, bare or "the" + exact)]
        tiers = [("exact", self._exact.get(exact)),
                 ("romanised", self._romanised.get(romanised))]
        tiers.append(("given name", self._given.get(exact)))
        if len(words) == 1:
            read += [(_FAMILY, exact), (_FAMILY, romanised)]
            tiers.append(("family name", self._family.get(exact)
                          or self._family.get(romanised)))
        tiers.append(("without its article", self._exact.get(bare) if bare
                      else self._exact.get("the" + exact)))
        for how, found in tiers:
            # One word that only a looser spelling matches (a one-syllable name spelt otherwise
            # than a registered one) is as unsure as a partial name: it must be someone the
            # article has named.
            loose = how == "romanised" and len(words) == 1
            if found and self._scope is not None and (how in ("given name", "family name") or
                                                      loose):
                named = [e for e in found if e.key in self._scope or e.proposed]
                # Several people of that name, none named in full: still ambiguous, flagged.
                found = named or (found if len(_unique(found)) > 1 else [])
            if not found:
                continue
            matching = _unique(e for e in found if wanted is None or self.is_a(e, wanted))
            if matching:
                return Resolution(entities=matching, how=how)
            return Resolution(how="", others=_unique(found))
        return Resolution()

    # -- scanning ----------------------------------------------------------------------------

    def _insert(self, form: str, entity: KnownEntity) -> None:
        if len(form) < 2:
            return
        node = self._trie
        for ch in form:
            node = node.setdefault(ch, {})
        bucket = node.setdefault("", [])
        if entity not in bucket:
            bucket.append(entity)

    def scan(self, folded: FoldedText, start: int = 0, end: int | None = None) -> list[Hit]:
        """Registered names spelt in ``folded.text[start:end]``, longest first, left to right.

        A name must start and end on word boundaries, and a span written entirely in lower case
        only matches a name registered in lower case ("a river" is not the song "River").
        """
        text = folded.text
        end = len(text) if end is None else end
        hits: list[Hit] = []
        after = start
        for word in _WORD_START.finditer(text, start, end):
            i = word.start()
            if i < after or (i > 0 and text[i - 1].isalnum()):
                continue
            j = folded.index[i]
            if j >= len(folded.folded) or folded.folded[j] not in self._trie:
                continue
            best = self._longest_at(folded, i, end)
            if best is not None:
                hits.append(best)
                after = best.end
        return hits

    def _longest_at(self, folded: FoldedText, i: int, end: int) -> Hit | None:
        text, chars, origin = folded.text, folded.folded, folded.origin
        j = folded.index[i]
        node = self._trie
        best: Hit | None = None
        while j < len(chars) and origin[j] < end:
            node = node.get(chars[j])
            if node is None:
                break
            j += 1
            stop = origin[j - 1] + 1
            if "" in node and (stop >= len(text) or not text[stop].isalnum()):
                span = text[i:stop]
                entities = tuple(e for e in node[""] if _case_fits(span, e))
                if entities:
                    best = Hit(i, stop, entities)
        return best


# The four indexes a lookup reads, and an entry of one: (index, folded name).
_EXACT, _ROMANISED, _GIVEN, _FAMILY = "exact", "romanised", "given", "family"
_Form = tuple[str, str]


def _put(index: dict[str, list[KnownEntity]], form: str, entity: KnownEntity,
         filed: set[_Form], which: str) -> None:
    if len(form) < 2:
        return
    bucket = index.setdefault(form, [])
    if entity not in bucket:
        bucket.append(entity)
    filed.add((which, form))


def _unique(entities: Iterable[KnownEntity]) -> tuple[KnownEntity, ...]:
    seen: dict[str, KnownEntity] = {}
    for e in entities:
        seen.setdefault(e.key, e)
    return tuple(seen.values())


def _case_fits(span: str, entity: KnownEntity) -> bool:
    if any(c.isupper() or c.isdigit() for c in span):
        return True
    return any(not any(c.isupper() for c in name) for name in entity.names)
