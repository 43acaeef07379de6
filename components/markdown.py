"""Streamlit Markdown: text from the data shown literally, and a figure as a tile's Markdown label."""

from __future__ import annotations

import re

from indicators.view.figure_view import FigureView

# Characters that start Markdown, HTML, maths ($...$) or Streamlit's :shortcodes: anywhere in a line;
# "." and "-" only matter at a line's start, which a one-line label never reaches escaped or not.
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]#|>~<$:])")

TILE_ACTION = "Source and citation ›"


def escape_markdown(text: str) -> str:
    """Text that Streamlit's Markdown shows literally: no emphasis, links, HTML or $maths$."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def tile_markdown(view: FigureView, change: str | None = None) -> str:
    """A figure as a tile's Markdown (a button label): every piece from the data escaped; the dashboard's CSS
    sizes the **value** and the *action*. ``change``: what changed since the previous briefing, if comparable."""
    lines = [
        escape_markdown(view.qualifier),
        f"**{escape_markdown(view.value)}**",
        escape_markdown(view.unit),
        escape_markdown(view.label),
        f"{view.mark}: see source" if view.derived else "see the note" if view.note else "",
        escape_markdown(change[:1].upper() + change[1:]) if change else "",
        f"*{TILE_ACTION}*",
    ]
    return "  \n".join(line for line in lines if line)
