"""The drill-down: a figure's value, its sentence marked in place, its paragraph, citation and link.

A figure opens by putting its id in the address (``?figure=<id>``), so what the reader sees is what a copied URL
reproduces; closing the dialog takes the id out again. A renamed id opens the figure it became; a withdrawn one
opens a notice saying when and why.
"""

from __future__ import annotations

import os

import streamlit as st

from components import cached
from components.markdown import escape_markdown
from components.navigation import Navigation
from components.text import copyable, plain
from indicators.model.library import Library
from indicators.view.briefing import BriefingView, RetiredView
from indicators.view.figure_view import FigureView
from indicators.view.language import N_
from indicators.view.requests import requested_figure, said
from indicators.view.urls import (
    CORRECTIONS,
    FIGURE_PARAM,
    SLIDES,
    configured_share_site,
    page_url,
    permalink,
    with_language,
)


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


def requested_notice(view: BriefingView) -> str | None:
    """The notice for a figure link that opens nothing (a typo, a malformed id), in the reader's language; shown
    at the top of the page, where a reporter who followed the link sees it first."""
    requested = requested_figure(st.query_params.get(FIGURE_PARAM), view.release)
    return said(requested.notice, view.language) if requested.notice else None


def show_requested(library: Library, view: BriefingView, nav: Navigation) -> None:
    """Open the figure the address asks for (its notice, if any, is drawn at the top of the page)."""
    requested = requested_figure(st.query_params.get(FIGURE_PARAM), view.release)
    if requested.figure is not None:
        if requested.renamed:
            st.query_params[FIGURE_PARAM] = requested.figure.id  # the address now holds the figure's id
        figure_dialog(library, view, view.by_id[requested.figure.id], nav)
    elif requested.withdrawn is not None:
        retired = next(r for r in view.retired if r.old_id == requested.withdrawn.figure_id)
        _dialog(view, N_("Figure withdrawn"), _withdrawn)(view, retired, nav.page(CORRECTIONS))


def _dialog(view: BriefingView, title: str, body):
    """A dialog titled in the reader's language (st.dialog takes its title when it is made, so it is made here)."""
    return st.dialog(view.language.gettext(title), width="large", on_dismiss=_close)(body)


def figure_dialog(library: Library, briefing: BriefingView, view: FigureView, nav: Navigation) -> None:
    _dialog(briefing, N_("Figure and source"), _figure)(library, briefing, view, nav)


def _figure(library: Library, briefing: BriefingView, view: FigureView, nav: Navigation) -> None:
    gettext = briefing.language.gettext
    head, paragraph = cached.drilldowns(briefing)[view.id]
    st.html(head)
    if st.button(gettext("Present this figure"), key="present-figure", icon=":material/slideshow:"):
        # Alone on the projector, value and sentence in wall-size type: the official answers with it.
        st.switch_page(nav.page(SLIDES), query_params=nav.params(figure=view.id))
    with st.expander(gettext("The paragraph around it"), expanded=False):
        st.html(paragraph)
    series = cached.series(library, briefing, view.id)
    if series is not None:  # the same measure in other briefings: each value, its date, its sentence, a chart
        st.html(series)
    # Where the share site is published, its page is the fastest honest link: a phone opens it in under a
    # second, with the figure, its sentence and a link on to this live dashboard.
    share = configured_share_site(os.environ)
    if share:
        link = share.figure_page(view.id, briefing.language)
    else:
        link = with_language(permalink(page_url(st.context.url), view.id), briefing.language)
    copyable(gettext("Cite this figure"), view.cite(link), gettext("Copy citation"), briefing.language)
    label = gettext("Copy the link to it (its page with a preview)") if share else gettext("Copy the link to it")
    copyable(label, link, gettext("Copy link"), briefing.language)
    siblings = [briefing.by_id[f.id] for f in briefing.release.same_sentence(briefing.release.by_id[view.id])]
    if siblings:
        others = escape_markdown(gettext("Other figures from this sentence"))
        st.html(f"<p><strong>{others}</strong></p>")
        for sibling in siblings:
            if st.button(escape_markdown(f"{sibling.label}: {sibling.marked}"), key=f"sibling-{sibling.id}"):
                open_figure(sibling.id)
                st.rerun()  # the whole app, so the dialog opens on the new figure


def _withdrawn(briefing: BriefingView, retired: RetiredView, corrections_page: st.Page) -> None:
    gettext = briefing.language.gettext
    notice = gettext("The figure “{id}” was withdrawn on {date}.").format(
        id=retired.old_id, date=retired.correction.date
    )
    plain(f"{notice} {retired.correction.what}", tag="p")
    plain(gettext("Why: {reason}").format(reason=retired.correction.reason))
    st.page_link(corrections_page, label=gettext("Every correction"), icon=":material/history:")
