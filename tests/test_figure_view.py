"""A figure as a reader sees it: what every tile, slide, card and download shows."""

import pytest

from indicators.figure_view import view_of


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
    assert view_of(release.by_id[id]).full == full


def test_a_view_splits_the_sentence_around_the_marked_words(release):
    view = view_of(release.by_id["major-industrial-projects-investment"])
    assert view.before + view.words + view.after == view.sentence
    assert view.words == "120 billion yuan" and view.after == "."


def test_caveats_travel_with_the_figure(release):
    assert view_of(release.by_id["electronic-bus-stop-signs"]).caveat.startswith("Derived, not stated: The release")
    assert view_of(release.by_id["fitness-cloud-class-reach"]).caveat.startswith("The release's own words")
    assert view_of(release.by_id["bus-lines"]).caveat == ""
