"""Briefing mode on a 1280x720 projector: each slide fits, type is large, contrast is AAA, axe is clean."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from indicators import load
from indicators.slides import build_slides
from tests.browser.harness import PAGE_OVERFLOW, SMALLEST_TEXT, axe_violations, wait_for_app
from tests.conftest import REAL_DATA

pytestmark = pytest.mark.browser
SLIDES = build_slides(load(REAL_DATA))


@pytest.fixture
def projector(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    yield page
    context.close()


def open_slide(page, server, number: int) -> None:
    page.goto(f"{server.url}/briefing?slide={number}")
    wait_for_app(page)
    expect(page.get_by_text(f"Slide {number} of {len(SLIDES)}")).to_be_visible()
    if SLIDES[number - 1].chart is not None:
        page.wait_for_function("() => document.querySelector(\"[data-testid='stPlotlyChart'] g.point, path.point\")")


@pytest.mark.parametrize("number", range(1, len(SLIDES) + 1))
def test_each_slide_fits_one_screen_in_large_type(server, projector, number):
    open_slide(projector, server, number)
    assert projector.evaluate(PAGE_OVERFLOW) <= 0, "the slide scrolls"
    smallest = projector.evaluate(SMALLEST_TEXT)
    assert smallest[0][0] >= 18, f"text under 18 px: {smallest[:5]}"
    slide = SLIDES[number - 1]
    if slide.kind != "title":
        numbers = projector.locator(".slide-value, .slide-big")
        assert numbers.count() == len(slide.figures)
        for index in range(numbers.count()):
            size = numbers.nth(index).evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
            assert size >= 48
    # A projector needs no sidebar or toolbar.
    expect(projector.get_by_test_id("stSidebar")).to_be_hidden()
    expect(projector.get_by_test_id("stToolbar")).to_be_hidden()


@pytest.mark.parametrize("number", [1, 2, 3, len(SLIDES)])
def test_axe_finds_no_violations_and_contrast_is_aaa(server, projector, number):
    open_slide(projector, server, number)
    assert axe_violations(projector) == []
    assert axe_violations(projector, rules=["color-contrast-enhanced"]) == []


def test_previous_and_next_walk_the_slides(server, projector):
    open_slide(projector, server, 1)
    expect(projector.get_by_role("button", name="◀ Previous")).to_be_disabled()
    projector.get_by_role("button", name="Next ▶").click()
    expect(projector.get_by_text(f"Slide 2 of {len(SLIDES)}")).to_be_visible()
    expect(projector).to_have_url(f"{server.url}/briefing?slide=2")
    expect(projector.get_by_role("heading", name=SLIDES[1].title)).to_be_visible()
    projector.get_by_role("button", name="◀ Previous").click()
    expect(projector.get_by_text(f"Slide 1 of {len(SLIDES)}")).to_be_visible()
