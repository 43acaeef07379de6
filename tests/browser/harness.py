"""Helpers for browser tests and benchmarks: a real Streamlit server on loopback, Debian's Chromium.

No skips: when Chromium is missing the browser tests fail and say how to install it, so CI can
never pass by quietly not running them.
"""

from __future__ import annotations

import asyncio
import atexit
import base64
import functools
import hashlib
import os
import shutil
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_path() -> str:
    path = os.environ.get("CHROMIUM") or shutil.which("chromium") or shutil.which("chromium-browser")
    if not path:
        pytest.fail("Debian's chromium is not installed: run `apt-get install -y chromium` (bash .ci/run does)")
    return path


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    """A dashboard on loopback, started the documented way (scripts/serve.sh: start, then warm up).

    ``warm=False`` starts Streamlit alone, as a deployment that skips the warm-up would.
    """

    def __init__(
        self,
        data_file: Path | None = None,
        script: str = "app.py",
        base_path: str = "",
        warm: bool = True,
        warmup_page: str = "figures",
        port: int | None = None,
    ):
        self.port = port or free_port()
        self.warm = warm
        self.url = f"http://127.0.0.1:{self.port}" + (f"/{base_path}" if base_path else "")
        env = {
            **os.environ,
            "PYTHONUNBUFFERED": "1",
            "PYTHON": sys.executable,
            "PORT": str(self.port),
            "APP": script,
            "BASE_PATH": base_path,
            "WARMUP_PAGE": warmup_page,
        }
        if data_file:
            env["INDICATORS_FILE"] = str(data_file)
        command = ["sh", "scripts/serve.sh"]
        if not warm:
            command = [sys.executable, "-m", "streamlit", "run", script, "--server.port", str(self.port)]
            command += [
                "--server.address",
                "127.0.0.1",
                "--server.headless",
                "true",
                "--server.fileWatcherType",
                "none",
            ]
            command += ["--server.baseUrlPath", base_path]
        self._start(command, env, "the dashboard")

    def _start(self, command: list[str], env: dict, what: str) -> None:
        self.output: list[str] = []
        self._ready = threading.Event()
        self.process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        threading.Thread(target=self._read, daemon=True).start()
        if not self._ready.wait(90) or self.process.poll() is not None:
            self.stop()
            raise RuntimeError(f"{what} did not start:\n" + "".join(self.output[-20:]))

    def _read(self) -> None:
        for line in self.process.stdout:  # drained, or a full pipe would block the server
            self.output.append(line)
            if line.startswith("warmed up") if self.warm else "URL: http" in line:
                self._ready.set()
        self._ready.set()  # the process ended: the constructor sees it

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(10)
        except subprocess.TimeoutExpired:
            self.process.kill()


def wait_for_app(page: Page, timeout: float = 30_000) -> None:
    """Wait on Streamlit's own signals: connected, then the script run finished."""
    page.wait_for_selector("[data-testid='stApp'][data-test-connection-state='CONNECTED']", timeout=timeout)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout)
    # Text reflows when the web fonts arrive: a click aimed before then can land beside its button.
    page.wait_for_function("() => document.fonts.status === 'loaded'", timeout=timeout)


def wait_for_charts(page: Page, timeout: float = 30_000) -> None:
    """Every plotly chart on the page has drawn its marks."""
    page.wait_for_function(
        """() => [...document.querySelectorAll("[data-testid='stPlotlyChart']")]
                 .every(c => c.querySelector('g.point, path.point'))""",
        timeout=timeout,
    )


def open_app(page: Page, url: str) -> None:
    page.goto(url)
    wait_for_app(page)


def click_bar(page: Page, chart, index: int = 0) -> None:
    """plotly's drag layer intercepts locator.click(): click the centre of the mark with the mouse."""
    box = chart.locator("g.point path").nth(index).bounding_box()
    page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)


WCAG_A_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


def axe_violations(page: Page, tags: list[str] | None = None, rules: list[str] | None = None) -> list[dict]:
    """axe-core's violations on the page, by WCAG tags or by rule ids; each a dict with id and nodes."""
    from axe_playwright_python.sync_playwright import Axe

    run_only = {"type": "rule", "values": rules} if rules else {"type": "tag", "values": tags or WCAG_A_AA}
    results = Axe().run(page, options={"runOnly": run_only, "resultTypes": ["violations"]})
    return [
        {"id": v["id"], "help": v["help"], "nodes": [n["target"] for n in v["nodes"]]}
        for v in results.response["violations"]
    ]


