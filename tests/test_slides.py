import pytest

from indicators.outputs.slides import build_slides, figure_slide, requested_slide
from tests.conftest import view_of


def test_title_then_each_pillar_followed_by_its_headline_figures(briefing):
    slides = build_slides(briefing)
    assert [s.kind for s in slides[:3]] == ["title", "pillar", "figure"]
    pillars = [s for s in slides if s.kind == "pillar"]
    assert [s.title for s in pillars] == [
        "Economy and innovation",
        "Livable city",
        "Governance and social security",
        "Education, health and culture",
    ]
    assert [f.id for f in pillars[0].figures] == [
        "major-industrial-projects",
        "major-industrial-projects-investment",
        "cruise-terminal-asia-rank",
        "new-enterprises-per-day",
    ]
    assert pillars[0].chart.id == "characteristic-industrial-parks"
    # Governance flags no headline: it leads with figures that need no caveat, and has no chart to show.
    assert pillars[2].figures[0].id == "intelligent-sensing-devices" and pillars[2].chart is None
    assert sum(s.kind == "figure" for s in slides) == 8


def test_any_figure_can_be_put_alone_on_the_wall(briefing):
    slide = figure_slide(briefing, briefing.by_id["bus-lines"])
    assert slide.kind == "figure" and slide.pillar_id == "livable-city" and slide.figures[0].id == "bus-lines"


def test_another_release_gets_slides_too(other_release):
    slides = build_slides(view_of(other_release))
    assert [s.title for s in slides if s.kind == "pillar"] == ["Growth", "Green city", "Care"]
    assert [s.chart.title for s in slides if s.chart] == ["Trees planted, by where"]


@pytest.mark.parametrize(
    "raw, number, notice",
    [
        (None, 1, False),
        ("3", 3, False),
        ("13", 13, False),
        ("0", 1, True),
        ("14", 1, True),
        ("<b>", 1, True),
        ("9" * 5000, 1, True),
        ("2.5", 1, True),
        ("-1", 1, True),
    ],
)
def test_slide_parameter(raw, number, notice):
    request = requested_slide(raw, 13)
    assert request.number == number and bool(request.notice) == notice
    if notice:
        assert raw not in request.notice
