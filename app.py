"""Placeholder until the dashboard lands: the release title and how many figures it holds."""

import streamlit as st

from indicators import DataError, load

st.set_page_config(page_title="Baoshan indicators", layout="wide")
try:
    briefing = load()
except DataError as error:
    st.error(f"The data file cannot be used:\n\n{error}")
else:
    st.title(briefing.release.title)
    st.write(f"{len(briefing.figures)} figures in {len(briefing.dataset.pillars)} pillars.")
