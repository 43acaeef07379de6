"""Draw a built figure; a click on a mark opens that figure's drill-down."""

from __future__ import annotations

import plotly.graph_objects as go
import streamlit as st

from components.drilldown import fresh_key, open_figure


def _on_select(key: str) -> None:
    points = st.session_state[key]["selection"]["points"]
    for point in points:
        customdata = point.get("customdata")
        if customdata:
            open_figure(customdata[0])
            return


def clickable_chart(fig: go.Figure, key: str) -> None:
    # theme=None keeps the figure's own fonts (Streamlit's theme forces 12 px ticks).
    full_key = fresh_key(key)
    st.plotly_chart(fig, key=full_key, theme=None, on_select=lambda: _on_select(full_key), selection_mode="points",
                     config={"displayModeBar": False})  # fmt: skip


def static_chart(fig: go.Figure, key: str) -> None:
    st.plotly_chart(fig, key=key, theme=None, config={"displayModeBar": False})
