"""OWL-RL entailments of the ontology over the asserted data.

The reference is owlrl's OWL-RL closure. Running it on the whole dataset takes seconds, because
it applies every rule to every triple until nothing changes; but this ontology uses only a few
constructs (subclass, subproperty, equivalence, domain, range, union, disjointness), whose rules
compose into closed forms: the superclasses and superproperties of each term, computed once,
then one pass over the data. :func:`entailments` does that when the ontology stays within those
constructs and falls back to owlrl otherwise; a test checks that both give the same triples.

What is kept (:func:`is_reportable`): new triples whose subject is one of the project's IRIs,
leaving out those OWL-RL states of every class, property or individual (``x owl:sameAs x``,
``C rdfs:subClassOf C``, ``x rdf:type owl:Thing``, ...) and those that point into the ontology's
anonymous class expressions.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import BASE, OWL, RDF, RDFS

_TYPE = ox.NamedNode(RDF + "type")
_SCO = ox.NamedNode(RDFS + "subClassOf")
_SPO = ox.NamedNode(RDFS + "subPropertyOf")
_DOMAIN = ox.NamedNode(RDFS + "domain")
_RANGE = ox.NamedNode(RDFS + "range")
_EQC = ox.NamedNode(OWL + "equivalentClass")
_EQP = ox.NamedNode(OWL + "equivalentProperty")
_DISJOINT = ox.NamedNode(OWL + "disjointWith")
_UNION = ox.NamedNode(OWL + "unionOf")
_SAME = ox.NamedNode(OWL + "sameAs")
_THING = ox.NamedNode(OWL + "Thing")
_NOTHING = ox.NamedNode(OWL + "Nothing")
_FIRST = ox.NamedNode(RDF + "first")
_REST = ox.NamedNode(RDF + "rest")
_NIL = ox.NamedNode(RDF + "nil")

_REFLEXIVE = frozenset((_SAME, _EQC, _EQP, _SCO, _SPO))
_OF_THING = frozenset((_TYPE, _SCO, _DOMAIN, _RANGE))

#: OWL terms whose rules the closed-form reasoner implements, or which entail nothing here.
_OWL_PREDICATES = frozenset(OWL + n for n in (
    "equivalentClass", "equivalentProperty", "disjointWith", "unionOf", "versionInfo",
    "versionIRI", "priorVersion", "backwardCompatibleWith", "incompatibleWith", "deprecated"))
_OWL_TYPES = frozenset(OWL + n for n in (
    "Class", "ObjectProperty", "DatatypeProperty", "AnnotationProperty", "NamedIndividual",
    "Ontology", "Thing", "DeprecatedClass", "DeprecatedProperty"))


@dataclass(frozen=True)
class Clash:
    """An individual that the entailments put in two disjoint classes."""

    individual: str
    first: str
    second: str


@dataclass
class Entailments:
    """The reportable entailments, the inconsistencies found, and how they were computed."""

    triples: set[ox.Triple]
    clashes: list[Clash] = field(default_factory=list)
    engine: str = "closed-form"
    reason: str | None = None  # why the reference engine was used instead


def is_reportable(triple: ox.Triple) -> bool:
    """Whether an entailed triple is one the graph stores (see the module's docstring)."""
    s, p, o = triple.subject, triple.predicate, triple.object
    if not isinstance(s, ox.NamedNode) or not s.value.startswith(BASE):
        return False
    if isinstance(o, ox.BlankNode):
        return False
    if s == o and p in _REFLEXIVE:
        return False
    return not (o == _THING and p in _OF_THING)


def unsupported_construct(triples: Iterable[ox.Triple]) -> str | None:
    """The first OWL construct outside the closed-form rules, or ``None``."""
    for t in triples:
        p, o = t.predicate.value, t.object
        if p.startswith(OWL) and p not in _OWL_PREDICATES:
            return f"owl:{p[len(OWL):]}"
        if (p == RDF + "type" and isinstance(o, ox.NamedNode) and o.value.startswith(OWL)
                and o.value not in _OWL_TYPES):
            return f"owl:{o.value[len(OWL):]}"
    return None


def entailments(triples: Iterable[ox.Triple], engine: str = "auto") -> Entailments:
    """The reportable OWL-RL entailments of ``triples`` (ontology and asserted data).

    ``engine`` is ``auto`` (closed form when the ontology allows, else owlrl), ``closed-form``
    or ``owlrl``.
    """
    triples = list(triples)
    reason = unsupported_construct(triples) if engine != "owlrl" else None
    if engine == "closed-form" and reason:
        raise ValueError(f"the closed-form reasoner does not implement {reason}")
    if engine == "owlrl" or reason:
        result = reference_entailments(triples)
        result.reason = reason and f"the ontology uses {reason}, which only owlrl implements"
        return result
    return _closed_form(triples)


def _closure(edges: dict[ox.Term, set[ox.Term]]) -> dict[ox.Term, set[ox.Term]]:
    """Reflexive-transitive closure of a small directed graph."""
    result: dict[ox.Term, set[ox.Term]] = {}
    for start in edges:
        seen = {start}
        stack = [start]
        while stack:
            for nxt in edges.get(stack.pop(), ()):
                if nxt not in seen:
                    seen.add(nxt)
                    stack.append(nxt)
        result[start] = seen
    return result


def _list_members(head: ox.Term, rest: dict, first: dict) -> list[ox.Term]:
    members = []
    while head != _NIL and head in first:
        members.append(first[head])
        head = rest.get(head, _NIL)
    return members


def _hierarchy(ups: dict[ox.Term, set[ox.Term]], sub: ox.NamedNode,
               equivalent: ox.NamedNode) -> set[ox.Triple]:
    """Each term below each of its ancestors, and equivalent where the two are mutually so."""
    out = set()
    for term, ancestors in ups.items():
        for ancestor in ancestors - {term}:
            out.add(ox.Triple(term, sub, ancestor))
            if term in ups.get(ancestor, ()):
                out.add(ox.Triple(term, equivalent, ancestor))
    return out


def _closed_form(triples: list[ox.Triple]) -> Entailments:
    sco: dict[ox.Term, set[ox.Term]] = {}
    spo: dict[ox.Term, set[ox.Term]] = {}
    dom: dict[ox.Term, set[ox.Term]] = {}
    rng: dict[ox.Term, set[ox.Term]] = {}
    disjoint: set[tuple[ox.Term, ox.Term]] = set()
    first: dict[ox.Term, ox.Term] = {}
    rest: dict[ox.Term, ox.Term] = {}
    unions: list[tuple[ox.Term, ox.Term]] = []

    def edge(graph: dict, a: ox.Term, b: ox.Term) -> None:
        graph.setdefault(a, set()).add(b)
        graph.setdefault(b, set())

    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if p == _SCO:
            edge(sco, s, o)
        elif p == _EQC:
            edge(sco, s, o)
            edge(sco, o, s)
        elif p == _SPO:
            edge(spo, s, o)
        elif p == _EQP:
            edge(spo, s, o)
            edge(spo, o, s)
        elif p == _DOMAIN:
            dom.setdefault(s, set()).add(o)
            sco.setdefault(o, set())
        elif p == _RANGE:
            rng.setdefault(s, set()).add(o)
            sco.setdefault(o, set())
        elif p == _DISJOINT:
            disjoint.add((s, o))
        elif p == _UNION:
            unions.append((s, o))
        elif p == _FIRST:
            first[s] = o
        elif p == _REST:
            rest[s] = o
    for union, head in unions:  # scm-uni: each member is a subclass of the union
        for member in _list_members(head, rest, first):
            edge(sco, member, union)

    supers = _closure(sco)
    superprops = _closure(spo)

    def classes_of(c: ox.Term) -> set[ox.Term]:
        return supers.get(c, {c})

    def effective(table: dict[ox.Term, set[ox.Term]], prop: ox.Term) -> set[ox.Term]:
        # scm-dom2/scm-rng2 (a subproperty inherits), then scm-dom1/scm-rng1 (superclasses)
        out: set[ox.Term] = set()
        for q in superprops.get(prop, (prop,)):
            for c in table.get(q, ()):
                out |= classes_of(c)
        return out

    # Schema: scm-sco and scm-eqc2, scm-spo and scm-eqp2, then scm-dom* and scm-rng*
    new = _hierarchy(supers, _SCO, _EQC) | _hierarchy(superprops, _SPO, _EQP)
    props = set(superprops) | set(dom) | set(rng)
    dom_of = {p: effective(dom, p) for p in props}
    rng_of = {p: effective(rng, p) for p in props}
    for p in props:
        new.update(ox.Triple(p, _DOMAIN, c) for c in dom_of[p])
        new.update(ox.Triple(p, _RANGE, c) for c in rng_of[p])

    # Data: prp-spo1, prp-eqp*, prp-dom, prp-rng, cax-sco, cax-eqc*
    types: dict[ox.Term, set[ox.Term]] = {}
    for t in triples:
        s, p, o = t.subject, t.predicate, t.object
        if p == _TYPE:
            types.setdefault(s, set()).update(classes_of(o))
            continue
        for q in superprops.get(p, ()):
            if q != p:
                new.add(ox.Triple(s, q, o))
        if p in dom_of:
            types.setdefault(s, set()).update(dom_of[p])
            if not isinstance(o, ox.Literal):
                types.setdefault(o, set()).update(rng_of[p])
    clashes = []
    for s, classes in types.items():
        new.update(ox.Triple(s, _TYPE, c) for c in classes)
        for a, b in disjoint:
            if a in classes and b in classes:
                clashes.append(Clash(_str(s), *sorted((a.value, b.value))))
        if _NOTHING in classes:
            clashes.append(Clash(_str(s), _NOTHING.value, _NOTHING.value))
    asserted = set(triples)
    kept = {t for t in new if t not in asserted and is_reportable(t)}
    return Entailments(triples=kept, clashes=sorted(set(clashes), key=lambda c: (
        c.individual, c.first, c.second)))


def _str(term: ox.Term) -> str:
    return term.value if isinstance(term, ox.NamedNode) else str(term)


def reference_entailments(triples: Iterable[ox.Triple]) -> Entailments:
    """owlrl's OWL-RL closure of ``triples``, restricted as :func:`is_reportable` says.

    Slow (seconds for this graph): the reference that the closed form is tested against, and
    the fallback for ontologies beyond the closed form.
    """
    import owlrl
    import rdflib

    triples = list(triples)
    graph = rdflib.Graph()
    graph.parse(data=ox.serialize((ox.Quad(t.subject, t.predicate, t.object) for t in triples),
                                  format=ox.RdfFormat.N_TRIPLES), format="nt")
    before = set(graph)
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    errors = [str(e) for e in graph.objects(predicate=rdflib.URIRef(
        "http://www.daml.org/2002/03/agents/agent-ont#error"))]
    added = rdflib.Graph()
    for t in graph:
        if t not in before and isinstance(t[0], rdflib.URIRef) and not isinstance(t[2],
                                                                                 rdflib.BNode):
            added.add(t)
    back = (q.triple for q in ox.parse(added.serialize(format="nt", encoding="utf-8"),
                                       format=ox.RdfFormat.N_TRIPLES))
    asserted = set(triples)
    kept = {t for t in back if t not in asserted and is_reportable(t)}
    return Entailments(triples=kept, clashes=_owlrl_clashes(errors), engine="owlrl")


def _owlrl_clashes(messages: list[str]) -> list[Clash]:
    import re

    clashes = set()
    for message in messages:
        found = re.fullmatch(r"Disjoint classes (\S+) and (\S+) have a common individual (\S+)",
                             message)
        if found:
            first, second, individual = found.groups()
            clashes.add(Clash(individual, *sorted((first, second))))
        elif message.endswith(" is defined of type 'Nothing'"):
            individual = message[: -len(" is defined of type 'Nothing'")]
            clashes.add(Clash(individual, _NOTHING.value, _NOTHING.value))
        else:
            clashes.add(Clash("", message, ""))
    return sorted(clashes, key=lambda c: (c.individual, c.first, c.second))
