"""Entity pages: what the graph says about one entity, each fact with its evidence.

An entity's facts are the triples of the merged view with the entity as subject ("Facts") or
object ("Referenced by"). The named graphs that hold a triple tell where it comes from: a claim
graph (the source's verbatim quote, with a link to the article), the entity registry, the
ontology, the Wikidata links, or only the inferred graph, in which case the fact is marked
inferred. Browsers get HTML; RDF clients get the entity's description (its triples as
subject) in Turtle, JSON-LD, N-Triples or RDF/XML.
"""

from __future__ import annotations

from collections import defaultdict
from html import escape

import pyoxigraph as ox

from kg.endpoint import Answer, error, graph_bytes
from kg.namespaces import (
    GRAPH_ENTITIES,
    GRAPH_INFERRED,
    GRAPH_LINKS,
    GRAPH_ONTOLOGY,
    GRAPH_PROVENANCE,
    ID,
    LR,
    OWL,
    RDF,
    RDFS,
    SCHEMA,
    SKOS,
    WD,
    compact,
)
from kg.negotiation import GRAPH_FORMATS, acceptable, choose, media_type
from kg.pages import layout, link

TYPE_CHECKING = False  # typing.TYPE_CHECKING, without the cost of importing typing
if TYPE_CHECKING:
    from kg.graph import KnowledgeGraph

    Term = ox.NamedNode | ox.BlankNode | ox.Literal

_OFFERED = ["html", *GRAPH_FORMATS]
_LABELS = {RDFS + "label", SKOS + "prefLabel"}
_ORIGINS = {GRAPH_ENTITIES: "entity registry", GRAPH_ONTOLOGY: "ontology",
            GRAPH_PROVENANCE: "provenance record", GRAPH_LINKS: "Wikidata link"}
_LONG_TEXT = 300
_MAX_INCOMING = 500


class Evidence:
    """Where one triple comes from: claim quotes, other graphs, or inference only."""

    __slots__ = ("claims", "graphs", "inferred")

    def __init__(self) -> None:
        self.claims: list[str] = []
        self.graphs: list[str] = []
        self.inferred = False

    @property
    def inferred_only(self) -> bool:
        """Whether only the inferred graph holds the triple: no source or registry states it."""
        return not self.claims and not self.graphs


def _evidence(quads: list[ox.Quad]) -> dict[ox.Triple, Evidence]:
    out: dict[ox.Triple, Evidence] = defaultdict(Evidence)
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            continue
        name = q.graph_name.value
        ev = out[q.triple]
        if name == GRAPH_INFERRED:
            ev.inferred = True
        elif name.startswith(ID + "claim/"):
            ev.claims.append(name)
        else:
            ev.graphs.append(name)
    return out


def _one(graph: KnowledgeGraph, subject: str, predicate: str) -> Term | None:
    for q in graph.store.quads_for_pattern(ox.NamedNode(subject), ox.NamedNode(predicate), None,
                                           ox.DefaultGraph()):
        return q.object
    return None


