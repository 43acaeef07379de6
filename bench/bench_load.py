"""Load test: a shared link reaches a newsroom, and readers open it in the same second.

Over Streamlit's own WebSocket protocol (scripts/warmup.py's Reader, no browser), bursts of N readers
connect at once, each asking for a figure's permalink on its pillar page (`/<pillar>?figure=<id>`), and
each must get its own sentence with its words marked. Bounded: loopback only, bursts of 10, 50 and 100
(`--bursts`), 120 s per reader at most. The same bursts go to the baseline in the same run: a page holding
one plotly chart and a dialog opened from `?figure=` (bench/baseline_app.py), started the same way.

Per burst it prints p50 and p95 of the readers' times (connect to the end of their page's run), the
server's CPU seconds per reader, and the server's memory (VmRSS) with the burst's sessions open, per
session and after they leave. Targets (issue 10): the 100-reader burst's p95 within 1.5x the baseline's;
server memory growing under 40 MB across a burst.

``--through-nginx``: every reader comes from one address (loopback), as a newsroom behind its NAT does, through
deploy/nginx-dashboard.conf as it stands (its per-address limits included) in front of two processes started
by scripts/serve.sh; the baseline page gets the same deployment. Each reader then does what a browser does:
asks for the page over HTTPS (and must not be refused), then opens the WebSocket over TLS with the route cookie
the page set. Its time runs from the page request to the end of its page's run; CPU and memory are the sum
over the processes.

    python bench/bench_load.py [--bursts 10 50 100] [--through-nginx]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from markupsafe import escape

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicators import load
from scripts.warmup import Reader
from tests.browser.harness import Deployment, Server, get_over_tls, loopback_tls


def rss_mb(pids: list[int]) -> float:
    """Resident memory of the servers: each shell that started one and Streamlit itself (its child)."""
    total = 0.0
    for pid in pids:
        for candidate in [pid, *_children(pid)]:
            for line in Path(f"/proc/{candidate}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1]) / 1024
    return total


def cpu_seconds(pids: list[int]) -> float:
    total = 0.0
    for pid in pids:
        for candidate in [pid, *_children(pid)]:
            fields = Path(f"/proc/{candidate}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _children(pid: int) -> list[int]:
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(child) for child in path.read_text().split()] if path.exists() else []


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


class Target:
    """Where the readers go: one process directly, or a deployment behind nginx (over HTTPS, one address)."""

    def __init__(self, url: str, servers: list[Server], through_nginx: bool):
        self.url, self.servers, self.through_nginx = url, servers, through_nginx

    @property
    def pids(self) -> list[int]:
        return [server.process.pid for server in self.servers]


async def reader(target: Target, page: str, query: str, expected: str, everyone_done: asyncio.Event, done: list):
    start = time.perf_counter()
    status, cookie, tls = 200, "", None
    if target.through_nginx:
        status, head = await get_over_tls(f"{target.url}/{page}" + (f"?{query}" if query else ""))
        route = re.search(r"(?im)^set-cookie: (indicators_route=[^;]+)", head)
        cookie = route.group(1) if route else ""
        tls = loopback_tls()
    async with Reader(target.url, timeout=120, tls=tls, cookie=cookie) as session:
        run = await session.open(page, query)
        seconds = time.perf_counter() - start if target.through_nginx else run.seconds
        done.append(run)
        if len(done) == everyone_done.count:
            everyone_done.set()
        await everyone_done.wait()  # every session stays open until the whole burst is served
    return seconds, status == 200 and any(expected in html for html in run.html) and not run.page_not_found


async def burst(target: Target, links: list[tuple[str, str, str]]) -> dict:
    everyone_done = asyncio.Event()
    everyone_done.count = len(links)
    done: list = []
    before_rss, before_cpu = rss_mb(target.pids), cpu_seconds(target.pids)
    memory_open = []

    async def watch():
        await everyone_done.wait()
        memory_open.append(rss_mb(target.pids))

    watcher = asyncio.create_task(watch())
    start = time.perf_counter()
    results = await asyncio.gather(*(reader(target, *link, everyone_done, done) for link in links))
    wall = time.perf_counter() - start
    await watcher
    await asyncio.sleep(1)
    times = [seconds for seconds, _ in results]
    return {
        "p50": statistics.median(times),
        "p95": percentile(times, 0.95),
        "own": sum(ok for _, ok in results),
        "wall": wall,
        "cpu per reader": (cpu_seconds(target.pids) - before_cpu) / len(links),
        "memory open": memory_open[0] - before_rss,
        "memory after": rss_mb(target.pids) - before_rss,
    }


def permalinks(count: int) -> list[tuple[str, str, str]]:
    figures = load(ROOT / "data" / "indicators.yaml").figures
    chosen = [figures[n % len(figures)] for n in range(count)]
    return [(f.pillar, f"figure={f.id}", f"<mark>{escape(' '.join(f.words.split()))}</mark>") for f in chosen]


def baseline_links(count: int) -> list[tuple[str, str, str]]:
    return [("", f"figure=reader-{n}", f"<mark>reader-{n}</mark>") for n in range(count)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bursts", type=int, nargs="+", default=[10, 50, 100])
    parser.add_argument(
        "--through-nginx",
        action="store_true",
        help="from one address, through deploy/nginx-dashboard.conf (its limits) in front of two processes each",
    )
    args = parser.parse_args()
    stops: list = []  # run in order at the end, whatever started
    failures = 0
    try:
        if args.through_nginx:
            folder = tempfile.TemporaryDirectory(prefix="bench-load-")
            stops.append(folder.cleanup)
            deployments = []
            for name, options in (
                ("dashboard", {}),
                ("baseline", {"script": "bench/baseline_app.py", "warmup_page": ""}),
            ):
                (Path(folder.name) / name).mkdir()
                deployments.append(Deployment(Path(folder.name) / name, **options))
                stops.insert(0, deployments[-1].stop)
            app, baseline = (Target(deployment.url, deployment.apps, True) for deployment in deployments)
            print("through nginx (deploy/nginx-dashboard.conf as it stands, HTTPS), two processes each, one address")
        else:
            servers = []
            for options in ({}, {"script": "bench/baseline_app.py", "warmup_page": ""}):
                servers.append(Server(**options))
                stops.append(servers[-1].stop)
            app, baseline = (Target(server.url, [server], False) for server in servers)
        print(
            f"bursts of readers arriving at once; server RSS at start: dashboard {rss_mb(app.pids):.0f} MB, "
            f"baseline {rss_mb(baseline.pids):.0f} MB"
        )
        for size in args.bursts:
            ours = asyncio.run(burst(app, permalinks(size)))
            base = asyncio.run(burst(baseline, baseline_links(size)))
            failures += size - ours["own"]
            for name, result in (("dashboard", ours), ("baseline", base)):
                print(
                    f"{size:>4} readers  {name:<9} p50 {result['p50'] * 1000:6.0f} ms  p95 {result['p95'] * 1000:6.0f} ms"
                    f"  own sentence {result['own']}/{size}  server CPU {result['cpu per reader'] * 1000:4.0f} ms/reader"
                    f"  memory +{result['memory open']:5.1f} MB open ({result['memory open'] / size * 1000:4.0f} KB"
                    f"/session), +{result['memory after']:5.1f} MB after"
                )
            ratio = ours["p95"] / base["p95"]
            verdict = ("meets" if ratio <= 1.5 else "MISSES") if size >= 100 else "target at 100"
            growth = "meets" if ours["memory open"] < 40 else "MISSES"
            print(f"     p95 {ratio:4.2f}x the baseline's ({verdict}: 1.5x); memory growth under 40 MB: {growth}")
    finally:
        for stop in stops:
            stop()
    if failures:
        raise SystemExit(f"{failures} readers did not get their own sentence")


if __name__ == "__main__":
    main()
