"""Eight readers at once, each on a different permalink: each sees its own figure, never another's."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from indicators import load
from tests.conftest import REAL_DATA

pytestmark = pytest.mark.browser


def test_eight_simultaneous_readers_each_see_their_own_figure(server, browser):
    figures = load(REAL_DATA).figures[::6][:8]
    contexts = [browser.new_context(viewport={"width": 1280, "height": 800}) for _ in figures]
    try:
        pages = [context.new_page() for context in contexts]
        for page, figure in zip(pages, figures, strict=True):  # goto returns at "load": the sessions then run together
            page.goto(f"{server.url}/{figure.pillar}?figure={figure.id}")
        for page, figure in zip(pages, figures, strict=True):
            sentence = page.get_by_test_id("stDialog").locator("blockquote.source-sentence")
            expect(sentence.locator("mark")).to_have_text(" ".join(figure.words.split()), timeout=90_000)
            expect(sentence).to_have_text(" ".join(figure.quote.split()))
            expect(page).to_have_url(f"{server.url}/{figure.pillar}?figure={figure.id}")
    finally:
        for context in contexts:
            context.close()
