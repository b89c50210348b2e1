"""A real ``streamlit run`` on a free port, driven by Debian's Chromium through Playwright (tests/apprunner.py).

Without /usr/bin/chromium these tests skip with the reason, except in CI (``CI`` set),
where a missing browser is a failure: ``.ci/run`` installs the ``chromium`` package.
"""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator

import pytest
from apprunner import AppServer, chromium_browser, page_opener, require_chromium


# Module scope, not session: Playwright's sync API holds an event loop open while it runs,
# which would break the reliability tests (their own Playwright, and asyncio) run after these.
@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    require_chromium()
    with AppServer(tmp_path_factory.mktemp("streamlit")) as app:
        yield app.wait_healthy().url


@pytest.fixture(scope="module")
def browser(server: str) -> Iterator[object]:
    with chromium_browser() as chromium:
        yield chromium


@pytest.fixture
def new_page(browser: object, server: str) -> Iterator[object]:
    """``new_page(path)`` opens the app in a fresh browser context (a separate session)."""
    with page_opener(browser, server) as open_page:
        yield open_page


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: list[str]

    def do_GET(self) -> None:
        self.hits.append(self.path)
        self.send_response(204)
        self.end_headers()

    def log_message(self, *args: object) -> None:  # keep the test output clean
        pass


@pytest.fixture
def canary() -> Iterator[tuple[str, list[str]]]:
    """A local web server that records every request: a payload pointing here must never be fetched."""
    hits: list[str] = []
    handler = type("Recorder", (_Recorder,), {"hits": hits})
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", hits
    httpd.shutdown()
    httpd.server_close()
