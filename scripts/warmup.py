"""Run the dashboard's first session right after the server starts, and prove a deep link works.

    python scripts/warmup.py URL [--page figures] [--query figure=bus-lines] [--wait 60]

Why: a supervisor should see a failed start, not a server that greets readers with an error. (With a pages/
folder beside app.py, Streamlit would run a process's first session as a folder-based app and show "Page not
found" to a first reader on a deep link, streamlit#9992; app.py's server startup settles that, and this check
proves it.) This script waits for the server to be healthy, runs a first session at the root, then opens a
deep link as a second reader would, over Streamlit's own WebSocket protocol (no browser). It exits 0 only when that deep link rendered its page without
"Page not found"; otherwise 1, saying what went wrong. Every documented way of serving runs it
(scripts/serve.sh, the systemd unit, the tests and the benchmarks).
"""

from __future__ import annotations

import argparse
import asyncio
import ssl
import sys
import time
import urllib.request
from dataclasses import dataclass, field
from typing import Self
from urllib.parse import urlsplit

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg


@dataclass
class PageRun:
    """What one session received for one page: its elements, whether Streamlit said "Page not found"."""

    seconds: float = 0.0
    finished: bool = False
    page_not_found: bool = False
    elements: int = 0
    html: list[str] = field(default_factory=list)  # the bodies of st.html elements, in order
    bytes: int = 0


class Reader:
    """One reader's session over Streamlit's WebSocket protocol; it lasts until the ``async with`` ends.

    Over HTTPS (through nginx) ``tls`` is the client's TLS context and ``cookie`` the Cookie header its page's
    response set (the route that keeps a reader on one process), as a browser sends them."""

    def __init__(self, app_url: str, timeout: float = 60, tls: ssl.SSLContext | None = None, cookie: str = ""):
        self.app_url = app_url.rstrip("/")
        self.timeout = timeout
        self.tls, self.cookie = tls, cookie
        parts = urlsplit(app_url)
        scheme = "wss" if parts.scheme == "https" else "ws"
        self.stream = f"{scheme}://{parts.netloc}{parts.path.rstrip('/')}/_stcore/stream"

    async def __aenter__(self) -> Self:
        options = {"ssl": self.tls} if self.tls else {}
        if self.cookie:
            options["additional_headers"] = {"Cookie": self.cookie}
        self.socket = await websockets.connect(self.stream, subprotocols=["streamlit"], max_size=None, **options)
        return self

    async def __aexit__(self, *exc) -> None:
        await self.socket.close()

    async def open(self, page: str = "", query: str = "") -> PageRun:
        """Ask for ``page?query`` as a browser does, and read until the script run finishes."""
        request = BackMsg()
        request.rerun_script.page_name = page
        request.rerun_script.query_string = query
        request.rerun_script.context_info.url = f"{self.app_url}/{page}" + (f"?{query}" if query else "")
        run = PageRun()
        start = time.perf_counter()
        await self.socket.send(request.SerializeToString())
        while True:
            raw = await asyncio.wait_for(self.socket.recv(), self.timeout)
            run.bytes += len(raw)
            message = ForwardMsg()
            message.ParseFromString(raw)
            kind = message.WhichOneof("type")
            if kind == "page_not_found":
                run.page_not_found = True
            elif kind == "delta" and message.delta.WhichOneof("type") == "new_element":
                run.elements += 1
                element = message.delta.new_element
                if element.WhichOneof("type") == "html":
                    run.html.append(element.html.body)
            elif kind == "script_finished":
                run.finished = True
                run.seconds = time.perf_counter() - start
                return run


async def open_page(app_url: str, page: str = "", query: str = "", timeout: float = 60) -> PageRun:
    """Open ``app_url/page?query`` as a new reader who leaves once it is drawn."""
    async with Reader(app_url, timeout) as reader:
        return await reader.open(page, query)


def wait_until_healthy(app_url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{app_url.rstrip('/')}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise TimeoutError(f"the server at {app_url} was not healthy within {seconds:.0f} s")
        time.sleep(0.5)


async def warm_up(app_url: str, page: str, query: str) -> PageRun:
    await open_page(app_url)  # the process's first session: the one Streamlit runs in folder mode
    return await open_page(app_url, page, query)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("url", nargs="?", default="http://127.0.0.1:8501", help="the app's address, base path included")
    parser.add_argument("--page", default="figures", help="the deep link's page (default: figures)")
    parser.add_argument("--query", default="", help="its query, e.g. figure=bus-lines")
    parser.add_argument("--wait", type=float, default=60, help="seconds to wait for the server to be healthy")
    args = parser.parse_args(argv)
    link = f"{args.url.rstrip('/')}/{args.page}" + (f"?{args.query}" if args.query else "")
    try:
        wait_until_healthy(args.url, args.wait)
        run = asyncio.run(warm_up(args.url, args.page, args.query))
    except (OSError, TimeoutError, websockets.WebSocketException) as error:
        print(f"warm-up of {args.url} failed: {error}", file=sys.stderr)
        return 1
    if run.page_not_found or not run.elements:
        what = 'showed "Page not found"' if run.page_not_found else "drew nothing"
        print(
            f"warm-up of {args.url} failed: the deep link {link} {what} after the first session; readers arriving "
            "on a deep link would see it too. Check the server's log and that --page names a page of the app.",
            file=sys.stderr,
        )
        return 1
    print(f"warmed up {args.url}: {link} rendered {run.elements} elements in {run.seconds * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
