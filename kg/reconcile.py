"""Reconciliation: find the Wikidata item of each entity of the graph, score it, decide.

For each entity (people, groups, organisations, platforms, charts, series, albums, songs) every
name the graph gives it is searched with ``wbsearchentities``; the candidates' labels, aliases
and item-valued claims come from ``wbgetentities``. Each candidate whose label or alias is one
of the entity's names (compared without case, spaces or punctuation) is scored:

``score = 0.5 * name + 0.3 * type + 0.2 * context``

* name: 1 when its label is one of the entity's names, 0.9 when only an alias is.
* type: 1 when an "instance of" value (or a class it is a "subclass of") is a Wikidata class
  the ontology aligns the entity's classes to; 0.5 when the ontology aligns none, or the
  candidate states no class; 0 otherwise.
* context: the graph's facts that the ontology aligns to Wikidata properties (cast member,
  member of, performer, director…) and whose other end is already linked: 1 when the candidate's
  claims (or the linked item's) state one of them, 0 when they state none, 0.5 when there is
  nothing to check.

The best candidate is accepted when it reaches the threshold and leads the next one by at
least :data:`MARGIN`; otherwise the entity goes to review with its candidates. Links found are
used as context in the next round, until nothing changes. Curated links are context from the
start, and win over whatever reconciliation finds; curated rejections are never accepted.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import CacheMissError
from kg.links import CuratedLinks, ItemLink
from kg.namespaces import ID, LR, OWL, SKOS, WD, WDT
from kg.wikidata import Item, WikidataApi

#: The classes whose instances are reconciled: real-world named entities.
RECONCILED_CLASSES = ("Person", "MusicGroup", "Organization", "Platform", "Chart",
                      "TelevisionSeries", "Album", "Song")
DEFAULT_MIN_SCORE = 0.8
MARGIN = 0.1
MAX_ROUNDS = 5
WEIGHTS = {"name": 0.5, "type": 0.3, "context": 0.2}
#: Wikidata property pairs that state one relation from either end (member of / has part).
INVERSES = {"P463": "P527", "P527": "P463"}


@dataclass(frozen=True)
class Relation:
    """A fact of the graph between the subject and another entity, in Wikidata's terms."""

    prop: str  # P-id
    other: str  # the other entity's key
    outgoing: bool  # True: subject --prop--> other


@dataclass
class Subject:
    """An entity to reconcile, with what the graph says that helps find its item."""

    key: str
    label: str
    names: tuple[str, ...]
    classes: frozenset[str]  # Wikidata classes its own classes align to
    relations: tuple[Relation, ...] = ()


@dataclass
class Candidate:
    """A scored candidate item."""

    item: str
    label: str | None
    description: str | None
    score: float
    parts: dict[str, float]
    evidence: str


@dataclass
class Decision:
    """What reconciliation decided for one subject."""

    subject: Subject
    candidates: list[Candidate] = field(default_factory=list)
    accepted: Candidate | None = None
    reason: str = ""
    retrieved: object = None  # datetime.date of the data the accepted candidate rests on


@dataclass
class Reconciliation:
    """The outcome of a run: one decision per subject, plus the subjects it could not resolve."""

    decisions: dict[str, Decision] = field(default_factory=dict)
    unresolved: dict[str, str] = field(default_factory=dict)  # key -> why (offline cache miss)

    def links(self) -> dict[str, ItemLink]:
        """The accepted links, as :class:`ItemLink` records."""
        out = {}
        for key, d in sorted(self.decisions.items()):
            if d.accepted is not None:
                out[key] = ItemLink(entity=key, item=d.accepted.item, status="reconciled",
                                    method="reconciled", date=d.retrieved,  # type: ignore[arg-type]
                                    evidence=d.accepted.evidence, score=d.accepted.score)
        return out

    def review(self) -> list[dict[str, object]]:
        """The subjects left for a person to decide, with their best candidates."""
        out = []
        for key, d in sorted(self.decisions.items()):
            if d.accepted is None:
                out.append({"entity": key, "label": d.subject.label, "reason": d.reason,
                            "candidates": [{"wikidata": c.item, "label": c.label,
                                            "description": c.description, "score": c.score,
                                            "evidence": c.evidence}
                                           for c in d.candidates[:5]]})
        return out


