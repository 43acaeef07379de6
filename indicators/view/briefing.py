"""One view of a briefing, in one language, built once per data version: everything a reader reads of it.

The briefing's facts (whose, when, who published it, where, how to cite it); its pillars with their sections,
figures and the charts that pass the rules; every figure's view (`FigureView`: label, qualifier, value and unit as
text, the derived mark and note, the marked sentence, section, revision, change since the previous briefing, its
addresses); the corrections; the ids that no longer name a figure. Every output (the dashboard's components,
the slides, the share pages and their heads, embeds and their code, the snapshot, the press pack, the data files,
the feed, the citations and cards) renders from this and from nothing else.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from indicators.checks.lead import HEADLINES_WITHOUT_FLAGS, leading, needs_no_caveat
from indicators.model.ids import current_id, renames, retired_ids
from indicators.model.library import Library
from indicators.model.release import Figure, Release
from indicators.model.schema import Correction
from indicators.reading.bounds import Direction, qualifier_direction
from indicators.reading.periods import RELATIVE_YEAR
from indicators.view.charts import ChartView, pillar_charts
from indicators.view.citations import release_citation
from indicators.view.figure_view import (
    FigureView,
    Revision,
    qualifier_words,
    translation,
    unit_words,
    value_words,
    words_language,
)
from indicators.view.formatting import date_text, describe_release, in_script, whose
from indicators.view.grouping import by_section, section_title
from indicators.view.language import ENGLISH, N_, Language
from indicators.view.series import change_since_previous
from indicators.view.urls import Routes


def _so_far(figure: Figure) -> bool:
    return any(m.group(1).lower() == "this" for m in RELATIVE_YEAR.finditer(figure.quote))


@dataclass(frozen=True)
class ChartShown:
    """A chart that passes every rule, with the views of the figures it draws."""

    chart: ChartView  # the chart and its loaded figures, for plotting
    title: str
    figures: tuple[FigureView, ...]  # every figure drawn, the whole included
    members: tuple[FigureView, ...]  # the bars (the parts, for part-of-whole)
    whole: FigureView | None

    @property
    def id(self) -> str:
        return self.chart.id


@dataclass(frozen=True)
class SectionView:
    code: str
    title: str
    figures: tuple[FigureView, ...]


@dataclass(frozen=True)
class PillarView:
    id: str
    title: str
    summary: str
    slug: str  # its page in the dashboard
    figures: tuple[FigureView, ...]
    sections: tuple[SectionView, ...]
    charts: tuple[ChartShown, ...]
    leading: tuple[FigureView, ...]  # its first figures by the lead rule, for cards and slides


@dataclass(frozen=True)
class CorrectionView:
    date: str  # as readers read it
    iso: str
    figure_id: str  # the id it names, as published
    current_id: str | None  # where that figure lives now; None when withdrawn
    label: str
    kind: str  # "revised", "renamed" or "withdrawn"
    change: str  # the kind in the reader's language
    what: str
    reason: str
    lang: str  # the language `what` and `reason` are written in


@dataclass(frozen=True)
class RetiredView:
    """An id that no longer names a figure: renamed (and where it leads) or withdrawn (when and why)."""

    old_id: str
    correction: CorrectionView
    figure: FigureView | None  # the figure it was renamed to; None when withdrawn

    @property
    def notice(self) -> str:
        return self.correction.what


@dataclass(frozen=True)
class BriefingSummary:
    """Another briefing of the library, as a list of briefings names it."""

    release_id: str
    name: str
    current: bool  # the library's current briefing (the root of the share site)
    shown: bool  # the one this view is of


@dataclass(frozen=True)
class BriefingView:
    release_id: str
    language: Language
    version: str  # the data version this view was built from
    title: str
    publisher: str
    date: str
    iso_date: str
    published: str
    whose: str
    source_url: str | None
    citation: str  # the release, as a reader cites it
    figures: tuple[FigureView, ...]
    pillars: tuple[PillarView, ...]
    headlines: tuple[FigureView, ...]
    charts: tuple[ChartShown, ...]
    corrections: tuple[CorrectionView, ...]
    retired: tuple[RetiredView, ...]
    briefings: tuple[BriefingSummary, ...]
    held_back: int
    current: bool  # the library's current briefing
    newest: bool
    release: Release = field(repr=False, compare=False)  # the loaded release: its text, for the release's own page

    @cached_property
    def by_id(self) -> dict[str, FigureView]:
        return {view.id: view for view in self.figures}

    @property
    def heading(self) -> str:
        return self.language.gettext("{whose}, in figures").format(whose=self.whose)

    def pillar(self, pillar_id: str) -> PillarView:
        return next(p for p in self.pillars if p.id == pillar_id)


def _revision(correction: Correction | None, language: Language) -> Revision | None:
    if correction is None:
        return None
    what, lang = _correction_text(correction, language)
    when = date_text(correction.date, language)
    line = language.gettext("Last revised {date}: {what}").format(date=when, what=what)
    return Revision(when, correction.date, what, line, lang)


def _correction_text(correction: Correction, language: Language) -> tuple[str, str]:
    if language.chinese and correction.zh is not None:
        return in_script(correction.zh.what, language), language.tag
    return correction.what, ENGLISH.tag


def build_figure_view(
    figure: Figure, release: Release, language: Language, routes: Routes, section: str, change: str | None
) -> FigureView:
    """Every word a reader reads of one figure, in one language."""
    gettext = language.gettext
    zh = translation(figure, language)
    spoken = words_language(figure, language)  # its label, value and unit: the reader's language, or English
    sentence = " ".join(figure.quote.split())
    words = " ".join(figure.words.split())
    start = sentence.find(words)  # validated: the words stand in the quote
    before, after = qualifier_words(figure, spoken)
    unit, _ = unit_words(figure, spoken)
    label, label_lang = (in_script(zh.label, language), language.tag) if zh else (figure.label, ENGLISH.tag)
    note, note_lang = figure.note or "", ENGLISH.tag
    if zh is not None and zh.note:
        note, note_lang = in_script(zh.note, language), language.tag
    pillar = release.pillars_by_id[figure.pillar]
    pillar_title = in_script(pillar.zh.title, language) if language.chinese and pillar.zh else pillar.title
    mark = gettext("(derived)") if figure.derived else ""
    revision = _revision(figure.last_revised, language)
    view = FigureView(
        id=figure.id,
        release_id=release.info.id,
        language=language,
        label=label,
        label_lang=label_lang,
        qualifier=before,
        value=value_words(figure, spoken),
        unit=unit,
        suffix=after,
        derived=figure.derived,
        mark=mark,
        note=note,
        note_lang=note_lang,
        sentence=sentence,
        before=sentence[:start],
        words=words,
        after=sentence[start + len(words) :],
        sentence_lang=release.info.language or ENGLISH.tag,
        section=figure.section or "",
        section_title=section,
        heading=figure.heading or "",
        pillar_id=figure.pillar,
        pillar_title=pillar_title,
        pillar_slug=routes.pillars[figure.pillar].slug,
        revision=revision,
        change=change,
        bound=qualifier_direction(figure.qualifier) or Direction.EXACTLY,
        so_far=_so_far(figure),
        kind=figure.kind,
        number=figure.value,
        number_to=figure.value_to,
        data_unit=figure.unit,
        data_qualifier=figure.qualifier or "",
        stated_as=figure.stated_as,
        derived_note=gettext("Derived, not stated: {note}").format(note=note) if figure.derived else "",
    )
    source = gettext("Source: {publisher}, media briefing of {date}").format(
        publisher=in_script(release.info.zh.publisher, language)
        if language.chinese and release.info.zh
        else release.info.publisher,
        date=date_text(release.info.date, language),
    )
    if view.sentence_lang.split("-")[0] == language.tag.split("-")[0]:
        description, image_alt = view.sentence, f"{view.title}. “{view.sentence}”"
    else:
        description = gettext("{title}. {source}").format(title=view.title, source=source)
        image_alt = gettext("{title}. {source}. The card quotes the English release's sentence.").format(
            title=view.title, source=source
        )
    view = replace(view, description=description, image_alt=image_alt)
    lines = [
        gettext("{label}: {value}").format(label=view.label, value=view.marked),
        gettext("Source: {citation}").format(citation=release_citation(release, language)),
        f"“{view.sentence}”",
    ]
    if view.note:
        lines.append(gettext("Note: {note}").format(note=view.note))
    if revision:
        lines.append(revision.line)
    return replace(view, citation_lines=tuple(lines))


def _section_titles(release: Release, language: Language) -> dict[str, str]:
    """Each section's title as the reader reads it: the curators' Chinese, else the release's own words."""
    titles = {}
    chinese = release.info.zh.sections if language.chinese and release.info.zh else {}
    for figure in release.figures:
        code = figure.section or ""
        if code not in titles:
            title = section_title(release, figure)
            if code in chinese:
                title = f"{code} · {in_script(chinese[code], language)}"
            titles[code] = title
    return titles


