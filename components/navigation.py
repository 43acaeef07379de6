"""The dashboard's pages as Streamlit knows them, built once a run from the routes (indicators/urls.py)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import streamlit as st

from indicators.present import escape_markdown
from indicators.urls import OVERVIEW, Page, Routes


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
