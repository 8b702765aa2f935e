"""What validation finds: one record per problem, whatever check found it."""

from __future__ import annotations

from dataclasses import dataclass, field

#: Severities in the order a report lists them. Only violations block a build.
SEVERITIES = ("violation", "warning", "info")


@dataclass(frozen=True)
class Finding:
    """One problem in the graph.

    ``check`` names what found it (a stored check query's name, ``shacl`` or ``reasoner``);
    ``shape`` is the SHACL node shape's IRI for SHACL findings. ``claims`` and ``sources`` are
    the claims and sources behind the offending facts, filled in by the report.
    """

    severity: str
    check: str
    focus: str
    message: str
    path: str | None = None
    value: str | None = None
    shape: str | None = None
    claims: tuple[str, ...] = field(default=())
    sources: tuple[str, ...] = field(default=())

    def sort_key(self) -> tuple:
        """Violations first, then by check, entity and property."""
        return (SEVERITIES.index(self.severity), self.check, self.focus, self.path or "",
                self.value or "", self.message)
