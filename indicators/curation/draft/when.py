"""When a figure holds: the period its sentence gives ("in the first quarter", "from January to August", "in 2030",
"last year"), resolved against the briefing's date where the release states one, never against today.

A period phrase holds number words ("first", "three quarters", "six months") that state no figure: it is set aside
with its reason, and given to the figures of its sentence as their `period`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indicators.curation.draft.vocabulary import MONTH_NAMES
from indicators.reading.numbers import UNITS
from indicators.reading.periods import year_so_far

_MONTH = "|".join(MONTH_NAMES)
_COUNT = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\d{1,2})"
_YEAR_OF = r"(?:\s+of\s+(?:the\s+year|this\s+year|last\s+year|(?:19|20)\d{2}))?"
# The periods of a year the release reports on, each with the month it ends in (None: it depends on the text).
PERIOD = re.compile(
    rf"""
    (?P<months>\b(?:from\s+)?(?P<first>{_MONTH})\s*(?:to|through|till|until|-|–)\s*(?P<last>{_MONTH})(?:,?\s+(?P<m_year>(?:19|20)\d{{2}}))?\b)
    | (?P<first_n>\b(?:the\s+)?first\s+(?:(?P<quarters>{_COUNT})\s+quarters|half|quarter|(?P<n_months>{_COUNT})\s+months){_YEAR_OF})
    | (?P<quarter>\b(?:the\s+)?(?P<q>second|third|fourth|last)\s+(?:quarter|half){_YEAR_OF})
    | (?P<short>\b(?:H[12]|Q[1-4])\b(?:\s+(?:19|20)\d{{2}})?)
    | (?P<relative>\b(?:this|last)\s+year\b|\bthe\s+same\s+period\b)
    | (?P<since>\bsince\s+(?:19|20)\d{{2}}\b)
    | (?P<past>\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:decade|(?:two|three|four|five|six|seven|eight|nine|ten|\d{{1,2}})\s+years)\b)
    | (?P<year>(?<!\bthan\s)(?<!\bthat\s)(?<!\bthose\s)\b(?:in|for|during|of|by)\s+(?:19|20)\d{{2}}\b(?![-–/.]\d))
    """,
    re.IGNORECASE | re.VERBOSE,
)
_MONTH_NUMBER = {name.lower(): i + 1 for i, name in enumerate(MONTH_NAMES)}
FUTURE = re.compile(
    r"\b(?:will|plans?\s+to|aims?\s+to|is\s+to|are\s+to|target|expected\s+to|set\s+to)\b", re.IGNORECASE
)


@dataclass(frozen=True)
class Period:
    start: int
    end: int
    text: str  # as the figure's `period` says it: "first quarter of 2031", "January to September 2029", "2030"
    unresolved: str = ""  # words that need the briefing's date the release does not state ("last year")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else UNITS[word.lower()]


def _year_for(end_month: int | None, stated: str | None, briefing_date: str | None) -> str | None:
    """The year of a period of the year: the year it states, else the briefing's year, or the year before when
    the period ends after the briefing's month (a January briefing on "the fourth quarter")."""
    if stated:
        return stated
    if not briefing_date:
        return None
    year, month = int(briefing_date[:4]), int(briefing_date[5:7])
    return str(year - 1 if end_month and end_month > month else year)


def _phrase(match: re.Match) -> str:
    return " ".join(re.sub(r"^(?:from|in|for|during|of|the)\s+", "", match.group(), flags=re.IGNORECASE).split())


