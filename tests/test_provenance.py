"""Every fact is traceable to the verbatim words of a dated source."""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph import KnowledgeGraph
from kg.namespaces import GRAPH, LR, SCHEMA


def _source_texts(graph: KnowledgeGraph) -> dict[str, str]:
    result = graph.sparql(f"SELECT ?s ?text WHERE {{ ?s a <{LR}Source> ; <{SCHEMA}text> ?text }}")
    return {s.value: t.value for s, t in result.rows}


def test_provenance_columns_and_every_quote_is_verbatim(graph: KnowledgeGraph) -> None:
    result = graph.run("provenance")
    assert result.variables == ["subject", "predicate", "object", "source", "published", "quote"]
    texts = _source_texts(graph)
    assert len(texts) == 2
    assert result.rows
    for row in result.rows:
        source, quote = row[3].value, row[5].value
        assert quote in texts[source], quote


def test_quote_offsets_point_at_the_quote(graph: KnowledgeGraph) -> None:
    texts = _source_texts(graph)
    result = graph.sparql(f"""SELECT ?source ?quote ?start ?end WHERE {{
        ?c a <{LR}Claim> ; <{LR}statedIn> ?source ; <{LR}quote> ?quote ;
           <{LR}quoteStart> ?start ; <{LR}quoteEnd> ?end }}""")
    assert len(result.rows) >= 60
    for source, quote, start, end in result.rows:
        assert texts[source.value][int(start.value):int(end.value)] == quote.value


def test_every_fact_of_the_merged_view_has_a_source(graph: KnowledgeGraph) -> None:
    # Triples of the default graph that no claim graph states must come from the registry,
    # the provenance description, the ontology or its entailments: nothing unsourced slips in.
    orphans = graph.sparql(f"""SELECT ?s ?p ?o WHERE {{
        ?s ?p ?o .
        FILTER NOT EXISTS {{ GRAPH ?c {{ ?s ?p ?o }} ?c a <{LR}Claim> }}
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?s ?p ?o }}
                             FILTER(STRSTARTS(STR(?g), "{GRAPH}")) }}
    }}""")
    assert orphans.rows == []


def test_every_provenance_row_is_a_claimed_triple(graph: KnowledgeGraph) -> None:
    claimed = graph.sparql(f"""SELECT (COUNT(*) AS ?n) WHERE {{
        GRAPH ?c {{ ?s ?p ?o }} ?c a <{LR}Claim> }}""")
    assert int(claimed.rows[0][0].value) == len(graph.run("provenance").rows)


def test_both_conflicting_claims_are_kept_with_their_sources(graph: KnowledgeGraph) -> None:
    result = graph.sparql(f"""SELECT ?date ?published WHERE {{
        ?e a <{LR}ChartEntry> ; <{LR}chart> ?chart ; <{LR}chartedRecording> ?r .
        ?chart <http://www.w3.org/2004/02/skos/core#prefLabel> "Billboard Global 200" .
        GRAPH ?c {{ ?e <{LR}date> ?date }}
        ?c <{LR}statedIn> ?src . ?src <{SCHEMA}datePublished> ?published }}""")
    got = {(d.value, d.datatype.value.rsplit("#", 1)[1], p.value) for d, p in result.rows}
    assert got == {("2023-06", "gYearMonth", "2024-09-24"), ("2024-06-04", "date", "2024-06-05")}


def test_inferred_years_are_flagged(graph: KnowledgeGraph) -> None:
    result = graph.sparql(f"""SELECT ?date ?how WHERE {{
        ?x <{LR}date> ?date ; <{LR}dateInference> ?how }}""")
    inferred = {(d.value, h.value.rsplit("#", 1)[1]) for d, h in result.rows}
    assert ("2024-06-04", "YearFromPublicationDate") in inferred
    assert ("2024-05-24", "YearFromPublicationDate") in inferred
    assert ("2024-09-24", "PublicationDate") in inferred


def test_every_variant_is_an_alternative_label(graph: KnowledgeGraph) -> None:
    result = graph.sparql("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?l WHERE { ?e skos:prefLabel "Byeon Woo-seok" ; skos:altLabel ?l }""")
    assert ox.Literal("Byeon Woo Seok") in {r[0] for r in result.rows}
    one_pref = graph.sparql("""PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        SELECT ?e WHERE { ?e skos:prefLabel ?a, ?b FILTER(?a != ?b) }""")
    assert one_pref.rows == []
