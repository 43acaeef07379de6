"""Every output of the project, registered once, as Datasette registers its output renderers: a name, a scope (a
figure, a chart, an id that no longer names a figure, a briefing, the library), its address on the share site
(from indicators/view/urls.py) and its render function. The export writes every entry, the dashboard offers the
downloadable ones, and the tests read every one: a new output is one entry here (and its template), and the
every-output test covers it without an edit.

Each render function takes a `Rendering` (the site, the briefing's view in one language, the charts already drawn)
and the subject of its scope, and returns text or bytes. Outputs drawn by Chromium (cards, chart images, the
press pack) say so: the export draws them in one Chromium session, and without images leaves them out.
"""

from __future__ import annotations

import datetime as dt
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import plotly.graph_objects as go

from indicators.outputs import theme
from indicators.outputs.cards import card_plot
from indicators.outputs.feed import feed_xml
from indicators.outputs.pack import offline_slides_html, press_pack_html, print_pdf
from indicators.outputs.plots import plot_chart
from indicators.outputs.render import COPY_SCRIPT
from indicators.outputs.site import (
    EMBED_SCRIPT,
    SHARE_SCRIPT,
    Site,
    corrections_page_html,
    embed_page_html,
    figure_page_html,
    language_links,
    retired_page_html,
    snapshot_html,
)
from indicators.outputs.tables import DATA_FORMATS, DataFormat, figures_frame
from indicators.view.briefing import BriefingView
from indicators.view.language import Language
from indicators.view.urls import (
    CORRECTIONS_PATH,
    PRESS_PACK_PATH,
    SLIDES_PATH,
    SNAPSHOT_PATH,
    asset_path,
    briefing_path,
    card_path,
    chart_path,
    data_path,
    embed_path,
    feed_path,
    figure_path,
    page_file,
)

PACK_CHART_WIDTH = 760  # an A4 column at 96 px per inch: the share site's charts are the press pack's
SLIDE_CHART_WIDTH = 1200  # a 1280 px slide less its margins
SLIDES_FOLDER = "slides/"


@dataclass
class Rendering:
    """What every output of one briefing in one language is rendered from."""

    site: Site
    briefing: BriefingView
    today: dt.date = field(default_factory=dt.date.today)
    chart_svgs: dict[str, str] = field(default_factory=dict)  # by chart id, drawn for the page
    slide_svgs: dict[str, str] = field(default_factory=dict)  # drawn in projector type
    pack: list[tuple[str, str]] = field(default_factory=list)  # (label, path) of the pack beside the snapshot

    @property
    def base(self) -> str:
        return self.site.base(self.briefing)

    @property
    def language(self) -> Language:
        return self.briefing.language


@dataclass(frozen=True)
class Output:
    name: str
    scope: str  # "figure", "chart", "retired", "briefing" or "library"
    path: Callable  # (rendering, subject) -> the file's path on the share site
    render: Callable | None = None  # (rendering, subject) -> str | bytes
    plot: Callable | None = None  # for an image: (rendering, subject) -> (go.Figure, (width, height))
    media_type: str = "text/html"
    needs_share: bool = False  # link previews, embeds and feeds need the site's absolute address
    drawn: bool = False  # drawn by Chromium: left out without images
    download: DataFormat | None = None  # a data file the dashboard offers
    description: str = ""

    @property
    def text(self) -> bool:
        return self.media_type.startswith("text/") or self.media_type.endswith(("json", "xml"))


# Figure scope -------------------------------------------------------------------------------------------------


def _figure_page(r: Rendering, view) -> str:
    return figure_page_html(r.site, r.briefing, view)


def _embed(r: Rendering, view) -> str:
    return embed_page_html(r.site, r.briefing, view)


def _card(r: Rendering, view) -> tuple[go.Figure, tuple[int, int]]:
    return card_plot(r.briefing, view), (theme.CARD["width"], theme.CARD["height"])


# Chart scope --------------------------------------------------------------------------------------------------


def _chart(r: Rendering, chart) -> tuple[go.Figure, tuple[int, int]]:
    plot = plot_chart(chart, theme.LAPTOP)
    return plot, (PACK_CHART_WIDTH, int(plot.layout.height))


def _slide_chart(r: Rendering, chart) -> tuple[go.Figure, tuple[int, int]]:
    plot = plot_chart(chart, theme.PROJECTOR)
    return plot, (SLIDE_CHART_WIDTH, int(plot.layout.height))


# Briefing scope -----------------------------------------------------------------------------------------------


def _data(data_format: DataFormat) -> Callable:
    return lambda r, _: data_format.build(figures_frame(r.briefing), r.briefing)


def _slides(r: Rendering, _) -> str:
    share = r.site.share
    switch = []
    if share is not None:
        switch = language_links(
            r.site,
            r.briefing,
            r.base + SLIDES_PATH,
            lambda lang: briefing_path(None if r.briefing.current else r.briefing.release_id, lang) + SLIDES_PATH,
        )
    return offline_slides_html(r.briefing, share, r.slide_svgs, switch)


