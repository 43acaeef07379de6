"""Citations a reporter pastes: the figure, the release it comes from with its address, the link."""

from __future__ import annotations

from indicators.model.release import Figure, Release
from indicators.model.schema import ReleaseInfo
from indicators.reading.periods import date_text
from indicators.view.figure_view import view_of


def release_citation(info: ReleaseInfo) -> str:
    """ "<title>, <publisher>, <date> (published <date>). <address>": enough to find the original."""
    published = f" (published {date_text(info.published)})" if info.published else ""
    address = f". {info.source_url}" if info.source_url else ""
    return f"{info.title}, {info.publisher}, {date_text(info.date)}{published}{address}"


def figure_citation(release: Release, figure: Figure, link: str) -> str:
    """Ready to paste: label and value; the source; the sentence in quotation marks; any caveat; the link."""
    view = view_of(figure)
    lines = [
        f"{view.label}: {view.marked}",
        f"Source: {release_citation(release.info)}",
        f"“{view.sentence}”",
    ]
    if view.note:
        lines.append(f"Note: {view.note}")
    if view.revised:
        lines.append(f"Last revised {date_text(view.revised.date)}: {view.revised.what}")
    lines.append(link)
    return "\n".join(lines)


def page_citation(release: Release, page_title: str, link: str) -> str:
    """Ready to paste for a whole page: what it shows, the release it comes from, and its address."""
    return "\n".join(
        [f"{page_title}: figures from {release.info.title}", f"Source: {release_citation(release.info)}", link]
    )
