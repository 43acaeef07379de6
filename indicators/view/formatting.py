"""How numbers, dates and a release's owner are written for readers."""

from __future__ import annotations

from indicators.model.library import Library
from indicators.model.release import Release
from indicators.model.schema import ReleaseInfo
from indicators.reading.periods import date_text


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_text(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def whose(info: ReleaseInfo) -> str:
    """Whose figures these are, as a first screen says it: "Baoshan District", else the release's title."""
    return f"{info.district} District" if info.district else info.title


def describe_release(library: Library, release: Release) -> str:
    """How a briefing is named in a picker: its date, and whether it is the newest."""
    info = release.info
    newest = " (newest)" if release is library.newest else ""
    return f"{date_text(info.date)}{newest}: {whose(info)}"
