"""Text from the data, drawn literally: escaped HTML, never Markdown (which reads $...$ as maths)."""

from __future__ import annotations

from html import escape

import streamlit as st

from indicators.outputs.render import copy_block_html, stylesheet
from indicators.view.language import ENGLISH, Language


def plain(text: str, tag: str = "p", css_class: str = "", lang: str | None = None) -> None:
    attribute = f' class="{escape(css_class)}"' if css_class else ""
    attribute += f' lang="{escape(lang)}"' if lang else ""
    st.html(f"<{tag}{attribute}>{escape(text)}</{tag}>")


def plain_lines(lines: list[str]) -> None:
    st.html("<ul class='problems'>" + "".join(f"<li><code>{escape(line)}</code></li>" for line in lines) + "</ul>")


def page_style(*parts: str) -> None:
    """The theme's stylesheet for this page ("dashboard", plus "slides" on the projector)."""
    st.html(f"<style>{stylesheet(*parts)}</style>")


def copyable(label: str, text: str, button: str, language: Language = ENGLISH) -> None:
    """A link or a citation to copy, without st.code (whose syntax highlighter costs a phone 1.5 MB)."""
    st.html(copy_block_html(label, text, button, language), unsafe_allow_javascript=True)
