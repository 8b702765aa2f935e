"""Scoring the extractor against hand annotations."""

from __future__ import annotations

import datetime as dt
import json
import textwrap
from pathlib import Path

import pytest

from kg import resources
from kg.evaluation import RELATIONS, evaluate, relation_tuples

PUBLISHED = dt.date(2033, 6, 20)
ARTICLE = ("Jang Mi-rae plays the detective Oh Dal-bong in the thriller “Night Harbour.” "
           "“Night Bus” has surpassed 12 million streams on Spotify.\n")


def test_relation_tuples_are_made_of_the_documented_facts():
    facts = [
        ("person/a", "lr:portrays", "character/b"),
        ("character/b", "lr:leadVocalistOf", "band/c"),
        ("person/a", "lr:memberOf", "group/d"),
        ("recording/e", "lr:creditedArtist", "band/c"),
        ("recording/e", "lr:vocals", "vp/1"), ("vp/1", "lr:vocalist", "person/a"),
        ("ce/1", "lr:chartedRecording", "recording/e"), ("ce/1", "lr:chart", "chart/f"),
        ("ce/1", "lr:position", 3), ("ce/1", "lr:date", "--06-02"),
        ("so/1", "lr:observedItem", "recording/e"), ("so/1", "lr:platform", "platform/g"),
        ("so/1", "lr:streamCountLowerBound", 10), ("so/1", "lr:date", "@published"),
        ("rel/1", "lr:releasedRecording", "recording/e"), ("rel/1", "lr:date", "2033-05"),
        ("series/h", "lr:broadcaster", "org/i"), ("series/h", "lr:availableVia", "av/1"),
        ("av/1", "lr:platform", "platform/g"), ("series/h", "lr:finalEpisodeDate", "--06-01"),
        ("aw/1", "lr:award", "award/j"), ("aw/1", "lr:awardee", "person/a"),
        ("aw/1", "lr:date", "2032"),
    ]
    tuples = relation_tuples(facts, lambda key: key.split("/")[-1], PUBLISHED,
                             {"lr:leadVocalistOf": "lead vocalist"})
    assert tuples == {
        "plays": {("a", "b")},
        "membership": {("b", "c", "lead vocalist"), ("a", "d", "member")},
        "performs": {("credited", "e", "c"), ("vocals", "e", "a")},
        "chart-entry": {("e", "f", 3, "2033-06-02")},
        "stream-milestone": {("e", "g", 10, "2033-06-20")},
        "release": {("e", "2033-05")},
        "broadcast": {("broadcaster", "h", "i"), ("available on", "h", "g"),
                      ("final episode", "h", "2033-06-01")},
        "award": {("j", "a", "2032")},
    }
    assert set(tuples) == set(RELATIONS)


