"""The dashboard in a real browser: bars, permalinks, navigation, on this release and another one."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.harness import click_bar, open_app, wait_for_app, wait_for_charts

pytestmark = pytest.mark.browser


def dialog(page: Page):
    return page.get_by_test_id("stDialog")


def expect_drill_down(page: Page, figure_words: str, figure_id: str) -> None:
    # The dialog's body arrives just after its frame: wait for the content, not the frame.
    expect(dialog(page).locator("blockquote.source-sentence mark")).to_have_text(figure_words, timeout=20_000)
    expect(page).to_have_url(re.compile(rf"[?&]figure={figure_id}(&|$)"))


def no_exception(page: Page) -> None:
    expect(page.get_by_test_id("stException")).to_have_count(0)


def test_clicking_a_bar_opens_its_sentence(server, page):
    open_app(page, f"{server.url}/livable-city")
    wait_for_charts(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    click_bar(page, chart, 0)
    expect_drill_down(page, "three vertical", "vertical-traffic-paths")
    expect(dialog(page)).to_contain_text("Efforts were made to build three vertical and four horizontal traffic paths")
    no_exception(page)


def test_a_part_and_its_whole_each_open_their_own_figure(server, page):
    open_app(page, f"{server.url}/economy")
    wait_for_charts(page)
    chart = page.get_by_test_id("stPlotlyChart").first
    click_bar(page, chart, 1)  # the part, drawn over its whole
    expect_drill_down(
        page,
        "Shanghai Robot Industrial Park, North Shanghai Biomedical Industrial Park and Super New Material "
        "Science and Technology Park",
        "characteristic-industrial-parks-baoshan",
    )
    expect(dialog(page)).to_contain_text("Derived, not stated")


def test_closing_and_clicking_another_bar(server, page):
    open_app(page, f"{server.url}/livable-city")
    wait_for_charts(page)
    click_bar(page, page.get_by_test_id("stPlotlyChart").first, 0)
    expect_drill_down(page, "three vertical", "vertical-traffic-paths")
    page.keyboard.press("Escape")
    expect(dialog(page)).to_have_count(0)
    expect(page).not_to_have_url(re.compile(r"figure="))
    wait_for_app(page)
    wait_for_charts(page)
    click_bar(page, page.get_by_test_id("stPlotlyChart").first, 1)
    expect_drill_down(page, "four horizontal traffic paths", "horizontal-traffic-paths")


def test_a_permalink_opens_the_drill_down(server, page):
    open_app(page, f"{server.url}/people?figure=family-doctor-signing-rate")
    expect_drill_down(page, "86.24%", "family-doctor-signing-rate")
    expect(dialog(page)).to_contain_text("ranking first in the city")
    no_exception(page)


def test_a_tile_opens_its_figure_and_the_address_follows(server, page):
    open_app(page, f"{server.url}/livable-city")
    # Streamlit gives each keyed widget the class st-key-<key>.
    page.locator(".st-key-tile-livable-city-river-chief-water-bodies").get_by_role("button").click()
    expect_drill_down(page, "953 water bodies", "river-chief-water-bodies")


def test_moving_between_pillar_pages(server, page):
    open_app(page, server.url)
    for title, path in [
        ("Livable city", "livable-city"),
        ("Governance and social security", "governance"),
        ("Education, health and culture", "people"),
        ("Economy and innovation", "economy"),
    ]:
        page.get_by_test_id("stSidebarNav").get_by_role("link", name=title).click()
        expect(page).to_have_url(re.compile(rf"/{path}$"))
        expect(page.get_by_role("heading", level=1, name=title)).to_be_visible()
        wait_for_app(page)
        no_exception(page)


def test_source_marks_link_to_their_drill_down(server, page):
    open_app(page, f"{server.url}/source")
    page.locator("#src-bus-lines").click()
    expect_drill_down(page, "82 new bus lines", "bus-lines")


def test_hostile_permalink_shows_a_notice_and_the_page(server, page):
    open_app(page, f"{server.url}/economy?figure=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E")
    expect(page.get_by_test_id("stAlert")).to_contain_text("Showing the page instead")
    expect(page.get_by_role("heading", level=1, name="Economy and innovation")).to_be_visible()
    expect(page.locator("img[src='x']")).to_have_count(0)
    no_exception(page)


def test_another_release_bar_permalink_and_navigation(other_server, page):
    open_app(page, f"{other_server.url}/green")
    expect(page.get_by_role("heading", level=1, name="Green city")).to_be_visible()
    wait_for_charts(page)
    click_bar(page, page.get_by_test_id("stPlotlyChart").first, 1)
    expect_drill_down(page, "800 trees in parks", "park-trees")
    page.goto(f"{other_server.url}/care?figure=pupils-served")
    wait_for_app(page)
    expect_drill_down(page, "more than 3,000 pupils", "pupils-served")
    page.keyboard.press("Escape")
    page.get_by_test_id("stSidebarNav").get_by_role("link", name="Growth").click()
    expect(page.get_by_role("heading", level=1, name="Growth")).to_be_visible()
    no_exception(page)


def test_every_page_shares_its_link_and_citation(server, page):
    open_app(page, f"{server.url}/governance")
    page.get_by_role("button", name="Share: copy link, cite").click()
    expect(page.locator(".copy-text").filter(has_text=f"{server.url}/governance").first).to_be_visible()
    expect(page.get_by_text("Source: Press Release for Media Briefing").first).to_be_visible()
