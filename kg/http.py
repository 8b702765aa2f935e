"""Polite, cached JSON over HTTP: how kg talks to remote APIs such as Wikidata's ``api.php``.

One :class:`HttpClient` does GET requests for JSON with a descriptive User-Agent (Wikimedia
requires one), gzip, timeouts and retries that honour ``Retry-After`` and MediaWiki's ``maxlag``.
Every good answer is written to an on-disk cache, one file per canonical URL, so that a run can
be replayed later with ``offline=True`` and no network at all. Online the cache is write-through
only: a fresh run always sees fresh data, and offline runs see exactly what the last online run
saw, with the time it was retrieved.

Only the standard library is used. Every failure a user can meet is a :class:`kg.errors.KgError`
with one message naming the URL.
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import http.client
import json
import os
import re
import secrets
import socket
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import Message
from email.utils import parsedate_to_datetime
from pathlib import Path

from kg import __version__
from kg.errors import (
    ApiError,
    BadResponseError,
    CacheMissError,
    CacheWriteError,
    HttpStatusError,
    KgError,
    NetworkError,
    RateLimitedError,
    RemoteError,
)

__all__ = ["DEFAULT_USER_AGENT", "Fetched", "HttpClient", "canonical_url"]

DEFAULT_USER_AGENT = (
    f"lovely-runner-kg/{__version__} "
    "(https://w3id.org/lovely-runner/; knowledge-graph reconciliation) "
    f"Python-urllib/{sys.version_info[0]}.{sys.version_info[1]}"
)

# Statuses that say "not now" rather than "never": worth waiting and asking again.
RETRYABLE_STATUSES = frozenset({429, 500, 502, 503, 504})

_SNIPPET_CHARS = 200


@dataclass(frozen=True)
class Fetched:
    """One JSON answer, fresh from the network or replayed from the cache."""

    url: str
    """The canonical URL (parameters sorted and encoded); also the cache key."""
    data: object
    """The parsed JSON body."""
    retrieved: str
    """UTC time of the network fetch, ``YYYY-MM-DDTHH:MM:SSZ`` (kept from the cache on replay)."""
    from_cache: bool


def canonical_url(url: str, params: Mapping[str, str]) -> str:
    """Return ``url`` with ``params`` merged into its query string, sorted by name and encoded.

    Parameters already in ``url`` are kept unless ``params`` gives the same name (last value
    wins); the fragment is dropped. Two calls with the same parameters in any order give the same
    string, which is what makes it usable as a cache key.
    """
    parts = urllib.parse.urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not parts.netloc:
        raise RemoteError(url, f"{url!r} is not an http(s) URL.")
    merged = dict(urllib.parse.parse_qsl(parts.query, keep_blank_values=True))
    merged.update({str(k): str(v) for k, v in params.items()})
    # %20 rather than '+' for spaces: one spelling per URL, and the one every server reads.
    query = urllib.parse.urlencode(sorted(merged.items()), quote_via=urllib.parse.quote)
    return urllib.parse.urlunsplit((scheme, parts.netloc, parts.path or "/", query, ""))


class _Retryable(Exception):
    """Internal: one attempt failed in a way that another attempt may fix."""

    def __init__(self, cause: str, retry_after: float | None = None) -> None:
        super().__init__(cause)
        self.cause = cause
        self.retry_after = retry_after


class HttpClient:
    """GET JSON over HTTP(S) with retries, and a write-through on-disk cache for offline replay.

    ``cache_dir`` None means no cache (then ``offline`` is impossible). ``retries`` is the number
    of retries after the first attempt. Waits between attempts are ``backoff * 2**k`` seconds, or
    exactly what the server's ``Retry-After`` asks; a server asking for more than ``max_wait``
    seconds makes the client give up at once. All waits go through ``sleep`` so tests can record
    them instead of sleeping.
    """

    def __init__(
        self,
        cache_dir: str | os.PathLike[str] | None,
        *,
        offline: bool = False,
        user_agent: str = DEFAULT_USER_AGENT,
        timeout: float = 10.0,
        retries: int = 4,
        backoff: float = 0.5,
        max_wait: float = 120.0,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if offline and cache_dir is None:
            raise KgError("Offline mode needs an HTTP cache folder to replay answers from.")
        if retries < 0 or timeout <= 0:
            raise ValueError("retries must be >= 0 and timeout > 0")
        self.cache_dir = Path(cache_dir) if cache_dir is not None else None
        self.offline = offline
        self.user_agent = user_agent
        self.timeout = timeout
        self.retries = retries
        self.backoff = backoff
        self.max_wait = max_wait
        self.requests_made = 0
        self._sleep = sleep
        # A private opener: no global state (install_opener) shared with other code.
        self._opener = urllib.request.build_opener()

    def get_json(self, url: str, params: Mapping[str, str]) -> Fetched:
        """GET ``url`` with the query ``params`` and return its parsed JSON body.

        Online, the request is always made and a good answer is written to the cache. Offline,
        the answer comes from the cache or :class:`CacheMissError` is raised.
        """
        target = canonical_url(url, params)
        if self.offline:
            return self._replay(target)
        attempts = self.retries + 1
        for attempt in range(attempts):
            try:
                status, data = self._attempt(target)
            except _Retryable as failure:
                # Checked even on the last attempt: "asked to wait an hour" is the useful message.
                wait = self._wait_before_retry(target, attempt, failure)
                if attempt + 1 == attempts:
                    raise NetworkError(target, attempts, failure.cause) from failure.__cause__
                self._sleep(wait)
                continue
            retrieved = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
            self._store(target, retrieved, status, data)
            return Fetched(target, data, retrieved, from_cache=False)
        raise AssertionError("unreachable")  # pragma: no cover

    # -- network -------------------------------------------------------------------------------

    def _attempt(self, url: str) -> tuple[int, object]:
        """One request; returns (status, data), raises _Retryable or a final RemoteError."""
        self.requests_made += 1
        request = urllib.request.Request(
            url,
            method="GET",
            headers={
                "User-Agent": self.user_agent,
                "Accept": "application/json",
                "Accept-Encoding": "gzip",
            },
        )
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                status: int = response.status
                headers: Message | None = response.headers
                raw: bytes = response.read()
        except urllib.error.HTTPError as error:  # before URLError: it is one
            status, headers = error.code, error.headers
            raw = _read_quietly(error)
        except (OSError, http.client.HTTPException) as error:
            # OSError covers URLError, refused/reset connections and socket timeouts.
            raise _Retryable(self._describe(error)) from error

        ok = 200 <= status < 300
        try:
            body = _decompress(raw, headers)
        except (OSError, EOFError, zlib.error) as error:
            if ok:
                raise BadResponseError(
                    url, f"{url} sent a gzip-encoded answer that cannot be decoded ({error})."
                ) from None
            body = raw  # only for the error message
        if status in RETRYABLE_STATUSES:
            raise _Retryable(f"HTTP {status}", _retry_after(headers))
        if not ok:
            raise HttpStatusError(url, status, _snippet(body))
        try:
            data = json.loads(body)
        except ValueError:
            raise BadResponseError(
                url, f"{url} answered HTTP {status} but not with JSON: {_snippet(body)}"
            ) from None
        api_error = _api_error(data)
        if api_error is not None:
            code, info = api_error
            if code == "maxlag":
                # The database replicas are behind; MediaWiki says how long to wait.
                raise _Retryable(f"server lag (maxlag: {info})", _retry_after(headers))
            raise ApiError(url, code, info)
        return status, data

    def _wait_before_retry(self, url: str, attempt: int, failure: _Retryable) -> float:
        if failure.retry_after is not None:
            if failure.retry_after > self.max_wait:
                raise RateLimitedError(url, failure.retry_after, self.max_wait)
            return max(0.0, failure.retry_after)
        return min(self.backoff * 2**attempt, self.max_wait)

    def _describe(self, error: BaseException) -> str:
        """A short phrase for a transport failure, for the final NetworkError message."""
        reason: object = error.reason if isinstance(error, urllib.error.URLError) else error
        if isinstance(reason, TimeoutError):
            return f"timed out after {self.timeout:g} s"
        if isinstance(reason, ConnectionRefusedError):
            return "connection refused"
        if isinstance(reason, http.client.RemoteDisconnected):  # before ConnectionResetError
            return "the server closed the connection without answering"
        if isinstance(reason, ConnectionResetError):
            return "connection reset by the server"
        if isinstance(reason, http.client.IncompleteRead):
            return "the answer was cut short"
        if isinstance(reason, socket.gaierror):
            return f"cannot resolve the host name ({reason.strerror or reason})"
        if isinstance(reason, OSError) and reason.strerror:
            return reason.strerror
        return str(reason) or type(reason).__name__

    # -- cache ---------------------------------------------------------------------------------

    def _cache_path(self, url: str) -> Path:
        assert self.cache_dir is not None
        digest = hashlib.sha256(url.encode("utf-8")).hexdigest()
        return self.cache_dir / digest[:2] / f"{digest}.json"

    def _store(self, url: str, retrieved: str, status: int, data: object) -> None:
        if self.cache_dir is None:
            return
        path = self._cache_path(url)
        record = {"url": url, "retrieved": retrieved, "status": status, "body": data}
        text = json.dumps(record, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
        # Temp file in the same folder + os.replace: readers see the old file or the new one,
        # never half of one, even if the process dies mid-write.
        tmp = path.parent / f".{path.name}.{os.getpid()}-{secrets.token_hex(4)}.tmp"
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with open(tmp, "xb") as handle:
                handle.write(text.encode("utf-8"))
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(tmp, path)
        except OSError as error:
            with contextlib.suppress(OSError):
                tmp.unlink(missing_ok=True)
            raise CacheWriteError(
                f"Fetched {url} but could not write it to the cache file {path}: "
                f"{error.strerror or error}."
            ) from error

    def _replay(self, url: str) -> Fetched:
        path = self._cache_path(url)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise CacheMissError(
                f"Offline, and {url} is not in the HTTP cache at {self.cache_dir}; "
                "fetch it once online first."
            ) from None
        except OSError as error:
            raise self._unreadable(url, path, error.strerror or str(error)) from None
        try:
            record = json.loads(raw)
        except ValueError:
            raise self._unreadable(url, path, "not valid JSON") from None
        if not isinstance(record, dict) or "body" not in record:
            raise self._unreadable(url, path, "not a cache record")
        if record.get("url") != url:
            raise self._unreadable(url, path, f"it holds {record.get('url')!r} instead")
        retrieved = record.get("retrieved")
        if not isinstance(retrieved, str):
            raise self._unreadable(url, path, "no retrieval time")
        return Fetched(url, record["body"], retrieved, from_cache=True)

    def _unreadable(self, url: str, path: Path, problem: str) -> CacheMissError:
        return CacheMissError(
            f"Offline, and the cache file for {url} in the HTTP cache at {self.cache_dir} is "
            f"unreadable ({path.name}: {problem}); fetch it again online to replace it."
        )


def _read_quietly(error: urllib.error.HTTPError) -> bytes:
    """The body of an error response, or b"" if even that cannot be read."""
    try:
        return error.read()
    except (OSError, http.client.HTTPException):
        return b""
    finally:
        error.close()


def _decompress(raw: bytes, headers: Message | None) -> bytes:
    encoding = (headers.get("Content-Encoding", "") if headers is not None else "").strip()
    if encoding.lower() in ("gzip", "x-gzip"):
        return gzip.decompress(raw)
    return raw


def _retry_after(headers: Message | None) -> float | None:
    """Seconds asked for by a ``Retry-After`` header (delta-seconds or HTTP-date), if any."""
    value = headers.get("Retry-After") if headers is not None else None
    if value is None:
        return None
    value = value.strip()
    if re.fullmatch(r"\d+(\.\d+)?", value):
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None  # unparseable: fall back to our own backoff
    if when.tzinfo is None:  # "-0000" dates parse naive; HTTP-dates are always GMT
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _api_error(data: object) -> tuple[str, str] | None:
    """(code, info) of a MediaWiki API error answer, in either error format, else None."""
    if not isinstance(data, dict):
        return None
    error = data.get("error")
    if isinstance(error, dict):
        return str(error.get("code", "unknown")), str(error.get("info", ""))
    errors = data.get("errors")  # errorformat=plaintext/wikitext/html
    if isinstance(errors, list) and errors and isinstance(errors[0], dict):
        first = errors[0]
        return str(first.get("code", "unknown")), str(first.get("text", first.get("*", "")))
    return None


def _snippet(body: bytes) -> str:
    text = " ".join(body.decode("utf-8", "replace").split())
    return text if len(text) <= _SNIPPET_CHARS else text[:_SNIPPET_CHARS] + "…"
