"""Hostile URLs and hostile data through the real browser: a notice at most, nothing runs or is injected."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from playwright.sync_api import expect

from tests.browser.harness import open_app

pytestmark = pytest.mark.browser

VALUES = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    "x" * 5000,
    "../../etc/passwd",
    "javascript:alert(1)",
    "$x$ *y* _z_",
]


@pytest.fixture
def watched(page):
    """The page, failing the test if anything opens a JavaScript dialog (an injected alert)."""
    alerts = []
    page.on("dialog", lambda dialog: (alerts.append(dialog.message), dialog.dismiss()))
    yield page
    assert alerts == [], f"script ran: {alerts}"


@pytest.mark.parametrize("param, path", [("figure", "economy"), ("figure", "source"), ("slide", "briefing")])
@pytest.mark.parametrize("value", VALUES, ids=["script", "img", "long", "path", "js-url", "markdown"])
def test_hostile_query_values(server, watched, param, path, value):
    open_app(watched, f"{server.url}/{path}?{param}={quote(value)}")
    expect(watched.get_by_test_id("stAlert")).to_have_count(1)
    expect(watched.get_by_test_id("stAlert")).not_to_contain_text(value[:50])
    expect(watched.locator("img[src='x']")).to_have_count(0)
    expect(watched.get_by_test_id("stDialog")).to_have_count(0)
    expect(watched.get_by_test_id("stException")).to_have_count(0)


@pytest.mark.parametrize(
    "path",
    ["", "markup", "more", "figures", "source", "briefing?slide=2", "markup?figure=parks", "more?figure=fountains"],
)
def test_hostile_data_is_shown_literally(hostile_server, watched, path):
    open_app(watched, f"{hostile_server.url}/{path}")
    expect(watched.get_by_test_id("stException")).to_have_count(0)
    expect(watched.locator("img[src='x']")).to_have_count(0)
    expect(watched.locator("a[href^='javascript']")).to_have_count(0)
    expect(watched.locator(".katex, math")).to_have_count(0)  # no $...$ turned into maths
    scripts_from_data = watched.evaluate("() => [...document.scripts].filter(s => s.text.includes('alert')).length")
    assert scripts_from_data == 0
    if "figure=parks" in path:
        expect(watched.get_by_test_id("stDialog").locator("blockquote")).to_have_text(
            "The district opened 12 <script>alert('x')</script> parks at $5 and $6 *each* _today_."
        )
    if path == "source":
        expect(watched.locator("article.release-text")).to_contain_text("[a link](javascript:alert('z')) :smile:")
