"""What the extractor needs from the ontology: the class hierarchy and the band roles.

Types are CURIEs (``lr:Actor``). The roles are the sub-properties of ``lr:inStoryMemberOf``
(such as ``lr:leadVocalistOf``, labelled "lead vocalist of"): a sentence that names a role by
the property's label ("the lead vocalist of the band") can then be modelled without the
extractor knowing the roles in advance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from kg.namespaces import LR, RDFS


def curie(iri: str) -> str:
    """``lr:Name`` for an IRI of the project's vocabulary, else the IRI."""
    return "lr:" + iri[len(LR):] if iri.startswith(LR) else iri


@dataclass(frozen=True)
class Vocabulary:
    """Class hierarchy (each class with all its superclasses) and the in-story roles."""

    superclasses: dict[str, frozenset[str]] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)  # property CURIE -> label without "of"
    # The extractor asks the same few questions hundreds of thousands of times on a long text;
    # the hierarchy never changes, so each answer is worked out once.
    _answers: dict[tuple[object, object], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False)

    def is_a(self, types: tuple[str, ...] | frozenset[str], wanted: str) -> bool:
        """Whether an entity of ``types`` is a ``wanted`` (itself or a subclass of it)."""
        answer = self._answers.get((types, wanted))
        if answer is None:
            answer = self._answers[(types, wanted)] = any(
                wanted in self.superclasses.get(t, frozenset((t,))) for t in types)
        return answer

    def is_any(self, types: tuple[str, ...] | frozenset[str], wanted: tuple[str, ...]) -> bool:
        """Whether an entity of ``types`` is one of the ``wanted`` classes."""
        answer = self._answers.get((types, wanted))
        if answer is None:
            answer = self._answers[(types, wanted)] = any(self.is_a(types, w) for w in wanted)
        return answer


@cache
def load_vocabulary(path: str) -> Vocabulary:
    """Read the hierarchy and the roles from the ontology file at ``path``."""
    from kg.ontology import load_ontology

    onto = load_ontology(path)
    parents: dict[str, set[str]] = {}
    subproperties: dict[str, str] = {}
    labels: dict[str, str] = {}
    for t in onto.triples:
        s, p, o = t.subject.value, t.predicate.value, t.object.value
        if p == RDFS + "subClassOf" and s.startswith(LR) and o.startswith(LR):
            parents.setdefault(curie(s), set()).add(curie(o))
        elif p == RDFS + "subPropertyOf" and o == LR + "inStoryMemberOf":
            subproperties[curie(s)] = curie(o)
        elif p == RDFS + "label" and s.startswith(LR):
            labels[curie(s)] = o
    for cls in onto.classes:
        parents.setdefault(curie(cls), set())
    closure: dict[str, frozenset[str]] = {}

    def up(cls: str, seen: frozenset[str] = frozenset()) -> frozenset[str]:
        if cls not in closure:
            found = {cls}
            for parent in parents.get(cls, ()):
                if parent not in seen:
                    found |= up(parent, seen | {cls})
            closure[cls] = frozenset(found)
        return closure[cls]

    for cls in parents:
        up(cls)
    roles = {}
    for prop in subproperties:
        label = labels.get(prop)
        if label:
            roles[prop] = label.removesuffix(" of").strip()
    return Vocabulary(superclasses=closure, roles=roles)


def default_vocabulary() -> Vocabulary:
    """The vocabulary of the project's own ontology."""
    from kg import resources

    return load_vocabulary(resources.ontology_file())
