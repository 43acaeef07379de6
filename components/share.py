"""Sharing on every page: Copy link and Cite in the sidebar; the snapshot and data files as downloads."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from components import cached
from components.text import copyable, plain
from indicators.model.library import Library
from indicators.outputs.registry import downloads as registered_downloads
from indicators.view.briefing import BriefingView
from indicators.view.citations import page_citation
from indicators.view.urls import SNAPSHOT_PATH, data_path, page_link, page_url, with_language


def share_sidebar(view: BriefingView, page_title: str) -> None:
    gettext = view.language.gettext
    earlier = None if view.current else view.release_id  # a link to it must say which briefing
    link = with_language(page_link(page_url(st.context.url), earlier), view.language)
    # In a popover: its contents are drawn only when opened, so sharing costs a page load almost nothing.
    with st.sidebar.popover(gettext("Share: copy link, cite"), icon=":material/link:", width="stretch"):
        copyable(gettext("Copy link to this page"), link, gettext("Copy link"), view.language)
        citation = page_citation(page_title, view.title, view.citation, link, view.language)
        copyable(gettext("Cite this page"), citation, gettext("Copy citation"), view.language)


def downloads(library: Library, view: BriefingView, frame: pd.DataFrame, key: str, heading: str | None = None) -> None:
    """The snapshot and every data file the registry of outputs offers, each built when its button is pressed."""
    gettext = view.language.gettext
    name = view.release_id + ("" if view.language.code == "en" else f"-{view.language.code}")
    st.subheader(heading or gettext("Download these figures"))
    plain(
        gettext(
            "Each row holds the figure, its sentence and the release citation with its address. The snapshot is one "
            "page that opens with no network: every figure, its sentence, the charts and the corrections."
        ),
        css_class="muted",
    )
    offered = registered_downloads()
    snapshot, *data_columns = st.columns(1 + len(offered))
    snapshot.download_button(
        gettext("Offline snapshot (HTML)"),
        lambda: cached.snapshot(library, view),
        f"{name}-{SNAPSHOT_PATH}",
        "text/html",
        key=f"{key}-html",
        icon=":material/download:",
        on_click="ignore",  # no rerun: the file a tap asked for stays until it is sent
    )
    for column, output in zip(data_columns, offered, strict=True):
        data_format = output.download
        column.download_button(
            gettext(data_format.label),
            lambda data_format=data_format: data_format.build(frame, view),
            f"{name}-{data_path(data_format.suffix)}",
            data_format.mime,
            key=f"{key}-{data_format.suffix}",
            icon=":material/download:",
            on_click="ignore",  # no rerun: the file a tap asked for stays until it is sent
        )
