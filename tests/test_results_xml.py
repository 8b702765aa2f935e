"""SPARQL Query Results XML, checked against pyoxigraph's own serialiser of the same answer."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest

from kg.library import QueryLibrary
from kg.results import Result

NS = "{http://www.w3.org/2005/sparql-results#}"


def _canonical(xml: bytes | str) -> tuple[list[str], list[frozenset], str | None]:
    root = ET.fromstring(xml)
    variables = [v.get("name") for v in root.iter(f"{NS}variable")]
    rows = []
    for result in root.iter(f"{NS}result"):
        cells = set()
        for binding in result:
            (term,) = list(binding)
            attrs = tuple(sorted(term.attrib.items()))
            cells.add((binding.get("name"), term.tag, term.text or "", attrs))
        rows.append(frozenset(cells))
    boolean = root.find(f"{NS}boolean")
    return variables, sorted(rows, key=repr), None if boolean is None else boolean.text


@pytest.mark.parametrize("name", ["cast", "chart-entries", "provenance", "stream-milestones"])
def test_xml_matches_pyoxigraph(graph, name):
    stored = QueryLibrary().get(name)
    text = graph.bound_text(stored, stored.bindings({}))
    ours = graph.run(name).to_xml()
    theirs = graph.store.query(text).serialize(format=ox.QueryResultsFormat.XML)
    assert _canonical(ours) == _canonical(theirs)


def test_xml_of_ask_and_of_awkward_literals():
    assert _canonical(Result("ask", boolean=True).to_xml())[2] == "true"
    odd = ox.Literal('a <b> & "c"\x01', language="ko")
    xml = Result("select", ["x"], [(odd,), (None,)]).to_xml()
    _, rows, _ = _canonical(xml)
    assert ("x", f"{NS}literal", 'a <b> & "c"\ufffd',
            (("{http://www.w3.org/XML/1998/namespace}lang", "ko"),)) in rows[1] | rows[0]
