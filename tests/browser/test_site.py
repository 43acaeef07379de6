"""The exported site as readers and crawlers meet it: served by Debian's nginx with the documented
configuration (deploy/nginx-share-site.conf), every internal link followed, pages read with JavaScript
off on a phone, a figure embedded in an article, the snapshot opened from disk with no network."""

from __future__ import annotations

import functools
import http.server
import struct
import threading
import urllib.request
from html import unescape
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import expect

from indicators import load
from indicators.checks.library_check import load_library
from indicators.outputs.export import export
from tests.browser.harness import ShareSiteServer, loopback_tls
from tests.conftest import OTHER_RELEASE, REAL_DATA

pytestmark = pytest.mark.browser
RELEASES = {"baoshan": REAL_DATA, "riverside": OTHER_RELEASE}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """Both releases exported with their images under one root, served over HTTPS by nginx on loopback with
    deploy/nginx-share-site.conf as it stands (only its ports, listen addresses, certificate and root swapped)."""
    root = tmp_path_factory.mktemp("share")
    site = ShareSiteServer(tmp_path_factory.mktemp("nginx"))
    base = site.url
    for name, data in RELEASES.items():
        export(load_library(data), root / name, base_url=f"{base}/{name}", dashboard_url="https://dash.example.org")
    site.start(root, "/baoshan/")
    yield base, root
    site.stop()


class Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.found: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("href", "src"):
            if attrs.get(name):
                self.found.append(attrs[name])
        if (
            tag == "meta"
            and attrs.get("property", "").startswith("og:")
            and (attrs.get("content") or "").startswith("http")
        ):
            self.found.append(attrs["content"])
        if tag == "meta" and attrs.get("http-equiv") == "refresh":
            self.found.append(attrs["content"].split("url=", 1)[1])


def fetch(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10, context=loopback_tls()) as response:
            return response.status, response.headers.get_content_type(), response.read()
    except urllib.error.HTTPError as error:
        return error.code, "", b""


@pytest.mark.parametrize("name", list(RELEASES))
def test_every_internal_link_leads_somewhere(served, name):
    base, _ = served
    start = f"{base}/{name}/"
    queue, seen, broken = [start], {start}, []
    release = load(RELEASES[name])
    while queue:
        url = queue.pop()
        status, kind, body = fetch(url)
        if status != 200:
            broken.append(f"{url}: {status}")
            continue
        if kind == "text/html":
            parser = Links()
            parser.feed(body.decode("utf-8"))
            for link in parser.found:
                target = urljoin(url, link).split("#")[0]
                if target.startswith(f"{base}/{name}/") and target not in seen:
                    seen.add(target)
                    queue.append(target)
        if kind == "image/png":
            assert struct.unpack(">II", body[16:24]) == (1200, 630), url
    assert broken == []
    pages = {urlsplit(url).path for url in seen}
    for figure in release.figures:  # the index reaches every figure's page, its embed and its card
        for path in (f"figures/{figure.id}/", f"embed/{figure.id}/", f"cards/{figure.id}.png"):
            assert f"/{name}/{path}" in pages, path


@pytest.fixture
def offline_phone(browser):
    """A phone with JavaScript off that records every request leaving loopback."""
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, java_script_enabled=False)
    elsewhere = []

    def only_loopback(route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            elsewhere.append(route.request.url)
            route.abort()

    context.route("**/*", only_loopback)
    yield context.new_page()
    context.close()
    assert elsewhere == [], f"the page asked another host for {elsewhere[:3]}"


@pytest.mark.parametrize(
    "figure_id, value, words",
    [
        ("family-doctor-signing-rate", "86.24%", "86.24%"),
        ("cruise-terminal-global-rank", "top 4", "global top four"),
    ],
)
def test_a_figure_page_reads_on_a_phone_with_javascript_off(served, offline_phone, figure_id, value, words):
    base, _ = served
    offline_phone.goto(f"{base}/baoshan/figures/{figure_id}/")
    expect(offline_phone.locator("h1.figure-label")).to_be_visible()
    expect(offline_phone.locator(".figure-number")).to_have_text(value)
    expect(offline_phone.locator("blockquote.source-sentence mark")).to_have_text(words)
    assert offline_phone.evaluate("() => document.documentElement.scrollWidth") <= 390
    assert offline_phone.locator(".copy-text").first.evaluate("e => e.scrollWidth <= e.clientWidth + 1")


def test_a_newsroom_embeds_a_figure_in_an_article(served, browser, tmp_path):
    _, root = served
    code = (root / "baoshan" / "figures" / "bus-lines" / "index.html").read_text(encoding="utf-8")
    iframe = code.split("&lt;iframe", 1)[1].split("&lt;/iframe&gt;", 1)[0]
    article = f"<!doctype html><html><body><article style='max-width:680px'><p>Text.</p>{unescape('<iframe' + iframe + '</iframe>')}</article></body></html>"
    (tmp_path / "article.html").write_text(article, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    newsroom = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)  # another origin than the share site
    threading.Thread(target=newsroom.serve_forever, daemon=True).start()
    page = browser.new_page(viewport={"width": 1000, "height": 900})
    page.goto(f"http://127.0.0.1:{newsroom.server_address[1]}/article.html")
    frame = page.frame_locator("iframe")
    expect(frame.locator("blockquote.source-sentence mark")).to_have_text("82 new bus lines")
    box = page.locator("iframe").bounding_box()
    content = frame.locator("main.embed").bounding_box()
    assert content["height"] <= box["height"], "the embed's suggested height cuts the card"
    page.close()
    newsroom.shutdown()


def test_the_snapshot_works_from_disk_with_no_network(served, browser):
    _, root = served
    snapshot = root / "baoshan" / "index.html"
    assert snapshot.stat().st_size <= 1_500_000
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    requested = []
    context.route("http*://**/*", lambda route: (requested.append(route.request.url), route.abort()))
    page = context.new_page()
    page.goto(snapshot.as_uri())
    release = load(REAL_DATA)
    charts = page.locator("figure.chart svg.main-svg")
    expect(charts).to_have_count(3)
    expect(charts.first.locator("g.point path").first).to_be_attached()
    for figure in release.figures:
        expect(page.locator(f"#{figure.id} blockquote")).to_have_text(" ".join(figure.quote.split()))
    assert requested == [], f"the snapshot asked the network for {requested[:3]}"
    page.goto(snapshot.as_uri() + "#bus-lines")
    expect(page.locator("#bus-lines")).to_be_in_viewport()
    context.close()
