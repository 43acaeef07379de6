"""The offline slides in a room with no network: opened from the disk with every request refused, walked with a
clicker's keys, each slide measured as /briefing's are, and every QR code decoded from a screenshot."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from indicators.checks.library_check import load_library
from indicators.outputs.export import export
from indicators.outputs.qr import qr_image
from indicators.outputs.slides import build_slides
from indicators.view.urls import PRESS_PACK_PATH, SLIDES_PATH, ShareSite
from tests.browser.harness import SMALLEST_TEXT, axe_violations, decoded_qr
from tests.conftest import EDGE_RELEASE, REAL_DATA, view_of

pytestmark = pytest.mark.browser

BASE = "https://figures.example.org/baoshan"
FONT_SIZE = "e => parseFloat(getComputedStyle(e).fontSize)"
SLIDE_OVERFLOW = """() => {
  const slide = [...document.querySelectorAll('.slide-frame')].find(f => !f.hidden).querySelector('.slide');
  return slide.scrollHeight - slide.clientHeight;
}"""


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pack") / "site"
    library = load_library(REAL_DATA)
    export(library, folder, base_url=BASE)  # with images: the charts inside the slides are SVG
    return folder, build_slides(view_of(library.current), ShareSite(BASE))


@pytest.fixture
def offline(browser):
    """A projector's laptop with no network: any request that is not to the file itself is refused, and kept."""
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    refused: list[str] = []

    def refuse(route):
        refused.append(route.request.url)
        route.abort()

    context.route(lambda url: not url.startswith(("file:", "data:")), refuse)
    # The file's Content-Security-Policy blocks a request before the network sees it: record those too.
    context.add_init_script(
        "window.blocked = []; document.addEventListener('securitypolicyviolation', e => blocked.push(e.blockedURI));"
    )
    page = context.new_page()
    page.refused = refused
    yield page
    context.close()


def _open(page, folder, suffix: str = "") -> None:
    page.goto((folder / SLIDES_PATH).as_uri() + suffix)
    page.wait_for_function("() => document.fonts.status === 'loaded'")


def _counter(page, number: int, count: int) -> None:
    expect(page.locator("#counter")).to_have_text(f"Slide {number} of {count}")


def _measure(page, number: int, slide) -> None:
    assert page.evaluate(SLIDE_OVERFLOW) <= 0, f"slide {number} does not fit 1280x720"
    box = page.locator("#deck").bounding_box()
    assert box["x"] >= 0 and box["y"] >= 0 and box["x"] + box["width"] <= 1281 and box["y"] + box["height"] <= 721
    smallest = page.evaluate(SMALLEST_TEXT)
    assert smallest[0][0] >= 18, f"slide {number}: text under 18 px: {smallest[:5]}"
    visible = page.locator(".slide-frame:not([hidden])")
    headlines = visible.locator(".slide h1, .slide h2")
    # A headline of 48 px; a figure's label near 200 characters (five lines at 48) takes 42, so that its value stays
    # 96 px or more and its sentence 28 or more, the room's need (tests/browser/test_briefing.py measures both).
    floor = 42 if slide.kind == "figure" and len(slide.figures[0].label) > 150 else 48
    assert headlines.count() == 1 and headlines.first.evaluate(FONT_SIZE) >= floor, f"slide {number}"
    numbers = visible.locator(".slide-value, .slide-big")
    assert numbers.count() == len(slide.figures), f"slide {number}"
    for index in range(numbers.count()):
        assert numbers.nth(index).evaluate(FONT_SIZE) >= 48, f"slide {number}: number under 48 px"
    if slide.chart is not None:
        assert visible.locator(".slide-chart svg").count() == 1, f"slide {number}: its chart, inside the file"


def test_the_slides_walk_forward_and_back_with_no_network(offline, exported, tmp_path):
    folder, slides = exported
    _open(offline, folder)
    count = len(slides)
    for number, slide in enumerate(slides, start=1):
        _counter(offline, number, count)
        _measure(offline, number, slide)
        if slide.link:
            image = offline.locator(".slide-frame:not([hidden]) .slide-qr img")
            size = image.bounding_box()
            assert size["width"] >= 160 and size["height"] >= 160, f"slide {number}: QR code too small to scan"
            assert image.get_attribute("src") == qr_image(slide.link)  # the one QR maker, as /briefing uses
            assert decoded_qr(image, tmp_path / f"qr-{number}.png") == slide.link
            expect(offline.locator(".slide-frame:not([hidden]) .slide-address")).to_have_text(slide.link)
        offline.keyboard.press("PageDown")
    _counter(offline, count, count)  # PageDown on the last slide stays there
    for number in range(count - 1, 0, -1):
        offline.keyboard.press("PageUp")
        _counter(offline, number, count)
    assert offline.refused == [], f"the slides asked the network for {offline.refused[:3]}"
    assert offline.evaluate("window.blocked") == []


def test_home_end_arrows_and_the_address_open_a_slide(offline, exported):
    folder, slides = exported
    count = len(slides)
    _open(offline, folder, "#slide=3")
    _counter(offline, 3, count)
    offline.keyboard.press("End")
    _counter(offline, count, count)
    offline.keyboard.press("Home")
    _counter(offline, 1, count)
    offline.keyboard.press("ArrowRight")
    _counter(offline, 2, count)
    offline.keyboard.press("ArrowLeft")
    _counter(offline, 1, count)
    _open(offline, folder, "?slide=4")
    _counter(offline, 4, count)
    _open(offline, folder, "#slide=999")  # no such slide: the first, not a blank screen
    _counter(offline, 1, count)
    assert offline.refused == [] and offline.evaluate("window.blocked") == []


@pytest.mark.parametrize("kind", ["title", "pillar", "figure", "closing"])
def test_axe_finds_no_violations(offline, exported, kind):
    folder, slides = exported
    number = next(n for n, slide in enumerate(slides, start=1) if slide.kind == kind)
    _open(offline, folder, f"#slide={number}")
    assert axe_violations(offline) == []


def test_a_label_of_200_characters_still_fits_its_slide(offline, tmp_path):
    """The edge release: a 200-character label on a headline figure, a sentence in Chinese characters."""
    folder = tmp_path / "edge"
    library = load_library(EDGE_RELEASE)
    export(library, folder, base_url=BASE, images=False)
    slides = build_slides(view_of(library.current), ShareSite(BASE))
    _open(offline, folder)
    for number, slide in enumerate(slides, start=1):
        _counter(offline, number, len(slides))
        _measure(offline, number, slide)
        offline.keyboard.press("PageDown")
    assert offline.refused == [] and offline.evaluate("window.blocked") == []


def test_the_exported_press_pack_draws_its_charts_as_vectors(exported):
    folder, slides = exported
    reader = PdfReader(folder / PRESS_PACK_PATH)
    assert sum(len(page.images) for page in reader.pages) == 0  # no chart became a picture of itself
    text = " ".join(page.extract_text() for page in reader.pages)
    for slide in slides:
        if slide.chart is not None:
            assert slide.chart.title in text  # the chart's own words, as text in the PDF
