"""The SHACL shapes: one per class, each proven by a fixture that breaks it, and the seed conforms.

Every fixture in ``tests/fixtures/shapes/`` is named after the node shape it breaks and starts
with a comment saying which constraint it breaks, then a ``# path:`` line that the tests read:
the property whose constraint fails (a prefixed name), ``none`` for a constraint on the node
itself, or ``complex`` for a constraint on a SHACL path expression (inverse or alternative).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg import resources
from kg.findings import Finding
from kg.graph import KnowledgeGraph
from kg.namespaces import GRAPH_INFERRED, LR, PREFIXES, RDF, RDFS
from kg.ontology import load_ontology
from kg.shacl import shape_findings
from kg.validation import ValidationReport

SH = "http://www.w3.org/ns/shacl#"
LRSH = "https://w3id.org/lovely-runner/shapes#"
FIXTURES = Path(__file__).parent / "fixtures" / "shapes"
SEVERITIES = {SH + "Violation", SH + "Warning", SH + "Info"}


@functools.cache
def shapes_triples() -> tuple[ox.Triple, ...]:
    """The triples of the project's shapes file."""
    return tuple(ox.parse(path=resources.shapes_file(), format=ox.RdfFormat.TURTLE))


def objects(subject: ox.NamedNode | ox.BlankNode, predicate: str) -> list[ox.Term]:
    """The values of ``predicate`` on ``subject`` in the shapes file."""
    return [t.object for t in shapes_triples()
            if t.subject == subject and t.predicate.value == predicate]


def node_shapes() -> list[str]:
    """The IRIs of the shapes file's node shapes, sorted."""
    return sorted(t.subject.value for t in shapes_triples()
                  if t.predicate.value == RDF + "type" and t.object.value == SH + "NodeShape"
                  and isinstance(t.subject, ox.NamedNode))


def local_name(shape: str) -> str:
    """``lrsh:ChartEntryShape`` -> ``ChartEntryShape``: also the fixture's file stem."""
    return shape.rsplit("#", 1)[-1]


@functools.cache
def ontology_triples() -> tuple[ox.Triple, ...]:
    """The ontology, which every data graph carries so that class targets reach subclasses."""
    return tuple(load_ontology(resources.ontology_file()).triples)


@functools.cache
def fixture_findings(name: str) -> tuple[Finding, ...]:
    """What the shapes find in the ontology plus one fixture (cached: two tests read it)."""
    data = list(ox.parse(path=str(FIXTURES / f"{name}.ttl"), format=ox.RdfFormat.TURTLE))
    return tuple(shape_findings([*ontology_triples(), *data]))


def expected_path(name: str) -> str:
    """The ``# path:`` line of a fixture's header comment, expanded to an IRI where it names one."""
    header = (FIXTURES / f"{name}.ttl").read_text(encoding="utf-8")
    match = re.search(r"^# path: (\S+)$", header, re.MULTILINE)
    assert match, f"{name}.ttl has no '# path:' line"
    path = match.group(1)
    if path in ("none", "complex"):
        return path
    prefix, _, local = path.partition(":")
    return PREFIXES[prefix] + local


SHAPES = node_shapes()


def test_every_class_of_the_ontology_has_its_shape() -> None:
    classes = {c for c in load_ontology(resources.ontology_file()).classes if c.startswith(LR)}
    assert len(classes) >= 40
    targets: dict[str, str] = {}
    for shape in SHAPES:
        found = objects(ox.NamedNode(shape), SH + "targetClass")
        assert len(found) == 1, f"{shape} has {len(found)} target classes"
        targets[found[0].value] = shape
    assert set(targets) == classes
    for cls, shape in targets.items():
        assert local_name(shape) == cls.removeprefix(LR) + "Shape"
        assert shape.startswith(LRSH)


@pytest.mark.parametrize("shape", SHAPES, ids=local_name)
def test_shape_has_a_fixture(shape: str) -> None:
    path = FIXTURES / f"{local_name(shape)}.ttl"
    assert path.is_file(), f"no fixture {path.name} for {shape}"
    first_line = path.read_text(encoding="utf-8").splitlines()[0]
    assert first_line.startswith(f"# Breaks {local_name(shape)}"), first_line


@pytest.mark.parametrize("fixture", sorted(p.stem for p in FIXTURES.glob("*.ttl")))
def test_fixture_names_an_existing_shape(fixture: str) -> None:
    assert LRSH + fixture in SHAPES


