"""Reviewing a draft: each decision written at once, atomically, with comments kept and history beside it;
an outside edit never overwritten; bad input refused at the input with nothing written."""

import datetime as dt
import os

import pytest
import yaml

from indicators import check
from indicators.checks.validate import NO_ADDRESS, NO_HEADLINE, TO_CONFIRM
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
    indicator = figure.indicator
    fields = {
        "label": indicator.label,
        "value": f"{indicator.value:g}",
        "unit": indicator.unit,
        "qualifier": indicator.qualifier or "",
    }
    return Edits(**{**fields, **changes})


def history(path):
    """The versions kept of the file (the decision log beside them is not one)."""
    folder = path.parent / HISTORY / path.name
    return sorted(p for p in folder.iterdir() if p.suffix == path.suffix) if folder.exists() else []


def test_pending_figures_come_in_release_order_with_their_sentence_and_note(drafted):
    pending = pending_figures(read_snapshot(drafted))
    assert len(pending) == len(yaml.safe_load(drafted.read_text())["indicators"])
    first = pending[0]
    assert (
        first.indicator.words == "no more than 45 working days"
        and first.indicator.words in first.indicator.quote in first.paragraph
    )
    assert first.note.startswith("label and unit are provisional")


def test_accepting_writes_the_date_and_the_edits_and_keeps_comments_order_and_history(drafted):
    before = drafted.read_text(encoding="utf-8")
    snapshot = read_snapshot(drafted)
    figure = pending_figures(snapshot)[0]
    after = accept(snapshot, figure.id, edits_of(figure, label="Working days to approve an industrial project"), TODAY)
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
    reject(snapshot, figure.id, "the share is of filings, not a figure of the district")
    data = yaml.safe_load(drafted.read_text(encoding="utf-8"))
    assert figure.id not in {e["id"] for e in data["indicators"]}
    assert {"words": figure.indicator.words, "reason": "the share is of filings, not a figure of the district"} in data[
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
        accept(snapshot, figure.id, edits_of(figure), TODAY)
    with pytest.raises(ChangedOnDisk):
        reject(snapshot, figure.id)
    assert drafted.read_text(encoding="utf-8") == outside and history(drafted) == []


@pytest.mark.parametrize(
    "changes, field, words",
    [
        ({"value": "forty-five"}, "Value", "is not a number"),
        ({"value": "46"}, "Value", "does not agree with the figure words"),
        ({"unit": "kilometres"}, "Unit", "measure time; the unit 'kilometres' measures length"),
        ({"label": "  "}, "Label", "a label is needed"),
    ],
)
def test_bad_input_is_refused_at_its_input_and_nothing_is_written(drafted, changes, field, words):
    before = drafted.read_text(encoding="utf-8")
    snapshot = read_snapshot(drafted)
    figure = pending_figures(snapshot)[0]
    with pytest.raises(InputProblem) as refused:
        accept(snapshot, figure.id, edits_of(figure, **changes), TODAY)
    assert words in refused.value.problems[field]
    assert drafted.read_text(encoding="utf-8") == before and history(drafted) == []


def test_what_the_validator_refuses_is_not_accepted(drafted):
    snapshot = read_snapshot(drafted)
    figure = next(f for f in pending_figures(snapshot) if f.indicator.words == "expected to exceed 100 billion yuan")
    with pytest.raises(InputProblem) as refused:
        accept(snapshot, figure.id, edits_of(figure, qualifier="", label="Investment in the corridor"), TODAY)
    assert "must keep it" in refused.value.problems["Label"]  # shown at the input it is about


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
        accept(snapshot, figure.id, edits_of(figure), TODAY)
    assert drafted.read_text(encoding="utf-8") == before
    assert not [p for p in drafted.parent.iterdir() if p.name.endswith(".tmp")]  # no temporary left


def test_strict_validation_counts_what_remains_until_every_figure_is_decided(drafted):
    snapshot = read_snapshot(drafted)
    pending = pending_figures(snapshot)
    for figure in pending[:-1]:
        snapshot = accept(snapshot, figure.id, edits_of(figure), TODAY)
    warnings = [p.message for p in check(drafted)[1] if "pending review" in p.message]
    assert warnings and warnings[0].startswith("1 figure(s) pending review")
    reject(snapshot, pending_figures(snapshot)[0].id)
    left = {p.code for p in check(drafted)[1] if p.severity == "warning"}
    assert left <= {
        NO_ADDRESS,
        NO_HEADLINE,
        TO_CONFIRM,
    }  # the reviewing is done; the facts and headlines are the YAML's


# Meaning, not words: the review refuses what the validator refuses ------------------------------------------


LIMIT = """Eastfield District: Results of 2025 (a fictional release for the review tests)

March 3, 2026

I. Business

First, approvals. Registering a company now takes no more than two working days. The number of licensing documents required has been cut by 40 percent.
"""


LIMIT_DRAFT = """release:
  id: eastfield-2026-03-03
  title: "Eastfield District: Results of 2025"
  publisher: "Eastfield District Information Office"
  date: "2026-03-03"
  district: Eastfield
  source_text: source/eastfield.txt
  source_url: "https://eastfield.example.gov/results-2025"
pillars:
  - id: business
    title: Business
indicators:
  # review: label and unit are provisional
  - id: registering-company
    label: "Working days to register a company"
    value: 2
    unit: working days
    pillar: business
    qualifier: no more than
    figure: "no more than two working days"
    quote: "Registering a company now takes no more than two working days."
    review: pending
  # review: label and unit are provisional
  - id: licensing-documents
    label: "Cut in licensing documents required"
    value: 40
    unit: "%"
    pillar: business
    figure: "40 percent"
    quote: "The number of licensing documents required has been cut by 40 percent."
    review: pending
not_figures:
  - {words: "2025", reason: a year}
  - {words: "March 3, 2026", reason: a date}
  - {words: "2026", reason: a year}
"""


@pytest.fixture
def limit_draft(tmp_path):
    (tmp_path / "source").mkdir()
    (tmp_path / "source" / "eastfield.txt").write_text(LIMIT, encoding="utf-8")
    (tmp_path / "draft.yaml").write_text(LIMIT_DRAFT, encoding="utf-8")
    return tmp_path / "draft.yaml"


def _pending(path, words):
    return next(f for f in pending_figures(read_snapshot(path)) if words in f.indicator.words)


def test_a_limit_is_never_accepted_as_a_floor(limit_draft):
    figure = _pending(limit_draft, "two working days")
    assert figure.indicator.qualifier == "no more than" and figure.bound.value == "at most"
    before = limit_draft.read_text(encoding="utf-8")
    with pytest.raises(InputProblem) as refused:
        accept(read_snapshot(limit_draft), figure.id, edits_of(figure, qualifier="more than"), TODAY)
    assert "at most" in refused.value.problems["Qualifier"] and "'no more than'" in refused.value.problems["Qualifier"]
    with pytest.raises(InputProblem) as cleared:
        accept(read_snapshot(limit_draft), figure.id, edits_of(figure, qualifier=""), TODAY)
    assert "must keep it" in cleared.value.problems["Label"]
    assert limit_draft.read_text(encoding="utf-8") == before and history(limit_draft) == []
    accept(read_snapshot(limit_draft), figure.id, edits_of(figure, qualifier="at most"), TODAY)


def test_a_cut_is_never_accepted_as_growth(limit_draft):
    figure = _pending(limit_draft, "40 percent")
    assert figure.change.value == "down"
    with pytest.raises(InputProblem) as refused:
        accept(read_snapshot(limit_draft), figure.id, edits_of(figure, label="Growth in licensing documents"), TODAY)
    assert "names a change up" in refused.value.problems["Label"]
    accept(read_snapshot(limit_draft), figure.id, edits_of(figure, label="Cut in licensing documents required"), TODAY)


# Each decision stays on its figure; any decision can be undone ---------------------------------------------------


def _entries(path):
    return {e["id"]: e for e in yaml.safe_load(path.read_text(encoding="utf-8"))["indicators"]}


def _entry_of(path, figure):
    """A figure's entry now, known by its sentence and words (its id follows an edited label)."""
    indicator = figure.indicator
    data = yaml.safe_load(path.read_text(encoding="utf-8"))["indicators"]
    return next(e for e in data if e["quote"] == indicator.quote and e["figure"] == indicator.words)


def test_a_refused_decision_keeps_every_input_on_its_own_figure(drafted):
    pending = pending_figures(read_snapshot(drafted))
    with pytest.raises(InputProblem):
        accept(read_snapshot(drafted), pending[0].id, edits_of(pending[0], value="not a number"), TODAY)
    labels = {f.id: f"Decided label {n}" for n, f in enumerate(pending[1:4])}
    for figure in pending[1:4]:
        accept(read_snapshot(drafted), figure.id, edits_of(figure, label=labels[figure.id], id=figure.id), TODAY)
    for figure in pending[1:4]:
        entry = _entry_of(drafted, figure)
        assert entry["label"] == labels[figure.id] and entry["review"] == "2026-11-29"
    for figure in [pending[0], *pending[4:]]:
        entry = _entry_of(drafted, figure)
        assert (entry["id"], entry["label"], entry["review"]) == (figure.id, figure.indicator.label, "pending")


def test_every_kind_of_decision_can_be_undone_and_the_others_stand(drafted):
    from indicators.curation.review import decisions, undo

    original = drafted.read_text(encoding="utf-8")
    pending = pending_figures(read_snapshot(drafted))
    first, second, third = pending[0], pending[1], pending[2]
    accept(read_snapshot(drafted), first.id, edits_of(first), TODAY)
    accept(read_snapshot(drafted), second.id, edits_of(second, label="An edited label", id="an-edited-id"), TODAY)
    reject(read_snapshot(drafted), third.id, "a date, not a figure")
    assert [d.action for d in decisions(drafted)] == ["accepted", "edited", "rejected"]

    undo(read_snapshot(drafted), 2)  # the edit: its figure back as drafted, pending, its id as it was
    entries = _entries(drafted)
    assert "an-edited-id" not in entries and entries[second.id]["label"] == second.indicator.label
    assert entries[second.id]["review"] == "pending" and entries[first.id]["review"] == "2026-11-29"
    undo(read_snapshot(drafted), 3)  # the rejection: back among the figures, in its place, its note above it
    assert list(_entries(drafted)) == [f["id"] for f in yaml.safe_load(original)["indicators"]]
    assert third.indicator.words not in [e["words"] for e in yaml.safe_load(drafted.read_text())["not_figures"] or []]
    assert next(f for f in pending_figures(read_snapshot(drafted)) if f.id == third.id).note == third.note
    undo(read_snapshot(drafted), 1)
    assert drafted.read_text(encoding="utf-8") == original  # every decision taken back: the draft as it was
    assert [d.undone for d in decisions(drafted)][:3] == [True, True, True]
    with pytest.raises(Exception, match="can be taken back"):
        undo(read_snapshot(drafted), 1)


def test_an_accepted_figure_in_a_published_file_is_corrected_not_undone(drafted):
    from indicators.curation.review import UndoRefused, undo

    figure = pending_figures(read_snapshot(drafted))[0]
    accept(read_snapshot(drafted), figure.id, edits_of(figure), TODAY)
    with pytest.raises(UndoRefused, match="corrections"):
        undo(read_snapshot(drafted), 1, live=True)


def test_the_id_is_made_from_the_final_label_unless_one_is_typed(drafted):
    pending = pending_figures(read_snapshot(drafted))
    made = pending[0]
    accept(read_snapshot(drafted), made.id, edits_of(made, label="Days to approve an industrial project"), TODAY)
    assert "days-approve-industrial-project" in _entries(drafted)
    typed = pending[1]
    accept(read_snapshot(drafted), typed.id, edits_of(typed, id="my-own-id"), TODAY)
    assert "my-own-id" in _entries(drafted)
    with pytest.raises(InputProblem) as refused:
        accept(read_snapshot(drafted), pending[2].id, edits_of(pending[2], id="my-own-id"), TODAY)
    assert "already another figure's id" in refused.value.problems["Id"]
    with pytest.raises(InputProblem) as refused:
        accept(read_snapshot(drafted), pending[2].id, edits_of(pending[2], id="Not An Id"), TODAY)
    assert "is not an id" in refused.value.problems["Id"]


# Two reviewers at once ----------------------------------------------------------------------------------------


def test_two_reviewers_deciding_at_once_lose_nothing(drafted):
    """Both read the same version and accept different figures at the same moment: one write wins, the other
    is told and keeps its input; deciding again, both decisions are in the file."""
    import threading

    snapshot = read_snapshot(drafted)
    first, second = pending_figures(snapshot)[:2]
    start, results = threading.Barrier(2), {}

    def reviewer(figure, label):
        start.wait()
        try:
            results[figure.id] = accept(snapshot, figure.id, edits_of(figure, label=label, id=figure.id), TODAY)
        except ChangedOnDisk as lost:
            results[figure.id] = lost

    threads = [
        threading.Thread(target=reviewer, args=(f, f"Label by reviewer {n}")) for n, f in enumerate((first, second))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    lost = [figure_id for figure_id, result in results.items() if isinstance(result, ChangedOnDisk)]
    assert len(lost) == 1  # exactly one write lost the race, and was told
    loser = first if lost[0] == first.id else second
    accept(read_snapshot(drafted), loser.id, edits_of(loser, label="Decided again", id=loser.id), TODAY)
    assert _entry_of(drafted, first)["review"] == _entry_of(drafted, second)["review"] == "2026-11-29"
    assert len(history(drafted)) == 2


def _accept_in_a_process(path: str, figure_id: str, label: str, go) -> str:
    from indicators.curation.files import ChangedOnDisk as Lost

    snapshot = read_snapshot(path)
    figure = next(f for f in pending_figures(snapshot) if f.id == figure_id)
    go.wait()
    try:
        accept(snapshot, figure_id, edits_of(figure, label=label, id=figure_id), TODAY)
        return "written"
    except Lost:
        return "lost"


def test_two_review_processes_at_once_lose_nothing(drafted):
    import multiprocessing

    first, second = pending_figures(read_snapshot(drafted))[:2]
    context = multiprocessing.get_context("spawn")
    with context.Manager() as manager:
        go = manager.Event()
        with context.Pool(2) as pool:
            jobs = [
                pool.apply_async(_accept_in_a_process, (str(drafted), f.id, f"Label {n}", go))
                for n, f in enumerate((first, second))
            ]
            go.set()
            outcomes = sorted(job.get(timeout=120) for job in jobs)
    decided = [f for f in (first, second) if _entry_of(drafted, f)["review"] != "pending"]
    assert outcomes in (["lost", "written"], ["written", "written"])  # a loser is told, never silently overwritten
    assert len(decided) == outcomes.count("written") and len(history(drafted)) == outcomes.count("written")


@pytest.fixture
def drafted_in_chinese(drafted):
    """The draft of a release the office will show in Chinese too: its names translated, its figures not yet."""
    from indicators.curation import yamlfile

    document = yamlfile.load(drafted.read_text(encoding="utf-8"))
    document["release"]["languages"] = ["en", "zh"]
    document["release"]["zh"] = {"title": "河湾区2024年工作报告", "publisher": "河湾区人民政府", "sections": {}}
    for pillar, title in zip(document["pillars"], ["营商与投资", "宜居城区"], strict=True):
        pillar["zh"] = {"title": title}
    parts = ("I", "II", "III")
    document["release"]["zh"]["sections"] = {f"{p}.{n}": f"第{p}部分第{n}节" for p in parts for n in range(1, 9)}
    drafted.write_text(yamlfile.dump(document), encoding="utf-8")
    return drafted


def test_a_figure_shown_in_chinese_is_reviewed_with_its_translation(drafted_in_chinese):
    snapshot = read_snapshot(drafted_in_chinese)
    figure = pending_figures(snapshot)[0]
    assert figure.chinese  # the page shows the Chinese inputs
    with pytest.raises(InputProblem) as refused:
        accept(snapshot, figure.id, edits_of(figure, chinese_label=" ", chinese_unit="个工作日"), TODAY)
    assert set(refused.value.problems) == {"Chinese label"}
    label = "工业项目从土地出让到施工许可所需工作日"
    accept(snapshot, figure.id, edits_of(figure, chinese_label=label, chinese_unit="个工作日"), TODAY)
    entry = _entry_of(drafted_in_chinese, figure)
    assert entry["zh"] == {"label": label, "unit": "个工作日"} and entry["review"] == "2026-11-29"


def test_a_translation_that_says_other_than_the_english_is_refused_at_its_input(drafted_in_chinese):
    snapshot = read_snapshot(drafted_in_chinese)
    figure = pending_figures(snapshot)[0]  # "no more than 45 working days"
    with pytest.raises(InputProblem) as refused:
        accept(
            snapshot,
            figure.id,
            edits_of(figure, label="Working days since 2016", chinese_label="所需工作日", chinese_unit="个工作日"),
            TODAY,
        )
    assert "since" in refused.value.problems["Chinese label"]
