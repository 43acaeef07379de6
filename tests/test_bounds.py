"""Bounds by meaning: which way a number points (at most, at least, about, exactly), negation composed; and the
direction of a change. Every sentence here is our own; the property tests say a qualifier of the opposite
direction is always refused, whatever words say it."""

from types import SimpleNamespace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indicators.checks.display_rules import bound_problems, change_problems
from indicators.reading.bounds import (
    AFTER,
    COMPARATIVES,
    FIXED,
    Change,
    Direction,
    bound_after,
    bound_before,
    change_amount,
    change_of,
    direction_of,
    label_changes,
    qualifier_direction,
    shown_as,
)

AT_MOST, AT_LEAST, ABOUT, EXACTLY = Direction.AT_MOST, Direction.AT_LEAST, Direction.ABOUT, Direction.EXACTLY


def direction(text: str, number: str) -> Direction:
    start = text.index(number)
    return direction_of(text, start, start + len(number))


@pytest.mark.parametrize(
    "text, number, expected",
    [
        # comparatives, and their negations: the opposite direction
        ("Registering a company now takes more than two working days.", "two", AT_LEAST),
        ("Registering a company now takes no more than two working days.", "two", AT_MOST),
        ("Registering a company takes not more than two working days.", "two", AT_MOST),
        ("The share stays not exceeding 60% of the budget.", "60", AT_MOST),
        ("Spending on it never exceeded 5 million yuan.", "5", AT_MOST),
        ("The budget does not exceed 5 million yuan.", "5", AT_MOST),
        ("The budget didn't exceed RMB 5 million.", "5", AT_MOST),
        ("Exports exceeded US$80 billion.", "80", AT_LEAST),
        ("Investment is expected to exceed 100 billion yuan.", "100", AT_LEAST),
        ("The park covers over 40 hectares.", "40", AT_LEAST),
        ("The park covers above 40 hectares.", "40", AT_LEAST),
        ("The district welcomed upwards of 500 delegates.", "500", AT_LEAST),
        ("Turnover was in excess of 3 billion yuan.", "3", AT_LEAST),
        ("Fewer than 20 plots remain.", "20", AT_MOST),
        ("No fewer than 20 plots remain.", "20", AT_LEAST),
        ("Less than 5% of rivers are polluted.", "5", AT_MOST),
        ("Not less than 98% of households have fibre.", "98", AT_LEAST),
        ("Rents stay under 30 yuan a square metre.", "30", AT_MOST),
        ("Rents are not under 30 yuan a square metre.", "30", AT_LEAST),
        ("The queue is below 10 minutes.", "10", AT_MOST),
        ("No village is more than 30 minutes from a bus stop.", "30", AT_MOST),
        ("None of the wards is more than 2 kilometres from a park.", "2", AT_MOST),
        ("The line will be longer than 12 kilometres.", "12", AT_LEAST),
        # fixed bounds
        ("At least 300 firms signed up.", "300", AT_LEAST),
        ("A minimum of 300 firms signed up.", "300", AT_LEAST),
        ("At most 300 firms signed up.", "300", AT_MOST),
        ("Up to 300 firms may sign up.", "300", AT_MOST),
        ("As many as 60,000 visitors came.", "60,000", AT_MOST),
        ("Approvals come within five working days.", "five", AT_MOST),
        ("About 3,000 firms moved in.", "3,000", ABOUT),
        ("Nearly 3,000 firms moved in.", "3,000", ABOUT),
        ("Some 3,000 firms moved in.", "3,000", ABOUT),
        ("Roughly 3,000 firms moved in.", "3,000", ABOUT),
        ("Close to 3,000 firms moved in.", "3,000", ABOUT),
        # after the number
        ("Villages of 500 people or more have a clinic.", "500", AT_LEAST),
        ("A trip takes 30 minutes or less.", "30", AT_MOST),
        # no bound: a preposition that bounds nothing, a negation of something else
        ("Over the past year, 80 projects started.", "80", EXACTLY),
        ("The district opened 78 industrial projects.", "78", EXACTLY),
        ("Not only 50 towns but 60 villages joined.", "50", EXACTLY),
        ("Not only more than 50 towns joined.", "50", AT_LEAST),
    ],
)
def test_a_bound_is_read_by_meaning_with_negation_composed(text, number, expected):
    assert direction(text, number) == expected


