"""How a figure reads on screen: "26,000", "86.24%", "2nd", "more than 110,000 people"."""

from __future__ import annotations

import datetime as dt
import re

from .models import Kind, Release


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_text(value: float, decimals: int) -> str:
    return f"{value:,.{decimals}f}"


def _top_rank(figure) -> bool:
    """ "global top four" is a band (among the top 4), not a place (4th)."""
    return figure.kind == Kind.rank and (figure.qualifier or "").strip().lower() == "top"


def value_text(figure) -> str:
    """The number as a tile shows it, with % glued on and ranks as ordinals ("2nd") or bands ("top 4")."""
    if _top_rank(figure):
        return f"top {number_text(figure.value, 0)}"
    if figure.kind == Kind.rank and float(figure.value).is_integer():
        return ordinal(int(figure.value))
    text = number_text(figure.value, figure.decimals)
    return f"{text}%" if figure.unit.strip() == "%" else text


def unit_text(figure) -> str:
    """The words under the number: the unit, or for ranks the field ranked."""
    if figure.kind == Kind.rank:
        return figure.field or "rank"
    return "" if figure.unit.strip() == "%" else figure.unit


def full_text(figure) -> str:
    """One line for a figure: "more than 110,000 people", "2nd among districts of Shanghai"."""
    parts = ["" if _top_rank(figure) else figure.qualifier or "", value_text(figure), unit_text(figure)]
    return " ".join(part for part in parts if part)


def date_text(iso: str) -> str:
    day = dt.date.fromisoformat(iso)
    return f"{day.day} {day:%B %Y}"


def release_citation(release: Release) -> str:
    """ "<title>, <publisher>, <date>" as the brief's citation asks."""
    published = f" (published {date_text(release.published)})" if release.published else ""
    return f"{release.title}, {release.publisher}, {date_text(release.date)}{published}"


# Characters that start Markdown, HTML, maths ($...$) or Streamlit's :shortcodes: anywhere in a line;
# "." and "-" only matter at a line's start, which a one-line label never reaches escaped or not.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#|>~<$:])")


def escape_markdown(text: str) -> str:
    """Text that Streamlit's Markdown shows literally: no emphasis, links, HTML or $maths$."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def qualifier_text(figure) -> str:
    """Words shown above the number ("more than"); empty when the value already says it."""
    return "" if _top_rank(figure) else figure.qualifier or ""
