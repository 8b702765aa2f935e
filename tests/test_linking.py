"""Linking to Wikidata: curated links, reconciliation against a stand-in API, offline replay.

The stand-in (tests/wikidata_standin.py) is a real HTTP server on 127.0.0.1 that answers
``wbsearchentities`` and ``wbgetentities`` from fixtures/wikidata/api.json, whose ids are
invented test data. Each test entity's description there says which case it is.
"""

from __future__ import annotations

import re
from pathlib import Path

import pyoxigraph as ox
import pytest
import yaml
from standin import Reply
from wikidata_standin import load_entities, wikidata_standin

import kg
from kg import resources
from kg.errors import KgError, NetworkError, SourceError
from kg.http import HttpClient, canonical_url
from kg.linking import link_wikidata
from kg.links import GRAPH_LINKS, RECONCILED_FILE, load_curated
from kg.reconcile import normalise

ROOT = Path(__file__).resolve().parent.parent

TEST_CURATED = """\
links:
  - entity: series/lovely-runner
    wikidata: Q990000001
    status: one-source
    recorded: 2026-11-22
    how: "test data"
  - entity: person/byeon-woo-seok
    wikidata: Q990000002
    status: confirmed
    checked: 2026-11-22
    how: "test data: the curated item must win over reconciliation"
"""

ENTITIES = load_entities()


def fixture_item(description: str) -> str:
    """The fixture item whose description names a test case."""
    found = [i for i, e in ENTITIES.items()
             if description in e.get("descriptions", {}).get("en", {}).get("value", "")]
    assert len(found) == 1, description
    return found[0]


@pytest.fixture
def sources(sources_copy: Path) -> Path:
    """A sources folder whose curated links point to the stand-in's test items."""
    (sources_copy / "wikidata.yaml").write_text(TEST_CURATED, encoding="utf-8")
    return sources_copy


@pytest.fixture
def store(tmp_path: Path, sources: Path) -> Path:
    path = tmp_path / "store"
    kg.build(store=path, sources=sources)
    return path


@pytest.fixture
def server():
    with wikidata_standin() as running:
        yield running


