"""The drill-down: a figure's value, its sentence marked in place, its paragraph, citation and link.

A figure opens by putting its id in the address (``?figure=<id>``), so what the reader sees is what a
copied URL reproduces; closing the dialog takes the id out again. A renamed id opens the figure it
became; a withdrawn one opens a notice saying when and why.
"""

from __future__ import annotations

import os

import streamlit as st

from components import cached
from components.markdown import escape_markdown
from components.navigation import Navigation
from components.text import copyable, plain
from indicators import Figure, Release
from indicators.model.library import Library
from indicators.model.schema import Correction
from indicators.view.citations import figure_citation
from indicators.view.corrections import requested_figure, withdrawal_notice
from indicators.view.figure_view import view_of
from indicators.view.urls import CORRECTIONS, FIGURE_PARAM, SLIDES, configured_share_site, page_url, permalink


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


def show_requested(library: Library, release: Release, nav: Navigation) -> None:
    """Open the figure the address asks for, or show a harmless notice when it asks for nonsense."""
    requested = requested_figure(st.query_params.get(FIGURE_PARAM), release)
    if requested.notice:
        st.warning(requested.notice, icon=":material/info:")
    if requested.figure is not None:
        if requested.renamed:
            st.query_params[FIGURE_PARAM] = requested.figure.id  # the address now holds the figure's id
        figure_dialog(library, release, requested.figure, nav)
    elif requested.withdrawn is not None:
        withdrawn_dialog(requested.withdrawn, nav.page(CORRECTIONS))


@st.dialog("Figure and source", width="large", on_dismiss=_close)
def figure_dialog(library: Library, release: Release, figure: Figure, nav: Navigation) -> None:
    head, paragraph = cached.drilldown(release, figure.id)
    st.html(head)
    if st.button("Present this figure", key="present-figure", icon=":material/slideshow:"):
        # Alone on the projector, value and sentence in wall-size type: the official answers with it.
        st.switch_page(nav.page(SLIDES), query_params={FIGURE_PARAM: figure.id})
    with st.expander("The paragraph around it", expanded=False):
        st.html(paragraph)
    series = cached.series(library, figure.id)
    if series is not None:  # the same measure in other briefings: each value, its date, its sentence, a chart
        st.html(series)
    # Where the share site is published, its page is the fastest honest link: a phone opens it in under a
    # second, with the figure, its sentence and a link on to this live dashboard.
    share = configured_share_site(os.environ)
    link = share.figure_page(figure.id) if share else permalink(page_url(st.context.url), figure.id)
    copyable("Cite this figure", figure_citation(release, figure, link), "citation")
    copyable("Copy the link to it" + (" (its page with a preview)" if share else ""), link, "link")
    siblings = release.same_sentence(figure)
    if siblings:
        st.html("<p><strong>Other figures from this sentence</strong></p>")
        for sibling in siblings:
            label = escape_markdown(f"{sibling.label}: {view_of(sibling).full}")
            if st.button(label, key=f"sibling-{sibling.id}"):
                open_figure(sibling.id)
                st.rerun()  # the whole app, so the dialog opens on the new figure


@st.dialog("Figure withdrawn", width="large", on_dismiss=_close)
def withdrawn_dialog(correction: Correction, corrections_page: st.Page) -> None:
    plain(withdrawal_notice(correction), tag="p")
    plain(f"Why: {correction.reason}")
    st.page_link(corrections_page, label="Every correction", icon=":material/history:")
