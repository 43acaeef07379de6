"""What the deployment promises a security review, read from nginx as it serves: deploy/nginx-dashboard.conf and
deploy/nginx-share-site.conf as they stand (only their ports, listen addresses, certificate and root swapped), in
front of a dashboard process and an exported library. Every header on every kind of response, HSTS over HTTPS
only, port 80 redirecting, no version, Streamlit's metrics denied, every cookie Secure, a slow request cut off, one
address served up to its limits; in Chromium, the offline slides running with their fonts and no policy violation,
an embed framed by another site and a share page or the dashboard refused."""

from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import http.client
import http.server
import re
import socket
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
import websockets
from playwright.sync_api import expect

from indicators.checks.library_check import load_library
from indicators.outputs.export import export
from tests.browser.harness import (
    DASHBOARD_CONFIG,
    SHARE_SITE_CONFIG,
    Deployment,
    ShareSiteServer,
    get_over_tls,
    loopback_tls,
    open_app,
)
from tests.conftest import build_library, lanxi

pytestmark = pytest.mark.browser

COMMON = {
    "strict-transport-security": "max-age=31536000; includeSubDomains",
    "x-content-type-options": "nosniff",
    "referrer-policy": "strict-origin-when-cross-origin",
}
ROUTE_COOKIE = re.compile(r"^indicators_route=[0-9a-f]{32}; Path=/dash/; HttpOnly; Secure; SameSite=Lax$")
EARLIER = "releases/lanxi-2022-09-01/"  # the library's earlier briefing on the share site
PERMALINK = "/people?figure=family-doctor-signing-rate"


@dataclass
class Response:
    status: int
    headers: list[tuple[str, str]]
    body: bytes

    def all(self, name: str) -> list[str]:
        return [value for key, value in self.headers if key.lower() == name]

    def one(self, name: str) -> str | None:
        """The header's value; None when absent. Sent twice (nginx's and the upstream's) is a failure."""
        values = self.all(name)
        assert len(values) <= 1, f"{name} sent {len(values)} times: {values}"
        return values[0] if values else None


def request(url: str, method: str = "GET", headers: dict | None = None) -> Response:
    """One request as it crosses the wire (no redirect followed); HTTPS checks the loopback certificate."""
    parts = urlsplit(url)
    if parts.scheme == "https":
        connection = http.client.HTTPSConnection(parts.hostname, parts.port, timeout=30, context=loopback_tls())
    else:
        connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    try:
        connection.request(method, parts.path + (f"?{parts.query}" if parts.query else ""), headers=headers or {})
        response = connection.getresponse()
        return Response(response.status, response.getheaders(), response.read())
    finally:
        connection.close()


def policy(value: str | None) -> dict[str, set[str]]:
    """A Content-Security-Policy as directive -> sources."""
    directives = [d.split() for d in (value or "").split(";") if d.strip()]
    return {d[0]: set(d[1:]) for d in directives}


def assert_common(response: Response, what: str) -> None:
    assert response.one("server") == "nginx", what  # no version
    for name, value in COMMON.items():
        assert response.one(name) == value, f"{what}: {name}"


@pytest.fixture(scope="module")
def dashboard(tmp_path_factory):
    deployment = Deployment(tmp_path_factory.mktemp("dashboard-nginx"), processes=1)
    yield deployment
    deployment.stop()


@pytest.fixture(scope="module")
def share(tmp_path_factory):
    """An exported library (a current briefing and an earlier one, images included) served by the share site's
    configuration, with a probe page of our own beside it (a same-origin script file and an inline script)."""
    site = ShareSiteServer(tmp_path_factory.mktemp("share-nginx"))
    root = tmp_path_factory.mktemp("share")
    library = load_library(build_library(tmp_path_factory.mktemp("library"), lanxi(2023), [lanxi(2022)]))
    export(library, root / "lanxi", base_url=f"{site.url}/lanxi", dashboard_url="https://dash.example.org")
    folder = root / "lanxi"
    assert (folder / "assets" / "share.js").exists() and (folder / "feed.xml").exists()  # the export's own
    (folder / "assets" / "probe.js").write_text("document.documentElement.dataset.sameOriginScript = 'ran';\n")
    # A page as the export's copy buttons will write it: a same-origin script file may run, inline script may not.
    (folder / "csp-probe").mkdir()
    (folder / "csp-probe" / "index.html").write_text(
        "<!doctype html><title>probe</title><script src='../assets/probe.js'></script>"
        "<script>document.documentElement.dataset.inlineScript = 'ran';</script>\n"
    )
    site.start(root, "/lanxi/")
    site.figure = library.current.figures[0].id
    site.charts = sorted(str(p.relative_to(folder)) for p in (folder / EARLIER).rglob("*.svg"))
    assert any("/slides/charts/" in c for c in site.charts) and any(
        c.startswith(f"{EARLIER}charts/") for c in site.charts
    )
    yield site
    site.stop()