class _Renderer:
    def __init__(self, graph: KnowledgeGraph) -> None:
        self.graph = graph

    def label(self, iri: str) -> str:
        return self.graph.label(iri) or compact(iri)

    def term(self, t: Term) -> str:
        if isinstance(t, ox.NamedNode):
            return link(t.value, self.label(t.value))
        if isinstance(t, ox.BlankNode):
            return f"<code>_:{escape(t.value)}</code>"
        text = escape(t.value)
        if len(t.value) > _LONG_TEXT:
            text = (f"<details><summary>{escape(t.value[:120])}…</summary>"
                    f'<div class="long">{text}</div></details>')
        if t.language:
            return f'{text} <span class="note">@{escape(t.language)}</span>'
        datatype = t.datatype.value
        if datatype != "http://www.w3.org/2001/XMLSchema#string":
            return f'{text} <span class="note">{escape(compact(datatype))}</span>'
        return text

    def claim(self, claim: str) -> str:
        quote = _one(self.graph, claim, LR + "quote")
        source = _one(self.graph, claim, LR + "statedIn")
        parts = []
        if quote is not None:
            parts.append(f'<blockquote class="quote">{escape(quote.value)}</blockquote>')
        if isinstance(source, ox.NamedNode):
            url = _one(self.graph, source.value, SCHEMA + "url")
            name = self.label(source.value)
            article = (f' (<a href="{escape(url.value)}" rel="external">article</a>)'
                       if isinstance(url, ox.NamedNode) else "")
            parts.append(f'<p class="source">— {link(source.value, name)}{article}, '
                         f'{link(claim, "claim")}</p>')
        return "\n".join(parts)

    def evidence(self, ev: Evidence) -> str:
        if ev.inferred_only:
            return ('<span class="badge inferred" title="Entailed by the ontology (OWL 2 RL); '
                    'no source states it">inferred</span>')
        parts = [self.claim(c) for c in sorted(ev.claims)]
        parts.extend(f'<span class="badge">{escape(_ORIGINS.get(g, compact(g)))}</span>'
                     for g in sorted(ev.graphs) if g != GRAPH_PROVENANCE or not ev.claims)
        return "\n".join(parts)

    def facts(self, rows: list[tuple[str, Term, Evidence]], heading: str, cls: str) -> str:
        if not rows:
            return ""
        groups: dict[str, list[tuple[Term, Evidence]]] = defaultdict(list)
        for predicate, value, ev in rows:
            groups[predicate].append((value, ev))
        out = [f'<section class="{cls}">', f"<h2>{escape(heading)}</h2>", '<table class="facts">']
        for predicate in sorted(groups, key=lambda p: (self.label(p).casefold(), p)):
            values = sorted(groups[predicate], key=lambda v: (v[1].inferred_only,
                                                             self._sort_key(v[0])))
            out.append("<tbody>")
            for i, (value, ev) in enumerate(values):
                cls = ' class="inferred"' if ev.inferred_only else ""
                head = (f'<th scope="rowgroup" rowspan="{len(values)}">'
                        f"{link(predicate, self.label(predicate))}</th>" if i == 0 else "")
                out.append(f"<tr{cls}>{head}<td>{self.term(value)}</td>"
                           f'<td class="evidence">{self.evidence(ev)}</td></tr>')
            out.append("</tbody>")
        out.append("</table></section>")
        return "\n".join(out)

    def _sort_key(self, t: Term) -> str:
        return self.label(t.value).casefold() if isinstance(t, ox.NamedNode) else t.value


def _types(renderer: _Renderer, types: list[tuple[str, Evidence]]) -> str:
    items = []
    for iri, ev in sorted(types, key=lambda x: (x[1].inferred_only,
                                                renderer.label(x[0]).casefold())):
        mark = ' <span class="badge inferred">inferred</span>' if ev.inferred_only else ""
        items.append(f"<li>{link(iri, renderer.label(iri))}{mark}</li>")
    return '<ul class="types">' + "".join(items) + "</ul>"


def _wikidata(renderer: _Renderer, entity: str, same_as: list[str]) -> str:
    if not same_as:
        return ""
    graph = renderer.graph
    status_of: dict[str, str] = {}
    for q in graph.store.quads_for_pattern(None, ox.NamedNode(OWL + "annotatedSource"),
                                           ox.NamedNode(entity), ox.DefaultGraph()):
        target = _one(graph, q.subject.value, OWL + "annotatedTarget")
        status = _one(graph, q.subject.value, LR + "linkStatus")
        if target is not None and isinstance(status, ox.NamedNode):
            status_of[target.value] = renderer.label(status.value)
    items = []
    for iri in sorted(same_as):
        status = f' <span class="note">({escape(status_of[iri])})</span>' \
            if iri in status_of else ""
        items.append(f'<a class="wikidata" href="{escape(iri)}" rel="external">'
                     f"Wikidata {escape(iri[len(WD):])}</a>{status}")
    return '<p class="same-as">Same as ' + ", ".join(items) + "</p>"


