"""One proposed figure from a number in its sentence: its words with any bound, the value, unit and label."""

from __future__ import annotations

import re
from dataclasses import dataclass

from indicators.curation.draft.labels import CHANGE_NOUNS, MEASURES, counted_phrase, label_of, unit_of
from indicators.curation.draft.proposal import Proposal
from indicators.curation.draft.vocabulary import CURRENCIES, CURRENCY_BEFORE
from indicators.curation.draft.when import PERIOD, period_of
from indicators.model.release import infer_kind
from indicators.reading.bounds import Change, ChangeAmount, bound_before, change_amount, shown_as
from indicators.reading.numbers import Reading, check_value, read_numbers


@dataclass(frozen=True)
class Sentence:
    paragraph: int
    offset: int  # where it starts in its paragraph
    text: str
    pillar: str | None  # the pillar of the release's part it stands in; None before the first part
    first: bool  # the paragraph's first sentence
    quote: str = ""  # the whole sentence, when `text` is one item of a list in it
    summary: bool = False  # an item of a list that summarises figures the text states again

    @property
    def whole(self) -> str:
        return self.quote or self.text


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


_RESPECTIVELY = re.compile(
    r"^(?:(?:[^,.;]|\.(?=\d))*?(?:,\s*|\s+and\s+))*(?:[^,.;]|\.(?=\d))*?\brespectively\b", re.IGNORECASE
)


def _run(text: str, reading: Reading) -> list[Reading]:
    """The amounts of an enumeration this number is one of ("up 4.8% and 6.7% respectively"), in the sentence's
    positions; empty when it is none."""
    tail = _RESPECTIVELY.match(text[reading.start :])
    if not tail:
        return []
    run_start = text.rfind(",", 0, reading.start) + 1
    found = read_numbers(text[run_start : reading.start + tail.end()])
    return [
        Reading(r.written, r.full, r.scale_word, r.percent, r.kind, run_start + r.start, run_start + r.end, r.decimals)
        for r in found
    ]


def _paired(text: str, reading: Reading, earlier: list[Proposal]) -> str:
    """ "Tea output was 12,600 tonnes and fruit output 38,000 tonnes, up 3.2% and 5.4% respectively": the label of
    the level the enumeration pairs this amount with (the i-th of the amounts, the i-th of the levels before)."""
    amounts = _run(text, reading)
    if not amounts:
        return ""
    position = sum(1 for r in amounts if r.start < reading.start)
    levels = [f for f in earlier if not f.is_change and f.unit != "rank"][-len(amounts) :]
    if len(levels) != len(amounts) or position >= len(levels):
        return ""
    return levels[position].base_label or levels[position].label


# Period phrases a label may have picked up from its sentence: the figure's `period` says them.
_SAID_PERIODS = ("months", "first_n", "quarter", "short", "past")


def _unit_of_subject(text: str, reading: Reading, label: str) -> str:
    """The unit of a number with no word after it: the next number's ("from 90 to 60 minutes"), else the plural the
    label opens with ("Visitors to the fair topped 400,000" counts visitors); else items."""
    following = re.match(r"^\s*(?:to|-|–)\s*[\d.,]+\s+([a-z][\w-]*)", text[reading.end :])
    if following and following.group(1).lower() in MEASURES:
        return following.group(1)
    head = re.match(r"([A-Za-z][\w-]*)", label)
    word = head.group(1).lower() if head else ""
    if word.endswith("s") and not word.endswith("ss") and word not in MEASURES and len(word) > 3:
        return word
    return "items"


def propose(
    sentence: Sentence, request: Request, briefing_date: str | None, earlier: list[Proposal] | None = None
) -> Proposed:
    """The figure a number of the sentence states: its words (with any bound, and the change word of a change down,
    whose value is negative), value, unit, label, period and what to review. `briefing_date` is None when the text
    states no date: no relative period is resolved then."""
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
    amount = change_amount(text, reading.start, reading.end) if request.words is None else None
    run = _run(text, reading) if request.words is None and amount is None else []
    if run and run[0].start < reading.start:  # "up 4.8% and 6.7% respectively": the run shares the first's change
        first = change_amount(text, run[0].start, run[0].end)
        amount = ChangeAmount(first.change, reading.start, reading.end) if first else None
    if amount and phrase.split()[:1] and phrase.split()[0].lower() in CHANGE_NOUNS:
        phrase = ""  # "a 1.7 increase": the change, not what is counted
    if reading.kind == "fraction" and phrase.lower().startswith("of "):
        phrase = ""
    if phrase.lower().split()[:1] == ["times"]:  # "nearly three times the figure of 2015": a multiple
        phrase = "times"
    if words is None:
        words = text[start : reading.end] + (" " + phrase if phrase and not phrase.startswith("-") else phrase)
        words = words.rstrip(" ,.;:")
    value = reading.written if request.value is None else request.value
    change = amount.change if amount else None
    if amount and change == Change.DOWN and request.value_to is None and value > 0:
        value = -value  # the sign is the direction: "fell 1.8 percent" is -1.8, its words say the fall
        words = text[min(start, amount.start) : max(start + len(words), amount.end)].rstrip(" ,.;:")
    unit = unit or unit_of(reading, phrase)
    earlier = [f for f in earlier or [] if f.quote == sentence.whole]
    levels = [f for f in earlier if not f.is_change and f.unit != "rank"]
    previous = (levels[-1].base_label or levels[-1].label) if levels else ""
    paired = _paired(text, reading, earlier)
    previous_unit = levels[-1].unit if levels else ""
    label = label_of(
        text, start, reading.end, phrase, reading, briefing_date, request.label, change, previous, paired, previous_unit
    )
    if unit == "items" and re.search(r"\bindex\b", f"{label.text} {previous}", re.IGNORECASE):
        unit = "points"  # an index moves in points
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
    for said in [m for m in PERIOD.finditer(text_label) if m.lastgroup in _SAID_PERIODS][::-1]:
        opening = re.search(r"\s*\b(?:in|during|for|over|from|of)\s*$", text_label[: said.start()])
        cut = opening.start() if opening else said.start()
        text_label = (text_label[:cut] + text_label[said.end() :]).strip(" ,")  # `period` says it
    text_label = re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", text_label))
    if unit == "items":
        unit = _unit_of_subject(text, reading, text_label)
    base_label = text_label
    period = period_of(text, start, reading.end, briefing_date, earlier[-1].period or "" if earlier else "")
    if period and period.unresolved:
        notes.append(f"the release states no date: say which year {period.unresolved!r} is (in `period`)")
    elif period and period.text and period.text.lower() not in text_label.lower():
        text_label += f", {period.text}"
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
        quote=sentence.whole,
        words=words,
        qualifier=qualifier,
        value_to=request.value_to,
        field=request.field,
        field_size=request.field_size,
        period=period.text if period and period.text else None,
        review=notes,
        summary=sentence.summary,
        is_change=change is not None,
        base_label=base_label,
    )
    return Proposed(proposal, words=words)
