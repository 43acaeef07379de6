"""A measure across briefings: a change is said only between two stated, comparable values; a series chart
draws each value as its briefing states it, over the briefings' dates."""

import pytest

from indicators.checks.library_check import check_library
from indicators.outputs.render import series_html
from indicators.view.series import change_since_previous, series_chart, series_rows
from tests.conftest import build_library, lanxi


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    data = build_library(tmp_path_factory.mktemp("lanxi"), lanxi(2023), [lanxi(2021), lanxi(2022)])
    library, problems = check_library(data)
    assert problems == []
    return library


def _change(library, figure_id):
    release = library.home_of(figure_id)
    change = change_since_previous(library, release.info.id, release.by_id[figure_id])
    return change.text if change else None


def test_a_change_names_the_previous_value_and_its_date(library):
    assert _change(library, "major-projects-2023") == "up 4 from 41 on 1 September 2022"
    assert _change(library, "water-bodies-river-chiefs-2023") == "up 26 from 410 on 1 September 2022"
    assert _change(library, "water-bodies-river-chiefs-2022") == "unchanged from 410 on 1 September 2021"


def test_a_change_in_a_percentage_is_in_points(library):
    assert _change(library, "family-doctor-rate-2023") == "up 1.8 points from 33.2% on 1 September 2022"
    assert _change(library, "family-doctor-rate-2022") == "up 1.7 points from 31.5% on 1 September 2021"


@pytest.mark.parametrize(
    "figure_id, why",
    [
        ("major-projects-investment-2022", "a bound: 'more than 50' is not 50"),
        ("major-projects-investment-2023", "the previous value is a bound"),
        ("creeks-cleaned-2022", "derived, not stated"),
        ("creeks-cleaned-2023", "the previous value is derived"),
        ("new-enterprises-rank-2023", "a rank is a place, not an amount"),
        ("major-projects-2021", "the first briefing has no previous one"),
        ("community-clinics-2023", "in no series"),
    ],
)
def test_no_change_is_said_where_the_values_are_not_comparable(library, figure_id, why):
    assert _change(library, figure_id) is None, why


def test_a_change_is_only_against_the_briefing_just_before(tmp_path):
    data = build_library(tmp_path, lanxi(2023), [lanxi(2021), lanxi(2022)])
    earlier = data.parent / "releases" / "lanxi-2022-09-01" / "indicators.yaml"
    earlier.write_text(earlier.read_text().replace("    series: major-projects-launched\n", "", 1))
    library, problems = check_library(data)
    assert problems == []
    assert _change(library, "major-projects-2023") is None  # 2022 did not restate it: no "since" to say
    without_2022 = build_library(tmp_path / "two", lanxi(2023), [lanxi(2021)])
    library, _ = check_library(without_2022)
    assert _change(library, "major-projects-2023") == "up 9 from 36 on 1 September 2021"


def test_series_rows_list_each_briefing_with_its_stated_value(library):
    figure = library.current.by_id["major-projects-investment-2023"]
    rows = series_rows(library.series_of(figure), figure)
    assert [(r.date, r.value, r.current) for r in rows] == [
        ("1 September 2021", "48 billion yuan", False),
        ("1 September 2022", "more than 50 billion yuan", False),
        ("1 September 2023", "57 billion yuan", True),
    ]
    html = series_html(library, figure, href=lambda figure_id, release_id: f"#{release_id}/{figure_id}")
    assert 'href="#lanxi-2022-09-01/major-projects-investment-2022"' in html
    assert "more than 50 billion yuan" in html and "this figure" in html
    assert series_html(library, library.current.by_id["community-clinics-2023"], href=lambda *_: "#") is None


def test_a_derived_member_keeps_its_mark_in_the_rows(library):
    figure = library.current.by_id["creeks-cleaned-2023"]
    values = [r.value for r in series_rows(library.series_of(figure), figure)]
    assert values == ["12 kilometres", "16 kilometres (derived)", "15 kilometres"]


def test_the_chart_draws_bounds_as_bounds_and_derived_values_hollow(library):
    investment = series_chart(library.series["major-projects-investment"], "Investment")
    assert [m.shape for m in investment.marks] == ["circle", "up", "circle"]
    assert [m.label for m in investment.marks] == ["48", "more than 50", "57"]
    assert investment.y_ticks[0].text == "0" and investment.y_ticks[0].at == investment.bottom  # from zero
    creeks = series_chart(library.series["creeks-cleaned"], "Creeks cleaned")
    assert [m.filled for m in creeks.marks] == [True, False, True]
    assert creeks.marks[1].label == "16 (derived)"


def test_the_chart_puts_briefings_at_their_dates_in_order(library):
    chart = series_chart(library.series["water-bodies-river-chiefs"], "Water bodies")
    xs = [m.x for m in chart.marks]
    assert xs == sorted(xs) and chart.left < xs[0] and xs[-1] < chart.right
    assert [t.text for t in chart.x_ticks] == ["1 September 2021", "1 September 2022", "1 September 2023"]
    assert chart.marks[0].y == chart.marks[1].y > chart.marks[2].y  # 410, 410, then 436 higher up


def test_a_rank_chart_puts_first_place_at_the_top(library):
    chart = series_chart(library.series["new-enterprises-rank"], "Rank for new enterprises")
    ticks = {t.text: t.at for t in chart.y_ticks}
    assert ticks["1st"] < ticks["16th"]  # SVG's y grows downward: 1st at the top
    assert chart.marks[0].y > chart.marks[-1].y  # 5th below 3rd


def test_a_range_is_drawn_as_a_bar_between_its_ends(tmp_path):
    data = build_library(tmp_path, lanxi(2023), [lanxi(2021), lanxi(2022)])
    earlier = data.parent / "releases" / "lanxi-2022-09-01" / "indicators.yaml"
    text = earlier.read_text().replace('    period: "2023"\n', '    period: "2023"\n    series: clinics\n')
    earlier.write_text(text)
    current = data.read_text().replace(
        "    figure: Eight community clinics\n", "    figure: Eight community clinics\n    series: clinics\n"
    )
    data.write_text(current)
    library, problems = check_library(data)
    assert problems == []
    chart = series_chart(library.series["clinics"], "Community clinics")
    band, stated = chart.marks
    assert band.y_to is not None and band.y_to < band.y and stated.y_to is None  # 4 to 6, drawn upward
    svg = series_html(library, library.current.by_id["community-clinics-2023"], href=lambda *_: "#")
    assert 'stroke-width="4"' in svg and "4 to 6" in svg
    assert _change(library, "community-clinics-2023") is None  # a band is not a value to subtract from


def test_the_chart_escapes_what_the_data_holds(library, tmp_path):
    data = build_library(tmp_path, lanxi(2023), [lanxi(2022)])
    data.write_text(
        data.read_text().replace("label: Water bodies looked after by river chiefs", 'label: "<script>x</script>"', 1)
    )
    library, _ = check_library(data)
    html = series_html(library, library.current.by_id["water-bodies-river-chiefs-2023"], href=lambda *_: "#")
    assert "<script>" not in html and "&lt;script&gt;" in html