SMALLEST_TEXT = """() => {
  // Every visible text node, HTML and SVG (chart ticks included): its element's computed font size.
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const sizes = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!node.textContent.trim()) continue;
    const element = node.parentElement;
    const box = element.getBoundingClientRect();
    const style = getComputedStyle(element);
    if (box.width === 0 || box.height === 0 || style.visibility === 'hidden' || style.display === 'none') continue;
    // Off-screen until focused (Streamlit's "Skip to main content" link): not on the slide.
    if (box.bottom <= 0 || box.right <= 0 || box.top >= innerHeight || box.left >= innerWidth) continue;
    if (element.closest('[aria-hidden="true"], script, style, noscript')) continue;
    sizes.push([parseFloat(style.fontSize), node.textContent.trim().slice(0, 40)]);
  }
  sizes.sort((a, b) => a[0] - b[0]);
  return sizes;
}"""

PAGE_OVERFLOW = """() => {
  const scrollers = [document.scrollingElement, ...document.querySelectorAll('[data-testid="stMain"], [data-testid="stAppViewContainer"], [data-testid="stMainBlockContainer"]')];
  return Math.max(...scrollers.filter(Boolean).map(e => e.scrollHeight - e.clientHeight));
}"""


def decoded_qr(image, path: Path) -> str:
    """The QR code in an element, read from a screenshot as a phone's camera reads the wall (zbarimg)."""
    image.screenshot(path=path)
    zbarimg = shutil.which("zbarimg")
    if not zbarimg:
        pytest.fail("zbarimg is missing: run `apt-get install -y zbar-tools` (bash .ci/run does)")
    done = subprocess.run([zbarimg, "--raw", "-q", str(path)], capture_output=True, text=True, check=False)
    assert done.returncode == 0, f"no QR code found in {path.name} ({done.stderr.strip()})"
    return done.stdout.strip()


def nginx_binary() -> str:
    found = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)
    if not found:
        pytest.fail("Debian's nginx is not installed: run `apt-get install -y nginx` (bash .ci/run does)")
    return found


class Nginx:
    """Debian's nginx on loopback, running a site configuration inside the http block a distribution's
    nginx.conf provides; the access log names each request's upstream and the route cookie."""

    def __init__(self, folder: Path, site: str, ready_url: str):
        self.folder = folder
        (folder / "site.conf").write_text(site)
        # The sites include deploy/indicators-*.conf as snippets/..., relative to nginx.conf's folder (/etc/nginx/).
        (folder / "snippets").mkdir(exist_ok=True)
        for snippet in SNIPPETS:
            shutil.copy(snippet, folder / "snippets" / snippet.name)
        # Debian's module files name their .so relative to nginx's prefix (/usr/share/nginx); -p moves it here.
        if not (folder / "modules").exists() and Path("/usr/share/nginx/modules").exists():
            (folder / "modules").symlink_to("/usr/share/nginx/modules")
        temp = "".join(
            f"  {kind}_temp_path {folder}/{kind};\n" for kind in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi")
        )
        (folder / "nginx.conf").write_text(
            ("user root;\n" if os.geteuid() == 0 else "")  # as root, the workers read the test's folders
            + "include /etc/nginx/modules-enabled/*.conf;\n"  # Debian's modules (Brotli) load as a distribution's do
            # Debian's nginx.conf holds 768 connections a worker (a proxied WebSocket takes two): so does this one.
            + f"worker_processes 1;\nerror_log {folder}/error.log;\npid {folder}/nginx.pid;\n"
            "events {\n  worker_connections 768;\n}\n"
            "http {\n  include /etc/nginx/mime.types;\n"
            "  log_format routes '$request_uri $upstream_addr $cookie_indicators_route $status';\n"
            f"  access_log {folder}/access.log routes;\n{temp}  include {folder}/site.conf;\n}}\n"
        )
        self.process = subprocess.Popen(
            [nginx_binary(), "-p", str(folder), "-c", str(folder / "nginx.conf"), "-g", "daemon off;"]
        )
        deadline = time.monotonic() + 20
        while True:
            try:
                urllib.request.urlopen(ready_url, timeout=2, context=loopback_tls())
                return
            except OSError:
                if time.monotonic() > deadline or self.process.poll() is not None:
                    self.stop()
                    log = folder / "error.log"
                    raise RuntimeError(f"nginx did not serve {ready_url}: {log.read_text() if log.exists() else ''}")
                time.sleep(0.2)

    @property
    def access_log(self) -> Path:
        return self.folder / "access.log"

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(10)


