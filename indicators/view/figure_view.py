"""A figure as a reader sees it: every place that shows one (tile, drill-down, slide, snapshot, share
page, card, download) takes its words from `view_of()`, so a qualifier or a "derived" can never be
dropped in one place and kept in another.
"""

from __future__ import annotations

from dataclasses import dataclass

from indicators.model.release import Figure
from indicators.model.schema import Correction, Kind
from indicators.reading.numbers import stated_words
from indicators.view.formatting import number_text, ordinal

DERIVED_MARK = "(derived)"  # beside every derived value, wherever it is shown


def is_band(figure: Figure) -> bool:
    """ "global top four" is a band (among the top 4), not a place (4th)."""
    return figure.kind == Kind.rank and (figure.qualifier or "").strip().lower() == "top"


def value_text(figure: Figure) -> str:
    """The number as the release states it: "86.24%", "2nd", "top 4", "half", "one in five", "15 to 20"."""
    if is_band(figure):
        return f"top {number_text(figure.value, 0)}"
    if figure.kind == Kind.rank and float(figure.value).is_integer():
        return ordinal(int(figure.value))
    if figure.stated_as in ("fraction", "ratio"):  # "half" stays half: 50% is our arithmetic, not the release's
        return " ".join(stated_words(figure.words).lower().split())
    percent = "%" if figure.kind == Kind.percent else ""
    text = f"{number_text(figure.value, figure.decimals)}{percent}"
    if figure.value_to is not None:
        return f"{text} to {number_text(figure.value_to, figure.decimals)}{percent}"
    return text


def unit_text(figure: Figure) -> str:
    """The words under the number: the unit, or for ranks the field ranked."""
    if figure.kind == Kind.rank:
        return figure.field or "rank"
    return "" if figure.kind == Kind.percent else figure.unit


def qualifier_text(figure: Figure) -> str:
    """Words shown before the number ("more than"); empty when the value already says it ("top 4")."""
    return "" if is_band(figure) else figure.qualifier or ""


@dataclass(frozen=True)
class FigureView:
    """What a reader sees of a figure, in plain text (templates escape it; Markdown callers escape it)."""

    id: str
    label: str
    qualifier: str
    value: str
    unit: str
    derived: bool
    note: str
    section: str
    sentence: str
    before: str  # the sentence up to the figure's words
    words: str  # the words that state the figure, marked wherever the sentence is shown
    after: str
    revised: Correction | None

    @property
    def amount(self) -> str:
        """Qualifier and value: "more than 110,000"."""
        return " ".join(part for part in (self.qualifier, self.value) if part)

    @property
    def full(self) -> str:
        """One line: "more than 110,000 people", "2nd in the city", "86.24%"."""
        return " ".join(part for part in (self.amount, self.unit) if part)

    @property
    def mark(self) -> str:
        """What stands beside a derived value everywhere it is shown; empty for a stated one."""
        return DERIVED_MARK if self.derived else ""

    @property
    def marked(self) -> str:
        """The one line with its mark: "100% (derived)"."""
        return f"{self.full} {self.mark}" if self.mark else self.full

    @property
    def caveat(self) -> str:
        """What a reader must be told beside the number: derived, or a note."""
        if self.derived:
            return f"Derived, not stated: {self.note}"
        return self.note


def view_of(figure: Figure) -> FigureView:
    sentence = " ".join(figure.quote.split())
    words = " ".join(figure.words.split())
    start = sentence.find(words)  # validated: the words stand in the quote
    return FigureView(
        id=figure.id,
        label=figure.label,
        qualifier=qualifier_text(figure),
        value=value_text(figure),
        unit=unit_text(figure),
        derived=figure.derived,
        note=figure.note or "",
        section=figure.section or "",
        sentence=sentence,
        before=sentence[:start],
        words=words,
        after=sentence[start + len(words) :],
        revised=figure.last_revised,
    )
