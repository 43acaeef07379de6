import streamlit as st

from components import cached
from components.charts import clickable_chart
from components.markdown import escape_markdown
from components.navigation import Navigation
from components.text import plain
from components.tiles import figure_tiles
from indicators import Release
from indicators.model.library import Library


def render(library: Library, release: Release, pillar_id: str, nav: Navigation) -> None:
    pillar = release.pillars_by_id[pillar_id]
    figures = release.figures_in(pillar_id)
    st.title(escape_markdown(pillar.title))
    if pillar.summary:
        plain(pillar.summary, css_class="muted")
    if not figures:
        st.info("No figures in this pillar yet.", icon=":material/info:")
        return
    plain(f"{len(figures)} figures. Open any tile or bar for the sentence that states it.", css_class="muted")
    plots = cached.pillar_plots(release, pillar_id)
    if plots:
        st.header("What the release compares")
        for view, plot in plots:
            clickable_chart(library, release, plot, key=f"chart-{pillar_id}-{view.id}", nav=nav)
    for section in cached.sections(release, pillar_id):
        st.header(escape_markdown(section.title))
        figure_tiles(library, release, section.figures, key=f"tile-{pillar_id}")
