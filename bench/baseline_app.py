"""The benchmarks' baseline: a minimal Streamlit page holding one plotly bar chart and a dialog.

A click on a bar opens the dialog, the least any dashboard with a drill-down can do; so does a link
with ``?figure=<label>``, the least a permalink can cost.
"""

from html import escape

import plotly.graph_objects as go
import streamlit as st


@st.dialog("Figure", width="large")
def show(label: str) -> None:
    st.html(f"<p><mark>{escape(label)}</mark></p>")


plot = go.Figure(go.Bar(x=[120, 10], y=["a", "b"], orientation="h", customdata=[["a"], ["b"]]))
selection = st.plotly_chart(plot, key="chart", on_select="rerun", selection_mode="points", theme=None)
if selection and selection.selection.points:
    show(selection.selection.points[0]["customdata"][0])
elif "figure" in st.query_params:
    show(st.query_params["figure"][:40])