def make_corpus(folder: Path, claims: str, entities: str) -> Path:
    """A one-article corpus with the given hand claims and registry."""
    folder.mkdir(parents=True)
    (folder / "500_0000000000000000.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "sources.yaml").write_text(textwrap.dedent("""\
        - file: 500_0000000000000000.txt
          publisher: Harbour Times
          published: 2033-06-20
          url: https://example.org/a
        """), encoding="utf-8")
    (folder / "entities.yaml").write_text("entities:\n" + textwrap.indent(
        textwrap.dedent(entities), "  "), encoding="utf-8")
    (folder / "500_0000000000000000.claims.yaml").write_text(
        "source: 500_0000000000000000.txt\nclaims:\n" + textwrap.indent(
            textwrap.dedent(claims), "  "), encoding="utf-8")
    return folder


ENTITIES = """\
    - {id: org/harbour-times, type: lr:NewsOutlet, label: Harbour Times}
    - {id: person/jang-mi-rae, type: lr:Actor, label: Jang Mirae, variants: [Jang Mi-rae]}
    - {id: character/oh-dal-bong, type: lr:FictionalCharacter, label: Oh Dal-bong}
    - {id: series/night-harbour, type: lr:TelevisionSeries, label: Night Harbour}
    - {id: recording/night-bus, type: lr:Recording, label: Night Bus}
    - {id: platform/spotify, type: lr:Platform, label: Spotify}
    - {id: group/x, type: lr:MusicGroup, label: Group X}
"""
PLAYS = """\
    - id: plays
      quote: "Jang Mi-rae plays the detective Oh Dal-bong"
      facts:
        - [person/jang-mi-rae, lr:portrays, character/oh-dal-bong]
"""


def test_precision_and_recall_are_counted_per_relation(tmp_path):
    claims = PLAYS + """\
    - id: streams
      quote: "has surpassed 12 million streams on Spotify"
      facts:
        - [so/1, a, lr:StreamObservation]
        - [so/1, lr:observedItem, recording/night-bus]
        - [so/1, lr:platform, platform/spotify]
        - [so/1, lr:streamCountLowerBound, 13000000]
        - [so/1, lr:date, "@published"]
    - id: member
      quote: "Jang Mi-rae"
      facts:
        - [person/jang-mi-rae, lr:memberOf, group/x]
    - id: not-accepted
      quote: "Oh Dal-bong"
      status: rejected
      facts:
        - [person/jang-mi-rae, lr:portrays, character/oh-dal-bong]
"""
    folder = make_corpus(tmp_path / "corpus", claims, ENTITIES)
    report = evaluate([("mine", str(folder))])
    scores = report.corpora[0].relations
    # plays: found under another spelling of the actor's name (a variant of the hand label).
    assert (scores["plays"].tp, scores["plays"].fp, scores["plays"].fn) == (1, 0, 0)
    # 12 million found, 13 million annotated: one wrong, one missed.
    milestone = scores["stream-milestone"]
    assert (milestone.tp, milestone.fp, milestone.fn) == (0, 1, 1)
    assert milestone.precision == 0.0 and milestone.recall == 0.0
    assert (scores["membership"].tp, scores["membership"].fn) == (0, 1)
    assert scores["award"].precision is None and scores["award"].recall is None
    overall = report.corpora[0].overall
    assert (overall.tp, overall.fn) == (1, 2)
    assert report.failures()  # under target


STREAMS = """\
    - id: streams
      quote: "has surpassed 12 million streams on Spotify"
      facts:
        - [so/1, a, lr:StreamObservation]
        - [so/1, lr:observedItem, recording/night-bus]
        - [so/1, lr:platform, platform/spotify]
        - [so/1, lr:streamCountLowerBound, 12000000]
        - [so/1, lr:date, "@published"]
"""


def test_check_exit_codes(tmp_path, cli):
    perfect = make_corpus(tmp_path / "perfect", PLAYS + STREAMS, ENTITIES)
    done = cli("eval-extractor", "--corpus", str(perfect), "--check")
    assert done.returncode == 0, done.stdout + done.stderr
    missed = make_corpus(tmp_path / "missed", PLAYS + STREAMS + """\
    - id: member
      quote: "Jang Mi-rae"
      facts:
        - [person/jang-mi-rae, lr:memberOf, group/x]
""", ENTITIES)
    done = cli("eval-extractor", "--corpus", str(perfect), str(missed), "--check")
    assert done.returncode == 1
    assert "missed: membership" in done.stderr
    absent = cli("eval-extractor", "--corpus", str(tmp_path / "nowhere"))
    assert absent.returncode == 1 and "nowhere" in absent.stderr


def test_the_default_corpora_are_scored_per_relation(cli):
    done = cli("eval-extractor", "--format", "json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    names = [c["name"] for c in report["corpora"]]
    assert names[0] == "seeds"
    if (Path(resources.eval_dir()) / "heldout" / "sources.yaml").is_file():
        assert "dev" in names and "heldout" in names
    api = evaluate()
    for corpus, mine in zip(report["corpora"], api.corpora, strict=True):
        assert set(corpus["relations"]) == set(RELATIONS)
        for relation, figures in corpus["relations"].items():
            score = mine.relations[relation]
            assert (figures["tp"], figures["fp"], figures["fn"]) == (score.tp, score.fp,
                                                                     score.fn)
    # (the plain-text report of one small corpus: the text of the default ones is rendered by
    # the same code, and scoring them again would double this test's time)
    text = cli("eval-extractor", "--corpus", str(resources.shipped_sources_dir())).stdout
    for relation in RELATIONS:
        assert relation in text
    assert "precision" in text and "recall" in text


@pytest.mark.parametrize("relation", sorted(RELATIONS))
def test_every_relation_is_documented(relation):
    doc = (Path(__file__).resolve().parent.parent / "docs" / "ingest.md").read_text(
        encoding="utf-8")
    assert f"`{relation}`" in doc
