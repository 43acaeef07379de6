"""The drill-down: a figure's value, its sentence marked in place, its paragraph, citation and link.

A figure opens by putting its id in the address (``?figure=<id>``), so what the reader sees is
what a copied URL reproduces; closing the dialog takes the id out again.
"""

from __future__ import annotations

from html import escape

import streamlit as st

from components.text import plain
from indicators import Briefing, Figure
from indicators.formatting import escape_markdown, qualifier_text, release_citation, unit_text, value_text
from indicators.highlight import marked_sentence_html, paragraph_html
from indicators.links import citation_text, page_url, permalink, requested_figure

FIGURE_PARAM = "figure"


def open_figure(figure_id: str) -> None:
    """Callback for tiles, bars and links: show this figure (and say so in the address bar)."""
    st.query_params[FIGURE_PARAM] = figure_id


def fresh_key(name: str) -> str:
    """A widget key that changes when a drill-down closes, so a stale selection cannot reopen it."""
    return f"{name}-{st.session_state.get('chart_generation', 0)}"


def _close() -> None:
    st.query_params.pop(FIGURE_PARAM, None)
    # New chart keys drop the old selection, so the same bar can open its figure again.
    st.session_state["chart_generation"] = st.session_state.get("chart_generation", 0) + 1


def show_requested(briefing: Briefing) -> None:
    """Open the figure the address asks for, or show a harmless notice when it asks for nonsense."""
    raw = st.query_params.get(FIGURE_PARAM)
    requested = requested_figure(raw, briefing)
    if requested.notice:
        st.warning(requested.notice, icon="ℹ️")
    elif requested.figure is not None:
        _dialog(briefing, requested.figure)


@st.dialog("Figure and source", width="large", on_dismiss=_close)
def _dialog(briefing: Briefing, figure: Figure) -> None:
    st.html(f'<h2 class="drill-label">{escape(figure.label)}</h2>'
            f'<div class="big-value">{escape(" ".join(filter(None, [qualifier_text(figure), value_text(figure)])))}</div>'
            f'<div class="tile-unit">{escape(unit_text(figure))}</div>')  # fmt: skip
    if figure.derived:
        plain(f"Derived, not stated: {figure.note}", css_class="tile-derived")
    st.markdown("**The sentence in the release**")
    st.html(marked_sentence_html(figure))
    with st.expander("The paragraph around it", expanded=False):
        st.html(paragraph_html(briefing, figure))
    link = permalink(page_url(st.context.url), figure.id)
    st.markdown("**Cite** this figure")
    st.code(citation_text(briefing, figure, link), language=None, wrap_lines=True)
    st.markdown("**Copy link** to this figure")
    st.code(link, language=None, wrap_lines=True)
    plain(f"Source: {release_citation(briefing.release)}. Section {figure.section or '-'}.", css_class="muted")
    siblings = [f for f in briefing.figures if f.quote_span == figure.quote_span and f.id != figure.id]
    if siblings:
        st.markdown("**Other figures from this sentence**")
        for sibling in siblings:
            label = escape_markdown(f"{sibling.label}: {value_text(sibling)} {unit_text(sibling)}".strip())
            if st.button(label, key=f"sibling-{sibling.id}"):
                open_figure(sibling.id)
                st.rerun()  # the whole app, so the dialog opens on the new figure
