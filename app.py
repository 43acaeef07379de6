"""The Baoshan indicators dashboard: page config, the data (loaded once), navigation built from it."""

import streamlit as st

from components.data import current_briefing
from components.drilldown import show_requested
from components.text import page_style
from indicators.navigation import page_slugs
from pages import figures, overview, pillar, source

st.set_page_config(page_title="Baoshan indicators", page_icon="📊", layout="wide")
page_style()
briefing = current_briefing()
slugs = page_slugs(briefing)


def pillar_page(pillar_id: str) -> st.Page:
    def render() -> None:
        pillar.render(briefing, pillar_id)

    title = briefing.pillars_by_id[pillar_id].title
    return st.Page(render, title=title, url_path=slugs.pillars[pillar_id])


pillar_pages = {p.id: pillar_page(p.id) for p in briefing.dataset.pillars}
home = st.Page(lambda: overview.render(briefing, pillar_pages), title="Overview", url_path="overview", default=True)
all_figures = st.Page(lambda: figures.render(briefing), title="All figures", url_path=slugs.figures)
release_text = st.Page(lambda: source.render(briefing, slugs.source), title="Source", url_path=slugs.source)
page = st.navigation({"Release": [home], "Pillars": list(pillar_pages.values()), "Check": [all_figures, release_text]})
page.run()
show_requested(briefing)
