"""Every surface as a professional would ship it, measured as a person sees it: chart labels never drawn over a
bar (the drawn boxes, in every setting and language), a broken link explained in a phone's first screen, three
quick downloads each served on the first tap with both cores busy, every icon drawn as an icon in every language."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.browser.harness import open_app, wait_for_app, wait_for_charts
from tests.browser.test_phone import PHONE, in_first_screen

pytestmark = pytest.mark.browser

# The boxes the browser drew: each label above its bar, each bar and the value written on or beside it.
OVERLAPS = """(root) => {
  const boxes = sel => [...root.querySelectorAll(sel)].map(e => e.getBoundingClientRect()).filter(r => r.width && r.height);
  const labels = boxes('g.annotation text.annotation-text');
  const marks = boxes('g.barlayer g.point path').concat(boxes('g.barlayer text.bartext'));
  const overlaps = [];
  for (const a of labels) for (const b of marks) {
    const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
    const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
    if (w > 1 && h > 1) overlaps.push({label: [Math.round(a.top), Math.round(a.bottom)], mark: [Math.round(b.top), Math.round(b.bottom)]});
  }
  return {labels: labels.length, marks: marks.length, overlaps};
}"""
PILLARS_WITH_CHARTS = ["economy", "livable-city"]
SETTINGS = {
    "laptop": {"viewport": {"width": 1280, "height": 900}},
    "phone": PHONE,
}


def drawn_overlaps(page) -> list[dict]:
    charts = page.get_by_test_id("stPlotlyChart")
    found = []
    for index in range(charts.count()):
        measured = charts.nth(index).evaluate(OVERLAPS)
        assert measured["labels"] and measured["marks"], measured
        found += measured["overlaps"]
    return found


@pytest.mark.parametrize("lang", ["en", "zh", "zh-Hant"])
@pytest.mark.parametrize("setting", SETTINGS)
def test_chart_labels_never_run_over_a_bar(server, browser, setting, lang):
    context = browser.new_context(**SETTINGS[setting])
    page = context.new_page()
    try:
        for pillar in PILLARS_WITH_CHARTS:
            open_app(page, f"{server.url}/{pillar}" + ("" if lang == "en" else f"?lang={lang}"))
            wait_for_charts(page)
            assert drawn_overlaps(page) == [], (setting, lang, pillar)
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "zh", "zh-Hant"])
def test_chart_labels_never_run_over_a_bar_on_the_projector(server, browser, slides_with_charts, lang):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    try:
        for number in slides_with_charts:
            page.goto(f"{server.url}/briefing?slide={number}" + ("" if lang == "en" else f"&lang={lang}"))
            wait_for_app(page)
            wait_for_charts(page)
            assert drawn_overlaps(page) == [], (lang, number)
    finally:
        context.close()


@pytest.fixture(scope="module")
def slides_with_charts(release):
    from indicators.outputs.slides import build_slides
    from tests.conftest import view_of

    return [number for number, slide in enumerate(build_slides(view_of(release)), start=1) if slide.chart]


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_a_broken_link_says_so_in_a_phones_first_screen(server, browser, lang):
    context = browser.new_context(**PHONE)
    page = context.new_page()
    try:
        query = "figure=no-such-figure-ever" + ("" if lang == "en" else f"&lang={lang}")
        open_app(page, f"{server.url}/?{query}")
        notice = page.get_by_test_id("stAlert").filter(has_text=re.compile("no-such-figure-ever"))
        expect(notice).to_be_visible()
        assert in_first_screen(notice), notice.bounding_box()
    finally:
        context.close()


# Each icon Streamlit draws (a button's arrow, the sidebar's chevrons): its font, and how wide it is drawn. An icon
# is one glyph of the icon font's ligatures; spelled out in text ("arrow_back") it is many times its type size.
ICONS = """() => [...document.querySelectorAll('[data-testid="stIconMaterial"]')]
  .filter(e => e.getBoundingClientRect().width > 0)
  .map(e => ({name: e.textContent, font: getComputedStyle(e).fontFamily,
              width: e.getBoundingClientRect().width, size: parseFloat(getComputedStyle(e).fontSize)}))"""


@pytest.mark.parametrize("lang", ["en", "zh", "zh-Hant"])
def test_every_icon_is_drawn_as_an_icon_in_every_language(server, browser, lang):
    """A page's language may choose its type (Traditional shapes first), never an icon's: the projector's
    Previous and Next arrows once read "arrow_back" over 上一張 on every Traditional slide."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    suffix = "" if lang == "en" else f"lang={lang}"
    try:
        for address in ("/", "/economy", "/briefing?slide=3", "/people?figure=family-doctor-rank"):
            open_app(page, f"{server.url}{address}" + (("&" if "?" in address else "?") + suffix if suffix else ""))
            page.evaluate("document.fonts.ready")  # resolves once every font the page asked for has loaded
            icons = page.evaluate(ICONS)
            assert icons, address
            for icon in icons:
                assert icon["font"].startswith('"Material Symbols'), (lang, address, icon)
                assert icon["width"] <= 1.5 * icon["size"], (lang, address, icon)
    finally:
        context.close()
