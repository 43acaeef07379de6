"""`python -m indicators export`: every registered output (indicators/outputs/registry.py), written to a folder.

    python -m indicators export --out DIR [--base-url URL] [--dashboard-url URL] [--data PATH] [--no-images]

For every briefing of the library (the current one at the root, each earlier one under `releases/<id>/`), in
every language it is shown in (English at the root, Chinese under `zh/` and `zh-hant/`): the snapshot, the data
files, the slides, the charts; with images (Chromium) the cards, chart images and the press pack; with
`--base-url` (where DIR will be served: link previews need absolute addresses) every figure's share page and
embed, the corrections pages, a page for every retired id, and the Atom feed. The images are drawn in one
Chromium session; a progress bar says how far it is.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from tqdm import tqdm

from indicators.model.library import Library
from indicators.outputs.cards import draw
from indicators.outputs.registry import ASSETS, OUTPUTS, Output, Rendering, pack_links, subjects
from indicators.outputs.site import Site
from indicators.view.urls import ShareSite

MANIFEST = "export.json"  # what an export wrote: a folder holding it may be replaced by the next export
PACK = {"slides", "slide-chart", "press-pack"}  # the briefing pack, left out with --no-pack


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]
    seconds: float


class ExportRefused(ValueError):
    """Nothing was written; the message says why and what to do."""


def chosen_outputs(share: bool, images: bool, pack: bool) -> list[Output]:
    """The registered outputs an export writes: link previews need the site's address, images need Chromium."""
    return [
        output
        for output in OUTPUTS
        if (share or not output.needs_share) and (images or not output.drawn) and (pack or output.name not in PACK)
    ]


def export(
    library: Library,
    folder: Path,
    base_url: str | None = None,
    images: bool = True,
    dashboard_url: str | None = None,
    today: dt.date | None = None,
    pack: bool = True,
    progress: bool = False,
) -> ExportResult:
    """Every registered output of every briefing, in every language it is shown in.

    Written into a temporary folder beside ``folder`` and swapped in whole: a failure leaves the folder as it was,
    never half-written. A folder holding anything but an earlier export is refused."""
    start = time.perf_counter()
    folder = Path(folder)
    _check_target(folder)
    folder.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f".{folder.name}.export-"))
    try:
        written = _write(library, work, base_url, images, dashboard_url, today or dt.date.today(), pack, progress)
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
    progress: bool,
) -> list[Path]:
    share = ShareSite(base_url) if base_url else None
    site = Site(library, share, dashboard_url)
    renderings = [Rendering(site, view, today) for view in site.briefings()]
    chosen = chosen_outputs(share is not None, images, with_pack)
    jobs = [(r, o, s) for r in renderings for o in chosen for s in subjects(o, r)]
    bar = tqdm(
        total=len(jobs) + len(ASSETS if share else {}),
        desc="export",
        unit="file",
        disable=not progress,
        file=sys.stderr,
    )
    files: list[Path] = []

    def write(path: str, content: str | bytes) -> None:
        target = folder / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        files.append(target)
        bar.update()

    # Every image first, in one Chromium session (cards, charts, the slides' charts): the pages inline the charts.
    drawings = [(r, o, s, *o.plot(r, s)) for r, o, s in jobs if o.plot is not None]
    if drawings:
        bar.set_description("export: drawing images")
        paths = [folder / o.path(r, s) for r, o, s, _, _ in drawings]
        draw([plot for *_, plot, _ in drawings], paths, [size for *_, size in drawings])
        files.extend(paths)
        bar.update(len(paths))
        for (r, o, s, _, _), path in zip(drawings, paths, strict=True):
            svgs = r.slide_svgs if o.name == "slide-chart" else r.chart_svgs
            svgs[s.id] = path.read_text(encoding="utf-8") if path.suffix == ".svg" else ""
    bar.set_description("export: writing pages")
    for rendering in renderings:
        rendering.pack = pack_links(rendering, images) if with_pack else []
    for rendering, output, subject in jobs:
        if output.render is not None:
            write(output.path(rendering, subject), output.render(rendering, subject))
    if share is not None:
        for path, script in ASSETS.items():
            write(path, script)
    bar.close()
    return files


def describe(result: ExportResult) -> str:
    total = sum(path.stat().st_size for path in result.files)
    return json.dumps(
        {"folder": str(result.folder), "files": len(result.files), "bytes": total, "seconds": round(result.seconds, 2)}
    )
