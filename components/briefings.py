"""Which briefing of the library a reader sees, and in which language: from the address, kept across the reader's
page changes (Streamlit drops the query when the reader navigates), offered in a picker and a switch on every page,
and said on screen."""

from __future__ import annotations

import json
from html import escape
from urllib.parse import quote

import streamlit as st

from components.markdown import escape_markdown
from components.navigation import Navigation, requested_slug
from indicators.model.library import Library
from indicators.model.release import Release
from indicators.view.briefing import BriefingView
from indicators.view.formatting import date_text, describe_release
from indicators.view.language import ENGLISH, LANG_PARAM, LANGUAGES, Language, language_of
from indicators.view.urls import FIGURE_PARAM, OVERVIEW, RELEASE_PARAM, Routes, valid_release_id

_CHOSEN = "release"  # session state: the briefing this reader chose, for pages reached without it in the address
_LANGUAGE = "language"  # session state: the language this reader chose


def chosen_language() -> Language:
    """The language the address asks for, else the one this reader chose before; written back into the address
    (English needs none), so a copied address shows the same."""
    asked = st.query_params.get(LANG_PARAM)
    language = language_of(asked) if asked is not None else language_of(st.session_state.get(_LANGUAGE))
    st.session_state[_LANGUAGE] = language.code
    if language == ENGLISH:
        st.query_params.pop(LANG_PARAM, None)
    elif st.query_params.get(LANG_PARAM) != language.code:
        st.query_params[LANG_PARAM] = language.code
    return language


def chosen_release(library: Library, language: Language) -> Release:
    """The briefing the address asks for (its figure's, else the one it names, else the one this reader chose),
    written back into the address when it is not the current one, so a copied address shows the same."""
    asked = st.query_params.get(RELEASE_PARAM)
    named = asked if asked in library.by_release_id else None
    if asked and named is None:
        shown = f"“{asked}”" if valid_release_id(asked) else language.gettext("in this address")
        said = language.gettext(
            "This dashboard holds no briefing {asked}. Showing the newest; the others are listed under Briefing."
        )
        st.warning(said.format(asked=shown), icon=":material/info:")
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


def language_links(view: BriefingView, css_class: str = "language-switch") -> str:
    """English | 简体 | 繁體: links to the same page, the same briefing, the reader's open figure and slide."""
    keep = {key: value for key, value in st.query_params.items() if key != LANG_PARAM}
    links = []
    for language in LANGUAGES:
        query = {**keep, **({LANG_PARAM: language.code} if language != ENGLISH else {})}
        href = "?" + "&".join(f"{key}={value}" for key, value in query.items()) if query else "?"
        if language == view.language:
            links.append(f'<span aria-current="true" lang="{language.tag}">{language.name}</span>')
        else:
            links.append(
                f'<a href="{escape_href(href)}" target="_self" hreflang="{language.tag}" lang="{language.tag}">{language.name}</a>'
            )
    label = view.language.gettext("Language")
    return f'<nav class="{css_class}" aria-label="{label}">{" | ".join(links)}</nav>'


def language_switch(view: BriefingView) -> None:
    """The switch in the sidebar, and the page's language on its <html> element (Streamlit's shell says "en"
    whatever the page holds), set from the sidebar, where an element takes no room on the projector's slide."""
    tag = json.dumps(view.language.tag)
    st.sidebar.html(
        language_links(view) + f"<script>document.documentElement.lang = {tag};</script>",
        unsafe_allow_javascript=True,
    )


def escape_href(href: str) -> str:
    return escape(quote(href, safe="?&=-_."), quote=True)


def release_picker(library: Library, view: BriefingView, nav: Navigation) -> None:
    """Every briefing, newest first, in the sidebar: choosing one opens its overview."""
    if len(library.releases) < 2:
        return
    language = view.language
    ids = [r.info.id for r in reversed(library.releases)]
    picked = st.sidebar.selectbox(
        language.gettext("Briefing"),
        ids,
        index=ids.index(view.release_id),
        format_func=lambda release_id: describe_release(library, library.by_release_id[release_id], language),
        key=f"briefing-{view.release_id}",
        help=language.gettext("Every briefing this dashboard holds; links to each stay as they were published."),
    )
    if picked != view.release_id:
        st.session_state[_CHOSEN] = picked
        st.switch_page(nav.page(OVERVIEW), query_params={**nav.params(), RELEASE_PARAM: picked})


def earlier_briefing_notice(library: Library, view: BriefingView, nav: Navigation) -> None:
    """On an earlier briefing's pages: which briefing this is, and the way to the newest."""
    if view.newest:
        return
    language = view.language
    newest = library.newest
    said = language.gettext("An earlier briefing: {whose}, {date}. The newest is from {newest}.")
    newest_date = date_text(newest.info.date, language)
    st.info(
        said.format(whose=escape_markdown(view.whose), date=view.date, newest=newest_date), icon=":material/history:"
    )
    params = {key: value for key, value in nav.params().items() if key != RELEASE_PARAM}
    st.page_link(
        nav.page(OVERVIEW),
        label=language.gettext("Open the newest briefing ({date})").format(date=newest_date),
        query_params={**params, RELEASE_PARAM: newest.info.id},
        icon=":material/arrow_forward:",
    )
