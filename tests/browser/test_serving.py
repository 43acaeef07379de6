"""Serving for real: the first session of a server, a broken file on a fresh server, a base path."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.harness import Server, open_app
from tests.conftest import FIXTURES

pytestmark = pytest.mark.browser


def expect_drill_down(page: Page, words: str) -> None:
    expect(page.get_by_test_id("stDialog").locator("blockquote.source-sentence mark")).to_have_text(
        words, timeout=20_000
    )


@pytest.mark.parametrize("warm", [pytest.param(False, id="never-warmed"), pytest.param(True, id="warmed")])
def test_a_first_deep_link_opens_its_figure(page, warm):
    """The README's `streamlit run app.py` alone, then a deep link as the server's very first reader: the figure
    opens, with no "Page not found" (streamlit#9992, which app.py's server startup settles)."""
    server = Server(warm=warm)
    try:
        open_app(page, f"{server.url}/people?figure=schools-built")
        expect_drill_down(page, "Ten schools")
        expect(page.get_by_text("Page not found")).to_have_count(0)
    finally:
        server.stop()


@pytest.mark.parametrize("path", ["", "economy", "figures", "no-such-page", "briefing?slide=2"])
def test_a_broken_file_on_a_fresh_server_is_the_only_page_whatever_the_url(broken_server, page, path):
    open_app(page, f"{broken_server.url}/{path}")
    expect(page.get_by_role("heading", level=1, name="The figures cannot be shown")).to_be_visible()
    expect(page.get_by_test_id("stAlert")).to_contain_text("syntax-error.yaml")
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(page.get_by_test_id("stSidebarNav")).to_have_count(0)  # never the code modules as pages
    expect(page.get_by_test_id("stException")).to_have_count(0)


@pytest.fixture(scope="module")
def broken_server():
    server = Server(FIXTURES / "bad" / "syntax-error.yaml")
    yield server
    server.stop()


@pytest.fixture(scope="module")
def based_server():
    server = Server(base_path="dash")
    yield server
    server.stop()


def test_every_link_keeps_the_base_path(based_server, page):
    open_app(page, f"{based_server.url}/source")
    page.locator("#src-bus-lines").click()
    expect_drill_down(page, "82 new bus lines")
    expect(page).to_have_url(re.compile(r"/dash/source\?figure=bus-lines$"))
    copied = page.get_by_test_id("stDialog").locator(".copy-text").last
    expect(copied).to_contain_text(f"{based_server.url}/source?figure=bus-lines")
    page.goto(f"{based_server.url}/corrections")
    page.get_by_role("link", name=re.compile("^Baoshan hospitals among")).click()
    expect(page).to_have_url(re.compile(r"/dash/people\?figure=regional-medical-center-construction-units$"))
    expect_drill_down(page, "The Baoshan District TCM-integrated Hospital and Wusong Central Hospital")
