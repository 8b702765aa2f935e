"""Every question of QUESTIONS.md, answered by its stored query on a real built store."""

from __future__ import annotations

from collections import Counter

import expected as ex
import pyoxigraph as ox
from conftest import norm

from kg.graph import KnowledgeGraph
from kg.namespaces import LR


def labelled(graph: KnowledgeGraph, term: object) -> str | None:
    """A term as a person reads it: an IRI's label, a literal's value."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return graph.label(term.value) or term.value
    return term.value


def rows(graph: KnowledgeGraph, name: str, **params: str) -> list[dict[str, str | None]]:
    result = graph.run(name, params)
    return [{v: labelled(graph, t) for v, t in zip(result.variables, row, strict=True)}
            for row in result.rows]


def test_every_question_has_a_stored_query(graph: KnowledgeGraph) -> None:
    wanted = {"who-voices-eclipse-songs", "eclipse-members", "cast", "ost-tracklist",
              "track-count-check", "chart-entries", "stream-milestones", "conflicting-claims",
              "provenance", "group-affiliations", "in-story-performances", "series-facts",
              "records", "find-entity", "sources"}
    assert wanted <= set(graph.library.names())


def test_who_voices_eclipse_songs(graph: KnowledgeGraph) -> None:
    got = rows(graph, "who-voices-eclipse-songs")
    assert {norm(r["recording"]) for r in got} == {norm(s) for s in ex.ECLIPSE_SONGS}
    assert len(got) == 6
    for r in got:
        assert norm(r["singer"]) == norm("Byeon Woo-seok")
        assert norm(r["character"]) == norm("Ryu Sun-jae")


def test_who_voices_accepts_any_spelling_of_the_band(graph: KnowledgeGraph) -> None:
    assert len(rows(graph, "who-voices-eclipse-songs", band="eclipse")) == 6
    assert rows(graph, "who-voices-eclipse-songs", band="N.Flying") == []


def test_eclipse_members(graph: KnowledgeGraph) -> None:
    got = {r["member"]: r for r in rows(graph, "eclipse-members")}
    assert {norm(m) for m in got} == {norm(m) for m in ex.ECLIPSE_MEMBERS}
    for member, (actor, role, group) in ex.ECLIPSE_MEMBERS.items():
        r = next(v for k, v in got.items() if norm(k) == norm(member))
        assert norm(r["actor"]) == norm(actor)
        assert norm(r["actorGroup"]) == norm(group)
        assert (role is None) == (r["role"] is None)
        if role:
            assert norm(role) in norm(r["role"])


def test_cast(graph: KnowledgeGraph) -> None:
    got = {(norm(r["actor"]), norm(r["character"])) for r in rows(graph, "cast")}
    assert got == {(norm(a), norm(c)) for a, c in ex.CAST}


def test_ost_tracklist(graph: KnowledgeGraph) -> None:
    got = rows(graph, "ost-tracklist")
    by_kind: dict[str, list[dict]] = {}
    for r in got:
        by_kind.setdefault(r["kind"], []).append(r)
    counts = {kind: int(rs[0]["statedCount"]) for kind, rs in by_kind.items()}
    for fragment, count in ex.TRACK_COUNTS.items():
        kind = next(k for k in counts if fragment in k.lower())
        assert counts[kind] == count
    fictional = next(rs for k, rs in by_kind.items() if "fictional band" in k.lower())
    assert {norm(r["track"]) for r in fictional} == {norm(s) for s in ex.ECLIPSE_SONGS}
    assert {norm(r["performer"]) for r in fictional} == {norm("ECLIPSE")}
    vocal = next(rs for k, rs in by_kind.items() if "vocal" in k.lower())
    assert {norm(r["track"]): norm(r["performer"]) for r in vocal} == {
        norm(t): norm(p) for t, p in ex.VOCAL_SONGS.items()}
    score = next(rs for k, rs in by_kind.items() if "background" in k.lower())
    assert [r["track"] for r in score] == [None]
    assert sum(counts.values()) == ex.ALBUM_TOTAL


def test_track_count_check(graph: KnowledgeGraph) -> None:
    got = rows(graph, "track-count-check")
    assert len(got) == 1
    r = got[0]
    assert int(r["statedTotal"]) == ex.ALBUM_TOTAL
    assert int(r["sumOfGroups"]) == sum(ex.TRACK_COUNTS.values())
    assert int(r["groups"]) == len(ex.TRACK_COUNTS)
    assert r["consistent"] == "true"


def test_chart_entries(graph: KnowledgeGraph) -> None:
    got = rows(graph, "chart-entries")
    assert {(norm(r["recording"]), norm(r["chart"]), int(r["position"]), r["date"],
             r["published"]) for r in got} == {
        (norm(a), norm(b), c, d, e) for a, b, c, d, e in ex.CHART_ENTRIES}
    month = next(r for r in got if r["date"] == "2023-06")
    assert month["precision"].lower().startswith("month")
    assert month["dateInference"] is None
    for r in got:
        if r["date"] in ("2024-06-04", "2024-05-24"):
            assert r["precision"].lower().startswith("day")
            assert "publication" in r["dateInference"].lower()


def test_stream_milestones(graph: KnowledgeGraph) -> None:
    got = rows(graph, "stream-milestones")
    assert {(norm(r["item"]), norm(r["platform"]), int(r["atLeast"]), r["asOf"])
            for r in got} == {(norm(a), norm(b), c, d) for a, b, c, d in ex.STREAM_MILESTONES}


def test_stream_milestones_threshold_parameter(graph: KnowledgeGraph) -> None:
    got = rows(graph, "stream-milestones", min_streams="15000000")
    assert {int(r["atLeast"]) for r in got} == {100_000_000, 20_000_000}


def test_conflicting_claims(graph: KnowledgeGraph) -> None:
    got = rows(graph, "conflicting-claims")
    assert len(got) == 1
    r = got[0]
    assert norm(r["recording"]) == norm("Sudden Shower")
    assert norm(r["chart"]) == norm("Billboard Global 200")
    dates = {r["date1"], r["date2"]}
    assert dates == {"2023-06", "2024-06-04"}
    assert {norm(r["source1"]), norm(r["source2"])} == {norm("Pinkvilla, 2024-09-24"),
                                                        norm("Sportskeeda, 2024-06-05")}


def test_group_affiliations(graph: KnowledgeGraph) -> None:
    got = rows(graph, "group-affiliations")
    assert {(norm(r["person"]), norm(r["group"])) for r in got} == {
        (norm(a), norm(b)) for a, b in ex.GROUP_AFFILIATIONS}
    minnie = next(r for r in got if norm(r["person"]) == "minnie")
    assert norm(minnie["managedBy"]) == norm("Cube Entertainment")
    assert "girl group" in minnie["groupDescription"]


def test_in_story_performances(graph: KnowledgeGraph) -> None:
    got = rows(graph, "in-story-performances")
    assert [int(r["occurrence"]) for r in got] == [1, 2, 3]
    first, second, third = got
    assert "live performance" in first["occasion"].lower()
    assert "original" in first["timeline"].lower()
    assert "competition" in second["occasion"].lower()
    assert "missing" in second["occasion"].lower()
    assert second["storyYear"] == "2009"
    assert "revised" in third["timeline"].lower() and third["storyYear"] == "2023"
    assert "recall" in third["occasion"].lower()


def test_series_facts(graph: KnowledgeGraph) -> None:
    got = rows(graph, "series-facts")
    facts: dict[str, set[str]] = {}
    for r in got:
        facts.setdefault(r["property"], set()).add(r["value"])
    for prop, values in ex.SERIES_FACTS.items():
        assert {norm(v) for v in facts[prop]} == {norm(v) for v in values}, prop
    viki = next(r for r in got if r["value"] == "Viki")
    assert "international" in viki["note"] and "limited countries" in viki["note"]


def test_records(graph: KnowledgeGraph) -> None:
    got = rows(graph, "records")
    assert len(got) == 1
    r = got[0]
    assert "highest pre-ordered" in r["record"].lower()
    assert norm(r["statedBy"]) == norm("CJ ENM")
    assert r["date"] == "2024-06-05"
    assert norm(r["reportedBy"]) == norm("SPOTV News")
    assert norm(r["holder"]) == norm("Lovely Runner OST")


def test_find_entity_resolves_every_variant_to_one_entity(graph: KnowledgeGraph) -> None:
    targets = {"Byeon Woo Seok": "Byeon Woo-seok", "byeon woo-seok": "Byeon Woo-seok",
               "Sun Jae": "Ryu Sun-jae", "Eclipse": "ECLIPSE", "MINNIE": "Minnie",
               "Kim Hye Yoon": "Kim Hye-yoon"}
    for spelling, label in targets.items():
        result = graph.run("find-entity", {"name": spelling})
        entities = set(result.values("entity"))
        assert len(entities) == 1, spelling
        assert set(result.values("label")) == {label}


def test_find_entity_unknown_name_gives_nothing(graph: KnowledgeGraph) -> None:
    assert graph.run("find-entity", {"name": "Nobody At All"}).rows == []


def test_sources(graph: KnowledgeGraph) -> None:
    got = rows(graph, "sources")
    assert {r["published"]: (r["publisher"], r["url"]) for r in got} == ex.SOURCES
    provenance = graph.run("provenance")
    per_source = Counter(t.value for t in (row[3] for row in provenance.rows))
    for row in graph.run("sources").rows:
        source, facts = row[0].value, int(row[5].value)
        assert facts == per_source[source] > 0


def test_fictional_and_real_never_mix(graph: KnowledgeGraph) -> None:
    mixed = graph.sparql(f"""
        SELECT ?x WHERE {{
          {{ ?x a <{LR}FictionalCharacter> , <{LR}Person> }}
          UNION {{ ?x a <{LR}FictionalBand> , <{LR}MusicGroup> }}
          UNION {{ ?x <{LR}memberOf> ?g . ?g a <{LR}FictionalBand> }}
          UNION {{ ?x <{LR}inStoryMemberOf> ?g . ?g a <{LR}MusicGroup> }}
          UNION {{ ?x <{LR}memberOf> ?g . ?x a <{LR}FictionalCharacter> }}
        }}""")
    assert mixed.rows == []
