"""How numbers, dates and a release's owner are written for readers."""

from __future__ import annotations

import datetime as dt

from .models import ReleaseInfo


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_text(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def date_text(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def whose(info: ReleaseInfo) -> str:
    """Whose figures these are, as a first screen says it: "Baoshan District", else the release's title."""
    return f"{info.district} District" if info.district else info.title
