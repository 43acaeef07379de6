"""The briefing pack for a room whose network nobody controls: the slides in one file that runs from a disk,
and an A4 press pack printed to PDF.

Both come from the templates the dashboard and the share site use (`slide.html`, `sentence.html`, the
theme's CSS), with the dashboard's typeface inside the file. Charts are the honest charts as SVG (drawn by
kaleido, as the export draws them); without them a chart's figures are shown as a table. The PDF is printed
by the system Chromium (`--print-to-pdf`), which embeds the fonts and keeps text and charts as vectors.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import subprocess
import tempfile
from collections.abc import Sequence
from pathlib import Path

from indicators.outputs import theme
from indicators.outputs.cards import draw
from indicators.outputs.fonts import FontUnavailable, cjk_font_faces
from indicators.outputs.plots import plot_chart
from indicators.outputs.render import render, stylesheet
from indicators.outputs.slides import build_slides, slide_html
from indicators.view.briefing import BriefingView, ChartShown
from indicators.view.formatting import date_text
from indicators.view.urls import SHARE_INDEX, ShareSite, briefing_path

DECK_SCRIPT = Path(__file__).resolve().parent / "templates" / "scripts" / "deck.js"
PRINT_SECONDS = 120  # Chromium prints a pack in a few seconds; a hung browser is stopped, never waited on
PACK_CHART_WIDTH = 760  # an A4 column at 96 px per inch
SLIDE_CHART_WIDTH = 1200  # a 1280 px slide less its margins


class PackUnavailable(RuntimeError):
    """The press pack cannot be printed here (no Chromium, or it failed); the message says what to do."""


def offline_slides_html(
    briefing: BriefingView, share: ShareSite | None, chart_svgs: dict[str, str], switch: Sequence = ()
) -> str:
    """Every slide of /briefing in one self-contained file; ``chart_svgs`` by chart id, drawn for the projector;
    ``switch``: the language links (indicators.outputs.site.LanguageLink) to the slides in the briefing's other
    languages, where they are published."""
    slides = build_slides(briefing, share)
    rendered = [
        slide_html(
            briefing,
            slide,
            chart_svg=chart_svgs.get(slide.chart.id) if slide.chart else None,
            chart_rows=slide.chart is not None and slide.chart.id not in chart_svgs,
        )
        for slide in slides
    ]

    def page(fonts: str) -> str:
        return render(
            "offline_slides.html",
            briefing.language,
            briefing=briefing,
            slides=rendered,
            switch=switch,
            script=DECK_SCRIPT.read_text(encoding="utf-8"),
            css=stylesheet("slides", "deck") + fonts,
        )

    try:
        return page(font_faces(briefing, page("")))
    except FontUnavailable as error:  # the slides still run, in the fonts of the laptop that opens them
        logging.getLogger(__name__).warning("offline slides without their Chinese type: %s", error)
        return page("")


def font_faces(briefing: BriefingView, html: str, compressed: bool = True) -> str:
    """The Chinese characters a page shows, as a subset of Noto Sans CJK in the briefing's script."""
    return cjk_font_faces(html, briefing.language.tag if briefing.language.chinese else "zh-Hans", compressed)


def press_pack_html(
    briefing: BriefingView, chart_svgs: dict[str, str], made: dt.date, share: ShareSite | None = None
) -> str:
    """The A4 handout as HTML, ready to print: title page, every figure by pillar, the charts, the corrections."""
    pages = {view.id: share.figure_page(view.id, briefing.language) for view in briefing.figures} if share else {}

    def page(fonts: str) -> str:
        return render(
            "press_pack.html",
            briefing.language,
            briefing=briefing,
            svgs=chart_svgs,
            made=date_text(made.isoformat(), briefing.language),
            share=share.page(briefing_path(None, briefing.language) + SHARE_INDEX) if share else None,
            pages=pages,
            css=stylesheet("press") + fonts,
        )

    try:
        return page(font_faces(briefing, page(""), compressed=False))
    except FontUnavailable as error:  # printed in whatever the server has, its Chinese text would not read back
        raise PackUnavailable(str(error)) from None


def drawn_charts(charts: list[ChartShown], sizes: theme.Sizes, width: int) -> dict[str, str]:
    """Charts as SVG by chart id, drawn by kaleido in one Chromium session (ImagesUnavailable without one)."""
    plots = [plot_chart(chart, sizes) for chart in charts]
    with tempfile.TemporaryDirectory(prefix="pack-charts-") as folder:
        paths = [Path(folder) / f"{chart.id}.svg" for chart in charts]
        draw(plots, paths, [(width, int(plot.layout.height)) for plot in plots])
        return {chart.id: path.read_text(encoding="utf-8") for chart, path in zip(charts, paths, strict=True)}


def slide_charts(briefing: BriefingView) -> list[ChartShown]:
    """The charts the slides show (a pillar's first), to be drawn in projector type."""
    return [slide.chart for slide in build_slides(briefing) if slide.chart is not None]


def press_pack_pdf(briefing: BriefingView, share: ShareSite | None, made: dt.date) -> bytes:
    """The press pack as PDF bytes: its charts drawn and the pack printed, each by the system Chromium."""
    svgs = drawn_charts(list(briefing.charts), theme.LAPTOP, PACK_CHART_WIDTH)
    with tempfile.TemporaryDirectory(prefix="press-pack-") as folder:
        return print_pdf(press_pack_html(briefing, svgs, made, share), Path(folder) / "press-pack.pdf").read_bytes()


def chromium() -> str:
    """The system Chromium, as kaleido finds it: $BROWSER_PATH, else chromium on the PATH."""
    for candidate in (os.environ.get("BROWSER_PATH"), "chromium", "chromium-browser", "google-chrome"):
        found = candidate and shutil.which(candidate)
        if found:
            return found
    raise PackUnavailable(
        "the press pack is printed by Chromium, which is not installed here: `apt-get install chromium` (or set "
        "BROWSER_PATH), or export without images (`--no-images`) to skip it"
    )


def printer_available() -> bool:
    """Whether this machine has the Chromium that prints the press pack."""
    try:
        chromium()
    except PackUnavailable:
        return False
    return True


def print_pdf(html: str, target: Path) -> Path:
    """Print the HTML to ``target`` as a PDF with the system Chromium; the page size is the HTML's @page."""
    browser = chromium()
    with tempfile.TemporaryDirectory(prefix="press-pack-") as folder:
        page = Path(folder) / "press-pack.html"
        page.write_text(html, encoding="utf-8")
        printed = Path(folder) / "press-pack.pdf"
        command = [
            browser,
            "--headless",
            "--disable-gpu",
            "--no-first-run",
            "--no-default-browser-check",
            f"--user-data-dir={Path(folder) / 'profile'}",
            "--no-pdf-header-footer",
            "--run-all-compositor-stages-before-draw",
            f"--print-to-pdf={printed}",
            page.as_uri(),
        ]
        if hasattr(os, "geteuid") and os.geteuid() == 0:
            command.insert(1, "--no-sandbox")  # Chromium refuses to run as root inside its sandbox
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=PRINT_SECONDS, check=False)
        except subprocess.TimeoutExpired:
            raise PackUnavailable(f"Chromium did not finish printing the press pack in {PRINT_SECONDS} s") from None
        if done.returncode != 0 or not printed.exists() or printed.stat().st_size == 0:
            detail = (done.stderr or "").strip().splitlines()[-1:] or ["no output"]
            raise PackUnavailable(f"Chromium could not print the press pack (exit {done.returncode}: {detail[0]})")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(printed, target)
    return target
