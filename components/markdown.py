"""Streamlit Markdown: text from the data shown literally, and a figure as a tile's Markdown label."""

from __future__ import annotations

import re

from indicators.view.figure_view import FigureView, with_mark

# Characters that start Markdown, HTML, maths ($...$) or Streamlit's :shortcodes: anywhere in a line;
# "." and "-" only matter at a line's start, which a one-line label never reaches escaped or not.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#|>~<$:])")


def escape_markdown(text: str) -> str:
    """Text that Streamlit's Markdown shows literally: no emphasis, links, HTML or $maths$."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def tile_markdown(view: FigureView) -> str:
    """A figure as a tile's Markdown (a button label): every piece from the data escaped; the dashboard's CSS
    sizes the **value** (with its bound: "more than 80" reads as a bound from across a room) and the *action*.

    The unit line is left out where the label already says it (a rank's field); a caveat is a marked line of its
    own, and what changed since the previous briefing, where comparable, is said after the label."""
    gettext = view.language.gettext
    unit = (view.unit + view.suffix) if view.label_lang.startswith("zh") else view.unit
    unit_line = "" if unit and unit.lower() in view.label.lower() else unit
    if view.mark:
        unit_line = with_mark(unit_line, view.mark)
    caveat = ""
    if view.derived:
        caveat = ":material/info: " + gettext("Derived, not stated: see its note")
    elif view.note:
        caveat = ":material/info: " + gettext("With a note: see it in the source")
    change = view.change
    lines = [
        f"**{escape_markdown(view.amount)}**",
        escape_markdown(unit_line),
        escape_markdown(view.label),
        caveat,
        escape_markdown(change[:1].upper() + change[1:]) if change else "",
        "*" + escape_markdown(gettext("Source and citation ›")) + "*",
    ]
    return "  \n".join(line for line in lines if line)
