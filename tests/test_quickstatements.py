"""QuickStatements export: valid v1 commands, references from provenance, unlinked skipped.

The grammar check below is written from the QuickStatements v1 format (tab-separated item,
property, value, then qualifier pairs, then source pairs), independently of the exporter.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

import kg
from kg.quickstatements import quickstatements

ITEM = r"Q[1-9][0-9]*"
VALUE = re.compile(rf'^(?:{ITEM}|"[^"\t\n]*"|[a-z]{{2,3}}:"[^"\t\n]*"|'
                   r"[+-]\d{4,}-\d\d-\d\dT00:00:00Z/(?:9|10|11)|[+-]?\d+(?:\.\d+)?|"
                   r"@-?\d+(?:\.\d+)?/-?\d+(?:\.\d+)?)$")


def parse_v1(line: str) -> tuple[str, str, str, list[tuple[str, str]], list[tuple[str, str]]]:
    """Check one QuickStatements v1 command; return item, property, value, qualifiers, sources."""
    fields = line.split("\t")
    assert len(fields) >= 3 and len(fields) % 2 == 1, line
    item, prop, value = fields[:3]
    assert re.fullmatch(ITEM, item), item
    assert re.fullmatch(r"P[1-9][0-9]*", prop), prop
    assert VALUE.match(value), value
    qualifiers, sources = [], []
    for key, val in zip(fields[3::2], fields[4::2], strict=True):
        assert VALUE.match(val), val
        if key.startswith("S"):
            assert re.fullmatch(r"S[1-9][0-9]*", key), key
            sources.append((key, val))
        else:
            assert not sources, f"a qualifier after a source: {line}"
            assert re.fullmatch(r"P[1-9][0-9]*", key), key
            qualifiers.append((key, val))
    return item, prop, value, qualifiers, sources


def links_of(graph) -> dict[str, str]:
    rows = graph.sparql("SELECT ?e ?i WHERE { ?e owl:sameAs ?i }").rows
    return {r[0].value: r[1].value.rsplit("/", 1)[1] for r in rows}


def sources_of(graph) -> dict[str, tuple[str, str]]:
    result = graph.run("sources")
    at = {v: i for i, v in enumerate(result.variables)}
    return {r[at["url"]].value: (r[at["published"]].value, r[at["publisher"]].value)
            for r in result.rows}


def test_the_shipped_graph_exports_valid_commands_with_references(graph) -> None:
    out = quickstatements(graph.store)
    assert out.lines, "nothing exported: the test would prove nothing"
    links = links_of(graph)
    linked_items = set(links.values())
    urls = {}
    for url, (published, _) in sources_of(graph).items():
        urls[f'"{url}"'] = f"+{published}T00:00:00Z/11"
    for line in out.lines:
        item, _, value, _, sources = parse_v1(line)
        assert item in linked_items
        if re.fullmatch(ITEM, value):
            assert value in linked_items
        refs = dict(sources)
        assert refs["S854"] in urls, line
        assert refs["S577"] == urls[refs["S854"]]
    # Unlinked entities are skipped and counted.
    assert sum(out.skipped.values()) > 0 and out.unlinked
    assert all(not k.startswith("http") for k in out.unlinked)


def test_cast_members_carry_their_character(graph) -> None:
    out = quickstatements(graph.store)
    links = links_of(graph)
    item_of = {v: k for k, v in links.items()}
    roles = graph.sparql(
        "SELECT ?actor ?name WHERE { ?actor lr:portrays ?c . ?c skos:prefLabel ?name }").rows
    expected = {(r[0].value, r[1].value) for r in roles if r[0].value in links}
    cast = {(item_of[value], q[1].strip('"'))
            for item, prop, value, qualifiers, _ in map(parse_v1, out.lines)
            if prop == "P161" for q in qualifiers if q[0] == "P4633"}
    assert expected and cast == expected


CURATED = """\
links:
  - {entity: series/lovely-runner, wikidata: Q990000001, status: two-sources,
     recorded: 2026-11-22, how: test data}
