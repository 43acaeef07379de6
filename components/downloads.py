"""Download buttons for the figures as CSV, JSON and XLSX, each row with its sentence and citation."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from indicators import Briefing
from indicators.tables import csv_bytes, json_bytes, xlsx_bytes

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def data_downloads(briefing: Briefing, frame: pd.DataFrame, key: str) -> None:
    name = briefing.release.id
    st.subheader("Download these figures")
    csv, json_, xlsx = st.columns(3)
    # Each file is built only when its button is pressed (a callable), not on every rerun.
    csv.download_button("CSV", lambda: csv_bytes(frame), f"{name}-figures.csv", "text/csv", key=f"{key}-csv")
    json_.download_button("JSON", lambda: json_bytes(frame, briefing), f"{name}-figures.json", "application/json",
                          key=f"{key}-json")  # fmt: skip
    xlsx.download_button("Excel (XLSX)", lambda: xlsx_bytes(frame, briefing), f"{name}-figures.xlsx", XLSX_MIME,
                         key=f"{key}-xlsx")  # fmt: skip