# --- the dashboard -------------------------------------------------------------------------------------------------


def dashboard_paths(url: str) -> dict[str, str]:
    page = request(f"{url}/").body.decode()
    script = re.search(r'src="\./(static/js/index\.[\w-]+\.js)"', page).group(1)
    style = re.search(r'href="\./(static/css/index\.[\w-]+\.css)"', page).group(1)
    return {
        "the page": "/",
        "a permalink": PERMALINK,
        "Streamlit's script": f"/{script}",
        "Streamlit's style": f"/{style}",
        "a missing file": "/static/js/no-such-file.js",
        "the health check": "/_stcore/health",
        "the host configuration": "/_stcore/host-config",
        "a page's own probe": "/people/_stcore/health",
        "the base path without its slash": "",
        "the metrics (denied)": "/_stcore/metrics",
    }


def test_every_dashboard_response_carries_the_headers(dashboard):
    for what, path in dashboard_paths(dashboard.url).items():
        response = request(dashboard.url + path)
        assert_common(response, what)
        # Framed by its own pages only, and no script policy: Streamlit's page needs its own.
        assert policy(response.one("content-security-policy")) == {"frame-ancestors": {"'self'"}}, what
        assert response.one("x-frame-options") == "SAMEORIGIN", what
        cookies = response.all("set-cookie")
        assert [c for c in cookies if c.startswith("indicators_route=") and ROUTE_COOKIE.match(c)], (what, cookies)
        assert all(re.search(r";\s*Secure(;|$)", c) for c in cookies), (what, cookies)  # Streamlit's own too


def test_streamlits_metrics_are_denied_under_the_base_path_and_without_it(dashboard):
    direct = request(f"http://127.0.0.1:{dashboard.apps[0].port}/dash/_stcore/metrics")
    assert direct.status == 200 and b"session" in direct.body  # the process has them: nginx must keep them in
    origin = dashboard.url.removesuffix("/dash")
    for path in (
        "/dash/_stcore/metrics",
        "/_stcore/metrics",
        "/dash/_stcore/metrics/",
        "/dash/_stcore/metrics?families=session_events",
        "/dash/_stcore/%6detrics",
        "/dash//_stcore/metrics",
        "/dash/_STCORE/METRICS",
    ):
        response = request(origin + path)
        assert response.status == 403 and b"session" not in response.body, path


def test_the_dashboard_takes_no_upload(dashboard):
    response = request(f"{dashboard.url}/", "POST", {"Content-Length": "100000", "Content-Type": "text/plain"})
    assert response.status == 413


# --- the share site ------------------------------------------------------------------------------------------------

