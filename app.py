"""The Baoshan indicators dashboard: page config, the data (loaded once), navigation built from it."""

import streamlit as st

from components.data import current_briefing
from components.drilldown import show_requested
from components.share import share_sidebar
from components.text import page_style
from indicators.formatting import escape_markdown
from indicators.navigation import page_slugs
from pages import briefing_page, figures_page, overview_page, pillar_page, source_page

st.set_page_config(page_title="Baoshan indicators", page_icon="📊", layout="wide")
page_style()
briefing = current_briefing()
slugs = page_slugs(briefing)


# Page modules are named *_page so no module in pages/ shares a name with a URL path (pillar ids have no "_").
def make_pillar_page(pillar_id: str) -> st.Page:
    def render() -> None:
        pillar_page.render(briefing, pillar_id)

    # Streamlit draws page titles as Markdown: a "$" in a pillar's title would become maths.
    title = escape_markdown(briefing.pillars_by_id[pillar_id].title)
    return st.Page(render, title=title, url_path=slugs.pillars[pillar_id])


def show_overview() -> None:
    overview_page.render(briefing, pillar_pages)


def show_figures() -> None:
    figures_page.render(briefing)


def show_briefing() -> None:
    briefing_page.render(briefing)


def show_source() -> None:
    source_page.render(briefing, slugs.source)


pillar_pages = {p.id: make_pillar_page(p.id) for p in briefing.dataset.pillars}
home = st.Page(show_overview, title="Overview", url_path="overview", default=True)
all_figures = st.Page(show_figures, title="All figures", url_path=slugs.figures)
release_text = st.Page(show_source, title="Source", url_path=slugs.source)
slideshow = st.Page(show_briefing, title="Briefing mode", url_path=slugs.briefing)
# One flat list: Streamlit draws navigation sections as <div>s inside its <ul>, which axe flags (WCAG 1.3.1).
page = st.navigation([home, *pillar_pages.values(), all_figures, release_text, slideshow])
page.run()
share_sidebar(briefing, slugs.title_of(page.url_path, briefing))
show_requested(briefing)
