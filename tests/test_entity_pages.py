"""Entity pages and the server's own assets, over HTTP from the real ``lovely-kg serve``."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import pyoxigraph as ox
import pytest
from kg_server import KgServer

from kg.namespaces import GRAPH_INFERRED, ID, OWL, RDF, RDFS, SKOS, WD

HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"  # a browser's


@pytest.fixture(scope="module")
def server(store_dir: Path):
    with KgServer(store_dir, "--workers", "1", "--quiet") as s:
        yield s


@pytest.fixture(scope="module")
def actor(graph) -> str:
    """The IRI of Byeon Woo-seok, found by name."""
    found = set(graph.run("find-entity", {"name": "Byeon Woo-seok"}).values("entity"))
    assert len(found) == 1
    return found.pop()


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.assets: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.hrefs.append(values["href"])
        if tag in ("script", "img") and values.get("src"):
            self.assets.append(values["src"])
        if tag == "link" and values.get("rel") == "stylesheet":
            self.assets.append(values["href"])


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def _section(html: str, name: str) -> str:
    start = html.index(f'<section class="{name}">')
    return html[start:html.index("</section>", start)]


def test_entity_page_shows_label_character_quotes_and_wikidata(server, graph, actor):
    status, headers, body = server.get(actor.replace(ID, "/id/"), HTML)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    page = body.decode()
    text = unescape(page)
    assert f"<h1>{graph.label(actor)}</h1>" in text
    cast = graph.run("cast").dicts()
    characters = {graph.label(r["character"].value) for r in cast if r["actor"].value == actor}
    assert characters and all(c in text for c in characters)
    quotes = {r["quote"].value for r in graph.run("provenance").dicts()
              if r["subject"].value == actor}
    assert quotes and all(q in text for q in quotes)
    same_as = [q.object.value for q in graph.store.quads_for_pattern(
        ox.NamedNode(actor), ox.NamedNode(OWL + "sameAs"), None, ox.DefaultGraph())
        if q.object.value.startswith(WD)]
    assert same_as and all(f'href="{iri}"' in page for iri in same_as)


def test_inferred_facts_are_marked(server, graph, actor):
    node = ox.NamedNode(actor)
    graphs: dict[ox.Triple, set[str]] = {}
    for q in graph.store.quads_for_pattern(node, None, None, None):
        if not isinstance(q.graph_name, ox.DefaultGraph):
            graphs.setdefault(q.triple, set()).add(q.graph_name.value)
    shown = {RDF + "type", RDFS + "label", SKOS + "prefLabel", SKOS + "altLabel", OWL + "sameAs"}
    inferred_facts = [t for t, g in graphs.items()
                      if g == {GRAPH_INFERRED} and t.predicate.value not in shown]
    inferred_types = [t for t, g in graphs.items()
                      if g == {GRAPH_INFERRED} and t.predicate.value == RDF + "type"]
    assert inferred_types
    page = server.get(actor.replace(ID, "/id/"), HTML)[2].decode()
    facts = _section(page, "facts")
    assert facts.count('<tr class="inferred">') == len(inferred_facts)
    types = page[page.index('<ul class="types">'):]
    types = types[:types.index("</ul>")]
    assert types.count('class="badge inferred"') == len(inferred_types)


def test_links_on_an_entity_page_resolve_on_the_server(server, actor):
    page = server.get(actor.replace(ID, "/id/"), HTML)[2].decode()
    local = sorted({h for h in _parse(page).hrefs if h.startswith("/id/")})
    assert len(local) > 5
    for href in local:
        path = href.split("?")[0]
        status, _, _ = server.get(path, HTML)
        assert status == 200, href


@pytest.mark.parametrize(("accept", "rdf_format"), [
    ("text/turtle", ox.RdfFormat.TURTLE),
    ("application/ld+json", ox.RdfFormat.JSON_LD),
    ("application/n-triples", ox.RdfFormat.N_TRIPLES),
])
def test_entity_description_by_content_negotiation(server, graph, actor, accept, rdf_format):
    status, headers, body = server.get(actor.replace(ID, "/id/"), accept)
    assert status == 200 and headers["Content-Type"].startswith(accept)
    got = {q.triple for q in ox.parse(body, format=rdf_format)}
    expected = {q.triple for q in graph.store.quads_for_pattern(ox.NamedNode(actor), None, None,
                                                                 ox.DefaultGraph())}
    assert got == expected


def test_format_links_and_unknown_entities(server, actor):
    path = actor.replace(ID, "/id/")
    status, headers, _ = server.get(path + "?format=turtle", HTML)
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    status, headers, body = server.get("/id/person/nobody-at-all", HTML)
    assert status == 404 and headers["Content-Type"].startswith("text/html")
    assert b"person/nobody-at-all" in body
    status, _, _ = server.get("/id/person/nobody-at-all", "text/turtle")
    assert status == 404
    status, _, _ = server.get("/nowhere", HTML)
    assert status == 404


def test_query_page_and_its_assets_are_served_by_the_server_itself(server):
    status, headers, body = server.get("/", HTML)
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode()
    assets = _parse(page).assets
    assert assets, "the query page loads no script or style sheet"
    for asset in assets:
        assert asset.startswith("/") and not asset.startswith("//"), asset
        status, _, content = server.get(asset)
        assert status == 200 and content
    # Nothing on the page or in its assets points a browser elsewhere.
    for asset in ["/", *assets]:
        content = server.get(asset)[2].decode()
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", content), asset
        assert "@import" not in content


@pytest.mark.parametrize("path", ["/static/../server.py", "/static/%2e%2e/server.py",
                                  "/static/.hidden", "/static/", "/static/nope.js"])
def test_static_files_outside_the_asset_folder_are_not_reachable(server, path):
    status, _, _ = server.get(path)
    assert status == 404
