"""QuickStatements (v1) commands for the facts of the graph about linked entities.

Which facts: every fact stated by a claim whose property the ontology aligns to a Wikidata
property (``rdfs:subPropertyOf wdt:P…``: cast member, member of, director, screenwriter,
original broadcaster, production company, country of origin…), between two linked entities;
a song's performer, which the graph states of its recordings (recording of + performer), as
Wikidata states it of the song; and chart entries as "charted in" with ranking and point in
time. A cast member statement carries the character role: the character's item when it is
linked, else the character's name (P453 / P4633).

Each statement is written once per source that states it, with the reference from the
provenance: reference URL, publication date, retrieved (when ``sources.yaml`` records it) and
stated in (when the publisher is linked). QuickStatements merges repeated statements and adds
each reference. Facts with an unlinked end are skipped and counted.

Property ids come from the ontology's alignment and from ``sources/wikidata.yaml``: nothing is
written from memory.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.namespaces import ID, LR, OWL, RDFS, SCHEMA, SKOS, WD, WDT, XSD

# Wikidata properties used beyond the ontology's alignment, all listed in sources/wikidata.yaml.
CAST_MEMBER = "P161"
CHARACTER_ROLE = "P453"
CHARACTER_NAME = "P4633"
PERFORMER = "P175"
RECORDING_OF = "P2550"
CHARTED_IN = "P2291"
RANKING = "P1352"
POINT_IN_TIME = "P585"
STATED_IN = "P248"
REFERENCE_URL = "P854"
PUBLICATION_DATE = "P577"
RETRIEVED = "P813"
# Recordings are not items of their own here: a recording's facts are given to its song.
_SKIPPED_ALIGNMENTS = {RECORDING_OF, "P658"}

_PRECISION = {XSD + "date": 11, XSD + "gYearMonth": 10, XSD + "gYear": 9}

_PREFIXES = (f"PREFIX lr: <{LR}>\nPREFIX owl: <{OWL}>\nPREFIX rdfs: <{RDFS}>\n"
             f"PREFIX schema: <{SCHEMA}>\nPREFIX skos: <{SKOS}>\n")

_LINKS = _PREFIXES + f"""
SELECT ?entity ?item ?status WHERE {{
  ?link a lr:ItemLink ; owl:annotatedSource ?entity ; owl:annotatedTarget ?item ;
        lr:linkStatus ?status .
  FILTER(STRSTARTS(STR(?item), "{WD}"))
}}"""

_ALIGNED = _PREFIXES + f"""
SELECT DISTINCT ?s ?wp ?o ?source WHERE {{
  ?p rdfs:subPropertyOf+ ?wp .
  FILTER(STRSTARTS(STR(?wp), "{WDT}") && STRSTARTS(STR(?p), "{LR}"))
  ?claim a lr:Claim ; lr:statedIn ?source .
  GRAPH ?claim {{ ?s ?p ?o }}
  FILTER(isIRI(?o) && STRSTARTS(STR(?o), "{ID}"))
}}"""

_PERFORMERS = _PREFIXES + f"""
SELECT DISTINCT ?s ?o ?source WHERE {{
  ?recording <{WDT}{RECORDING_OF}> ?s ; <{WDT}{PERFORMER}> ?o .
  ?claim a lr:Claim ; lr:statedIn ?source .
  GRAPH ?claim {{ ?recording ?p ?o }}
  ?p rdfs:subPropertyOf+ <{WDT}{PERFORMER}> .
}}"""

_ROLES = _PREFIXES + """
SELECT DISTINCT ?series ?actor ?character ?name ?source WHERE {
  ?actor lr:portrays ?character .
  ?character lr:characterIn ?series ; skos:prefLabel ?name .
  ?claim a lr:Claim ; lr:statedIn ?source .
  GRAPH ?claim { ?actor lr:portrays ?character }
}"""

_CHARTS = _PREFIXES + """
SELECT DISTINCT ?song ?chart ?position ?date ?source WHERE {
  ?entry a lr:ChartEntry ; lr:chartedRecording ?recording ; lr:chart ?chart ;
         lr:position ?position .
  ?recording lr:recordingOf ?song .
  ?claim a lr:Claim ; lr:statedIn ?source .
  GRAPH ?claim { ?entry lr:date ?date }
}"""

_SOURCES = _PREFIXES + """
SELECT ?source ?url ?published ?retrieved ?publisher WHERE {
  ?source a lr:Source ; schema:url ?url ; schema:datePublished ?published .
  OPTIONAL { ?source lr:retrievedOn ?retrieved }
  OPTIONAL { ?source lr:publisher ?publisher }
}"""


@dataclass
class QuickStatements:
    """The commands, and what was left out or rests on weak links."""

    lines: list[str] = field(default_factory=list)
    statements: int = 0
    skipped: Counter[str] = field(default_factory=Counter)  # reason -> facts
    unlinked: set[str] = field(default_factory=set)  # entity keys that kept a fact out
    weak: int = 0  # statements resting on a one-source or reconciled link
    unrepresentable: int = 0  # text QuickStatements v1 cannot quote
    no_retrieved: set[str] = field(default_factory=set)  # sources without a retrieved date

    @property
    def text(self) -> str:
        """The commands, one per line, tab-separated (QuickStatements v1)."""
        return "".join(line + "\n" for line in self.lines)

    def summary(self) -> str:
        """One paragraph for the terminal."""
        parts = [f"{self.statements} statements in {len(self.lines)} commands"]
        if self.skipped:
            parts.append(f"{sum(self.skipped.values())} facts skipped because an entity is not "
                         f"linked ({len(self.unlinked)} unlinked entities; see "
                         "'lovely-kg link wikidata')")
        if self.weak:
            parts.append(f"{self.weak} statements rest on a one-source or reconciled link: "
                         "confirm those links before uploading")
        if self.unrepresentable:
            parts.append(f"{self.unrepresentable} values left out: QuickStatements v1 cannot "
                         "quote them")
        if self.no_retrieved:
            parts.append(f"{len(self.no_retrieved)} sources have no 'retrieved' date in "
                         "sources.yaml, so their references lack one")
        return "QuickStatements: " + "; ".join(parts) + "."


def _source(prop: str) -> str:
    """The reference form of a property: S854 for P854."""
    return "S" + prop[1:]


def _time(literal: ox.Literal) -> str | None:
    precision = _PRECISION.get(literal.datatype.value)
    if precision is None:
        return None
    year, month, day = [*literal.value.lstrip("+").split("-"), "00", "00"][:3]
    return f"+{year}-{month}-{day}T00:00:00Z/{precision}"


def _string(text: str) -> str | None:
    # v1 has no escape for a double quote, a tab or a line break inside a string.
    if any(c in text for c in '"\t\n\r'):
        return None
    return f'"{text}"'


def quickstatements(store: ox.Store) -> QuickStatements:
    """QuickStatements v1 commands for the facts of a built graph about linked entities."""
    out = QuickStatements()
    items: dict[str, str] = {}
    weak: set[str] = set()
    for row in store.query(_LINKS):
        key = row["entity"].value
        items[key] = row["item"].value[len(WD):]
        if row["status"].value in (LR + "OneSourceLink", LR + "ReconciledLink"):
            weak.add(key)

    references: dict[str, list[str]] = {}
    for row in store.query(_SOURCES):
        ref = [_source(REFERENCE_URL), _string(row["url"].value) or ""]
        publisher = row["publisher"]
        if publisher is not None and publisher.value in items:
            ref = [_source(STATED_IN), items[publisher.value], *ref]
        published = _time(row["published"])
        if published:
            ref += [_source(PUBLICATION_DATE), published]
        if row["retrieved"] is not None:
            ref += [_source(RETRIEVED), _time(row["retrieved"]) or ""]
        else:
            out.no_retrieved.add(row["source"].value)
        references[row["source"].value] = ref

    roles: dict[tuple[str, str], list[tuple[str, str]]] = {}
    role_sources: dict[tuple[str, str], set[str]] = {}
    for row in store.query(_ROLES):
        pair = (row["series"].value, row["actor"].value)
        entry = (row["character"].value, row["name"].value)
        if entry not in roles.setdefault(pair, []):
            roles[pair].append(entry)
        role_sources.setdefault(pair, set()).add(row["source"].value)

    # (subject, property, object, qualifiers) -> sources
    statements: dict[tuple[str, str, str, tuple[str, ...]], set[str]] = {}
    weak_statements: set[tuple[str, str, str, tuple[str, ...]]] = set()

    def add(s: str, prop: str, o: str, qualifiers: tuple[str, ...], source: str,
            what: str) -> None:
        missing = [e for e in (s, o) if e.startswith(ID) and e not in items]
        if missing:
            out.skipped[what] += 1
            out.unlinked.update(m[len(ID):] for m in missing)
            return
        subject = items[s]
        value = items.get(o, o)
        statements.setdefault((subject, prop, value, qualifiers), set()).add(source)
        if s in weak or o in weak:
            weak_statements.add((subject, prop, value, qualifiers))

    for row in store.query(_ALIGNED):
        prop = row["wp"].value[len(WDT):]
        if prop in _SKIPPED_ALIGNMENTS or prop == PERFORMER:
            continue
        s, o, source = row["s"].value, row["o"].value, row["source"].value
        qualifiers: tuple[str, ...] = ()
        if prop == CAST_MEMBER:
            qualifiers = _role_qualifiers(roles.get((s, o), []), items, out)
        add(s, prop, o, qualifiers, source, prop)
        if prop == CAST_MEMBER:
            for extra in sorted(role_sources.get((s, o), set()) - {source}):
                add(s, prop, o, qualifiers, extra, prop)
    for row in store.query(_PERFORMERS):
        add(row["s"].value, PERFORMER, row["o"].value, (), row["source"].value, PERFORMER)
    for row in store.query(_CHARTS):
        when = _time(row["date"])
        qualifiers = (RANKING, row["position"].value, *((POINT_IN_TIME, when) if when else ()))
        add(row["song"].value, CHARTED_IN, row["chart"].value, qualifiers,
            row["source"].value, CHARTED_IN)

    for (subject, prop, value, qualifiers), sources in sorted(statements.items()):
        out.statements += 1
        if (subject, prop, value, qualifiers) in weak_statements:
            out.weak += 1
        for source in sorted(sources):
            fields = [subject, prop, value, *qualifiers, *references.get(source, [])]
            out.lines.append("\t".join(fields))
    return out


def _role_qualifiers(characters: list[tuple[str, str]], items: dict[str, str],
                     out: QuickStatements) -> tuple[str, ...]:
    qualifiers: list[str] = []
    for character, name in sorted(characters):
        if character in items:
            qualifiers += [CHARACTER_ROLE, items[character]]
        elif (quoted := _string(name)) is not None:
            qualifiers += [CHARACTER_NAME, quoted]
        else:
            out.unrepresentable += 1
    return tuple(qualifiers)
