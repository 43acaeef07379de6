"""The review page as a curator uses it, run by AppTest: a refused decision leaves every input on its own figure,
the next decisions land on theirs, a limit is never accepted as a floor, and any decision is undone from the page."""

import pytest
import yaml
from streamlit.testing.v1 import AppTest

from indicators.curation.draft import write_draft
from tests.conftest import FIXTURES, ROOT

RELEASE = FIXTURES / "drafts" / "riverbend-2025-03-18.txt"


@pytest.fixture
def review_page(tmp_path, monkeypatch):
    _, path = write_draft(RELEASE, tmp_path / "draft.yaml")
    monkeypatch.setenv("INDICATORS_REVIEW_FILE", str(path))
    monkeypatch.delenv("INDICATORS_REVIEW_LIVE", raising=False)
    at = AppTest.from_file(str(ROOT / "review_app.py"), default_timeout=60)
    at.run()
    return at, path


def shown_id(at) -> str:
    return next(e.value for e in at.html if "muted" in e.value and "<p" in e.value).split(">")[1].split("<")[0]


def entries(path) -> list[dict]:
    return yaml.safe_load(path.read_text(encoding="utf-8"))["indicators"]


def entry_of(path, quote: str, words: str) -> dict:
    return next(e for e in entries(path) if e["quote"] == quote and e["figure"] == words)


def decide(at, figure_id: str, action: str, **typed) -> None:
    for name, value in typed.items():
        at.text_input(key=f"{name.lower()}-{figure_id}").set_value(value)
    at.button(key=f"FormSubmitter:decide-{figure_id}-{action}").click()
    at.run()


def test_a_refused_decision_leaves_every_input_on_its_own_figure_and_the_next_ones_land_on_theirs(review_page):
    at, path = review_page
    drafted = entries(path)
    first = shown_id(at)
    assert first == drafted[0]["id"]
    before = path.read_text(encoding="utf-8")
    decide(at, first, "Accept", Label="A label for the first", Value="forty-five")
    assert path.read_text(encoding="utf-8") == before  # refused: nothing written
    assert [e.value for e in at.error if "is not a number" in e.value]
    assert at.text_input(key=f"label-{first}").value == "A label for the first"  # what was typed is kept
    assert shown_id(at) == first  # still on the same figure
    next(b for b in at.button if b.label == "Next").click()
    at.run()
    typed = {}
    for n in range(3):
        figure_id = shown_id(at)
        assert figure_id != first
        entry = next(e for e in entries(path) if e["id"] == figure_id)
        typed[(entry["quote"], entry["figure"])] = f"Decided by the curator, number {n}"
        decide(at, figure_id, "Accept", Label=typed[(entry["quote"], entry["figure"])])
        assert not at.exception
    for (quote, words), label in typed.items():
        entry = entry_of(path, quote, words)
        assert entry["label"] == label and entry["review"] != "pending"
    untouched = entry_of(path, drafted[0]["quote"], drafted[0]["figure"])
    assert (untouched["label"], untouched["review"]) == (drafted[0]["label"], "pending")
    decided_quotes = {quote for quote, _ in typed}
    for entry in entries(path):
        if entry["quote"] not in decided_quotes and entry["review"] == "pending":
            original = next(d for d in drafted if d["quote"] == entry["quote"] and d["figure"] == entry["figure"])
            assert entry["label"] == original["label"]


def test_a_decision_is_undone_from_the_page(review_page):
    at, path = review_page
    original = path.read_text(encoding="utf-8")
    first = shown_id(at)
    decide(at, first, "Reject", Reason="a date, not a figure")
    assert first not in [e["id"] for e in entries(path)]
    assert [b for b in at.button if b.key == "undo-1"]
    at.button(key="undo-1").click()
    at.run()
    assert path.read_text(encoding="utf-8") == original
    assert [s.value for s in at.success if "undone" in s.value]
    assert not [b for b in at.button if b.key == "undo-1"]  # taken back: nothing more to undo there


def test_the_page_says_which_way_the_words_point_and_refuses_the_opposite(review_page):
    at, path = review_page
    figure_id = shown_id(at)
    entry = next(e for e in entries(path) if e["id"] == figure_id)
    assert entry["figure"].startswith("no more than")  # riverbend's first figure is a limit
    assert [e.value for e in at.html if "at most (an upper bound" in e.value]
    decide(at, figure_id, "Accept", Qualifier="more than")
    assert [e.value for e in at.error if "at most" in e.value and "no more than" in e.value]
    assert entry_of(path, entry["quote"], entry["figure"])["review"] == "pending"


def test_a_reviewer_who_lost_the_race_is_told_and_keeps_what_they_typed(review_page, monkeypatch):
    first_reviewer, path = review_page
    second_reviewer = AppTest.from_file(str(ROOT / "review_app.py"), default_timeout=60)
    second_reviewer.run()  # both read the same version of the file
    figure_id = shown_id(first_reviewer)
    next(b for b in second_reviewer.button if b.label == "Next").click()
    second_reviewer.run()
    other_id = shown_id(second_reviewer)
    decide(first_reviewer, figure_id, "Accept", Label="The first reviewer's label")
    decide(second_reviewer, other_id, "Accept", Label="The second reviewer's label")
    assert [w.value for w in second_reviewer.warning if "nothing was written" in w.value]  # told
    assert second_reviewer.text_input(key=f"label-{other_id}").value == "The second reviewer's label"  # kept
    assert "The second reviewer's label" not in path.read_text(encoding="utf-8")
    decide(second_reviewer, other_id, "Accept")  # decides again on the file as it now is
    labels = [e["label"] for e in entries(path)]
    assert "The first reviewer's label" in labels and "The second reviewer's label" in labels


def test_where_the_release_is_shown_in_chinese_the_page_reviews_the_translation_too(tmp_path, monkeypatch):
    from indicators.curation import yamlfile

    _, path = write_draft(RELEASE, tmp_path / "draft.yaml")
    document = yamlfile.load(path.read_text(encoding="utf-8"))
    document["release"]["languages"] = ["en", "zh"]
    sections = {f"{p}.{n}": f"第{p}部分第{n}节" for p in ("I", "II", "III") for n in range(1, 9)}
    document["release"]["zh"] = {"title": "河湾区2024年工作报告", "publisher": "河湾区人民政府", "sections": sections}
    for pillar, title in zip(document["pillars"], ["营商与投资", "宜居城区"], strict=True):
        pillar["zh"] = {"title": title}
    path.write_text(yamlfile.dump(document), encoding="utf-8")
    monkeypatch.setenv("INDICATORS_REVIEW_FILE", str(path))
    monkeypatch.delenv("INDICATORS_REVIEW_LIVE", raising=False)
    at = AppTest.from_file(str(ROOT / "review_app.py"), default_timeout=60)
    at.run()
    first = shown_id(at)
    decide(
        at, first, "Accept", **{"Chinese label": "工业项目从土地出让到施工许可所需工作日", "Chinese unit": "个工作日"}
    )
    accepted = next(e for e in entries(path) if e.get("review") not in (None, "pending"))
    assert accepted["zh"] == {"label": "工业项目从土地出让到施工许可所需工作日", "unit": "个工作日"}
