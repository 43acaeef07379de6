"""Pure plot builders: a chart that passed the rules (with its figures' views) in, a plotly ``go.Figure`` out,
tested by inspecting the plot.

What every plot keeps: one measure and unit (the chart rules saw to it); each bar's label above it, in a row of
its own as tall as its wrapped lines, so a label never runs over a bar and the data keeps the whole width even on
a phone; the value written on each mark as the release states it; hover gives the label and the release's own
words; derived marks hatched and said to be derived; each mark carries its figure id in ``customdata[0]`` so a
click opens the drill-down. Look and type sizes come from the theme's plotly templates.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from html import escape

import plotly.graph_objects as go

from indicators.model.schema import ChartForm, Kind
from indicators.outputs import theme
from indicators.view.briefing import ChartShown
from indicators.view.figure_view import FigureView, with_mark
from indicators.view.formatting import ordinal

_HOVER = "<b>%{customdata[1]}</b><br>%{customdata[3]}<br>%{customdata[2]}<extra></extra>"
DERIVED_PATTERN = {"shape": "/", "fgcolor": theme.BACKGROUND, "size": 10, "solidity": 0.25, "fillmode": "overlay"}
LINE_HEIGHT = 1.3  # a label's lines, in units of its font size
LABEL_GAP = 6  # px between a label's last line and its bar


def _wrap(text: str, width: int, chinese: bool) -> list[str]:
    if chinese:  # Chinese has no spaces to break at: a character is about twice as wide as a Latin letter
        width = max(4, width // 2)
        return [text[i : i + width] for i in range(0, len(text), width)] or [" "]
    return textwrap.wrap(text, width) or [" "]


def _lines(text: str, width: int, chinese: bool = False) -> str:
    # plotly reads a few HTML tags in text, so escape the data and add only our own <br>.
    return "<br>".join(escape(line) for line in _wrap(text, width, chinese))


def _customdata(views: list[FigureView]) -> list[list[str]]:
    return [[v.id, escape(v.label), escape(f"“{v.words}”"), escape(v.marked)] for v in views]


def _label(view: FigureView) -> str:
    return with_mark(view.label, view.mark)


@dataclass(frozen=True)
class Rows:
    """Where each row's label and bar stand, top to bottom, in px of the plot area (the y axis counts px)."""

    centres: list[float]  # each bar's centre
    label_bottoms: list[float]  # where each label's last line ends (just above its bar)
    lines: list[str]  # each label, wrapped
    total: float  # the plot area's height


def _rows(labels: list[str], sizes: theme.Sizes, chinese: bool) -> Rows:
    lines = [_lines(label, sizes.wrap, chinese) for label in labels]
    line_height = sizes.tick * LINE_HEIGHT
    centres, bottoms, y = [], [], 0.0
    for line in lines:
        label_height = line_height * (line.count("<br>") + 1)
        y += label_height + LABEL_GAP
        bottoms.append(y - LABEL_GAP / 2)
        centres.append(y + sizes.bar / 2)
        y += sizes.bar * 1.25  # the bar, then air before the next label
    return Rows(centres, bottoms, lines, y)


def _rows_layout(plot: go.Figure, title: str, rows: Rows, sizes: theme.Sizes, chinese: bool) -> go.Figure:
    """Rows top to bottom, each label written above its bar (no tick labels at the side)."""
    title_lines = _lines(title, sizes.title_wrap, chinese)
    title_height = sizes.title * LINE_HEIGHT * (title_lines.count("<br>") + 1)
    top, bottom = int(24 + title_height + 12), 64  # the title above; the axis and its title below
    plot.update_layout(
        template=theme.template_name(sizes),
        title={"text": title_lines, "y": 1 - 12 / (top + rows.total + bottom), "yanchor": "top"},
        height=int(top + rows.total + bottom),
        margin={"l": 8, "r": 12, "t": top, "b": bottom, "autoexpand": False},
        bargap=0,
        annotations=[
            {
                "x": 0,
                "xref": "paper",
                "y": label_bottom,
                "yref": "y",
                "xanchor": "left",
                "yanchor": "bottom",
                "text": line,
                "align": "left",
                "showarrow": False,
                "font": {"size": sizes.tick},
                "name": "bar-label",
            }
            for line, label_bottom in zip(rows.lines, rows.label_bottoms, strict=True)
        ],
    )
    plot.update_yaxes(
        autorange=False,
        range=[rows.total, 0],
        showticklabels=False,
        fixedrange=True,
        showgrid=False,
        zeroline=False,
    )
    plot.update_xaxes(fixedrange=True, automargin=False)
    return plot


def _ticks(views: list[FigureView], top: float) -> dict:
    """Whole-number ticks for whole-number values: half a traffic path is not a thing."""
    if not all(float(v.number).is_integer() for v in views):
        return {}
    step = next(s * 10**e for e in range(13) for s in (1, 2, 5) if s * 10**e >= top / 6)
    return {"tick0": 0, "dtick": step}


def _chinese(shown: ChartShown) -> bool:
    return any(v.label_lang.startswith("zh") for v in shown.figures) or shown.title != shown.chart.title


