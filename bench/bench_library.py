"""Benchmark: a library of 50 briefings of 100 figures each, every figure in a series across all 50.

- Validation of the whole library (`check_library`), against the floor of parsing the same 50 files with
  PyYAML's fastest safe loader. Target (issue 20): under 3 s.
- The dashboard on that library against bench/baseline_app.py (one bar chart and a dialog), measured as
  bench/bench_pages.py measures the single release: the overview until its tiles are drawn, a pillar page
  until its chart has drawn its marks, an earlier briefing's overview, and a bar click until the dialog
  shows the figure's marked words (the figure's series of 50 briefings is in that dialog). Targets as for
  one release (issue 9): loads within 1.25x the baseline's, clicks within 1.5x (median) and 2x (p90).

    python bench/bench_library.py [--rounds N] [--briefings N] [--figures N]
"""

from __future__ import annotations

import argparse
import string
import sys
import tempfile
from pathlib import Path

import yaml
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_pages import CHARTS_DRAWN, TILES_DRAWN, click_seconds, load_seconds, report
from bench.bench_validate import median_seconds
from indicators.checks.library_check import check_library
from indicators.model.library import RELEASE_FILE, RELEASES
from tests.browser.harness import CHROMIUM_FLAGS, Server, chromium_path

UNITS = ["projects", "%", "enterprises", "kilometres", "billion yuan"]


def letters(n: int) -> str:
    """A name without digits, so the only numbers in a generated release are its figures."""
    name = ""
    while True:
        name = string.ascii_lowercase[n % 26] + name
        n //= 26
        if n == 0:
            return name


def briefing(folder: Path, year: int, figures: int) -> Path:
    """One generated briefing: ``figures`` sentences, each stating one figure of the series it belongs to."""
    release_id = f"generated-{year}-09-01"
    sentences, indicators = [], []
    for n in range(figures):
        unit = UNITS[n % len(UNITS)]
        value = round((n % 90) + (year - 2000) * 0.5 + 1, 1) if unit == "%" else (n + 1) * 10 + (year - 2000)
        words = f"{value}%" if unit == "%" else f"{value:,} {unit}"
        sentence = f"The district reported {words} for measure {letters(n)}."
        sentences.append(sentence)
        indicator = {
            "id": f"measure-{letters(n)}-{year}",
            "label": f"Measure {letters(n)}",
            "value": value,
            "unit": unit,
            "pillar": f"pillar-{letters(n % 4)}",
            "quote": sentence,
            "figure": words,
            "series": f"measure-{letters(n)}",
        }
        if n in (0, 20):  # two counts of one measure: the pillar's chart
            indicator["measure"] = "projects started"
        indicators.append(indicator)
    paragraphs = ["Generated briefing", "I. Generated part"]
    paragraphs += [" ".join(sentences[i : i + 10]) for i in range(0, figures, 10)]
    data = {
        "release": {
            "id": release_id,
            "title": "Generated briefing",
            "publisher": "Benchmark",
            "date": f"{year}-09-01",
            "district": "Generated",
            "source_text": f"source/{release_id}.txt",
        },
        "pillars": [{"id": f"pillar-{letters(n)}", "title": f"Pillar {letters(n)}"} for n in range(4)],
        "indicators": indicators,
        "charts": [
            {"id": "projects", "measure": "projects started", "indicators": [f"measure-a-{year}", f"measure-u-{year}"]}
        ],
    }
    (folder / "source").mkdir(parents=True, exist_ok=True)
    (folder / "source" / f"{release_id}.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    path = folder / RELEASE_FILE
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def generate(folder: Path, briefings: int, figures: int) -> Path:
    """The newest briefing as the data file, every earlier one filed under releases/<id>/."""
    years = list(range(2000, 2000 + briefings))
    for year in years[:-1]:
        briefing(folder / RELEASES / f"generated-{year}-09-01", year, figures)
    return briefing(folder, years[-1], figures)


def validation(data: Path, repeat: int) -> None:
    files = [data, *sorted((data.parent / RELEASES).glob(f"*/{RELEASE_FILE}"))]
    floor = median_seconds(lambda: [yaml.load(f.read_text("utf-8"), Loader=yaml.CSafeLoader) for f in files], repeat)
    checked = median_seconds(lambda: check_library(data), repeat)
    library, problems = check_library(data)
    assert library is not None and not problems, problems[:3]
    count = sum(len(r.figures) for r in library.releases)
    print(
        f"validate {len(library.releases)} briefings, {count} figures, {len(library.series)} series: "
        f"{checked:.2f} s; parsing alone {floor:.2f} s ({checked / floor:.2f}x); target 3 s: "
        f"{'meets' if checked < 3 else 'MISSES'}"
    )


def dashboard(data: Path, rounds: int) -> None:
    app = Server(data)
    baseline = Server(script="bench/baseline_app.py", warmup_page="")
    oldest = "generated-2000-09-01"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
            times: dict[str, list[float]] = {
                n: [] for n in ("baseline load", "overview", "pillar", "earlier overview", "baseline click", "click")
            }
            for _ in range(rounds):
                times["baseline load"].append(load_seconds(browser, baseline.url, CHARTS_DRAWN))
                times["overview"].append(load_seconds(browser, app.url, TILES_DRAWN))
                times["pillar"].append(load_seconds(browser, f"{app.url}/pillar-a", CHARTS_DRAWN))
                times["earlier overview"].append(load_seconds(browser, f"{app.url}/?release={oldest}", TILES_DRAWN))
                times["baseline click"].append(click_seconds(browser, baseline.url, 0, "mark"))
                times["click"].append(click_seconds(browser, f"{app.url}/pillar-a", 0, "blockquote mark"))
            browser.close()
    finally:
        app.stop()
        baseline.stop()
    report(
        times,
        rounds,
        [
            ("overview", "baseline load", 1.25, None),
            ("pillar", "baseline load", 1.25, None),
            ("earlier overview", "baseline load", 1.25, None),
            ("click", "baseline click", 1.5, 2.0),
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--briefings", type=int, default=50)
    parser.add_argument("--figures", type=int, default=100)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        data = generate(Path(folder) / "data", args.briefings, args.figures)
        validation(data, args.repeat)
        dashboard(data, args.rounds)


if __name__ == "__main__":
    main()