def _read(match: re.Match, clause: str, briefing_date: str | None) -> Period:
    start, end = match.span()
    year_stated = re.search(r"(?:19|20)\d{2}", match.group())
    stated = year_stated.group() if year_stated else None
    if match.group("months"):
        first, last = match.group("first"), match.group("last")
        end_month = _MONTH_NUMBER[last.lower()]
        year = _year_for(end_month, stated, briefing_date)
        months = f"{first.title()} to {last.title()}"
        return Period(start, end, f"{months} {year}" if year else months, "" if year else months)
    if match.group("first_n") or match.group("quarter"):
        words = _phrase(match)
        words = re.sub(
            r"\s+of\s+(?:the\s+year|(?:19|20)\d{2}|this\s+year|last\s+year)$", "", words, flags=re.IGNORECASE
        )
        if match.group("first_n"):
            quarters, months = match.group("quarters"), match.group("n_months")
            end_month = 3 * _count(quarters) if quarters else _count(months) if months else 6 if "half" in words else 3
        else:
            end_month = {"second": 6, "third": 9, "fourth": 12, "last": 12}[match.group("q").lower()]
            end_month = 12 if "half" in words and match.group("q").lower() != "first" else end_month
        if re.search(r"of\s+last\s+year$", match.group(), re.IGNORECASE):
            year = str(int(briefing_date[:4]) - 1) if briefing_date else None
        else:
            year = _year_for(end_month, stated, briefing_date)
        return Period(start, end, f"{words} of {year}" if year else words, "" if year else words)
    if match.group("short"):
        return Period(start, end, match.group())
    if match.group("relative"):
        which = match.group().lower()
        if "same period" in which:
            return Period(start, end, "")
        if not briefing_date:
            return Period(start, end, which, which)
        year = int(briefing_date[:4])
        if which.startswith("last"):
            return Period(start, end, str(year - 1))
        return Period(start, end, str(year) if FUTURE.search(clause) else year_so_far(briefing_date))
    if match.group("past"):  # "in the past decade": relative, said as the release says it
        return Period(start, end, " ".join(match.group().split()[1:]))
    if match.group("since"):
        return Period(start, end, " ".join(match.group().split()).lower())
    words = match.group()
    year = re.search(r"(?:19|20)\d{2}", words).group()
    return Period(start, end, f"by {year}" if words.lower().startswith("by") else year)


def periods_in(sentence: str, briefing_date: str | None) -> list[Period]:
    """Every period the sentence states, left to right."""
    return [_read(match, sentence, briefing_date) for match in PERIOD.finditer(sentence)]


def traps_of_periods(sentence: str) -> list[tuple[int, int]]:
    """The spans of period phrases that hold number words ("the first quarter", "first six months"): set aside."""
    return [
        match.span()
        for match in PERIOD.finditer(sentence)
        if match.group("first_n") or match.group("quarter") or match.group("short") or match.group("past")
    ]


def period_of(sentence: str, start: int, end: int, briefing_date: str | None, earlier: str = "") -> Period | None:
    """The period of the figure stated at [start, end): the one of its clause (nearest before it, else just after
    it), else the sentence's first; "in the same period" is the period of the figure before it (`earlier`)."""
    found = periods_in(sentence, briefing_date)
    if not found:
        return None
    segment_start = max((m.end() for m in re.finditer(r",\s", sentence[:start])), default=0)
    following = re.search(r",\s", sentence[end:])
    segment_end = end + following.start() if following else len(sentence)
    segment = [p for p in found if segment_start <= p.start and p.end <= segment_end]
    if segment:  # "..., down from 61.4 percent last year": the period of its own segment, the nearest
        chosen = min(segment, key=lambda p: min(abs(p.start - end), abs(start - p.end)))
        if chosen.text:
            return chosen
    breaks = [0, *(m.end() for m in re.finditer(r"[;:]\s|,\s+(?:and|but|while|whereas)\s|\bwhile\s", sentence))]
    clause_start = max(b for b in breaks if b <= start)
    later = [b for b in breaks if b > end]
    clause_end = min(later) if later else len(sentence)
    inside = [p for p in found if clause_start <= p.start and p.end <= clause_end]
    before = [p for p in inside if p.end <= start]
    opening = [p for p in found if not sentence[: p.start].strip(" ,") or p.start < 4]  # "In the first quarter, ..."
    chosen = before[-1] if before else inside[0] if inside else opening[0] if opening else None
    if chosen is None:  # the sentence's period belongs to another of its clauses
        return None
    if not chosen.text:  # "in the same period"
        return Period(chosen.start, chosen.end, earlier) if earlier else None
    return chosen