def _press_pack(r: Rendering, _) -> bytes:
    html = press_pack_html(r.briefing, r.chart_svgs, r.today, r.site.share)
    with tempfile.TemporaryDirectory(prefix="press-pack-") as folder:
        return print_pdf(html, Path(folder) / "press-pack.pdf").read_bytes()


def _in_briefing(path: str) -> Callable:
    return lambda r, _: r.base + path


OUTPUTS: tuple[Output, ...] = (
    Output(
        "share-page",
        "figure",
        lambda r, view: page_file(figure_path(view.id, r.language)),
        render=_figure_page,
        needs_share=True,
        description="a figure's share page, with the head link previews read",
    ),
    Output(
        "embed",
        "figure",
        lambda r, view: page_file(embed_path(view.id, r.language)),
        render=_embed,
        needs_share=True,
        description="the figure card alone, for an article column",
    ),
    Output(
        "card",
        "figure",
        lambda r, view: card_path(view.id, r.language),
        plot=_card,
        media_type="image/png",
        drawn=True,
        description="the 1200 x 630 card a link preview shows",
    ),
    Output(
        "retired-id",
        "retired",
        lambda r, retired: page_file(figure_path(retired.old_id, r.language)),
        render=lambda r, retired: retired_page_html(r.site, r.briefing, retired),
        needs_share=True,
        description="the page at an id a correction retired: where it went, or why it was withdrawn",
    ),
    Output(
        "chart",
        "chart",
        lambda r, chart: r.base + chart_path(chart.id),
        plot=_chart,
        media_type="image/svg+xml",
        drawn=True,
        description="each honest chart as a static image",
    ),
    Output(
        "slide-chart",
        "chart",
        lambda r, chart: r.base + SLIDES_FOLDER + chart_path(chart.id),
        plot=_slide_chart,
        media_type="image/svg+xml",
        drawn=True,
        description="each chart in projector type, for the slides",
    ),
    *(
        Output(
            data_format.suffix,
            "briefing",
            _in_briefing(data_path(data_format.suffix)),
            render=_data(data_format),
            media_type=data_format.mime,
            download=data_format,
            description=f"the figures as {data_format.label}",
        )
        for data_format in DATA_FORMATS
    ),
    Output(
        "slides",
        "briefing",
        _in_briefing(SLIDES_PATH),
        render=_slides,
        description="the slides in one file that runs with no network",
    ),
    Output(
        "press-pack",
        "briefing",
        _in_briefing(PRESS_PACK_PATH),
        render=_press_pack,
        media_type="application/pdf",
        drawn=True,
        description="the A4 press pack, printed by Chromium",
    ),
    Output(
        "corrections",
        "briefing",
        _in_briefing(page_file(CORRECTIONS_PATH)),
        render=lambda r, _: corrections_page_html(r.site, r.briefing),
        needs_share=True,
        description="every change to a published figure",
    ),
    Output(
        "snapshot",
        "briefing",
        _in_briefing(SNAPSHOT_PATH),
        render=lambda r, _: snapshot_html(r.site, r.briefing, r.chart_svgs, r.pack),
        description="the one-file snapshot: every figure, its sentence, the charts, the corrections",
    ),
    Output(
        "feed",
        "library",
        lambda r, _: feed_path(r.language),
        render=lambda r, _: feed_xml(r.site, r.language),
        media_type="application/atom+xml",
        needs_share=True,
        description="an Atom feed of corrections and new briefings",
    ),
)
# The share site's own scripts: the same in every language, no data in them.
ASSETS = {
    asset_path(SHARE_SCRIPT): COPY_SCRIPT,
    asset_path(EMBED_SCRIPT): (
        "(() => {\n"
        "  const main = document.querySelector('[data-embed]');\n"
        "  if (!main || window.parent === window) return;\n"
        "  const send = () => parent.postMessage(\n"
        "    {indicatorsEmbed: main.dataset.embed, height: document.documentElement.scrollHeight}, '*');\n"
        "  addEventListener('load', send);\n"
        "  addEventListener('resize', send);\n"
        "  if (window.ResizeObserver) new ResizeObserver(send).observe(document.body);\n"
        "  send();\n"
        "})();\n"
    ),
}


def outputs(scope: str | None = None) -> list[Output]:
    return [o for o in OUTPUTS if scope is None or o.scope == scope]


def downloads() -> list[Output]:
    """What the dashboard offers to download, from the registry."""
    return [o for o in OUTPUTS if o.download is not None]


def subjects(output: Output, rendering: Rendering) -> list:
    """What an output is rendered for, in one briefing in one language."""
    briefing = rendering.briefing
    if output.scope == "figure":
        return list(briefing.figures)
    if output.scope == "chart":
        return list(briefing.charts)
    if output.scope == "retired":
        return list(briefing.retired)
    if output.scope == "library":
        return [None] if briefing.current else []  # once per language, with the current briefing
    return [None]


def pack_links(rendering: Rendering, images: bool) -> list[tuple[str, str]]:
    """The briefing's pack, linked from the snapshot beside it."""
    gettext = rendering.language.gettext
    links = [(gettext("Slides for the room (one file, runs with no network)"), SLIDES_PATH)]
    if images:
        links.append((gettext("Press pack (A4, PDF)"), PRESS_PACK_PATH))
    return links
