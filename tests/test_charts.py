"""Which charts a page draws: only the data's declared comparisons that pass every rule."""

from indicators.view.charts import pillar_charts


def test_the_release_supports_three_comparisons(release):
    charts = {view.id: [f.id for f in view.figures] for view in pillar_charts(release)}
    assert charts == {
        "characteristic-industrial-parks": [
            "characteristic-industrial-parks-baoshan",
            "characteristic-industrial-parks-citywide",
        ],
        "traffic-paths": ["vertical-traffic-paths", "horizontal-traffic-paths"],
        "backbone-roads": ["vertical-backbone-roads", "horizontal-backbone-roads"],
    }


def test_titles_say_the_measure_and_what_tells_the_bars_apart(release):
    titles = {view.id: view.title for view in pillar_charts(release)}
    assert titles["traffic-paths"] == "Traffic paths planned, by direction"


def test_a_pillar_with_no_honest_comparison_gets_none(release):
    assert pillar_charts(release, "governance") == []
    assert pillar_charts(release, "people") == []
    assert [v.id for v in pillar_charts(release, "economy")] == ["characteristic-industrial-parks"]


def test_no_chart_is_guessed_from_shared_units(other_release):
    # Nine parks opened and three rebuilt share a unit, not a measure: only the declared chart is drawn.
    assert [v.id for v in pillar_charts(other_release, "green")] == ["trees"]
    assert pillar_charts(other_release, "growth") == []
