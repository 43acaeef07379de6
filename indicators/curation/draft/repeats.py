"""A figure stated twice: a summary list at the top ("- GDP: 42.8 billion yuan, up 6.1%") and the paragraph that
tells it ("GDP reached 42.8 billion yuan last year, up 6.1 percent"). It is proposed once, from the prose; the
summary's words are set aside as its repeat, and the figure's `# review:` comment says where else it stands."""

from __future__ import annotations

import re

from indicators.curation.draft.proposal import Proposal
from indicators.curation.draft.vocabulary import STOP

TOLERANCE = 1e-9


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) >= 3 and w not in STOP}


def _same(summary: Proposal, told: Proposal) -> bool:
    """The same number, unit and range end, about the same thing (a word of the summary's label in the prose)."""
    units = {summary.unit.strip(), told.unit.strip()}
    same_unit = len(units) == 1 or "items" in units  # a summary's "New urban jobs: 8,450" names no unit
    same_value = abs(summary.value - told.value) <= TOLERANCE and same_unit
    same_range = (summary.value_to is None) == (told.value_to is None) and (
        summary.value_to is None or abs(summary.value_to - told.value_to) <= TOLERANCE
    )
    return same_value and same_range and bool(_words(summary.label) & _words(f"{told.label} {told.quote}"))


def fold_repeats(figures: list[Proposal]) -> tuple[list[Proposal], list[tuple[str, str]]]:
    """The figures with each summary list's repeat folded into the figure the prose states; and the repeats' words,
    each with the reason it is set aside."""
    told = [f for f in figures if not f.summary]
    kept, repeats = [], []
    for figure in figures:
        twin = next((t for t in told if _same(figure, t)), None) if figure.summary else None
        if twin is None:
            if figure.summary:
                figure.review.append("stated in a summary list only: check it against the text")
            kept.append(figure)
            continue
        twin.review.append(f"also stated in a summary list ({figure.words!r}): proposed once, here")
        repeats.append((figure.words, f"a summary list's repeat of a figure the text states ({twin.words!r})"))
    return kept, repeats
