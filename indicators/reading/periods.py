"""Dates as readers read them, and times relative to the briefing: "this year" on 13 August 2020 is the year so
far, never the whole year."""

from __future__ import annotations

import datetime as dt
import re


def date_text(iso: str) -> str:
    """ "13 August 2020"."""
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


RELATIVE_YEAR = re.compile(r"\b(this|last|next) year\b", re.IGNORECASE)
RELATIVE_TIME = re.compile(r"\b(this|last|next) year\b|\brecent years\b", re.IGNORECASE)


def year_so_far(briefing_date: str) -> str:
    """What "this year" means on the briefing's date: the year so far, never the whole year."""
    return f"so far in {briefing_date[:4]}"


def resolve_relative_years(text: str, briefing_date: str) -> str:
    """ "this year" as the briefing meant it ("so far in 2020"); "last year" and "next year" as whole years."""
    year = int(briefing_date[:4])

    def resolved(match: re.Match) -> str:
        which = match.group(1).lower()
        if which == "this":
            return year_so_far(briefing_date)
        return f"in {year - 1}" if which == "last" else f"in {year + 1}"

    return RELATIVE_YEAR.sub(resolved, text)


def says_year_so_far(text: str, briefing_date: str) -> bool:
    """Whether a label gives "this year" as the year so far: "so far in 2020", "in 2020, to 13 August"."""
    year = briefing_date[:4]
    to_day = date_text(briefing_date).removesuffix(f" {year}").lower()  # "13 august"
    lowered = " ".join(text.lower().split())
    return any(phrase in lowered for phrase in (year_so_far(briefing_date), f"{year}, to {to_day}", f"{year} to date"))