def test_a_bound_applies_across_a_currency_sign_a_code_or_an_article():
    for text in ("exceeding US$80 billion", "exceeding US$ 80 billion", "more than RMB 80 billion", "over $80 billion"):
        assert direction(text, "80") == AT_LEAST, text
    assert direction("no more than a third of the land", "a third") == AT_MOST


@pytest.mark.parametrize(
    "qualifier, expected",
    [
        ("more than", AT_LEAST),
        ("no more than", AT_MOST),
        ("not exceeding", AT_MOST),
        ("expected to exceed", AT_LEAST),
        ("at least", AT_LEAST),
        ("within", AT_MOST),
        ("up to", AT_MOST),
        ("nearly", ABOUT),
        ("some", ABOUT),
        ("or more", AT_LEAST),
        ("top", None),  # a band, not a bound
        (None, None),
        ("", None),
    ],
)
def test_a_qualifier_states_a_direction(qualifier, expected):
    assert qualifier_direction(qualifier) == expected


def test_the_qualifier_shown_is_the_release_phrase_or_the_direction_in_words():
    def shown(text, number):
        return shown_as(bound_before(text, text.index(number)))

    assert shown("takes no more than 2 days", "2") == "no more than"
    assert shown("has exceeded 80 billion yuan", "80") == "more than"
    assert shown("does not exceed 5 million", "5") == "no more than"
    assert shown("No village is more than 30 minutes", "30") == "at most"
    assert shown("as many as 60,000 visitors", "60,000") == "as many as"
    assert bound_after("500 people or more", 3).words == "or more"


def _figure(quote: str, words: str, qualifier: str | None = None, label: str = "A figure", measure=None):
    return SimpleNamespace(
        quote=quote, words=words, qualifier=qualifier, label=label, scope=None, period=None, measure=measure
    )


def test_the_validator_refuses_a_limit_published_as_a_floor():
    quote = "Registering a company now takes no more than two working days."
    refused = bound_problems(_figure(quote, "no more than two working days", "more than", "Working days to register"))
    assert [field for field, _ in refused] == ["qualifier"]
    assert "at most" in refused[0][1] and "'no more than'" in refused[0][1]
    assert bound_problems(_figure(quote, "no more than two working days", "no more than")) == []
    assert bound_problems(_figure(quote, "no more than two working days", "at most")) == []
    # the bound left out of the words, or the label saying the opposite
    assert [f for f, _ in bound_problems(_figure(quote, "two working days", "no more than"))] == ["figure"]
    opposite = bound_problems(_figure(quote, "no more than two working days", None, "More than 2 working days"))
    assert opposite and "label" in opposite[0][0]


def test_an_exact_number_takes_no_bound():
    refused = bound_problems(_figure("The district opened 78 projects.", "78 projects", "more than"))
    assert [field for field, _ in refused] == ["qualifier"] and "exactly" in refused[0][1]


# Every way of saying each direction, with the number after it
PHRASES = {
    AT_LEAST: [*COMPARATIVES[AT_LEAST], *FIXED[AT_LEAST], *(f"no {p}" for p in ("less than", "fewer than"))],
    AT_MOST: [
        *COMPARATIVES[AT_MOST],
        *FIXED[AT_MOST],
        "no more than",
        "not exceeding",
        "does not exceed",
        "never over",
    ],
}
PHRASES = {d: [p for p in phrases if p not in ("within",) or d == AT_MOST] for d, phrases in PHRASES.items()}


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from([AT_LEAST, AT_MOST]),
    st.data(),
    st.integers(min_value=2, max_value=999_999),
    st.sampled_from(["projects", "working days", "billion yuan", "%", "kilometres"]),
)
def test_a_qualifier_of_the_opposite_direction_is_always_refused(stated, data, number, unit):
    words_bound = data.draw(st.sampled_from(PHRASES[stated]), label="words")
    qualifier = data.draw(st.sampled_from(PHRASES[stated.opposite]), label="qualifier")
    amount = f"{number:,}{unit}" if unit == "%" else f"{number:,} {unit}"
    words = f"{words_bound} {amount}"
    quote = f"The district reported {words} this spring."
    assert direction(quote, f"{number:,}") == stated
    problems = bound_problems(_figure(quote, words, qualifier))
    assert any(field == "qualifier" for field, _ in problems), (words, qualifier, problems)
    same = data.draw(st.sampled_from(PHRASES[stated]), label="same")
    assert not [p for p in bound_problems(_figure(quote, words, same)) if p[0] == "qualifier"], (words, same)


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted({*AFTER[AT_LEAST], *AFTER[AT_MOST]})), st.integers(min_value=2, max_value=9999))
def test_a_bound_after_the_number_is_read_too(after, number):
    text = f"Villages of {number} people {after} have a clinic."
    expected = AT_LEAST if after in AFTER[AT_LEAST] else AT_MOST
    assert direction(text, str(number)) == expected


