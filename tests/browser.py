"""Headless Chromium and the real ``lovely-kg serve`` command, for the browser tests.

The browser is the system's Chromium (``/usr/bin/chromium``, installed by
``scripts/install-test-servers``), driven through Playwright from the ``test`` extra.
Playwright's own browser download is never used. Each launch gets a fresh, empty profile in the
temporary folder, and the flags below keep Chromium from reaching any network service of
its own, so the only traffic is what the page under test asks for::

    with KgServer(store) as server, chromium() as browser:
        recorded = RecordedPage(browser, server.url)
        recorded.page.goto("/")
        assert recorded.foreign_requests() == []

The server is the real ``lovely-kg serve`` command, run by :class:`kg_server.KgServer`.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from kg_server import KgServer

if TYPE_CHECKING:
    from playwright.sync_api import Browser, ConsoleMessage, Route

CHROMIUM = "/usr/bin/chromium"
INSTALL_HINT = ("Install the test servers with scripts/install-test-servers (Debian's "
                "'chromium' package).")

# Headless, as root in a container (--no-sandbox), and without the browser's own traffic
# (component updates, sync, QUIC probes, first-run pages): a closed network would otherwise
# stall it, and a test recording requests would see calls the page never made.
CHROMIUM_ARGS: tuple[str, ...] = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
)


def find_chromium() -> str:
    """The Chromium executable; fails the calling test, naming the install script, if missing."""
    if os.path.isfile(CHROMIUM) and os.access(CHROMIUM, os.X_OK):
        return CHROMIUM
    pytest.fail(f"Chromium was not found at {CHROMIUM}. {INSTALL_HINT}", pytrace=False)


@contextlib.contextmanager
def chromium() -> Iterator[Browser]:
    """A headless Chromium driven by Playwright, closed on exit."""
    executable = find_chromium()
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.fail("The browser tests need Playwright, from the 'test' extra: "
                    "pip install -e '.[test]'.", pytrace=False)
    # Playwright gives each launch its own new profile folder in the temporary directory
    # (that is its --user-data-dir) and removes it when the browser closes.
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=executable, headless=True,
                                             args=list(CHROMIUM_ARGS), timeout=30_000)
        try:
            yield browser
        finally:
            browser.close()


class RecordedPage:
    """A page in its own browser context that records every request and console error.

    Requests to any other origin than ``origin`` are recorded and aborted: on a closed network
    they would only hang, and the page must not make them anyway.
    """

    def __init__(self, browser: Browser, origin: str) -> None:
        self.origin = origin.rstrip("/")
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.console_errors: list[str] = []
        self.context = browser.new_context(base_url=self.origin + "/",
                                           service_workers="block")
        self.context.set_default_timeout(10_000)
        self.context.on("request", lambda request: self.requests.append(request.url))
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda exc: self.console_errors.append(f"uncaught: {exc}"))

    def _route(self, route: Route) -> None:
        url = route.request.url
        if url == self.origin or url.startswith(self.origin + "/"):
            route.continue_()
        else:
            self.blocked.append(url)
            route.abort("blockedbyclient")

    def _console(self, message: ConsoleMessage) -> None:
        if message.type == "error":
            self.console_errors.append(message.text)

    def foreign_requests(self) -> list[str]:
        """The requests that went (or tried to go) anywhere but the server's origin."""
        return [url for url in self.requests
                if not (url == self.origin or url.startswith(self.origin + "/"))]

    def close(self) -> None:
        """Close the page and its context."""
        self.context.close()


# -- fixtures -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[Browser]:
    """A headless Chromium for the whole session (each test opens its own context)."""
    with chromium() as browser:
        yield browser


@pytest.fixture(scope="session")
def served(store_dir: Path) -> Iterator[KgServer]:
    """``lovely-kg serve --port 0`` on the session's built store, stopped with SIGTERM."""
    with KgServer(store_dir) as server:
        yield server


@pytest.fixture
def browser_page(chromium_browser: Browser, served: KgServer) -> Iterator[RecordedPage]:
    """A fresh page on the served query page's origin, recording its requests."""
    recorded = RecordedPage(chromium_browser, served.url)
    try:
        yield recorded
    finally:
        recorded.close()