@pytest.mark.parametrize("shape", SHAPES, ids=local_name)
def test_fixture_breaks_its_shape_where_its_header_says(shape: str) -> None:
    name = local_name(shape)
    own = [f for f in fixture_findings(name) if f.shape == shape]
    assert own, f"{name}.ttl breaks nothing in {name}"
    path = expected_path(name)
    if path == "none":
        assert any(f.path is None for f in own), [f.path for f in own]
    elif path == "complex":
        # A SHACL path expression is written out: ^iri for an inverse, a|b for alternatives.
        assert any(f.path is not None and (f.path.startswith("^") or "|" in f.path)
                   for f in own), own
    else:
        assert path in {f.path for f in own}, [f.path for f in own]
    for finding in own:
        assert finding.focus.startswith("https://w3id.org/lovely-runner/id/test/")
        assert finding.message and finding.severity in ("violation", "warning")


@pytest.mark.parametrize("shape", SHAPES, ids=local_name)
def test_fixture_breaks_no_other_shape(shape: str) -> None:
    # A fixture that also broke another shape could pass for the wrong reason.
    others = {(local_name(f.shape or ""), f.message) for f in fixture_findings(local_name(shape))
              if f.shape != shape}
    assert not others


def asserted_triples(graph: KnowledgeGraph) -> list[ox.Triple]:
    """The SHACL data graph: every named graph but the reasoner's, merged, ontology included."""
    triples = {ox.Triple(q.subject, q.predicate, q.object) for q in graph.quads()
               if not isinstance(q.graph_name, ox.DefaultGraph)
               and q.graph_name.value != GRAPH_INFERRED}
    return list(triples)


#: A built graph and the validation report of its build.
Built = tuple[KnowledgeGraph, ValidationReport]


@pytest.fixture(scope="module")
def eval_graphs(tmp_path_factory: pytest.TempPathFactory) -> list[Built]:
    """The graphs of the extractor's evaluation corpus (eval/dev, eval/heldout), built, each
    with the validation report of its build (a build validates its graph against the shapes
    and refuses one with a violation, so the report is the shapes' verdict on it)."""
    import kg

    graphs = []
    for name in ("dev", "heldout"):
        if not (Path(resources.eval_dir()) / name / "sources.yaml").is_file():
            continue  # a split may be absent between two rounds of measurement
        store = tmp_path_factory.mktemp(f"eval-{name}")
        report = kg.build(store=store, sources=Path(resources.eval_dir()) / name)
        graphs.append((kg.open_graph(store), report.validation))
    return graphs


def test_seed_and_eval_graphs_break_no_shape(graph: KnowledgeGraph,
                                             eval_graphs: list[Built]) -> None:
    store = ox.Store()
    seed = asserted_triples(graph)
    checked = [(seed, shape_findings(seed))]
    # The evaluation graphs were validated by their builds: validating them again would
    # double the longest part of this test and prove nothing more.
    checked += [(asserted_triples(built), report.findings) for built, report in eval_graphs]
    for triples, findings in checked:
        violations = [f for f in findings if f.severity == "violation"]
        assert not violations, "\n".join(f"{f.shape} {f.focus} {f.path}: {f.message}"
                                         for f in violations)
        store.extend(ox.Quad(t.subject, t.predicate, t.object) for t in triples)
    assert all(report.shapes == len(SHAPES) for _, report in eval_graphs)
    # Not vacuous: every shape has something to check in the seed or the evaluation corpus
    # (directly typed, or through a subclass, as SHACL class targets are).
    for shape in SHAPES:
        cls = objects(ox.NamedNode(shape), SH + "targetClass")[0].value
        assert store.query(f"ASK {{ ?x <{RDF}type>/<{RDFS}subClassOf>* <{cls}> }}"), cls


def test_every_shape_has_a_message_and_a_severity() -> None:
    checked = 0
    for shape in SHAPES:
        node = ox.NamedNode(shape)
        for part in [node, *objects(node, SH + "property")]:
            messages = objects(part, SH + "message")
            assert messages and all(isinstance(m, ox.Literal) and m.value for m in messages), part
            severities = [s.value for s in objects(part, SH + "severity")]
            assert len(severities) == 1 and severities[0] in SEVERITIES, (part, severities)
            checked += 1
    assert checked > len(SHAPES)