@pytest.mark.parametrize(
    "sentence, words, expected",
    [
        ("Traffic accidents dropped by 15% on the year.", "15%", Change.DOWN),
        ("PM2.5 concentration decreased by 8 micrograms per cubic meter.", "8 micrograms per cubic meter", Change.DOWN),
        ("The number of licensing documents required has been cut by 40 percent.", "40 percent", Change.DOWN),
        ("Costs showed a decrease of 3.1% in the year.", "a decrease of 3.1%", Change.DOWN),
        ("Exports were down 2.5 percent.", "2.5 percent", Change.DOWN),
        ("GDP grew 6.5%, while exports fell 3%.", "6.5%", Change.UP),
        ("GDP grew 6.5%, while exports fell 3%.", "3%", Change.DOWN),
        ("Retail sales rose by 12% year on year.", "12%", Change.UP),
        ("Exports were up 3% on the year.", "3%", Change.UP),
        ("Prices were 15% lower than a year before.", "15%", Change.DOWN),
        ("The district set up 5 service centres.", "5 service centres", None),
        ("The district opened 78 industrial projects.", "78 industrial projects", None),
        ("Accidents did not fall by 10%.", "10%", None),
    ],
)
def test_the_direction_of_a_change_is_read_from_the_sentence(sentence, words, expected):
    start = sentence.index(words)
    assert change_of(sentence, start, start + len(words)) == expected


@pytest.mark.parametrize(
    "label, expected",
    [
        ("Growth in the number of licensing documents required", {Change.UP}),
        ("Rise in traffic accidents", {Change.UP}),
        ("Increase in PM2.5 concentration", {Change.UP}),
        ("Reduction in licensing documents required", {Change.DOWN}),
        ("Fall in traffic accidents", {Change.DOWN}),
        ("Licensing documents required", set()),
        ("Set-up costs of a start-up", set()),
        ("Working days, up to", set()),
    ],
)
def test_a_label_names_a_change_or_none(label, expected):
    assert label_changes(label) == expected


@pytest.mark.parametrize(
    "sentence, words, label",
    [
        (
            "The number of licensing documents required has been cut by 40 percent.",
            "40 percent",
            "Growth in number of licensing documents required",
        ),
        ("Traffic accidents dropped by 15%.", "15%", "Rise in traffic accidents"),
        (
            "PM2.5 decreased by 8 micrograms per cubic meter.",
            "8 micrograms per cubic meter",
            "Increase in PM2.5 concentration",
        ),
        ("Retail sales rose by 12%.", "12%", "Decline in retail sales"),
    ],
)
def test_a_label_naming_the_opposite_change_is_refused(sentence, words, label):
    refused = change_problems(_figure(sentence, words, label=label))
    assert [field for field, _ in refused] == ["label"]
    named = label.split()[0]
    fixed = label.replace(named, {"Growth": "Cut", "Rise": "Drop", "Increase": "Decrease", "Decline": "Growth"}[named])
    assert change_problems(_figure(sentence, words, label=fixed)) == []
    assert change_problems(_figure(sentence, words, label=label.split(" in ", 1)[1].capitalize())) == []


@pytest.mark.parametrize(
    "text, number, expected",
    [
        # every comparative turned around by every negation (issue 27)
        ("Class sizes are not over 40 pupils.", "40", AT_MOST),
        ("Its share never went above 2% of output.", "2", AT_MOST),
        ("Coverage was never below 95% in any month.", "95", AT_LEAST),
        ("No school is under 300 pupils.", "300", AT_LEAST),
        ("A trip is not beyond 5 kilometres.", "5", AT_MOST),
        ("The share of idle land is not exceeding 3%.", "3", AT_MOST),
        ("Emissions did not exceed 35 micrograms.", "35", AT_MOST),
        ("Coal will be kept not exceeding 55 percent by 2032.", "55", AT_MOST),
        ("No fewer than 1,000 units will be for young workers.", "1,000", AT_LEAST),
        ("Not more than 3 working days are needed.", "3", AT_MOST),
        ("Visitors topped 400,000.", "400,000", AT_LEAST),
        ("Visitors never topped 400,000.", "400,000", AT_MOST),
    ],
)
def test_a_negation_turns_every_comparative_around(text, number, expected):
    assert direction(text, number) == expected


