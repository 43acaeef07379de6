import pytest
from hypothesis import given
from hypothesis import strategies as st

from indicators.reading.numbers import ORDINALS, TENS, UNITS, check_value, read_numbers


@pytest.mark.parametrize(
    "phrase, written, full",
    [
        ("78 major industrial projects", 78, 78),
        ("120 billion yuan", 120, 120e9),
        ("26,000 intelligent sensing devices", 26000, 26000),
        ("more than 110,000 people", 110000, 110000),
        ("5.8 million people", 5.8, 5.8e6),
        ("86.24%", 86.24, 86.24),
        ("70 percent reduction", 70, 70),
        ("Six characteristic night markets", 6, 6),
        ("Ten schools", 10, 10),
        ("ranked second in the city", 2, 2),
        ("ranking first in the city", 1, 1),
        ("global top four", 4, 4),
        ("the top passenger port in Asia", 1, 1),
        ("for consecutively three years", 3, 3),
        ("half of total transaction volume", 0.5, 0.5),
        ("6-kilometer-long riverside shoreline", 6, 6),
        ("twenty-five stations", 25, 25),
        ("the 32nd award", 32, 32),
        ("Discovery’s ‘dual headquarters’", 2, 2),
        ("a dozen new parks", 12, 12),
        ("the economic ‘trioka’", 3, 3),
        ("a record in a century", 100, 100),
        ("a ‘centenary opening-up’", 100, 100),
    ],
)
def test_reads_the_number_the_words_state(phrase, written, full):
    [reading] = read_numbers(phrase)
    assert reading.written == pytest.approx(written)
    assert reading.full == pytest.approx(full)


def test_reads_every_number_in_a_phrase_in_order():
    readings = read_numbers("three vertical and four horizontal traffic paths, 13 roads")
    assert [r.written for r in readings] == [3, 4, 13]


def test_names_with_numbers_glued_on_are_not_read():
    assert read_numbers("Stainless Steel Group No.20") == []
    assert read_numbers("the N0.2 High School") == []


@pytest.mark.parametrize(
    "value, unit, figure",
    [
        (120, "billion yuan", "120 billion yuan"),
        (120e9, "yuan", "120 billion yuan"),
        (5.8, "million people", "5.8 million people"),
        (5_800_000, "people", "5.8 million people"),
        (50, "%", "half of total transaction volume"),
        (86.24, "%", "86.24%"),
        (4, "rank", "global top four"),
    ],
)
def test_either_scale_convention_agrees(value, unit, figure):
    assert check_value(value, unit, figure).ok


@pytest.mark.parametrize(
    "value, unit, figure, complaint",
    [
        (79, "projects", "78 major industrial projects", "does not agree"),
        (120, "yuan", "120 billion yuan", "without its scale word 'billion'"),
        (120e9, "billion yuan", "120 billion yuan", "must not repeat 'billion'"),
        (86.24, "people", "86.24%", 'unit must be "%"'),
        (0.5, "%", "half of total transaction volume", "as a percentage is 50"),
        (78, "projects", "78 projects worth 120 billion yuan", "several numbers"),
        (1, "parks", "the parks it names", "state no number"),
        (8.624, "%", "86.24%", "does not agree"),
        (100, "billion yuan", "hundreds of billions of yuan", "an order of magnitude, not a number"),
        (24, "parks", "dozens of parks", "an order of magnitude, not a number"),
    ],
)
def test_disagreements_say_what_is_wrong(value, unit, figure, complaint):
    agreement = check_value(value, unit, figure)
    assert not agreement.ok
    assert complaint in agreement.problem


@given(st.integers(min_value=0, max_value=10**12))
def test_any_integer_written_with_separators_reads_back(number):
    [reading] = read_numbers(f"about {number:,} things")
    assert reading.written == number


@given(st.integers(min_value=0, max_value=10**6), st.integers(min_value=1, max_value=99))
def test_any_decimal_reads_back_with_its_decimals(whole, hundredths):
    text = f"{whole}.{hundredths:02d}"
    [reading] = read_numbers(f"{text}%")
    assert reading.written == pytest.approx(float(text))
    assert reading.decimals == 2
    assert reading.percent


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million", "billion"]))
def test_scale_words_multiply_and_both_conventions_agree(number, scale):
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9}[scale]
    figure = f"{number} {scale} yuan"
    assert check_value(number, f"{scale} yuan", figure).ok
    assert check_value(number * factor, "yuan", figure).ok
    assert not check_value(number, "yuan", figure).ok


_WORDS = {**UNITS, **TENS}
_COMPOUNDS = {f"{t}-{u}": TENS[t] + UNITS[u] for t in TENS for u in list(UNITS)[1:10]}


@given(st.sampled_from(sorted({**_WORDS, **_COMPOUNDS}.items())), st.booleans())
def test_number_words_read_as_their_value(item, capitalised):
    word, value = item
    word = word.capitalize() if capitalised else word
    [reading] = read_numbers(f"{word} new schools")
    assert reading.written == value
    assert check_value(value, "schools", f"{word} new schools").ok


@given(st.sampled_from(sorted(ORDINALS.items())))
def test_ordinals_read_as_ranks(item):
    word, value = item
    assert check_value(value, "rank", f"ranked {word} in the city").ok
    assert not check_value(value + 1, "rank", f"ranked {word} in the city").ok
