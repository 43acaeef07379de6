"""One presentation of a figure: every place that shows one (tile, drill-down, slide, snapshot, share
page, card, download) takes its words from `present()`, so a qualifier or a "derived" can never be
dropped in one place and kept in another.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .models import Correction, Kind, ReleaseInfo
from .numbers import FRACTIONS
from .release import Figure, Release

HEADLINES_WITHOUT_FLAGS = 6


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_text(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def date_text(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def is_band(figure: Figure) -> bool:
    """ "global top four" is a band (among the top 4), not a place (4th)."""
    return figure.kind == Kind.rank and (figure.qualifier or "").strip().lower() == "top"


def value_text(figure: Figure) -> str:
    """The number as the release states it: "86.24%", "2nd", "top 4", "half"."""
    if is_band(figure):
        return f"top {number_text(figure.value, 0)}"
    if figure.kind == Kind.rank and float(figure.value).is_integer():
        return ordinal(int(figure.value))
    if figure.stated_as == "fraction":  # "half" stays half: 50% is our arithmetic, not the release's words
        words = figure.words.lower()
        return next(word for word in FRACTIONS if re.search(rf"\b{word}\b", words))
    text = number_text(figure.value, figure.decimals)
    return f"{text}%" if figure.unit.strip() == "%" else text


def unit_text(figure: Figure) -> str:
    """The words under the number: the unit, or for ranks the field ranked."""
    if figure.kind == Kind.rank:
        return figure.field or "rank"
    return "" if figure.unit.strip() == "%" else figure.unit


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
    def caveat(self) -> str:
        """What a reader must be told beside the number: derived, or a note."""
        if self.derived:
            return f"Derived, not stated: {self.note}"
        return self.note


def present(figure: Figure) -> FigureView:
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


def whose(info: ReleaseInfo) -> str:
    """Whose figures these are, as a first screen says it: "Baoshan District", else the release's title."""
    return f"{info.district} District" if info.district else info.title


def _uncaveated(figure: Figure) -> bool:
    return not (figure.derived or figure.qualifier or figure.note)


def leading(figures: list[Figure], count: int) -> list[Figure]:
    """The one rule for which figures lead: headlines first, then figures that need no caveat, then the rest."""
    ranked = sorted(figures, key=lambda f: (not f.headline, not _uncaveated(f)))  # stable: release order kept
    return ranked[:count]


def headlines(release: Release) -> list[Figure]:
    """The figures to lead with: those flagged `headline` (the validator keeps them caveat-free); without
    flags, the first figures that need no caveat, so a new release still has a front page."""
    flagged = [f for f in release.figures if f.headline]
    return flagged or [f for f in release.figures if _uncaveated(f)][:HEADLINES_WITHOUT_FLAGS]


# Characters that start Markdown, HTML, maths ($...$) or Streamlit's :shortcodes: anywhere in a line;
# "." and "-" only matter at a line's start, which a one-line label never reaches escaped or not.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#|>~<$:])")


def escape_markdown(text: str) -> str:
    """Text that Streamlit's Markdown shows literally: no emphasis, links, HTML or $maths$."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


TILE_ACTION = "Source and citation ›"


def tile_markdown(figure: Figure) -> str:
    """A figure as a tile's Markdown (a button label): every piece from the data escaped; the dashboard's CSS
    sizes the **value** and the *action*."""
    view = present(figure)
    lines = [
        escape_markdown(view.qualifier),
        f"**{escape_markdown(view.value)}**",
        escape_markdown(view.unit),
        escape_markdown(view.label),
        "derived: see source" if view.derived else "see the note" if view.note else "",
        f"*{TILE_ACTION}*",
    ]
    return "  \n".join(line for line in lines if line)
