"""axe-core finds no WCAG 2.x A or AA violation on any page, nor in the drill-down dialog."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.harness import axe_violations, open_app, wait_for_charts

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    "path", ["", "economy", "livable-city", "governance", "people", "figures", "source", "briefing"]
)
def test_no_wcag_a_or_aa_violations(server, page, path):
    open_app(page, f"{server.url}/{path}")
    if path != "briefing":  # every page but the slides has a title; the slides, a counter
        expect(page.get_by_role("heading", level=1).first).to_be_visible()
    if page.get_by_test_id("stPlotlyChart").count():
        wait_for_charts(page)
    assert axe_violations(page) == []


def test_drill_down_dialog_has_no_violations(server, page):
    open_app(page, f"{server.url}/economy?figure=major-industrial-projects")
    expect(page.get_by_test_id("stDialog").locator("blockquote mark")).to_be_visible()
    assert axe_violations(page) == []
