"""Pure plot builders: a chart in, a plotly ``go.Figure`` out, tested by inspecting the plot.

What every plot keeps: one measure and unit (the chart rules saw to it); each bar's label above it, so
the data keeps the whole width even on a phone; the value written on each mark as the release states
it; hover gives the label and the release's own words; derived marks hatched and said to be derived;
each mark carries its figure id in ``customdata[0]`` so a click opens the drill-down. Look and type
sizes come from the theme's plotly templates.
"""

from __future__ import annotations

import textwrap
from html import escape

import plotly.graph_objects as go

from indicators.model.release import Figure
from indicators.model.schema import ChartForm, Kind
from indicators.outputs import theme
from indicators.view.charts import ChartView
from indicators.view.figure_view import DERIVED_MARK, view_of
from indicators.view.formatting import ordinal

_HOVER = "<b>%{customdata[1]}</b><br>%{customdata[3]}<br>%{customdata[2]}<extra></extra>"
DERIVED_PATTERN = {"shape": "/", "fgcolor": theme.BACKGROUND, "size": 10, "solidity": 0.25, "fillmode": "overlay"}


def _lines(text: str, width: int) -> str:
    # plotly reads a few HTML tags in text, so escape the data and add only our own <br>.
    return "<br>".join(escape(line) for line in textwrap.wrap(text, width)) or " "


def _customdata(figures: list[Figure]) -> list[list[str]]:
    views = [view_of(f) for f in figures]
    return [[v.id, escape(v.label), escape(f"“{v.words}”"), escape(v.marked)] for v in views]


def _label(figure: Figure) -> str:
    return " ".join(part for part in (figure.label, DERIVED_MARK if figure.derived else "") if part)


def _rows_layout(plot: go.Figure, title: str, labels: list[str], sizes: theme.Sizes) -> go.Figure:
    """Rows 0..n-1 top to bottom, each label written above its bar (no tick labels at the side)."""
    lines = [_lines(label, sizes.wrap) for label in labels]
    label_height = sizes.tick * 1.35
    heights = [sizes.bar + label_height * line.count("<br>") for line in lines]
    # The title wraps as the labels do, in its larger type: a phone's column is 390 px wide.
    title_lines = _lines(title, sizes.title_wrap)
    title_height = sizes.title * 1.3 * title_lines.count("<br>")
    plot.update_layout(
        template=theme.template_name(sizes),
        title={"text": title_lines},
        height=int(70 + 30 + title_height + sum(heights) + label_height * len(lines)),
        margin={"l": 8, "r": 12, "t": int(60 + title_height), "b": 30},
        bargap=0.55,
        annotations=[
            {
                "x": 0,
                "xref": "paper",
                "y": row - 0.36,
                "yref": "y",
                "xanchor": "left",
                "yanchor": "bottom",
                "text": line,
                "align": "left",
                "showarrow": False,
                "font": {"size": sizes.tick},
            }
            for row, line in enumerate(lines)
        ],
    )
    plot.update_yaxes(
        autorange=False,
        range=[len(lines) - 0.55, -1.0],
        showticklabels=False,
        fixedrange=True,
        showgrid=False,
        zeroline=False,
    )
    plot.update_xaxes(fixedrange=True)
    return plot


def _ticks(figures: list[Figure], top: float) -> dict:
    """Whole-number ticks for whole-number values: half a traffic path is not a thing."""
    if not all(float(f.value).is_integer() for f in figures):
        return {}
    step = next(s * 10**e for e in range(13) for s in (1, 2, 5) if s * 10**e >= top / 6)
    return {"tick0": 0, "dtick": step}