class Sleeps(list):
    """Records the waits a client asks for, instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def link(store: Path, sources: Path, server, tmp_path: Path, **options):
    options.setdefault("cache", tmp_path / "cache")
    return link_wikidata(store, sources, api=f"{server.url}/w/api.php", **options)


def links_graph(store: Path) -> set[str]:
    graph = kg.open_graph(store)
    return {str(q) for q in graph.store.quads_for_pattern(None, None, None,
                                                          ox.NamedNode(GRAPH_LINKS))}


def rows(store: Path, name: str, **params: str) -> list[dict[str, str]]:
    result = kg.open_graph(store).run(name, params)
    return [{v: (t.value if t is not None else None) for v, t in zip(result.variables, row,
                                                                    strict=True)}
            for row in result.rows]


# -- the curated file ----------------------------------------------------------------------


def test_shipped_build_carries_the_curated_links_with_their_status(graph) -> None:
    curated = load_curated(resources.default_sources_dir())
    assert curated.links, "the shipped curated file links nothing"
    result = graph.run("wikidata-links")
    got = {row[0].value.rsplit("/id/", 1)[1]: (row[2].value.rsplit("/", 1)[1], row[3].value)
           for row in result.rows}
    labels = {"two-sources": "two sources", "one-source": "one source",
              "confirmed": "confirmed"}
    assert got == {k: (v.item, labels[v.status]) for k, v in curated.links.items()}
    # A single-source link is visibly weaker: listed after every two-source one.
    statuses = [row[3].value for row in result.rows]
    assert statuses == sorted(statuses, key=["confirmed", "two sources", "one source",
                                             "reconciled"].index)
    assert "one source" in statuses and "two sources" in statuses


def test_only_listed_wikidata_ids_are_written_anywhere() -> None:
    curated = load_curated(resources.default_sources_dir())
    listed = set(curated.properties) | set(curated.classes) | {
        link.item for link in curated.links.values()}
    files = [*(ROOT / "ontology").glob("*.ttl"), *(ROOT / "queries").glob("*.rq"),
             *(ROOT / "kg").glob("*.py")]
    used: dict[str, set[str]] = {}
    for path in files:
        for term in re.findall(r"(?<![\w/])([PQ][1-9][0-9]*)\b", path.read_text("utf-8")):
            used.setdefault(term, set()).add(path.name)
    assert used, "the scan found no Wikidata id at all"
    unlisted = {t: sorted(f) for t, f in used.items() if t not in listed}
    assert not unlisted


@pytest.mark.parametrize(("entry", "message"), [
    ("  - {entity: person/moon-xion, wikidata: X12, status: one-source, recorded: 2026-11-22,"
     " how: x}", "'X12' is not a Wikidata item id"),
    ("  - {entity: person/nobody, wikidata: Q990000101, status: one-source,"
     " recorded: 2026-11-22, how: x}", "'person/nobody' is not in the graph"),
    ("  - {entity: person/moon-xion, wikidata: Q990000101, status: sure, recorded: 2026-11-22,"
     " how: x}", "status 'sure'"),
    ("  - {entity: person/moon-xion, wikidata: Q990000101, status: confirmed, how: x}",
     "has no 'checked'"),
])
def test_a_bad_curated_entry_is_named_and_the_build_refused(
        tmp_path: Path, sources: Path, entry: str, message: str) -> None:
    text = TEST_CURATED + entry + "\n"
    (sources / "wikidata.yaml").write_text(text, encoding="utf-8")
    line = text.count("\n")
    with pytest.raises(SourceError) as caught:
        kg.build(store=tmp_path / "s", sources=sources)
    assert message in str(caught.value)
    assert f"wikidata.yaml, line {line}" in str(caught.value)
    assert not (tmp_path / "s").exists()


# -- reconciliation ------------------------------------------------------------------------


def test_reconciliation_links_the_expected_test_items(tmp_path, sources, store, server) -> None:
    report = link(store, sources, server, tmp_path)
    found = {k: v.item for k, v in report.reconciled.items()}
    assert found["person/moon-xion"] == fixture_item("exact label case")
    alias = report.reconciled["person/kim-hye-yoon"]
    assert alias.item == fixture_item("alias-only case")
    assert "alias 'Kim Hye-yoon' only" in alias.evidence and alias.score < 1
    # Two namesakes: context (the series' director) decides.
    director = report.reconciled["person/kim-tae-yeop"]
    assert director.item == fixture_item("the director, whom context picks")
    assert "P57" in director.evidence
    assert found["group/n-flying"] == fixture_item("type through a subclass")
    assert "subclass" in report.reconciled["group/n-flying"].evidence
    # Nothing accepted that the fixture does not hold, nor any ambiguous or wrong-typed one.
    assert set(found.values()) <= set(ENTITIES)


def test_ambiguous_wrong_type_and_unknown_are_left_for_review(tmp_path, sources, store,
                                                              server) -> None:
    report = link(store, sources, server, tmp_path)
    review = {e["entity"]: e for e in report.review}
    ambiguous = review["person/jung-ho"]
    assert ambiguous["reason"].startswith("ambiguous")
    assert {c["wikidata"] for c in ambiguous["candidates"]} == {
        fixture_item("ambiguous case, first namesake"), fixture_item("ambiguous case, second "
                                                                "namesake")}
    wrong = review["song/spring-snow"]
    assert "under the threshold" in wrong["reason"]
    assert wrong["candidates"][0]["wikidata"] == fixture_item("same name, wrong type")
    unknown = review["person/doko"]
    assert unknown["candidates"] == []
    # The stand-in was asked, and offered a near miss that the name rule refused.
    assert any(r.params.get("search") == "DOKO" for r in server.requests)
    assert "person/jung-ho" not in report.reconciled
    assert "song/spring-snow" not in report.reconciled


def test_links_enter_the_graph_and_curated_links_win(tmp_path, sources, store, server) -> None:
    report = link(store, sources, server, tmp_path)
    assert ("person/byeon-woo-seok", "Q990000002",
            fixture_item("a candidate the curated link must override")) in report.overridden
    by_entity = {r["entity"].rsplit("/id/", 1)[1]: r for r in rows(store, "wikidata-links")}
    assert by_entity["person/byeon-woo-seok"]["item"].endswith("/Q990000002")
    assert by_entity["person/byeon-woo-seok"]["statusName"] == "confirmed"
    moon = by_entity["person/moon-xion"]
    assert (moon["statusName"], moon["method"]) == ("reconciled", "reconciled")
    assert float(moon["score"]) == report.reconciled["person/moon-xion"].score
    assert "person/jung-ho" not in by_entity
    # The reconciled file beside the store holds the same accepted links.
    saved = yaml.safe_load((store / RECONCILED_FILE).read_text("utf-8"))
    assert {e["entity"]: e["wikidata"] for e in saved["links"]} == {
        k: v.item for k, v in report.reconciled.items()}


def test_a_rebuild_keeps_the_reconciled_links(tmp_path, sources, store, server) -> None:
    link(store, sources, server, tmp_path)
    before = links_graph(store)
    exported = kg.export(kg.open_graph(store), "trig")
    kg.build(store=store, sources=sources)
    assert links_graph(store) == before
    assert kg.export(kg.open_graph(store), "trig") == exported


def test_offline_replays_the_same_links_from_the_cache(tmp_path, sources, store,
                                                       server) -> None:
    online = link(store, sources, server, tmp_path)
    file_online = (store / RECONCILED_FILE).read_bytes()
    graph_online = links_graph(store)
    api = f"{server.url}/w/api.php"
    server.close()
    client = HttpClient(tmp_path / "cache", offline=True)
    offline = link_wikidata(store, sources, api=api, client=client, offline=True)
    assert client.requests_made == 0
    assert offline.reconciled == online.reconciled
    assert (store / RECONCILED_FILE).read_bytes() == file_online
    assert links_graph(store) == graph_online


def test_offline_names_the_entities_the_cache_cannot_resolve(tmp_path, sources, store, server,
                                                             cli) -> None:
    link(store, sources, server, tmp_path)
    api = f"{server.url}/w/api.php"
    url = canonical_url(api, {"action": "wbsearchentities", "search": "Moon Xion",
                              "language": "en", "uselang": "en", "type": "item",
                              "limit": "10", "format": "json", "formatversion": "2",
                              "maxlag": "5"})
    hits = [p for p in (tmp_path / "cache").rglob("*.json") if url in p.read_text("utf-8")]
    assert len(hits) == 1
    hits[0].unlink()
    server.close()
    done = cli("link", "wikidata", "--offline", "--api", api, "--cache",
               str(tmp_path / "cache"), "--sources", str(sources), "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert "unresolved person/moon-xion" in done.stdout
    assert "1 unresolved" in done.stdout
    saved = yaml.safe_load((store / RECONCILED_FILE).read_text("utf-8"))
    assert saved["unresolved"] == ["person/moon-xion"]
    assert "person/moon-xion" not in {e["entity"] for e in saved["links"]}


def test_offline_with_an_empty_cache_fails_clearly(tmp_path, sources, store, cli) -> None:
    before = links_graph(store)
    done = cli("link", "wikidata", "--offline", "--cache", str(tmp_path / "empty"),
               "--sources", str(sources), "--store", str(store))
    assert done.returncode == 1
    assert "not in the HTTP cache" in done.stderr and "Traceback" not in done.stderr
    assert links_graph(store) == before
    assert not (store / RECONCILED_FILE).exists()


def test_429_with_retry_after_is_waited_out(tmp_path, sources, store, server) -> None:
    server.reply_with(Reply(429, "slow down", headers={"Retry-After": "2"}))
    sleeps = Sleeps()
    client = HttpClient(tmp_path / "cache", sleep=sleeps)
    report = link_wikidata(store, sources, api=f"{server.url}/w/api.php", client=client)
    assert sleeps == [2.0]
    assert report.reconciled["person/moon-xion"].item == fixture_item("exact label case")


def test_a_network_error_changes_nothing(tmp_path, sources, store, server) -> None:
    link(store, sources, server, tmp_path)
    before, saved = links_graph(store), (store / RECONCILED_FILE).read_bytes()
    api = f"{server.url}/w/api.php"
    server.close()  # nothing listens there any more
    sleeps = Sleeps()
    client = HttpClient(tmp_path / "other-cache", retries=2, backoff=0.5, sleep=sleeps)
    with pytest.raises(NetworkError) as caught:
        link_wikidata(store, sources, api=api, client=client)
    assert api in str(caught.value) and "3 attempts" in str(caught.value)
    assert sleeps == [0.5, 1.0]
    assert links_graph(store) == before
    assert (store / RECONCILED_FILE).read_bytes() == saved


def test_a_timeout_changes_nothing(tmp_path, sources, store, server) -> None:
    before = links_graph(store)
    server.reply_with(*[Reply(body={}, delay=1.0)] * 2)
    client = HttpClient(tmp_path / "cache", timeout=0.2, retries=1, sleep=Sleeps())
    with pytest.raises(NetworkError) as caught:
        link_wikidata(store, sources, api=f"{server.url}/w/api.php", client=client)
    assert "timed out" in str(caught.value)
    assert links_graph(store) == before
    assert not (store / RECONCILED_FILE).exists()


def test_a_curated_rejection_is_never_linked(tmp_path, sources, store, server) -> None:
    moon = fixture_item("exact label case")
    (sources / "wikidata.yaml").write_text(
        TEST_CURATED + f"  - {{entity: person/moon-xion, wikidata: {moon}, status: rejected, "
                       "how: 'test data: not him'}\n", encoding="utf-8")
    report = link(store, sources, server, tmp_path)
    assert "person/moon-xion" not in report.reconciled
    review = {e["entity"]: e["reason"] for e in report.review}
    assert "rejected" in review["person/moon-xion"]


def test_min_score_moves_weaker_links_to_review(tmp_path, sources, store, server) -> None:
    strict = link(store, sources, server, tmp_path, min_score=0.95)
    assert "group/n-flying" not in strict.reconciled  # scored 0.90: no context to check
    assert all(v.score >= 0.95 for v in strict.reconciled.values())
    with pytest.raises(KgError, match="between 0 and 1"):
        link(store, sources, server, tmp_path, min_score=1.5)


def test_the_command_links_and_reports(tmp_path, sources, store, server, cli) -> None:
    done = cli("link", "wikidata", "--api", f"{server.url}/w/api.php", "--cache",
               str(tmp_path / "cache"), "--sources", str(sources), "--store", str(store))
    assert done.returncode == 0, done.stderr
    moon = fixture_item("exact label case")
    assert f"linked   person/moon-xion -> wd:{moon}" in done.stdout
    assert "review   person/jung-ho: ambiguous" in done.stdout
    # Every request identified itself and asked politely.
    agents = {r.headers.get("user-agent", "") for r in server.requests}
    assert agents and all(a.startswith("lovely-runner-kg/") for a in agents)
    assert all(r.params.get("maxlag") == "5" for r in server.requests)


def test_names_compare_without_case_spacing_or_punctuation() -> None:
    assert normalise("(G)I-DLE") == normalise("gidle")
    assert normalise("Byeon Woo-seok") == normalise("BYEON WOO SEOK")
    assert normalise("Yoo Hwe-seung") != normalise("Yoo Hwe-sung")


def test_no_store_means_a_clear_error(tmp_path, sources, cli) -> None:
    done = cli("link", "wikidata", "--offline", "--store", str(tmp_path / "none"),
               "--sources", str(sources))
    assert done.returncode == 1 and "lovely-kg build" in done.stderr