def normalise(name: str) -> str:
    """A name without case, accents' compatibility forms, spaces or punctuation."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(c for c in folded if c.isalnum())


# -- reading the subjects from the graph --------------------------------------------------------

_SUBJECTS = f"""
SELECT ?e ?label ?name WHERE {{
  VALUES ?class {{ {" ".join(f"<{LR}{c}>" for c in RECONCILED_CLASSES)} }}
  ?e a ?class ; <{SKOS}prefLabel> ?label .
  {{ ?e <{SKOS}prefLabel> ?name }} UNION {{ ?e <{SKOS}altLabel> ?name }}
  FILTER(STRSTARTS(STR(?e), "{ID}"))
}}"""

_CLASSES = f"""
SELECT DISTINCT ?e ?w WHERE {{
  {{ ?e a ?w }} UNION
  {{ ?e a ?c . ?c <{OWL}equivalentClass>|<{SKOS}closeMatch> ?w }}
  FILTER(STRSTARTS(STR(?e), "{ID}") && STRSTARTS(STR(?w), "{WD}"))
}}"""

# Facts aligned to Wikidata properties, plus "performer of a song" through its recordings
# (recording of, P2550 + performer, P175), which is where Wikidata states it.
_RELATIONS = f"""
SELECT DISTINCT ?s ?p ?o WHERE {{
  {{ ?s ?p ?o . FILTER(STRSTARTS(STR(?p), "{WDT}")) }}
  UNION
  {{ ?recording <{WDT}P2550> ?s ; <{WDT}P175> ?o . BIND(<{WDT}P175> AS ?p) }}
  FILTER(isIRI(?o) && STRSTARTS(STR(?s), "{ID}") && STRSTARTS(STR(?o), "{ID}"))
}}"""


def subjects_of(store: ox.Store) -> list[Subject]:
    """The entities of a built graph to reconcile, sorted by key."""
    names: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for row in store.query(_SUBJECTS):
        key = row["e"].value[len(ID):]
        labels[key] = row["label"].value
        names.setdefault(key, [])
        if row["name"].value not in names[key]:
            names[key].append(row["name"].value)
    classes: dict[str, set[str]] = {}
    for row in store.query(_CLASSES):
        classes.setdefault(row["e"].value[len(ID):], set()).add(row["w"].value[len(WD):])
    relations: dict[str, set[Relation]] = {}
    for row in store.query(_RELATIONS):
        s, o = row["s"].value[len(ID):], row["o"].value[len(ID):]
        prop = row["p"].value[len(WDT):]
        relations.setdefault(s, set()).add(Relation(prop, o, True))
        relations.setdefault(o, set()).add(Relation(prop, s, False))
    return [Subject(key=k, label=labels[k],
                    names=tuple(sorted(names[k], key=lambda n: (n != labels[k], n))),
                    classes=frozenset(classes.get(k, ())),
                    relations=tuple(sorted(relations.get(k, ()),
                                           key=lambda r: (r.prop, r.other, r.outgoing))))
            for k in sorted(labels)]


# -- scoring ------------------------------------------------------------------------------------


class Reconciler:
    """Scores candidates and decides, with the API behind it (online or from the cache)."""

    def __init__(self, api: WikidataApi, curated: CuratedLinks | None = None,
                 min_score: float = DEFAULT_MIN_SCORE) -> None:
        self.api = api
        self.curated = curated or CuratedLinks()
        self.min_score = min_score
        self._instance_of: str | None = None
        self._subclass_of: str | None = None

    def run(self, subjects: list[Subject]) -> Reconciliation:
        """Reconcile every subject; offline cache misses leave a subject unresolved."""
        result = Reconciliation()
        self._instance_of = self.api.property_id("instance of")
        self._subclass_of = self.api.property_id("subclass of")
        found: dict[str, list[Item]] = {}
        for subject in subjects:
            try:
                found[subject.key] = self._candidates(subject)
            except CacheMissError as exc:
                result.unresolved[subject.key] = str(exc)
        anchors = {k: link.item for k, link in self.curated.links.items()}
        accepted: dict[str, str] = {}
        for _ in range(MAX_ROUNDS):
            known = {**accepted, **anchors}
            decisions = {}
            for subject in subjects:
                if subject.key not in found:
                    continue
                try:
                    decisions[subject.key] = self._decide(subject, found[subject.key], known)
                except CacheMissError as exc:
                    result.unresolved[subject.key] = str(exc)
            now = {k: d.accepted.item for k, d in decisions.items() if d.accepted}
            result.decisions = decisions
            if now == accepted:
                break
            accepted = now
        for key in result.unresolved:
            result.decisions.pop(key, None)
        return result

    def _candidates(self, subject: Subject) -> list[Item]:
        ids: list[str] = []
        for name in subject.names:
            for hit in self.api.search(name):
                if hit.id not in ids:
                    ids.append(hit.id)
        items = self.api.items(ids)
        wanted = {normalise(n) for n in subject.names}
        return [items[i] for i in ids if i in items
                and (normalise(items[i].label or "") in wanted
                     or any(normalise(a) in wanted for a in items[i].aliases))]

    def _decide(self, subject: Subject, items: list[Item], known: dict[str, str]) -> Decision:
        decision = Decision(subject)
        scored = sorted((self._score(subject, item, known) for item in items),
                        key=lambda c: (-c.score, c.item))
        decision.candidates = scored
        if not scored:
            decision.reason = "no Wikidata item has one of its names as label or alias"
            return decision
        best = scored[0]
        runner_up = scored[1] if len(scored) > 1 else None
        if (subject.key, best.item) in self.curated.rejected:
            decision.reason = f"the best candidate wd:{best.item} is rejected in wikidata.yaml"
        elif best.score < self.min_score:
            decision.reason = (f"the best candidate wd:{best.item} scores {best.score:.2f}, "
                               f"under the threshold {self.min_score:.2f}")
        elif runner_up is not None and best.score - runner_up.score < MARGIN:
            decision.reason = (f"ambiguous: wd:{best.item} ({best.score:.2f}) and "
                               f"wd:{runner_up.item} ({runner_up.score:.2f}) score within "
                               f"{MARGIN:.2f} of each other")
        else:
            decision.accepted = best
            decision.retrieved = self.api.items([best.item])[best.item].retrieved
            decision.reason = "accepted"
        return decision

    def _score(self, subject: Subject, item: Item, known: dict[str, str]) -> Candidate:
        wanted = {normalise(n) for n in subject.names}
        if normalise(item.label or "") in wanted:
            name, name_note = 1.0, f"label '{item.label}'"
        else:
            alias = next(a for a in item.aliases if normalise(a) in wanted)
            name, name_note = 0.9, f"alias '{alias}' only"
        kind, kind_note = self._type(subject, item)
        context, context_note = self._context(subject, item, known)
        score = round(WEIGHTS["name"] * name + WEIGHTS["type"] * kind
                      + WEIGHTS["context"] * context, 2)
        evidence = (f"name {name:.2f} ({name_note}); type {kind:.2f} ({kind_note}); "
                    f"context {context:.2f} ({context_note})")
        return Candidate(item=item.id, label=item.label, description=item.description,
                         score=score, parts={"name": name, "type": kind, "context": context},
                         evidence=evidence)

    def _type(self, subject: Subject, item: Item) -> tuple[float, str]:
        if not subject.classes:
            return 0.5, "the ontology aligns no Wikidata class to its classes"
        stated = list(item.claims.get(self._instance_of or "", ()))
        if not stated:
            return 0.5, "the item states no class"
        expected = sorted(subject.classes)
        direct = [c for c in stated if c in subject.classes]
        if direct:
            return 1.0, f"instance of wd:{direct[0]}"
        parents = self.api.items(stated)
        for cls in stated:
            for parent in parents.get(cls, _NONE).claims.get(self._subclass_of or "", ()):
                if parent in subject.classes:
                    return 1.0, f"instance of wd:{cls}, a subclass of wd:{parent}"
        return 0.0, (f"instance of {', '.join('wd:' + c for c in stated)}, not of "
                     f"{', '.join('wd:' + c for c in expected)}")

    def _context(self, subject: Subject, item: Item, known: dict[str, str]
                 ) -> tuple[float, str]:
        checkable = [r for r in subject.relations if r.other in known]
        if not checkable:
            return 0.5, "nothing linked to check against"
        others = self.api.items(sorted({known[r.other] for r in checkable}))
        for r in checkable:
            other = known[r.other]
            if r.outgoing:
                holds = (other in item.claims.get(r.prop, ())
                         or (r.prop in INVERSES and item.id in
                             others.get(other, _NONE).claims.get(INVERSES[r.prop], ())))
                if holds:
                    return 1.0, f"{r.prop} wd:{other}, as the graph says of {r.other}"
            else:
                holds = (item.id in others.get(other, _NONE).claims.get(r.prop, ())
                         or (r.prop in INVERSES
                             and other in item.claims.get(INVERSES[r.prop], ())))
                if holds:
                    return 1.0, f"wd:{other} {r.prop} this item, as the graph says of {r.other}"
        facts = ", ".join(sorted({f"{r.prop} {r.other}" for r in checkable}))
        return 0.0, f"states none of: {facts}"


_NONE = Item("", None, (), None)
