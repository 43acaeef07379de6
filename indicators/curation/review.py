"""Reviewing a draft: accept (as drafted or edited) or reject each pending figure, and undo any decision.

Every decision names the figure it is about (never "the one on screen"), is checked by the validator before it is
written, and is written under the file's exclusive lock: the check that the file is still what the reviewer read,
the history copy, the atomic replacement and the decision's line in the log all happen while no one else can
write. A reviewer whose write lost the race to another is told, and nothing of theirs is lost: the page keeps what
they typed. Writes are round trips through ruamel.yaml (comments, key order and quoting survive).

Each decision is logged beside the history (`history/<file>.decisions.json`), with the version it replaced, so
any of them can be taken back: undoing restores that figure as it was before the decision, leaving every other
decision standing.

Only `python -m indicators review` uses this module; the public dashboard never imports it.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from pydantic import ValidationError

from indicators.checks.validate import PENDING_REVIEW, check
from indicators.curation import yamlfile
from indicators.curation.files import (
    Busy,
    ChangedOnDisk,
    digest,
    history_folder,
    locked,
    replace_atomically,
    replace_if_unchanged,
)
from indicators.curation.yamlfile import CommentedMap
from indicators.model.ids import readable_id
from indicators.model.schema import PENDING, SLUG_PATTERN, Indicator
from indicators.reading.bounds import Change, Direction, bound_of, change_of
from indicators.reading.numbers import read_numbers
from indicators.reading.problems import Problem, errors
from indicators.reading.source import SourceText
from indicators.reading.yamlsafe import YamlError, parse, read_text

__all__ = ["Busy", "ChangedOnDisk"]

NOT_A_FIGURE = "not a figure"
DECISIONS = ".decisions.json"  # after the file's name, beside its versions: history/<file>.decisions.json
# The inputs a curator types, and the field of the figure each one sets (the Chinese ones where the release is
# shown in Chinese: a figure's translation is reviewed with it).
INPUT_FIELDS = {"Id": "id", "Label": "label", "Value": "value", "Unit": "unit", "Qualifier": "qualifier"}
CHINESE_FIELDS = {"Chinese label": "zh.label", "Chinese unit": "zh.unit"}


class InputProblem(ValueError):
    """What the curator typed cannot be recorded; `problems` maps each input's name to what to do."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems.items()))


class UndoRefused(ValueError):
    """The decision cannot be taken back; the message says why and what to do instead."""


@dataclass(frozen=True)
class Snapshot:
    """The file as the page read it: its path, text and the hash that detects an outside edit."""

    path: Path
    text: str
    digest: str


@dataclass(frozen=True)
class Edits:
    label: str
    value: str
    unit: str
    qualifier: str = ""
    id: str = ""  # empty: keep the id (or, for an id the drafter made from its label, make it from the final one)
    chinese_label: str | None = None  # None where the page shows no Chinese inputs
    chinese_unit: str | None = None


@dataclass(frozen=True)
class Pending:
    """A figure pending review (the curated indicator as the file holds it), with what a curator needs beside it."""

    indicator: Indicator
    paragraph: str  # the release text around the sentence
    note: str  # the drafter's `# review:` comment
    problems: tuple[Problem, ...]  # the validator's, for this figure
    bound: Direction  # which way its words point
    bound_words: str  # the words that bound it ("no more than"), if any
    change: Change | None  # the change its sentence states for it, if any
    suggested_id: str  # from its label, as a reader would read it
    chinese: bool = False  # the release is shown in Chinese (or the figure has its Chinese): review that too

    @property
    def id(self) -> str:
        return self.indicator.id


@dataclass(frozen=True)
class Decision:
    """One decision as the log keeps it: enough to show it and to take it back."""

    number: int
    at: str  # when, ISO 8601
    action: str  # "accepted", "edited", "rejected", or "undid <number>"
    figure: str  # the figure's id when it was decided
    label: str
    previous: str  # the history file holding the version the decision replaced
    now_id: str | None = None  # the figure's id after the decision (an edited id), None once rejected
    undone: bool = False

    @property
    def undoable(self) -> bool:
        return not self.undone and not self.action.startswith("undid")