"""


@pytest.fixture
def linked_store(tmp_path: Path, sources_copy: Path) -> tuple[Path, dict[str, str]]:
    """A graph whose songs, chart, group, singer and publisher are linked to test items."""
    keys = ["song/sudden-shower", "song/star", "chart/billboard-global-200", "group/n-flying",
            "person/lee-seung-hyub", "org/pinkvilla", "person/byeon-woo-seok"]
    items = {k: f"Q99000{300 + i}" for i, k in enumerate(keys)}
    entries = "".join(f"  - {{entity: {k}, wikidata: {q}, status: two-sources, "
                      f"recorded: 2026-11-22, how: test data}}\n" for k, q in items.items())
    (sources_copy / "wikidata.yaml").write_text(CURATED + entries, encoding="utf-8")
    listed = yaml.safe_load((sources_copy / "sources.yaml").read_text("utf-8"))
    text = (sources_copy / "sources.yaml").read_text("utf-8")
    first = listed[0]["file"]
    text = text.replace(f"- file: {first}\n", f"- file: {first}\n  retrieved: 2024-10-01\n")
    (sources_copy / "sources.yaml").write_text(text, encoding="utf-8")
    store = tmp_path / "store"
    kg.build(store=store, sources=sources_copy)
    return store, {"https://w3id.org/lovely-runner/id/" + k: v for k, v in items.items()}


def test_charts_performers_and_membership_with_full_references(linked_store) -> None:
    store, items = linked_store
    graph = kg.open_graph(store)
    out = quickstatements(graph.store)
    parsed = [parse_v1(line) for line in out.lines]
    item = dict(items)
    item["https://w3id.org/lovely-runner/id/series/lovely-runner"] = "Q990000001"

    # Charted in, with ranking and point in time at the date's precision, per source.
    entries = graph.sparql("""
        SELECT ?song ?chart ?position ?date WHERE {
          ?e a lr:ChartEntry ; lr:chartedRecording ?r ; lr:chart ?chart ; lr:position ?position ;
             lr:date ?date . ?r lr:recordingOf ?song }""").rows
    precision = {"date": 11, "gYearMonth": 10, "gYear": 9}
    expected = set()
    for song, chart, position, date in entries:
        if song.value in item and chart.value in item:
            parts = [*date.value.split("-"), "00", "00"][:3]
            when = f"+{'-'.join(parts)}T00:00:00Z/{precision[date.datatype.value.split('#')[1]]}"
            expected.add((item[song.value], item[chart.value], position.value, when))
    charted = {(i, v, dict(q)["P1352"], dict(q)["P585"])
               for i, p, v, q, _ in parsed if p == "P2291"}
    assert len(expected) == 2 and charted == expected  # the two dates the sources disagree on
    assert any(w.endswith("/10") for *_, w in charted)  # "June 2023": month precision

    # A song's performer comes from its recordings' credits.
    credits = graph.sparql("""
        SELECT ?song ?artist WHERE { ?r lr:recordingOf ?song ; lr:creditedArtist ?artist }""")
    expected_perf = {(item[s.value], item[a.value]) for s, a in credits.rows
                     if s.value in item and a.value in item}
    assert expected_perf and expected_perf == {(i, v) for i, p, v, _, _ in parsed
                                               if p == "P175"}

    # Member of, from the ontology's alignment.
    members = graph.sparql("SELECT ?p ?g WHERE { ?p lr:memberOf ?g }").rows
    expected_mem = {(item[p.value], item[g.value]) for p, g in members
                    if p.value in item and g.value in item}
    assert expected_mem and expected_mem == {(i, v) for i, p, v, _, _ in parsed
                                             if p == "P463"}

    # References: stated in (the linked publisher), URL, publication date, retrieved.
    pinkvilla = item["https://w3id.org/lovely-runner/id/org/pinkvilla"]
    with_retrieved = [dict(s) for *_, s in parsed if "S813" in dict(s)]
    assert with_retrieved
    assert all(s["S813"] == "+2024-10-01T00:00:00Z/11" and s["S248"] == pinkvilla
               for s in with_retrieved)
    assert "1 sources have no 'retrieved' date" in out.summary()


def test_export_is_deterministic_and_the_command_reports(graph, store_dir, cli,
                                                         tmp_path: Path) -> None:
    first = kg.export(graph, "quickstatements")
    assert first == kg.export(graph, "quickstatements")
    target = tmp_path / "out.qs"
    done = cli("export", "--format", "quickstatements", "-o", str(target), "--store",
               str(store_dir))
    assert done.returncode == 0, done.stderr
    assert target.read_bytes() == first
    assert "facts skipped because an entity is not linked" in done.stderr
    assert "one-source or reconciled link" in done.stderr
