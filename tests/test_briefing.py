"""One view of a briefing: its facts, pillars, sections, charts, headlines, corrections and retired ids, built once."""

from indicators.checks.library_check import load_library
from indicators.view.briefing import build_briefing_view
from tests.conftest import published_library


def test_the_briefing_says_whose_figures_these_are_and_how_to_cite_them(briefing):
    assert briefing.whose == "Baoshan District" and briefing.heading == "Baoshan District, in figures"
    assert briefing.date == "13 August 2020" and briefing.publisher == "Information Office of Shanghai Municipality"
    assert briefing.citation.endswith("http://en.shio.gov.cn/government-news/municipal/6526.shtml")
    assert briefing.current and briefing.newest and briefing.held_back == 0


def test_pillars_hold_their_sections_charts_and_leading_figures(briefing, release):
    economy = briefing.pillar("economy")
    assert economy.slug == "economy" and economy.title == "Economy and innovation"
    assert [s.code for s in economy.sections] == ["I.1", "I.2", "I.3", "I.4"]
    assert economy.sections[0].title == "I.1 · The economic ‘trioka’ has embarked on concerted development"
    assert sum(len(s.figures) for s in economy.sections) == len(release.figures_in("economy")) == len(economy.figures)
    assert [c.id for c in economy.charts] == ["characteristic-industrial-parks"]
    assert [v.id for v in economy.leading[:2]] == ["major-industrial-projects", "major-industrial-projects-investment"]
    assert {c.id for c in briefing.charts} == {c.id for p in briefing.pillars for c in p.charts}


def test_headlines_are_the_flagged_figures(briefing, release):
    assert [v.id for v in briefing.headlines] == [f.id for f in release.figures if f.headline]


def test_every_correction_and_every_retired_id_is_in_the_view(briefing, release):
    assert len(briefing.corrections) == len(release.corrections)
    retired = {r.old_id: r for r in briefing.retired}
    assert retired["regional-medical-centres"].figure.id == "regional-medical-center-construction-units"
    assert retired["industrial-cluster-scale"].figure is None
    revised = briefing.by_id["riverside-shoreline"].revision
    assert revised.line.startswith(f"Last revised {revised.date}: ")


def test_a_library_view_knows_every_briefing_and_the_change_since_the_previous(tmp_path):
    library = load_library(published_library(tmp_path))
    newest = build_briefing_view(library, library.current)
    assert [b.shown for b in newest.briefings].count(True) == 1 and len(newest.briefings) == 4
    earlier = build_briefing_view(library, library.by_release_id["baoshan-2020-08-13"])
    assert not earlier.current and not earlier.newest
    changed = [v for v in newest.figures if v.change]
    assert changed and all(v.change.startswith(("up ", "down ", "unchanged ")) for v in changed)
