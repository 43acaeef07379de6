"""How numbers and dates are written."""

from indicators.reading.periods import date_text
from indicators.view.formatting import ordinal


def test_ordinals():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "101st",
    ]


def test_dates_read_as_a_reader_writes_them():
    assert date_text("2020-08-13") == "13 August 2020"
