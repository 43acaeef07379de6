"""Reviewing a draft: each decision written at once, atomically, with comments kept and history beside it;
an outside edit never overwritten; bad input refused at the input with nothing written."""

import datetime as dt
import os

import pytest
import yaml

from indicators import check
from indicators.curation.draft import write_draft
from indicators.curation.files import HISTORY
from indicators.curation.review import (
    ChangedOnDisk,
    Edits,
    InputProblem,
    accept,
    pending_figures,
    read_snapshot,
    reject,
)
from tests.conftest import FIXTURES

RELEASE = FIXTURES / "drafts" / "riverbend-2025-03-18.txt"
TODAY = dt.date(2026, 11, 29)


@pytest.fixture
def drafted(tmp_path):
    _, path = write_draft(RELEASE, tmp_path / "draft.yaml")
    return path


def edits_of(figure, **changes) -> Edits:
    fields = {"label": figure.label, "value": f"{figure.value:g}", "unit": figure.unit, "qualifier": figure.qualifier}
    return Edits(**{**fields, **changes})


def history(path):
    folder = path.parent / HISTORY / path.name
    return sorted(folder.iterdir()) if folder.exists() else []


def test_pending_figures_come_in_release_order_with_their_sentence_and_note(drafted):
    pending = pending_figures(read_snapshot(drafted))
    assert len(pending) == len(yaml.safe_load(drafted.read_text())["indicators"])
    first = pending[0]
    assert first.words == "no more than 45 working days" and first.words in first.quote in first.paragraph
    assert first.note.startswith("label and unit are provisional")


def test_accepting_writes_the_date_and_the_edits_and_keeps_comments_order_and_history(drafted):
    before = drafted.read_text(encoding="utf-8")
    snapshot = read_snapshot(drafted)
    figure = pending_figures(snapshot)[0]
    after = accept(snapshot, figure, edits_of(figure, label="Working days to approve an industrial project"), TODAY)
    text = drafted.read_text(encoding="utf-8")
    entry = yaml.safe_load(text)["indicators"][0]
    assert entry["review"] == "2026-11-29" and entry["label"] == "Working days to approve an industrial project"
    assert list(entry) == ["id", "label", "value", "unit", "pillar", "qualifier", "figure", "quote", "review"]
    assert text.count("# review:") == before.count("# review:")  # every comment kept
    assert [p.read_text(encoding="utf-8") for p in history(drafted)] == [before]  # the previous version, beside it
    assert after.text == text and next(f.id for f in pending_figures(after)) != figure.id


def test_rejecting_moves_the_words_to_not_figures_with_the_reason_and_coverage_holds(drafted):
    snapshot = read_snapshot(drafted)
    figure = pending_figures(snapshot)[1]
    reject(snapshot, figure, "the share is of filings, not a figure of the district")
    data = yaml.safe_load(drafted.read_text(encoding="utf-8"))
    assert figure.id not in {e["id"] for e in data["indicators"]}
    assert {"words": figure.words, "reason": "the share is of filings, not a figure of the district"} in data[
        "not_figures"
    ]
    release, problems = check(drafted)
    assert release is not None and not [p for p in problems if "no indicator's figure covers" in p.message]
    notes = [f.note for f in pending_figures(read_snapshot(drafted))]
    assert len(notes) == len(data["indicators"])  # each remaining figure keeps its own note


def test_an_outside_edit_is_never_overwritten(drafted):
    snapshot = read_snapshot(drafted)
    figure = pending_figures(snapshot)[0]
    outside = drafted.read_text(encoding="utf-8").replace("# review:", "# a curator's note; review:", 1)
    drafted.write_text(outside, encoding="utf-8")
    with pytest.raises(ChangedOnDisk):
        accept(snapshot, figure, edits_of(figure), TODAY)
    with pytest.raises(ChangedOnDisk):
        reject(snapshot, figure)
    assert drafted.read_text(encoding="utf-8") == outside and history(drafted) == []


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"value": "forty-five"}, "Value", "is not a number"),
        ({"value": "46"}, "Value", "does not agree with the figure words"),
        ({"unit": "kilometres"}, "Unit", "does not support the unit"),
        ({"label": "  "}, "Label", "a label is needed"),
    ],
)
def test_bad_input_is_refused_at_its_input_and_nothing_is_written(drafted, changes, field, words):
    before = drafted.read_text(encoding="utf-8")
    snapshot = read_snapshot(drafted)
    figure = pending_figures(snapshot)[0]
    with pytest.raises(InputProblem) as refused:
        accept(snapshot, figure, edits_of(figure, **changes), TODAY)
    assert words in refused.value.problems[field]
    assert drafted.read_text(encoding="utf-8") == before and history(drafted) == []


def test_what_the_validator_refuses_is_not_accepted(drafted):
    snapshot = read_snapshot(drafted)
    figure = next(f for f in pending_figures(snapshot) if f.words == "expected to exceed 100 billion yuan")
    with pytest.raises(InputProblem) as refused:
        accept(snapshot, figure, edits_of(figure, qualifier="", label="Investment in the corridor"), TODAY)
    assert "must keep it" in refused.value.problems["validator"]


def test_a_write_that_dies_halfway_leaves_the_file_whole(drafted, monkeypatch):
    before = drafted.read_text(encoding="utf-8")
    snapshot = read_snapshot(drafted)
    figure = pending_figures(snapshot)[0]
    real_replace = os.replace

    def dies(source, target):
        if str(target) == str(drafted):
            raise OSError("the process was killed")
        real_replace(source, target)

    monkeypatch.setattr(os, "replace", dies)
    with pytest.raises(OSError):
        accept(snapshot, figure, edits_of(figure), TODAY)
    assert drafted.read_text(encoding="utf-8") == before
    assert not [p for p in drafted.parent.iterdir() if p.name.startswith(".draft.yaml.")]  # no temporary left


def test_strict_validation_counts_what_remains_until_every_figure_is_decided(drafted):
    snapshot = read_snapshot(drafted)
    pending = pending_figures(snapshot)
    for figure in pending[:-1]:
        snapshot = accept(snapshot, figure, edits_of(figure), TODAY)
    warnings = [p.message for p in check(drafted)[1] if "pending review" in p.message]
    assert warnings and warnings[0].startswith("1 figure(s) pending review")
    reject(snapshot, pending_figures(snapshot)[0])
    # every figure decided: what remains is the fact the release's text does not state (its address)
    assert [p.message for p in check(drafted)[1] if p.severity == "warning"] == [
        next(p.message for p in check(drafted)[1] if "source_url" in p.message)
    ]
    text = drafted.read_text(encoding="utf-8")  # the curator confirms it in the file
    confirmed = text.replace('  to_confirm: ["source_url"]\n', "").replace(
        "  source_text:", '  source_url: "https://example.gov.cn/release"\n  source_text:'
    )
    drafted.write_text(confirmed, encoding="utf-8")
    assert not [p for p in check(drafted)[1] if p.severity == "warning"]
