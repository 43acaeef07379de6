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
from indicators.outputs.theme import PRESENT
from indicators.view.briefing import BriefingView, ChartShown
from indicators.view.figure_view import FigureView
from indicators.view.language import N_
from indicators.view.urls import SHARE_INDEX, ShareSite, briefing_path

FIGURES_PER_PILLAR_SLIDE = 4


@dataclass(frozen=True)
class Fit:
    """The type sizes (px) of one figure's slide, and where its QR code stands (beside the value, or below it, beside
    the sentence, when a long label needs the whole width)."""

    label: int
    value: int
    sentence: int
    qr_below: bool = False

    @property
    def bound(self) -> int:
        return round(self.value * PRESENT.bound_share)


def _width(text: str, size: float, bold: bool = False) -> float:
    """About how wide a text is, in px: Source Sans averages half its size a letter (bold, three fifths); a Chinese
    character takes its size."""
    wide = sum(1 for c in text if ord(c) > 0x2E80)
    return ((len(text) - wide) * (0.6 if bold else 0.52) + wide * 1.0) * size


def _lines(text: str, size: float, width: float, bold: bool = False) -> int:
    """Lines the text takes at a size: its words laid out as a browser lays them, each a little wider than the
    average (a line ends short where a word does not fit), Chinese broken between any two characters."""
    if any(ord(c) > 0x2E80 for c in text):
        return max(1, -(-int(_width(text, size, bold) * 1.05) // int(width)))
    lines, used = 1, 0.0
    space = 0.26 * size
    for word in text.split():
        wide = _width(word, size, bold) * 1.06
        if used and used + space + wide > width:
            lines, used = lines + 1, wide
        else:
            used += (space if used else 0) + wide
    return lines


def _qr_height(link: str | None) -> float:
    """The QR code and the address written under it."""
    if not link:
        return 0
    column = PRESENT.qr_column - 24  # the code's width; the address breaks anywhere under it
    return column + -(-int(_width(link, 18)) // column) * 18 * 1.35 + 8


def _height(view: FigureView, fit: Fit, link: str | None) -> float:
    width = PRESENT.width
    qr = _qr_height(link)
    beside = PRESENT.qr_column if link else 0
    top_width = width - (0 if fit.qr_below else beside)
    words_width = width - (beside if fit.qr_below else 0)
    # A line mixing Chinese (Noto CJK) with Latin digits (Source Sans) stands taller than its line-height: the two
    # fonts' ascents and descents stack. Chinese lines get that room.
    mixed = 1.1 if view.label_lang.startswith("zh") else 1.0
    label = _lines(view.label, fit.label, top_width, bold=True) * fit.label * 1.12 * mixed + 6
    # The value's line: the bound and the unit at half the value's size, the number at its size; it wraps.
    said = _width(view.qualifier + view.unit + view.suffix + view.mark, fit.bound) + _width(view.value, fit.value, True)
    amount = fit.value * 1.1 + (-(-int(said) // int(top_width)) - 1) * fit.bound * 1.15 + 16
    words = _lines(view.sentence, fit.sentence, words_width) * fit.sentence * 1.3 + 24
    if view.language.chinese:  # "英文新闻稿原文：" above the sentence
        words += PRESENT.source * 1.35 * 1.1 + 4
    caveat_lines = _lines(view.caveat, PRESENT.source, width) if view.caveat else 0
    source_lines = _lines("x" * 90, PRESENT.source, width)  # the source line: publisher and date
    below = (caveat_lines + source_lines) * PRESENT.source * 1.35 * mixed + 12  # across the slide, under the rest
    if not link:
        return label + amount + words + below
    if fit.qr_below:
        return label + amount + max(words, qr) + below
    return max(label + amount, qr) + words + below


def fit_figure_slide(view: FigureView, link: str | None) -> Fit:
    """The largest sizes at which the figure's label, value, sentence, source (and QR code) stand on one screen: the
    value first (the back of the room reads it), then the label, then the sentence; the smallest label size only
    for a label that fits no other."""
    labels = PRESENT.labels
    for chosen in (labels[:-1], labels[-1:]):
        for value in PRESENT.values:
            for label in chosen:
                for sentence in PRESENT.sentences:
                    for qr_below in (False, True) if link else (False,):
                        fit = Fit(label, value, sentence, qr_below)
                        if _height(view, fit, link) <= PRESENT.height:
                            return fit
    return Fit(labels[-1], PRESENT.values[-1], PRESENT.sentences[-1], bool(link))


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
    fit = fit_figure_slide(slide.figures[0], slide.link) if slide.kind == "figure" else None
    return render(
        "slide.html",
        briefing.language,
        slide=slide,
        briefing=briefing,
        fit=fit,
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


NO_SUCH_SLIDE = N_("There is no such slide; the slideshow has slides 1 to {count}. Showing slide 1.")
