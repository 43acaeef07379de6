"""One proposed figure from a number in its sentence: its words with any bound, the value, unit and label."""

from __future__ import annotations

import re
from dataclasses import dataclass

from indicators.curation.draft.labels import counted_phrase, label_of, unit_of
from indicators.curation.draft.proposal import Proposal
from indicators.curation.draft.vocabulary import CURRENCIES, CURRENCY_BEFORE
from indicators.model.release import infer_kind
from indicators.reading.bounds import bound_before, shown_as
from indicators.reading.numbers import Reading, check_value, read_numbers


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    offset: int  # where it starts in its paragraph
    text: str
    part: str | None  # the release's part ("I", "II"), which gives the pillar
    first: bool  # the paragraph's first sentence


@dataclass(frozen=True)
class Request:
    """What the classification decided about a number, for the proposal to carry."""

    reading: Reading
    words: str | None = None  # the figure's words when the classification fixed them
    value: float | None = None
    value_to: float | None = None
    unit: str | None = None
    qualifier: str | None = None
    field: str | None = None
    field_size: int | None = None
    label: str = ""
    review: str = ""
    start: int | None = None  # where the words start, when before the reading ("between 35 and 40")


@dataclass
class Proposed:
    proposal: Proposal | None
    problem: str = ""  # why the value could not be recorded, when proposal is None
    words: str = ""


def _bound(text: str, number_start: int) -> tuple[str | None, int | None, str]:
    """The qualifier a bound before the number sets (the release's own words where they are a phrase, else the
    direction: "no village is more than 30 minutes" is at most), where its words start, and a review note."""
    bound = bound_before(text, number_start)
    if bound is None:
        return None, None, ""
    said, shown = " ".join(bound.words.split()), shown_as(bound)
    note = "" if shown == said.lower() else f"read {said!r} as {shown!r}: {bound.direction.described}"
    return shown, bound.start, note


def propose(sentence: Sentence, request: Request, briefing_date: str) -> Proposed:
    text, reading = sentence.text, request.reading
    start = reading.start if request.start is None else request.start
    before, after = text[:start], text[reading.end :]
    # the next number ends the phrase counted, unless it is glued to letters: "2,860 5G base stations"
    numbers_after = [r.start for r in read_numbers(after) if not re.match(r"[A-Za-z]", after[r.end : r.end + 1])]
    next_number = min([*numbers_after, len(after)])
    bound, bound_start, note = _bound(text, start)
    qualifier = request.qualifier or bound
    words = request.words
    if bound_start is not None and words is None:
        start = bound_start
    total = re.search(r"\ba total of\s+$", before, re.IGNORECASE)
    if total and words is None:
        start = total.start()
    currency = CURRENCY_BEFORE.search(text[: reading.start])
    unit = request.unit
    if currency and words is None:  # "US$ 2.5 million": the currency is the unit
        start = min(start, currency.start())
        scale = f"{reading.scale_word} " if reading.scale_word and reading.scale_word != "hundred" else ""
        unit = unit or f"{scale}{CURRENCIES[currency.group(1)]}"
    countable = words is None and not reading.percent and not currency and reading.kind not in ("ratio", "multiple")
    phrase = counted_phrase(after, next_number) if countable else ""
    if reading.kind == "fraction" and phrase.lower().startswith("of "):
        phrase = ""
    if phrase.lower().split()[:1] == ["times"]:  # "nearly three times the figure of 2015": a multiple
        phrase = "times"
    if words is None:
        words = text[start : reading.end] + (" " + phrase if phrase and not phrase.startswith("-") else phrase)
        words = words.rstrip(" ,.;:")
    value = reading.written if request.value is None else request.value
    unit = unit or unit_of(reading, phrase)
    label = label_of(text, start, reading.end, phrase, reading, briefing_date, request.label)
    if label.unit and unit == "items":  # "12 of them": what "them" counts
        unit = label.unit
    text_label = label.text + (", in total" if total and "total" not in label.text.lower() else "")
    for kept in ("citywide", "nationwide", "since"):
        if re.search(rf"\b{kept}\b", words, re.IGNORECASE) and kept not in text_label.lower():
            text_label += f", {kept}"
    agreement = check_value(value, unit, words, value_to=request.value_to)
    if not agreement.ok:
        return Proposed(None, agreement.problem, words)
    notes = ["label and unit are provisional"] + [n for n in (request.review, note) if n]
    if not label.sure:
        notes.append("the drafter could not tell what this number counts: name it in the label")
    kind = infer_kind(unit, words, qualifier)
    if kind.value == "span" and "years" in unit:
        notes.append("a run of years, not time taken: check")
    proposal = Proposal(
        id="",
        label=text_label,
        value=value,
        unit=unit,
        pillar="",
        quote=text,
        words=words,
        qualifier=qualifier,
        value_to=request.value_to,
        field=request.field,
        field_size=request.field_size,
        review=notes,
    )
    return Proposed(proposal, words=words)
