"""Readers keep reading through a process that dies and through a rolling restart of every process, behind
the documented nginx configuration as it stands. Each reader's connection is recorded in the page, so the
test proves the connection did drop (not only that the page still looks right), then came back to the same
figure with no error on screen."""

from __future__ import annotations

import time

import pytest
from playwright.sync_api import expect

from tests.browser.harness import Deployment, open_app

pytestmark = pytest.mark.browser

READERS = {
    "family-doctor-signing-rate": ("people", "86.24%"),
    "river-chief-water-bodies": ("livable-city", "953 water bodies"),
    "major-industrial-projects": ("", "78 major industrial projects"),
}
# Streamlit's own signal: every value the app's connection state takes, recorded as it changes.
RECORD_CONNECTION = """() => {
  const app = document.querySelector("[data-testid='stApp']");
  window.connectionStates = [];
  new MutationObserver(() => window.connectionStates.push(app.getAttribute('data-test-connection-state')))
    .observe(app, {attributes: true, attributeFilter: ['data-test-connection-state']});
}"""


@pytest.fixture
def deployment(tmp_path):
    (tmp_path / "nginx").mkdir()
    deployment = Deployment(tmp_path / "nginx")
    yield deployment
    deployment.stop()


def open_readers(browser, deployment):
    readers = []
    for figure_id, (page_slug, words) in READERS.items():
        context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
        page = context.new_page()
        open_app(page, f"{deployment.url}/{page_slug}?figure={figure_id}")
        expect(page.get_by_test_id("stDialog").locator("blockquote.source-sentence mark").first).to_have_text(
            words, timeout=30_000
        )
        page.evaluate(RECORD_CONNECTION)
        readers.append((context, page, figure_id, words))
    return readers


def process_of(deployment, context) -> str:
    """The upstream that served this reader, from nginx's log of its route cookie."""
    [route] = [c["value"] for c in context.cookies() if c["name"] == "indicators_route"]
    served = {line.split(" ")[1] for line in deployment.access_log.read_text().splitlines() if f" {route} " in line}
    served.discard("-")
    assert len(served) == 1, served
    return served.pop()


def assert_back_and_reading(page, figure_id, words):
    """The connection dropped, came back, and the reader sees the same figure with no error."""
    page.wait_for_function("() => window.connectionStates.some(s => s !== 'CONNECTED')", timeout=30_000)  # it did drop
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=60_000)
    expect(page.get_by_test_id("stDialog").locator("blockquote.source-sentence mark").first).to_have_text(
        words, timeout=60_000
    )
    assert page.url.endswith(f"?figure={figure_id}")
    expect(page.get_by_test_id("stException")).to_have_count(0)
    expect(page.get_by_text("Page not found")).to_have_count(0)
    expect(page.get_by_text("Connection error")).to_have_count(0)


def test_a_process_that_dies_loses_no_reader(browser, deployment):
    readers = open_readers(browser, deployment)
    victim = process_of(deployment, readers[0][0])
    index = next(i for i, app in enumerate(deployment.apps) if victim.endswith(f":{app.port}"))
    on_victim = [r for r in readers if process_of(deployment, r[0]) == victim]
    deployment.kill(index)
    start = time.monotonic()
    for _, page, figure_id, words in on_victim:
        assert_back_and_reading(page, figure_id, words)
    print(f"readers back within {time.monotonic() - start:.1f} s of the kill")
    deployment.start(index)  # the supervisor's restart
    for context, *_ in readers:
        context.close()


def test_a_rolling_restart_of_every_process_loses_no_reader(browser, deployment):
    readers = open_readers(browser, deployment)
    start = time.monotonic()
    for index in range(len(deployment.apps)):  # one at a time, each warmed up before the next goes
        deployment.restart(index)
    for _, page, figure_id, words in readers:  # every reader's process was restarted: each dropped
        assert_back_and_reading(page, figure_id, words)
    print(
        f"rolling restart of {len(deployment.apps)} processes done, readers back, in {time.monotonic() - start:.1f} s"
    )
    for context, *_ in readers:
        context.close()
