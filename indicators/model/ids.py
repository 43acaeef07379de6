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
