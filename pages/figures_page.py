import streamlit as st

from components import cached
from components.share import downloads
from components.text import plain
from indicators.model.library import Library
from indicators.outputs.tables import filter_frame
from indicators.view.briefing import BriefingView


def render(library: Library, view: BriefingView) -> None:
    gettext = view.language.gettext
    st.title(gettext("All figures"))
    frame = cached.frame(view)
    text = st.text_input(
        gettext("Search labels and sentences"), key="figures-search", placeholder=gettext("e.g. river, yuan, school")
    )
    pillar, section, unit = st.columns(3)
    pillars = pillar.multiselect(gettext("Pillar"), list(dict.fromkeys(frame["pillar"])), key="figures-pillar")
    sections = section.multiselect(gettext("Section"), sorted(set(frame["section"]) - {""}), key="figures-section")
    units = unit.multiselect(gettext("Unit"), sorted(set(frame["unit"])), key="figures-unit")
    shown = filter_frame(frame, text, pillars, sections, units)
    said = gettext("{shown} of {count} figures. Open one for its sentence in context and its citation.")
    plain(said.format(shown=len(shown), count=len(frame)), css_class="muted")
    # Text, not a data grid: readable on a phone, and the browser's find-in-page finds every word.
    st.html(cached.figure_list(view, tuple(shown["id"])))
    downloads(library, view, shown, key="figures")
