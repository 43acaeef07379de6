"""A measure across briefings: what each briefing said, and what changed since the previous one.

A change is said only where both values are stated and comparable: never for a bound ("more than 50"), a
band or range, a derived value or a rank (a place is not an amount), and only against the briefing just
before, named by its date, so a reader can check both sentences.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from indicators.model.library import Library, Member, Series
from indicators.model.release import Figure
from indicators.model.schema import Kind
from indicators.reading.bounds import Direction, qualifier_direction
from indicators.view.figure_view import figure_words, unit_words, value_words, with_mark
from indicators.view.formatting import date_text, number_text, ordinal
from indicators.view.language import ENGLISH, N_, Language

_COMPARABLE = {Kind.count, Kind.amount, Kind.percent, Kind.rate, Kind.length}


def comparable(figure: Figure) -> bool:
    """A value that may be subtracted from another of its series: stated, exact, an amount of something."""
    return (
        not figure.derived
        and not figure.qualifier
        and figure.value_to is None
        and figure.kind in _COMPARABLE
        and figure.stated_as not in ("fraction", "ratio")
    )


@dataclass(frozen=True)
class Change:
    figure: Figure
    previous: Member
    delta: float
    language: Language = ENGLISH

    @property
    def direction(self) -> str:
        return "up" if self.delta > 0 else "down" if self.delta < 0 else "unchanged"

    @property
    def text(self) -> str:
        """ "up 4 from 41 on 1 September 2022", "up 1.8 points from 33.2% on ...", "unchanged from 410 on ..."."""
        language = self.language
        before = self.previous.figure
        decimals = max(self.figure.decimals, before.decimals)
        said = {"was": value_words(before, language), "date": date_text(self.previous.date, language)}
        if self.delta == 0:
            return language.gettext("unchanged from {was} on {date}").format(**said)
        by = number_text(abs(self.delta), decimals, language)
        if self.figure.kind == Kind.percent:
            template = (
                N_("up {by} points from {was} on {date}")
                if self.delta > 0
                else N_("down {by} points from {was} on {date}")
            )
        else:
            template = N_("up {by} from {was} on {date}") if self.delta > 0 else N_("down {by} from {was} on {date}")
        return language.gettext(template).format(by=by, **said)


def change_since_previous(
    library: Library, release_id: str, figure: Figure, language: Language = ENGLISH
) -> Change | None:
    """What changed since the briefing just before this one, when both values can honestly be compared."""
    series = library.series_of(figure)
    release = library.by_release_id[release_id]
    previous_release = library.previous(release)
    if series is None or previous_release is None or not comparable(figure):
        return None
    before = next((m for m in series.members if m.release is previous_release), None)
    if before is None or not comparable(before.figure):
        return None
    decimals = max(figure.decimals, before.figure.decimals)
    delta = round(float(figure.value) - float(before.figure.value), decimals)
    return Change(figure, before, delta, language)


@dataclass(frozen=True)
class SeriesRow:
    """One briefing's value in a series, as the drill-down and the share page list it."""

    figure_id: str
    release_id: str
    date: str  # "1 September 2022"
    value: str  # as the release states it, with its qualifier, unit and derived mark
    sentence: str
    current: bool  # the figure the reader opened


def series_rows(series: Series, opened: Figure, language: Language = ENGLISH) -> list[SeriesRow]:
    rows = []
    for member in series.members:
        rows.append(
            SeriesRow(
                member.figure.id,
                member.release.info.id,
                date_text(member.date, language),
                figure_words(member.figure, language).marked,
                " ".join(member.figure.quote.split()),
                member.figure.id == opened.id,
            )
        )
    return rows


# The series chart: a small dot chart drawn as SVG from a template (series_chart.svg), so the dashboard's
# drill-down opens as fast as without it (a plotly chart in the dialog cost 400 ms in the browser) and the share
# page, the snapshot and the slides draw the same chart with no browser on the server.
CHART_WIDTH, CHART_HEIGHT = 640, 240
_LEFT, _RIGHT, _TOP, _BOTTOM = 64, 28, 34, 42
MAX_VALUE_LABELS = 12  # above this many briefings the table beside the chart carries the values
_DATE_GAP = 190  # px between two dates' labels on the axis ("1 September 2021" is about 130 px)
SERIES_KEY = N_(
    "A filled dot is a value the briefing states; a triangle is a bound (pointing up: at least, more than; down: "
    "at most, less than); a diamond is approximate; a hollow dot is derived, not stated; a bar spans a range."
)


@dataclass(frozen=True)
class Mark:
    x: float
    y: float
    y_to: float | None  # a range's other end
    shape: str  # circle, up, down, diamond
    filled: bool  # False for a derived value
    label: str  # the value as stated, shown above the mark
    title: str  # the date and the value, for a pointer's tooltip


@dataclass(frozen=True)
class Tick:
    at: float
    text: str
    anchor: str = "middle"  # SVG text-anchor: the first and last dates stay inside the chart


