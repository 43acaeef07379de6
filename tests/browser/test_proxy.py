"""The documented setup for more than one process, as it stands: Debian's nginx on loopback in front of two
dashboard processes under a base path (deploy/nginx-dashboard.conf), readers opening permalinks through it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import urllib.request
from collections import defaultdict
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.harness import Deployment, loopback_tls, open_app

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    deployment = Deployment(tmp_path_factory.mktemp("nginx"))
    yield deployment.url, deployment.access_log, {f"127.0.0.1:{app.port}" for app in deployment.apps}
    deployment.stop()


def routes(log: Path) -> dict[str, set[str]]:
    """Route cookie -> the processes that served it (requests that carried a route only)."""
    served = defaultdict(set)
    for line in log.read_text().splitlines():
        _, upstream, route, _ = line.split(" ")
        if upstream != "-":
            served[route].add(upstream)
    return served


def test_readers_stay_on_their_process_and_the_processes_share_the_readers(proxy, browser):
    url, log, processes = proxy
    seen: set[str] = set()
    for attempt in range(20):  # a new reader lands on either process: keep opening until both served one
        context = browser.new_context(viewport={"width": 1280, "height": 800})
        page = context.new_page()
        open_app(page, f"{url}/people?figure=family-doctor-signing-rate")
        dialog = page.get_by_test_id("stDialog")
        expect(dialog.locator("blockquote.source-sentence mark")).to_have_text("86.24%", timeout=30_000)
        expect(page).to_have_url(re.compile(r"/dash/people\?figure=family-doctor-signing-rate$"))
        expect(page.get_by_text("Page not found")).to_have_count(0)
        [route] = [c["value"] for c in context.cookies() if c["name"] == "indicators_route"]
        served = routes(log)[route]
        assert len(served) == 1, f"one reader's requests went to {served}"  # sticky: WebSocket included
        seen |= served
        context.close()
        if seen == processes:
            break
    assert seen == processes, f"every reader went to {seen}"
    assert any("/dash/_stcore/stream" in line for line in log.read_text().splitlines())  # upgraded through nginx


def test_a_download_comes_from_the_readers_own_process(proxy, page):
    url, _, _ = proxy
    open_app(page, f"{url}/figures")
    csv = page.get_by_role("button", name="CSV")
    expect(csv).to_be_enabled()
    # The button works once its own code has arrived: Streamlit loads each widget's script after the page's
    # run, so wait until nothing is loading (a click on the placeholder before that did nothing).
    page.wait_for_load_state("networkidle")
    with page.expect_download(timeout=60_000) as download:  # one tap: a reader never taps twice
        csv.click()
    assert download.value.suggested_filename == "baoshan-2020-08-13-figures.csv"
    assert "family-doctor-signing-rate" in Path(download.value.path()).read_text(encoding="utf-8-sig")


@pytest.fixture
def busy_cores():
    """Both cores kept busy while the test runs, as on a loaded server."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"]) for _ in range(os.cpu_count() or 2)]
    yield
    for hog in hogs:
        hog.kill()
        hog.wait()


def test_three_quick_downloads_through_the_proxy_each_come_on_the_first_tap(proxy, page, busy_cores):
    """A download's tap reruns nothing (Streamlit's default reran the page, and a tap on another button during that
    rerun asked for a file the rerun had just dropped: "Deferred file ... not found")."""
    url, _, _ = proxy
    open_app(page, f"{url}/figures")
    buttons = [page.get_by_role("button", name=name, exact=True) for name in ("CSV", "JSON", "Excel (XLSX)")]
    for button in buttons:
        expect(button).to_be_enabled()
    page.wait_for_load_state("networkidle")

    def of(suffix):
        return page.expect_download(predicate=lambda d: d.suggested_filename.endswith(suffix), timeout=90_000)

    with of(".csv") as csv, of(".json") as json, of(".xlsx") as xlsx:
        for button in buttons:  # tapped one after another, without waiting for the files
            button.click()
    for download in (csv, json, xlsx):
        assert Path(download.value.path()).stat().st_size > 0, download.value.suggested_filename


def fetch(url: str, encoding: str = "identity") -> tuple[dict[str, str], bytes]:
    request = urllib.request.Request(url, headers={"Accept-Encoding": encoding})
    with urllib.request.urlopen(request, timeout=30, context=loopback_tls()) as response:
        return {k.lower(): v for k, v in response.headers.items()}, response.read()


def test_text_is_compressed_and_hashed_files_are_kept_a_year_never_the_page(proxy):
    url, _, _ = proxy
    headers, html = fetch(f"{url}/")
    assert headers["cache-control"] == "no-cache"  # the page: a new release shows on the next visit
    script = re.search(r'src="\./(static/js/index\.[\w-]+\.js)"', html.decode()).group(1)
    plain, body = fetch(f"{url}/{script}")
    assert plain["cache-control"] == "public, max-age=31536000, immutable" and "content-encoding" not in plain
    brotli, squeezed = fetch(f"{url}/{script}", "br, gzip")
    gzip, zipped = fetch(f"{url}/{script}", "gzip")
    assert brotli["content-encoding"] == "br" and gzip["content-encoding"] == "gzip"
    assert len(squeezed) < len(zipped) < len(body) / 2, (len(squeezed), len(zipped), len(body))
    assert brotli["cache-control"] == "public, max-age=31536000, immutable" and "Accept-Encoding" in brotli["vary"]
    health, _ = fetch(f"{url}/_stcore/health", "gzip")
    assert health["cache-control"] == "no-cache"  # the protocol is never kept
    css = re.search(r'href="\./(static/css/index\.[\w-]+\.css)"', html.decode()).group(1)
    assert fetch(f"{url}/{css}", "gzip")[0]["content-encoding"] == "gzip"


def test_a_phone_on_a_permalink_loads_only_what_its_first_screen_draws(proxy, browser):
    url, _, _ = proxy
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=url.rsplit("/dash", 1)[0])
    page = context.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_app(page, f"{url}/people?figure=family-doctor-signing-rate")
    dialog = page.get_by_test_id("stDialog")
    expect(dialog.locator("blockquote.source-sentence mark").first).to_have_text("86.24%")
    page.wait_for_load_state("networkidle")
    assert requested and all(r.startswith(url.rsplit("/dash", 1)[0]) for r in requested), [
        r for r in requested if not r.startswith(url.rsplit("/dash", 1)[0])
    ]  # nothing from another host
    heavy = [r for r in requested if "SyntaxHighlighter" in r or "SourceCodeVF" in r or "PlotlyChart" in r]
    assert heavy == []  # no highlighter, no code font, no chart library for a screen that draws none
    copy = dialog.get_by_role("button", name="Copy link")
    copy.tap()
    expect(copy).to_have_attribute("data-copied", "")
    expect(dialog.get_by_role("status").filter(has_text="Copied")).to_be_visible()
    link = page.evaluate("() => navigator.clipboard.readText()")
    assert link == f"{url}/people?figure=family-doctor-signing-rate"
    context.close()
