"""The offline snapshot opened from disk with the network blocked: charts draw, every sentence shows."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from indicators import load
from indicators.export import export
from tests.conftest import REAL_DATA

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory):
    folder = tmp_path_factory.mktemp("snapshot")
    export(load(REAL_DATA), folder, cards=False)
    return folder / "index.html"


def test_snapshot_works_from_disk_with_no_network(browser, snapshot):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requested = []

    def block_network(route):
        requested.append(route.request.url)
        route.abort()

    context.route("http*://**/*", block_network)
    page = context.new_page()
    page.goto(snapshot.as_uri())
    briefing = load(REAL_DATA)
    charts = page.locator(".chart")
    expect(charts.first.locator("g.point").first).to_be_attached()
    for index in range(charts.count()):
        expect(charts.nth(index).locator("g.point, path.point").first).to_be_attached()
    for figure in briefing.figures:
        expect(page.locator(f"#{figure.id} blockquote")).to_have_text(" ".join(figure.quote.split()))
    assert requested == [], f"the snapshot asked the network for {requested[:3]}"
    page.goto(snapshot.as_uri() + "#bus-lines")
    expect(page.locator("#bus-lines")).to_be_in_viewport()
    context.close()
