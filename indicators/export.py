"""`python -m indicators export`: the static site, the data files and the images, written to a folder.

    python -m indicators export --out DIR [--base-url URL] [--dashboard-url URL] [--data PATH] [--no-images]

writes the one-file snapshot (`index.html`), `figures.csv`, `figures.json`, `figures.xlsx`, the charts as
SVG (`charts/<id>.svg`, inlined in the snapshot) and a card per figure (`cards/<id>.png`); with
`--base-url` (where DIR will be served) also every figure's share page and embed page, the corrections
page, and a page for every id that was renamed or withdrawn (see `indicators.site`).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path

from . import theme
from .cards import card_plot, draw
from .charts import pillar_charts
from .corrections import requested_figure, withdrawal_notice
from .formatting import date_text
from .plots import plot_chart
from .release import Release
from .render import render, stylesheet
from .site import Site, corrections_page_html, embed_page_html, figure_page_html, snapshot_html
from .tables import DATA_FORMATS, figures_frame
from .urls import (
    CORRECTIONS_PATH,
    SNAPSHOT_PATH,
    ShareSite,
    card_path,
    chart_path,
    data_path,
    embed_path,
    figure_path,
    former_figure_link,
    from_figure_page,
    page_file,
)

CHART_WIDTH = 760


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]
    seconds: float


def export(
    release: Release,
    folder: Path,
    base_url: str | None = None,
    images: bool = True,
    dashboard_url: str | None = None,
) -> ExportResult:
    start = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    site = Site(release, ShareSite(base_url) if base_url else None, dashboard_url)
    files: list[Path] = []

    def write(path: str, text: str | bytes) -> None:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        files.append(target)

    frame = figures_frame(release)
    for data_format in DATA_FORMATS:
        write(data_path(data_format.suffix), data_format.build(frame, release))
    charts = [view for pillar in release.pillars for view in pillar_charts(release, pillar.id)]
    svgs = []
    if images:
        drawn = draw_images(release, folder, charts)
        files.extend(drawn)
        # inline, so the one file holds them; plotly's SVG has a viewBox, and the site's CSS lets it shrink
        svgs = [(view, (folder / chart_path(view.id)).read_text(encoding="utf-8")) for view in charts]
    write(SNAPSHOT_PATH, snapshot_html(site, svgs))
    if site.share:
        for figure in release.figures:
            write(page_file(figure_path(figure.id)), figure_page_html(site, figure))
            write(page_file(embed_path(figure.id)), embed_page_html(site, figure))
        write(page_file(CORRECTIONS_PATH), corrections_page_html(site))
        for correction in release.corrections:  # every address ever published keeps answering
            if correction.change in ("renamed", "withdrawn"):
                write(page_file(figure_path(correction.figure_id)), former_id_page(site, correction.figure_id))
    return ExportResult(folder, files, time.perf_counter() - start)


def draw_images(release: Release, folder: Path, charts: list) -> list[Path]:
    """The charts as SVG and a card per figure as PNG, in one Chromium session."""
    plots = [plot_chart(view) for view in charts] + [card_plot(release, f) for f in release.figures]
    paths = [folder / chart_path(view.id) for view in charts] + [folder / card_path(f.id) for f in release.figures]
    card = (theme.CARD["width"], theme.CARD["height"])
    sizes = [(CHART_WIDTH, int(plot.layout.height)) for plot in plots[: len(charts)]] + [card] * len(release.figures)
    return draw(plots, paths, sizes)


def former_id_page(site: Site, figure_id: str) -> str:
    """The page at an id that no longer names a figure: where the figure went, or why it was withdrawn."""
    requested = requested_figure(figure_id, site.release)
    css = stylesheet("site")
    if requested.figure is not None:
        target = former_figure_link(requested.figure.id)
        return render(
            "site/moved.html",
            old_id=figure_id,
            target=target,
            label=requested.figure.label,
            date=date_text(requested.renamed.date),
            what=requested.renamed.what,
            canonical=site.share.figure_page(requested.figure.id),
            css=css,
        )
    return render(
        "site/withdrawn.html",
        correction=requested.withdrawn,
        notice=withdrawal_notice(requested.withdrawn),
        root=from_figure_page(""),
        corrections_path=from_figure_page(CORRECTIONS_PATH),
        css=css,
    )


def describe(result: ExportResult) -> str:
    total = sum(path.stat().st_size for path in result.files)
    return json.dumps(
        {"folder": str(result.folder), "files": len(result.files), "bytes": total, "seconds": round(result.seconds, 2)}
    )
