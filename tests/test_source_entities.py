"""Entities that a source's claims file introduces (its ``entities:`` list), and claim flags."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kg
from kg.errors import KgError

SEED = "000_e7c134992ce6070e"
ENTRY = re.compile(r"  - id: group/n-flying\n(?:    .*\n)+")


def _move_to_claims(sources: Path, status: str = "accepted", keep: bool = False) -> None:
    """Move one registry entry into the seed's claims file, as an entity the source introduces."""
    registry = sources / "entities.yaml"
    text = registry.read_text(encoding="utf-8")
    entry = ENTRY.search(text)
    assert entry, "the registry no longer has the entry this test moves"
    if not keep:
        registry.write_text(text.replace(entry[0], ""), encoding="utf-8")
    claims = sources / f"{SEED}.claims.yaml"
    doc = claims.read_text(encoding="utf-8")
    introduced = "entities:\n" + entry[0] + f"    status: {status}\n"
    claims.write_text(doc.replace("claims:\n", introduced + "claims:\n", 1), encoding="utf-8")


def test_an_accepted_entity_of_a_claims_file_builds_the_same_graph(tmp_path, sources_copy,
                                                                   graph):
    _move_to_claims(sources_copy)
    kg.build(store=tmp_path / "store", sources=sources_copy)
    moved = kg.open_graph(tmp_path / "store")
    assert kg.export(moved, "nquads") == kg.export(graph, "nquads")


def test_a_proposed_entity_is_not_built(tmp_path, sources_copy):
    _move_to_claims(sources_copy, status="proposed")
    with pytest.raises(KgError, match="group/n-flying"):
        kg.build(store=tmp_path / "store", sources=sources_copy)
    assert not (tmp_path / "store").exists() or not any((tmp_path / "store").iterdir())


def test_a_key_defined_twice_names_both_places(tmp_path, sources_copy):
    _move_to_claims(sources_copy, keep=True)
    with pytest.raises(KgError) as error:
        kg.build(store=tmp_path / "store", sources=sources_copy)
    message = str(error.value)
    assert f"{SEED}.claims.yaml" in message and "entities.yaml, line" in message
    assert "group/n-flying" in message


@pytest.mark.parametrize(("status", "problem"), [("maybe", "status of entity"),
                                                 ("accepted\n    colour: red", "unknown field")])
def test_bad_entities_are_refused_with_file_and_line(tmp_path, sources_copy, status, problem):
    _move_to_claims(sources_copy, status=status)
    with pytest.raises(KgError, match=rf"{SEED}\.claims\.yaml, line \d+: .*{problem}"):
        kg.build(store=tmp_path / "store", sources=sources_copy)


def test_claim_flags_are_read_and_checked(tmp_path, sources_copy):
    from kg.corpus import load_corpus

    claims = sources_copy / f"{SEED}.claims.yaml"
    flagged = claims.read_text(encoding="utf-8")
    first = "  - id: pt-1-ost-soundtrack-of-k-drama\n"
    claims.write_text(flagged.replace(first, first + '    flags: ["check the title"]\n', 1),
                      encoding="utf-8")
    corpus = load_corpus(sources_copy)
    by_id = {c.id: c for c in corpus.claims}
    assert by_id["pt-1-ost-soundtrack-of-k-drama"].flags == ("check the title",)
    claims.write_text(flagged.replace(first, first + "    flags: check\n", 1), encoding="utf-8")
    with pytest.raises(KgError, match="flags of claim 'pt-1-ost-soundtrack-of-k-drama'"):
        load_corpus(sources_copy)
