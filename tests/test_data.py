"""The real dataset: valid, complete, and honest about the figures a reporter will check first."""

import re

import pytest

from indicators import check
from tests.conftest import REAL_DATA, ROOT


@pytest.fixture(scope="module")
def checked():
    return check(REAL_DATA)


@pytest.fixture(scope="module")
def briefing(checked):
    return checked[0]


def test_real_data_has_no_errors_and_no_figure_left_out(checked):
    briefing, problems = checked
    assert briefing is not None and problems == [], "\n".join(map(str, problems))


def test_source_copy_is_the_release_unchanged():
    original = (ROOT.parent / "shared" / "source" / "baoshan-2020-08-13-briefing.txt")
    if not original.exists():
        pytest.skip("the shared/ folder beside the project is not here")
    copy = (ROOT / "data" / "source" / "baoshan-2020-08-13.txt").read_text(encoding="utf-8")
    lines = original.read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0].strip() == "| 繁体 | 简体 |"  # site navigation, the only line dropped
    assert copy == "".join(lines[2:])


@pytest.mark.parametrize(
    "id, value, unit",
    [
        ("major-industrial-projects", 78, "projects"),
        ("major-industrial-projects-investment", 120, "billion yuan"),
        ("new-enterprises-per-day", 97, "enterprises per day"),
        ("river-chief-water-bodies", 953, "water bodies"),
        ("family-doctor-signing-rate", 86.24, "%"),
        ("fitness-cloud-class-reach", 5.8, "million people"),
        ("intelligent-sensing-devices", 26000, "devices"),
        ("folk-arts-festival-guests", 3342, "guests and folk artists"),
    ],
)
def test_the_figures_named_in_the_brief(briefing, id, value, unit):
    figure = briefing.by_id[id]
    assert (figure.value, figure.unit) == (value, unit)


def test_every_digit_in_the_release_is_a_figure_or_explained(briefing):
    explained = [e.words for e in briefing.dataset.not_figures]
    stated = [f.figure for f in briefing.figures]
    text = " ".join(p.text for p in briefing.source.paragraphs)
    for match in re.finditer(r"\d+(?:[.,]\d+)*", text):
        around = text[max(0, match.start() - 60) : match.end() + 60]
        assert any(words in around for words in stated + explained), around


def test_typos_are_kept_in_quotes(briefing):
    quotes = " ".join(f.quote for f in briefing.figures)
    text = " ".join(p.text for p in briefing.source.paragraphs)
    for typo in ("trioka", "N0.2", "could-based"):
        assert typo in text
    assert "N0.2" in quotes or "trioka" not in quotes  # quotes hold the release's own spelling


def test_four_pillars_follow_the_release_structure(briefing):
    sections = {}
    for figure in briefing.figures:
        sections.setdefault(figure.pillar, set()).add(figure.section.split(".")[0] + "." + figure.section.split(".")[1][:1])
    assert [p.id for p in briefing.dataset.pillars] == ["economy", "livable-city", "governance", "people"]
    assert {s.split(".")[0] for s in sections["economy"]} == {"I"}
    assert {s.split(".")[0] for s in sections["livable-city"]} == {"II"}
    assert sections["governance"] <= {"III.1", "III.2"}
    assert sections["people"] <= {"III.3", "III.4"}


def test_headlines_and_derived_values(briefing):
    headlines = [f for f in briefing.figures if f.headline]
    assert 6 <= len(headlines) <= 8
    for figure in briefing.figures:
        if figure.derived:
            assert figure.note
    assert briefing.by_id["electronic-bus-stop-signs"].derived


def test_labels_are_clean_words(briefing):
    for figure in briefing.figures:
        assert figure.label.lstrip("'\"")[0].isupper() and not figure.label.endswith("."), figure.id
        for typo in ("trioka", "N0.2", "could-based", "Zhngxiaomen", "Boshan"):
            assert typo not in figure.label


def test_charts_group_comparable_figures(briefing):
    for chart in briefing.dataset.charts:
        units = {briefing.by_id[member].unit for member in chart.indicators}
        assert len(units) == 1, chart.id
