"""The exported site as readers and crawlers meet it: served by Debian's nginx with the documented
configuration (deploy/nginx-share-site.conf), every internal link followed, pages read with JavaScript
off on a phone, a figure embedded in an article, the snapshot opened from disk with no network."""

from __future__ import annotations

import functools
import http.server
import re
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


def newsroom_article(tmp_path, code: str, column: int) -> tuple[http.server.ThreadingHTTPServer, str]:
    """An article page on another origin, its column `column` px wide, with the embed code pasted in it."""
    article = (
        "<!doctype html><html lang='en'><head><meta name='viewport' content='width=device-width'></head><body "
        f"style='margin:0'><article style='width:{column}px;margin:0 auto'><p>Text.</p>{code}<p>After.</p>"
        "</article></body></html>"
    )
    (tmp_path / "article.html").write_text(article, encoding="utf-8")
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    newsroom = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=newsroom.serve_forever, daemon=True).start()
    return newsroom, f"http://127.0.0.1:{newsroom.server_address[1]}/article.html"


def embed_code_of(root, figure_id: str, lang_folder: str = "") -> str:
    page = (root / "baoshan" / lang_folder / "figures" / figure_id / "index.html").read_text(encoding="utf-8")
    return unescape(page.split('<code translate="no">', 1)[1].split("</code>", 1)[0])


# The figures whose embeds are tallest: the longest label, sentence and note.
TALL_EMBEDS = ["fitness-cloud-class-reach", "regional-medical-center-construction-units", "family-doctor-rank"]


@pytest.mark.parametrize("column", [320, 390, 640])
@pytest.mark.parametrize("lang_folder", ["", "zh", "zh-hant"])
def test_an_embed_shows_all_of_itself_in_every_column(served, browser, tmp_path, column, lang_folder):
    _, root = served
    page = browser.new_page(viewport={"width": max(column, 360), "height": 900})
    try:
        for figure_id in TALL_EMBEDS:
            newsroom, url = newsroom_article(tmp_path, embed_code_of(root, figure_id, lang_folder), column)
            try:
                page.goto(url)
                frame = page.frame_locator("iframe")
                source = frame.locator("main.embed .meta").last  # the source line and "cite and check it"
                expect(source).to_be_visible()
                # The embed tells the article its height; the iframe takes it: all of the card is inside the box.
                needed = frame.locator("html").evaluate("e => e.scrollHeight")
                page.wait_for_function(
                    "h => document.querySelector('iframe').getBoundingClientRect().height >= h", arg=needed
                )
                box, last = page.locator("iframe").bounding_box(), source.bounding_box()
                assert last["y"] + last["height"] <= box["y"] + box["height"], (figure_id, column, box, last)
                assert box["width"] <= column
            finally:
                newsroom.shutdown()
    finally:
        page.close()


def test_an_embed_without_its_script_still_shows_all_of_itself_in_a_phone_column(served, browser, tmp_path):
    """Sites that strip scripts keep the iframe's own height: enough for the card in a 390 px column."""
    _, root = served
    page = browser.new_page(viewport={"width": 390, "height": 900})
    try:
        for figure_id in TALL_EMBEDS:
            code = re.sub(r"<script>.*?</script>", "", embed_code_of(root, figure_id), flags=re.DOTALL)
            newsroom, url = newsroom_article(tmp_path, code, 390)
            try:
                page.goto(url)
                source = page.frame_locator("iframe").locator("main.embed .meta").last
                expect(source).to_be_visible()
                box, last = page.locator("iframe").bounding_box(), source.bounding_box()
                assert last["y"] + last["height"] <= box["y"] + box["height"], (figure_id, box, last)
            finally:
                newsroom.shutdown()
    finally:
        page.close()


@pytest.mark.parametrize("lang_folder", ["", "zh-hant"])
def test_the_share_pages_copy_buttons_put_the_text_on_the_clipboard(served, browser, lang_folder):
    base, _ = served
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=base)
    page = context.new_page()
    try:
        page.goto(f"{base}/baoshan/{lang_folder + '/' if lang_folder else ''}figures/bus-lines/")
        blocks = page.locator(".copy-block")
        expect(blocks).to_have_count(2)  # the citation and the embed code
        for index in range(2):
            block = blocks.nth(index)
            button = block.locator("button.copy-button")
            name = button.inner_text()
            button.tap()
            expect(block.locator(".copy-status")).not_to_be_empty()
            copied = page.evaluate("() => navigator.clipboard.readText()")
            assert copied == block.locator(".copy-text").inner_text(), name
            assert button.inner_text() == name  # the button keeps its name; the status says it is done
    finally:
        context.close()


@pytest.mark.parametrize("lang_folder", ["", "zh", "zh-hant"])
def test_the_corrections_table_reads_on_a_phone(served, browser, lang_folder):
    base, _ = served
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    try:
        page.goto(f"{base}/baoshan/{lang_folder + '/' if lang_folder else ''}corrections/")
        expect(page.locator("table.corrections tbody tr").first).to_be_visible()
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 390
        dates = page.locator("table.corrections td.date")
        for index in range(dates.count()):
            # One line: a date never breaks ("27 November" over "2026").
            assert dates.nth(index).evaluate("e => e.getClientRects().length") == 1
            height = dates.nth(index).evaluate("e => e.getBoundingClientRect().height")
            line = dates.nth(index).evaluate("e => parseFloat(getComputedStyle(e).lineHeight) || 24")
            assert height < 2 * line, (index, height, line)
    finally:
        context.close()
