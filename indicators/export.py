"""The offline snapshot a reporter can open from disk, and the data files and social cards beside it.

`python -m indicators export --out DIR [--data PATH]` writes:
  DIR/index.html     one self-contained page: every figure with its sentence and an anchor #<id>, the
                     charts, the release citation, the corrections; no network needed
  DIR/figures.csv, figures.json, figures.xlsx
  DIR/cards/<id>.png a card per headline figure (kaleido with the system Chromium)
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

from . import theme
from .charts import pillar_charts
from .citations import figure_citation, release_citation
from .corrections import correction_rows
from .plots import plot_chart
from .present import date_text, headlines, present
from .release import Release
from .render import render, stylesheet
from .tables import csv_bytes, figures_frame, json_bytes, xlsx_bytes

SNAPSHOT_NAME = "index.html"


def _json_for_script(value: str) -> str:
    # JSON inside <script>: "</" would end the element, so it is written "<\\/".
    return value.replace("</", "<\\/")


def _plot_html(plot: go.Figure, div: str, title: str) -> str:
    return (
        f'<div id="{div}" role="img" aria-label="{escape(title, quote=True)}"></div>'
        f"<script>(function(){{var f={_json_for_script(plot.to_json())};"
        f'Plotly.newPlot("{div}",f.data,f.layout,{{displayModeBar:false,responsive:true}});}})();</script>'
    )


def snapshot_html(release: Release, plotlyjs: str | None = None) -> str:
    info = release.info
    sections = []
    chart_number = 0
    for pillar in release.pillars:
        charts = []
        for view in pillar_charts(release, pillar.id):
            chart_number += 1
            charts.append(
                {"title": view.title, "body": _plot_html(plot_chart(view), f"chart-{chart_number}", view.title)}
            )
        figures = [
            {
                "view": present(f),
                "citation": figure_citation(release, f, f"{SNAPSHOT_NAME}#{f.id}"),
                "revised_date": date_text(f.last_revised.date) if f.last_revised else "",
            }
            for f in release.figures_in(pillar.id)
        ]
        sections.append({"pillar": pillar, "charts": charts, "figures": figures})
    return render(
        "snapshot.html",
        heading=info.title,
        info=info,
        date=date_text(info.date),
        count=len(release.figures),
        citation=release_citation(info),
        sections=sections,
        corrections=correction_rows(release),
        figure_href=lambda figure_id: f"#{figure_id}",
        css=stylesheet("site"),
        plotlyjs=(plotlyjs if plotlyjs is not None else get_plotlyjs()) if chart_number else "",
    )


def card_figure(release: Release, figure) -> go.Figure:
    """A 1200x630 card for social posts: the number, its label, the sentence and the source line."""
    view = present(figure)
    lines = textwrap.wrap(f"“{view.sentence}”", 88)
    if len(lines) > 5:
        lines = [*lines[:4], lines[4][:84] + " …"]
    source = textwrap.wrap(f"Source: {release_citation(release.info)}", 110)
    text = {"xref": "paper", "yref": "paper", "xanchor": "left", "showarrow": False, "align": "left"}
    annotations = [
        {
            **text,
            "x": 0.05,
            "y": 0.93,
            "yanchor": "top",
            "name": "label",
            "text": "<br>".join(escape(line) for line in textwrap.wrap(view.label, 52)),
            "font": {"size": 34, "color": theme.TEXT},
        },
        {
            **text,
            "x": 0.05,
            "y": 0.70,
            "yanchor": "top",
            "name": "value",
            "text": (f"{escape(view.qualifier)} " if view.qualifier else "") + f"<b>{escape(view.value)}</b>",
            "font": {"size": 120, "color": theme.ACCENT_DARK},
        },
        {
            **text,
            "x": 0.05,
            "y": 0.44,
            "yanchor": "top",
            "name": "unit",
            "text": escape(view.unit),
            "font": {"size": 34, "color": theme.TEXT},
        },
        {
            **text,
            "x": 0.05,
            "y": 0.33,
            "yanchor": "top",
            "name": "sentence",
            "text": "<br>".join(escape(line) for line in lines),
            "font": {"size": 21, "color": theme.TEXT},
        },
        {
            **text,
            "x": 0.05,
            "y": 0.03,
            "yanchor": "bottom",
            "name": "source",
            "text": "<br>".join(escape(line) for line in source),
            "font": {"size": 17, "color": theme.MUTED},
        },
    ]
    plot = go.Figure()
    plot.update_layout(
        width=theme.CARD["width"],
        height=theme.CARD["height"],
        margin={"l": 0, "r": 0, "t": 0, "b": 0},
        paper_bgcolor="white",
        plot_bgcolor="white",
        annotations=annotations,
        xaxis={"visible": False},
        yaxis={"visible": False},
        font={"family": theme.FONT_FAMILY},
        shapes=[
            {
                "type": "rect",
                "xref": "paper",
                "yref": "paper",
                "x0": 0,
                "x1": 0.018,
                "y0": 0,
                "y1": 1,
                "fillcolor": theme.ACCENT_DARK,
                "line": {"width": 0},
            }
        ],
    )
    return plot


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]
    seconds: float


def export(release: Release, folder: Path, cards: bool = True) -> ExportResult:
    start = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    frame = figures_frame(release)
    outputs = {
        SNAPSHOT_NAME: snapshot_html(release).encode("utf-8"),
        "figures.csv": csv_bytes(frame),
        "figures.json": json_bytes(frame, release),
        "figures.xlsx": xlsx_bytes(frame, release),
    }
    files = []
    for name, data in outputs.items():
        path = folder / name
        path.write_bytes(data)
        files.append(path)
    if cards:
        files.extend(write_cards(release, folder / "cards"))
    return ExportResult(folder, files, time.perf_counter() - start)


def write_cards(release: Release, folder: Path) -> list[Path]:
    """One PNG per headline figure, all in one Chromium session (kaleido finds `chromium` on PATH)."""
    import plotly.io as pio

    figures = headlines(release)
    if not figures:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    pio.defaults.mathjax = False  # else kaleido fetches MathJax from a CDN; cards hold no maths
    paths = [folder / f"{figure.id}.png" for figure in figures]
    pio.write_images(
        [card_figure(release, f) for f in figures], paths, width=theme.CARD["width"], height=theme.CARD["height"]
    )
    return paths


def describe(result: ExportResult) -> str:
    total = sum(path.stat().st_size for path in result.files)
    return json.dumps(
        {"folder": str(result.folder), "files": len(result.files), "bytes": total, "seconds": round(result.seconds, 2)}
    )
