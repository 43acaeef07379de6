"""Briefing mode: the release as slides for a projector, built from the data.

Order: a title slide; then each pillar (its headline figures and one chart), each followed by one slide
per headline figure with its sentence. A pillar with no headline figure leads with its first three.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .charts import ChartSpec, pillar_charts
from .models import Pillar
from .validate import Briefing, Figure

MAX_FIGURES_PER_PILLAR_SLIDE = 4


@dataclass(frozen=True)
class Slide:
    kind: str  # "title", "pillar" or "figure"
    title: str
    pillar: Pillar | None = None
    figures: list[Figure] = field(default_factory=list)
    chart: ChartSpec | None = None


def build_slides(briefing: Briefing) -> list[Slide]:
    slides = [Slide("title", briefing.release.title)]
    for pillar in briefing.dataset.pillars:
        figures = briefing.figures_in(pillar.id)
        if not figures:
            continue
        headlines = [f for f in figures if f.headline]
        lead = (headlines or figures)[:MAX_FIGURES_PER_PILLAR_SLIDE]
        charts = pillar_charts(briefing, pillar.id)
        slides.append(Slide("pillar", pillar.title, pillar, lead, charts[0] if charts else None))
        slides.extend(Slide("figure", f.label, pillar, [f]) for f in headlines)
    return slides


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
    return SlideRequest(1, f"There is no such slide; the briefing has slides 1 to {count}. Showing slide 1.")