@dataclass(frozen=True)
class SeriesChart:
    title: str
    axis_title: str
    marks: list[Mark]
    x_ticks: list[Tick]
    y_ticks: list[Tick]
    radius: float = 7  # of a dot; smaller when many briefings share the width
    width: int = CHART_WIDTH
    height: int = CHART_HEIGHT
    left: int = _LEFT
    right: int = CHART_WIDTH - _RIGHT
    top: int = _TOP
    bottom: int = CHART_HEIGHT - _BOTTOM

    @property
    def description(self) -> str:
        """What the chart shows, in words: its alternative text."""
        return f"{self.title}: " + "; ".join(mark.title for mark in self.marks)

    def triangle(self, mark: Mark) -> str:
        size = self.radius + 1
        tip = -size if mark.shape == "up" else size
        return f"{mark.x:.1f},{mark.y + tip:.1f} {mark.x - size:.1f},{mark.y - tip:.1f} {mark.x + size:.1f},{mark.y - tip:.1f}"

    def diamond(self, mark: Mark) -> str:
        x, y, size = mark.x, mark.y, self.radius + 1
        return f"{x:.1f},{y - size:.1f} {x + size:.1f},{y:.1f} {x:.1f},{y + size:.1f} {x - size:.1f},{y:.1f}"


_SHAPES = {Direction.AT_LEAST: "up", Direction.AT_MOST: "down", Direction.ABOUT: "diamond"}


def _nice_step(top: float, ticks: int = 4) -> float:
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return next(s * power for s in (1, 2, 2.5, 5, 10) if s * power >= raw)


def series_chart(series: Series, title: str, language: Language = ENGLISH) -> SeriesChart:
    """Each briefing's value at its date: time to scale, an amount's axis from zero, a rank's with 1st at the top."""
    members = series.members
    figures = [m.figure for m in members]
    days = [dt.date.fromisoformat(m.date).toordinal() for m in members]
    span = max(days[-1] - days[0], 1)
    inner = CHART_WIDTH - _LEFT - _RIGHT - 40
    xs = [_LEFT + 20 + inner * (day - days[0]) / span for day in days]
    bottom, top = CHART_HEIGHT - _BOTTOM, _TOP + 14
    rank = figures[0].kind == Kind.rank
    if rank:
        last = max(int(f.field_size or f.value) for f in figures)
        place = lambda v: top + (bottom - top) * (v - 1) / max(last - 1, 1)
        places = [*dict.fromkeys(int(f.value) for f in figures), 1, last]  # the members' places first
        y_ticks = _apart([Tick(place(n), ordinal(n, language)) for n in places])
        axis_title = language.gettext("place (1st is best)")
    else:
        highest = max(f.value_to if f.value_to is not None else f.value for f in figures)
        step = _nice_step(highest * 1.1 or 1)
        ceiling = step * math.ceil(highest * 1.1 / step) if highest > 0 else step
        place = lambda v: bottom - (bottom - top) * v / ceiling
        decimals = 0 if float(step).is_integer() else 1
        percent = figures[0].kind == Kind.percent
        y_ticks = [
            Tick(place(n * step), f"{number_text(n * step, decimals)}{'%' if percent else ''}")
            for n in range(round(ceiling / step) + 1)
        ]
        axis_title = "%" if percent else unit_words(figures[0], language)[0] or figures[0].unit
    marks = []
    for x, member in zip(xs, members, strict=True):
        figure, view = member.figure, figure_words(member.figure, language)
        shape = _SHAPES.get(qualifier_direction(figure.qualifier), "circle")
        label = with_mark(view.amount, view.mark)
        marks.append(
            Mark(
                x,
                place(figure.value),
                place(figure.value_to) if figure.value_to is not None else None,
                shape,
                not figure.derived,
                label if len(members) <= MAX_VALUE_LABELS else "",
                f"{date_text(member.date, language)}: {view.marked}",
            )
        )
    shown = [0]
    for index in range(1, len(members)):  # dates far enough apart to read, the newest always among them
        while index == len(members) - 1 and len(shown) > 1 and xs[index] - xs[shown[-1]] < _DATE_GAP:
            shown.pop()
        if xs[index] - xs[shown[-1]] >= _DATE_GAP or (index == len(members) - 1 and len(shown) == 1):
            shown.append(index)
    anchors = {shown[0]: "start", shown[-1]: "end"} if len(shown) > 1 else {}
    x_ticks = [Tick(xs[i], date_text(members[i].date, language), anchors.get(i, "middle")) for i in shown]
    return SeriesChart(title, axis_title, marks, x_ticks, y_ticks, 7 if len(members) <= MAX_VALUE_LABELS else 4)


def _apart(ticks: list[Tick], gap: float = 18) -> list[Tick]:
    """The ticks whose labels would not overlap one already kept, in order of preference."""
    kept: list[Tick] = []
    for tick in ticks:
        if all(abs(tick.at - other.at) >= gap for other in kept):
            kept.append(tick)
    return sorted(kept, key=lambda tick: tick.at)
