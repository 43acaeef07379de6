"""The charts a page may draw: the data's charts that pass every presentation rule, cut to one pillar.

There is no guessing: a chart exists only where the data declares what it compares (see
`display_rules`). A pillar whose figures allow no honest comparison gets tiles, not a filler chart.
"""

from __future__ import annotations

from dataclasses import dataclass

from indicators.checks.display_rules import chart_problems
from indicators.model.release import Figure, Release
from indicators.model.schema import Chart, ChartForm


@dataclass(frozen=True)
class ChartView:
    """A declared chart with its figures loaded: the parts (or bars), and the whole for part-of-whole."""

    chart: Chart
    members: tuple[Figure, ...]
    whole: Figure | None = None

    @property
    def id(self) -> str:
        return self.chart.id

    @property
    def title(self) -> str:
        return self.chart.title

    @property
    def form(self) -> ChartForm:
        return self.chart.form

    @property
    def figures(self) -> tuple[Figure, ...]:
        """Every figure drawn, the whole included."""
        return (*self.members, *([self.whole] if self.whole else []))


def pillar_charts(release: Release, pillar_id: str | None = None) -> list[ChartView]:
    """The release's charts (cut to one pillar's figures when given) that still pass every rule."""
    views = []
    for chart in release.charts:
        members = [release.by_id[i] for i in chart.indicators]
        if pillar_id is not None:
            members = [f for f in members if f.pillar == pillar_id]
        whole = release.by_id[chart.whole] if chart.whole else None
        if members and not chart_problems(chart, members, whole):
            views.append(ChartView(chart, tuple(members), whole))
    return views