class ReviewServer(Server):
    """`python -m indicators review FILE` on loopback, started as a curator starts it."""

    def __init__(self, data_file: Path):
        self.port = free_port()
        self.warm = False  # ready when Streamlit prints its URL
        self.url = f"http://127.0.0.1:{self.port}/"
        command = [sys.executable, "-m", "indicators", "review", str(data_file), "--port", str(self.port)]
        self._start(command, {**os.environ, "PYTHONUNBUFFERED": "1"}, "the review page")


DASHBOARD_CONFIG = ROOT / "deploy" / "nginx-dashboard.conf"
SHARE_SITE_CONFIG = ROOT / "deploy" / "nginx-share-site.conf"
SNIPPETS = sorted((ROOT / "deploy").glob("indicators-*.conf"))  # what both configurations include


def self_signed_certificate(folder: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 made with Debian's openssl, standing in for a real one."""
    certificate, key = folder / "certificate.pem", folder / "key.pem"
    subprocess.run(
        [
            "openssl",
            "req",
            "-x509",
            "-newkey",
            "rsa:2048",
            "-nodes",
            "-keyout",
            str(key),
            "-out",
            str(certificate),
            "-days",
            "2",
            "-subj",
            "/CN=127.0.0.1",
            "-addext",
            "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )
    return certificate, key


def spki_hash(certificate: Path) -> str:
    """The certificate's public-key hash, for Chromium's --ignore-certificate-errors-spki-list: the browser
    then trusts it as a real one (and, unlike with ignore_https_errors, keeps its cache)."""
    key = subprocess.run(
        ["openssl", "x509", "-in", str(certificate), "-pubkey", "-noout"], capture_output=True, check=True
    )
    der = subprocess.run(
        ["openssl", "pkey", "-pubin", "-outform", "der"], input=key.stdout, capture_output=True, check=True
    )
    return base64.b64encode(hashlib.sha256(der.stdout).digest()).decode()


@functools.cache
def loopback_certificate() -> tuple[Path, Path]:
    """One certificate for 127.0.0.1 for the whole test run (removed at exit): every nginx of the run serves it,
    and the tests' browsers and clients trust it as they would a real one (nothing ignores certificate errors)."""
    folder = Path(tempfile.mkdtemp(prefix="loopback-tls-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return self_signed_certificate(folder)


def trust_loopback_flag() -> str:
    """Chromium's flag that trusts the run's loopback certificate (launch the browser with it)."""
    return f"--ignore-certificate-errors-spki-list={spki_hash(loopback_certificate()[0])}"


@functools.cache
def loopback_tls() -> ssl.SSLContext:
    """A TLS client context that trusts the run's loopback certificate and checks it (name included)."""
    return ssl.create_default_context(cafile=str(loopback_certificate()[0]))


def local_site(site: str, port: int, secure_port: int) -> str:
    """A configuration as shipped, on loopback: only its ports, listen addresses and certificate swapped."""
    for shipped in ("listen 80;", "listen 443 ssl http2;", "return 301 https://$host$request_uri;"):
        assert site.count(shipped) == 1, shipped
    for shipped in ("/etc/ssl/certs/figures.example.org.pem", "/etc/ssl/private/figures.example.org.key"):
        assert site.count(shipped) == 1, shipped
    certificate, key = loopback_certificate()
    site = site.replace("listen 80;", f"listen 127.0.0.1:{port};")
    site = site.replace("listen 443 ssl http2;", f"listen 127.0.0.1:{secure_port} ssl http2;")
    site = site.replace("return 301 https://$host$request_uri;", f"return 301 https://$host:{secure_port}$request_uri;")
    site = site.replace("/etc/ssl/certs/figures.example.org.pem", str(certificate))
    return site.replace("/etc/ssl/private/figures.example.org.key", str(key))


async def get_over_tls(url: str) -> tuple[int, str]:
    """GET over HTTPS (HTTP/1.1, the loopback certificate checked) as a browser's first request, in an event loop:
    the status and the response's header, as text. Many at once model readers arriving together."""
    parts = urlsplit(url)
    stream, writer = await asyncio.open_connection(parts.hostname, parts.port, ssl=loopback_tls())
    target = parts.path + (f"?{parts.query}" if parts.query else "")
    writer.write(f"GET {target} HTTP/1.1\r\nHost: {parts.netloc}\r\nConnection: close\r\n\r\n".encode())
    response = await stream.read()  # to the end: the server closes after the response
    writer.close()
    head = response.split(b"\r\n\r\n", 1)[0].decode("latin-1")
    return int(head.split(" ", 2)[1]), head


class ShareSiteServer:
    """deploy/nginx-share-site.conf as it stands on loopback, serving ``root`` (only the ports, listen addresses,
    certificate and root swapped). ``url`` is the HTTPS address; ``http_url`` the port-80 one, which redirects."""

    def __init__(self, folder: Path, port: int | None = None, secure_port: int | None = None):
        self.folder = folder
        self.port, self.secure_port = port or free_port(), secure_port or free_port()
        self.url = f"https://127.0.0.1:{self.secure_port}"
        self.http_url = f"http://127.0.0.1:{self.port}"

    def start(self, root: Path, ready_path: str = "/") -> ShareSiteServer:
        site = SHARE_SITE_CONFIG.read_text()
        assert site.count("root /srv/share;") == 1
        site = local_site(site, self.port, self.secure_port).replace("root /srv/share;", f"root {root};")
        self.root = root
        self.nginx = Nginx(self.folder, site, self.url + ready_path)
        return self

    def stop(self) -> None:
        self.nginx.stop()


class Deployment:
    """The documented deployment as it stands: deploy/nginx-dashboard.conf (only its ports, listen addresses and
    certificate changed) in front of processes started by scripts/serve.sh under /dash (``script``: app.py).
    ``url`` is the HTTPS address readers use; ``http_url`` the port-80 one, which only redirects there."""

    def __init__(
        self,
        folder: Path,
        processes: int = 2,
        data_file: Path | None = None,
        script: str = "app.py",
        warmup_page: str = "figures",
    ):
        self.data_file = data_file
        self.script, self.warmup_page = script, warmup_page
        self.apps = [self._server() for _ in range(processes)]
        site = DASHBOARD_CONFIG.read_text()
        defaults = [f"server 127.0.0.1:{8501 + i};" for i in range(2)]
        assert all(line in site for line in defaults)
        upstreams = "\n    ".join(f"server 127.0.0.1:{app.port};" for app in self.apps)
        site = site.replace(f"{defaults[0]}\n    {defaults[1]}", upstreams)
        self.port, self.secure_port = free_port(), free_port()
        self.trust_flag = trust_loopback_flag()  # the browsers of the tests (conftest.py) are launched with it
        site = local_site(site, self.port, self.secure_port)
        # Readers come over HTTPS, as the configuration serves them; port 80 only redirects there.
        self.url = f"https://127.0.0.1:{self.secure_port}/dash"
        self.http_url = f"http://127.0.0.1:{self.port}/dash"
        self.nginx = Nginx(folder, site, f"{self.url}/_stcore/health")

    def _server(self, port: int | None = None) -> Server:
        return Server(self.data_file, script=self.script, base_path="dash", warmup_page=self.warmup_page, port=port)

    @property
    def access_log(self) -> Path:
        return self.nginx.access_log

    def kill(self, index: int) -> None:
        """The Streamlit process dies at once (SIGKILL), as after a crash or an out-of-memory kill."""
        app = self.apps[index]
        found = subprocess.run(["pgrep", "-P", str(app.process.pid)], capture_output=True, text=True, check=False)
        children = found.stdout.split()
        for pid in children:
            os.kill(int(pid), 9)
        app.process.wait(10)

    def start(self, index: int) -> None:
        """Start process `index` again on its port, the documented way (a supervisor's restart)."""
        self.apps[index] = self._server(port=self.apps[index].port)

    def restart(self, index: int) -> None:
        """One step of a rolling restart: stop the process gracefully, start it again, warmed up."""
        self.apps[index].stop()
        self.start(index)

    def stop(self) -> None:
        self.nginx.stop()
        for app in self.apps:
            app.stop()
