"""What an address asks for: a figure id opens its figure, a renamed id the figure it became, a withdrawn id says
when and why; anything else gets a short notice, which never echoes what was not an id."""

from __future__ import annotations

from dataclasses import dataclass, field

from indicators.model.ids import could_be_id, current_id, renames
from indicators.model.release import Figure, Release
from indicators.model.schema import Correction
from indicators.view.formatting import date_text
from indicators.view.language import N_, Language


@dataclass(frozen=True)
class Notice:
    """A notice for the reader, as a message of the catalogs and its values (said in the reader's language)."""

    template: str
    values: dict = field(default_factory=dict)


MALFORMED = Notice(
    N_(
        "The link asks for a figure in a form this dashboard does not recognise. Showing the page instead; every "
        "figure is listed under All figures."
    )
)


@dataclass(frozen=True)
class Requested:
    """What ``?figure=`` asked for. ``notice`` is safe to show: it never echoes a malformed input."""

    figure: Figure | None = None
    notice: Notice | None = None
    withdrawn: Correction | None = None
    renamed: Correction | None = None  # the rename that led from the link's id to the figure


def requested_figure(raw: str | None, release: Release) -> Requested:
    if raw is None or raw == "":
        return Requested()
    if not could_be_id(raw):
        return Requested(notice=MALFORMED)
    if raw in release.by_id:
        return Requested(release.by_id[raw])
    renamed = renames(release.corrections)
    if raw in renamed:
        rename = next(c for c in release.corrections if c.change == "renamed" and c.figure_id == raw)
        figure = release.by_id[current_id(raw, renamed)]  # the validator refuses loops and dead ends
        notice = Notice(
            N_("This link's figure id “{old}” changed on {date}; it is now “{new}”."),
            {"old": raw, "date": rename.date, "new": figure.id},
        )
        return Requested(figure, notice=notice, renamed=rename)
    withdrawn = next((c for c in release.corrections if c.change == "withdrawn" and c.figure_id == raw), None)
    if withdrawn is not None:
        return Requested(withdrawn=withdrawn)
    # A well-formed id is safe to repeat, and helps the reader spot a typo.
    return Requested(
        notice=Notice(
            N_(
                "This release has no figure “{id}”. Showing the page instead; every figure is listed under All figures."
            ),
            {"id": raw},
        )
    )


def said(notice: Notice, language: Language) -> str:
    """The notice in the reader's language, its date as they read dates."""
    values = {**notice.values}
    if "date" in values:
        values["date"] = date_text(values["date"], language)
    return language.gettext(notice.template).format(**values)
