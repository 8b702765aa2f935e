"""Every consistency check fires on its trigger fixture and stays quiet on its pass fixture."""

from __future__ import annotations

from pathlib import Path

import pytest
from datasets import FIXTURES, assembled, read_trig, store_of

from kg.checks import check_queries, run_check
from kg.library import QueryLibrary

CHECKS = {q.name: q for q in check_queries()}
FIXTURE_DIR = FIXTURES / "checks"


def _findings(name: str, kind: str) -> list:
    quads, _ = assembled(read_trig(FIXTURE_DIR / f"{name}.{kind}.trig"))
    return run_check(store_of(quads), CHECKS[name])


def test_the_library_has_the_six_checks() -> None:
    assert set(CHECKS) == {"check-source-disagreements", "check-date-before-existence",
                           "check-track-counts", "check-story-world-membership",
                           "check-unsourced-entities", "check-shared-names"}
    assert CHECKS["check-source-disagreements"].severity == "warning"


def test_every_fixture_names_a_check() -> None:
    names = {p.name.split(".")[0] for p in FIXTURE_DIR.glob("*.trig")}
    assert names == set(CHECKS)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_check_fires_on_its_trigger(name: str) -> None:
    findings = _findings(name, "trigger")
    assert findings, f"{name} found nothing in its trigger fixture"
    assert all(f.check == name and f.severity == CHECKS[name].severity for f in findings)
    assert all(f.focus.startswith("https://w3id.org/lovely-runner/id/test/") and f.message
               for f in findings)


@pytest.mark.parametrize("name", sorted(CHECKS))
def test_check_is_quiet_on_its_pass_fixture(name: str) -> None:
    assert _findings(name, "pass") == []


def test_disagreement_names_both_claims_and_sources() -> None:
    (finding,) = _findings("check-source-disagreements", "trigger")
    assert finding.focus.endswith("/test/rec")
    assert [c.rsplit("/", 1)[1] for c in finding.claims] == ["claim-a", "claim-b"]
    assert "2023-06 (Outlet A, 2024-09-24)" in finding.message
    assert "2024-06-04 (Outlet B, 2024-06-05)" in finding.message


def test_date_check_names_the_bound() -> None:
    (finding,) = _findings("check-date-before-existence", "trigger")
    assert finding.focus.endswith("/test/entry") and finding.value == "2023-06"
    assert "first broadcast of Series (2024-04-08)" in finding.message


def test_date_check_uses_the_earliest_release(tmp_path: Path) -> None:
    trig = (FIXTURE_DIR / "check-date-before-existence.pass.trig").read_text(encoding="utf-8")
    trig += """
GRAPH t:claim-b { t:release a lr:Release ; lr:releasedRecording t:rec ;
                  lr:date "2024-05-14"^^xsd:date . }
"""
    path = tmp_path / "release.trig"
    path.write_text(trig, encoding="utf-8")
    quads, _ = assembled(read_trig(path))
    (finding,) = run_check(store_of(quads), CHECKS["check-date-before-existence"])
    assert "earliest known release (2024-05-14)" in finding.message


def test_checks_are_ordinary_stored_queries() -> None:
    library = QueryLibrary()
    for name in CHECKS:
        assert library.get(name).severity in ("violation", "warning")
    assert library.get("cast").severity is None