def bar_plot(shown: ChartShown, sizes: theme.Sizes = theme.LAPTOP) -> go.Figure:
    """Bars of one measure; percentages each against their own 100%, drawn as a grey track."""
    views = list(shown.members)
    chinese = _chinese(shown)
    rows = _rows([_label(v) for v in views], sizes, chinese)
    percent = views[0].kind == Kind.percent
    bars = go.Bar(
        x=[v.number for v in views],
        y=rows.centres,
        orientation="h",
        width=sizes.bar,
        text=[v.amount for v in views],
        textposition="inside" if percent else "outside",
        insidetextanchor="end",
        textfont={"size": sizes.font, "color": "white" if percent else theme.TEXT},
        cliponaxis=False,
        marker={
            "color": sizes.bar_colour,
            "pattern": {**DERIVED_PATTERN, "shape": ["/" if v.derived else "" for v in views]},
        },
        customdata=_customdata(views),
        hovertemplate=_HOVER,
    )
    traces = [bars]
    if percent:
        track = go.Bar(
            x=[100] * len(views),
            y=rows.centres,
            orientation="h",
            width=sizes.bar,
            marker={"color": theme.TRACK},
            hoverinfo="skip",
        )
        traces = [track, bars]
    plot = go.Figure(traces)
    plot.update_layout(barmode="overlay")
    gettext = views[0].language.gettext
    if percent:
        axis = gettext("% (each bar against its own 100%)")
        plot.update_xaxes(range=[0, 100], ticksuffix="%", dtick=25, title={"text": escape(axis)})
    else:
        top = max(v.number for v in views)
        unit = views[0].unit or views[0].data_unit
        plot.update_xaxes(range=[0, top * 1.18], title={"text": escape(unit)}, **_ticks(views, top))
    return _rows_layout(plot, shown.title, rows, sizes, chinese)


def part_of_whole_plot(shown: ChartShown, sizes: theme.Sizes = theme.LAPTOP) -> go.Figure:
    """Each part drawn inside its whole: a grey track as long as the whole, the part over it."""
    whole = shown.whole
    parts = list(shown.members)
    chinese = _chinese(shown)
    gettext = whole.language.gettext
    labels = [gettext("{part}, of {whole}").format(part=_label(p), whole=whole.full) for p in parts]
    rows = _rows(labels, sizes, chinese)
    track = go.Bar(
        x=[whole.number] * len(parts),
        y=rows.centres,
        orientation="h",
        marker={"color": theme.TRACK},
        width=sizes.bar,
        text=[escape(whole.full)] * len(parts),
        textposition="inside",
        insidetextanchor="end",
        textfont={"size": sizes.font, "color": theme.TEXT},
        customdata=_customdata([whole] * len(parts)),
        hovertemplate=_HOVER,
    )
    bars = go.Bar(
        x=[p.number for p in parts],
        y=rows.centres,
        orientation="h",
        width=sizes.bar,
        text=[p.amount for p in parts],
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
    unit = whole.unit or whole.data_unit
    plot.update_xaxes(range=[0, whole.number], title={"text": escape(unit)}, **_ticks([whole, *parts], whole.number))
    return _rows_layout(plot, shown.title, rows, sizes, chinese)


def rank_plot(shown: ChartShown, sizes: theme.Sizes = theme.LAPTOP) -> go.Figure:
    """Each rank on its own ladder, as long as the field the release states (1st at the left)."""
    views = list(shown.members)
    figures = list(shown.chart.members)  # the loaded figures: each rank's field size
    chinese = _chinese(shown)
    language = views[0].language
    gettext = language.gettext
    sizes_of = [f.field_size for f in figures]
    last = max(sizes_of)
    rows = _rows([f"{v.label} ({v.unit})" if v.unit else v.label for v in views], sizes, chinese)
    ladders = go.Bar(
        x=sizes_of,
        base=[0.5] * len(views),
        y=rows.centres,
        orientation="h",
        marker={"color": theme.TRACK},
        width=sizes.bar * 0.36,
        hoverinfo="skip",
    )
    marks = go.Scatter(
        x=[v.number for v in views],
        y=rows.centres,
        mode="markers+text",
        marker={"size": sizes.font * 1.6, "color": sizes.bar_colour, "line": {"color": "white", "width": 2}},
        text=[
            gettext("{place} of {size}").format(place=v.value, size=size)
            for v, size in zip(views, sizes_of, strict=True)
        ],
        textposition="middle right",
        textfont={"size": sizes.font},
        customdata=_customdata(views),
        hovertemplate=_HOVER,
        cliponaxis=False,
    )
    plot = go.Figure([ladders, marks])
    ticks = sorted({1, last, *sizes_of})
    plot.update_xaxes(
        range=[0.5, last + 0.5],
        tickvals=ticks,
        ticktext=[ordinal(n, language) for n in ticks],
        title={"text": escape(gettext("place (1st is best), on a ladder as long as the field the release states"))},
    )
    return _rows_layout(plot, shown.title, rows, sizes, chinese)


def plot_chart(shown: ChartShown, sizes: theme.Sizes = theme.LAPTOP) -> go.Figure:
    """The plot that fits the chart's form."""
    if shown.chart.form == ChartForm.part_of_whole:
        return part_of_whole_plot(shown, sizes)
    if shown.chart.form == ChartForm.ranks:
        return rank_plot(shown, sizes)
    return bar_plot(shown, sizes)
