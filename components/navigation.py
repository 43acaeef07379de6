"""The dashboard's pages as Streamlit knows them, built once a run from the routes (indicators/view/urls.py), and
what every link inside the dashboard carries: the reader's language and briefing."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import streamlit as st

from components.markdown import escape_markdown
from indicators.view.language import ENGLISH, LANG_PARAM, Language
from indicators.view.urls import FIGURE_PARAM, FIXED_PAGES, OVERVIEW, RELEASE_PARAM, Page, Routes


@dataclass(frozen=True)
class Navigation:
    routes: Routes
    pages: dict[str, st.Page]  # by slug
    language: Language = ENGLISH
    release_id: str | None = None  # the briefing shown, when it is not the current one

    def page(self, route: Page) -> st.Page:
        return self.pages[route.slug]

    def pillar(self, pillar_id: str) -> st.Page:
        return self.pages[self.routes.pillars[pillar_id].slug]

    def params(self, **more: str) -> dict[str, str]:
        """The query a link inside the dashboard carries: the reader's language and briefing, and ``more``."""
        params = {}
        if self.language != ENGLISH:
            params[LANG_PARAM] = self.language.code
        if self.release_id:
            params[RELEASE_PARAM] = self.release_id
        return {**params, **{FIGURE_PARAM if k == "figure" else k: v for k, v in more.items()}}


def page_title(route: Page, language: Language) -> str:
    """A fixed page's title in the reader's language; a pillar's comes from the data (its view)."""
    return language.gettext(route.title) if route in FIXED_PAGES else route.title


def streamlit_page(route: Page, draw: Callable[[], None], title: str) -> st.Page:
    # Streamlit draws page titles as Markdown: a "$" in a pillar's title would become maths.
    if route == OVERVIEW:
        return st.Page(draw, title=escape_markdown(title), url_path="overview", default=True)
    return st.Page(draw, title=escape_markdown(title), url_path=route.slug)


def requested_slug() -> str | None:
    """The page the reader's browser asked for (its path under the app's base), if it could be a page."""
    url = st.context.url
    if not url:
        return None
    path = urlsplit(url).path.strip("/")
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    if base and (path == base or path.startswith(f"{base}/")):
        path = path[len(base) :].strip("/")
    return path if re.fullmatch(r"[A-Za-z0-9_-]{1,80}", path) else None


def only_page(title: str, draw: Callable[[], None]) -> st.Page:
    """One page shown whatever the address: registered at the root, at every fixed page and at the address
    asked for, so Streamlit never says "Page not found" over it nor lists anything else."""
    slugs = {route.slug for route in FIXED_PAGES if route.slug} | {requested_slug()} - {None}
    pages = [st.Page(draw, title=title, url_path="unavailable", default=True)]
    pages += [st.Page(draw, title=title, url_path=slug, visibility="hidden") for slug in sorted(slugs)]
    return st.navigation(pages, position="hidden")
