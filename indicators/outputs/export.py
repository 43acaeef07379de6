"""`python -m indicators export`: the static site, the data files and the images, written to a folder.

    python -m indicators export --out DIR [--base-url URL] [--dashboard-url URL] [--data PATH] [--no-images]

writes, for every briefing of the library (the current one at the root, each earlier one under
`releases/<id>/`), the one-file snapshot (`index.html`), `figures.csv`, `figures.json`, `figures.xlsx` and the
charts as SVG (`charts/<id>.svg`, inlined in the snapshot); a card per figure (`cards/<id>.png`); with
`--base-url` (where DIR will be served) also every figure's share page and embed page, each briefing's
corrections page, and a page for every id that was renamed or withdrawn (see `indicators.site`); and each
briefing's pack (see `indicators.pack`): `slides/index.html`, the slides in one file that runs with no
network (QR codes to the share pages with `--base-url`), and `press-pack.pdf`, the A4 handout (printed by
Chromium: skipped with `--no-images`, when the slides show each chart's figures as a table).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from indicators.model.library import Library
from indicators.outputs import theme
from indicators.outputs.cards import card_plot, draw
from indicators.outputs.pack import (
    PACK_CHART_WIDTH,
    SLIDE_CHART_WIDTH,
    all_charts,
    offline_slides_html,
    press_pack_html,
    print_pdf,
    slide_charts,
)
from indicators.outputs.plots import plot_chart
from indicators.outputs.render import render, stylesheet
from indicators.outputs.site import Site, corrections_page_html, embed_page_html, figure_page_html, snapshot_html
from indicators.outputs.tables import DATA_FORMATS, figures_frame
from indicators.reading.periods import date_text
from indicators.view.corrections import requested_figure, withdrawal_notice
from indicators.view.urls import (
    CORRECTIONS_PATH,
    PRESS_PACK_PATH,
    SLIDES_PATH,
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

CHART_WIDTH = PACK_CHART_WIDTH  # the share site's charts are the press pack's
SLIDES_FOLDER = "slides/"


MANIFEST = "export.json"  # what an export wrote: a folder holding it may be replaced by the next export


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]
    seconds: float


class ExportRefused(ValueError):
    """Nothing was written; the message says why and what to do."""


def export(
    library: Library,
    folder: Path,
    base_url: str | None = None,
    images: bool = True,
    dashboard_url: str | None = None,
    today: dt.date | None = None,
    pack: bool = True,
) -> ExportResult:
    """Every briefing of the library (the current one at the root, each earlier one under releases/<id>/), a share
    page and embed for every figure of every briefing, and each briefing's pack: offline slides and press pack.

    Written into a temporary folder beside ``folder`` and swapped in whole: a failure leaves the folder as it was,
    never half-written. A folder holding anything but an earlier export is refused."""
    start = time.perf_counter()
    folder = Path(folder)
    _check_target(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.export-"))
    try:
        written = _write(library, work, base_url, images, dashboard_url, today or dt.date.today(), pack)
        (work / MANIFEST).write_text(
            json.dumps({"version": library.version, "files": [str(p.relative_to(work)) for p in written]}, indent=1),
            encoding="utf-8",
        )
        _swap(work, folder)
    except BaseException:
        shutil.rmtree(work, ignore_errors=True)
        raise
    return ExportResult(folder, [folder / p.relative_to(work) for p in written], time.perf_counter() - start)


def _check_target(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise ExportRefused(f"{folder} is a file; give a folder to export into")
    if folder.is_dir() and any(folder.iterdir()) and not (folder / MANIFEST).is_file():
        example = min(p.name for p in folder.iterdir())
        raise ExportRefused(
            f"{folder} holds files no export wrote (such as {example}); export into an empty or new folder, or into "
            "an earlier export's folder, which is replaced whole"
        )


def _swap(work: Path, folder: Path) -> None:
    """Put the new export in place of the old at once; the old one is removed only once the new one is in."""
    if not folder.exists():
        os.rename(work, folder)
        return
    old = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.old-"))
    os.rename(folder, old / "export")
    try:
        os.rename(work, folder)
    except BaseException:
        os.rename(old / "export", folder)
        raise
    shutil.rmtree(old, ignore_errors=True)


def _write(
    library: Library,
    folder: Path,
    base_url: str | None,
    images: bool,
    dashboard_url: str | None,
    today: dt.date,
    with_pack: bool,
) -> list[Path]:
    share = ShareSite(base_url) if base_url else None
    sites = [Site(release, share, dashboard_url, library) for release in library.releases]
    files: list[Path] = []

    def write(path: str, text: str | bytes) -> None:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
        files.append(target)

    charts = {site.base: all_charts(site.release) for site in sites}
    projector_charts = {site.base: slide_charts(site.release) if with_pack else [] for site in sites}
    if images:
        files.extend(draw_images(sites, folder, charts, projector_charts))
    for site in sites:
        release = site.release
        frame = figures_frame(release)
        for data_format in DATA_FORMATS:
            write(site.base + data_path(data_format.suffix), data_format.build(frame, release))
        # inline, so each file holds them; plotly's SVG has a viewBox, and the CSS lets it shrink
        svgs = {v.id: (folder / site.base / chart_path(v.id)).read_text("utf-8") for v in charts[site.base] if images}
        projector = {
            v.id: (folder / site.base / SLIDES_FOLDER / chart_path(v.id)).read_text("utf-8")
            for v in projector_charts[site.base]
            if images
        }
        pack = []
        if with_pack:
            write(site.base + SLIDES_PATH, offline_slides_html(release, share, projector))
            pack.append(("Slides for the room (one file, runs with no network)", SLIDES_PATH))
        if with_pack and images:  # the press pack is printed by the same Chromium that draws the images
            print_pdf(press_pack_html(release, svgs, today, share), folder / site.base / PRESS_PACK_PATH)
            files.append(folder / site.base / PRESS_PACK_PATH)
            pack.append(("Press pack (A4, PDF)", PRESS_PACK_PATH))
        write(
            site.base + SNAPSHOT_PATH, snapshot_html(site, [(v, svgs[v.id]) for v in charts[site.base] if images], pack)
        )
        if not share:
            continue
        for figure in release.figures:
            write(page_file(figure_path(figure.id)), figure_page_html(site, figure))
            write(page_file(embed_path(figure.id)), embed_page_html(site, figure))
        write(page_file(site.base + CORRECTIONS_PATH), corrections_page_html(site))
        for correction in release.corrections:  # every address ever published keeps answering
            if correction.change in ("renamed", "withdrawn"):
                write(page_file(figure_path(correction.figure_id)), former_id_page(site, correction.figure_id))
    return files


def draw_images(sites: list[Site], folder: Path, charts: dict[str, list], slide_charts: dict[str, list]) -> list[Path]:
    """Every briefing's charts as SVG (for the page and, in projector type, for the slides) and a card per
    figure as PNG, in one Chromium session."""
    plots, paths, sizes = [], [], []
    card = (theme.CARD["width"], theme.CARD["height"])
    for site in sites:
        for view in charts[site.base]:
            plot = plot_chart(view)
            plots.append(plot)
            paths.append(folder / site.base / chart_path(view.id))
            sizes.append((CHART_WIDTH, int(plot.layout.height)))
        for view in slide_charts[site.base]:
            plot = plot_chart(view, theme.PROJECTOR)
            plots.append(plot)
            paths.append(folder / site.base / SLIDES_FOLDER / chart_path(view.id))
            sizes.append((SLIDE_CHART_WIDTH, int(plot.layout.height)))
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
