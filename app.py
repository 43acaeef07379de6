"""The Baoshan indicators dashboard: page config, the library of briefings (loaded once), the briefing the
address asks for, navigation built from it."""

import streamlit as st

from components.briefings import chosen_release, earlier_briefing_notice, release_picker
from components.data import current_library, held_back_notice, stale_warning, unusable
from components.drilldown import show_requested
from components.navigation import Navigation, only_page, streamlit_page
from components.share import share_sidebar
from components.text import page_style
from indicators.view.urls import CORRECTIONS, FIGURES, OVERVIEW, SLIDES, SOURCE, Routes
from pages import corrections_page, figures_page, overview_page, pillar_page, slides_page, source_page

# No page_icon: a Material icon as favicon is fetched from Google's font servers, a request to another host.
st.set_page_config(page_title="Baoshan indicators", layout="wide")
page_style("dashboard")
loaded = current_library()

if loaded.library is None:
    # The error page is the only page, whatever the URL: navigation must run even now, or Streamlit
    # stays in its folder mode and lists the code modules as pages.
    only_page("The figures cannot be shown", lambda: unusable(loaded)).run()
else:
    library = loaded.library
    release = chosen_release(library)  # the newest, unless the address (or this reader) chose an earlier one
    routes = Routes.of(release)
    draw = {
        OVERVIEW.slug: lambda: overview_page.render(library, release, nav),
        FIGURES.slug: lambda: figures_page.render(release),
        SOURCE.slug: lambda: source_page.render(release, nav),
        CORRECTIONS.slug: lambda: corrections_page.render(release, nav),
        SLIDES.slug: lambda: slides_page.render(release),
    }
    for pillar_id, route in routes.pillars.items():
        draw[route.slug] = lambda pillar_id=pillar_id: pillar_page.render(library, release, pillar_id, nav)
    order = [OVERVIEW, *routes.pillars.values(), FIGURES, SOURCE, CORRECTIONS, SLIDES]
    nav = Navigation(routes, {route.slug: streamlit_page(route, draw[route.slug]) for route in order})
    # One flat list: Streamlit draws navigation sections as <div>s inside its <ul>, which axe flags (WCAG 1.3.1).
    page = st.navigation(list(nav.pages.values()))
    if loaded.stale:
        stale_warning(loaded)
    release_picker(library, release, nav)
    if page.url_path != SLIDES.slug:
        earlier_briefing_notice(library, release, nav)
    if release.held_back and page.url_path != SLIDES.slug:
        held_back_notice(release.held_back)
    page.run()
    if page.url_path != SLIDES.slug:  # on the projector, ?figure= presents the figure alone instead
        share_sidebar(library, release, routes.title_of(page.url_path))
        show_requested(library, release, nav)
