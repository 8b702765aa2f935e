"""How well the extractor does: precision and recall against hand annotations.

For each sources folder (a *corpus*: ``sources.yaml``, articles, hand-made claims files and an
``entities.yaml``), every article is run through :func:`kg.extraction.extract` with the
*base* registry (the one ingesting into the shipped sources would use, never the folder's own
answer key), and the facts of its proposed claims are compared with the facts of the article's
accepted hand claims. Both sides are reduced to *relation tuples* (see :data:`RELATIONS` and
``docs/ingest.md``), in which entities are compared by normalised name and dates by the day,
month or year they resolve to. Per relation, a tuple found on both sides is a true positive,
one only the extractor has a false positive, one only the hand has a false negative;
precision and recall are computed over the sum of every article of a folder.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

#: The relation kinds and what each is made of (documented in docs/ingest.md).
RELATIONS: dict[str, str] = {
    "plays": "(actor, character) from [actor, lr:portrays, character]",
    "membership": "(member, group, role) from lr:memberOf and lr:inStoryMemberOf (role "
                  "'member') and their sub-properties such as lr:leadVocalistOf (role: the "
                  "property's label)",
    "performs": "('credited', recording, artist) from lr:creditedArtist; ('vocals', recording, "
                "singer) from lr:vocals -> lr:vocalist",
    "chart-entry": "(recording, chart, position, date) from an lr:ChartEntry's "
                   "lr:chartedRecording, lr:chart, lr:position, lr:date",
    "stream-milestone": "(item, platform, count, date) from an lr:StreamObservation's "
                        "lr:observedItem, lr:platform, lr:streamCountLowerBound, lr:date",
    "release": "(recording, date) from an lr:Release's lr:releasedRecording and lr:date",
    "broadcast": "('broadcaster', series, organisation) from lr:broadcaster; ('available on', "
                 "series, platform) from lr:availableVia -> lr:platform; ('first episode' | "
                 "'final episode', series, date) from lr:firstEpisodeDate | lr:finalEpisodeDate; "
                 "('schedule', series, text) from lr:airingSchedule",
    "award": "(award, awardee, date) from an lr:AwardWin's lr:award, lr:awardee, lr:date",
}
TARGET_PRECISION = 0.9
TARGET_RECALL = 0.8

Fact = tuple[str, str, object]
Tuple = tuple


@dataclass
class Score:
    """Counts of one relation: true positives, false positives, false negatives."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    missed: list[tuple[str, Tuple]] = field(default_factory=list)  # (article, tuple)
    wrong: list[tuple[str, Tuple]] = field(default_factory=list)

    @property
    def precision(self) -> float | None:
        """tp / (tp + fp), or ``None`` when the extractor proposed nothing."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """tp / (tp + fn), or ``None`` when the hand annotations hold nothing."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def add(self, other: Score) -> None:
        """Add another score's counts (and examples) to this one."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.missed += other.missed
        self.wrong += other.wrong

    def meets(self, precision: float, recall: float) -> bool:
        """Whether both figures reach the targets (a figure with nothing to count passes)."""
        return (self.precision is None or self.precision >= precision) and \
            (self.recall is None or self.recall >= recall)


@dataclass
class CorpusScore:
    """The scores of one corpus folder: per relation and overall (micro-averaged)."""

    name: str
    directory: str
    articles: int
    relations: dict[str, Score]

    @property
    def overall(self) -> Score:
        """Every relation's counts summed."""
        total = Score()
        for score in self.relations.values():
            total.add(score)
        return total


