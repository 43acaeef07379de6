"""Pure figure builders: figures in, plotly ``go.Figure`` out, tested by inspecting the figure.

Rules every chart keeps: one unit per axis; value labels on the bars; hover gives the label and the
release's own words; Okabe-Ito colours (safe for colour-blind readers); tick labels of at least 14 px;
each mark carries its figure id in ``customdata[0]`` so a click opens the drill-down.
"""

from __future__ import annotations

import textwrap
from collections import Counter
from dataclasses import dataclass
from html import escape

import plotly.graph_objects as go

from .formatting import full_text, ordinal, value_text
from .models import Kind
from .validate import Briefing, Figure

# Okabe & Ito (2008), "Color Universal Design": distinguishable with every common colour-vision deficiency.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
TEXT_COLOUR = "#1a1a1a"  # on white: 17:1 contrast
TRACK_COLOUR = "#e6e6e6"
# Two dark blues for alternate sections: white labels on either pass 5:1 contrast.
SECTION_COLOURS = ["#0072B2", "#004a75"]


@dataclass(frozen=True)
class Style:
    """Type sizes for a setting: a laptop, or a projector read from the back of a room."""

    font_size: int = 16
    tick_size: int = 15
    title_size: int = 19
    bar_height: int = 46
    wrap: int = 38
    bar_colour: str = PALETTE[0]  # white labels on it: 5.1:1 (WCAG AA)
    height: int | None = None  # fixed height in px; None grows with the rows


LAPTOP = Style()
# For a projector at the back of a room: larger type, and a darker blue so white labels reach 8.4:1 (AAA).
PROJECTOR = Style(font_size=22, tick_size=20, title_size=26, bar_height=66, wrap=34, bar_colour="#005088")


def _label(text: str, width: int) -> str:
    # plotly reads a few HTML tags in text, so escape the data and add only our own <br>.
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width)) or " "


def _layout(fig: go.Figure, title: str, rows: int, style: Style) -> go.Figure:
    fig.update_layout(
        title={"text": escape(title), "font": {"size": style.title_size, "color": TEXT_COLOUR}, "x": 0, "xanchor": "left"},
        font={"family": "Source Sans Pro, Arial, sans-serif", "size": style.font_size, "color": TEXT_COLOUR},
        paper_bgcolor="white",
        plot_bgcolor="white",
        height=style.height or max(220, 110 + rows * style.bar_height),
        margin={"l": 10, "r": 30, "t": 60, "b": 40},
        showlegend=False,
        hoverlabel={"font": {"size": style.font_size}, "align": "left"},
    )
    fig.update_xaxes(tickfont={"size": style.tick_size, "color": TEXT_COLOUR}, gridcolor="#d9d9d9",
                     zeroline=False, fixedrange=True, automargin=True)  # fmt: skip
    fig.update_yaxes(tickfont={"size": style.tick_size, "color": TEXT_COLOUR}, autorange="reversed",
                     fixedrange=True, automargin=True)  # fmt: skip
    return fig


def _customdata(figures: list[Figure]) -> list[list[str]]:
    return [[f.id, escape(f.label), escape(f"“{' '.join(f.figure.split())}”"), escape(full_text(f))] for f in figures]


_HOVER = "<b>%{customdata[1]}</b><br>%{customdata[3]}<br>%{customdata[2]}<extra></extra>"


def bar_chart(figures: list[Figure], title: str, style: Style = LAPTOP) -> go.Figure:
    """Horizontal bars of figures in one unit; the unit is named on the axis."""
    units = {f.unit for f in figures}
    if len(units) != 1:
        raise ValueError(f"a chart shows one unit, got {sorted(units)}")
    unit = units.pop()
    fig = go.Figure(
        go.Bar(
            x=[f.value for f in figures],
            y=[_label(f.label, style.wrap) for f in figures],
            orientation="h",
            text=[value_text(f) for f in figures],
            textposition="outside",
            textfont={"size": style.font_size, "color": TEXT_COLOUR},
            cliponaxis=False,
            marker={"color": style.bar_colour},
            customdata=_customdata(figures),
            hovertemplate=_HOVER,
        )
    )
    fig.update_xaxes(title={"text": escape(unit), "font": {"size": style.tick_size}}, rangemode="tozero")
    return _layout(fig, title, len(figures), style)


def percent_chart(figures: list[Figure], title: str, style: Style = LAPTOP) -> go.Figure:
    """Shares drawn against the whole: each bar sits on a grey track running to 100%."""
    labels = [_label(f.label, style.wrap) for f in figures]
    track = go.Bar(x=[100] * len(figures), y=labels, orientation="h", marker={"color": TRACK_COLOUR},
                   hoverinfo="skip", name="100%")  # fmt: skip
    values = go.Bar(
        x=[f.value for f in figures],
        y=labels,
        orientation="h",
        text=[value_text(f) for f in figures],
        textposition="inside",
        insidetextanchor="end",
        textfont={"size": style.font_size, "color": "white"},
        marker={"color": style.bar_colour},
        customdata=_customdata(figures),
        hovertemplate=_HOVER,
    )
    fig = go.Figure([track, values])
    fig.update_layout(barmode="overlay")
    fig.update_xaxes(range=[0, 100], ticksuffix="%", dtick=25, title={"text": "% (the grey track is 100%)",
                     "font": {"size": style.tick_size}})  # fmt: skip
    return _layout(fig, title, len(figures), style)


