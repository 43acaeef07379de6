"""What a draft holds: proposed figures, numbers set aside with a reason, the release's facts."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass


@dataclass
class Proposal:
    """A figure the draft proposes: every field as the schema names it, plus what to review."""

    id: str
    label: str
    value: float
    unit: str
    pillar: str
    quote: str
    words: str
    qualifier: str | None = None
    value_to: float | None = None  # the upper end of a range ("15 to 20 kilometers")
    field: str | None = None
    field_size: int | None = None
    period: str | None = None  # when, as the sentence says it ("the first quarter", "from January to August")
    review: list[str] = dataclasses.field(default_factory=list)
    summary: bool = False  # stated in a summary list (not written: a repeat of the prose is folded into it)
    is_change: bool = False  # the amount of a change ("up 6.1%"), not a level (not written)
    base_label: str = ""  # the label without its period, for the figures that refer back to it (not written)


@dataclass
class SetAside:
    words: str
    reason: str
    review: str = ""


@dataclass
class Draft:
    release: dict
    pillars: list[tuple[str, str]]
    figures: list[Proposal]
    not_figures: list[SetAside]
    notes: list[str] = dataclasses.field(default_factory=list)
