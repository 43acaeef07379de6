"""The offline snapshot a reporter can open from disk, and the data files and social cards beside it.

`python -m indicators export --out DIR [--data PATH]` writes:
  DIR/index.html     one self-contained page: plotly.js embedded once, every figure with its sentence
                     and an anchor #<id>, the release citation; no network needed
  DIR/figures.csv, figures.json, figures.xlsx
  DIR/cards/<id>.png a 1200x675 image per headline figure (kaleido with the system Chromium)
"""

from __future__ import annotations

import json
import textwrap
import time
from dataclasses import dataclass
from html import escape
from pathlib import Path

import plotly.graph_objects as go
from plotly.offline import get_plotlyjs

from .charts import LAPTOP, chart_for, pillar_charts
from .formatting import date_text, qualifier_text, release_citation, unit_text, value_text
from .highlight import marked_sentence_html
from .links import citation_text
from .tables import csv_bytes, figures_frame, json_bytes, xlsx_bytes
from .validate import Briefing

CARD_WIDTH, CARD_HEIGHT = 1200, 675
SNAPSHOT_NAME = "index.html"

_STYLE = """
body {font-family: "Source Sans Pro", Arial, sans-serif; color: #1a1a1a; margin: 0; line-height: 1.5;}
header, main, footer {max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem;}
header {border-bottom: 4px solid #0072B2;}
h1 {font-size: 2rem; line-height: 1.2;} h2 {font-size: 1.6rem; margin-top: 2.5rem;} h3 {font-size: 1.15rem; margin: 0;}
nav a {margin-right: 1rem; color: #004a75;}
.cite {background: #f4f4f4; padding: 0.75rem; white-space: pre-wrap; font-family: monospace; font-size: 0.9rem;}
.figures {display: grid; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); gap: 1rem;}
.figure {border: 1px solid #ccc; border-radius: 6px; padding: 0.75rem 1rem;}
.figure:target {outline: 3px solid #0072B2;}
.value {font-size: 2.2rem; font-weight: 700; margin: 0.25rem 0 0 0;}
.unit {margin: 0;}
blockquote {border-left: 4px solid #0072B2; margin: 0.5rem 0; padding-left: 0.75rem;}
mark {background: #ffe08a; color: #1a1a1a;}
.meta {font-size: 0.9rem;}
.chart {margin: 1rem 0;}
"""


def _json_for_script(value: str) -> str:
    # JSON inside <script>: "</" would end the element, so it is written "<\\/".
    return value.replace("</", "<\\/")


def snapshot_html(briefing: Briefing, plotlyjs: str | None = None) -> str:
    release = briefing.release
    citation = release_citation(release)
    parts = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(release.title)}: every figure with its sentence</title>",
        f"<style>{_STYLE}</style>",
        f"<script>{plotlyjs if plotlyjs is not None else get_plotlyjs()}</script>",
        "</head><body><header>",
        f"<h1>{escape(release.title)}</h1>",
        (f"<p>{escape(release.publisher)} · briefing of {escape(date_text(release.date))} · "
        f"{len(briefing.figures)} figures, each with the sentence that states it.</p>"),
        f'<p>Cite as:</p><p class="cite">{escape(citation)}</p>',
        "<nav>"
        + "".join(f'<a href="#{escape(p.id, quote=True)}">{escape(p.title)}</a>' for p in briefing.dataset.pillars)
        + "</nav></header><main>",
    ]  # fmt: skip
    chart_number = 0
    for pillar in briefing.dataset.pillars:
        figures = briefing.figures_in(pillar.id)
        parts.append(f'<section id="{escape(pillar.id, quote=True)}"><h2>{escape(pillar.title)}</h2>')
        if pillar.summary:
            parts.append(f"<p>{escape(pillar.summary)}</p>")
        for spec in pillar_charts(briefing, pillar.id):
            chart_number += 1
            fig = chart_for(spec.figures, spec.title, LAPTOP)
            div = f"chart-{chart_number}"
            parts.append(f'<div class="chart" id="{div}" role="img" aria-label="{escape(spec.title, quote=True)}"></div>'
                         f"<script>(function(){{var f={_json_for_script(fig.to_json())};"
                         f'Plotly.newPlot("{div}",f.data,f.layout,{{displayModeBar:false,responsive:true}});}})();'
                         "</script>")  # fmt: skip
        parts.append('<div class="figures">')
        for figure in figures:
            anchor = escape(figure.id, quote=True)
            qualifier = qualifier_text(figure)
            cite = citation_text(briefing, figure, f"{SNAPSHOT_NAME}#{figure.id}")
            parts.append(
                f'<article class="figure" id="{anchor}"><h3>{escape(figure.label)}</h3>'
                + (f'<p class="meta">{escape(qualifier)}</p>' if qualifier else "")
                + f'<p class="value">{escape(value_text(figure))}</p><p class="unit">{escape(unit_text(figure))}</p>'
                f"{marked_sentence_html(figure)}"
                + (f'<p class="meta">Derived: {escape(figure.note or "")}</p>' if figure.derived else "")
                + f'<p class="meta">Section {escape(figure.section or "-")} · <a href="#{anchor}">link to this figure</a></p>'
                f'<details><summary>Cite</summary><p class="cite">{escape(cite)}</p></details></article>'
            )  # fmt: skip
        parts.append("</div></section>")
    parts.append(f"</main><footer><p>Source: {escape(citation)}. Data files beside this page: figures.csv, "
                 "figures.json, figures.xlsx.</p></footer></body></html>")  # fmt: skip
    return "\n".join(parts)


