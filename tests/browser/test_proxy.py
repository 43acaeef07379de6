"""The documented setup for more than one process, as it stands: Debian's nginx on loopback in front of two
dashboard processes under a base path (deploy/nginx-dashboard.conf), readers opening permalinks through it."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from playwright.sync_api import expect

from tests.browser.harness import Nginx, Server, free_port, open_app
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
CONFIG = ROOT / "deploy" / "nginx-dashboard.conf"


@pytest.fixture(scope="module")
def proxy(tmp_path_factory):
    folder = tmp_path_factory.mktemp("nginx")
    apps = [Server(base_path="dash"), Server(base_path="dash")]
    port = free_port()
    site = CONFIG.read_text()
    assert "server 127.0.0.1:8501;" in site and "server 127.0.0.1:8502;" in site and "listen 80;" in site
    site = site.replace("127.0.0.1:8501", f"127.0.0.1:{apps[0].port}").replace(
        "127.0.0.1:8502", f"127.0.0.1:{apps[1].port}"
    )
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};")
    url = f"http://127.0.0.1:{port}/dash"
    nginx = Nginx(folder, site, f"{url}/_stcore/health")
    yield url, nginx.access_log, {f"127.0.0.1:{app.port}" for app in apps}
    nginx.stop()
    for app in apps:
        app.stop()


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
    with page.expect_download() as download:
        csv.click()
    assert download.value.suggested_filename == "baoshan-2020-08-13-figures.csv"
    assert "family-doctor-signing-rate" in Path(download.value.path()).read_text(encoding="utf-8-sig")
