"""What an address asks for, as a reader is told it: a figure id opens its figure, a renamed id the figure it
became, a withdrawn id says when and why; anything else gets a short notice. And every correction as a row."""

from __future__ import annotations

from dataclasses import dataclass

from indicators.model.ids import could_be_id, current_id, renames
from indicators.model.release import Figure, Release
from indicators.model.schema import Correction
from indicators.reading.periods import date_text

_MALFORMED = (
    "The link asks for a figure in a form this dashboard does not recognise. Showing the page instead; "
    "every figure is listed under All figures."
)


@dataclass(frozen=True)
class Requested:
    """What ``?figure=`` asked for. ``notice`` is safe to show: it never echoes a malformed input."""

    figure: Figure | None = None
    notice: str | None = None
    withdrawn: Correction | None = None
    renamed: Correction | None = None  # the rename that led from the link's id to the figure


def requested_figure(raw: str | None, release: Release) -> Requested:
    if raw is None or raw == "":
        return Requested()
    if not could_be_id(raw):
        return Requested(notice=_MALFORMED)
    if raw in release.by_id:
        return Requested(release.by_id[raw])
    renamed = renames(release.corrections)
    if raw in renamed:
        rename = next(c for c in release.corrections if c.change == "renamed" and c.figure_id == raw)
        figure = release.by_id[current_id(raw, renamed)]  # the validator refuses loops and dead ends
        notice = f"This link's figure id “{raw}” changed on {date_text(rename.date)}; it is now “{figure.id}”."
        return Requested(figure, notice=notice, renamed=rename)
    withdrawn = next((c for c in release.corrections if c.change == "withdrawn" and c.figure_id == raw), None)
    if withdrawn is not None:
        return Requested(withdrawn=withdrawn)
    # A well-formed id is safe to repeat, and helps the reader spot a typo.
    return Requested(
        notice=f"This release has no figure “{raw}”. Showing the page instead; every figure is listed under All figures."
    )


def withdrawal_notice(correction: Correction) -> str:
    return f"The figure “{correction.figure_id}” was withdrawn on {date_text(correction.date)}. {correction.what}"


@dataclass(frozen=True)
class CorrectionRow:
    date: str
    figure_id: str  # the id the correction names, as published
    current_id: str | None  # where that figure lives now; None when withdrawn
    label: str
    change: str
    what: str
    reason: str


def correction_rows(release: Release) -> list[CorrectionRow]:
    """Every correction, newest first, each with the figure it concerns now."""
    rows = []
    for correction in release.corrections:
        requested = requested_figure(correction.figure_id, release)
        figure = requested.figure
        rows.append(
            CorrectionRow(
                correction.date,
                correction.figure_id,
                figure.id if figure else None,
                figure.label if figure else "(withdrawn)",
                correction.change,
                correction.what,
                correction.reason,
            )
        )
    return sorted(rows, key=lambda row: row.date, reverse=True)
