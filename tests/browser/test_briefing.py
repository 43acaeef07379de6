"""Briefing mode on a 1280x720 projector with a clicker: each slide fits, type is large, contrast is AAA,
axe is clean; PageDown/PageUp and the arrow keys walk the slides; one figure can be put alone on the wall."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from indicators.outputs.slides import build_slides
from tests.browser.harness import PAGE_OVERFLOW, SMALLEST_TEXT, axe_violations, open_app, wait_for_app
from tests.conftest import view_of

pytestmark = pytest.mark.browser

FONT_SIZE = "e => parseFloat(getComputedStyle(e).fontSize)"


@pytest.fixture(scope="module")
def slides(release):
    return build_slides(view_of(release))


@pytest.fixture
def projector(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    yield page
    context.close()


def open_slide(page, server, number: int, count: int, chart: bool = False) -> None:
    page.goto(f"{server.url}/briefing?slide={number}")
    wait_for_app(page)
    expect(page.get_by_text(f"Slide {number} of {count}")).to_be_visible()
    if chart:
        page.wait_for_function("() => document.querySelector(\"[data-testid='stPlotlyChart'] g.point, path.point\")")


def test_each_slide_fits_one_screen_in_large_type(server, projector, slides):
    for number, slide in enumerate(slides, start=1):
        open_slide(projector, server, number, len(slides), chart=slide.chart is not None)
        assert projector.evaluate(PAGE_OVERFLOW) <= 0, f"slide {number} scrolls"
        smallest = projector.evaluate(SMALLEST_TEXT)
        assert smallest[0][0] >= 18, f"slide {number}: text under 18 px: {smallest[:5]}"
        headlines = projector.locator(".slide h1, .slide h2")
        assert headlines.count() == 1, f"slide {number}"
        assert headlines.first.evaluate(FONT_SIZE) >= 48, f"slide {number}: headline under 48 px"
        numbers = projector.locator(".slide-value, .slide-big")
        assert numbers.count() == len(slide.figures), f"slide {number}"
        for index in range(numbers.count()):
            assert numbers.nth(index).evaluate(FONT_SIZE) >= 48, f"slide {number}: number under 48 px"
        # A projector needs no sidebar or toolbar.
        expect(projector.get_by_test_id("stSidebar")).to_be_hidden()
        expect(projector.get_by_test_id("stToolbar")).to_be_hidden()


@pytest.mark.parametrize("number", [1, 2, 3, 13])
def test_axe_finds_no_violations_and_contrast_is_aaa(server, projector, slides, number):
    open_slide(projector, server, number, len(slides), chart=slides[number - 1].chart is not None)
    assert axe_violations(projector) == []
    assert axe_violations(projector, rules=["color-contrast-enhanced"]) == []


def test_previous_and_next_walk_the_slides(server, projector, slides):
    open_slide(projector, server, 1, len(slides))
    expect(projector.get_by_role("button", name="Previous")).to_be_disabled()
    projector.get_by_role("button", name="Next").click()
    expect(projector.get_by_text(f"Slide 2 of {len(slides)}")).to_be_visible()
    expect(projector).to_have_url(f"{server.url}/briefing?slide=2")
    expect(projector.get_by_role("heading", name=slides[1].title)).to_be_visible()
    projector.get_by_role("button", name="Previous").click()
    expect(projector.get_by_text(f"Slide 1 of {len(slides)}")).to_be_visible()


FOCUSED_BUTTON = "() => !!document.activeElement && document.activeElement.tagName === 'BUTTON'"


@pytest.mark.parametrize("forward, back", [("PageDown", "PageUp"), ("ArrowRight", "ArrowLeft")])
def test_a_clicker_walks_the_slides_with_its_keys(server, projector, slides, forward, back):
    open_slide(projector, server, 1, len(slides))
    for number in (2, 3):
        expect(projector.locator('kbd[aria-label="Shortcut PageDown"]')).to_be_visible()  # its key is bound
        projector.keyboard.press(forward)
        expect(projector.get_by_text(f"Slide {number} of {len(slides)}")).to_be_visible()
        wait_for_app(projector)
    expect(projector.locator('kbd[aria-label="Shortcut PageUp"]')).to_be_visible()
    projector.keyboard.press(back)
    expect(projector.get_by_text(f"Slide 2 of {len(slides)}")).to_be_visible()
    expect(projector).to_have_url(f"{server.url}/briefing?slide=2")
    assert not projector.evaluate(FOCUSED_BUTTON), "a key press left a button focused (a visible focus ring)"


def test_one_figure_presented_alone_fills_the_wall(server, projector, release):
    figure = release.by_id["family-doctor-signing-rate"]
    open_app(projector, f"{server.url}/briefing?figure={figure.id}")
    value = projector.locator(".slide-big")
    expect(value).to_have_text("86.24%")
    assert value.evaluate(FONT_SIZE) >= 96
    sentence = projector.locator(".slide blockquote.source-sentence")
    expect(sentence.locator("mark")).to_have_text("86.24%")
    assert sentence.evaluate(FONT_SIZE) >= 28
    expect(projector.locator(".slide-source").last).to_have_text(
        "Source: Information Office of Shanghai Municipality, media briefing of 13 August 2020"
    )
    assert projector.evaluate(PAGE_OVERFLOW) <= 0, "the presented figure scrolls"
    for element in (value, sentence, projector.locator(".slide-source").last):
        box = element.bounding_box()
        assert box["y"] + box["height"] <= 720, "not on the first screen"
    expect(projector.get_by_test_id("stDialog")).to_have_count(0)  # presented, not drilled into
    assert axe_violations(projector) == []
    projector.keyboard.press("PageUp")
    expect(projector.get_by_text(re.compile(r"Slide 1 of \d+"))).to_be_visible()


def test_present_this_figure_from_any_drill_down(server, page):
    open_app(page, f"{server.url}/livable-city?figure=disputes-resolved-onsite")
    dialog = page.get_by_test_id("stDialog")
    expect(dialog.locator("blockquote mark")).to_have_text("99.9% of disputes", timeout=20_000)
    dialog.get_by_role("button", name="Present this figure").click()
    expect(page).to_have_url(f"{server.url}/briefing?figure=disputes-resolved-onsite")
    expect(page.locator(".slide-big")).to_have_text("99.9%")
    expect(page.get_by_test_id("stDialog")).to_have_count(0)


ALONE = """() => [...document.querySelectorAll('.slide-frame')].map(frame => {
  const slide = frame.querySelector('.slide');
  const size = selector => { const e = slide.querySelector(selector); return e ? parseFloat(getComputedStyle(e).fontSize) : null; };
  const box = slide.getBoundingClientRect();
  const outside = [...slide.querySelectorAll('h2, .slide-amount, blockquote, .slide-source, .slide-qr')]
    .filter(e => { const b = e.getBoundingClientRect(); return b.bottom > box.bottom + 0.5 || b.right > box.right + 0.5; })
    .map(e => e.className || e.tagName);
  const bottom = Math.max(...[...slide.children].map(e => e.getBoundingClientRect().bottom));
  return {id: frame.dataset.id, overflow: slide.scrollHeight - slide.clientHeight, value: size('.slide-big'),
          height: bottom - box.top,
          sentence: size('blockquote.source-sentence'), bound: size('.slide-bound'), outside};
})"""


def test_every_figure_alone_is_legible_from_the_back_of_the_room(browser, tmp_path):
    """Every figure of the Baoshan release (in English, 简体 and 繁體) and of the edge release (a label of 200
    characters), put alone on a 1280x720 wall with its QR code and without: the value at least 96 px, the sentence
    at least 28 px, a bound at least 40% of the value's size, nothing cut off."""
    from indicators import load
    from indicators.outputs.render import stylesheet
    from indicators.outputs.slides import figure_slide, slide_html
    from indicators.view.language import ENGLISH, SIMPLIFIED, TRADITIONAL
    from indicators.view.urls import ShareSite
    from tests.conftest import EDGE_RELEASE, REAL_DATA

    share = ShareSite("https://figures.example.org/baoshan")
    frames = []
    walls = [(REAL_DATA, ENGLISH), (REAL_DATA, SIMPLIFIED), (REAL_DATA, TRADITIONAL), (EDGE_RELEASE, ENGLISH)]
    for data, language in walls:
        briefing = view_of(load(data), language)
        for view in briefing.figures:
            for site in (share, None):
                html = slide_html(briefing, figure_slide(briefing, view, site))
                frames.append(
                    f'<div class="deck" lang="{language.tag}"><div class="slide-frame" data-id="{language.tag}/'
                    f'{view.id}">{html}</div></div>'
                )
    page_file = tmp_path / "alone.html"
    css = stylesheet("slides", "deck") + ".deck {position: relative;}"
    page_file.write_text(
        f"<!doctype html><html lang='en'><head><style>{css}</style></head><body>{''.join(frames)}</body></html>"
    )
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.wait_for_function("() => document.fonts.status === 'loaded'")
    measured = page.evaluate(ALONE)
    context.close()
    assert len(measured) == len(frames)
    for slide in measured:
        assert slide["overflow"] <= 0 and not slide["outside"], slide
        # The words' room on the dashboard too, where the controls stand under the slide: 720 px less its margin
        # (16), the gap (16), the buttons (42) and the bottom margin (8) leave 638; the file's slide has 16 above.
        assert slide["height"] - 16 <= 630, slide
        assert slide["value"] >= 96 and slide["sentence"] >= 28, slide
        if slide["bound"] is not None:
            assert slide["bound"] >= 0.4 * slide["value"], slide


