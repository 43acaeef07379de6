"""Figure builders, tested by inspecting the figure (never by rendering)."""

import pytest

from indicators import load
from indicators.charts import (
    PALETTE,
    PROJECTOR,
    bar_chart,
    chart_for,
    overview_chart,
    percent_chart,
    pillar_charts,
    rank_chart,
)
from tests.conftest import OTHER_RELEASE


def figures(briefing, *ids):
    return [briefing.by_id[i] for i in ids]


def test_bar_chart_carries_ids_values_labels_and_the_release_words(briefing):
    members = figures(briefing, "major-industrial-projects-investment", "discovery-headquarters-investment")
    fig = bar_chart(members, "Investment")
    bars = fig.data[0]
    assert list(bars.x) == [120, 10]
    assert [row[0] for row in bars.customdata] == ["major-industrial-projects-investment",
                                                    "discovery-headquarters-investment"]  # fmt: skip
    assert list(bars.text) == ["120", "10"]
    assert "customdata[1]" in bars.hovertemplate and "customdata[2]" in bars.hovertemplate
    assert bars.customdata[0][2] == "“120 billion yuan”"
    assert fig.layout.xaxis.title.text == "billion yuan"


def test_never_two_units_on_one_axis(briefing):
    with pytest.raises(ValueError, match="one unit"):
        bar_chart(figures(briefing, "major-industrial-projects", "major-industrial-projects-investment"), "Mixed")


def test_tick_labels_are_readable_and_colours_colour_blind_safe(briefing):
    fig = chart_for(figures(briefing, "vertical-traffic-paths", "horizontal-traffic-paths"), "Paths")
    assert fig.layout.xaxis.tickfont.size >= 14 and fig.layout.yaxis.tickfont.size >= 14
    assert fig.data[0].marker.color in PALETTE
    projector = chart_for(figures(briefing, "vertical-traffic-paths", "horizontal-traffic-paths"), "Paths", PROJECTOR)
    assert projector.layout.xaxis.tickfont.size >= 18


def test_percentages_are_drawn_against_the_whole(briefing):
    fig = percent_chart(figures(briefing, "family-doctor-signing-rate", "disputes-resolved-onsite"), "Rates")
    track, values = fig.data
    assert list(track.x) == [100, 100] and track.hoverinfo == "skip" and track.customdata is None
    assert list(values.x) == [86.24, 99.9]
    assert list(values.text) == ["86.24%", "99.9%"]
    assert tuple(fig.layout.xaxis.range) == (0, 100)


def test_ranks_sit_on_a_ladder_with_ordinals(briefing):
    fig = rank_chart(figures(briefing, "cruise-terminal-asia-rank", "rural-environment-rank"), "Ranks")
    marks = fig.data[1]
    assert list(marks.x) == [1, 2] and list(marks.text) == ["1st", "2nd"]
    assert fig.layout.xaxis.ticktext[0] == "1st"
    assert marks.y[0].replace("<br>", " ") == "Wusong cruise terminal&#x27;s rank among Asia&#x27;s passenger ports"
    assert marks.customdata[0][3] == "1st among passenger ports in Asia"


def test_chart_for_picks_the_form_that_fits(briefing):
    assert len(chart_for(figures(briefing, "family-doctor-signing-rate", "steel-platform-share"), "x").data) == 2
    ranks = chart_for(figures(briefing, "family-doctor-rank", "rural-environment-rank"), "x")
    assert ranks.data[1].mode == "markers+text"


def test_pillar_charts_drop_lone_figures(briefing):
    economy = {spec.id: [f.id for f in spec.figures] for spec in pillar_charts(briefing, "economy")}
    assert economy["major-project-investment"] == ["major-industrial-projects-investment",
                                                   "discovery-headquarters-investment"]  # fmt: skip
    governance = pillar_charts(briefing, "governance")
    assert all(len(spec.figures) >= 2 for spec in governance)
    assert "percentages" not in {spec.id for spec in pillar_charts(briefing, "people")}  # one % there: a tile


def test_overview_counts_every_figure_once(briefing):
    fig = overview_chart(briefing)
    assert sum(sum(trace.x) for trace in fig.data) == len(briefing.figures)
    assert len(fig.data[0].y) == len(briefing.dataset.pillars)


def test_labels_with_markup_are_escaped_for_plotly():
    figure = load(OTHER_RELEASE).by_id["new-parks"]
    hostile = figure.__class__(figure.indicator.model_copy(update={"label": "<b>Parks</b> & more"}), figure.kind,
                               figure.decimals, figure.section, figure.heading, figure.quote_span, figure.figure_span)
    fig = bar_chart([hostile], "<script>t</script>")
    assert fig.data[0].y[0] == "&lt;b&gt;Parks&lt;/b&gt; &amp; more"
    assert fig.data[0].customdata[0][1] == "&lt;b&gt;Parks&lt;/b&gt; &amp; more"
    assert fig.layout.title.text == "&lt;script&gt;t&lt;/script&gt;"


def test_without_charts_in_the_data_each_shared_unit_gets_one():
    briefing = load(OTHER_RELEASE)
    assert briefing.dataset.charts == []
    [parks] = pillar_charts(briefing, "green")
    assert parks.title == "Parks" and [f.id for f in parks.figures] == ["new-parks", "rebuilt-parks"]
    assert pillar_charts(briefing, "growth") == []  # no two figures share a unit there