SHARE_PAGE = {
    "default-src": {"'none'"},
    "script-src": {"'self'"},
    "style-src": {"'unsafe-inline'"},
    "img-src": {"'self'", "data:"},
    "base-uri": {"'none'"},
    "form-action": {"'none'"},
    "object-src": {"'none'"},
    "frame-ancestors": {"'none'"},
}
EMBED = {**SHARE_PAGE, "frame-ancestors": {"*"}}
SLIDES = {"frame-ancestors": {"'none'"}}  # the file's own policy does the rest
SVG = {"default-src": {"'none'"}, "style-src": {"'unsafe-inline'"}, "frame-ancestors": {"'none'"}}
A_FILE = {"default-src": {"'none'"}, "frame-ancestors": {"'none'"}}
# kind: (paths under the site, policy, X-Frame-Options, Content-Type, status)
SHARE_KINDS = {
    "the index and snapshot": (["", "index.html"], SHARE_PAGE, "DENY", "text/html; charset=utf-8", 200),
    "a figure's page": (["figures/{figure}/"], SHARE_PAGE, "DENY", "text/html; charset=utf-8", 200),
    "the corrections": (
        ["corrections/", EARLIER + "corrections/"],
        SHARE_PAGE,
        "DENY",
        "text/html; charset=utf-8",
        200,
    ),
    "an earlier briefing's page": ([EARLIER], SHARE_PAGE, "DENY", "text/html; charset=utf-8", 200),
    "the press pack": (["press-pack.pdf", EARLIER + "press-pack.pdf"], SHARE_PAGE, "DENY", "application/pdf", 200),
    "a script file": (
        ["assets/share.js", "assets/embed.js"],
        SHARE_PAGE,
        "DENY",
        "application/javascript; charset=utf-8",
        200,
    ),
    "a missing page": (["figures/no-such-figure/"], SHARE_PAGE, "DENY", "text/html; charset=utf-8", 404),
    "an embed": (["embed/{figure}/"], EMBED, None, "text/html; charset=utf-8", 200),
    "the offline slides": (["slides/", EARLIER + "slides/"], SLIDES, "DENY", "text/html; charset=utf-8", 200),
    "a card": (["cards/{figure}.png"], A_FILE, None, "image/png", 200),
    "a chart": (["{charts}"], SVG, None, "image/svg+xml", 200),
    "the CSV": (["figures.csv", EARLIER + "figures.csv"], A_FILE, None, "text/csv; charset=utf-8", 200),
    "the JSON": (["figures.json"], A_FILE, None, "application/json; charset=utf-8", 200),
    "the spreadsheet": (
        ["figures.xlsx"],
        A_FILE,
        None,
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        200,
    ),
    "the feed": (["feed.xml"], A_FILE, None, "application/atom+xml; charset=utf-8", 200),
}


@pytest.mark.parametrize("kind", list(SHARE_KINDS))
def test_every_kind_of_share_site_response_carries_its_headers(share, kind):
    paths, expected, framing, content_type, status = SHARE_KINDS[kind]
    if paths == ["{charts}"]:
        paths = share.charts
    for path in paths:
        url = f"{share.url}/lanxi/" + path.format(figure=share.figure)
        response = request(url)
        assert response.status == status, url
        assert_common(response, url)
        assert policy(response.one("content-security-policy")) == expected, url
        assert response.one("x-frame-options") == framing, url
        assert response.one("content-type") == content_type, url
        if kind in ("the CSV", "the JSON", "the spreadsheet"):
            assert response.one("content-disposition") == "attachment", url
        if kind == "a card":
            assert response.one("cache-control") == "public, max-age=86400", url


# --- both ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("site", ["dashboard", "share"])
def test_port_80_only_redirects_to_https(request_fixture, site):
    served = request_fixture(site)
    path = "/dash" + PERMALINK if site == "dashboard" else f"/lanxi/figures/{served.figure}/"
    plain = request(f"http://127.0.0.1:{served.port}{path}")
    assert plain.status == 301 and plain.one("location") == f"https://127.0.0.1:{served.secure_port}{path}"
    assert plain.one("server") == "nginx"
    assert plain.one("strict-transport-security") is None  # HSTS over HTTPS only
    secure = request(plain.one("location"))
    assert secure.status == 200 and secure.one("strict-transport-security") == COMMON["strict-transport-security"]


@pytest.fixture
def request_fixture(request):
    return request.getfixturevalue


DRIP_SECONDS = 3  # one header line every 3 s
CEILING = 30  # generous: the connection must be closed by the server before 30 s of dripping


