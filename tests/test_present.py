"""One presentation of a figure: what every tile, slide, card and download shows."""

import pytest

from indicators.present import escape_markdown, headlines, leading, ordinal, present


@pytest.mark.parametrize(
    "id, full",
    [
        ("intelligent-sensing-devices", "26,000 devices"),
        ("family-doctor-signing-rate", "86.24%"),
        ("fitness-cloud-class-reach", "5.8 million people"),
        ("rural-environment-rank", "2nd in the city"),
        ("graphene-crystal-size", "1.5 inches"),
        ("major-projects-investment-since-2016", "more than 80 billion yuan"),
        ("cruise-terminal-global-rank", "top 4 globally"),
        ("cruise-terminal-global-years", "within 5 years"),
        ("steel-platform-share", "half"),
    ],
)
def test_figures_read_as_the_release_states_them(release, id, full):
    assert present(release.by_id[id]).full == full


def test_a_view_splits_the_sentence_around_the_marked_words(release):
    view = present(release.by_id["major-industrial-projects-investment"])
    assert view.before + view.words + view.after == view.sentence
    assert view.words == "120 billion yuan" and view.after == "."


def test_caveats_travel_with_the_figure(release):
    assert present(release.by_id["electronic-bus-stop-signs"]).caveat.startswith("Derived, not stated: The release")
    assert present(release.by_id["fitness-cloud-class-reach"]).caveat.startswith("The release's own words")
    assert present(release.by_id["bus-lines"]).caveat == ""


def test_headlines_are_the_flagged_ones_and_need_no_caveat(release):
    ids = [f.id for f in headlines(release)]
    assert "cruise-terminal-asia-rank" in ids  # the release's own showcase
    assert "fitness-cloud-class-reach" not in ids  # 5.8 million people in a district of 2.2 million
    assert all(not (f.derived or f.qualifier or f.note) for f in headlines(release))


def test_without_flags_headlines_are_the_first_figures_that_need_no_caveat(other_release):
    ids = [f.id for f in headlines(other_release)]
    assert ids == ["new-projects", "project-value", "export-growth", "firms-founded", "new-firms-rank", "new-parks"]


def test_leading_puts_headlines_then_plain_figures_first(release):
    economy = release.figures_in("economy")
    assert [f.id for f in leading(economy, 4)] == [
        "major-industrial-projects",
        "major-industrial-projects-investment",
        "cruise-terminal-asia-rank",
        "new-enterprises-per-day",
    ]
    governance = release.figures_in("governance")  # no headline: plain figures before qualified and derived ones
    assert [f.id for f in leading(governance, 2)] == ["intelligent-sensing-devices", "elderly-care-people-served"]


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


def test_markdown_escaping_keeps_text_literal():
    assert escape_markdown("$x$ *a* _b_ <i> :smile:") == r"\$x\$ \*a\* \_b\_ \<i\> \:smile\:"
