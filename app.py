"""The Baoshan indicators dashboard: page config, the library of briefings (loaded once), the briefing and language
the address asks for, its one view, navigation built from it.

`streamlit run app.py` reads this file twice over: it imports it as the server (`app`, an `st.App`, whose
startup makes even the first reader's deep link open its page), then runs it per reader as the dashboard."""

from contextlib import asynccontextmanager

import streamlit as st

from components import cached
from components.briefings import (
    chosen_language,
    chosen_release,
    earlier_briefing_notice,
    language_switch,
    release_picker,
)
from components.data import current_library, held_back_notice, stale_warning, unusable
from components.drilldown import requested_notice, show_requested
from components.navigation import Navigation, only_page, page_title, streamlit_page
from components.share import share_sidebar
from components.text import page_style
from indicators.view.urls import CORRECTIONS, FIGURES, OVERVIEW, SLIDES, SOURCE, Routes
from pages import corrections_page, figures_page, overview_page, pillar_page, slides_page, source_page


def main() -> None:
    # No page_icon: a Material icon as favicon is fetched from Google's font servers, a request to another host.
    st.set_page_config(page_title="Baoshan indicators", layout="wide")
    page_style("dashboard")
    language = chosen_language()
    loaded = current_library()

    if loaded.library is None:
        # The error page is the only page, whatever the URL: navigation must run even now, or Streamlit
        # stays in its folder mode and lists the code modules as pages.
        only_page(language.gettext("The figures cannot be shown"), lambda: unusable(loaded, language)).run()
    else:
        library = loaded.library
        release = chosen_release(library, language)  # the newest, unless the address (or this reader) chose another
        view = cached.briefing(library, release, language)
        routes = Routes.of(release)
        draw = {
            OVERVIEW.slug: lambda: overview_page.render(library, view, nav),
            FIGURES.slug: lambda: figures_page.render(library, view),
            SOURCE.slug: lambda: source_page.render(view, nav),
            CORRECTIONS.slug: lambda: corrections_page.render(view, nav),
            SLIDES.slug: lambda: slides_page.render(view),
        }
        titles = {route.slug: page_title(route, language) for route in (OVERVIEW, FIGURES, SOURCE, CORRECTIONS, SLIDES)}
        for pillar in view.pillars:
            draw[pillar.slug] = lambda pillar_id=pillar.id: pillar_page.render(library, view, pillar_id, nav)
            titles[pillar.slug] = pillar.title
        order = [OVERVIEW, *routes.pillars.values(), FIGURES, SOURCE, CORRECTIONS, SLIDES]
        pages = {route.slug: streamlit_page(route, draw[route.slug], titles[route.slug]) for route in order}
        nav = Navigation(routes, pages, language, None if view.current else view.release_id)
        # One flat list: Streamlit draws navigation sections as <div>s inside its <ul>, which axe flags (WCAG 1.3.1).
        page = st.navigation(list(nav.pages.values()))
        presenting = page.url_path == SLIDES.slug
        if loaded.stale:
            stale_warning(loaded, language)
        notice = requested_notice(view)
        if notice and not presenting:  # a link that opens nothing says so first, where a reader on a phone looks
            st.warning(notice, icon=":material/info:")
        language_switch(view)
        release_picker(library, view, nav)
        if not presenting:
            earlier_briefing_notice(library, view, nav)
        if release.held_back and not presenting:
            held_back_notice(release.held_back, language)
        page.run()
        if not presenting:  # on the projector, ?figure= presents the figure alone instead
            share_sidebar(view, titles.get(page.url_path, titles[OVERVIEW.slug]))
            show_requested(library, view, nav)


@asynccontextmanager
async def _navigation_from_the_first_session(_app):
    """The server's first reader gets st.navigation's routing, not the pages/ folder's (streamlit#9992)."""
    from streamlit.runtime.pages_manager import PagesManager

    PagesManager.uses_pages_directory = False
    yield


if __name__ == "__main__":  # Streamlit runs the script: the dashboard
    main()
else:  # `streamlit run app.py` imports it first: the server, whose startup settles how pages are found
    app = st.App(__file__, lifespan=_navigation_from_the_first_session)
