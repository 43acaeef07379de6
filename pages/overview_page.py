from html import escape

import streamlit as st

from components.charts import static_chart
from components.share import downloads
from components.text import plain
from components.tiles import figure_tiles
from indicators import Briefing
from indicators.charts import overview_chart
from indicators.formatting import date_text, escape_markdown, unit_text, value_text
from indicators.tables import figures_frame


def render(briefing: Briefing, pillar_pages: dict) -> None:
    release = briefing.release
    st.title(escape_markdown(release.title))
    plain(f"{release.publisher} · briefing of {date_text(release.date)}"
          + (f" · published {date_text(release.published)}" if release.published else "")
          + f" · {len(briefing.figures)} figures, each linked to the sentence that states it", css_class="muted")  # fmt: skip

    headlines = [f for f in briefing.figures if f.headline] or briefing.figures[:6]
    st.header("Headline figures")
    figure_tiles(headlines, key="headline", columns=4)

    st.header("The pillars")
    columns = st.columns(min(4, len(briefing.dataset.pillars)))
    for index, pillar in enumerate(briefing.dataset.pillars):
        figures = [f for f in briefing.figures if f.pillar == pillar.id]
        top = [f for f in figures if f.headline][:3] or figures[:3]
        with columns[index % len(columns)].container(border=True):
            st.html(f"<h3>{escape(pillar.title)}</h3><p>{escape(pillar.summary)}</p>"
                    f"<p><strong>{len(figures)} figures</strong></p><ul>"
                    + "".join(f"<li><strong>{escape(value_text(f))}</strong>{escape(' ' + unit_text(f) if unit_text(f) else '')}:"
                              f" {escape(f.label)}</li>" for f in top) + "</ul>")  # fmt: skip
            st.page_link(pillar_pages[pillar.id], label=f"Open {escape_markdown(pillar.title)}", icon="➡️")

    st.header("The release at a glance")
    static_chart(briefing.memo(("overview-chart",), lambda: overview_chart(briefing)), key="overview-chart")

    frame = briefing.memo(("frame",), lambda: figures_frame(briefing))
    downloads(briefing, frame, key="overview", heading="Download all figures")