@pytest.mark.parametrize(
    "text, number, expected",
    [
        ("Contracted investment exceeding US$1.8 billion came in.", "1.8", AT_LEAST),
        ("Bonds issued are exceeding US$ 800 million.", "800", AT_LEAST),
        ("It drew more than RMB 5 billion.", "5", AT_LEAST),
        ("Trade was over CNY 300 million.", "300", AT_LEAST),
        ("Up to HK$ 2 million is granted.", "2", AT_MOST),
        ("Output was over 1.2 trillion yuan.", "1.2", AT_LEAST),
        ("Output was not above ¥ 3 billion.", "3", AT_MOST),
    ],
)
def test_a_bound_applies_across_any_currency_sign_or_code(text, number, expected):
    assert direction(text, number) == expected


@pytest.mark.parametrize(
    "sentence, number, change, words",
    [
        ("Industrial value added fell 1.8 percent.", "1.8 percent", Change.DOWN, "fell 1.8 percent"),
        (
            "Trade was 96 billion yuan, a decrease of 3.1% from a year before.",
            "3.1%",
            Change.DOWN,
            "a decrease of 3.1%",
        ),
        ("Exports were down 2.8 percent.", "2.8 percent", Change.DOWN, "down 2.8 percent"),
        ("The price was minus 2.4 percent on the year.", "2.4 percent", Change.DOWN, "minus 2.4 percent"),
        (
            "Steel registered negative growth of 6.5 percent.",
            "6.5 percent",
            Change.DOWN,
            "negative growth of 6.5 percent",
        ),
        ("Investment was 6.5 percent less than the year before.", "6.5 percent", Change.DOWN, "6.5 percent less"),
        ("Trade was 0.9 percent lower than in 2029.", "0.9 percent", Change.DOWN, "0.9 percent lower"),
        ("It led to a 70 percent reduction in time.", "70 percent", Change.DOWN, "70 percent reduction"),
        ("It will cut its water use by 4 percent.", "4 percent", Change.DOWN, "cut its water use by 4 percent"),
        (
            "Revenue came to 51 billion yuan, a 12.8% year-on-year increase.",
            "12.8%",
            Change.UP,
            "12.8% year-on-year increase",
        ),
        ("The index stood at 52.6, a 1.7 increase.", "1.7", Change.UP, "1.7 increase"),
        (
            "The share was 0.8 percentage points higher than a year earlier.",
            "0.8",
            Change.UP,
            "0.8 percentage points higher",
        ),
        ("Income rose 8.1 percent to 14,300 yuan.", "8.1 percent", Change.UP, "rose 8.1 percent"),
        ("Rents rose by less than 2 percent.", "2 percent", Change.UP, "rose by less than 2 percent"),
    ],
)
def test_the_amount_of_a_change_is_read_with_its_direction_and_words(sentence, number, change, words):
    start = sentence.index(number)
    amount = change_amount(sentence, start, start + len(number))
    assert amount is not None and amount.change == change
    assert sentence[amount.start : amount.end] == words


@pytest.mark.parametrize(
    "sentence, number",
    [
        ("Income rose 8.1 percent to 14,300 yuan.", "14,300 yuan"),  # the level it rose to
        ("Waiting times fell below 20 minutes.", "20 minutes"),  # a level, bounded
        ("Tap water reaches 98.6% of households, up from 91.2%.", "91.2%"),  # the earlier level
        ("Capacity doubled to 40,000 tonnes.", "40,000 tonnes"),
        ("The district cut 12 approval steps.", "12"),  # a count of what was cut
        ("Accidents did not fall by 10%.", "10%"),  # no change stated
        ("Less than 8 percent of cargo waits.", "8 percent"),  # a bound, not a change
        ("Villages of 500 people or more have a clinic.", "500"),
    ],
)
def test_a_level_a_count_or_a_negated_change_is_no_amount_of_change(sentence, number):
    start = sentence.index(number)
    assert change_amount(sentence, start, start + len(number)) is None


def test_a_difference_after_the_number_is_a_change():
    text = "Fixed-asset investment was 6.5 percent less than the previous year."
    start = text.index("6.5")
    assert change_of(text, start, start + len("6.5 percent")) == Change.DOWN
    assert change_of("6.5 percent less", 0, len("6.5 percent less")) == Change.DOWN
    assert change_of("Villages of 500 people or more", 12, 15) is None