@dataclass
class EvaluationReport:
    """The scores of every corpus evaluated."""

    corpora: list[CorpusScore]
    skipped: list[str] = field(default_factory=list)

    def failures(self, precision: float = TARGET_PRECISION, recall: float = TARGET_RECALL
                 ) -> list[str]:
        """The (corpus, relation) figures under the targets, as readable lines."""
        out = []
        for corpus in self.corpora:
            for name, score in corpus.relations.items():
                if not score.meets(precision, recall):
                    out.append(f"{corpus.name}: {name}: precision {_fmt(score.precision)}, "
                               f"recall {_fmt(score.recall)}")
        return out

    def to_json(self) -> str:
        """The report as JSON: per corpus, per relation, counts and figures."""
        def one(score: Score) -> dict:
            return {"tp": score.tp, "fp": score.fp, "fn": score.fn,
                    "precision": score.precision, "recall": score.recall}
        return json.dumps({
            "relations": RELATIONS,
            "targets": {"precision": TARGET_PRECISION, "recall": TARGET_RECALL},
            "corpora": [{"name": c.name, "directory": c.directory, "articles": c.articles,
                         "relations": {k: one(v) for k, v in c.relations.items()},
                         "overall": one(c.overall)} for c in self.corpora],
            "skipped": self.skipped,
        }, indent=2, ensure_ascii=False)

    def to_text(self, details: bool = False) -> str:
        """Aligned tables, one per corpus; with ``details`` the missed and wrong tuples."""
        lines: list[str] = []
        for corpus in self.corpora:
            lines.append(f"{corpus.name} ({corpus.directory}, {corpus.articles} articles)")
            lines.append(f"  {'relation':<18}{'tp':>4}{'fp':>4}{'fn':>4}  "
                         f"{'precision':>9}  {'recall':>6}")
            rows = [*corpus.relations.items(), ("overall", corpus.overall)]
            for name, score in rows:
                lines.append(f"  {name:<18}{score.tp:>4}{score.fp:>4}{score.fn:>4}  "
                             f"{_fmt(score.precision):>9}  {_fmt(score.recall):>6}")
            if details:
                for name, score in corpus.relations.items():
                    for article, t in score.missed:
                        lines.append(f"  - missed {name} in {article}: {_show(t)}")
                    for article, t in score.wrong:
                        lines.append(f"  - wrong  {name} in {article}: {_show(t)}")
            lines.append("")
        for note in self.skipped:
            lines.append(f"skipped: {note}")
        return "\n".join(lines).rstrip() + "\n"


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}"


def _show(t: Tuple) -> str:
    return "(" + ", ".join(str(x) for x in t) + ")"


def default_corpora() -> list[tuple[str, str]]:
    """(name, folder) of the shipped seed sources and the evaluation corpus' dev and heldout."""
    from kg import resources

    found = [("seeds", resources.shipped_sources_dir())]
    for split in ("dev", "heldout"):
        found.append((split, os.path.join(resources.eval_dir(), split)))
    return found


def evaluate(corpora: Iterable[str | tuple[str, str]] | None = None,
             base: str | os.PathLike[str] | None = None) -> EvaluationReport:
    """Score the extractor on each corpus folder (default: :func:`default_corpora`).

    ``base`` is the sources folder whose registry the extractor uses (default: the shipped
    sources). A default folder that does not exist is skipped and named in the report; one
    given explicitly must exist.
    """
    from kg import resources
    from kg.errors import KgError
    from kg.extraction import Registry

    explicit = corpora is not None
    items = [c if isinstance(c, tuple) else (Path(c).name, str(c))
             for c in (corpora if explicit else default_corpora())]
    registry = Registry.from_folder(base or resources.shipped_sources_dir())
    report = EvaluationReport(corpora=[])
    for name, directory in items:
        if not Path(directory).is_dir():
            if explicit:
                raise KgError(f"{directory}: no such corpus folder (a sources folder with "
                              "sources.yaml, articles, claims files and entities.yaml).")
            report.skipped.append(f"{name}: {directory} does not exist")
            continue
        report.corpora.append(score_corpus(name, directory, registry))
    return report


def score_corpus(name: str, directory: str | os.PathLike[str], registry: object
                 ) -> CorpusScore:
    """Score one corpus folder with the extractor's ``registry``."""
    from kg.corpus import load_corpus
    from kg.extraction import extract
    from kg.extraction.vocabulary import default_vocabulary

    corpus = load_corpus(Path(directory))
    roles = default_vocabulary().roles
    hand_names = Names.of(corpus.entities)
    scores = {relation: Score() for relation in RELATIONS}
    known = {e.key: e for e in registry}
    for source in corpus.sources:
        hand_facts = [(f.subject, f.predicate, f.object) for c in corpus.accepted_claims
                      if c.source.key == source.key for f in c.facts]
        proposal = extract(source.text, source.published, registry)
        own = {e.key: e for e in proposal.entities}
        hand = relation_tuples(hand_facts, hand_names.of_key, source.published, roles)
        found = relation_tuples(proposal.facts, _namer(hand_names, own, known),
                                source.published, roles)
        for relation in RELATIONS:
            h, x = hand[relation], found[relation]
            score = scores[relation]
            score.tp += len(h & x)
            score.fp += len(x - h)
            score.fn += len(h - x)
            score.missed += [(source.file, t) for t in sorted(h - x, key=repr)]
            score.wrong += [(source.file, t) for t in sorted(x - h, key=repr)]
    return CorpusScore(name=name, directory=str(directory), articles=len(corpus.sources),
                       relations=scores)


