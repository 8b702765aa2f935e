"""What the extractor proposes, and how it is written as an annotation file.

A :class:`Proposal` holds claims (each a verbatim span of the article with the facts it states
and the flags a reviewer should see) and the new entities those facts use. It is written in the
format of the hand-made annotations (``docs/annotations.md``), every claim and entity with
``status: proposed``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import yaml

from kg.extraction import rx

KEY_RE = rx.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*(?:/[a-z0-9]+(?:-[a-z0-9]+)*)+$")
Fact = tuple[str, str, object]


@dataclass
class ProposedEntity:
    """A new entity: key, classes (CURIEs), label and other spellings met in the article."""

    key: str
    types: tuple[str, ...]
    label: str
    variants: list[str] = field(default_factory=list)
    status: str = "proposed"


@dataclass
class ProposedClaim:
    """One claim: the quote (``text[start:end]``), its facts, and notes for the reviewer."""

    id: str
    quote: str
    start: int
    end: int
    facts: list[Fact]
    kind: str = ""  # the relation kind that produced it (see kg.evaluation)
    flags: list[str] = field(default_factory=list)
    status: str = "proposed"

    def entity_keys(self) -> set[str]:
        """The entity keys its facts name (subjects and key-valued objects)."""
        found = set()
        for s, p, o in self.facts:
            found.add(s)
            if p != "a" and isinstance(o, str) and KEY_RE.match(o):
                found.add(o)
        return found


@dataclass
class Proposal:
    """The claims and new entities proposed for one article."""

    claims: list[ProposedClaim] = field(default_factory=list)
    entities: list[ProposedEntity] = field(default_factory=list)
    _index: dict[str, ProposedEntity] = field(default_factory=dict, repr=False, compare=False)
    _indexed: int = field(default=0, repr=False, compare=False)

    @property
    def facts(self) -> list[Fact]:
        """Every fact of every claim, in order."""
        return [f for c in self.claims for f in c.facts]

    def entity(self, key: str) -> ProposedEntity | None:
        """The proposed entity with this key, if any."""
        # entities are only ever appended: index the new ones (a long article proposes thousands)
        for e in self.entities[self._indexed:]:
            self._index.setdefault(e.key, e)
        self._indexed = len(self.entities)
        return self._index.get(key)

    def used(self) -> Proposal:
        """The same proposal without the new entities that no claim uses."""
        keys = set().union(*(c.entity_keys() for c in self.claims)) if self.claims else set()
        return Proposal(claims=self.claims, entities=[e for e in self.entities if e.key in keys])

    def to_yaml(self, source_file: str, header: str = "") -> str:
        """The annotation file for ``source_file``: header comment, entities, claims."""
        out: list[str] = []
        for line in header.splitlines():
            out.append(f"# {line}".rstrip())
        out.append(f"source: {_scalar(source_file)}")
        if self.entities:
            out.append("entities:")
            for e in self.entities:
                out.append(f"  - id: {e.key}")
                types = e.types[0] if len(e.types) == 1 else list(e.types)
                out.append(f"    type: {_flow(types)}")
                out.append(f"    label: {_scalar(e.label)}")
                variants = [v for v in dict.fromkeys(e.variants) if v != e.label]
                if variants:
                    out.append(f"    variants: {_flow(variants)}")
                out.append(f"    status: {e.status}")
        out.append("claims:" if self.claims else "claims: []")
        for c in self.claims:
            out.append(f"  - id: {c.id}")
            out.append(f"    quote: {_scalar(c.quote)}")
            out.append(f"    status: {c.status}")
            if c.flags:
                out.append("    flags:")
                out.extend(f"      - {_scalar(flag)}" for flag in c.flags)
            out.append("    facts:")
            out.extend(f"      - {_flow(list(fact))}" for fact in c.facts)
        return "\n".join(out) + "\n"


def _scalar(value: object) -> str:
    if isinstance(value, bool) or value is None:
        raise TypeError(f"no such value in an annotation: {value!r}")
    if isinstance(value, int | float):
        return repr(value)
    text = str(value)
    if text == "a" or KEY_RE.match(text) or re.match(r"^[a-z]+:[A-Za-z][A-Za-z0-9_]*$", text) \
            or re.match(r"^[A-Za-z0-9][A-Za-z0-9_.-]*\.txt$", text):
        return text
    return yaml.safe_dump(text, default_style='"', allow_unicode=True,
                          width=10**9).rstrip("\n").removesuffix("\n...")


def _flow(value: object) -> str:
    if isinstance(value, list):
        return "[" + ", ".join(_scalar(v) for v in value) + "]"
    return _scalar(value)
