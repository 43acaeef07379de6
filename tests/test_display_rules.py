"""What may be shown: each chart rule refuses its fixture with a message naming the chart and the rule;
labels keep their qualifiers; headlines need no caveat."""

import shutil

import pytest

from indicators import check
from tests.conftest import CHART_FIXTURES, FIXTURES


def with_chart(tmp_path, name):
    """The chart-rules release (tests/fixtures/charts/base.yaml) with the charts of one fixture."""
    shutil.copytree(CHART_FIXTURES / "source", tmp_path / "source")
    path = tmp_path / f"{name}.yaml"
    path.write_text((CHART_FIXTURES / "base.yaml").read_text() + (CHART_FIXTURES / f"{name}.yaml").read_text())
    return path


def errors(path):
    return [p for p in check(path)[1] if p.severity == "error"]


@pytest.mark.parametrize(
    "fixture, chart, words",
    [
        ("one-measure", "investment", "mixes period (investment-2021: 2021; investment-since-2016: since 2016"),
        ("one-measure", "investment", "mixes scope (whose or where)"),
        ("stated-with-stated", "services", "draws derived values (smart-bus-stops) beside stated ones"),
        ("rank-ladder", "port-ranks", "port-region-rank has no `field_size`, so its ladder would be invented"),
        ("rank-ladder", "port-ranks", "('global top four') as a place; a band is not a place"),
        ("ranks-as-bars", "ranks", "draws ranks as amounts; a rank is a place"),
        ("part-of-whole", "rivers", "draws volunteer-rivers ('500 rivers') as part of water-bodies"),
        ("percentages", "percentages", "lines up percentages of different things"),
        (
            "spans",
            "port-years",
            "puts a run of years (port-region-years ('for three consecutive years')) beside time taken",
        ),
    ],
)
def test_each_rule_refuses_its_fixture(tmp_path, fixture, chart, words):
    path = with_chart(tmp_path, fixture)
    problems = errors(path)
    matching = [p for p in problems if p.id == chart and words in p.message]
    assert matching, "\n".join(map(str, problems))
    line = path.read_text().splitlines().index(f"  - id: {chart}") + 1
    assert str(matching[0]).startswith(f"{path}:{line}: error [{chart}]: chart {chart!r} ")


def test_honest_comparisons_pass(tmp_path):
    release, problems = check(with_chart(tmp_path, "honest"))
    assert release is not None, "\n".join(map(str, problems))
    assert [c.id for c in release.charts] == ["roads", "model-parks"]


def test_the_base_release_itself_is_valid(tmp_path):
    shutil.copytree(CHART_FIXTURES / "source", tmp_path / "source")
    shutil.copy(CHART_FIXTURES / "base.yaml", tmp_path / "base.yaml")
    assert errors(tmp_path / "base.yaml") == []


@pytest.mark.parametrize(
    "line, id, words",
    [
        (17, "pupils-served", "a headline stands without a caveat, but it is qualified ('more than')"),
        (22, "new-projects", "the label says a relative time; write the year"),
        (33, "new-schools", "a headline stands without a caveat, but it is derived and it carries a note"),
        (39, "pupils-bound-dropped", "the words say 'more than' ('more than 3,000 pupils'); the label"),
    ],
)
def test_labels_and_headlines_say_no_more_than_the_release(line, id, words):
    problems = errors(FIXTURES / "bad" / "labels.yaml")
    assert [p for p in problems if p.line == line and p.id == id and words in p.message], "\n".join(map(str, problems))
    assert len(problems) == 4
