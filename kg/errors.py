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


class RemoteError(KgError):
    """A remote service (over HTTP) could not give a usable answer."""

    def __init__(self, url: str, message: str) -> None:
        super().__init__(message)
        self.url = url


class NetworkError(RemoteError):
    """Every attempt to reach a URL failed (timeouts, refused connections, 5xx, 429, maxlag)."""

    def __init__(self, url: str, attempts: int, cause: str) -> None:
        tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
        super().__init__(url, f"could not fetch {url}: gave up after {tries}; last: {cause}.")
        self.attempts = attempts
        self.cause = cause


class RateLimitedError(RemoteError):
    """The server asked (Retry-After) to wait longer than the client is willing to."""

    def __init__(self, url: str, wait: float, max_wait: float) -> None:
        super().__init__(
            url,
            f"{url} is rate limited: the server asked to wait {wait:g} s, more than the "
            f"{max_wait:g} s allowed; try again later.",
        )
        self.wait = wait
        self.max_wait = max_wait


class HttpStatusError(RemoteError):
    """The server answered with an HTTP status that retrying will not fix (most 4xx)."""

    def __init__(self, url: str, status: int, body: str) -> None:
        said = f": {body}" if body else ""
        super().__init__(url, f"{url} answered HTTP {status}{said}")
        self.status = status
        self.body = body


class BadResponseError(RemoteError):
    """The server answered 2xx but the body is not the JSON that was asked for."""


class ApiError(RemoteError):
    """A MediaWiki-style API answered with an error object (other than maxlag)."""

    def __init__(self, url: str, code: str, info: str) -> None:
        super().__init__(url, f"{url}: the API answered with error '{code}': {info}")
        self.code = code
        self.info = info


class EndpointError(RemoteError):
    """A SPARQL endpoint or Graph Store could not be reached or refused a request."""

    def __init__(self, url: str, message: str, status: int | None = None) -> None:
        super().__init__(url, message)
        self.status = status


class CacheMissError(KgError):
    """Offline, an answer that is needed is not in the HTTP cache (or its file is unreadable)."""


class CacheWriteError(KgError):
    """An answer was fetched but could not be saved to the HTTP cache."""
