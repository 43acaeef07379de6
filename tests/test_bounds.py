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