def entity_html(graph: KnowledgeGraph, iri: str) -> str | None:
    """The HTML page of the entity ``iri``, or None when the graph says nothing about it."""
    node = ox.NamedNode(iri)
    outgoing = list(graph.store.quads_for_pattern(node, None, None, None))
    if not outgoing:
        return None
    incoming = list(graph.store.quads_for_pattern(None, None, node, None))
    renderer = _Renderer(graph)
    out_ev = _evidence(outgoing)
    in_ev = _evidence(incoming)
    types: list[tuple[str, Evidence]] = []
    same_as: list[str] = []
    alt: list[str] = []
    facts: list[tuple[str, Term, Evidence]] = []
    for triple, ev in out_ev.items():
        p = triple.predicate.value
        if p == RDF + "type" and isinstance(triple.object, ox.NamedNode):
            types.append((triple.object.value, ev))
        elif p in _LABELS:
            continue
        elif p == SKOS + "altLabel":
            alt.append(triple.object.value)
        elif p == OWL + "sameAs" and triple.object.value.startswith(WD):
            same_as.append(triple.object.value)
        else:
            facts.append((p, triple.object, ev))
    title = graph.label(iri) or compact(iri)
    referenced = [(t.predicate.value, t.subject, ev) for t, ev in in_ev.items()
                  if t.predicate.value != RDF + "type"]
    referenced.sort(key=lambda r: (r[0], str(r[1])))
    more = ""
    if len(referenced) > _MAX_INCOMING:
        more = f"<p>Showing {_MAX_INCOMING} of {len(referenced)} references.</p>"
        referenced = referenced[:_MAX_INCOMING]
    parts = [f"<h1>{escape(title)}</h1>", f'<p class="iri"><code>{escape(iri)}</code></p>']
    if alt:
        parts.append('<p class="alt">Also written: '
                     + ", ".join(escape(a) for a in sorted(alt)) + "</p>")
    parts.append(_types(renderer, types))
    parts.append(_wikidata(renderer, iri, same_as))
    parts.append(renderer.facts(facts, "Facts", "facts"))
    incoming_html = renderer.facts(referenced, "Referenced by", "incoming")
    if incoming_html:
        # The rows read "value — property → this entity": say so, the grouping alone does not.
        note = (f'<p class="note">Facts that point at {escape(title)}: each row is the entity '
                "that states the property, with its evidence.</p>")
        incoming_html = incoming_html.replace("</h2>", "</h2>\n" + note, 1)
    parts.append(incoming_html + more)
    path = iri[len(ID):] if iri.startswith(ID) else iri
    alternates = [(f"/id/{path}?format={name}", media_type(name), label)
                  for name, label in (("turtle", "Turtle"), ("jsonld", "JSON-LD"),
                                      ("ntriples", "N-Triples"))]
    return layout(title, "\n".join(p for p in parts if p), alternates)


def entity_triples(graph: KnowledgeGraph, iri: str) -> list[ox.Triple]:
    """The entity's description: the merged view's triples with it as subject."""
    return [q.triple for q in graph.store.quads_for_pattern(ox.NamedNode(iri), None, None,
                                                            ox.DefaultGraph())]


def answer_entity(graph: KnowledgeGraph, key: str, accept: str | None = None,
                  fmt: str | None = None) -> Answer:
    """The page or description of the entity ``…/id/{key}``, by ``fmt`` or content negotiation."""
    from kg.pages import error_page

    try:
        iri = ox.NamedNode(ID + key).value
    except ValueError:
        return Answer(404, error_page(404, f"'{key}' is not an entity key."),
                      "text/html; charset=utf-8")
    if fmt and fmt not in _OFFERED:
        return error(400, f"The format '{fmt}' is not one of {', '.join(_OFFERED)}.")
    name = fmt or choose(accept, _OFFERED)
    if name is None:
        return error(406, f"An entity can be given as {acceptable(_OFFERED)}.")
    if name == "html":
        page = entity_html(graph, iri)
        if page is None:
            return Answer(404, error_page(404, f"The graph has no entity {iri}."),
                          "text/html; charset=utf-8")
        return Answer(200, page, "text/html; charset=utf-8")
    triples = entity_triples(graph, iri)
    if not triples:
        return error(404, f"The graph has no entity {iri}.")
    content_type = media_type(name)
    if content_type.startswith("text/"):
        content_type += "; charset=utf-8"
    return Answer(200, graph_bytes(triples, name), content_type)
