"""Every address the app writes: relative, so it keeps the base path; permalinks; the share site's."""

import pytest

from indicators.view.urls import RESERVED, Routes, ShareSite, figure_link, page_url, permalink


def test_links_inside_the_app_are_relative_so_a_base_path_survives():
    assert figure_link("bus-lines") == "?figure=bus-lines"
    assert figure_link("bus-lines", "livable-city") == "livable-city?figure=bus-lines"
    assert figure_link("bus-lines", "") == "./?figure=bus-lines"
    for link in (figure_link("x"), figure_link("x", "economy"), figure_link("x", "briefing")):
        assert not link.startswith(("/", "http"))


def test_permalinks_drop_the_old_query():
    assert page_url("http://host:8501/dash/economy?figure=old&x=1") == "http://host:8501/dash/economy"
    assert page_url("http://host:8501") == "http://host:8501/"
    assert page_url(None, "economy") == "/economy"
    assert permalink("http://host/economy", "bus-lines") == "http://host/economy?figure=bus-lines"


def test_pillar_slugs_never_shadow_a_fixed_page_or_streamlit(other_release):
    assert {p: r.slug for p, r in Routes.of(other_release).pillars.items()} == {
        "growth": "growth",
        "green": "green",
        "care": "care",
    }
    pillars = other_release.dataset.pillars
    for taken in ("figures", "source", "briefing", "corrections", "media", "_stcore"):
        if not taken.startswith("_"):
            clash = other_release.dataset.model_copy(update={"pillars": [pillars[0].model_copy(update={"id": taken})]})
            routes = Routes.of(type(other_release)(other_release.path, clash, other_release.source, []))
            assert routes.pillars[taken].slug == f"pillar-{taken}"
        assert taken in RESERVED


def test_page_titles_for_citations_are_plain_text(release):
    routes = Routes.of(release)
    assert routes.title_of("economy") == "Economy and innovation"
    assert routes.title_of("figures") == "All figures"
    assert routes.title_of("corrections") == "Corrections"
    assert routes.title_of("") == "Overview"


@pytest.mark.parametrize("base", ["https://figures.example.org/baoshan", "https://figures.example.org/baoshan/"])
def test_share_site_addresses(base):
    site = ShareSite(base)
    assert site.figure_page("bus-lines") == "https://figures.example.org/baoshan/figures/bus-lines/"
    assert site.embed_page("bus-lines") == "https://figures.example.org/baoshan/embed/bus-lines/"
    assert site.card("bus-lines") == "https://figures.example.org/baoshan/cards/bus-lines.png"
