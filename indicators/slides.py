"""The slideshow for a projector ("Briefing mode"), built from the data.

Order: a title slide; then each pillar (its leading figures and one chart), each followed by one slide
per headline figure with its sentence. Any figure can also be put alone on the wall (`figure_slide`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .charts import ChartView, pillar_charts
from .citations import release_citation
from .figure_view import view_of
from .formatting import date_text, whose
from .lead import headlines, leading
from .models import Pillar
from .release import Figure, Release
from .render import render

FIGURES_PER_PILLAR_SLIDE = 4


@dataclass(frozen=True)
class Slide:
    kind: str  # "title", "pillar" or "figure"
    title: str
    pillar: Pillar | None = None
    figures: list[Figure] = field(default_factory=list)
    chart: ChartView | None = None


def build_slides(release: Release) -> list[Slide]:
    slides = [Slide("title", release.info.title)]
    leads = {f.id for f in headlines(release)}
    for pillar in release.pillars:
        figures = release.figures_in(pillar.id)
        if not figures:
            continue
        charts = pillar_charts(release, pillar.id)
        lead = leading(figures, FIGURES_PER_PILLAR_SLIDE)
        slides.append(Slide("pillar", pillar.title, pillar, lead, charts[0] if charts else None))
        slides.extend(figure_slide(release, f) for f in figures if f.id in leads)
    return slides


def slide_html(release: Release, slide: Slide) -> str:
    """One slide's HTML, from the one slide template: the dashboard's /briefing draws it."""
    return render(
        "slide.html",
        slide=slide,
        views=[view_of(f) for f in slide.figures],
        info=release.info,
        district=whose(release.info),
        date=date_text(release.info.date),
        count=len(release.figures),
        citation=release_citation(release.info),
    )


def figure_slide(release: Release, figure: Figure) -> Slide:
    return Slide("figure", figure.label, release.pillars_by_id[figure.pillar], [figure])


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
