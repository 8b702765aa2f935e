"""Content negotiation rules (RFC 9110) used by every route of the server."""

from __future__ import annotations

import pytest

from kg.negotiation import GRAPH_FORMATS, RESULT_FORMATS, choose, parse_accept

RESULTS = list(RESULT_FORMATS)
GRAPHS = list(GRAPH_FORMATS)


@pytest.mark.parametrize(("accept", "offered", "expected"), [
    (None, RESULTS, "json"),
    ("", GRAPHS, "turtle"),
    ("*/*", GRAPHS, "turtle"),
    ("text/*", RESULTS, "csv"),
    ("application/sparql-results+xml", RESULTS, "xml"),
    ("text/xml", RESULTS, "xml"),
    ("application/json", RESULTS, "json"),
    ("text/csv;q=0.4, text/tab-separated-values;q=0.8", RESULTS, "tsv"),
    # The most specific range gives a type its quality: text/csv is refused here.
    ("text/*;q=0.9, text/csv;q=0", RESULTS, "tsv"),
    ("application/ld+json, */*;q=0.1", GRAPHS, "jsonld"),
    ("text/plain", GRAPHS, "ntriples"),
    ("image/png", RESULTS, None),
    ("text/csv;q=0", RESULTS, None),
    ("TEXT/TURTLE", GRAPHS, "turtle"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ["html", *GRAPHS],
     "html"),
])
def test_choose(accept, offered, expected):
    assert choose(accept, offered) == expected


def test_malformed_parts_are_skipped():
    assert parse_accept("garbage, text/csv;q=abc, text/tsv;q=2") == [
        ("text/csv", 0.0), ("text/tsv", 1.0)]
