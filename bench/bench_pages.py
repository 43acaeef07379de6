"""Benchmark: page loads and bar-click drill-downs against a minimal Streamlit page, in one run.

Baseline: bench/baseline_app.py, one plotly bar chart and a dialog. Both apps run on loopback
servers at once; each load uses a fresh browser context and ends when every chart has drawn its
marks; each click ends when the dialog shows its marked sentence. Loads alternate between the two
apps so drift in machine load hits both alike. Prints medians and ratios.

A page at a sub-path (/economy) pays a cost of Streamlit's own before any of ours: its client probes
/economy/_stcore/health, gets a 404, then finds /_stcore/health. So the pillar page is compared both
with the baseline at / and with the same baseline opened at /economy, which pays that probe too.

Targets (dashboard issue): overview and pillar page within 1.25x of the baseline's load; bar click
to drill-down within 1.5x of the same click on the baseline.

    python bench/bench_pages.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.browser.harness import CHROMIUM_FLAGS, Server, chromium_path, click_bar, wait_for_app, warm_up

CHARTS_DRAWN = """() => {
  const charts = [...document.querySelectorAll("[data-testid='stPlotlyChart']")];
  return charts.length > 0 && charts.every(c => c.querySelector('g.point, path.point'));
}"""


def load_seconds(browser, url: str) -> float:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    wait_for_app(page)
    page.wait_for_function(CHARTS_DRAWN, timeout=60_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def click_seconds(browser, url: str, mark_selector: str) -> float:
    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.goto(url)
    wait_for_app(page)
    page.wait_for_function(CHARTS_DRAWN, timeout=60_000)
    chart = page.get_by_test_id("stPlotlyChart").first
    start = time.perf_counter()
    click_bar(page, chart, 0)
    page.get_by_test_id("stDialog").locator(mark_selector).first.wait_for(state="visible", timeout=60_000)
    elapsed = time.perf_counter() - start
    context.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=9)
    args = parser.parse_args()
    app = Server()
    baseline = Server(script="bench/baseline_app.py")
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
            for server in (app, baseline):  # first sessions, as deployments run them (docs/deploy.md)
                warm_up(server)
            times: dict[str, list[float]] = {
                "baseline load": [],
                "baseline at /economy": [],
                "overview": [],
                "pillar (economy)": [],
                "baseline click": [],
                "bar click": [],
            }
            for _ in range(args.rounds):
                times["baseline load"].append(load_seconds(browser, baseline.url))
                times["overview"].append(load_seconds(browser, app.url))
                times["baseline at /economy"].append(load_seconds(browser, f"{baseline.url}/economy"))
                times["pillar (economy)"].append(load_seconds(browser, f"{app.url}/economy"))
                times["baseline click"].append(click_seconds(browser, baseline.url, "mark"))
                times["bar click"].append(click_seconds(browser, f"{app.url}/economy", "blockquote mark"))
            browser.close()
    finally:
        app.stop()
        baseline.stop()
    median = {name: statistics.median(values) for name, values in times.items()}
    print(f"{args.rounds} rounds, medians:")
    for name, value in median.items():
        print(f"  {name:<18} {value * 1000:8.0f} ms")
    comparisons = [
        ("overview", "baseline load", 1.25),
        ("pillar (economy)", "baseline load", 1.25),
        ("pillar (economy)", "baseline at /economy", 1.25),
        ("bar click", "baseline click", 1.5),
    ]
    for name, base, target in comparisons:
        ratio = median[name] / median[base]
        print(f"  {name:<18} {ratio:5.2f}x {base}  (target {target}x: {'meets' if ratio <= target else 'MISSES'})")


if __name__ == "__main__":
    main()