def bar_plot(view: ChartView, sizes: theme.Sizes = theme.LAPTOP) -> go.Figure:
    """Bars of one measure; percentages each against their own 100%, drawn as a grey track."""
    figures = list(view.members)
    rows = list(range(len(figures)))
    percent = figures[0].kind == Kind.percent
    bars = go.Bar(
        x=[f.value for f in figures],
        y=rows,
        orientation="h",
        width=0.5,
        text=[view_of(f).amount for f in figures],
        textposition="inside" if percent else "outside",
        insidetextanchor="end",
        textfont={"size": sizes.font, "color": "white" if percent else theme.TEXT},
        cliponaxis=False,
        marker={
            "color": sizes.bar_colour,
            "pattern": {**DERIVED_PATTERN, "shape": ["/" if f.derived else "" for f in figures]},
        },
        customdata=_customdata(figures),
        hovertemplate=_HOVER,
    )
    traces = [bars]
    if percent:
        track = go.Bar(
            x=[100] * len(figures), y=rows, orientation="h", width=0.5, marker={"color": theme.TRACK}, hoverinfo="skip"
        )
        traces = [track, bars]
    plot = go.Figure(traces)
    plot.update_layout(barmode="overlay")
    if percent:
        plot.update_xaxes(range=[0, 100], ticksuffix="%", dtick=25, title={"text": "% (each bar against its own 100%)"})
    else:
        top = max(f.value for f in figures)
        plot.update_xaxes(range=[0, top * 1.18], title={"text": escape(figures[0].unit)}, **_ticks(figures, top))
    return _rows_layout(plot, view.title, [_label(f) for f in figures], sizes)


def part_of_whole_plot(view: ChartView, sizes: theme.Sizes = theme.LAPTOP) -> go.Figure:
    """Each part drawn inside its whole: a grey track as long as the whole, the part over it."""
    whole = view.whole
    parts = list(view.members)
    whole_view = view_of(whole)
    track = go.Bar(
        x=[whole.value] * len(parts),
        y=list(range(len(parts))),
        orientation="h",
        marker={"color": theme.TRACK},
        width=0.5,
        text=[f"{whole_view.full} ({escape(whole.scope or 'the whole')})"] * len(parts),
        textposition="inside",
        insidetextanchor="end",
        textfont={"size": sizes.font, "color": theme.TEXT},
        customdata=_customdata([whole] * len(parts)),
        hovertemplate=_HOVER,
    )
    bars = go.Bar(
        x=[p.value for p in parts],
        y=list(range(len(parts))),
        orientation="h",
        width=0.5,
        text=[view_of(p).amount for p in parts],
        textposition="inside",
        insidetextanchor="middle",
        textfont={"size": sizes.font, "color": "white"},
        marker={
            "color": sizes.bar_colour,
            "pattern": {**DERIVED_PATTERN, "shape": ["/" if p.derived else "" for p in parts]},
        },
        customdata=_customdata(parts),
        hovertemplate=_HOVER,
    )
    plot = go.Figure([track, bars])
    plot.update_layout(barmode="overlay")
    plot.update_xaxes(
        range=[0, whole.value], title={"text": escape(whole.unit)}, **_ticks([whole, *parts], whole.value)
    )
    labels = [f"{_label(p)}, of {whole_view.full}" for p in parts]
    return _rows_layout(plot, view.title, labels, sizes)


def rank_plot(view: ChartView, sizes: theme.Sizes = theme.LAPTOP) -> go.Figure:
    """Each rank on its own ladder, as long as the field the release states (1st at the left)."""
    figures = list(view.members)
    last = max(f.field_size for f in figures)
    rows = list(range(len(figures)))
    ladders = go.Bar(
        x=[f.field_size for f in figures],
        base=[0.5] * len(figures),
        y=rows,
        orientation="h",
        marker={"color": theme.TRACK},
        width=0.18,
        hoverinfo="skip",
    )
    marks = go.Scatter(
        x=[f.value for f in figures],
        y=rows,
        mode="markers+text",
        marker={"size": sizes.font * 1.6, "color": sizes.bar_colour, "line": {"color": "white", "width": 2}},
        text=[f"{view_of(f).value} of {f.field_size}" for f in figures],
        textposition="middle right",
        textfont={"size": sizes.font},
        customdata=_customdata(figures),
        hovertemplate=_HOVER,
        cliponaxis=False,
    )
    plot = go.Figure([ladders, marks])
    ticks = sorted({1, last, *(f.field_size for f in figures)})
    plot.update_xaxes(
        range=[0.5, last + 0.5],
        tickvals=ticks,
        ticktext=[ordinal(n) for n in ticks],
        title={"text": "place (1st is best), on a ladder as long as the field the release states"},
    )
    return _rows_layout(plot, view.title, [f"{f.label} ({f.field})" for f in figures], sizes)


def plot_chart(view: ChartView, sizes: theme.Sizes = theme.LAPTOP) -> go.Figure:
    """The plot that fits the chart's form."""
    if view.form == ChartForm.part_of_whole:
        return part_of_whole_plot(view, sizes)
    if view.form == ChartForm.ranks:
        return rank_plot(view, sizes)
    return bar_plot(view, sizes)
