"""The slideshow for a projector ("Briefing mode"), built from the briefing's view.

Order: a title slide; then each pillar (its leading figures and one chart), each followed by one slide per headline
figure with its sentence; where the share site's address is known, each figure's slide carries a QR code to its
share page and a closing slide one to the site. Any figure can also be put alone on the wall (`figure_slide`). One
definition of a slide (`slide.html`), two renderings: the dashboard's /briefing draws one slide at a time;
`indicators.outputs.pack` writes them all into one file that runs with no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indicators.outputs.qr import qr_image
from indicators.outputs.render import render
from indicators.view.briefing import BriefingView, ChartShown
from indicators.view.figure_view import FigureView
from indicators.view.urls import SHARE_INDEX, ShareSite, briefing_path

FIGURES_PER_PILLAR_SLIDE = 4


@dataclass(frozen=True)
class Slide:
    kind: str  # "title", "pillar", "figure" or "closing"
    title: str
    pillar_id: str | None = None
    figures: list[FigureView] = field(default_factory=list)
    chart: ChartShown | None = None
    link: str | None = None  # the share-site address its QR code gives, where the site's address is known


def build_slides(briefing: BriefingView, share: ShareSite | None = None) -> list[Slide]:
    slides = [Slide("title", briefing.title)]
    leads = {view.id for view in briefing.headlines}
    for pillar in briefing.pillars:
        if not pillar.figures:
            continue
        chart = pillar.charts[0] if pillar.charts else None
        slides.append(Slide("pillar", pillar.title, pillar.id, list(pillar.leading[:FIGURES_PER_PILLAR_SLIDE]), chart))
        slides.extend(figure_slide(briefing, view, share) for view in pillar.figures if view.id in leads)
    if share is not None:
        closing = briefing.language.gettext("Every figure, with its sentence")
        slides.append(Slide("closing", closing, link=share.page(briefing_path(None, briefing.language) + SHARE_INDEX)))
    return slides


def slide_html(briefing: BriefingView, slide: Slide, chart_svg: str | None = None, chart_rows: bool = False) -> str:
    """One slide's HTML, from the one slide template. The dashboard's /briefing draws its chart after it; the
    offline file puts the chart inside (``chart_svg``), or the chart's figures as a table (``chart_rows``)."""
    return render(
        "slide.html",
        briefing.language,
        slide=slide,
        briefing=briefing,
        qr=qr_image(slide.link) if slide.link else None,
        chart_svg=chart_svg,
        chart_rows=chart_rows and slide.chart is not None,
    )


def figure_slide(briefing: BriefingView, view: FigureView, share: ShareSite | None = None) -> Slide:
    link = share.figure_page(view.id, briefing.language) if share else None
    return Slide("figure", view.label, view.pillar_id, [view], link=link)


@dataclass(frozen=True)
class SlideRequest:
    number: int  # 1-based
    notice: str | None = None


def requested_slide(raw: str | None, count: int) -> SlideRequest:
    """``?slide=N``: a whole number from 1 to ``count``; anything else shows slide 1 and a notice (in the words
    of `NO_SUCH_SLIDE`, which the page says in the reader's language)."""
    if raw is None or raw == "":
        return SlideRequest(1)
    if re.fullmatch(r"[0-9]{1,4}", raw) and 1 <= int(raw) <= count:
        return SlideRequest(int(raw))
    return SlideRequest(1, NO_SUCH_SLIDE)


NO_SUCH_SLIDE = "There is no such slide; the slideshow has slides 1 to {count}. Showing slide 1."
