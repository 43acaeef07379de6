"""A reporter's phone (390 x 844, touch): the first screen says whose figures these are, nothing is wider
than the screen, every control is large enough to tap, charts keep their data, every figure reads as text."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import axe_violations, open_app, wait_for_charts

pytestmark = pytest.mark.browser

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 3}
PAGES = ["", "economy", "livable-city", "governance", "people", "figures", "source", "corrections"]
WCAG_22 = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
# Pictographs and symbols that need an emoji font (Debian's Chromium has none: they draw as empty boxes).
EMOJI = re.compile("[\U0001f300-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f]")

WIDER_THAN_THE_SCREEN = """() => [...document.querySelectorAll('body *')]
  .filter(e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.right > innerWidth + 1
                 && getComputedStyle(e).visibility !== 'hidden' && !e.closest('[aria-hidden="true"]'); })
  .map(e => (e.getAttribute('data-testid') || e.tagName) + ' ' + Math.round(e.getBoundingClientRect().right))"""

# react-aria's "Dismiss" button in a dialog is for screen readers only (1 px, out of the tab order): no target.
SMALL_CONTROLS = """() => [...document.querySelectorAll('button, [role="button"], input, select, summary, [role="tab"]')]
  .filter(e => !(e.getAttribute('tabindex') === '-1' && e.getAttribute('aria-label') === 'Dismiss'))
  .filter(e => { const r = e.getBoundingClientRect(); const s = getComputedStyle(e);
                 return r.width > 0 && r.height > 0 && s.visibility !== 'hidden' && (r.width < 24 || r.height < 24); })
  .map(e => (e.getAttribute('aria-label') || e.textContent || e.tagName).trim().slice(0, 40))"""


@pytest.fixture
def phone(browser):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    yield page
    context.close()


def settle(page) -> None:
    """The page's elements drawn (its title first, then charts, if it has any, with their marks)."""
    expect(page.get_by_role("heading", level=1).first).to_be_visible()
    if page.get_by_test_id("stPlotlyChart").count():
        wait_for_charts(page)


def in_first_screen(locator, height: int = 844) -> bool:
    box = locator.bounding_box()
    return box is not None and box["y"] >= 0 and box["y"] + box["height"] <= height


def test_the_first_screen_says_whose_figures_and_shows_one(server, phone):
    open_app(phone, server.url)
    heading = phone.get_by_role("heading", level=1)
    expect(heading).to_contain_text("Baoshan")
    assert in_first_screen(heading)
    assert in_first_screen(phone.get_by_text(re.compile("media briefing of 13 August 2020")))
    first_tile = phone.locator("[class*='st-key-tiles-headline'] button").first
    expect(first_tile).to_contain_text("78")
    assert in_first_screen(first_tile), "no headline figure on the first screen"
    expect(phone.get_by_text("Press Release for Media Briefing")).to_have_count(0)  # the title is for citations


def test_a_laptop_first_screen_says_it_too(server, page):
    open_app(page, server.url)
    heading = page.get_by_role("heading", level=1)
    expect(heading).to_have_text("Baoshan District, in figures")
    assert in_first_screen(heading, 900) and in_first_screen(page.locator("[class*='st-key-tiles-'] button").first, 900)


def test_tiles_are_fluid(server, phone, page, release):
    open_app(phone, f"{server.url}/people")
    tiles = phone.locator("[class*='st-key-tiles-'] button")
    expect(tiles).to_have_count(len(release.figures_in("people")))  # every tile drawn before it is measured
    column = phone.get_by_test_id("stMainBlockContainer").bounding_box()["width"]
    widths = tiles.evaluate_all("bs => bs.map(b => b.getBoundingClientRect().width)")
    assert widths and min(widths) >= 0.85 * column, f"tiles leave empty space beside them: {widths} of {column}"
    open_app(page, f"{server.url}/people")  # a laptop: several a row, sharing the row
    tiles = page.locator("[class*='st-key-tiles-'] button")
    expect(tiles).to_have_count(len(release.figures_in("people")))
    rows = tiles.evaluate_all("bs => bs.map(b => Math.round(b.getBoundingClientRect().top))")
    assert max(rows.count(top) for top in set(rows)) >= 3


@pytest.mark.parametrize("path", ["economy", "livable-city"])
def test_charts_keep_their_data_and_readable_text_on_a_phone(server, phone, path):
    open_app(phone, f"{server.url}/{path}")
    wait_for_charts(phone)
    for index in range(phone.get_by_test_id("stPlotlyChart").count()):
        chart = phone.get_by_test_id("stPlotlyChart").nth(index)
        chart.scroll_into_view_if_needed()
        # plotly may redraw a chart scrolled into view: wait in the page for the drawn plot itself, and read
        # both widths in one go, so no element can be swapped between the two readings
        whole, data = phone.wait_for_function(
            """(i) => { const c = document.querySelectorAll("[data-testid='stPlotlyChart']")[i];
                        // the plot area: plotly's drag rectangle covers exactly it, whichever layer holds the bars
                        const p = c && c.querySelector('g.draglayer rect.nsewdrag');
                        const w = p ? p.getBoundingClientRect().width : 0;
                        return w > 0 && c.querySelector('g.point path') ? [c.getBoundingClientRect().width, w] : null; }""",
            arg=index,
            timeout=60_000,
        ).json_value()
        assert data >= whole / 2, f"the data gets {data:.0f} of {whole:.0f} px"
        sizes = chart.locator("svg text").evaluate_all(
            "ts => ts.filter(t => t.textContent.trim()).map(t => parseFloat(getComputedStyle(t).fontSize))"
        )
        assert min(sizes) >= 12, f"chart text under 12 px: {min(sizes)}"


def test_every_figure_reads_as_text_without_sideways_scrolling(server, phone, release):
    open_app(phone, f"{server.url}/figures")
    text = phone.locator("ol.figure-list").inner_text()
    for figure in release.figures:
        for words in (figure.label, " ".join(figure.quote.split())):
            assert words in " ".join(text.split()), f"{figure.id}: {words[:40]!r} is not readable text"
    assert phone.evaluate(WIDER_THAN_THE_SCREEN) == []


@pytest.mark.parametrize("path", PAGES)
def test_nothing_is_wider_than_the_screen_and_every_control_can_be_tapped(server, phone, path):
    open_app(phone, f"{server.url}/{path}")
    settle(phone)
    assert phone.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert phone.evaluate(WIDER_THAN_THE_SCREEN) == []
    assert phone.evaluate(SMALL_CONTROLS) == []
    assert axe_violations(phone, tags=WCAG_22) == []
    assert not EMOJI.search(phone.locator("body").inner_text())


def test_the_drill_down_on_a_phone(server, phone):
    open_app(phone, f"{server.url}/livable-city?figure=disputes-resolved-onsite")
    mark = phone.get_by_test_id("stDialog").locator("blockquote.source-sentence mark")
    expect(mark).to_have_text("99.9% of disputes", timeout=20_000)
    assert in_first_screen(mark), "a shared link's marked words are not on the first screen"
    assert phone.evaluate(WIDER_THAN_THE_SCREEN) == []
    assert phone.evaluate(SMALL_CONTROLS) == []
    assert axe_violations(phone, tags=WCAG_22) == []


def test_the_share_control_draws_its_icon_without_an_emoji_font(server, page):
    open_app(page, f"{server.url}/governance")
    share = page.get_by_role("button", name=re.compile("Share: copy link, cite"))
    expect(share.get_by_test_id("stIconMaterial").first).to_have_text("link")
    assert not EMOJI.search(page.locator("body").inner_text())
