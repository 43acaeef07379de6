"""`python -m indicators export`: the static site, the data files and the images, written to a folder.

    python -m indicators export --out DIR [--base-url URL] [--dashboard-url URL] [--data PATH] [--no-images]

writes, for every briefing of the library (the current one at the root, each earlier one under
`releases/<id>/`), the one-file snapshot (`index.html`), `figures.csv`, `figures.json`, `figures.xlsx` and the
charts as SVG (`charts/<id>.svg`, inlined in the snapshot); a card per figure (`cards/<id>.png`); with
`--base-url` (where DIR will be served) also every figure's share page and embed page, each briefing's
corrections page, and a page for every id that was renamed or withdrawn (see `indicators.site`).
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
from .library import Library
from .plots import plot_chart
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
    link_from,
    page_file,
)

CHART_WIDTH = 760


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]
    seconds: float


def export(
    library: Library,
    folder: Path,
    base_url: str | None = None,
    images: bool = True,
    dashboard_url: str | None = None,
) -> ExportResult:
    """Every briefing of the library: the current one at the root, each earlier one under releases/<id>/, and a
    share page and embed for every figure of every briefing."""
    start = time.perf_counter()
    folder.mkdir(parents=True, exist_ok=True)
    share = ShareSite(base_url) if base_url else None
    sites = [Site(release, share, dashboard_url, library) for release in library.releases]
    files: list[Path] = []

    def write(path: str, text: str | bytes) -> None:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        files.append(target)

    charts = {site.base: [v for p in site.release.pillars for v in pillar_charts(site.release, p.id)] for site in sites}
    if images:
        files.extend(draw_images(sites, folder, charts))
    for site in sites:
        release = site.release
        frame = figures_frame(release)
        for data_format in DATA_FORMATS:
            write(site.base + data_path(data_format.suffix), data_format.build(frame, release))
        # inline, so the one file holds them; plotly's SVG has a viewBox, and the site's CSS lets it shrink
        drawn = charts[site.base] if images else []
        svgs = [(v, (folder / site.base / chart_path(v.id)).read_text(encoding="utf-8")) for v in drawn]
        write(site.base + SNAPSHOT_PATH, snapshot_html(site, svgs))
        if not share:
            continue
        for figure in release.figures:
            write(page_file(figure_path(figure.id)), figure_page_html(site, figure))
            write(page_file(embed_path(figure.id)), embed_page_html(site, figure))
        write(page_file(site.base + CORRECTIONS_PATH), corrections_page_html(site))
        for correction in release.corrections:  # every address ever published keeps answering
            if correction.change in ("renamed", "withdrawn"):
                write(page_file(figure_path(correction.figure_id)), former_id_page(site, correction.figure_id))
    return ExportResult(folder, files, time.perf_counter() - start)


def draw_images(sites: list[Site], folder: Path, charts: dict[str, list]) -> list[Path]:
    """Every briefing's charts as SVG and a card per figure as PNG, in one Chromium session."""
    plots, paths, sizes = [], [], []
    card = (theme.CARD["width"], theme.CARD["height"])
    for site in sites:
        for view in charts[site.base]:
            plot = plot_chart(view)
            plots.append(plot)
            paths.append(folder / site.base / chart_path(view.id))
            sizes.append((CHART_WIDTH, int(plot.layout.height)))
        for figure in site.release.figures:
            plots.append(card_plot(site.release, figure))
            paths.append(folder / card_path(figure.id))
            sizes.append(card)
    return draw(plots, paths, sizes)


def former_id_page(site: Site, figure_id: str) -> str:
    """The page at an id that no longer names a figure: where the figure went, or why it was withdrawn."""
    requested = requested_figure(figure_id, site.release)
    css = stylesheet("site")
    page = figure_path(figure_id)
    if requested.figure is not None:
        return render(
            "site/moved.html",
            old_id=figure_id,
            target=link_from(page, figure_path(requested.figure.id)),
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
        root=link_from(page, site.base),
        corrections_path=link_from(page, site.base + CORRECTIONS_PATH),
        css=css,
    )


def describe(result: ExportResult) -> str:
    total = sum(path.stat().st_size for path in result.files)
    return json.dumps(
        {"folder": str(result.folder), "files": len(result.files), "bytes": total, "seconds": round(result.seconds, 2)}
    )