def read_snapshot(path: Path | str) -> Snapshot:
    path = Path(path)
    data = path.read_bytes()
    return Snapshot(path, read_text(path), digest(data))


def _problems_by_id(problems: list[Problem]) -> dict[str, list[Problem]]:
    found: dict[str, list[Problem]] = {}
    for problem in problems:
        if problem.id and problem.code != PENDING_REVIEW:
            found.setdefault(problem.id, []).append(problem)
    return found


def _note_above(lines: list[str], line: int) -> str:
    comment = lines[line - 2].strip() if line >= 2 else ""
    return comment.removeprefix("# review:").strip() if comment.startswith("# review:") else ""


def _source(path: Path, data: dict) -> SourceText | None:
    name = (data.get("release") or {}).get("source_text")
    try:
        return SourceText(read_text(path.parent / name)) if name else None
    except YamlError:  # the validator's messages say what is wrong with the source
        return None


def _direction_of(indicator: Indicator) -> tuple[Direction, str, Change | None]:
    sentence, words = " ".join(indicator.quote.split()), " ".join(indicator.words.split())
    start = sentence.find(words)
    readings = read_numbers(words)
    if start < 0 or not readings:
        return Direction.EXACTLY, "", None
    bound = bound_of(sentence, start + readings[0].start, start + readings[0].end)
    change = change_of(sentence, start, start + len(words))
    return (bound.direction if bound else Direction.EXACTLY), (bound.words if bound else ""), change


def pending_figures(snapshot: Snapshot) -> list[Pending]:
    """The figures still pending review, in release order, each with what a curator needs to decide."""
    document = parse(snapshot.text)
    data = document.data
    _, problems = check(snapshot.path)
    by_id = _problems_by_id(problems)
    source = _source(snapshot.path, data)
    lines = snapshot.text.splitlines()
    entries = [e for e in data.get("indicators") or [] if isinstance(e, dict)]
    taken = {str(e.get("id")) for e in entries}
    result = []
    for index, entry in enumerate(data.get("indicators") or []):
        if not isinstance(entry, dict) or entry.get("review") != PENDING:
            continue
        try:
            indicator = Indicator.model_validate(entry)
        except ValidationError:
            continue  # the validator names what is wrong with it; the page lists those problems
        span = source.find(indicator.quote) if source else None
        bound, bound_words, change = _direction_of(indicator)
        result.append(
            Pending(
                indicator=indicator,
                paragraph=source.paragraphs[span.paragraph].text if span else "",
                note=_note_above(lines, document.line_of(("indicators", index)) or 1),
                problems=tuple(by_id.get(indicator.id, [])),
                bound=bound,
                bound_words=bound_words,
                change=change,
                suggested_id=readable_id(indicator.label, taken - {indicator.id}),
                chinese=indicator.zh is not None or "zh" in (_release(data).get("languages") or []),
            )
        )
    return result


def unreadable(snapshot: Snapshot) -> list[Problem]:
    """The validator's errors that no pending figure shows (an entry the schema refuses, a broken release text)."""
    _, problems = check(snapshot.path)
    shown = {p.id for p in pending_figures(snapshot)}
    return [p for p in errors(problems) if p.id not in shown]


def _release(data: dict) -> dict:
    release = data.get("release") if isinstance(data, dict) else None
    return release if isinstance(release, dict) else {}


def to_confirm(snapshot: Snapshot) -> list[str]:
    """The release's facts the drafter could not read from the text (placeholders until confirmed)."""
    facts = _release(parse(snapshot.text).data).get("to_confirm")
    return [str(f) for f in facts] if isinstance(facts, list) else []


# Reading what the curator typed -----------------------------------------------------------------------------


