import io
import json

import pandas as pd
import pytest

from indicators.outputs.tables import csv_bytes, figures_frame, filter_frame, json_bytes, xlsx_bytes
from indicators.view.grouping import by_section


@pytest.fixture(scope="module")
def frame(briefing):
    return figures_frame(briefing)


def test_one_row_per_figure_with_sentence_and_citation(release, frame):
    assert len(frame) == len(release.figures)
    row = frame.set_index("id").loc["river-chief-water-bodies"]
    assert row["value"] == 953 and row["pillar"] == "Livable city" and row["section"] == "II.1"
    assert "implementing the lake/river chief system for 953 water bodies" in row["sentence"]
    assert row["source"].startswith("Press Release for Media Briefing")
    assert row["source"].endswith("http://en.shio.gov.cn/government-news/municipal/6526.shtml")
    assert frame.set_index("id").loc["folk-arts-festival-guests", "last_revised"] == "2026-11-27"


def test_search_and_filters_combine(frame):
    assert set(filter_frame(frame, "river")["id"]) >= {"river-chief-water-bodies", "civil-river-chiefs"}
    assert set(filter_frame(frame, "RIVER chiefs")["id"]) == {"civil-river-chiefs", "civil-river-chief-rivers"}
    only_percent = filter_frame(frame, units=["%"])
    assert set(only_percent["unit"]) == {"%"} and len(only_percent) == 6
    people = filter_frame(frame, pillars=["Education, health and culture"], sections=["III.3"])
    assert set(people["id"]) == {
        "schools-built",
        "nursery-school-projects",
        "regional-medical-center-construction-units",
        "family-doctor-signing-rate",
        "family-doctor-rank",
    }
    assert filter_frame(frame, "no such words anywhere").empty


def test_downloads_hold_every_row_with_its_sentence(release, briefing, frame):
    csv = pd.read_csv(io.BytesIO(csv_bytes(frame, briefing)), encoding="utf-8-sig")
    assert list(csv["id"]) == list(frame["id"]) and "sentence" in csv and "source" in csv
    document = json.loads(json_bytes(frame, briefing))
    assert document["release"]["publisher"] == "Information Office of Shanghai Municipality"
    assert document["release"]["source_url"] == "http://en.shio.gov.cn/government-news/municipal/6526.shtml"
    assert len(document["figures"]) == len(release.figures) and document["figures"][0]["sentence"]
    assert {c["change"] for c in document["corrections"]} == {"revised", "renamed", "withdrawn"}
    xlsx = pd.read_excel(io.BytesIO(xlsx_bytes(frame, briefing)), sheet_name=None)
    assert len(xlsx["figures"]) == len(release.figures) and {"citation", "address"} <= set(xlsx["source"]["field"])


def test_sections_in_release_order_with_the_paragraphs_own_words(release):
    sections = by_section(release, [f for f in release.figures if f.pillar == "economy"])
    assert [s.code for s in sections] == ["I.1", "I.2", "I.3", "I.4"]
    assert sections[0].title == "I.1 · The economic ‘trioka’ has embarked on concerted development"
    assert sum(len(s.figures) for s in sections) == len(release.figures_in("economy"))


def test_spreadsheet_formulas_in_the_data_stay_text(briefing, frame):
    hostile = frame.copy()
    hostile.loc[0, "label"] = '=HYPERLINK("http://evil","click")'
    hostile.loc[1, "note"] = "@SUM(A1)"
    csv = pd.read_csv(io.BytesIO(csv_bytes(hostile, briefing)), encoding="utf-8-sig", keep_default_na=False)
    assert csv.loc[0, "label"] == '\'=HYPERLINK("http://evil","click")' and csv.loc[1, "note"] == "'@SUM(A1)"
    xlsx = pd.read_excel(io.BytesIO(xlsx_bytes(hostile, briefing)), sheet_name="figures")
    assert xlsx.loc[0, "label"].startswith("'=")
    assert csv.loc[2, "label"] == frame.loc[2, "label"]  # ordinary text untouched


def test_a_whole_number_is_written_whole_in_every_file(briefing, frame):
    """78 projects are 78, never 78.0; 86.24 stays 86.24."""
    csv = csv_bytes(frame, briefing).decode("utf-8-sig")
    row = next(line for line in csv.splitlines() if line.startswith("major-industrial-projects,"))
    assert ",78," in row and "78.0" not in row
    assert ",86.24," in next(line for line in csv.splitlines() if line.startswith("family-doctor-signing-rate,"))
    figures = {f["id"]: f for f in json.loads(json_bytes(frame, briefing))["figures"]}
    assert figures["major-industrial-projects"]["value"] == 78 and isinstance(
        figures["major-industrial-projects"]["value"], int
    )
    xlsx = pd.read_excel(io.BytesIO(xlsx_bytes(frame, briefing)), sheet_name="figures")
    assert xlsx.set_index("id").loc["major-industrial-projects", "value"] == 78
