"""The slideshow for a projector ("Briefing mode"), built from the data.

Order: a title slide; then each pillar (its leading figures and one chart), each followed by one slide
per headline figure with its sentence; where the share site's address is known, each figure's slide carries
a QR code to its share page and a closing slide one to the site. Any figure can also be put alone on the
wall (`figure_slide`). One definition of a slide (`slide.html`), two renderings: the dashboard's /briefing
draws one slide at a time; `indicators.pack` writes them all into one file that runs with no network.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indicators.checks.lead import headlines, leading
from indicators.model.release import Figure, Release
from indicators.model.schema import Pillar
from indicators.outputs.qr import qr_image
from indicators.outputs.render import render
from indicators.reading.periods import date_text
from indicators.view.charts import ChartView, pillar_charts
from indicators.view.citations import release_citation
from indicators.view.figure_view import view_of
from indicators.view.formatting import whose
from indicators.view.urls import SHARE_INDEX, ShareSite

FIGURES_PER_PILLAR_SLIDE = 4


LONG_LABEL = 90  # characters: above this (or a long sentence) a figure's slide sets its value smaller
LONG_SENTENCE = 220


@dataclass(frozen=True)
class Slide:
    kind: str  # "title", "pillar", "figure" or "closing"
    title: str
    pillar: Pillar | None = None
    figures: list[Figure] = field(default_factory=list)
    chart: ChartView | None = None
    link: str | None = None  # the share-site address its QR code gives, where the site's address is known

    @property
    def long(self) -> bool:
        """A figure whose label or sentence would push the slide past 720 px at full size."""
        return any(len(f.label) > LONG_LABEL or len(" ".join(f.quote.split())) > LONG_SENTENCE for f in self.figures)


def build_slides(release: Release, share: ShareSite | None = None) -> list[Slide]:
    slides = [Slide("title", release.info.title)]
    leads = {f.id for f in headlines(release)}
    for pillar in release.pillars:
        figures = release.figures_in(pillar.id)
        if not figures:
            continue
        charts = pillar_charts(release, pillar.id)
        lead = leading(figures, FIGURES_PER_PILLAR_SLIDE)
        slides.append(Slide("pillar", pillar.title, pillar, lead, charts[0] if charts else None))
        slides.extend(figure_slide(release, f, share) for f in figures if f.id in leads)
    if share is not None:
        slides.append(Slide("closing", "Every figure, with its sentence", link=share.page(SHARE_INDEX)))
    return slides


def slide_html(release: Release, slide: Slide, chart_svg: str | None = None, chart_rows: bool = False) -> str:
    """One slide's HTML, from the one slide template. The dashboard's /briefing draws its chart after it; the
    offline file puts the chart inside (``chart_svg``), or the chart's figures as a table (``chart_rows``)."""
    return render(
        "slide.html",
        slide=slide,
        views=[view_of(f) for f in slide.figures],
        info=release.info,
        district=whose(release.info),
        date=date_text(release.info.date),
        count=len(release.figures),
        citation=release_citation(release.info),
        qr=qr_image(slide.link) if slide.link else None,
        chart_svg=chart_svg,
        chart_rows=[view_of(f) for f in slide.chart.figures] if chart_rows and slide.chart else [],
    )


def figure_slide(release: Release, figure: Figure, share: ShareSite | None = None) -> Slide:
    link = share.figure_page(figure.id) if share else None
    return Slide("figure", figure.label, release.pillars_by_id[figure.pillar], [figure], link=link)


@dataclass(frozen=True)
class SlideRequest:
    number: int  # 1-based
    notice: str | None = None


def requested_slide(raw: str | None, count: int) -> SlideRequest:
    """``?slide=N``: a whole number from 1 to ``count``; anything else shows slide 1 and a notice."""
    if raw is None or raw == "":
        return SlideRequest(1)
    if re.fullmatch(r"[0-9]{1,4}", raw) and 1 <= int(raw) <= count:
        return SlideRequest(int(raw))
    return SlideRequest(1, f"There is no such slide; the slideshow has slides 1 to {count}. Showing slide 1.")
