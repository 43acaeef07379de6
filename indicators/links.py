"""Permalinks and citations: what a reporter copies, and what a URL may ask for."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

from .formatting import full_text, release_citation
from .models import SLUG_PATTERN
from .validate import Briefing, Figure

_SLUG = re.compile(SLUG_PATTERN)
MAX_ID_LENGTH = 80


@dataclass(frozen=True)
class Requested:
    """What ``?figure=`` asked for: the figure, or a notice safe to show (it never echoes the input)."""

    figure: Figure | None = None
    notice: str | None = None


def requested_figure(raw: str | None, briefing: Briefing) -> Requested:
    if raw is None or raw == "":
        return Requested()
    if len(raw) <= MAX_ID_LENGTH and _SLUG.match(raw) and raw in briefing.by_id:
        return Requested(briefing.by_id[raw])
    if len(raw) <= MAX_ID_LENGTH and _SLUG.match(raw):
        # A well-formed id is safe to repeat, and helps the reader spot a typo.
        return Requested(notice=f"This release has no figure “{raw}”. Showing the page instead; "
                                "every figure is listed under All figures.")  # fmt: skip
    return Requested(notice="The link asks for a figure in a form this dashboard does not recognise. "
                            "Showing the page instead; every figure is listed under All figures.")  # fmt: skip


def page_url(app_url: str | None, url_path: str = "") -> str:
    """The page's address without its query, from the address the reader's browser reports."""
    if not app_url:
        return f"/{url_path}"
    parts = urlsplit(app_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "", ""))


def permalink(page: str, figure_id: str) -> str:
    return f"{page}?figure={quote(figure_id, safe='-')}"


def citation_text(briefing: Briefing, figure: Figure, link: str) -> str:
    """Ready to paste: label and value; the source; the sentence in quotation marks; the permalink."""
    sentence = " ".join(figure.quote.split())
    lines = [
        f"{figure.label}: {full_text(figure)}" + (" (derived)" if figure.derived else ""),
        f"Source: {release_citation(briefing.release)}",
        f"“{sentence}”",
        link,
    ]
    if figure.derived and figure.note:
        lines.insert(2, f"Note: {figure.note}")
    return "\n".join(lines)


def page_citation(briefing: Briefing, page_title: str, link: str) -> str:
    """Ready to paste for a whole page: what it shows, the release it comes from, and its address."""
    return "\n".join([f"{page_title}: figures from {briefing.release.title}",
                      f"Source: {release_citation(briefing.release)}", link])  # fmt: skip