def rank_chart(figures: list[Figure], title: str, style: Style = LAPTOP) -> go.Figure:
    """Ranks as places on a ladder, 1st at the left, each in its own field (named in the label)."""
    last = max(5, max(int(f.value) for f in figures) + 1)
    labels = [_label(f.label, style.wrap) for f in figures]  # labels name the field ranked; hover adds the words
    ladder = go.Scatter(x=[1] * len(figures), y=labels, mode="lines", hoverinfo="skip", showlegend=False)
    fig = go.Figure(
        [
            ladder,
            go.Scatter(
                x=[f.value for f in figures],
                y=labels,
                mode="markers+text",
                marker={"size": style.font_size * 1.6, "color": style.bar_colour, "line": {"color": "white", "width": 2}},
                text=[value_text(f) for f in figures],
                textposition="middle right",
                textfont={"size": style.font_size, "color": TEXT_COLOUR},
                customdata=_customdata(figures),
                hovertemplate=_HOVER,
            ),
        ]
    )
    fig.data[0].update(line={"color": TRACK_COLOUR})
    fig.update_xaxes(range=[0.5, last + 0.5], tickvals=list(range(1, last + 1)),
                     ticktext=[ordinal(n) for n in range(1, last + 1)], title={"text": "rank (1st is best)",
                     "font": {"size": style.tick_size}})  # fmt: skip
    return _layout(fig, title, len(figures), style)


def chart_for(figures: list[Figure], title: str, style: Style = LAPTOP) -> go.Figure:
    """The chart that fits the figures' kind: a share against 100%, a rank on its ladder, else bars."""
    kinds = {f.kind for f in figures}
    if kinds == {Kind.percent}:
        return percent_chart(figures, title, style)
    if kinds == {Kind.rank}:
        return rank_chart(figures, title, style)
    return bar_chart(figures, title, style)


@dataclass(frozen=True)
class ChartSpec:
    id: str
    title: str
    figures: list[Figure]


def inferred_charts(briefing: Briefing) -> list[tuple[str, str, list[str]]]:
    """Without `charts` in the data: one chart per pillar and unit that two or more figures share."""
    groups: dict[tuple[str, str], list[str]] = {}
    for figure in briefing.figures:
        groups.setdefault((figure.pillar, figure.unit), []).append(figure.id)
    charts = []
    for (pillar, unit), ids in groups.items():
        if len(ids) >= 2:
            title = "Percentages" if unit.strip() == "%" else unit[:1].upper() + unit[1:]
            charts.append((f"{pillar}-{len(charts)}", title, ids))
    return charts


def pillar_charts(briefing: Briefing, pillar_id: str | None = None) -> list[ChartSpec]:
    """The dataset's charts (or inferred ones), each cut to one pillar's figures; a lone figure gets a tile."""
    specs = []
    defined = [(c.id, c.title, c.indicators) for c in briefing.dataset.charts] or inferred_charts(briefing)
    for chart_id, title, ids in defined:
        members = [briefing.by_id[m] for m in ids if m in briefing.by_id]
        if pillar_id is not None:
            members = [f for f in members if f.pillar == pillar_id]
        if len(members) >= 2:
            specs.append(ChartSpec(chart_id, title, members))
    return specs


def overview_chart(briefing: Briefing, style: Style = LAPTOP) -> go.Figure:
    """The release at a glance: how many figures each pillar holds, split by the release's sections."""
    counts = Counter((f.pillar, f.section or "-") for f in briefing.figures)
    sections = sorted({section for _, section in counts})
    pillars = briefing.dataset.pillars
    labels = [_label(p.title, style.wrap) for p in pillars]
    traces = []
    for index, section in enumerate(sections):
        values = [counts.get((p.id, section), 0) for p in pillars]
        traces.append(
            go.Bar(
                x=values,
                y=labels,
                orientation="h",
                name=f"Section {section}",
                text=[f"{section}: {v}" if v else "" for v in values],
                textposition="inside",
                insidetextanchor="middle",
                textfont={"size": style.tick_size, "color": "white"},
                marker={"color": SECTION_COLOURS[index % 2], "line": {"color": "white", "width": 2}},
                customdata=[[p.id, escape(p.title), section] for p in pillars],
                hovertemplate="<b>%{customdata[1]}</b><br>Section %{customdata[2]}: %{x} figures<extra></extra>",
            )
        )
    fig = go.Figure(traces)
    fig.update_layout(barmode="stack")
    fig.update_xaxes(title={"text": "figures", "font": {"size": style.tick_size}})
    return _layout(fig, "Figures in the release, by pillar and section", len(pillars), style)
