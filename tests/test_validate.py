"""Validation of the built graph, and builds refused for violations."""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from datasets import assembled, read_trig
from test_build import _break

import kg
from kg.errors import StoreNotBuiltError, ValidationError
from kg.namespaces import ID, RDF, SCHEMA
from kg.store import StoreLocation
from kg.validation import validate_dataset

CLAIMS_001 = "001_e3fab462c1df6bfe.claims.yaml"
SUDDEN_SHOWER = ID + "recording/sudden-shower"


def test_seed_graph_has_no_violation_and_reports_the_billboard_disagreement(
        store_dir: Path) -> None:
    report = kg.validate(store_dir)
    assert report.ok and report.violations == []
    # The known conflict is the only thing to report: no shape warning, no other check.
    assert [f.check for f in report.warnings] == ["check-source-disagreements"]
    (finding,) = report.warnings
    assert finding.focus == SUDDEN_SHOWER and finding.path.endswith("#date")
    assert [s.rsplit("/", 1)[1] for s in finding.sources] == [
        "000_e7c134992ce6070e", "001_e3fab462c1df6bfe"]
    assert len(finding.claims) == 2
    assert "2023-06" in finding.message and "2024-06-04" in finding.message
    assert report.labels[SUDDEN_SHOWER] == "Sudden Shower"
    assert report.shapes >= 30 and report.checks == 6


def test_validate_command_prints_a_readable_report(cli, store_dir: Path) -> None:
    done = cli("validate", "--store", str(store_dir))
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert out.startswith("Validation: 0 violations, ")
    for fragment in ("WARNING  Sudden Shower (id:recording/sudden-shower)  lr:date",
                     "Billboard Global 200", "source: Pinkvilla, 2024-09-24",
                     "source: Sportskeeda, 2024-06-05", "found by: check-source-disagreements"):
        assert fragment in out
    as_json = json.loads(cli("validate", "--store", str(store_dir), "--format", "json").stdout)
    assert as_json["violations"] == 0
    assert any(f["label"] == "Sudden Shower" and len(f["sources"]) == 2
               for f in as_json["findings"])


def test_validate_before_any_build_says_how_to_build(cli, tmp_path: Path) -> None:
    done = cli("validate", "--store", str(tmp_path / "none"))
    assert done.returncode == 1 and "lovely-kg build" in done.stderr
    with pytest.raises(StoreNotBuiltError):
        kg.validate(tmp_path / "none")


def _refused(cli, sources: Path, store: Path) -> str:
    first = cli("build", "--store", str(store))
    assert first.returncode == 0, first.stderr
    live = StoreLocation(store).current()
    done = cli("build", "--store", str(store), "--sources", str(sources))
    assert done.returncode == 1
    assert "The build was refused" in done.stderr and "Traceback" not in done.stderr
    assert StoreLocation(store).current() == live  # the previous graph stays live
    after = cli("query", "who-voices-eclipse-songs", "--store", str(store), "--format", "csv")
    assert after.returncode == 0 and "recording/sudden-shower" in after.stdout
    return done.stderr


def test_build_refuses_an_unsourced_entity(cli, sources_copy: Path, tmp_path: Path) -> None:
    with (sources_copy / "entities.yaml").open("a", encoding="utf-8") as fh:
        fh.write('  - id: person/nobody\n    type: lr:Person\n    label: "Nobody Known"\n')
    report = _refused(cli, sources_copy, tmp_path / "store")
    assert "VIOLATION  Nobody Known (id:person/nobody)" in report
    assert "found by: check-unsourced-entities" in report


def test_build_refuses_a_chart_entry_without_position(cli, sources_copy: Path,
                                                      tmp_path: Path) -> None:
    _break(sources_copy, CLAIMS_001,
           "      - [chart-entry/sudden-shower-melon-top-100-2024-05-24, lr:position, 4]\n", "")
    report = _refused(cli, sources_copy, tmp_path / "store")
    assert "id:chart-entry/sudden-shower-melon-top-100-2024-05-24  lr:position" in report
    assert "found by: shacl lrsh:ChartEntryShape" in report or "ChartEntryShape" in report
    # the claim and source where the fact was left out
    assert "claim: id:claim/001_e3fab462c1df6bfe/sudden-shower-melon-top-100" in report
    assert "source: Sportskeeda, 2024-06-05" in report


def test_build_refuses_a_person_who_is_also_a_character(sources_copy: Path,
                                                        tmp_path: Path) -> None:
    _break(sources_copy, "entities.yaml", "  - id: person/moon-xion\n    type: lr:Actor\n",
           "  - id: person/moon-xion\n    type: [lr:Actor, lr:FictionalCharacter]\n")
    with pytest.raises(ValidationError) as err:
        kg.build(store=tmp_path / "store", sources=sources_copy)
    clashes = [f for f in err.value.report.violations if f.check == "reasoner"]
    assert {f.focus for f in clashes} == {ID + "person/moon-xion"}
    assert any("lr:Person and lr:FictionalCharacter" in f.message
               or "lr:FictionalCharacter and lr:Person" in f.message for f in clashes)
    assert not StoreLocation(tmp_path / "store").is_built()


def test_a_character_in_a_real_group_is_reported_twice_over() -> None:
    # The check names the mistake; the reasoner sees its consequence (domain of lr:memberOf).
    from datasets import FIXTURES

    quads, found = assembled(read_trig(
        FIXTURES / "checks" / "check-story-world-membership.trigger.trig"))
    report = validate_dataset(quads, found.clashes)
    checks = {f.check for f in report.violations}
    assert {"check-story-world-membership", "reasoner"} <= checks


def test_export_with_and_without_entailments(cli, store_dir: Path, tmp_path: Path) -> None:
    person = ox.Triple(ox.NamedNode(ID + "person/byeon-woo-seok"), ox.NamedNode(RDF + "type"),
                       ox.NamedNode(SCHEMA + "Person"))
    triples = {}
    for flag in ("--inferred", "--no-inferred"):
        out = tmp_path / f"{flag}.ttl"
        done = cli("export", "--store", str(store_dir), "-f", "turtle", "-o", str(out), flag)
        assert done.returncode == 0, done.stderr
        triples[flag] = {q.triple for q in ox.parse(path=str(out),
                                                    format=ox.RdfFormat.TURTLE)}
    assert person in triples["--inferred"] and person not in triples["--no-inferred"]
    assert triples["--no-inferred"] < triples["--inferred"]
    nquads = cli("export", "--store", str(store_dir), "-f", "nquads", "--no-inferred").stdout
    assert "graph/inferred" not in nquads and "graph/provenance" in nquads
    default = cli("export", "--store", str(store_dir), "-f", "nquads").stdout
    assert "<https://w3id.org/lovely-runner/graph/inferred> ." in default


def test_a_broken_shapes_file_is_named(tmp_path: Path) -> None:
    from kg.errors import SourceError
    from kg.shacl import shape_findings

    bad = tmp_path / "shapes.ttl"
    bad.write_text("@prefix sh: <http://www.w3.org/ns/shacl#> .\nsh:x sh:y\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"shapes\.ttl: is not valid Turtle"):
        shape_findings([], bad)
    with pytest.raises(SourceError, match="cannot be read"):
        shape_findings([], tmp_path / "missing.ttl")
