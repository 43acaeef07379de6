"""Words that change what a number means: bounds before it, and times relative to the briefing.

One vocabulary for the drafter (which records them) and the display rules (which make labels keep them).
"""

from __future__ import annotations

import re

from .formatting import date_text

# Words before a number that bound it, and the qualifier a figure records for them (the release's own words
# where a reader needs them: "no more than" is an upper bound, though it holds "more than").
BOUNDS = {
    "no more than": "no more than",
    "not more than": "no more than",
    "at most": "at most",
    "up to": "up to",
    "under": "under",
    "below": "below",
    "less than": "less than",
    "fewer than": "fewer than",
    "within": "within",
    "expected to exceed": "expected to exceed",
    "more than": "more than",
    "over": "more than",
    "exceeded": "more than",
    "exceeding": "more than",
    "exceeds": "more than",
    "exceed": "more than",
    "above": "above",
    "at least": "at least",
    "no less than": "at least",
    "not less than": "at least",
    "no fewer than": "at least",
    "not fewer than": "at least",
    "nearly": "nearly",
    "almost": "nearly",
    "about": "about",
    "around": "about",
    "some": "about",
    "approximately": "about",
    "roughly": "about",
    "close to": "about",
}

# Words in a figure's words that change its meaning, and what its label (or qualifier, scope, period) must say.
# "about" is left out: an approximation is recorded as a qualifier and shown, but a label need not repeat it.
KEPT = {
    r"\bmore than\b|\bexceed(ed|s|ing)?\b|\bover\b": "more than",
    r"\bnearly\b|\balmost\b": "nearly",
    r"\bat least\b": "at least",
    r"\bwithin\b": "within",
    r"\bup to\b": "up to",
    r"\ba total of\b|\bin total\b": "total",
    r"\bcitywide\b": "citywide",
    r"\bnationwide\b": "nationwide",
    r"\bsince\b": "since",
}

# Which way each bound points: a value at most, at least, or about the number stated.
UPPER = ("no more than", "not more than", "at most", "up to", "under", "below", "less than", "fewer than", "within")
LOWER = ("more than", "over", "exceeded", "exceeding", "exceed", "at least", "above", "no less than")
APPROXIMATE = ("nearly", "almost", "about", "around", "some", "approximately", "roughly", "close to")


def bound_direction(qualifier: str | None) -> str | None:
    """ "upper", "lower" or "approx" for a qualifier; None for none (or a band such as "top")."""
    said = " ".join((qualifier or "").lower().split())
    for direction, words in (("upper", UPPER), ("approx", APPROXIMATE), ("lower", LOWER)):
        # upper first: "no more than" is an upper bound, though it ends with "more than"
        if any(said == w or said.startswith(f"{w} ") or said.endswith(f" {w}") for w in words):
            return direction
    return None


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
