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


@given(st.integers(min_value=1, max_value=999), st.sampled_from(["thousand", "million", "billion", "trillion"]))
def test_scale_words_multiply_and_both_conventions_agree(number, scale):
    factor = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}[scale]
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


# Signed numbers and signed changes (issue 27): the sign is the direction --------------------------------------


@pytest.mark.parametrize(
    "phrase, written, negative",
    [
        ("-6.5%", -6.5, True),
        ("profits were -4.2% on the year", -4.2, True),
        ("(−3.2 percent)", -3.2, True),
        ("20-25% of demand", 20, False),  # a range's hyphen is no minus sign
        ("6-kilometer-long shoreline", 6, False),
        ("+5.1%", 5.1, False),
    ],
)
def test_a_minus_sign_is_read_with_the_number(phrase, written, negative):
    reading = read_numbers(phrase)[0]
    assert (reading.written, reading.negative) == (written, negative)


@pytest.mark.parametrize(
    "phrase, value",
    [("grew 3.5-fold", 3.5), ("a 2.1-fold rise", 2.1), ("grew threefold", 3), ("a 10 fold rise", 10)],
)
def test_a_multiple_keeps_its_decimals(phrase, value):
    [reading] = read_numbers(phrase)
    assert (reading.kind, reading.written) == ("multiple", value)


@pytest.mark.parametrize(
    "value, figure",
    [
        (-6.5, "-6.5%"),
        (-3.1, "a decrease of 3.1%"),
        (-4.6, "dropped 4.6 percent"),
        (-1.3, "down 1.3 percent"),
        (-2.4, "minus 2.4 percent"),
        (-6.5, "negative growth of 6.5 percent"),
        (-6.5, "6.5 percent less"),
        (-0.9, "0.9 percent lower"),
        (-70, "70 percent reduction"),
        (3.1, "a decrease of 3.1%"),  # a fall may still be recorded by its size, the label naming the fall
    ],
)
def test_a_negative_value_is_accepted_when_the_words_carry_a_minus_sign_or_a_change_down(value, figure):
    assert check_value(value, "%", figure).ok


@pytest.mark.parametrize(
    "value, figure, complaint",
    [
        (-3.1, "3.1%", "carry no minus sign and no change down"),
        (-12.8, "rose 12.8 percent", "carry no minus sign and no change down"),
        (-40, "40 new parks", "carry no minus sign and no change down"),
        (-10, "did not fall by 10%", "carry no minus sign and no change down"),
        (6.5, "-6.5%", "which state -6.5"),  # the sign the words carry cannot be lost
        (-3.2, "a decrease of 3.1%", "does not agree"),
    ],
)
def test_a_negative_value_is_refused_otherwise(value, figure, complaint):
    agreement = check_value(value, "%", figure)
    assert not agreement.ok and complaint in agreement.problem


def test_a_trillion_scales_either_way():
    assert check_value(2.4, "trillion yuan", "2.4 trillion yuan").ok
    assert check_value(2.4e12, "yuan", "2.4 trillion yuan").ok
    assert not check_value(2.4, "yuan", "2.4 trillion yuan").ok
    assert not check_value(2.4e9, "yuan", "2.4 trillion yuan").ok
