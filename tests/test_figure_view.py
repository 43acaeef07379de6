"""A figure as a reader sees it: the words every tile, slide, card, page head and download shows."""

import pytest

from indicators.view.figure_view import figure_words


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
def test_figures_read_as_the_release_states_them(briefing, release, id, full):
    assert briefing.by_id[id].full == full
    assert figure_words(release.by_id[id]).full == full  # a series lists other briefings' values by the same words


def test_a_view_splits_the_sentence_around_the_marked_words(briefing):
    view = briefing.by_id["major-industrial-projects-investment"]
    assert view.before + view.words + view.after == view.sentence
    assert view.words == "120 billion yuan" and view.after == "."


def test_caveats_travel_with_the_figure(briefing):
    assert briefing.by_id["electronic-bus-stop-signs"].caveat.startswith("Derived, not stated: The release")
    assert briefing.by_id["fitness-cloud-class-reach"].caveat.startswith("The release")
    assert briefing.by_id["bus-lines"].caveat == ""


def test_the_title_every_head_reads_carries_the_mark_and_the_bound(briefing):
    derived = briefing.by_id["electronic-bus-stop-signs"]
    assert derived.title == f"100% (derived): {derived.label}"
    assert briefing.by_id["major-projects-investment-since-2016"].title.startswith("more than 80 billion yuan: ")
    assert (
        briefing.by_id["major-industrial-projects"].title
        == "78 projects: Major industrial projects launched so far in 2020"
    )


def test_a_citation_carries_the_mark_the_source_the_sentence_and_the_link(briefing):
    view = briefing.by_id["elderly-care-coverage"]
    lines = view.cite("https://example.org/x").splitlines()
    assert lines[0] == f"{view.label}: 100% (derived)"
    assert lines[1].startswith("Source: Press Release for Media Briefing") and lines[1].endswith("6526.shtml")
    assert lines[2] == f"“{view.sentence}”" and lines[-1] == "https://example.org/x"