def test_after_presenting_a_figure_the_next_key_goes_back_to_the_slide_left(server, projector, slides):
    """The presenter leaves the slides at slide 5 (the browser's Back, the same reader), answers a question with a
    figure put alone on the wall, and the clicker's next key brings back slide 5, not slide 1."""
    open_app(projector, f"{server.url}/livable-city")
    projector.get_by_role("link", name="Briefing mode").click()
    expect(projector.get_by_text(f"Slide 1 of {len(slides)}")).to_be_visible()
    for number in range(2, 6):
        wait_for_app(projector)
        projector.keyboard.press("PageDown")
        expect(projector.get_by_text(f"Slide {number} of {len(slides)}")).to_be_visible()
    while "/livable-city" not in projector.url:  # back through the slides, to the page the presenter came from
        projector.go_back()
    wait_for_app(projector)
    projector.get_by_role("button", name=re.compile("Bus lines opened")).click()
    dialog = projector.get_by_test_id("stDialog")
    expect(dialog.locator("blockquote mark")).to_have_text("82 new bus lines", timeout=20_000)
    dialog.get_by_role("button", name="Present this figure").click()
    expect(projector.locator(".slide-big")).to_have_text("82")
    wait_for_app(projector)
    projector.keyboard.press("PageDown")
    expect(projector.get_by_text(f"Slide 5 of {len(slides)}")).to_be_visible()