def _number(text: str) -> float | int:
    cleaned = text.strip().replace(",", "")
    try:
        number = float(cleaned)
    except ValueError:
        raise InputProblem({"Value": f"{text!r} is not a number; type it in digits, e.g. 1200 or 86.24"}) from None
    return int(number) if number.is_integer() and "." not in cleaned and "e" not in cleaned.lower() else number


def _new_id(entry: dict, edits: Edits, label: str, taken: set[str]) -> str:
    """The id the figure will have: as typed; else, when the label changed and the id was left as drafted, one
    made from the final label (a pending figure was never shown to a reader, so no link holds its id yet)."""
    typed, old = edits.id.strip(), str(entry.get("id", ""))
    if typed and typed != old:
        return typed
    if label != entry.get("label"):
        return readable_id(label, taken)
    return old


def check_edits(entry: dict, edits: Edits, taken: set[str]) -> dict:
    """The figure's new fields as typed, or InputProblem naming each input that cannot be recorded. What the typed
    words mean (does the value agree with its words, the qualifier with their bound) is the validator's to say."""
    problems: dict[str, str] = {}
    label = " ".join(edits.label.split())
    if not label:
        problems["Label"] = "a label is needed: name what the number counts"
    value = None
    try:
        value = _number(edits.value)
    except InputProblem as problem:
        problems.update(problem.problems)
    if not edits.unit.strip():
        problems["Unit"] = 'a unit is needed: plural words ("projects") or "%"'
    new_id = _new_id(entry, edits, label, taken)
    if not re.fullmatch(SLUG_PATTERN, new_id) or len(new_id) > 80:
        problems["Id"] = f"{new_id!r} is not an id: lower-case words joined by hyphens, at most 80 characters"
    elif new_id in taken:
        problems["Id"] = f"{new_id!r} is already another figure's id; every id names one figure"
    chinese = {}
    if edits.chinese_label is not None:
        chinese["label"] = " ".join(edits.chinese_label.split())
        if not chinese["label"]:
            problems["Chinese label"] = "the release is shown in Chinese: write the curators' Chinese label"
    if edits.chinese_unit is not None:
        chinese["unit"] = edits.chinese_unit.strip()
    if problems:
        raise InputProblem(problems)
    fields = {
        "id": new_id,
        "label": label,
        "value": value,
        "unit": edits.unit.strip(),
        "qualifier": edits.qualifier.strip(),
    }
    return {**fields, "zh": chinese} if chinese else fields


# Writing ---------------------------------------------------------------------------------------------------


def _entry(document, figure_id: str) -> tuple[int, CommentedMap]:
    for index, entry in enumerate(document.get("indicators") or []):
        if isinstance(entry, dict) and entry.get("id") == figure_id:
            return index, entry
    raise InputProblem({"figure": f"no figure {figure_id!r} in the file any more; reload it"})


def _set_fields(entry: CommentedMap, fields: dict, order: list[str] | None = None) -> None:
    """Set (a value of None deletes) the entry's fields in place, in ``order`` when given, keeping the comment that
    trails its last key: ruamel keeps the next entry's `# review:` note there."""
    last = list(entry)[-1] if len(entry) else None
    trailing = entry.ca.items.pop(last, None) if last is not None else None
    for key, value in fields.items():
        if value is None:
            entry.pop(key, None)
        elif key in entry:  # re-inserted, not assigned: ruamel would keep the old value's quoting for the new
            position = list(entry).index(key)
            del entry[key]
            entry.insert(position, key, value)
        else:
            entry.insert(list(entry).index("pillar") + 1 if "pillar" in entry else len(entry), key, value)
    for key in order or []:
        if key in entry:
            entry.move_to_end(key)
    if trailing is not None and len(entry):
        entry.ca.items[list(entry)[-1]] = trailing


