"""The query page and the entity pages in a real browser, against the real server command.

Headless Chromium (tests/browser.py) talks to ``lovely-kg serve`` started as a subprocess on
the session's built store. Every expected answer comes from the embedded store through the
Python API; nothing is written out here.
"""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import browser
import pyoxigraph as ox
import pytest
from browser import RecordedPage
from kg_server import KgServer
from loopback import OPENER

from kg.graph import KnowledgeGraph
from kg.namespaces import ID, RDF, RDFS, SKOS

if TYPE_CHECKING:
    from playwright.sync_api import Browser, Page

FLAGSHIP = "who-voices-eclipse-songs"
PERSON = "Byeon Woo-seok"
BAD_QUERY = "SELECT ?x WHERE { ?x ?y }"

# The fixtures of tests/browser.py, found by pytest under these names in this module.
chromium_browser = browser.chromium_browser
served = browser.served
browser_page = browser.browser_page

# Loopback requests must never go through an http_proxy taken from the environment.


# -- helpers --------------------------------------------------------------------------------


def open_query_page(page: Page) -> None:
    """Load the query page and wait until its stored queries are listed."""
    page.goto("/")
    page.wait_for_selector("body[data-ready]")


def run_and_wait(page: Page, state: str = "done") -> str:
    """Click Run, wait for this run's answer (not an earlier one); return the status line."""
    before = page.get_attribute("#status", "data-run") or "0"
    page.click("#run")
    page.wait_for_selector(f'#status[data-run="{int(before) + 1}"]')
    assert page.get_attribute("#status", "data-state") == state, page.inner_text("#output")
    return page.inner_text("#status")


def choose(page: Page, name: str, params: dict[str, str] | None = None) -> None:
    """Pick a stored query in the list and fill in its parameters."""
    page.select_option("#example", name)
    for key, value in (params or {}).items():
        page.fill(f"#param-{key}", value)


def table(page: Page) -> tuple[list[str], list[list[str]]]:
    """The results table as shown: header names and the visible text of each cell."""
    header = page.eval_on_selector_all("#results thead th", "cells => cells.map(c => c.innerText)")
    rows = page.eval_on_selector_all(
        "#results tbody tr", "rows => rows.map(r => [...r.cells].map(c => c.innerText.trim()))")
    return header, rows


def page_path(iri: str) -> str:
    """The server path of an entity IRI."""
    assert iri.startswith(ID), iri
    return "/id/" + iri[len(ID):]


