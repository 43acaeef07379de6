"""What a unit measures, read from its words: the validator holds a figure's unit to what its words measure."""

import pytest

from indicators.reading.units import Dimension, dimension_of


@pytest.mark.parametrize(
    "text, expected",
    [
        ("working days", Dimension.TIME),
        ("45 working days", Dimension.TIME),
        ("kilometres", Dimension.LENGTH),
        ("6-kilometer-long riverside shoreline", Dimension.LENGTH),
        ("square kilometres", Dimension.AREA),
        ("billion yuan", Dimension.MONEY),
        ("US$ 2.5 million", Dimension.MONEY),
        ("%", Dimension.SHARE),
        ("86.24% of key groups", Dimension.SHARE),
        ("projects", None),
        ("10 times", None),
        ("12,500个", None),
    ],
)
def test_a_unit_names_its_dimension(text, expected):
    assert dimension_of(text) == expected


def test_a_unit_that_measures_something_else_than_the_words_is_refused():
    from types import SimpleNamespace

    from indicators.checks.display_rules import unit_problems

    def figure(unit, words="no more than 45 working days"):
        quote = f"Approving a project takes {words}."
        return SimpleNamespace(quote=quote, words=words, unit=unit, derived=False)

    assert [f for f, _ in unit_problems(figure("kilometres"))] == ["unit"]
    assert unit_problems(figure("working days")) == [] and unit_problems(figure("days")) == []
    assert unit_problems(figure("editions", "10 times")) == []  # words that name no dimension leave it to the curator