def drip(port: int, tls: bool) -> tuple[float | None, int]:
    """Send a request's header one line every 3 s until the server closes the connection: how long that took
    (None: still open at the ceiling) and how many lines it took."""
    sock = socket.create_connection(("127.0.0.1", port), timeout=DRIP_SECONDS)
    if tls:
        sock = loopback_tls().wrap_socket(sock, server_hostname="127.0.0.1")
    start, lines = time.monotonic(), 0
    try:
        sock.sendall(b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        while time.monotonic() - start < CEILING:
            try:
                if not sock.recv(4096):
                    return time.monotonic() - start, lines  # closed by the server
            except TimeoutError:  # no answer within 3 s: the next line
                lines += 1
                sock.sendall(f"X-Drip-{lines}: still sending\r\n".encode())
        return None, lines
    except OSError:  # reset by the server (reset_timedout_connection), as a read or as the next write
        return time.monotonic() - start, lines
    finally:
        sock.close()


def test_a_request_that_drips_its_header_is_cut_off(dashboard, share):
    listeners = {
        "dashboard, port 80": (dashboard.port, False),
        "dashboard, HTTPS": (dashboard.secure_port, True),
        "share site, port 80": (share.port, False),
        "share site, HTTPS": (share.secure_port, True),
    }
    with ThreadPoolExecutor(len(listeners)) as pool:  # all at once: one wait, not four
        results = dict(zip(listeners, pool.map(lambda args: drip(*args), listeners.values()), strict=True))
    for name, (seconds, lines) in results.items():
        assert seconds is not None, f"{name}: still open after {CEILING} s of dripping ({lines} lines)"
        assert lines >= 1, f"{name}: closed before the header dripped at all"  # it was the timeout that cut it
        print(f"{name}: closed after {seconds:.1f} s ({lines} lines)")


def configured(config, pattern: str) -> int:
    return int(re.search(pattern, config.read_text()).group(1))


def run_apart(coroutine_function):
    """Run a coroutine on its own event loop in its own thread: Playwright's sync API keeps a loop running in
    this one, where asyncio.run() refuses to start another."""
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        return pool.submit(lambda: asyncio.run(coroutine_function())).result()


def test_one_address_holds_as_many_reader_sessions_as_the_limit(dashboard):
    limit = configured(DASHBOARD_CONFIG, r"limit_conn indicators_sessions (\d+);")
    assert limit >= 200  # generous: a newsroom's readers share one address
    stream = dashboard.url.replace("https://", "wss://") + "/_stcore/stream"

    def connect():
        return websockets.connect(stream, subprotocols=["streamlit"], ssl=loopback_tls(), open_timeout=120)

    async def sessions():
        readers = await asyncio.gather(*(connect() for _ in range(limit)))  # every one served
        try:
            with pytest.raises(websockets.InvalidStatus) as refused:
                await connect()
            assert refused.value.response.status_code == 429  # one past the limit: told to come back
        finally:
            await asyncio.gather(*(reader.close() for reader in readers))
        async with connect():  # they left: a new reader is served again
            pass
        return len(readers)

    assert run_apart(sessions) == limit


def test_a_burst_of_page_loads_from_one_address_is_served(dashboard):
    burst = configured(DASHBOARD_CONFIG, r"limit_req zone=indicators_pages burst=(\d+) nodelay;")
    assert burst >= 100  # the newsroom's 100 readers opening a shared link together

    async def loads():
        return await asyncio.gather(*(get_over_tls(dashboard.url + PERMALINK) for _ in range(burst)))

    statuses = [status for status, _ in run_apart(loads)]
    assert statuses == [200] * burst, {s: statuses.count(s) for s in set(statuses)}


def slow_download(port: int, path: str) -> tuple[socket.socket, str]:
    """A reader on a poor line: asks for a file and reads only the status line, so the response stays in progress.
    (A small segment size and receive buffer keep loopback's buffers from taking the whole file.)"""
    raw = socket.socket()
    raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_MAXSEG, 536)
    raw.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    raw.settimeout(30)
    raw.connect(("127.0.0.1", port))
    context = loopback_tls()
    sock = context.wrap_socket(raw, server_hostname="127.0.0.1")
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    line = b""
    while not line.endswith(b"\r\n"):
        line += sock.recv(1)
    return sock, line.decode().strip()


def test_one_address_holds_as_many_downloads_as_the_limit(share):
    limit = configured(SHARE_SITE_CONFIG, r"limit_conn indicators_share_addr (\d+);")
    assert limit >= 100
    large = "/lanxi/downloads/large.pdf"  # a press pack of a large release: several MB
    path = share.root / large.lstrip("/")
    path.parent.mkdir(exist_ok=True)
    path.write_bytes(b"%PDF-1.7\n" + b"0" * 4_000_000)
    downloads = []
    try:
        for _ in range(limit):
            downloads.append(slow_download(share.secure_port, large))
        assert {status for _, status in downloads} == {"HTTP/1.1 200 OK"}  # every one served
        extra, status = slow_download(share.secure_port, large)
        extra.close()
        assert status == "HTTP/1.1 429 Too Many Requests"  # one past the limit
    finally:
        for sock, _ in downloads:
            sock.close()


# --- in Chromium ---------------------------------------------------------------------------------------------------

