"""Which figures lead: the one rule behind the front page, the pillar cards and the slides."""

from __future__ import annotations

from indicators.model.release import Figure, Release

HEADLINES_WITHOUT_FLAGS = 6


def needs_no_caveat(figure: Figure) -> bool:
    return not (figure.derived or figure.qualifier or figure.note)


def leading(figures: list[Figure], count: int) -> list[Figure]:
    """Flagged headlines first, then figures that need no caveat, then the rest; release order within each."""
    ranked = sorted(figures, key=lambda f: (not f.headline, not needs_no_caveat(f)))  # stable sort
    return ranked[:count]


def headlines(release: Release) -> list[Figure]:
    """The front page: the figures flagged `headline` (the validator keeps them caveat-free); without flags,
    the leading figures that need no caveat, so a new release still has a front page."""
    flagged = [f for f in release.figures if f.headline]
    return flagged or [f for f in leading(release.figures, HEADLINES_WITHOUT_FLAGS) if needs_no_caveat(f)]
