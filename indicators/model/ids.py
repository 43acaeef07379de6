"""Ids are permanent: reporters copied links and citations. A renamed id leads to the figure it became, a withdrawn
id stays retired; every id, now or retired, is a slug of at most MAX_ID_LENGTH characters."""

from __future__ import annotations

import re
from collections.abc import Iterable

from indicators.model.schema import MAX_ID_LENGTH, SLUG_PATTERN, Correction

_SLUG = re.compile(SLUG_PATTERN)
RETIRING = ("renamed", "withdrawn")  # the changes after which an id names no figure


def could_be_id(text: str | None) -> bool:
    """Whether text from an address could be an id (a slug, short enough): never echo anything else."""
    return bool(text) and len(text) <= MAX_ID_LENGTH and _SLUG.match(text) is not None


def retired_ids(corrections: Iterable[Correction]) -> list[str]:
    """The ids a correction took out of use (renamed or withdrawn), in the order they were retired."""
    return list(dict.fromkeys(c.figure_id for c in corrections if c.change in RETIRING))


# Words a reader's eye skips in an address: an id reads as its label's nouns, "working-days-register-company".
_SKIPPED = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "by",
        "for",
        "to",
        "from",
        "with",
        "and",
        "or",
        "its",
        "their",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "so",
        "far",
    ]
)
READABLE_WORDS = 6  # an id of more words is no longer read at a glance


def readable_id(label: str, taken: Iterable[str] = ()) -> str:
    """An id a reader can read, from a figure's label: its first words that carry meaning, lower case, joined by
    hyphens ("Working days to register a company, at most" is "working-days-register-company-at-most"); a number
    is added when the id is taken."""
    words = [w for w in re.findall(r"[a-z0-9]+", label.lower()) if w not in _SKIPPED] or ["figure"]
    base = "-".join(words[:READABLE_WORDS])[:MAX_ID_LENGTH].strip("-")
    taken = set(taken)
    candidate, number = base, 2
    while candidate in taken:
        suffix = f"-{number}"
        candidate, number = base[: MAX_ID_LENGTH - len(suffix)] + suffix, number + 1
    return candidate


def renames(corrections: Iterable[Correction]) -> dict[str, str]:
    """Each renamed id and the id it was renamed to."""
    return {c.figure_id: c.renamed_to for c in corrections if c.change == "renamed"}


def current_id(figure_id: str, renamed: dict[str, str], limit: int = 50) -> str | None:
    """The id a published id leads to now, through every rename; None for a loop of renames."""
    for _ in range(limit):
        if figure_id not in renamed:
            return figure_id
        figure_id = renamed[figure_id]
    return None


def former_ids(figure_id: str, renamed: dict[str, str]) -> set[str]:
    """Every id that leads to this one, itself included."""
    return {figure_id} | {old for old in renamed if current_id(old, renamed) == figure_id}
