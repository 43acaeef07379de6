"""Draw a built plot; a click on a mark opens that figure's drill-down, rerunning only the chart."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from components.drilldown import figure_dialog, fresh_key, open_figure
from components.navigation import Navigation
from indicators.model.library import Library
from indicators.view.briefing import BriefingView

CONFIG = {"displayModeBar": False, "responsive": True}
_CLICKED = "chart-clicked-figure"


def _on_select(key: str, briefing: BriefingView) -> None:
    for point in st.session_state[key]["selection"]["points"]:
        figure_id = (point.get("customdata") or [None])[0]
        if figure_id in briefing.by_id:
            open_figure(figure_id)
            st.session_state[_CLICKED] = figure_id
            return


@st.fragment
def clickable_chart(library: Library, briefing: BriefingView, plot: go.Figure, key: str, nav: Navigation) -> None:
    """A chart whose marks open their figure. A fragment: a click reruns this chart and its dialog, not the page."""
    full_key = fresh_key(key)
    # theme=None keeps the plot's own fonts (Streamlit's theme forces 12 px ticks).
    st.plotly_chart(
        plot,
        key=full_key,
        theme=None,
        on_select=lambda: _on_select(full_key, briefing),
        selection_mode="points",
        config=CONFIG,
    )
    clicked = st.session_state.pop(_CLICKED, None)
    if clicked is not None:  # only on the rerun the click caused; a full rerun opens it from the address
        figure_dialog(library, briefing, briefing.by_id[clicked], nav)


def static_chart(plot: go.Figure, key: str) -> None:
    st.plotly_chart(plot, key=key, theme=None, config=CONFIG)
