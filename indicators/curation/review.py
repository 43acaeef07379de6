"""Reviewing a draft: accept or reject each pending figure, written at once and safely.

Every write is a round trip through ruamel.yaml (comments, key order and quoting survive), checked by the
validator before it is made, atomic (a temporary file beside the data, fsync, rename) and keeps the bytes
it replaces in a dated history folder beside the file. A file changed on disk since the page read it is
never overwritten: the caller is told, reloads, and the curator decides again.

Only `python -m indicators review` uses this module; the public dashboard never imports it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ruamel.yaml import YAML

from indicators.checks.validate import check
from indicators.curation.files import keep_history, replace_atomically
from indicators.model.schema import PENDING
from indicators.reading.numbers import check_value
from indicators.reading.problems import Problem, errors
from indicators.reading.source import SourceText
from indicators.reading.yamlsafe import parse, read_text

NOT_A_FIGURE = "not a figure"
_ALWAYS_SUPPORTED_UNITS = {"%", "rank", "times", "ratio"}


class ChangedOnDisk(Exception):
    """The file is not what the page read: another editor, a text editor or `git pull` changed it."""


class InputProblem(ValueError):
    """What the curator typed cannot be recorded; `problems` maps each input's name to what to do."""

    def __init__(self, problems: dict[str, str]):
        self.problems = problems
        super().__init__("; ".join(f"{field}: {message}" for field, message in problems.items()))


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


@dataclass(frozen=True)
class PendingFigure:
    id: str
    label: str
    value: float | int
    value_to: float | int | None
    unit: str
    qualifier: str
    words: str
    quote: str
    paragraph: str  # the release text around the sentence
    note: str  # the drafter's `# review:` comment
    problems: tuple[str, ...]  # the validator's messages for this figure


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def read_snapshot(path: Path | str) -> Snapshot:
    path = Path(path)
    text = read_text(path)
    return Snapshot(path, text, _digest(path.read_bytes()))


def _yaml() -> YAML:
    yaml = YAML()  # round trip: comments, order and quoting are kept
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a quote
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def _problems_by_id(problems: list[Problem]) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for problem in problems:
        if problem.id and "pending review" not in problem.message:
            found.setdefault(problem.id, []).append(f"{problem.severity}: {problem.message}")
    return found


def pending_figures(snapshot: Snapshot) -> list[PendingFigure]:
    """The figures still pending review, in release order, each with what a curator needs to decide."""
    document = parse(snapshot.text)
    data = document.data
    _, problems = check(snapshot.path)
    by_id = _problems_by_id(problems)
    source = _source(snapshot.path, data)
    lines = snapshot.text.splitlines()
    result = []
    for index, entry in enumerate(data.get("indicators") or []):
        if not isinstance(entry, dict) or entry.get("review") != PENDING:
            continue
        line = document.line_of(("indicators", index)) or 1
        comment = lines[line - 2].strip() if line >= 2 else ""
        quote = str(entry.get("quote", ""))
        span = source.find(quote) if source else None
        result.append(
            PendingFigure(
                id=str(entry.get("id", "")),
                label=str(entry.get("label", "")),
                value=entry.get("value"),
                value_to=entry.get("value_to"),
                unit=str(entry.get("unit", "")),
                qualifier=str(entry.get("qualifier") or ""),
                words=str(entry.get("figure", "")),
                quote=quote,
                paragraph=source.paragraphs[span.paragraph].text if span else "",
                note=comment.removeprefix("# review:").strip() if comment.startswith("# review:") else "",
                problems=tuple(by_id.get(str(entry.get("id")), [])),
            )
        )
    return result


def _source(path: Path, data: dict) -> SourceText | None:
    name = (data.get("release") or {}).get("source_text")
    try:
        return SourceText(read_text(path.parent / name)) if name else None
    except Exception:  # noqa: BLE001 - the validator's messages say what is wrong with the source
        return None


def _number(text: str) -> float | int:
    cleaned = text.strip().replace(",", "")
    try:
        number = float(cleaned)
    except ValueError:
        raise InputProblem({"Value": f"{text!r} is not a number; type it in digits, e.g. 1200 or 86.24"}) from None
    return int(number) if number.is_integer() and "." not in cleaned and "e" not in cleaned.lower() else number


def _unit_supported(unit: str, quote: str) -> bool:
    """Each word of the unit stands in the sentence (its first five letters: "kilometres" for "kilometer")."""
    if unit.strip() in _ALWAYS_SUPPORTED_UNITS:
        return True
    sentence = quote.lower()
    words = [w for w in re.findall(r"[a-z0-9$]+", unit.lower()) if len(w) > 2 and w not in ("per", "the")]
    return all(w[:5] in sentence for w in words)


