import streamlit as st

from components.charts import clickable_chart
from components.text import plain
from components.tiles import figure_tiles
from indicators import Briefing
from indicators.charts import chart_for, pillar_charts
from indicators.formatting import escape_markdown
from indicators.grouping import by_section


def render(briefing: Briefing, pillar_id: str) -> None:
    pillar = briefing.pillars_by_id[pillar_id]
    figures = briefing.figures_in(pillar_id)
    st.title(escape_markdown(pillar.title))
    if pillar.summary:
        plain(pillar.summary, css_class="muted")
    plain(f"{len(figures)} figures. Open any tile or bar for the sentence that states it.", css_class="muted")

    charts = briefing.memo(("pillar-charts", pillar_id), lambda: pillar_charts(briefing, pillar_id))
    if charts:
        st.header("Charts")
        for spec in charts:
            fig = briefing.memo(("chart", spec.id, pillar_id), lambda spec=spec: chart_for(spec.figures, spec.title))
            clickable_chart(fig, key=f"chart-{pillar_id}-{spec.id}")

    for section in briefing.memo(("sections", pillar_id), lambda: by_section(briefing, figures)):
        st.header(escape_markdown(section.title))
        figure_tiles(section.figures, key=f"tile-{pillar_id}", columns=3)
