import streamlit as st

from components.charts import static_chart
from components.share import downloads
from components.text import plain
from components.tiles import figure_tiles, pillar_card
from indicators import Briefing
from indicators.charts import overview_chart
from indicators.formatting import date_text, escape_markdown
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
        with columns[index % len(columns)]:
            pillar_card(pillar, briefing.figures_in(pillar.id), pillar_pages[pillar.id])

    st.header("The release at a glance")
    static_chart(briefing.memo(("overview-chart",), lambda: overview_chart(briefing)), key="overview-chart")

    frame = briefing.memo(("frame",), lambda: figures_frame(briefing))
    downloads(briefing, frame, key="overview", heading="Download all figures")
