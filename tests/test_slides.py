import pytest

from indicators import load
from indicators.slides import build_slides, requested_slide
from tests.conftest import OTHER_RELEASE, REAL_DATA


def test_title_then_each_pillar_followed_by_its_headline_figures():
    slides = build_slides(load(REAL_DATA))
    assert [s.kind for s in slides[:4]] == ["title", "pillar", "figure", "figure"]
    pillars = [s for s in slides if s.kind == "pillar"]
    assert [s.title for s in pillars] == ["Economy and innovation", "Livable city", "Governance and social security",
                                          "Education, health and culture"]  # fmt: skip
    assert [f.id for f in pillars[0].figures] == ["major-industrial-projects", "major-industrial-projects-investment",
                                                  "new-enterprises-per-day", "licensing-time-reduction"]  # fmt: skip
    assert pillars[0].chart.title == "Investment in major projects"
    # Governance flags no headline: it leads with its first figures and has no figure slides.
    assert len(pillars[2].figures) == 3 and pillars[2].chart is None
    assert sum(s.kind == "figure" for s in slides) == 8


def test_another_release_gets_slides_too():
    slides = build_slides(load(OTHER_RELEASE))
    assert [s.title for s in slides if s.kind == "pillar"] == ["Growth", "Green city", "Care"]
    assert slides[2].chart.title == "Parks"


@pytest.mark.parametrize("raw, number, notice", [(None, 1, False), ("3", 3, False), ("13", 13, False),
                                                 ("0", 1, True), ("14", 1, True), ("<b>", 1, True),
                                                 ("9" * 5000, 1, True), ("2.5", 1, True), ("-1", 1, True)])  # fmt: skip
def test_slide_parameter(raw, number, notice):
    request = requested_slide(raw, 13)
    assert request.number == number and bool(request.notice) == notice
    if notice:
        assert raw not in request.notice
