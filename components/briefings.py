"""Which briefing of the library a reader sees: from the address, kept across the reader's page changes
(Streamlit drops the query when the reader navigates), offered in a picker on every page, and said on screen."""

from __future__ import annotations

import streamlit as st

from components.markdown import escape_markdown
from components.navigation import Navigation, requested_slug
from indicators import Release
from indicators.model.library import Library
from indicators.reading.periods import date_text
from indicators.view.formatting import describe_release, whose
from indicators.view.urls import FIGURE_PARAM, OVERVIEW, RELEASE_PARAM, Routes, valid_release_id

_CHOSEN = "release"  # session state: the briefing this reader chose, for pages reached without it in the address


def chosen_release(library: Library) -> Release:
    """The briefing the address asks for (its figure's, else the one it names, else the one this reader chose),
    written back into the address when it is not the current one, so a copied address shows the same."""
    asked = st.query_params.get(RELEASE_PARAM)
    named = asked if asked in library.by_release_id else None
    if asked and named is None:
        shown = f"“{asked}”" if valid_release_id(asked) else "in this address"
        st.warning(
            f"This dashboard holds no briefing {shown}. Showing the newest; the others are listed under Briefing.",
            icon=":material/info:",
        )
    release = library.choose(
        named or st.session_state.get(_CHOSEN),
        valid_release_id(st.query_params.get(FIGURE_PARAM)),
        requested_slug(),
        lambda r: Routes.of(r).slugs,
    )
    st.session_state[_CHOSEN] = release.info.id
    if release is library.current:
        st.query_params.pop(RELEASE_PARAM, None)
    elif st.query_params.get(RELEASE_PARAM) != release.info.id:
        st.query_params[RELEASE_PARAM] = release.info.id
    return release


def release_picker(library: Library, release: Release, nav: Navigation) -> None:
    """Every briefing, newest first, in the sidebar: choosing one opens its overview."""
    if len(library.releases) < 2:
        return
    ids = [r.info.id for r in reversed(library.releases)]
    picked = st.sidebar.selectbox(
        "Briefing",
        ids,
        index=ids.index(release.info.id),
        format_func=lambda release_id: describe_release(library, library.by_release_id[release_id]),
        key=f"briefing-{release.info.id}",
        help="Every briefing this dashboard holds; links to each stay as they were published.",
    )
    if picked != release.info.id:
        st.session_state[_CHOSEN] = picked
        st.switch_page(nav.page(OVERVIEW), query_params={RELEASE_PARAM: picked})


def earlier_briefing_notice(library: Library, release: Release, nav: Navigation) -> None:
    """On an earlier briefing's pages: which briefing this is, and the way to the newest."""
    if release is library.newest:
        return
    newest = library.newest
    st.info(
        f"An earlier briefing: {escape_markdown(whose(release.info))}, {date_text(release.info.date)}. "
        f"The newest is from {date_text(newest.info.date)}.",
        icon=":material/history:",
    )
    st.page_link(
        nav.page(OVERVIEW),
        label=f"Open the newest briefing ({date_text(newest.info.date)})",
        query_params={RELEASE_PARAM: newest.info.id},
        icon=":material/arrow_forward:",
    )
