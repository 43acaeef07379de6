"""Plot builders, tested by inspecting the plot (never by rendering)."""

from indicators.model.schema import Chart
from indicators.outputs import theme
from indicators.outputs.plots import bar_plot, part_of_whole_plot, plot_chart, rank_plot
from indicators.view.briefing import chart_shown
from indicators.view.charts import ChartView, pillar_charts


def view(release, *ids, **chart):
    members = tuple(release.by_id[i] for i in ids)
    whole = release.by_id[chart["whole"]] if "whole" in chart else None
    return shown(release, ChartView(Chart(id="test", measure="a test", indicators=list(ids), **chart), members, whole))


def shown(release, chart_view):
    return chart_shown(chart_view, release)


def test_bars_carry_ids_values_and_the_release_words(release):
    plot = bar_plot(view(release, "vertical-backbone-roads", "horizontal-backbone-roads"))
    bars = plot.data[0]
    assert list(bars.x) == [8, 13]
    assert [row[0] for row in bars.customdata] == ["vertical-backbone-roads", "horizontal-backbone-roads"]
    assert list(bars.text) == ["8", "13"]
    assert bars.customdata[1][2] == "“13 horizontal backbone roads”"
    assert "customdata[1]" in bars.hovertemplate and "customdata[2]" in bars.hovertemplate
    assert plot.layout.xaxis.title.text == "backbone roads"


def test_labels_stand_above_their_bars_so_the_data_keeps_the_width(release):
    plot = bar_plot(view(release, "vertical-traffic-paths", "horizontal-traffic-paths"), theme.PHONE)
    assert plot.layout.yaxis.showticklabels is False
    labels = [a.text.replace("<br>", " ") for a in plot.layout.annotations]
    assert labels == [
        "Vertical traffic paths in the planned road network",
        "Horizontal traffic paths in the planned road network",
    ]
    # each label sits above its bar (rows run down the reversed axis), at the left edge
    for row, annotation in enumerate(plot.layout.annotations):
        assert annotation.y < plot.data[0].y[row] and annotation.yanchor == "bottom" and annotation.x == 0
    assert plot.layout.annotations[0].font.size >= 12


def test_counts_get_whole_number_ticks(release):
    plot = bar_plot(view(release, "vertical-traffic-paths", "horizontal-traffic-paths"))
    assert plot.layout.xaxis.dtick == 1 and plot.layout.xaxis.tick0 == 0


def test_type_comes_from_the_theme(release):
    members = view(release, "vertical-traffic-paths", "horizontal-traffic-paths")
    laptop, projector = bar_plot(members), bar_plot(members, theme.PROJECTOR)
    assert laptop.layout.template.layout.font.size == theme.LAPTOP.font
    assert projector.layout.template.layout.xaxis.tickfont.size == theme.PROJECTOR.tick >= 18
    assert laptop.data[0].marker.color == theme.ACCENT and projector.data[0].marker.color == theme.ACCENT_DARK


def test_a_part_is_drawn_inside_its_stated_whole_and_marked_derived(release):
    plot = part_of_whole_plot(
        view(
            release,
            "characteristic-industrial-parks-baoshan",
            whole="characteristic-industrial-parks-citywide",
            form="part-of-whole",
        )
    )
    track, parts = plot.data
    assert list(track.x) == [26] and list(parts.x) == [3]
    assert tuple(plot.layout.xaxis.range) == (0, 26)
    assert list(parts.marker.pattern.shape) == ["/"]  # hatched: counted from the names, not stated
    assert "(derived)" in plot.layout.annotations[0].text.replace("<br>", " ")
    assert parts.customdata[0][0] == "characteristic-industrial-parks-baoshan"
    assert track.customdata[0][0] == "characteristic-industrial-parks-citywide"


def test_ranks_sit_on_a_ladder_as_long_as_the_stated_field(other_release):
    figure = other_release.by_id["new-firms-rank"]
    stated = figure.indicator.model_copy(update={"field_size": 16, "field": "in the city"})
    ranked = type(figure)(**{**figure.__dict__, "indicator": stated})
    chart = ChartView(Chart(id="r", measure="x", form="ranks", indicators=["new-firms-rank"]), (ranked,))
    plot = rank_plot(shown(other_release, chart))
    ladder, marks = plot.data
    assert list(ladder.x) == [16] and list(marks.x) == [3]
    assert list(marks.text) == ["3rd of 16"]
    assert plot.layout.xaxis.ticktext[-1] == "16th"


def test_percentages_each_against_their_own_hundred(release):
    figure = release.by_id["family-doctor-signing-rate"]
    plot = bar_plot(
        shown(release, ChartView(Chart(id="p", measure="x", indicators=[figure.id, figure.id]), (figure, figure)))
    )
    track, values = plot.data
    assert list(track.x) == [100, 100] and track.hoverinfo == "skip"
    assert tuple(plot.layout.xaxis.range) == (0, 100)
    assert list(values.text) == ["86.24%", "86.24%"]


def test_plot_chart_picks_the_form(release):
    for chart_view in pillar_charts(release):
        plot = plot_chart(shown(release, chart_view))
        ids = {row[0] for trace in plot.data if trace.customdata is not None for row in trace.customdata}
        assert ids == {f.id for f in chart_view.figures}


def test_markup_in_labels_is_escaped_for_plotly(other_release):
    figure = other_release.by_id["street-trees"]
    hostile = type(figure)(
        **{**figure.__dict__, "indicator": figure.indicator.model_copy(update={"label": "<b>T</b> & m"})}
    )
    other = other_release.by_id["park-trees"]
    chart = ChartView(Chart(id="t", measure="<script>t</script>", indicators=["a", "b"]), (hostile, other))
    plot = bar_plot(shown(other_release, chart))
    assert plot.layout.annotations[0].text == "&lt;b&gt;T&lt;/b&gt; &amp; m"
    assert plot.data[0].customdata[0][1] == "&lt;b&gt;T&lt;/b&gt; &amp; m"
    assert plot.layout.title.text == "&lt;script&gt;t&lt;/script&gt;"


def test_a_long_title_wraps_to_the_settings_width(release):
    view = next(v for v in pillar_charts(release) if v.id == "traffic-paths")
    long = ChartView(view.chart.model_copy(update={"measure": "a measure " * 8}), view.members, view.whole)
    for sizes in theme.SETTINGS.values():
        lines = plot_chart(shown(release, long), sizes).layout.title.text.split("<br>")
        assert len(lines) > 1 and all(len(line) <= sizes.title_wrap for line in lines), sizes.name


def test_no_label_ever_overlaps_a_bar_in_any_setting(release, other_release):
    """Each label's lines (their height at the label's size) end above its bar and below the bar before it: the
    rows are as tall as their wrapped labels, on the laptop, the phone and the projector."""
    from indicators.outputs.plots import LINE_HEIGHT

    for source in (release, other_release):
        for chart_view in pillar_charts(source):
            for sizes in theme.SETTINGS.values():
                plot = plot_chart(shown(source, chart_view), sizes)
                bars = plot.data[-1]
                width = bars.width if isinstance(bars.width, (int, float)) else sizes.bar
                spans = [(y - width / 2, y + width / 2) for y in bars.y]
                for annotation in plot.layout.annotations:
                    lines = annotation.text.count("<br>") + 1
                    top, bottom = annotation.y - lines * annotation.font.size * LINE_HEIGHT, annotation.y
                    for bar_top, bar_bottom in spans:
                        assert bottom <= bar_top or top >= bar_bottom, (chart_view.id, sizes.name, annotation.text)