def shown(graph: KnowledgeGraph, term: ox.NamedNode | ox.Literal | None) -> str:
    """How the page is meant to show a term: an IRI by its label, a literal by its value."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        label = graph.label(term.value)
        assert label, f"{term.value} has no label in the graph"
        return label
    return term.value


def words(text: str) -> str:
    """Text with runs of white space made one space, as a browser lays it out."""
    return re.sub(r"\s+", " ", text).strip()


def http_get(url: str) -> tuple[int, str, str]:
    """Status, content type and body of a GET, errors included."""
    try:
        with OPENER.open(url, timeout=30) as answer:
            return answer.status, answer.headers.get("Content-Type", ""), answer.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("Content-Type", ""), exc.read().decode()


# -- tests ----------------------------------------------------------------------------------


def test_stored_query_shows_labels_with_links(browser_page: RecordedPage,
                                              graph: KnowledgeGraph) -> None:
    expected = graph.run(FLAGSHIP)
    assert expected.rows, "the flagship query has no answer in the built store"
    page = browser_page.page
    open_query_page(page)
    choose(page, FLAGSHIP)
    status = run_and_wait(page)

    header, rows = table(page)
    assert header == expected.variables
    assert sorted(rows) == sorted([shown(graph, t) for t in row] for row in expected.rows)
    songs = {shown(graph, row["recording"]) for row in expected.dicts()}
    assert songs <= {row[0] for row in rows}
    assert f"{len(expected.rows)} rows" in status

    # Each IRI is a link to its entity page on this server, the IRI itself in the tooltip.
    links = page.eval_on_selector_all(
        "#results tbody a", "links => links.map(a => [a.getAttribute('href'), a.title])")
    assert {iri for _, iri in links} == expected.iris()
    for href, iri in links:
        assert href == page_path(iri)

    # Download links are plain links to the stored query's route, one per results format.
    formats = page.eval_on_selector_all(
        "#downloads a", "links => links.map(a => [a.dataset.format, a.getAttribute('href')])")
    assert [f for f, _ in formats] == ["json", "xml", "csv", "tsv"]
    for fmt, href in formats:
        path, _, query = href.partition("?")
        assert path == f"/queries/{FLAGSHIP}"
        assert urllib.parse.parse_qs(query)["format"] == [fmt]


def test_entity_page_shows_character_and_quotes(browser_page: RecordedPage,
                                                graph: KnowledgeGraph) -> None:
    found = {row["entity"].value for row in graph.run("find-entity", {"name": PERSON}).dicts()}
    assert len(found) == 1, found
    person = found.pop()
    characters = {shown(graph, row["character"]) for row in graph.run("cast").dicts()
                  if row["actor"].value == person}
    assert characters, f"{PERSON} portrays no character in the built store"
    # The facts stated about him, with the quotes that state them (types and names are shown
    # without their evidence).
    quiet = {RDF + "type", RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel"}
    quotes = {row["quote"].value for row in graph.run("provenance").dicts()
              if row["subject"].value == person and row["predicate"].value not in quiet}
    assert quotes, f"no source quote about {PERSON}"

    page = browser_page.page
    response = page.goto(page_path(person))
    assert response is not None and response.status == 200
    assert words(page.inner_text("h1")) == graph.label(person)
    text = words(page.text_content("main") or "")
    for character in characters:
        assert character in text
    for quote in quotes:
        assert words(quote) in text


def test_page_stays_on_its_origin(browser_page: RecordedPage, served: KgServer) -> None:
    page = browser_page.page
    open_query_page(page)
    choose(page, FLAGSHIP)
    run_and_wait(page)
    # Follow a result to its entity page: the page and its style sheet come from the server too.
    with page.expect_navigation():
        page.click("#results tbody a >> nth=0")
    page.wait_for_load_state("load")

    assert browser_page.foreign_requests() == []
    assert browser_page.blocked == []
    # A resource refused by the Content-Security-Policy, or a script error, shows up here.
    assert browser_page.console_errors == []
    paths = {urllib.parse.urlsplit(url).path for url in browser_page.requests}
    assert {"/", "/static/app.js", "/static/style.css", "/queries", "/labels",
            f"/queries/{FLAGSHIP}"} <= paths
    assert any(p.startswith("/id/") for p in paths)


def test_malformed_query_shows_the_server_message(browser_page: RecordedPage,
                                                  served: KgServer) -> None:
    status, content_type, message = http_get(
        f"{served.url}/sparql?{urllib.parse.urlencode({'query': BAD_QUERY})}")
    assert status == 400 and content_type.startswith("text/plain")
    assert message.strip()

    page = browser_page.page
    open_query_page(page)
    page.select_option("#example", "")
    page.fill("#query-text", BAD_QUERY)
    before = page.get_attribute("#status", "data-run") or "0"
    page.focus("#query-text")
    page.keyboard.press("Control+Enter")  # the editor's shortcut runs the query
    page.wait_for_selector(f'#status[data-run="{int(before) + 1}"]')
    assert page.get_attribute("#status", "data-state") == "error"
    assert page.is_visible("#error")
    assert words(page.inner_text("#error-message")) == words(message)
    assert page.is_hidden("#table-wrap")


def test_ad_hoc_construct_and_ask(browser_page: RecordedPage, graph: KnowledgeGraph,
                                  served: KgServer) -> None:
    page = browser_page.page
    open_query_page(page)

    # Editing a stored query turns it into an ad-hoc query on /sparql.
    choose(page, "find-entity", {"name": PERSON})
    assert page.inner_text("#endpoint").endswith("/queries/find-entity")
    page.fill("#query-text", "CONSTRUCT { ?s lr:portrays ?o } WHERE { ?s lr:portrays ?o }")
    assert page.inner_text("#endpoint").endswith("/sparql")
    assert page.get_attribute("#params", "disabled") is not None
    construct = page.input_value("#query-text")
    triples = graph.sparql(construct).triples
    assert triples
    run_and_wait(page)
    header, rows = table(page)
    assert header == ["subject", "predicate", "object"]
    assert sorted(rows) == sorted([shown(graph, t.subject), shown(graph, t.predicate),
                                   shown(graph, t.object)] for t in triples)
    formats = page.eval_on_selector_all(
        "#downloads a", "links => links.map(a => [a.dataset.format, a.getAttribute('href')])")
    assert [f for f, _ in formats] == ["turtle", "ntriples", "jsonld"]
    href = dict(formats)["ntriples"]
    assert href.startswith("/sparql?")
    status, content_type, body = http_get(served.url + href)
    assert status == 200 and content_type.startswith("application/n-triples")
    assert len([line for line in body.splitlines() if line.strip()]) == len(triples)

    ask = "ASK { ?band a lr:FictionalBand }"
    page.fill("#query-text", ask)
    run_and_wait(page)
    expected = "Yes" if graph.sparql(ask).boolean else "No"
    assert page.inner_text("#ask-answer") == expected
    assert page.is_hidden("#table-wrap")


@pytest.fixture(scope="module")
def paged_server(store_dir: Path, graph: KnowledgeGraph) -> Iterator[tuple[KgServer, int]]:
    """A second server whose row limit splits the provenance rows into three pages."""
    total = len(graph.run("provenance").rows)
    limit = total // 3 + 1
    with KgServer(store_dir, "--max-rows", str(limit)) as server:
        yield server, limit


def test_paging_follows_the_link_header(chromium_browser: Browser,
                                        paged_server: tuple[KgServer, int],
                                        graph: KnowledgeGraph) -> None:
    server, limit = paged_server
    expected = graph.run("provenance")
    recorded = RecordedPage(chromium_browser, server.url)
    try:
        page = recorded.page
        open_query_page(page)
        choose(page, "provenance")
        status = run_and_wait(page)
        assert "page 1" in status
        assert len(table(page)[1]) == limit
        assert page.is_disabled("#prev-page") and page.is_enabled("#next-page")

        before = page.get_attribute("#status", "data-run")
        page.click("#next-page")
        page.wait_for_selector(f'#status[data-run="{int(before or 0) + 1}"]')
        assert "page 2" in page.inner_text("#status")
        _, rows = table(page)
        assert len(rows) == min(limit, len(expected.rows) - limit)
        first = expected.rows[limit]
        assert rows[0][expected.variables.index("quote")] == first[
            expected.variables.index("quote")].value
        assert page.is_enabled("#prev-page")
        assert recorded.foreign_requests() == [] and recorded.console_errors == []
    finally:
        recorded.close()
