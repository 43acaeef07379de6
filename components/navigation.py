"""The dashboard's pages as Streamlit knows them, built once a run from the routes (indicators/urls.py)."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import streamlit as st

from components.markdown import escape_markdown
from indicators.view.urls import FIXED_PAGES, OVERVIEW, Page, Routes


@dataclass(frozen=True)
class Navigation:
    routes: Routes
    pages: dict[str, st.Page]  # by slug

    def page(self, route: Page) -> st.Page:
        return self.pages[route.slug]

    def pillar(self, pillar_id: str) -> st.Page:
        return self.pages[self.routes.pillars[pillar_id].slug]


def streamlit_page(route: Page, draw: Callable[[], None]) -> st.Page:
    # Streamlit draws page titles as Markdown: a "$" in a pillar's title would become maths.
    if route == OVERVIEW:
        return st.Page(draw, title=route.title, url_path="overview", default=True)
    return st.Page(draw, title=escape_markdown(route.title), url_path=route.slug)


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
