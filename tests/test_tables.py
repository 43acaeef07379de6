import io
import json

import pandas as pd
import pytest

from indicators import load
from indicators.grouping import by_section
from indicators.navigation import page_slugs
from indicators.tables import csv_bytes, figures_frame, filter_frame, json_bytes, xlsx_bytes
from tests.conftest import OTHER_RELEASE


@pytest.fixture(scope="module")
def frame(briefing):
    return figures_frame(briefing)


def test_one_row_per_figure_with_sentence_and_citation(briefing, frame):
    assert len(frame) == len(briefing.figures)
    row = frame.set_index("id").loc["river-chief-water-bodies"]
    assert row["value"] == 953 and row["pillar"] == "Livable city" and row["section"] == "II.1"
    assert "implementing the lake/river chief system for 953 water bodies" in row["sentence"]
    assert row["source"].startswith("Press Release for Media Briefing")


def test_search_and_filters_combine(frame):
    assert set(filter_frame(frame, "river")["id"]) >= {"river-chief-water-bodies", "civil-river-chiefs"}
    assert set(filter_frame(frame, "RIVER chiefs")["id"]) == {"civil-river-chiefs", "civil-river-chief-rivers"}
    only_percent = filter_frame(frame, units=["%"])
    assert set(only_percent["unit"]) == {"%"} and len(only_percent) == 6
    people = filter_frame(frame, pillars=["Education, health and culture"], sections=["III.3"])
    assert set(people["id"]) == {"schools-built", "nursery-school-projects", "regional-medical-centres",
                                 "family-doctor-signing-rate", "family-doctor-rank"}  # fmt: skip
    assert filter_frame(frame, "no such words anywhere").empty


def test_downloads_hold_every_row_with_its_sentence(briefing, frame):
    csv = pd.read_csv(io.BytesIO(csv_bytes(frame)), encoding="utf-8-sig")
    assert list(csv["id"]) == list(frame["id"]) and "sentence" in csv and "source" in csv
    document = json.loads(json_bytes(frame, briefing))
    assert document["release"]["publisher"] == "Information Office of Shanghai Municipality"
    assert len(document["figures"]) == 48 and document["figures"][0]["sentence"]
    xlsx = pd.read_excel(io.BytesIO(xlsx_bytes(frame, briefing)), sheet_name=None)
    assert len(xlsx["figures"]) == 48 and "citation" in list(xlsx["source"]["field"])


def test_sections_in_release_order_with_the_paragraphs_own_words(briefing):
    sections = by_section(briefing, [f for f in briefing.figures if f.pillar == "economy"])
    assert [s.code for s in sections] == ["I.1", "I.2", "I.3", "I.4"]
    assert sections[0].title == "I.1 · The economic ‘trioka’ has embarked on concerted development"
    assert sum(len(s.figures) for s in sections) == 19


def test_pillar_ids_never_shadow_fixed_pages():
    briefing = load(OTHER_RELEASE)
    assert page_slugs(briefing).pillars == {"growth": "growth", "green": "green", "care": "care"}
    pillars = briefing.dataset.pillars
    clash = briefing.dataset.model_copy(update={"pillars": [pillars[0].model_copy(update={"id": "figures"})]})
    assert page_slugs(briefing.__class__(briefing.path, clash, briefing.source, [], [])).pillars == {
        "figures": "pillar-figures"}  # fmt: skip


def test_page_titles_for_citations_are_plain_text(briefing):
    slugs = page_slugs(briefing)
    assert slugs.title_of("economy", briefing) == "Economy and innovation"
    assert slugs.title_of("figures", briefing) == "All figures"
    assert slugs.title_of("", briefing) == "Overview"


def test_spreadsheet_formulas_in_the_data_stay_text(briefing, frame):
    hostile = frame.copy()
    hostile.loc[0, "label"] = '=HYPERLINK("http://evil","click")'
    hostile.loc[1, "note"] = "@SUM(A1)"
    csv = pd.read_csv(io.BytesIO(csv_bytes(hostile)), encoding="utf-8-sig", keep_default_na=False)
    assert csv.loc[0, "label"] == "'=HYPERLINK(\"http://evil\",\"click\")" and csv.loc[1, "note"] == "'@SUM(A1)"
    xlsx = pd.read_excel(io.BytesIO(xlsx_bytes(hostile, briefing)), sheet_name="figures")
    assert xlsx.loc[0, "label"].startswith("'=")
    assert csv.loc[2, "label"] == frame.loc[2, "label"]  # ordinary text untouched