def _validated(snapshot: Snapshot, text: str, figure_id: str) -> None:
    """The candidate file must raise no error for this figure (nor any other): checked before it is written. Each
    of the validator's errors is shown at the input whose field it is about."""
    with tempfile.NamedTemporaryFile(
        "w", dir=snapshot.path.parent, suffix=".yaml", delete=False, encoding="utf-8"
    ) as f:
        f.write(text)
        candidate = Path(f.name)
    try:
        _, problems = check(candidate)
    finally:
        candidate.unlink(missing_ok=True)
    found = errors(problems)
    if not found:
        return
    by_input: dict[str, list[str]] = {}
    inputs = {field: name for name, field in {**INPUT_FIELDS, **CHINESE_FIELDS}.items()}
    for problem in found:
        where = inputs.get(problem.field or "") if problem.id == figure_id else None
        by_input.setdefault(where or "validator", []).append(
            problem.message if problem.id == figure_id else str(problem)
        )
    raise InputProblem({name: " · ".join(messages) for name, messages in by_input.items()})


def decision_log(path: Path) -> Path:
    """Every decision taken on the file, beside the folder of its versions."""
    return history_folder(path).with_name(path.name + DECISIONS)


def decisions(path: Path) -> list[Decision]:
    """Every decision taken on this file, oldest first."""
    log = decision_log(path)
    try:
        return [Decision(**item) for item in json.loads(log.read_text(encoding="utf-8"))]
    except FileNotFoundError:
        return []


def _write(snapshot: Snapshot, text: str, figure_id: str, record: dict | None, undoes: int | None = None) -> Snapshot:
    """Validate, then under the lock: the file still as read, history, replace, and the decision's line in the log."""
    _validated(snapshot, text, figure_id)
    data = text.encode("utf-8")
    with locked(snapshot.path):
        kept = replace_if_unchanged(snapshot.path, snapshot.digest, data)
        log = decisions(snapshot.path)
        if undoes is not None:
            log = [Decision(**{**asdict(d), "undone": True}) if d.number == undoes else d for d in log]
        log.append(
            Decision(
                number=len(log) + 1, at=dt.datetime.now().isoformat(timespec="seconds"), previous=kept.name, **record
            )
        )
        replace_atomically(
            decision_log(snapshot.path),
            json.dumps([asdict(d) for d in log], ensure_ascii=False, indent=1).encode("utf-8"),
        )
    return Snapshot(snapshot.path, text, digest(data))


def _fresh(snapshot: Snapshot) -> None:
    if digest(snapshot.path.read_bytes()) != snapshot.digest:
        raise ChangedOnDisk(f"{snapshot.path} changed on disk since it was read; reload it and decide again")


def accept(snapshot: Snapshot, figure_id: str, edits: Edits, today: dt.date | None = None) -> Snapshot:
    """Record the figure as reviewed today, with the curator's id, label, value, unit and qualifier."""
    _fresh(snapshot)
    document = yamlfile.load(snapshot.text)
    _, entry = _entry(document, figure_id)
    taken = {str(e.get("id")) for e in document.get("indicators") or [] if isinstance(e, dict)} - {figure_id}
    fields = check_edits(entry, edits, taken)
    before = {key: entry.get(key) for key in ("id", "label", "value", "unit", "qualifier")}
    chinese = fields.pop("zh", None)
    old_chinese = dict(entry.get("zh") or {})
    changed = any(fields[key] != (before[key] if before[key] is not None else "") for key in fields)
    if chinese is not None:
        merged = {**old_chinese, **chinese}
        if not merged.get("unit"):
            merged.pop("unit", None)  # no unit after a percentage or a rank
        changed = changed or merged != old_chinese
        fields["zh"] = merged
    _set_fields(
        entry,
        {**fields, "qualifier": fields["qualifier"] or None, "review": (today or dt.date.today()).isoformat()},
    )
    record = {
        "action": "edited" if changed else "accepted",
        "figure": figure_id,
        "now_id": fields["id"],
        "label": fields["label"],
    }
    return _write(snapshot, yamlfile.dump(document), fields["id"], record)


