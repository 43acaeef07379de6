"""A figure as a reader sees it: what every tile, slide, card and download shows."""

import pytest

from components.markdown import tile_markdown
from indicators.outputs.cards import card_plot
from indicators.outputs.plots import plot_chart
from indicators.outputs.render import render
from indicators.outputs.site import Site, embed_page_html, figure_page_html, snapshot_html
from indicators.outputs.slides import Slide, figure_slide, slide_html
from indicators.outputs.tables import figures_frame
from indicators.view.charts import pillar_charts
from indicators.view.citations import figure_citation
from indicators.view.figure_view import DERIVED_MARK, view_of
from indicators.view.urls import ShareSite, figure_link


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


def test_a_derived_figure_carries_its_mark_wherever_it_is_shown(release):
    figure = release.by_id["elderly-care-coverage"]  # "full coverage", recorded as 100%
    view = view_of(figure)
    site = Site(release, ShareSite("https://example.org/b"))
    card = card_plot(release, figure)
    places = {
        "pillar card": render("pillar_card.html", pillar=release.pillars_by_id[figure.pillar], count=1, views=[view]),
        "figure list": render("figure_list.html", views=[view], href=figure_link),
        "pillar slide": slide_html(release, Slide("pillar", "A pillar", None, [figure])),
        "figure slide": slide_html(release, figure_slide(release, figure)),
        "share page": figure_page_html(site, figure),
        "embed": embed_page_html(site, figure),
        "snapshot": snapshot_html(site),
        "citation": figure_citation(release, figure, "link"),
        "tile": tile_markdown(view),
        "card": " ".join(a.text for a in card.layout.annotations),
    }
    for place, text in places.items():
        assert DERIVED_MARK in text, place
    assert figures_frame(release).set_index("id").loc[figure.id, "derived"]
    parks = next(v for v in pillar_charts(release) if v.id == "characteristic-industrial-parks")
    assert any(DERIVED_MARK in str(row) for row in plot_chart(parks).data[-1].customdata)