def build_briefing_view(library: Library, release: Release, language: Language = ENGLISH) -> BriefingView:
    """The view of one briefing of the library, in one language: built once per data version by the caller."""
    routes = Routes.of(release)
    titles = _section_titles(release, language)
    views = {}
    for figure in release.figures:
        change = change_since_previous(library, release.info.id, figure, language)
        views[figure.id] = build_figure_view(
            figure, release, language, routes, titles.get(figure.section or "", ""), change.text if change else None
        )
    pillars = []
    for pillar in release.pillars:
        figures = release.figures_in(pillar.id)
        sections = tuple(
            SectionView(s.code, titles.get(s.code, s.title), tuple(views[f.id] for f in s.figures))
            for s in by_section(release, figures)
        )
        summary = (pillar.zh.summary or pillar.summary) if language.chinese and pillar.zh else pillar.summary
        pillars.append(
            PillarView(
                id=pillar.id,
                title=in_script(pillar.zh.title, language) if language.chinese and pillar.zh else pillar.title,
                summary=in_script(summary, language),
                slug=routes.pillars[pillar.id].slug,
                figures=tuple(views[f.id] for f in figures),
                sections=sections,
                charts=tuple(_chart_shown(v, views, release, language) for v in pillar_charts(release, pillar.id)),
                leading=tuple(views[f.id] for f in leading(figures, 4)),
            )
        )
    charts = [chart for pillar in pillars for chart in pillar.charts]  # as each pillar draws them
    flagged = [f for f in release.figures if f.headline]
    chosen = flagged or [f for f in leading(release.figures, HEADLINES_WITHOUT_FLAGS) if needs_no_caveat(f)]
    corrections = _corrections(release, views, language)
    info = release.info
    zh = info.zh if language.chinese else None
    return BriefingView(
        release_id=info.id,
        language=language,
        version=f"{library.version}-{release.version}",
        title=in_script(zh.title, language) if zh else info.title,
        publisher=in_script(zh.publisher, language) if zh else info.publisher,
        date=date_text(info.date, language),
        iso_date=info.date,
        published=date_text(info.published, language) if info.published else "",
        whose=whose(info, language),
        source_url=info.source_url,
        citation=release_citation(release, language),
        figures=tuple(views[f.id] for f in release.figures),
        pillars=tuple(pillars),
        headlines=tuple(views[f.id] for f in chosen),
        charts=tuple(charts),
        corrections=tuple(sorted(corrections, key=lambda c: c.iso, reverse=True)),
        retired=tuple(_retired(release, views, corrections)),
        briefings=tuple(
            BriefingSummary(r.info.id, describe_release(library, r, language), r is library.current, r is release)
            for r in reversed(library.releases)
        ),
        held_back=release.held_back,
        current=release is library.current,
        newest=release is library.newest,
        release=release,
    )


