"""Sharing on every page: Copy link and Cite in the sidebar; the snapshot and data files as downloads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import cached
from components.text import copyable, plain
from indicators import Release
from indicators.model.library import Library
from indicators.outputs.tables import DATA_FORMATS
from indicators.view.citations import page_citation
from indicators.view.urls import SNAPSHOT_PATH, data_path, page_link, page_url


def share_sidebar(library: Library, release: Release, page_title: str) -> None:
    earlier = None if release is library.current else release.info.id  # a link to it must say which briefing
    link = page_link(page_url(st.context.url), earlier)
    # In a popover: its contents are drawn only when opened, so sharing costs a page load almost nothing.
    with st.sidebar.popover("Share: copy link, cite", icon=":material/link:", width="stretch"):
        copyable("Copy link to this page", link, "link")
        copyable("Cite this page", page_citation(release, page_title, link), "citation")


def downloads(release: Release, frame: pd.DataFrame, key: str, heading: str = "Download these figures") -> None:
    name = release.info.id
    st.subheader(heading)
    plain(
        "Each row holds the figure, its sentence and the release citation with its address. The snapshot is one "
        "page that opens with no network: every figure, its sentence, the charts and the corrections.",
        css_class="muted",
    )
    snapshot, *data_columns = st.columns(1 + len(DATA_FORMATS))
    # Each file is built when its button is pressed (a callable), not on every rerun.
    snapshot.download_button(
        "Offline snapshot (HTML)",
        lambda: cached.snapshot(release),
        f"{name}-{SNAPSHOT_PATH}",
        "text/html",
        key=f"{key}-html",
        icon=":material/download:",
    )
    for column, data_format in zip(data_columns, DATA_FORMATS, strict=True):
        column.download_button(
            data_format.label,
            lambda data_format=data_format: data_format.build(frame, release),
            f"{name}-{data_path(data_format.suffix)}",
            data_format.mime,
            key=f"{key}-{data_format.suffix}",
            icon=":material/download:",
        )
