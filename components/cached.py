"""Named, cached builders: what pages draw, built once per data version and shared by every reader.

The key is the release's `version` (a hash of the YAML and the release text), so an edit to either
builds afresh. st.cache_resource shares one object (treat it as read-only) and locks per key, so one
reader building the snapshot never stalls another reader's page. The Release itself is passed as
`_release`: Streamlit does not hash it; the version stands for it.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.markdown import tile_markdown
from indicators import Release
from indicators.model.library import Library
from indicators.outputs import theme
from indicators.outputs.cards import ImagesUnavailable
from indicators.outputs.pack import SLIDE_CHART_WIDTH, drawn_charts, offline_slides_html, press_pack_pdf, slide_charts
from indicators.outputs.plots import plot_chart
from indicators.outputs.render import drilldown_html, paragraph_html, release_text_html, render, series_html
from indicators.outputs.site import Site, snapshot_html
from indicators.outputs.slides import Slide, build_slides
from indicators.outputs.tables import figures_frame
from indicators.view.charts import ChartView, pillar_charts
from indicators.view.corrections import CorrectionRow, correction_rows
from indicators.view.figure_view import view_of
from indicators.view.grouping import Section, by_section
from indicators.view.series import change_since_previous
from indicators.view.urls import ShareSite, briefing_figure_link, figure_link

_ENTRIES = 64  # per builder: a few data versions of every pillar, or of every briefing a library holds


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _pillar_plots(_release: Release, version: str, pillar_id: str, setting: str) -> list[tuple[ChartView, go.Figure]]:
    return [(view, plot_chart(view, theme.SETTINGS[setting])) for view in pillar_charts(_release, pillar_id)]


def pillar_plots(release: Release, pillar_id: str, setting: str = "laptop") -> list[tuple[ChartView, go.Figure]]:
    return _pillar_plots(release, release.version, pillar_id, setting)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _sections(_release: Release, version: str, pillar_id: str) -> list[Section]:
    return by_section(_release, _release.figures_in(pillar_id))


def sections(release: Release, pillar_id: str) -> list[Section]:
    return _sections(release, release.version, pillar_id)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _frame(_release: Release, version: str) -> pd.DataFrame:
    return figures_frame(_release)


def frame(release: Release) -> pd.DataFrame:
    return _frame(release, release.version)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _release_text(_release: Release, version: str) -> str:
    return release_text_html(_release, href=figure_link)


def release_text(release: Release) -> str:
    return _release_text(release, release.version)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _snapshot(_release: Release, version: str) -> str:
    return snapshot_html(Site(_release))  # charts as their data: the server needs no Chromium


def snapshot(release: Release) -> str:
    return _snapshot(release, release.version)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _slides(_release: Release, version: str, share_url: str | None) -> list[Slide]:
    return build_slides(_release, ShareSite(share_url) if share_url else None)


def slides(release: Release, share: ShareSite | None) -> list[Slide]:
    """The slideshow; with the share site's address, a QR code on each figure's slide and a closing slide."""
    return _slides(release, release.version, share.base_url if share else None)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _offline_slides(_release: Release, version: str, share_url: str | None) -> str:
    try:
        svgs = drawn_charts(slide_charts(_release), theme.PROJECTOR, SLIDE_CHART_WIDTH)
    except ImagesUnavailable:
        svgs = {}  # no Chromium on this server: each chart's figures as a table on its slide
    return offline_slides_html(_release, ShareSite(share_url) if share_url else None, svgs)


def offline_slides(release: Release, share: ShareSite | None) -> str:
    """The slides in one file that runs with no network, built once per data version (on the first download)."""
    return _offline_slides(release, release.version, share.base_url if share else None)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _press_pack(_release: Release, version: str, share_url: str | None, made: str) -> bytes:
    return press_pack_pdf(_release, ShareSite(share_url) if share_url else None, dt.date.fromisoformat(made))


def press_pack(release: Release, share: ShareSite | None) -> bytes:
    """The A4 press pack, printed once per data version and day (its title page says when it was made)."""
    return _press_pack(release, release.version, share.base_url if share else None, dt.date.today().isoformat())


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _corrections(_release: Release, version: str) -> list[CorrectionRow]:
    return correction_rows(_release)


def corrections(release: Release) -> list[CorrectionRow]:
    return _corrections(release, release.version)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _tile_labels(_library: Library, _release: Release, version: str) -> dict[str, str]:
    labels = {}
    for figure in _release.figures:
        change = change_since_previous(_library, _release.info.id, figure)
        labels[figure.id] = tile_markdown(view_of(figure), change.text if change else None)
    return labels


def tile_labels(library: Library, release: Release) -> dict[str, str]:
    """Every figure's tile, as Markdown, with what changed since the previous briefing where that is comparable:
    built once per data version, not once per reader."""
    return _tile_labels(library, release, f"{library.version}-{release.version}")


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _series(_library: Library, version: str, figure_id: str) -> str | None:
    figure = _library.home_of(figure_id).by_id[figure_id]
    # An image of the SVG: st.html's sanitiser drops inline SVG.
    return series_html(
        _library,
        figure,
        href=lambda other, release_id: briefing_figure_link(_library.by_release_id[release_id], other),
        inline_svg=False,
    )


def series(library: Library, figure_id: str) -> str | None:
    """A figure's series across briefings (table, change, chart) as HTML; None when it has no other member."""
    return _series(library, library.version, figure_id)


@st.cache_resource(show_spinner=False, max_entries=_ENTRIES)
def _drilldowns(_release: Release, version: str) -> dict[str, tuple[str, str]]:
    return {f.id: (drilldown_html(_release, f), paragraph_html(_release, f)) for f in _release.figures}


def drilldown(release: Release, figure_id: str) -> tuple[str, str]:
    """A figure's drill-down head and the paragraph around its sentence, as HTML."""
    return _drilldowns(release, release.version)[figure_id]


@st.cache_resource(show_spinner=False, max_entries=16)
def _figure_list(_release: Release, version: str, figure_ids: tuple[str, ...]) -> str:
    return render("figure_list.html", views=[view_of(_release.by_id[i]) for i in figure_ids], href=figure_link)


def figure_list(release: Release, figure_ids: list[str]) -> str:
    """The figures as text cards (All figures): the unfiltered list, the common case, is built once."""
    return _figure_list(release, release.version, tuple(figure_ids))
