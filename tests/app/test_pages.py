"""Every page runs without an exception and shows what a reader expects (Streamlit's AppTest)."""

import pytest

from indicators.checks.lead import headlines
from tests.app.conftest import copied, html_text, tiles
from tests.conftest import OTHER_RELEASE

PILLARS = ["economy", "livable-city", "governance", "people"]
ADDRESS = "http://en.shio.gov.cn/government-news/municipal/6526.shtml"


def no_exception(at):
    assert not at.exception, [e.value for e in at.exception]


def test_overview_says_whose_figures_and_leads_with_the_headlines(app, release):
    at = app()
    no_exception(at)
    assert at.title[0].value == "Baoshan District, in figures"
    assert "From the media briefing of 13 August 2020" in html_text(at)
    shown = tiles(at, "headline")
    assert list(shown) == [f.id for f in headlines(release)]
    assert shown["family-doctor-signing-rate"].splitlines()[0:2] == [
        "**86.24%**  ",
        "Family-doctor signing rate among key groups  ",
    ]
    assert shown["family-doctor-signing-rate"].endswith("*Source and citation ›*")
    html = html_text(at)
    for pillar in release.pillars:
        assert f"<h3>{pillar.title}</h3>" in html
    assert not at.get("plotly_chart")  # a count of figures per section says nothing about the district
    assert len(at.get("download_button")) == 4  # snapshot, CSV, JSON, XLSX


@pytest.mark.parametrize("url_path", ["overview", "economy", "figures", "source", "corrections"])
def test_every_page_offers_copy_link_and_cite(app, url_path):
    at = app(url_path=url_path)
    codes = copied(at.sidebar)
    assert len(codes) == 2
    assert codes[1].splitlines()[1].startswith("Source: Press Release for Media Briefing")
    assert codes[1].splitlines()[1].endswith(ADDRESS)


@pytest.mark.parametrize("pillar", PILLARS)
def test_pillar_page_has_a_tile_per_figure_grouped_by_section(app, release, pillar):
    at = app(url_path=pillar)
    no_exception(at)
    figures = release.figures_in(pillar)
    assert at.title[0].value == release.pillars_by_id[pillar].title
    assert sorted(tiles(at, f"tile-{pillar}")) == sorted(f.id for f in figures)
    sections = {f.section for f in figures}
    assert [h.value.split(" · ")[0] for h in at.header if " · " in h.value] == sorted(sections)


@pytest.mark.parametrize("pillar, charts", [("economy", 1), ("livable-city", 2), ("governance", 0), ("people", 0)])
def test_pillar_pages_draw_only_the_comparisons_the_release_supports(app, pillar, charts):
    at = app(url_path=pillar)
    assert len(at.get("plotly_chart")) == charts
    assert ("What the release compares" in [h.value for h in at.header]) == bool(charts)


def test_all_figures_are_text_a_phone_can_read_and_find(app, release):
    at = app(url_path="figures")
    no_exception(at)
    html = html_text(at)
    assert html.count('<li id="figure-') == len(release.figures)
    assert "<mark>953 water bodies</mark>" in html and 'href="?figure=river-chief-water-bodies"' in html
    labels = {b.label for b in at.get("download_button")}
    assert labels == {"Offline snapshot (HTML)", "CSV", "JSON", "Excel (XLSX)"}
    at.text_input(key="figures-search").input("river").run()
    html = html_text(at)
    assert 'id="figure-river-chief-water-bodies"' in html and 'id="figure-civil-river-chiefs"' in html
    assert 'id="figure-bus-lines"' not in html


def test_source_page_marks_every_figure_and_links_the_original(app, release):
    at = app(url_path="source")
    no_exception(at)
    html = html_text(at)
    assert html.count("<mark>") == len(release.figures)
    assert 'href="?figure=major-industrial-projects"' in html  # relative: keeps any base path
    [original] = at.get("link_button")
    assert original.url == ADDRESS and original.value == "Read the original"


