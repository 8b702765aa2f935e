"""kg.http against a real loopback server: retries, waits, errors and the offline cache."""

from __future__ import annotations

import email.utils
import hashlib
import json
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from standin import Reply, StandIn

import kg.http
from kg.errors import (
    ApiError,
    CacheMissError,
    CacheWriteError,
    HttpStatusError,
    KgError,
    NetworkError,
    RateLimitedError,
)
from kg.http import DEFAULT_USER_AGENT, HttpClient, canonical_url

ANSWER = {"searchinfo": {"search": "Lovely Runner"}, "search": [{"id": "Q124", "label": "Ł"}]}
MAXLAG = {"error": {"code": "maxlag", "info": "Waiting for 10.64.0.1: 6 seconds lagged."}}
PARAMS = {"action": "wbsearchentities", "search": "Lovely Runner", "format": "json"}


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    # A proxy from the environment would send loopback requests elsewhere.
    for var in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def server() -> Iterator[StandIn]:
    with StandIn() as standin:
        yield standin


class Sleeps(list[float]):
    """A sleep that only records how long it was asked to wait."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


def client(cache: Path | None, sleeps: Sleeps | None = None, **options: object) -> HttpClient:
    return HttpClient(cache, sleep=sleeps if sleeps is not None else Sleeps(), **options)  # type: ignore[arg-type]


def cache_file(cache: Path, url: str) -> Path:
    digest = hashlib.sha256(url.encode()).hexdigest()
    return cache / digest[:2] / f"{digest}.json"


def cached_files(cache: Path) -> list[Path]:
    return sorted(p for p in cache.rglob("*") if p.is_file())


def test_json_answer_with_polite_headers_and_gzip(server: StandIn, tmp_path: Path) -> None:
    server.reply_with(Reply(body=ANSWER), Reply(body=ANSWER, gzip=True))
    http = client(tmp_path)
    plain = http.get_json(f"{server.url}/w/api.php", PARAMS)
    zipped = http.get_json(f"{server.url}/w/api.php", PARAMS)
    assert plain.data == ANSWER and zipped.data == ANSWER
    assert not plain.from_cache
    assert plain.url == canonical_url(f"{server.url}/w/api.php", PARAMS)
    assert time.strptime(plain.retrieved, "%Y-%m-%dT%H:%M:%SZ")
    seen = server.requests[0]
    assert seen.method == "GET" and seen.path == "/w/api.php" and seen.params == PARAMS
    assert "lovely-runner-kg/" in seen.headers["user-agent"]
    assert seen.headers["user-agent"] == DEFAULT_USER_AGENT
    assert seen.headers["accept-encoding"] == "gzip"
    assert seen.headers["accept"] == "application/json"
    assert http.requests_made == 2


def test_canonical_url_sorts_and_merges(server: StandIn, tmp_path: Path) -> None:
    a = canonical_url("https://www.wikidata.org/w/api.php", {"b": "2 3", "a": "1", "c": "é&"})
    b = canonical_url("https://www.wikidata.org/w/api.php", {"c": "é&", "a": "1", "b": "2 3"})
    assert a == b == "https://www.wikidata.org/w/api.php?a=1&b=2%203&c=%C3%A9%26"
    merged = canonical_url("https://example.org/api?z=9&a=old#frag", {"a": "new", "m": "5"})
    assert merged == "https://example.org/api?a=new&m=5&z=9"
    with pytest.raises(KgError, match="not an http"):
        canonical_url("ftp://example.org/x", {})

    server.reply_with(Reply(body=ANSWER), Reply(body=ANSWER))
    http = client(tmp_path)
    first = http.get_json(f"{server.url}/api", {"x": "1", "y": "2"})
    second = http.get_json(f"{server.url}/api", {"y": "2", "x": "1"})
    assert first.url == second.url
    assert cached_files(tmp_path) == [cache_file(tmp_path, first.url)]


def test_retry_after_seconds_is_obeyed(server: StandIn, tmp_path: Path) -> None:
    server.reply_with(Reply(429, "slow down", {"Retry-After": "3"}), Reply(body=ANSWER))
    sleeps = Sleeps()
    fetched = client(tmp_path, sleeps).get_json(server.url, PARAMS)
    assert fetched.data == ANSWER
    assert sleeps == [3.0]
    assert len(server.requests) == 2


def test_retry_after_http_date_is_obeyed(server: StandIn, tmp_path: Path) -> None:
    when = email.utils.formatdate(time.time() + 5, usegmt=True)
    server.reply_with(Reply(503, "busy", {"Retry-After": when}), Reply(body=ANSWER))
    sleeps = Sleeps()
    assert client(tmp_path, sleeps).get_json(server.url, PARAMS).data == ANSWER
    assert len(sleeps) == 1
    # HTTP-dates have one-second resolution, and a little time passes before the wait is worked out.
    assert 3.0 <= sleeps[0] <= 5.0


def test_exponential_backoff_without_retry_after(server: StandIn, tmp_path: Path) -> None:
    server.reply_with(Reply(503, "busy"), Reply(502, "bad gateway"), Reply(body=ANSWER))
    sleeps = Sleeps()
    assert client(tmp_path, sleeps, backoff=0.5).get_json(server.url, PARAMS).data == ANSWER
    assert sleeps == [0.5, 1.0]
    assert len(server.requests) == 3


def test_maxlag_is_retried_and_never_cached(server: StandIn, tmp_path: Path) -> None:
    server.reply_with(Reply(200, MAXLAG, {"Retry-After": "5"}), Reply(body=ANSWER))
    sleeps = Sleeps()
    fetched = client(tmp_path, sleeps).get_json(server.url, PARAMS)
    assert sleeps == [5.0]
    assert fetched.data == ANSWER
    record = json.loads(cache_file(tmp_path, fetched.url).read_text("utf-8"))
    assert record["body"] == ANSWER
    assert len(cached_files(tmp_path)) == 1


def test_retry_after_beyond_max_wait_gives_up_at_once(server: StandIn, tmp_path: Path) -> None:
    server.reply_with(Reply(429, "", {"Retry-After": "3600"}), Reply(body=ANSWER))
    sleeps = Sleeps()
    http = client(tmp_path, sleeps, max_wait=120.0)
    with pytest.raises(RateLimitedError, match="3600 s") as caught:
        http.get_json(server.url, PARAMS)
    assert server.url in str(caught.value)
    assert sleeps == []
    assert len(server.requests) == 1 and http.requests_made == 1
    assert cached_files(tmp_path) == []


def test_timeouts_are_retried_then_reported(server: StandIn, tmp_path: Path) -> None:
    server.reply_with(*[Reply(body=ANSWER, delay=1.0)] * 3)
    sleeps = Sleeps()
    http = client(tmp_path, sleeps, timeout=0.3, retries=2)
    with pytest.raises(NetworkError) as caught:
        http.get_json(server.url, PARAMS)
    message = str(caught.value)
    assert "timed out after 0.3 s" in message and "3 attempts" in message
    assert server.url in message
    assert sleeps == [0.5, 1.0]
    assert len(server.requests) == 3 and http.requests_made == 3


def test_refused_connection_is_retried_then_reported(tmp_path: Path) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/w/api.php"
    sleeps = Sleeps()
    http = client(tmp_path, sleeps, retries=3, backoff=0.25)
    with pytest.raises(NetworkError) as caught:
        http.get_json(url, PARAMS)
    message = str(caught.value)
    assert canonical_url(url, PARAMS) in message
    assert "connection refused" in message and "4 attempts" in message
    assert sleeps == [0.25, 0.5, 1.0]
    assert http.requests_made == 4


def test_client_errors_are_not_retried(server: StandIn, tmp_path: Path) -> None:
    server.reply_with(Reply(404, "<html>" + "No such page. " * 40 + "</html>"))
    sleeps = Sleeps()
    with pytest.raises(HttpStatusError) as caught:
        client(tmp_path, sleeps).get_json(server.url, PARAMS)
    assert caught.value.status == 404
    message = str(caught.value)
    assert "HTTP 404" in message and server.url in message and "No such page" in message
    assert len(message) < 400  # the body is cut short
    assert sleeps == [] and len(server.requests) == 1


def test_non_json_answer_is_a_clear_error(server: StandIn, tmp_path: Path) -> None:
    server.reply_with(Reply(200, "<html>maintenance</html>"))
    with pytest.raises(KgError, match="not with JSON") as caught:
        client(tmp_path).get_json(server.url, PARAMS)
    assert server.url in str(caught.value)
    assert cached_files(tmp_path) == []


def test_api_error_is_raised_and_not_cached(server: StandIn, tmp_path: Path) -> None:
    error = {"error": {"code": "no-such-entity", "info": "Could not find an entity with ID Q0"}}
    server.reply_with(Reply(200, error))
    sleeps = Sleeps()
    with pytest.raises(ApiError, match="no-such-entity") as caught:
        client(tmp_path, sleeps).get_json(server.url, {"action": "wbgetentities", "ids": "Q0"})
    assert caught.value.code == "no-such-entity"
    assert "Could not find" in str(caught.value)
    assert sleeps == [] and len(server.requests) == 1
    assert cached_files(tmp_path) == []


def test_cache_replays_offline(tmp_path: Path) -> None:
    with StandIn() as server:
        server.reply_with(Reply(body=ANSWER))
        url = f"{server.url}/w/api.php"
        online = client(tmp_path).get_json(url, PARAMS)
    # The server is gone: only the cache can answer now.
    offline = HttpClient(tmp_path, offline=True)
    replayed = offline.get_json(url, dict(reversed(PARAMS.items())))
    assert replayed.data == online.data == ANSWER
    assert replayed.from_cache and not online.from_cache
    assert replayed.retrieved == online.retrieved
    assert replayed.url == online.url
    assert offline.requests_made == 0


def test_offline_miss_and_offline_without_cache(tmp_path: Path) -> None:
    url = "http://127.0.0.1:9/w/api.php"
    with pytest.raises(CacheMissError) as caught:
        HttpClient(tmp_path, offline=True).get_json(url, PARAMS)
    message = str(caught.value)
    assert canonical_url(url, PARAMS) in message and str(tmp_path) in message
    with pytest.raises(KgError, match="cache"):
        HttpClient(None, offline=True)


@pytest.mark.parametrize(
    "corrupt",
    [b'{"url": "http://half', b'{"url": "http://elsewhere/", "retrieved": "x", "body": 1}'],
    ids=["bad-json", "wrong-url"],
)
def test_corrupt_cache_file(server: StandIn, tmp_path: Path, corrupt: bytes) -> None:
    url = canonical_url(server.url, PARAMS)
    path = cache_file(tmp_path, url)
    path.parent.mkdir(parents=True)
    path.write_bytes(corrupt)
    with pytest.raises(CacheMissError, match="unreadable") as caught:
        HttpClient(tmp_path, offline=True).get_json(server.url, PARAMS)
    assert url in str(caught.value)

    server.reply_with(Reply(body=ANSWER))
    client(tmp_path).get_json(server.url, PARAMS)
    assert json.loads(path.read_bytes())["url"] == url
    assert HttpClient(tmp_path, offline=True).get_json(server.url, PARAMS).data == ANSWER


def test_cache_files_are_deterministic_and_atomic(
    server: StandIn, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server sends keys in another order the second time: the file must not change.
    server.reply_with(Reply(body=ANSWER), Reply(body=dict(reversed(ANSWER.items()))))
    http = client(tmp_path)
    first = http.get_json(server.url, PARAMS)
    path = cache_file(tmp_path, first.url)
    first_text = path.read_text("utf-8")
    http.get_json(server.url, PARAMS)
    second_text = path.read_text("utf-8")

    def without_retrieved(text: str) -> str:
        return "\n".join(line for line in text.splitlines() if '"retrieved":' not in line)

    assert without_retrieved(first_text) == without_retrieved(second_text)
    record = json.loads(first_text)
    assert set(record) == {"url", "retrieved", "status", "body"}
    assert record["status"] == 200 and record["retrieved"] == first.retrieved
    assert first_text == json.dumps(record, sort_keys=True, indent=1, ensure_ascii=False) + "\n"
    assert cached_files(tmp_path) == [path]  # no temp files left behind

    # A crash between writing and renaming leaves the old file whole and no temp file.
    def crash(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.http.os, "replace", crash)
    server.reply_with(Reply(body={"other": True}))
    with pytest.raises(CacheWriteError, match="No space left"):
        http.get_json(server.url, PARAMS)
    monkeypatch.undo()
    assert path.read_text("utf-8") == second_text
    assert cached_files(tmp_path) == [path]
    assert os.listdir(path.parent) == [path.name]
