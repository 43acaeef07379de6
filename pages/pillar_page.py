import streamlit as st

from components import cached
from components.charts import clickable_chart
from components.markdown import escape_markdown
from components.navigation import Navigation
from components.text import plain
from components.tiles import figure_tiles
from indicators.model.library import Library
from indicators.view.briefing import BriefingView


def render(library: Library, view: BriefingView, pillar_id: str, nav: Navigation) -> None:
    gettext = view.language.gettext
    pillar = view.pillar(pillar_id)
    st.title(escape_markdown(pillar.title))
    if pillar.summary:
        plain(pillar.summary, css_class="muted")
    if not pillar.figures:
        st.info(gettext("No figures in this pillar yet."), icon=":material/info:")
        return
    said = gettext("{count} figures. Open any tile or bar for the sentence that states it.")
    plain(said.format(count=len(pillar.figures)), css_class="muted")
    plots = cached.pillar_plots(view, pillar_id)
    if plots:
        st.header(gettext("What the release compares"))
        for chart, plot in plots:
            clickable_chart(library, view, plot, key=f"chart-{pillar_id}-{chart.id}", nav=nav)
    for section in pillar.sections:
        st.header(escape_markdown(section.title))
        figure_tiles(view, section.figures, key=f"tile-{pillar_id}")
