"""Building: determinism, atomic replacement, and clear refusals of bad input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

import kg
from kg import dates, exports
from kg.errors import SourceError, StoreNotBuiltError
from kg.graph import KnowledgeGraph


def _turtle(store: Path) -> bytes:
    return exports.serialize(KnowledgeGraph.open(store).quads(), "turtle")


def test_same_inputs_give_byte_identical_turtle(tmp_path: Path) -> None:
    kg.build(store=tmp_path / "a")
    kg.build(store=tmp_path / "b")
    first, second = _turtle(tmp_path / "a"), _turtle(tmp_path / "b")
    assert first == second
    assert b"lovely-runner" in first
    quads_a = set(KnowledgeGraph.open(tmp_path / "a").quads())
    quads_b = set(KnowledgeGraph.open(tmp_path / "b").quads())
    assert quads_a == quads_b


def test_build_report_counts(tmp_path: Path) -> None:
    report = kg.build(store=tmp_path / "s")
    assert report.sources == 2
    assert report.claims >= 60 and report.facts > report.claims
    assert report.warnings == []
    assert "sources: 2" in report.summary()


def test_query_on_a_store_never_built_says_how_to_build(tmp_path: Path) -> None:
    with pytest.raises(StoreNotBuiltError, match="lovely-kg build"):
        kg.open_graph(tmp_path / "nothing-here")


def _break(sources: Path, file: str, old: str, new: str) -> None:
    path = sources / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


CLAIMS = "001_e3fab462c1df6bfe.claims.yaml"


def test_quote_not_in_article_is_refused_naming_file_line_and_claim(sources_copy: Path) -> None:
    _break(sources_copy, CLAIMS, "On June 4, the song entered", "On June 14, the song entered")
    with pytest.raises(SourceError) as err:
        kg.build(store=sources_copy.parent / "s", sources=sources_copy)
    message = str(err.value)
    assert CLAIMS in message and "sudden-shower-billboard-global-200" in message
    assert re.search(r"line \d+", message) and "not in the article" in message


def test_undefined_entity_is_refused(sources_copy: Path) -> None:
    _break(sources_copy, CLAIMS, "person/byeon-woo-seok, lr:portrays",
           "person/byeon-woo-suk, lr:portrays")
    with pytest.raises(SourceError, match=r"line \d+.*'person/byeon-woo-suk' is not a defined"):
        kg.build(store=sources_copy.parent / "s", sources=sources_copy)


def test_invalid_date_is_refused(sources_copy: Path) -> None:
    _break(sources_copy, CLAIMS, '"2024-05-28"', '"2024-02-30"')
    with pytest.raises(SourceError, match=r"line \d+.*'2024-02-30' is not a valid date"):
        kg.build(store=sources_copy.parent / "s", sources=sources_copy)


def test_malformed_yaml_is_refused_with_its_line(sources_copy: Path) -> None:
    path = sources_copy / CLAIMS
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[9] = lines[9] + ' ]: "'
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SourceError, match=rf"{re.escape(CLAIMS)}, line 1\d: is not valid YAML"):
        kg.build(store=sources_copy.parent / "s", sources=sources_copy)


def test_unknown_property_and_class_are_refused(sources_copy: Path) -> None:
    _break(sources_copy, CLAIMS, "lr:portrays", "lr:plays")
    with pytest.raises(SourceError, match="'lr:plays' is not a property of the ontology"):
        kg.build(store=sources_copy.parent / "s", sources=sources_copy)


def test_a_literal_of_the_wrong_kind_is_refused(sources_copy: Path) -> None:
    _break(sources_copy, CLAIMS, "lr:position, 199]", "lr:position, \"top\"]")
    with pytest.raises(SourceError, match="'top' is not a whole number"):
        kg.build(store=sources_copy.parent / "s", sources=sources_copy)


def test_non_utf8_article_is_refused(sources_copy: Path) -> None:
    (sources_copy / "000_e7c134992ce6070e.txt").write_bytes(b"caf\xe9")
    with pytest.raises(SourceError, match="not valid UTF-8"):
        kg.build(store=sources_copy.parent / "s", sources=sources_copy)


def test_failed_build_leaves_the_previous_store_and_exports_untouched(
        sources_copy: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    kg.build(store=store, sources=sources_copy)
    export = tmp_path / "graph.ttl"
    kg.export(kg.open_graph(store), "turtle", export)
    before_export = export.read_bytes()
    before_quads = set(kg.open_graph(store).quads())
    before_files = sorted(p.name for p in store.iterdir())

    _break(sources_copy, CLAIMS, "Notably, Sudden Shower has surpassed",
           "Notably, Sudden Shower has passed")
    with pytest.raises(SourceError):
        kg.build(store=store, sources=sources_copy)

    assert set(kg.open_graph(store).quads()) == before_quads
    assert sorted(p.name for p in store.iterdir()) == before_files
    assert export.read_bytes() == before_export


def test_a_write_failure_midway_keeps_the_old_store(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    store = tmp_path / "store"
    kg.build(store=store)
    before = set(kg.open_graph(store).quads())

    import pyoxigraph

    def explode(self, *args):  # a disk failing while the new store is written
        raise OSError(28, "No space left on device")

    # flush: only the on-disk store calls it (validation loads an in-memory one first)
    monkeypatch.setattr(pyoxigraph.Store, "flush", explode)
    with pytest.raises(kg.errors.KgError, match="No space left"):
        kg.build(store=store)
    monkeypatch.undo()
    assert set(kg.open_graph(store).quads()) == before
    assert len([p for p in store.iterdir() if p.name.startswith("data-")]) == 1


@pytest.mark.parametrize(("written", "lexical", "kind", "inferred"), [
    ("2024-05-28", "2024-05-28", "date", None),
    ("2023-06", "2023-06", "gYearMonth", None),
    ("2009", "2009", "gYear", None),
    ("--06-04", "2024-06-04", "date", "YearFromPublicationDate"),
    ("--12-30", "2023-12-30", "date", "YearFromPublicationDate"),
    ("@published", "2024-06-05", "date", "PublicationDate"),
])
def test_calendar_dates(written: str, lexical: str, kind: str, inferred: str | None) -> None:
    got = dates.parse_calendar_date(written, dt.date(2024, 6, 5))
    assert got.lexical == lexical and got.datatype.endswith("#" + kind)
    assert (got.inference or "").endswith(inferred or "")
    assert (got.inference is None) == (inferred is None)


@pytest.mark.parametrize("bad", ["June 4", "2024-13", "2024-06-31", "--02-30", "", "24-06-04"])
def test_bad_calendar_dates(bad: str) -> None:
    with pytest.raises(ValueError):
        dates.parse_calendar_date(bad, dt.date(2024, 6, 5))