def reject(snapshot: Snapshot, figure_id: str, reason: str = NOT_A_FIGURE) -> Snapshot:
    """Move the figure to `not_figures` with the reason: its words stay explained, so coverage holds."""
    _fresh(snapshot)
    if not reason.strip():
        raise InputProblem({"Reason": "say why it is not a figure (the default is 'not a figure')"})
    document = yamlfile.load(snapshot.text)
    index, entry = _entry(document, figure_id)
    words, label = entry.get("figure"), str(entry.get("label", ""))
    yamlfile.delete_entry(document, "indicators", index)
    exclusions = document.get("not_figures")
    if exclusions is None:
        document["not_figures"] = exclusions = []
    if not any(isinstance(e, dict) and e.get("words") == words for e in exclusions):
        exclusion = CommentedMap()
        exclusion["words"], exclusion["reason"] = words, reason.strip()
        exclusion.fa.set_flow_style()
        exclusions.append(exclusion)
    record = {"action": "rejected", "figure": figure_id, "now_id": None, "label": label}
    return _write(snapshot, yamlfile.dump(document), figure_id, record)


def undo(snapshot: Snapshot, number: int, live: bool = False) -> Snapshot:
    """Take decision ``number`` back: its figure as the version before the decision held it, pending review again;
    every other decision stands. On a file readers read (``live``), an accepted figure may have been linked to:
    it is corrected with a `corrections` entry instead."""
    _fresh(snapshot)
    decision = next((d for d in decisions(snapshot.path) if d.number == number), None)
    if decision is None or not decision.undoable:
        raise UndoRefused(f"decision {number} is not one that can be taken back (it was undone already, or is an undo)")
    if live and decision.action != "rejected":
        raise UndoRefused(
            f"{decision.now_id} is published in a file readers read, and a link to it may have been shared: correct "
            "it with a `corrections` entry (see the README) instead of taking the acceptance back"
        )
    previous_text = (history_folder(snapshot.path) / decision.previous).read_text(encoding="utf-8")
    previous = yamlfile.load(previous_text)
    old_index, old = _entry(previous, decision.figure)
    document = yamlfile.load(snapshot.text)
    if decision.action == "rejected":
        if any(isinstance(e, dict) and e.get("id") == decision.figure for e in document.get("indicators") or []):
            raise UndoRefused(f"{decision.figure} is a figure again already; nothing to undo")

        # Back after the figures that stood before it (known by their sentence and words: an id may have changed).
        def known(entry) -> tuple:
            return (entry.get("quote"), entry.get("figure")) if isinstance(entry, dict) else ()

        earlier = {known(e) for e in previous["indicators"][:old_index]}
        index = max((n + 1 for n, e in enumerate(document.get("indicators") or []) if known(e) in earlier), default=0)
        note = _note_above(previous_text.splitlines(), old.lc.line + 1)
        restored = CommentedMap((key, value) for key, value in old.items())
        yamlfile.insert_entry(document, "indicators", index, restored, note)
        exclusions = document.get("not_figures") or []
        was_excluded = any(
            isinstance(e, dict) and e.get("words") == old.get("figure") for e in previous.get("not_figures") or []
        )
        for position, exclusion in enumerate(exclusions):
            if isinstance(exclusion, dict) and exclusion.get("words") == old.get("figure") and not was_excluded:
                del exclusions[position]
                break
    else:
        try:
            _, entry = _entry(document, decision.now_id)
        except InputProblem:
            raise UndoRefused(f"{decision.now_id} is no longer in the file; nothing to undo") from None
        fields = {key: old.get(key) for key in {*entry, *old} if key not in ("pillar", "figure", "quote")}
        _set_fields(entry, fields, order=list(old))
    record = {
        "action": f"undid {number}",
        "figure": decision.figure,
        "now_id": decision.figure,
        "label": decision.label,
    }
    return _write(snapshot, yamlfile.dump(document), decision.figure, record, undoes=number)