def check_edits(figure: PendingFigure, edits: Edits) -> dict:
    """The figure's new fields, or InputProblem naming each input that cannot be recorded."""
    problems: dict[str, str] = {}
    if not edits.label.strip():
        problems["Label"] = "a label is needed: name what the number counts"
    value = None
    try:
        value = _number(edits.value)
    except InputProblem as problem:
        problems.update(problem.problems)
    unit = edits.unit.strip()
    if not unit:
        problems["Unit"] = 'a unit is needed: plural words ("projects") or "%"'
    elif not _unit_supported(unit, figure.quote):
        problems["Unit"] = f"the sentence does not support the unit {unit!r}; use its own words"
    if value is not None and unit and "Unit" not in problems:
        agreement = check_value(value, unit, figure.words, value_to=figure.value_to)
        if not agreement.ok:
            problems["Value"] = agreement.problem
    if problems:
        raise InputProblem(problems)
    return {"label": edits.label.strip(), "value": value, "unit": unit, "qualifier": edits.qualifier.strip()}


def _entry(document, figure_id: str) -> tuple[int, dict]:
    for index, entry in enumerate(document.get("indicators") or []):
        if isinstance(entry, dict) and entry.get("id") == figure_id:
            return index, entry
    raise InputProblem({"figure": f"no figure {figure_id!r} in the file any more; reload it"})


def _dump(document) -> str:
    out = io.StringIO()
    _yaml().dump(document, out)
    return out.getvalue()


def _validated(snapshot: Snapshot, text: str, figure_id: str) -> None:
    """The candidate file must raise no error for this figure (nor any other): checked before it is written."""
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
    if found:
        mine = [p.message for p in found if p.id == figure_id] or [str(p) for p in found]
        raise InputProblem({"validator": " · ".join(mine)})


def write_atomically(snapshot: Snapshot, text: str, now: dt.datetime | None = None) -> Snapshot:
    """Replace the file with `text`, never half-written, keeping the bytes it replaces in the history folder."""
    path = snapshot.path
    if _digest(path.read_bytes()) != snapshot.digest:
        raise ChangedOnDisk(f"{path} changed on disk since it was read; reload it and decide again")
    keep_history(path, now)
    data = text.encode("utf-8")
    replace_atomically(path, data)
    return Snapshot(path, text, _digest(data))


def _fresh(snapshot: Snapshot) -> None:
    if _digest(snapshot.path.read_bytes()) != snapshot.digest:
        raise ChangedOnDisk(f"{snapshot.path} changed on disk since it was read; reload it and decide again")


def accept(snapshot: Snapshot, figure: PendingFigure, edits: Edits, today: dt.date | None = None) -> Snapshot:
    """Record the figure as reviewed today, with the curator's label, value, unit and qualifier."""
    _fresh(snapshot)
    fields = check_edits(figure, edits)
    document = _yaml().load(snapshot.text)
    _, entry = _entry(document, figure.id)
    entry["label"], entry["value"], entry["unit"] = fields["label"], fields["value"], fields["unit"]
    if fields["qualifier"]:
        if "qualifier" in entry:
            entry["qualifier"] = fields["qualifier"]
        else:
            entry.insert(list(entry).index("pillar") + 1, "qualifier", fields["qualifier"])
    elif "qualifier" in entry:
        del entry["qualifier"]
    entry["review"] = (today or dt.date.today()).isoformat()
    text = _dump(document)
    _validated(snapshot, text, figure.id)
    return write_atomically(snapshot, text)


def _delete_entry(document, key: str, index: int) -> None:
    """Delete an entry of a list, keeping every comment with the entry it stands above.

    ruamel keeps a comment above an entry as the trailing comment of the entry before it (or of the list's
    key, for the first): deleting an entry must hand its trailing comment (the next entry's) to the entry
    before it, or the next entry's `# review:` note would be lost and this one's left standing in its place.
    """
    entries = document[key]
    gone = entries[index]
    last = list(gone)[-1] if len(gone) else None
    trailing = gone.ca.items.get(last) if last is not None else None
    if index > 0:
        before = entries[index - 1]
        before_last = list(before)[-1]
        if trailing:
            before.ca.items[before_last] = trailing
        else:
            before.ca.items.pop(before_last, None)
    else:
        tokens = (trailing or [None, None, None])[2]
        if tokens is not None:
            tokens.value = tokens.value.lstrip("\n").lstrip(" ")  # it now opens the list
        starts = [tokens] if tokens is not None else None
        if key in document.ca.items:
            document.ca.items[key][3] = starts
        entries.ca.comment = [None, starts] if starts else None
    del entries[index]


def reject(snapshot: Snapshot, figure: PendingFigure, reason: str = NOT_A_FIGURE) -> Snapshot:
    """Move the figure to `not_figures` with the reason: its words stay explained, so coverage holds."""
    _fresh(snapshot)
    if not reason.strip():
        raise InputProblem({"Reason": "say why it is not a figure (the default is 'not a figure')"})
    document = _yaml().load(snapshot.text)
    index, _ = _entry(document, figure.id)
    _delete_entry(document, "indicators", index)
    exclusions = document.get("not_figures")
    if exclusions is None:
        document["not_figures"] = exclusions = []
    if not any(isinstance(e, dict) and e.get("words") == figure.words for e in exclusions):
        exclusion = document.__class__()
        exclusion["words"], exclusion["reason"] = figure.words, reason.strip()
        exclusion.fa.set_flow_style()
        exclusions.append(exclusion)
    text = _dump(document)
    _validated(snapshot, text, figure.id)
    return write_atomically(snapshot, text)
