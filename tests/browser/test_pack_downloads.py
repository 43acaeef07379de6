"""Briefing mode with the share site's address known: a QR code on each figure's slide and a closing slide, and
the briefing pack (offline slides, press pack) downloaded from the first slide."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from indicators import load
from indicators.outputs.slides import build_slides
from indicators.view.urls import SHARE_URL_VAR, ShareSite
from tests.browser.harness import Server, decoded_qr, open_app
from tests.conftest import REAL_DATA, view_of

pytestmark = pytest.mark.browser

BASE = "https://figures.example.org/baoshan"


@pytest.fixture(scope="module")
def share_server():
    before = os.environ.get(SHARE_URL_VAR)
    os.environ[SHARE_URL_VAR] = BASE
    try:
        server = Server()
    finally:
        if before is None:
            os.environ.pop(SHARE_URL_VAR)
        else:
            os.environ[SHARE_URL_VAR] = before
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="module")
def slides():
    return build_slides(view_of(load(REAL_DATA)), ShareSite(BASE))


@pytest.fixture
def projector(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 720}, accept_downloads=True)
    page = context.new_page()
    yield page
    context.close()


def test_each_figure_slide_and_the_closing_slide_carry_a_qr_code(share_server, projector, slides, tmp_path):
    figure = next(n for n, slide in enumerate(slides, start=1) if slide.kind == "figure")
    for number in (figure, len(slides)):
        open_app(projector, f"{share_server.url}/briefing?slide={number}")
        expect(projector.get_by_text(f"Slide {number} of {len(slides)}")).to_be_visible()
        image = projector.locator(".slide-qr img")
        expect(image).to_be_visible()
        box = image.bounding_box()
        assert box["width"] >= 160 and box["height"] >= 160
        assert decoded_qr(image, tmp_path / f"{number}.png") == slides[number - 1].link
        expect(projector.locator(".slide-address")).to_have_text(slides[number - 1].link)


def test_the_pack_downloads_from_the_first_slide(share_server, projector, slides):
    open_app(projector, f"{share_server.url}/briefing")
    projector.wait_for_load_state("networkidle")  # the download buttons' own script, loaded after the run
    with projector.expect_download(timeout=120_000) as download:
        projector.get_by_role("button", name="Offline slides").click()
    html = Path(download.value.path()).read_text(encoding="utf-8")
    assert html.count('class="slide-frame"') == len(slides) and "default-src 'none'" in html
    with projector.expect_download(timeout=120_000) as download:
        projector.get_by_role("button", name="Press pack").click()
    assert download.value.suggested_filename == "baoshan-2020-08-13-press-pack.pdf"
    reader = PdfReader(download.value.path())
    assert len(reader.pages) > 5 and round(float(reader.pages[0].mediabox.height)) == 842
    assert "Baoshan District" in reader.pages[0].extract_text()
