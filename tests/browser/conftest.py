"""Browser fixtures: one server per release file, one Chromium, a fresh context per test."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, sync_playwright

from tests.browser.harness import CHROMIUM_FLAGS, ROOT, Server, chromium_path, open_app


def warm_up(server: Server, browser) -> None:
    """Run one session at / first. With a pages/ folder beside app.py, Streamlit treats the first run of
    a process as a folder-based app and shows "Page not found" over a deep link (streamlit#9992);
    every later session is fine. Deployments do the same warm-up (docs/deploy.md)."""
    context = browser.new_context()
    page = context.new_page()
    open_app(page, server.url)
    context.close()


@pytest.fixture(scope="session")
def server(browser):
    server = Server()
    warm_up(server, browser)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def other_server(browser):
    server = Server(ROOT / "tests" / "fixtures" / "other-release" / "indicators.yaml")
    warm_up(server, browser)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def hostile_server(browser):
    server = Server(ROOT / "tests" / "fixtures" / "hostile-release" / "indicators.yaml")
    warm_up(server, browser)
    yield server
    server.stop()


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def page(browser) -> Page:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    yield page
    context.close()
