"""Sharing on every page: Copy link and Cite in the sidebar; the snapshot and data files as downloads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components.text import plain
from indicators import Briefing
from indicators.export import SNAPSHOT_NAME, snapshot_html
from indicators.links import page_citation, page_url
from indicators.tables import csv_bytes, json_bytes, xlsx_bytes

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def share_sidebar(briefing: Briefing, page_title: str) -> None:
    link = page_url(st.context.url)
    # In a popover: its contents are drawn only when opened, so sharing costs a page load almost nothing.
    with st.sidebar.popover("Share: copy link, cite", icon="🔗", use_container_width=True):
        st.markdown("**Copy link** to this page")
        st.code(link, language=None, wrap_lines=True)  # wrapped: a scrolling box needs keyboard access
        st.markdown("**Cite** this page")
        st.code(page_citation(briefing, page_title, link), language=None, wrap_lines=True)


def downloads(briefing: Briefing, frame: pd.DataFrame, key: str, heading: str = "Download these figures") -> None:
    name = briefing.release.id
    st.subheader(heading)
    plain("Each row holds the figure, its sentence and the release citation. The snapshot is one page that "
          "opens with no network: every figure, its sentence and the charts.", css_class="muted")  # fmt: skip
    snapshot, csv, json_, xlsx = st.columns(4)
    # Each file is built when its button is pressed (a callable), not on every rerun.
    snapshot.download_button("Offline snapshot (HTML)", lambda: briefing.memo(("snapshot",), lambda: snapshot_html(briefing)),
                             f"{name}-{SNAPSHOT_NAME}", "text/html", key=f"{key}-html")  # fmt: skip
    csv.download_button("CSV", lambda: csv_bytes(frame), f"{name}-figures.csv", "text/csv", key=f"{key}-csv")
    json_.download_button("JSON", lambda: json_bytes(frame, briefing), f"{name}-figures.json", "application/json",
                          key=f"{key}-json")  # fmt: skip
    xlsx.download_button("Excel (XLSX)", lambda: xlsx_bytes(frame, briefing), f"{name}-figures.xlsx", XLSX_MIME,
                         key=f"{key}-xlsx")  # fmt: skip