def chart_shown(view: ChartView, release: Release, language: Language = ENGLISH) -> ChartShown:
    """A chart with its figures' views, on its own (a briefing's view builds every chart it shows)."""
    routes = Routes.of(release)
    views = {f.id: build_figure_view(f, release, language, routes, "", None) for f in view.figures}
    return _chart_shown(view, views, release, language)


def _chart_shown(view: ChartView, views: dict[str, FigureView], release: Release, language: Language) -> ChartShown:
    chart = view.chart
    title = chart.title
    if language.chinese and chart.zh is not None:
        measure = in_script(chart.zh.measure, language)
        title = f"{measure}（按{in_script(chart.zh.by, language)}）" if chart.zh.by else measure
    return ChartShown(
        chart=view,
        title=title,
        figures=tuple(views[f.id] for f in view.figures),
        members=tuple(views[f.id] for f in view.members),
        whole=views[view.whole.id] if view.whole else None,
    )


_CHANGES = {"revised": N_("revised"), "renamed": N_("renamed"), "withdrawn": N_("withdrawn")}


def _corrections(release: Release, views: dict[str, FigureView], language: Language) -> list[CorrectionView]:
    renamed = renames(release.corrections)
    rows = []
    for correction in release.corrections:
        now = current_id(correction.figure_id, renamed) if correction.change != "withdrawn" else None
        figure = views.get(now) if now else None
        what, lang = _correction_text(correction, language)
        reason = in_script(correction.zh.reason, language) if language.chinese and correction.zh else correction.reason
        rows.append(
            CorrectionView(
                date=date_text(correction.date, language),
                iso=correction.date,
                figure_id=correction.figure_id,
                current_id=figure.id if figure else None,
                label=figure.label if figure else language.gettext("(withdrawn)"),
                kind=correction.change,
                change=language.gettext(_CHANGES[correction.change]),
                what=what,
                reason=reason,
                lang=lang,
            )
        )
    return rows


def _retired(release: Release, views: dict[str, FigureView], corrections: list[CorrectionView]) -> list[RetiredView]:
    by_id = {c.figure_id: c for c in corrections if c.kind in ("renamed", "withdrawn")}
    renamed = renames(release.corrections)
    retired = []
    for old_id in retired_ids(release.corrections):
        now = current_id(old_id, renamed) if old_id in renamed else None
        retired.append(RetiredView(old_id, by_id[old_id], views.get(now) if now else None))
    return retired
