"""Browser fixtures: one server per release file, one Chromium, a fresh context per test."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.browser.harness import CHROMIUM_FLAGS, Server, chromium_path, trust_loopback_flag
from tests.conftest import HOSTILE_RELEASE, OTHER_RELEASE


def _serving(data_file=None):
    server = Server(data_file)  # started and warmed up the documented way (scripts/serve.sh)
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def server():
    yield from _serving()


@pytest.fixture(scope="session")
def other_server():
    yield from _serving(OTHER_RELEASE)


@pytest.fixture(scope="session")
def hostile_server():
    yield from _serving(HOSTILE_RELEASE)


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        # Trusts the run's loopback certificate (the nginx of the proxy and share-site tests) as a real one.
        args = [*CHROMIUM_FLAGS, trust_loopback_flag()]
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=args, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser) -> Page:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    yield page
    context.close()