WATCH_POLICY = "window.violations = []; document.addEventListener('securitypolicyviolation', e => violations.push(`${e.violatedDirective} ${e.blockedURI}`));"
# The states of the slides' own typeface (each face loads when text needs it): settled once none is loading.
TYPEFACE = (
    """() => [...document.fonts].filter(f => f.family.replace(/"/g, '') === 'Source Sans 3').map(f => f.status)"""
)
TYPEFACE_SETTLED = f"() => {{ const s = ({TYPEFACE})(); return s.some(x => x === 'loaded' || x === 'error') && !s.includes('loading'); }}"


@pytest.mark.parametrize("slides", ["slides/", EARLIER + "slides/"])
def test_the_offline_slides_run_as_served(share, browser, slides):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    context.add_init_script(WATCH_POLICY)
    page = context.new_page()
    console: list[str] = []
    page.on("console", lambda message: console.append(message.text))
    page.goto(f"{share.url}/lanxi/{slides}")
    page.wait_for_function(TYPEFACE_SETTLED)
    counter = page.locator("#counter")
    count = int(re.search(r"of (\d+)", counter.inner_text()).group(1))
    assert count >= 2
    page.keyboard.press("PageDown")  # the file's own script moves on
    expect(counter).to_have_text(f"Slide 2 of {count}")
    states = page.evaluate(TYPEFACE)
    assert "loaded" in states and "error" not in states, states  # its typeface, from inside the file (data:)
    assert page.evaluate("window.violations") == []
    assert [m for m in console if "Content Security Policy" in m or "Refused" in m] == []
    context.close()


def test_a_share_page_runs_its_own_script_files_and_no_inline_script(share, browser):
    context = browser.new_context()
    context.add_init_script(WATCH_POLICY)
    page = context.new_page()
    page.goto(f"{share.url}/lanxi/csp-probe/")
    expect(page.locator("html")).to_have_attribute("data-same-origin-script", "ran")  # assets/*.js runs
    page.wait_for_function("() => window.violations.length > 0")
    assert page.evaluate("window.violations") == ["script-src-elem inline"]  # the inline one was refused
    assert page.locator("html").get_attribute("data-inline-script") is None
    context.close()


@pytest.fixture
def newsroom(tmp_path):
    """Another site (another origin on loopback) whose article frames what it is given."""
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()

    def article(**frames: str) -> str:
        iframes = "".join(
            f"<iframe id='{name}' src='{src}' width='600' height='500'></iframe>" for name, src in frames.items()
        )
        (tmp_path / "article.html").write_text(f"<!doctype html><title>Article</title><p>Text.</p>{iframes}")
        return f"http://127.0.0.1:{server.server_address[1]}/article.html"

    yield article
    server.shutdown()


def test_another_site_may_frame_an_embed_and_nothing_else(share, dashboard, browser, newsroom):
    embed = f"{share.url}/lanxi/embed/{share.figure}/"
    article = newsroom(
        embed=embed, share_page=f"{share.url}/lanxi/figures/{share.figure}/", dashboard=f"{dashboard.url}/"
    )
    page = browser.new_page()
    # Chromium says why it refused each frame: the frame-ancestors of the share page, and of the dashboard.
    with (
        page.expect_console_message(lambda m: "frame-ancestors 'none'" in m.text) as share_page_refused,
        page.expect_console_message(lambda m: "frame-ancestors 'self'" in m.text) as dashboard_refused,
    ):
        page.goto(article)
    assert (
        share.url in share_page_refused.value.text
        and dashboard.url.removesuffix("/dash") in dashboard_refused.value.text
    )
    expect(page.frame_locator("#embed").locator("blockquote.source-sentence mark")).to_be_visible()
    assert page.locator("#embed").element_handle().content_frame().url == embed
    for name in ("share_page", "dashboard"):
        frame = page.locator(f"#{name}").element_handle().content_frame()
        frame.wait_for_load_state()
        assert frame.url.startswith("chrome-error://"), f"the {name} was framed by another site"
    page.close()


def test_the_dashboard_may_frame_itself(dashboard, page):
    open_app(page, f"{dashboard.url}/")
    page.evaluate(
        "() => { const f = document.createElement('iframe'); f.id = 'own'; f.src = '_stcore/health'; document.body.append(f); }"
    )
    own = page.frame_locator("#own")
    expect(own.locator("body")).to_have_text("ok")
