import streamlit as st

from components import cached
from components.share import downloads
from components.text import plain
from indicators import Release
from indicators.outputs.tables import filter_frame


def render(release: Release) -> None:
    st.title("All figures")
    frame = cached.frame(release)
    text = st.text_input("Search labels and sentences", key="figures-search", placeholder="e.g. river, yuan, school")
    pillar, section, unit = st.columns(3)
    pillars = pillar.multiselect("Pillar", list(dict.fromkeys(frame["pillar"])), key="figures-pillar")
    sections = section.multiselect("Section", sorted(set(frame["section"]) - {""}), key="figures-section")
    units = unit.multiselect("Unit", sorted(set(frame["unit"])), key="figures-unit")
    shown = filter_frame(frame, text, pillars, sections, units)
    plain(
        f"{len(shown)} of {len(frame)} figures. Open one for its sentence in context and its citation.",
        css_class="muted",
    )
    # Text, not a data grid: readable on a phone, and the browser's find-in-page finds every word.
    st.html(cached.figure_list(release, list(shown["id"])))
    downloads(release, shown, key="figures")
