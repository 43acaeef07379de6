"""A range the release states ("15 to 20 kilometers") is one figure with both ends: validated, shown as a
range everywhere, never drawn as a bar; and a figure pending review never reaches a reader."""

import pytest

from indicators import check
from indicators.checks.validate import PENDING_REVIEW
from indicators.model.library import Library
from indicators.outputs.site import Site, figure_page_html
from indicators.outputs.tables import figures_frame
from indicators.view.urls import ShareSite
from tests.conftest import view_of

TEXT = """A release

May 4, 2021

I. Green space

First, paths. The district laid out 15 to 20 kilometers of cycle paths and 12 kilometers of footpaths.
"""


def release_file(tmp_path, figures: str, charts: str = "") -> object:
    (tmp_path / "source").mkdir(exist_ok=True)
    (tmp_path / "source" / "r.txt").write_text(TEXT, encoding="utf-8")
    quote = "The district laid out 15 to 20 kilometers of cycle paths and 12 kilometers of footpaths."
    path = tmp_path / "r.yaml"
    head = (
        'release: {id: r, title: A release, publisher: An office, date: "2021-05-04", source_text: source/r.txt}\n'
        "pillars: [{id: green, title: Green space}]\nindicators:\n"
    )
    tail = '\nnot_figures:\n  - {words: "May 4, 2021", reason: the date}\n'
    path.write_text(head + figures.format(quote=quote) + "\n" + charts + tail, encoding="utf-8")
    return path


RANGE = """  - {{id: cycle-paths, label: Cycle paths laid out, value: 15, value_to: 20, unit: kilometers, pillar: green,
     measure: paths laid out, figure: "15 to 20 kilometers", quote: "{quote}"}}
  - {{id: footpaths, label: Footpaths laid out, value: 12, unit: kilometers, pillar: green, measure: paths laid out,
     figure: "12 kilometers", quote: "{quote}"}}"""


def test_a_range_validates_and_reads_as_a_range_everywhere(tmp_path):
    release, problems = check(release_file(tmp_path, RANGE))
    assert release is not None, problems
    briefing = view_of(release)
    view = briefing.by_id["cycle-paths"]
    assert view.full == "15 to 20 kilometers"
    row = figures_frame(briefing).set_index("id").loc["cycle-paths"]
    assert (row["value"], row["value_to"], row["display"]) == (15, 20, "15 to 20 kilometers")
    page = figure_page_html(Site(Library.of_one(release), ShareSite("https://example.org/r")), briefing, view)
    assert '"minValue": 15' in page and '"maxValue": 20' in page and "15 to 20" in page


@pytest.mark.parametrize(
    "change, words",
    [
        ("value_to: 20", "value_to: 25"),  # the words say 20
        ("value: 15, value_to: 20", "value: 20, value_to: 15"),  # upside down
        ('figure: "15 to 20 kilometers"', 'figure: "20 kilometers"'),  # one end only
    ],
)
def test_a_range_must_state_both_ends_in_order(tmp_path, change, words):
    _, problems = check(release_file(tmp_path, RANGE.replace(change, words, 1)))
    assert [p for p in problems if p.id == "cycle-paths" and p.severity == "error"], problems


def test_a_range_is_never_drawn_as_a_bar(tmp_path):
    chart = "charts:\n  - {id: paths, measure: paths laid out, indicators: [cycle-paths, footpaths]}"
    _, problems = check(release_file(tmp_path, RANGE, chart))
    assert [p for p in problems if p.id == "paths" and "a range is never drawn" in p.message], problems


def test_a_pending_figure_never_reaches_a_reader(tmp_path):
    pending = RANGE.replace('quote: "{quote}"}}\n', 'quote: "{quote}", review: pending}}\n', 1)
    release, problems = check(release_file(tmp_path, pending))
    assert release is not None and [f.id for f in release.figures] == ["footpaths"] and release.held_back == 1
    assert "cycle-paths" not in figures_frame(view_of(release))["id"].tolist()
    assert next(p.message for p in problems if p.code == PENDING_REVIEW).startswith("1 figure(s) pending review")
