"""Every page runs without an exception and shows what a reader expects (Streamlit's AppTest)."""

import pytest

from indicators import load
from tests.app.conftest import html_text, tiles
from tests.conftest import OTHER_RELEASE, REAL_DATA

BRIEFING = load(REAL_DATA)


def no_exception(at):
    assert not at.exception, [e.value for e in at.exception]


def test_overview_shows_release_headlines_pillars_and_a_chart(app):
    at = app()
    no_exception(at)
    assert at.title[0].value == BRIEFING.release.title
    html = html_text(at)
    headlines = [f for f in BRIEFING.figures if f.headline]
    shown = tiles(at, "headline")
    assert list(shown) == [f.id for f in headlines]
    assert shown["family-doctor-signing-rate"].splitlines()[0:2] == ["**86.24%**  ", "Family-doctor signing rate among key groups  "]
    assert shown["family-doctor-signing-rate"].endswith("*Source and citation ›*")
    for pillar in BRIEFING.dataset.pillars:
        assert f"<h3>{pillar.title}</h3>" in html
    assert len(at.get("plotly_chart")) == 1
    assert len(at.get("download_button")) == 4  # snapshot, CSV, JSON, XLSX


@pytest.mark.parametrize("url_path", ["overview", "economy", "figures", "source"])
def test_every_page_offers_copy_link_and_cite(app, url_path):
    at = app(url_path=url_path)
    codes = [c.value for c in at.sidebar.code]
    assert len(codes) == 2
    assert codes[1].splitlines()[1].startswith("Source: Press Release for Media Briefing")


@pytest.mark.parametrize("pillar", [p.id for p in BRIEFING.dataset.pillars])
def test_pillar_page_has_a_tile_per_figure_grouped_by_section(app, pillar):
    at = app(url_path=pillar)
    no_exception(at)
    figures = [f for f in BRIEFING.figures if f.pillar == pillar]
    assert at.title[0].value == BRIEFING.pillars_by_id[pillar].title
    assert sorted(tiles(at, f"tile-{pillar}")) == sorted(f.id for f in figures)
    sections = {f.section for f in figures}
    assert [h.value.split(" · ")[0] for h in at.header if " · " in h.value] == sorted(sections)


def test_pillar_charts_are_the_comparable_groups(app):
    at = app(url_path="economy")
    charts = at.get("plotly_chart")
    assert len(charts) == 4  # investment, percentages, years, rankings (economy members only)


def test_all_figures_table_and_downloads(app):
    at = app(url_path="figures")
    no_exception(at)
    table = at.dataframe[0].value
    assert len(table) == 48 and "sentence" in table.columns
    assert {b.label for b in at.get("download_button")} == {"Offline snapshot (HTML)", "CSV", "JSON", "Excel (XLSX)"}
    at.text_input(key="figures-search").input("river").run()
    assert set(at.dataframe[0].value["id"]) >= {"river-chief-water-bodies", "civil-river-chiefs"}
    assert len(at.dataframe[0].value) < 48


def test_source_page_marks_every_figure(app):
    at = app(url_path="source")
    no_exception(at)
    html = html_text(at)
    assert html.count("<mark>") == 48
    assert "href=\"/source?figure=major-industrial-projects\"" in html


@pytest.mark.parametrize("url_path", ["overview", "economy", "people", "figures", "source"])
def test_permalink_opens_the_drill_down_on_any_page(app, url_path):
    at = app(url_path=url_path, query={"figure": "family-doctor-signing-rate"})
    no_exception(at)
    html = html_text(at)
    assert "<mark>86.24%</mark>" in html
    assert "Family-doctor signing rate among key groups" in html
    codes = [c.value for c in at.code]
    assert any(code.endswith("?figure=family-doctor-signing-rate") for code in codes)
    assert any(code.startswith("Family-doctor signing rate among key groups: 86.24%") for code in codes)


def test_drill_down_lists_the_other_figures_of_its_sentence(app):
    at = app(query={"figure": "major-industrial-projects"})
    sibling = [b for b in at.button if b.key == "sibling-major-industrial-projects-investment"]
    assert sibling and "120 billion yuan" in sibling[0].label
    sibling[0].click().run()
    assert at.query_params["figure"] == "major-industrial-projects-investment"
    assert "<mark>120 billion yuan</mark>" in html_text(at)


def test_tile_button_puts_the_figure_in_the_address(app):
    at = app(url_path="livable-city")
    [button] = [b for b in at.button if b.key == "tile-livable-city-river-chief-water-bodies"]
    button.click().run()
    assert at.query_params["figure"] == "river-chief-water-bodies"
    assert "<mark>953 water bodies</mark>" in html_text(at)


@pytest.mark.parametrize("raw", ["no-such-figure", "<script>alert('x')</script>", "x" * 5000, "../../etc/passwd"])
def test_unknown_or_hostile_ids_show_a_notice_and_the_page(app, raw):
    at = app(query={"figure": raw})
    no_exception(at)
    assert len(at.warning) == 1 and "Showing the page instead" in at.warning[0].value
    assert "<script>" not in at.warning[0].value and "x" * 100 not in at.warning[0].value
    assert at.title[0].value == BRIEFING.release.title  # the page is still there


def test_another_release_with_three_pillars(app):
    at = app(data_file=OTHER_RELEASE)
    no_exception(at)
    html = html_text(at)
    assert all(f"<h3>{title}</h3>" in html for title in ("Growth", "Green city", "Care"))
    at = app(data_file=OTHER_RELEASE, url_path="green", query={"figure": "riverbank-length"})
    no_exception(at)
    assert at.title[0].value == "Green city" and "<mark>14 kilometres</mark>" in html_text(at)


def test_broken_data_gives_a_clear_page_not_a_traceback(app, bad):
    at = app(data_file=bad("syntax-error.yaml"))
    no_exception(at)
    assert at.title[0].value == "The figures cannot be shown"
    assert "syntax-error.yaml" in at.error[0].value
    assert "syntax-error.yaml:18:1" in html_text(at)


def test_missing_data_file_names_it(app, tmp_path):
    at = app(data_file=tmp_path / "gone.yaml")
    no_exception(at)
    assert "gone.yaml" in at.error[0].value and "does not exist" in html_text(at)


def test_briefing_mode_opens_the_requested_slide(app):
    at = app(url_path="briefing", query={"slide": "2"})
    no_exception(at)
    html = html_text(at)
    assert "<h2>Economy and innovation</h2>" in html and 'data-figure="licensing-time-reduction"' in html
    assert "Slide 2 of 13" in html
    assert len(at.get("plotly_chart")) == 1
    at.button(key="slide-next").click().run()
    assert at.query_params["slide"] == "3" and "Slide 3 of 13" in html_text(at)


def test_briefing_mode_refuses_a_bad_slide_number_politely(app):
    at = app(url_path="briefing", query={"slide": "<script>"})
    no_exception(at)
    assert "Showing slide 1" in at.warning[0].value and "Slide 1 of 13" in html_text(at)
