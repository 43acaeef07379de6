"""Benchmark: a decision on the review page, from the click to the next figure on screen.

A reviewer accepts a figure and waits for the next one. The timer starts at the click on "Accept" and stops
when the page shows the next figure's id with one figure fewer pending: by then the decision is validated,
written atomically and its previous version kept. Baseline, in the same run and the same page: "Next",
which moves to the next figure with no write. Rounds alternate between the two.

Target (issue 16): a decision written and the next figure shown in under 0.5 s.

    python bench/bench_review.py [--rounds N]
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

from indicators.curation.draft import write_draft
from indicators.curation.review import pending_figures, read_snapshot
from tests.browser.harness import CHROMIUM_FLAGS, ReviewServer, chromium_path, wait_for_app

RELEASE = ROOT / "tests" / "fixtures" / "drafts" / "eastport-2026-02-10.txt"


def heading(page) -> str:
    return page.get_by_role("heading", name="pending review").inner_text()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        _, draft = write_draft(RELEASE, Path(folder) / "draft.yaml")
        server = ReviewServer(draft)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
                page = browser.new_page(viewport={"width": 1280, "height": 1000})
                page.goto(server.url)
                wait_for_app(page)
                decisions, moves = [], []
                for _ in range(args.rounds):
                    following = pending_figures(read_snapshot(draft))[1].id
                    start = time.perf_counter()
                    page.get_by_role("button", name="Next").click()
                    page.get_by_text(following, exact=True).wait_for()
                    moves.append(time.perf_counter() - start)
                    page.get_by_role("button", name="Previous").click()
                    pending = pending_figures(read_snapshot(draft))
                    # Back on the first figure (its form on screen) before deciding on it: the decision names it.
                    page.get_by_text(pending[0].id, exact=True).wait_for()
                    wait_for_app(page)
                    after = f"Figure 1 of {len(pending) - 1} pending review"
                    start = time.perf_counter()
                    page.get_by_role("button", name="Accept").click()
                    page.get_by_role("heading", name=after).wait_for()
                    page.get_by_text(pending[1].id, exact=True).wait_for()
                    decisions.append(time.perf_counter() - start)
                browser.close()
        finally:
            server.stop()
    decision, move = statistics.median(decisions), statistics.median(moves)
    print(f"baseline: Next (no write), median {move * 1000:.0f} ms over {len(moves)}")
    verdict = "meets" if decision < 0.5 else "MISSES"
    print(
        f"Accept: validated, written, next figure shown: median {decision * 1000:.0f} ms, slowest "
        f"{max(decisions) * 1000:.0f} ms ({decision / move:.2f}x Next); target under 500 ms: {verdict}"
    )


if __name__ == "__main__":
    main()
