"""Benchmark: `indicators export` for the real release (with its PNG cards) and a 10,000-indicator one.

Baselines measured in the same run: writing one plotly bar chart as a self-contained HTML file
(`fig.write_html(include_plotlyjs=True)`, the least a page with plotly.js embedded costs), and writing
one 1200x675 PNG with kaleido (the least one card costs, Chromium start included).

    python bench/bench_export.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import plotly.graph_objects as go
import plotly.io as pio

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_validate import generate, median_seconds
from indicators import load
from indicators.export import export


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    pio.defaults.mathjax = False
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        fig = go.Figure(go.Bar(x=[120, 10], y=["a", "b"], orientation="h"))
        html_base = median_seconds(lambda: fig.write_html(work / "one.html", include_plotlyjs=True), args.repeat)
        png_base = median_seconds(lambda: fig.write_image(work / "one.png", width=1200, height=675), args.repeat)
        real = load(ROOT / "data" / "indicators.yaml")
        real_html = median_seconds(lambda: export(real, work / "real", cards=False), args.repeat)
        real_all = median_seconds(lambda: export(real, work / "real-cards", cards=True), args.repeat)
        cards = sum(f.headline for f in real.figures)
        big = load(generate(work, 10_000))
        big_html = median_seconds(lambda: export(big, work / "big", cards=False), args.repeat)
        size = (work / "real" / "index.html").stat().st_size
        big_size = (work / "big" / "index.html").stat().st_size
    print(
        f"baseline: one chart as self-contained HTML {html_base * 1000:7.0f} ms; one 1200x675 PNG {png_base * 1000:7.0f} ms"
    )
    print(
        f"real release, snapshot + data files        {real_html * 1000:7.0f} ms  {real_html / html_base:5.2f}x the HTML "
        f"baseline; index.html {size / 1e6:.2f} MB (limit 8 MB)"
    )
    print(
        f"real release, with {cards} cards               {real_all * 1000:7.0f} ms  "
        f"{real_all / (html_base + png_base):5.2f}x one HTML + one PNG"
    )
    print(
        f"10,000 indicators, snapshot + data files   {big_html * 1000:7.0f} ms  {big_html / html_base:5.2f}x the HTML "
        f"baseline; index.html {big_size / 1e6:.1f} MB"
    )


if __name__ == "__main__":
    main()