def _namer(hand: Names, own: dict, known: dict) -> Callable[[str], str]:
    """How the extractor side names a key: the hand name its entity matches, if any."""
    def name(key: str) -> str:
        entity = own.get(key) or known.get(key)
        if entity is None:
            return key
        return hand.canonical(entity.label, getattr(entity, "variants", ()))
    return name


class Names:
    """The hand side's entities by every normalised name, to compare names across sides."""

    def __init__(self) -> None:
        self.by_key: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = defaultdict(list)

    @classmethod
    def of(cls, entities: Iterable[object]) -> Names:
        """The names of ``entities`` (records with key, label and variants)."""
        from kg.extraction.names import exact_form

        names = cls()
        for e in entities:
            canonical = exact_form(e.label)
            names.by_key[e.key] = canonical
            for name in (e.label, *e.variants):
                if canonical not in names.by_name[exact_form(name)]:
                    names.by_name[exact_form(name)].append(canonical)
        return names

    def of_key(self, key: str) -> str:
        """The canonical (normalised label) name of a hand key, or the key itself."""
        return self.by_key.get(key, key)

    def canonical(self, label: str, variants: Iterable[str] = ()) -> str:
        """The hand name an extractor entity matches by label, else by a variant, else its own
        normalised label."""
        from kg.extraction.names import exact_form

        for name in (label, *variants):
            found = self.by_name.get(exact_form(name))
            if found:
                return found[0]
        return exact_form(label)


def relation_tuples(facts: Iterable[Fact], name: Callable[[str], str], published: dt.date,
                    roles: dict[str, str]) -> dict[str, set[Tuple]]:
    """The relation tuples the ``facts`` of one article make (see :data:`RELATIONS`)."""
    from kg.extraction.dates import resolve

    by_subject: dict[str, dict[str, list[object]]] = defaultdict(lambda: defaultdict(list))
    for s, p, o in facts:
        if o not in by_subject[s][p]:
            by_subject[s][p].append(o)

    def date(value: object) -> str:
        return resolve(str(value), published) if value is not None else ""

    def one(node: str, prop: str) -> list[object]:
        return by_subject.get(node, {}).get(prop) or [None]

    out: dict[str, set[Tuple]] = {relation: set() for relation in RELATIONS}
    for s, props in by_subject.items():
        for o in props.get("lr:portrays", []):
            out["plays"].add((name(s), name(str(o))))
        for prop, role in (("lr:memberOf", "member"), ("lr:inStoryMemberOf", "member"),
                           *roles.items()):
            for o in props.get(prop, []):
                out["membership"].add((name(s), name(str(o)), role))
        for o in props.get("lr:creditedArtist", []):
            out["performs"].add(("credited", name(s), name(str(o))))
        for vp in props.get("lr:vocals", []):
            for singer in one(str(vp), "lr:vocalist"):
                if singer is not None:
                    out["performs"].add(("vocals", name(s), name(str(singer))))
        for rec in props.get("lr:chartedRecording", []):
            for chart in one(s, "lr:chart"):
                for pos in one(s, "lr:position"):
                    for d in one(s, "lr:date"):
                        out["chart-entry"].add((name(str(rec)), name(str(chart)) if chart else "",
                                                pos, date(d)))
        for item in props.get("lr:observedItem", []):
            for platform in one(s, "lr:platform"):
                for count in one(s, "lr:streamCountLowerBound"):
                    for d in one(s, "lr:date"):
                        out["stream-milestone"].add((name(str(item)),
                                                     name(str(platform)) if platform else "",
                                                     count, date(d)))
        for rec in props.get("lr:releasedRecording", []):
            for d in one(s, "lr:date"):
                out["release"].add((name(str(rec)), date(d)))
        for o in props.get("lr:broadcaster", []):
            out["broadcast"].add(("broadcaster", name(s), name(str(o))))
        for av in props.get("lr:availableVia", []):
            for platform in one(str(av), "lr:platform"):
                if platform is not None:
                    out["broadcast"].add(("available on", name(s), name(str(platform))))
        for prop, what in (("lr:firstEpisodeDate", "first episode"),
                           ("lr:finalEpisodeDate", "final episode")):
            for d in props.get(prop, []):
                out["broadcast"].add((what, name(s), date(d)))
        for value in props.get("lr:airingSchedule", []):
            out["broadcast"].add(("schedule", name(s), str(value).casefold()))
        for award in props.get("lr:award", []):
            for awardee in one(s, "lr:awardee"):
                for d in one(s, "lr:date"):
                    out["award"].add((name(str(award)), name(str(awardee)) if awardee else "",
                                      date(d)))
    return out
