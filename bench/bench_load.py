"""Load test: 24 readers in three waves of 8 at the same moment, each opening a different permalink.

Against a real Streamlit server on loopback (bounded: 3 waves, 8 readers, 60 s per reader at most).
Every reader must see its own figure's sentence, marked, in the drill-down, and nobody else's.
Server memory (VmRSS of the server process) is read before the first wave and after each wave; the
target (reliability issue) is under 40 MB of growth from the first wave to the last. Baseline, same
run: the time one reader alone takes to open a permalink; waves are reported as ratios to it.

    python bench/bench_load.py [--waves 3] [--readers 8]
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

from playwright.async_api import async_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicators import load
from tests.browser.harness import CHROMIUM_FLAGS, Server, chromium_path, warm_up

READY = "[data-testid='stApp'][data-test-script-state='notRunning']"


def cpu_seconds(pid: int) -> float:
    """User + system CPU time the process has used (its threads included)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


async def reader(browser, url: str, figure) -> tuple[float, bool, str]:
    """Open the permalink; return the time to the marked sentence, whether it is this figure's, and why not."""
    context = await browser.new_context(viewport={"width": 1366, "height": 900})
    page = await context.new_page()
    try:
        start = time.perf_counter()
        await page.goto(f"{url}/{figure.pillar}?figure={figure.id}", timeout=60_000)
        mark = page.get_by_test_id("stDialog").locator("blockquote.source-sentence mark")
        await mark.wait_for(state="visible", timeout=60_000)
        elapsed = time.perf_counter() - start
        shown = " ".join((await mark.inner_text()).split())
        sentence = " ".join((await page.get_by_test_id("stDialog").locator("blockquote").inner_text()).split())
        ok = shown == " ".join(figure.words.split()) and sentence == " ".join(figure.quote.split())
        return elapsed, ok, "" if ok else f"{figure.id}: saw {shown!r}"
    finally:
        await context.close()


async def run(waves: int, readers: int) -> None:
    release = load(ROOT / "data" / "indicators.yaml")
    figures = release.figures
    if waves * readers > len(figures):
        raise SystemExit(f"only {len(figures)} figures for {waves * readers} readers")
    server = Server()
    try:
        async with async_playwright() as playwright:
            browser = await playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
            warm_up(server)  # the process's first session, as deployments run it (docs/deploy.md)
            alone = [(await reader(browser, server.url, figures[-1]))[0] for _ in range(3)]
            baseline = statistics.median(alone)
            memory = [rss_mb(server.process.pid)]
            print(f"one reader alone: {baseline * 1000:.0f} ms (median of 3); server RSS {memory[0]:.1f} MB")
            failures = []
            for wave in range(waves):
                batch = figures[wave * readers : (wave + 1) * readers]
                cpu_before, wall_before = cpu_seconds(server.process.pid), time.perf_counter()
                results = await asyncio.gather(*(reader(browser, server.url, f) for f in batch))
                cpu = cpu_seconds(server.process.pid) - cpu_before
                wall = time.perf_counter() - wall_before
                memory.append(rss_mb(server.process.pid))
                times = [r[0] for r in results]
                failures += [r[2] for r in results if not r[1]]
                print(
                    f"wave {wave + 1}: {readers} readers at once, {sum(r[1] for r in results)}/{readers} saw their "
                    f"own sentence; median {statistics.median(times) * 1000:.0f} ms "
                    f"({statistics.median(times) / baseline:.2f}x alone), slowest {max(times) * 1000:.0f} ms; "
                    f"server RSS {memory[-1]:.1f} MB; server CPU {cpu:.1f} s of {wall:.1f} s"
                )
            await browser.close()
    finally:
        server.stop()
    growth = memory[-1] - memory[1]
    print(
        f"memory growth from the first wave to the last: {growth:+.1f} MB (target under 40 MB: "
        f"{'meets' if growth < 40 else 'MISSES'}); readers who saw another's figure or none: {len(failures)}"
    )
    for failure in failures:
        print("  ", failure)
    if failures:
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--waves", type=int, default=3)
    parser.add_argument("--readers", type=int, default=8)
    args = parser.parse_args()
    asyncio.run(run(args.waves, args.readers))


if __name__ == "__main__":
    main()