def card_figure(briefing: Briefing, figure) -> go.Figure:
    """A 1200x675 card for social posts: the number, its label, the sentence and the source line."""
    sentence = " ".join(figure.quote.split())
    lines = textwrap.wrap(f"“{sentence}”", 88)
    if len(lines) > 5:
        lines = [*lines[:4], lines[4][:84] + " …"]
    source = textwrap.wrap(f"Source: {release_citation(briefing.release)}", 110)
    text = {"xref": "paper", "yref": "paper", "xanchor": "left", "showarrow": False, "align": "left"}
    qualifier = qualifier_text(figure)
    annotations = [
        {**text, "x": 0.05, "y": 0.93, "yanchor": "top", "name": "label",
         "text": "<br>".join(escape(line) for line in textwrap.wrap(figure.label, 52)),
         "font": {"size": 34, "color": "#1a1a1a"}},
        {**text, "x": 0.05, "y": 0.70, "yanchor": "top", "name": "value",
         "text": (f"{escape(qualifier)} " if qualifier else "") + f"<b>{escape(value_text(figure))}</b>",
         "font": {"size": 120, "color": "#005088"}},
        {**text, "x": 0.05, "y": 0.44, "yanchor": "top", "name": "unit", "text": escape(unit_text(figure)),
         "font": {"size": 34, "color": "#1a1a1a"}},
        {**text, "x": 0.05, "y": 0.33, "yanchor": "top", "name": "sentence",
         "text": "<br>".join(escape(line) for line in lines), "font": {"size": 21, "color": "#1a1a1a"}},
        {**text, "x": 0.05, "y": 0.03, "yanchor": "bottom", "name": "source",
         "text": "<br>".join(escape(line) for line in source), "font": {"size": 17, "color": "#333333"}},
    ]  # fmt: skip
    fig = go.Figure()
    fig.update_layout(
        width=CARD_WIDTH, height=CARD_HEIGHT, margin={"l": 0, "r": 0, "t": 0, "b": 0},
        paper_bgcolor="white", plot_bgcolor="white", annotations=annotations,
        xaxis={"visible": False}, yaxis={"visible": False},
        font={"family": "Source Sans Pro, Arial, sans-serif"},
        shapes=[{"type": "rect", "xref": "paper", "yref": "paper", "x0": 0, "x1": 0.018, "y0": 0, "y1": 1,
                 "fillcolor": "#005088", "line": {"width": 0}}],
    )  # fmt: skip
    return fig


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]
    seconds: float


def export(briefing: Briefing, folder: Path, cards: bool = True) -> ExportResult:
    start = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    frame = figures_frame(briefing)
    outputs = {
        SNAPSHOT_NAME: snapshot_html(briefing).encode("utf-8"),
        "figures.csv": csv_bytes(frame),
        "figures.json": json_bytes(frame, briefing),
        "figures.xlsx": xlsx_bytes(frame, briefing),
    }
    files = []
    for name, data in outputs.items():
        path = folder / name
        path.write_bytes(data)
        files.append(path)
    if cards:
        files.extend(write_cards(briefing, folder / "cards"))
    return ExportResult(folder, files, time.perf_counter() - start)


def write_cards(briefing: Briefing, folder: Path) -> list[Path]:
    """One PNG per headline figure, all in one Chromium session (kaleido finds `chromium` on PATH)."""
    import plotly.io as pio

    headlines = [f for f in briefing.figures if f.headline]
    if not headlines:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    pio.defaults.mathjax = False  # else kaleido fetches MathJax from a CDN; cards hold no maths
    paths = [folder / f"{figure.id}.png" for figure in headlines]
    pio.write_images([card_figure(briefing, f) for f in headlines], paths, width=CARD_WIDTH, height=CARD_HEIGHT)
    return paths


def describe(result: ExportResult) -> str:
    total = sum(path.stat().st_size for path in result.files)
    return json.dumps({"folder": str(result.folder), "files": len(result.files), "bytes": total,
                       "seconds": round(result.seconds, 2)})  # fmt: skip

