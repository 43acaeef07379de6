"""Text from the data, drawn literally: escaped HTML, never Markdown (which reads $...$ as maths)."""

from __future__ import annotations

from html import escape

import streamlit as st


def plain(text: str, tag: str = "p", css_class: str = "") -> None:
    attribute = f' class="{css_class}"' if css_class else ""
    st.html(f"<{tag}{attribute}>{escape(text)}</{tag}>")


def plain_lines(lines: list[str]) -> None:
    st.html("<ul class='problems'>" + "".join(f"<li><code>{escape(line)}</code></li>" for line in lines) + "</ul>")


STYLE = """
<style>
[class*="st-key-tiles-"] button {min-height: 10.5rem; height: 100%; justify-content: flex-start;
  align-items: flex-start; text-align: left; padding: 0.75rem 1rem; color: #1a1a1a;}
[class*="st-key-tiles-"] button [data-testid="stMarkdownContainer"] {overflow: visible;}
[class*="st-key-tiles-"] button p {font-size: 1.05rem; line-height: 1.35; text-align: left; white-space: normal;
  overflow: visible; text-overflow: clip;}
[class*="st-key-tiles-"] button strong {display: block; font-size: 2.6rem; line-height: 1.1; font-weight: 700;}
[class*="st-key-tiles-"] button strong + br {display: none;}
[class*="st-key-tiles-"] button em {display: block; margin-top: 0.4rem; font-style: normal; font-size: 0.95rem;
  color: #004a75; text-decoration: underline;}
.tile-unit {font-size: 1.1rem; color: #333; margin-top: 0.1rem;}
.tile-derived {font-size: 0.9rem; color: #333; font-style: italic;}
blockquote.source-sentence {font-size: 1.15rem; border-left: 4px solid #0072B2; margin: 0.5rem 0;
  padding: 0.25rem 0 0.25rem 1rem; color: #1a1a1a;}
mark {background: #ffe08a; color: #1a1a1a; padding: 0 0.15em;}
.release-text p, .source-paragraph {line-height: 1.6; color: #1a1a1a;}
.release-text a {color: inherit; text-decoration: none;}
.release-text a:focus mark, .release-text a:hover mark {outline: 2px solid #0072B2;}
.big-value {font-size: 3rem; font-weight: 700; line-height: 1.1; color: #1a1a1a;}
.muted {color: #333;}
[data-testid="stPageLink"] p {white-space: normal; overflow: visible; text-overflow: clip;}
</style>
"""


def page_style() -> None:
    st.html(STYLE)
