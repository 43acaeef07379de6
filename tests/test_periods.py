"""Words that change what a number means: bounds, and times relative to the briefing's date."""

import pytest

from indicators.reading.periods import resolve_relative_years, says_year_so_far


@pytest.mark.parametrize(
    "text, resolved",
    [
        ("Projects launched this year", "Projects launched so far in 2020"),
        ("Firms founded last year", "Firms founded in 2019"),
        ("Parks to open next year", "Parks to open in 2021"),
    ],
)
def test_a_relative_year_is_resolved_against_the_briefing_never_widened(text, resolved):
    assert resolve_relative_years(text, "2020-08-13") == resolved


@pytest.mark.parametrize(
    "label, ok",
    [
        ("Projects launched so far in 2020", True),
        ("Projects launched in 2020, to 13 August", True),
        ("Projects launched in 2020 to date", True),
        ("Projects launched in 2020", False),
        ("Projects launched in 2020, to 14 August", False),
    ],
)
def test_the_year_so_far_is_said_in_a_label(label, ok):
    assert says_year_so_far(label, "2020-08-13") is ok