def test_corrections_page_lists_every_change_with_its_date_and_reason(app, release):
    at = app(url_path="corrections")
    no_exception(at)
    html = html_text(at)
    assert html.count("<tr") == len(release.corrections) + 1
    assert "regional-medical-centres" in html and "(withdrawn)" in html
    assert 'href="people?figure=regional-medical-center-construction-units"' in html


@pytest.mark.parametrize("url_path", ["overview", "economy", "people", "figures", "source"])
def test_permalink_opens_the_drill_down_on_any_page(app, url_path):
    at = app(url_path=url_path, query={"figure": "family-doctor-signing-rate"})
    no_exception(at)
    html = html_text(at)
    assert "<mark>86.24%</mark>" in html
    assert "Family-doctor signing rate among key groups" in html
    codes = copied(at)
    assert any(code.endswith("?figure=family-doctor-signing-rate") for code in codes)
    assert any(code.startswith("Family-doctor signing rate among key groups: 86.24%") for code in codes)


def test_a_renamed_id_opens_its_figure_and_says_so(app):
    at = app(url_path="people", query={"figure": "regional-medical-centres"})
    no_exception(at)
    assert "changed on 27 November 2026" in at.warning[0].value
    assert "<mark>The Baoshan District TCM-integrated Hospital and Wusong Central Hospital</mark>" in html_text(at)
    assert at.query_params["figure"] == "regional-medical-center-construction-units"


def test_a_withdrawn_id_says_when_and_why(app):
    at = app(url_path="economy", query={"figure": "industrial-cluster-scale"})
    no_exception(at)
    html = html_text(at)
    assert "was withdrawn on 27 November 2026" in html and "hundreds of billions of yuan" in html
    assert not at.warning  # not "no such figure"


def test_a_revised_figure_shows_when(app):
    at = app(query={"figure": "folk-arts-festival-guests"})
    assert "Last revised 27 November 2026: Now says the 3,342 guests" in html_text(at)


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
    assert at.title[0].value == "Baoshan District, in figures"  # the page is still there


def test_another_release_with_three_pillars(app):
    at = app(data_file=OTHER_RELEASE)
    no_exception(at)
    html = html_text(at)
    assert all(f"<h3>{title}</h3>" in html for title in ("Growth", "Green city", "Care"))
    at = app(data_file=OTHER_RELEASE, url_path="green", query={"figure": "riverbank-length"})
    no_exception(at)
    assert at.title[0].value == "Green city" and "<mark>14 kilometres</mark>" in html_text(at)
    assert len(at.get("plotly_chart")) == 1


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
    assert "<h2>Economy and innovation</h2>" in html and 'data-figure="cruise-terminal-asia-rank"' in html
    assert "Slide 2 of 13" in html
    assert len(at.get("plotly_chart")) == 1
    at.button(key="slide-next").click().run()
    assert at.query_params["slide"] == "3" and "Slide 3 of 13" in html_text(at)


def test_briefing_mode_refuses_a_bad_slide_number_politely(app):
    at = app(url_path="briefing", query={"slide": "<script>"})
    no_exception(at)
    assert "Showing slide 1" in at.warning[0].value and "Slide 1 of 13" in html_text(at)


def test_with_a_share_site_copy_link_and_cite_give_its_page(app, monkeypatch):
    monkeypatch.setenv("INDICATORS_SHARE_URL", "https://figures.example.org/baoshan/")
    at = app(url_path="people", query={"figure": "family-doctor-signing-rate"})
    page = "https://figures.example.org/baoshan/figures/family-doctor-signing-rate/"
    citation, link = copied(at)[-2:]  # the drill-down's, after the sidebar's
    assert link == page and citation.endswith(page)  # the fastest honest link; it opens the live dashboard
    assert "page with a preview" in html_text(at)


def test_without_a_share_site_only_the_permalink(app, monkeypatch):
    monkeypatch.setenv("INDICATORS_SHARE_URL", "not an address")
    at = app(query={"figure": "bus-lines"})
    codes = copied(at)
    assert any(code.endswith("?figure=bus-lines") for code in codes)  # the drill-down opened, with its permalink
    assert not any("/figures/bus-lines/" in code for code in codes)
