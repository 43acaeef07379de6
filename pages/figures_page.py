import streamlit as st

from components.drilldown import fresh_key, open_figure
from components.share import downloads
from components.text import plain
from indicators import Briefing
from indicators.tables import figures_frame, filter_frame


def render(briefing: Briefing) -> None:
    st.title("All figures")
    frame = briefing.memo(("frame",), lambda: figures_frame(briefing))
    text = st.text_input("Search labels and sentences", key="figures-search", placeholder="e.g. river, yuan, school")
    pillar, section, unit = st.columns(3)
    pillars = pillar.multiselect("Pillar", list(dict.fromkeys(frame["pillar"])), key="figures-pillar")
    sections = section.multiselect("Section", sorted(set(frame["section"]) - {""}), key="figures-section")
    units = unit.multiselect("Unit", sorted(set(frame["unit"])), key="figures-unit")
    shown = filter_frame(frame, text, pillars, sections, units)
    plain(f"{len(shown)} of {len(frame)} figures. Select a row to open its sentence and citation.", css_class="muted")
    event = st.dataframe(
        shown[["label", "display", "pillar", "section", "sentence", "id"]],
        hide_index=True,
        on_select="rerun",
        selection_mode="single-row",
        key=fresh_key("figures-table"),
        column_config={
            "label": st.column_config.TextColumn("Figure", width="medium"),
            "display": st.column_config.TextColumn("Value", width="small"),
            "pillar": st.column_config.TextColumn("Pillar", width="small"),
            "section": st.column_config.TextColumn("Section", width="small"),
            "sentence": st.column_config.TextColumn("Sentence in the release", width="large"),
            "id": st.column_config.TextColumn("Id", width="small"),
        },
    )
    if event.selection.rows:
        open_figure(shown.iloc[event.selection.rows[0]]["id"])
    downloads(briefing, shown, key="figures")
