"""Benchmark: a reporter's phone on a slow mobile network, through the documented nginx deployment.

The phone (390x844, touch) comes over HTTPS (HTTP/2), as the documented configuration serves it (its port 80
only redirects there; one case starts from http://), and is throttled as Chrome's network emulation sets it:
400 ms round trip,
1.6 Mbit/s down, 750 kbit/s up. The deployment is deploy/nginx-dashboard.conf as it stands in front of two
processes started by scripts/serve.sh; the share site is an export served by deploy/nginx-share-site.conf.
Each visit is a fresh browser context (an empty cache) unless it is a second visit; the timer runs from
`goto` until what the reader came for is on screen: a permalink's marked words in its drill-down, the
overview's headline tiles, a share page's marked words. Bytes are what crossed the wire (compressed).
Baseline, in the same run: the same figure's static share page.

Targets (issue 17): a first visit to a permalink shows its marked words within 8 s with at most 1.6 MB on
the wire; a second visit within 3 s; an unthrottled first visit faster than the 2.2 s measured before.

    python bench/bench_phone.py [--rounds N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicators.checks.library_check import load_library
from indicators.outputs.export import export
from tests.browser.harness import CHROMIUM_FLAGS, Deployment, ShareSiteServer, chromium_path

FIGURE = "major-industrial-projects"
SLOW = {"offline": False, "latency": 400, "downloadThroughput": 1_600_000 / 8, "uploadThroughput": 750_000 / 8}
PHONE = {
    "viewport": {"width": 390, "height": 844},
    "is_mobile": True,
    "has_touch": True,
    "device_scale_factor": 3,
}
MARKED = "[data-testid='stDialog'] blockquote.source-sentence mark"
TILES = "[class*='st-key-tiles-headline'] button"


def visit(context, url: str, selector: str, slow: bool) -> tuple[float, int]:
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    if slow:
        cdp.send("Network.emulateNetworkConditions", SLOW)
    sizes: dict[str, int] = {}
    cdp.on("Network.loadingFinished", lambda event: sizes.__setitem__(event["requestId"], event["encodedDataLength"]))
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.locator(selector).first.wait_for(state="visible", timeout=120_000)
    seconds = time.perf_counter() - start
    page.wait_for_load_state("networkidle")  # late requests of the same load count towards its bytes
    page.close()
    return seconds, sum(sizes.values())


def share_site(folder: Path) -> tuple[str, ShareSiteServer]:
    """An export served over HTTPS by deploy/nginx-share-site.conf as it stands (ports, certificate, root swapped)."""
    (folder / "share-nginx").mkdir()
    site = ShareSiteServer(folder / "share-nginx")
    export(
        load_library(ROOT / "data" / "indicators.yaml"),
        folder / "share" / "baoshan",
        base_url=f"{site.url}/baoshan",
        images=False,
    )
    return f"{site.url}/baoshan", site.start(folder / "share", "/baoshan/")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    results: dict[str, list[tuple[float, int]]] = {}
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        (folder / "nginx").mkdir()
        deployment = Deployment(folder / "nginx")
        share_url, share_nginx = share_site(folder)
        cases = [
            ("share page, slow network (baseline)", f"{share_url}/figures/{FIGURE}/", "blockquote mark", True),
            ("permalink, slow network, first visit", f"{deployment.url}/?figure={FIGURE}", MARKED, True),
            ("overview, slow network, first visit", f"{deployment.url}/", TILES, True),
            ("permalink, unthrottled, first visit", f"{deployment.url}/?figure={FIGURE}", MARKED, False),
            # Port 80 only redirects: a reader who types http:// pays one redirect before the HTTPS visit.
            ("permalink typed as http://, slow", f"{deployment.http_url}/?figure={FIGURE}", MARKED, True),
        ]
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(
                    executable_path=chromium_path(), args=[*CHROMIUM_FLAGS, deployment.trust_flag]
                )
                for _ in range(args.rounds):
                    for name, url, selector, slow in cases:
                        context = browser.new_context(**PHONE)
                        results.setdefault(name, []).append(visit(context, url, selector, slow))
                        if name.startswith("permalink, slow"):  # the same phone again: its cache is warm
                            results.setdefault("permalink, slow network, second visit", []).append(
                                visit(context, url, selector, True)
                            )
                        context.close()
                browser.close()
        finally:
            deployment.stop()
            share_nginx.stop()
    baseline = statistics.median(s for s, _ in results["share page, slow network (baseline)"])
    for name, runs in results.items():
        seconds = statistics.median(s for s, _ in runs)
        megabytes = statistics.median(b for _, b in runs) / 1e6
        print(
            f"{name:<40} {seconds:5.2f} s ({seconds / baseline:5.1f}x the share page), {megabytes:5.2f} MB on the wire"
        )


if __name__ == "__main__":
    main()
