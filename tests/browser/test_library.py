"""The library in a browser: after the next briefings are published over this one, every address ever
published opens its 2020 figure with its date on screen; a reader who picks an earlier briefing stays in it
from page to page; a series links each briefing's sentence."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from indicators.checks.validate import check
from tests.browser.harness import Server, open_app, wait_for_app
from tests.conftest import REAL_DATA, published_ids, published_library

pytestmark = pytest.mark.browser

BAOSHAN = "baoshan-2020-08-13"


@pytest.fixture(scope="module")
def library_server(tmp_path_factory):
    server = Server(published_library(tmp_path_factory.mktemp("library")))
    try:
        yield server
    finally:
        server.stop()


def test_published_ids_open_their_2020_figures_after_three_publishes(page, library_server):
    """In a browser: a sample of current ids and every id a correction retired (tests/app/test_library.py opens
    every published id through the app script, tests/test_export.py on the share site)."""
    before, _ = check(REAL_DATA)
    retired = [c.figure_id for c in before.corrections if c.change in ("renamed", "withdrawn")]
    withdrawn = {c.figure_id for c in before.corrections if c.change == "withdrawn"}
    sample = [i for i in published_ids() if i in before.by_id][::8] + retired
    assert retired and withdrawn and len(sample) >= 8
    for figure_id in sample:
        open_app(page, f"{library_server.url}/?figure={figure_id}")
        expect(page.get_by_text("An earlier briefing: Baoshan District, 13 August 2020")).to_be_visible()
        dialog = page.get_by_role("dialog")
        if figure_id in before.by_id:
            expect(dialog.locator(f"[data-figure='{figure_id}']")).to_be_visible(timeout=20_000)
        # What the dialog must say follows from the data, never from what it shows yet (it may still be opening).
        said = f"“{figure_id}” was withdrawn on" if figure_id in withdrawn else "From the briefing of 13 August 2020"
        expect(dialog.get_by_text(said)).to_be_visible(timeout=20_000)
        assert f"release={BAOSHAN}" in page.url, figure_id


def test_a_reader_who_picks_an_earlier_briefing_stays_in_it(page, library_server):
    open_app(page, library_server.url + "/")
    expect(page.get_by_role("heading", name="Lanxi District, in figures")).to_be_visible()
    page.get_by_test_id("stSelectbox").click()
    page.get_by_role("option", name=re.compile("^13 August 2020")).click()
    expect(page.get_by_role("heading", name="Baoshan District, in figures")).to_be_visible()
    wait_for_app(page)
    assert f"release={BAOSHAN}" in page.url
    # Streamlit drops the query when the reader moves between pages: the briefing must stay all the same
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="All figures").click()
    expect(page.get_by_text("An earlier briefing: Baoshan District, 13 August 2020")).to_be_visible()
    wait_for_app(page)
    expect(page).to_have_url(re.compile(f"/figures\\?release={BAOSHAN}"))
    page.get_by_role("link", name=re.compile("Open the newest briefing")).click()
    expect(page.get_by_role("heading", name="Lanxi District, in figures")).to_be_visible()
    wait_for_app(page)
    assert "release=" not in page.url


def test_a_series_links_each_briefings_sentence(page, library_server):
    open_app(page, library_server.url + "/?figure=family-doctor-rate-2023")
    dialog = page.get_by_role("dialog")
    expect(dialog.get_by_text("Since the previous briefing: up 1.8 points from 33.2%")).to_be_visible()
    chart = dialog.locator(".series-chart img")  # an image: st.html's sanitiser drops inline SVG
    expect(chart).to_be_visible()
    assert chart.evaluate("image => image.complete && image.naturalWidth") > 0
    for value in ("31.5%", "33.2%", "35.0%"):  # its text alternative names each briefing's value
        assert value in chart.get_attribute("alt")
    dialog.get_by_role("row", name=re.compile("1 September 2021")).get_by_role("link").click()
    wait_for_app(page)
    expect(page.get_by_role("dialog").locator("[data-figure='family-doctor-rate-2021']")).to_be_visible()
    expect(page.get_by_text("An earlier briefing: Lanxi District, 1 September 2021")).to_be_visible()
