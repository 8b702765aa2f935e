"""Errors the user can act on.

Every failure that a user can cause (bad input files, a bad query, a store that was never built)
is raised as a :class:`KgError` whose message is one readable paragraph. The CLI prints it and
exits non-zero; nothing here should ever surface as a traceback.
"""

from __future__ import annotations


class KgError(Exception):
    """Base class of every error with a message meant for the user."""

    exit_code = 1


class SourceError(KgError):
    """A source, annotation or registry file is malformed or inconsistent."""

    def __init__(self, path: object, line: int | None, message: str) -> None:
        where = f"{path}, line {line}" if line else f"{path}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class StoreNotBuiltError(KgError):
    """A query was asked of a store location that holds no built graph."""


class QueryLibraryError(KgError):
    """A stored query file is malformed (for example its header comment)."""


class UnknownQueryError(KgError):
    """No stored query has the requested name."""


class ParameterError(KgError):
    """A query parameter is missing, unknown or not of its declared type."""

    exit_code = 2


class QuerySyntaxError(KgError):
    """A SPARQL query does not parse."""


class ExportError(KgError):
    """An export could not be written."""


class ValidationError(KgError):
    """A built graph breaks a shape or a consistency check; it was not made live."""

    def __init__(self, message: str, report: object) -> None:
        super().__init__(message)
        self.report = report
