"""Every cached builder of the dashboard, and the one decorator that caches them: what pages draw, built once per
data version and language, shared by every reader.

`cached` keys a builder on its arguments, reading a library, a release or a briefing's view by its `version` (a
hash of the YAML and the release text), so an edit builds afresh; it builds each key once even when many readers
ask at the same moment (a lock per key), and keeps the last `entries` keys. The store is this process's own: no
message from a browser reaches it. (Streamlit's `clear_cache` message, which any reader's connection can send,
clears Streamlit's own two caches for everyone; nothing costly is kept there.)
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections import OrderedDict
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go

from components.markdown import tile_markdown
from indicators.model.library import Library
from indicators.model.release import Release
from indicators.outputs import theme
from indicators.outputs.cards import ImagesUnavailable
from indicators.outputs.pack import SLIDE_CHART_WIDTH, drawn_charts, offline_slides_html, press_pack_pdf, slide_charts
from indicators.outputs.plots import plot_chart
from indicators.outputs.render import drilldown_html, paragraph_html, release_text_html, render, series_html
from indicators.outputs.site import Site, snapshot_html
from indicators.outputs.slides import Slide, build_slides
from indicators.outputs.tables import figures_frame
from indicators.view.briefing import BriefingView, ChartShown, build_briefing_view
from indicators.view.language import Language
from indicators.view.urls import ShareSite, briefing_figure_link, figure_link, with_language

ENTRIES = 64  # per builder: a few data versions of every pillar and language, or of every briefing a library holds


def _key(argument) -> object:
    """What an argument is keyed by: its data version for the data, its code for a language, itself otherwise."""
    if isinstance(argument, BriefingView):
        return ("briefing", argument.version, argument.language.code)
    if isinstance(argument, (Library, Release)):
        return (type(argument).__name__, argument.version)
    if isinstance(argument, Language):
        return ("language", argument.code)
    if isinstance(argument, ShareSite):
        return ("share", argument.base_url)
    return argument


class _Store:
    """The last `entries` results of one builder, each built once: readers asking for a key being built wait for it."""

    def __init__(self, entries: int):
        self.entries = entries
        self.results: OrderedDict = OrderedDict()
        self.building: dict = {}
        self.lock = threading.Lock()

    def get(self, key, build: Callable):
        with self.lock:
            if key in self.results:
                self.results.move_to_end(key)
                return self.results[key]
            building = self.building.setdefault(key, threading.Lock())
        with building:  # one reader builds; the others wait for the result
            with self.lock:
                if key in self.results:
                    return self.results[key]
            result = build()
            with self.lock:
                self.results[key] = result
                self.results.move_to_end(key)
                while len(self.results) > self.entries:
                    self.results.popitem(last=False)
                self.building.pop(key, None)
            return result


def cached(entries: int = ENTRIES) -> Callable:
    """Cache a builder in this process's own store, keyed on its arguments' data versions. The result is shared by
    every reader: treat it as read-only."""

    def decorate(build: Callable) -> Callable:
        store = _Store(entries)

        @functools.wraps(build)
        def builder(*args):
            return store.get(tuple(_key(a) for a in args), lambda: build(*args))

        builder.store = store
        return builder

    return decorate


@cached()
def briefing(library: Library, release: Release, language: Language) -> BriefingView:
    """The one view of a briefing, in one language, that every piece of every page is drawn from."""
    return build_briefing_view(library, release, language)


@cached()
def pillar_plots(view: BriefingView, pillar_id: str, setting: str = "laptop") -> list[tuple[ChartShown, go.Figure]]:
    sizes = theme.SETTINGS[setting]
    return [(chart, plot_chart(chart, sizes)) for chart in view.pillar(pillar_id).charts]


@cached()
def frame(view: BriefingView) -> pd.DataFrame:
    return figures_frame(view)


@cached()
def release_text(view: BriefingView) -> str:
    return release_text_html(view, href=lambda figure_id: with_language(figure_link(figure_id), view.language))


@cached()
def snapshot(library: Library, view: BriefingView) -> str:
    return snapshot_html(Site(library), view)  # charts as their data: the server needs no Chromium


@cached()
def slides(view: BriefingView, share: ShareSite | None) -> list[Slide]:
    """The slideshow; with the share site's address, a QR code on each figure's slide and a closing slide."""
    return build_slides(view, share)


@cached(entries=16)
def offline_slides(view: BriefingView, share: ShareSite | None) -> str:
    """The slides in one file that runs with no network, built once per data version (on the first download)."""
    try:
        svgs = drawn_charts(slide_charts(view), theme.PROJECTOR, SLIDE_CHART_WIDTH)
    except ImagesUnavailable:
        svgs = {}  # no Chromium on this server: each chart's figures as a table on its slide
    return offline_slides_html(view, share, svgs)


@cached(entries=16)
def press_pack(view: BriefingView, share: ShareSite | None, made: str) -> bytes:
    """The A4 press pack, printed once per data version and day (its title page says when it was made)."""
    return press_pack_pdf(view, share, dt.date.fromisoformat(made))


@cached()
def tile_labels(view: BriefingView) -> dict[str, str]:
    """Every figure's tile, as Markdown, with what changed since the previous briefing where that is comparable."""
    return {figure.id: tile_markdown(figure) for figure in view.figures}


@cached()
def series(library: Library, view: BriefingView, figure_id: str) -> str | None:
    """A figure's series across briefings (table, change, chart) as HTML; None when it has no other member."""
    release = library.home_of(figure_id)
    figure = release.by_id[figure_id]
    if not figure.indicator.series:
        return None

    def href(other: str, release_id: str) -> str:
        return with_language(briefing_figure_link(library.by_release_id[release_id], other), view.language)

    # An image of the SVG: st.html's sanitiser drops inline SVG.
    return series_html(library, figure, href, view.language, inline_svg=False)


@cached()
def drilldowns(view: BriefingView) -> dict[str, tuple[str, str]]:
    """Every figure's drill-down head and the paragraph around its sentence, as HTML."""
    return {f.id: (drilldown_html(view, f), paragraph_html(view, f)) for f in view.figures}


@cached(entries=16)
def figure_list(view: BriefingView, figure_ids: tuple[str, ...]) -> str:
    """The figures as text cards (All figures): the unfiltered list, the common case, is built once."""
    return render(
        "figure_list.html",
        view.language,
        views=[view.by_id[i] for i in figure_ids],
        href=lambda figure_id: with_language(figure_link(figure_id), view.language),
    )


def today() -> str:
    return dt.date.today().isoformat()
