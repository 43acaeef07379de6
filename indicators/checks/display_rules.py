"""What may be shown: which figures may share a chart, which may lead as headlines, what a label must keep.

A fact-checker's questions, asked in code: do the bars measure one thing, in one unit, scope and period?
Is anything drawn as stated that the release only implies? Does a rank sit on a ladder the release never
gave? Does a label say more than the release (a dropped "more than", "citywide", "a total of")?
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from indicators.model.schema import Chart, ChartForm, Kind
from indicators.reading.bounds import (
    Change,
    Direction,
    bound_of,
    bounds_in,
    change_of,
    label_changes,
    qualifier_direction,
)
from indicators.reading.numbers import read_numbers, same_number
from indicators.reading.periods import RELATIVE_TIME, RELATIVE_YEAR, date_text, says_year_so_far, year_so_far
from indicators.reading.units import Dimension, dimension_of

if TYPE_CHECKING:
    from indicators.checks.validate import Checker, Entries
    from indicators.model.release import Figure

# Words in a figure's words that change its meaning, and what its label (or qualifier, scope, period) must say.
# Bounds are not among them: a bound is a direction, compared by meaning below ("no more than" holds "more than").
KEPT = {
    r"\ba total of\b|\bin total\b": "total",
    r"\bcitywide\b": "citywide",
    r"\bnationwide\b": "nationwide",
    r"\bsince\b": "since",
}
# One pass over a figure's words finds every kept word: 10,000 figures validate without 90,000 searches.
_KEPT_WORDS = re.compile("|".join(f"(?P<k{n}>{pattern})" for n, pattern in enumerate(KEPT)), re.IGNORECASE)
_KEPT_NAMES = {f"k{n}": kept for n, kept in enumerate(KEPT.values())}


def check(checker: Checker, entries: Entries, figures: dict[str, Figure]) -> None:
    reported = {p.id for p in checker.problems}
    for index, chart in entries.charts:
        named = [*chart.indicators, *([chart.whole] if chart.whole else [])]
        if chart.id in reported or any(i not in figures or i in reported for i in named):
            continue  # its members' own problems come first; their figures are not all there to judge
        members = [figures[i] for i in chart.indicators]
        whole = figures[chart.whole] if chart.whole else None
        for message in chart_problems(chart, members, whole):
            checker.problem(("charts", index), message, chart.id)
    for index, indicator in entries.indicators:
        figure = figures.get(indicator.id)
        if figure is None:
            continue
        for field, message in figure_problems(figure, entries.release.date if entries.release else None):
            checker.problem(("indicators", index, field), message, indicator.id)


def chart_problems(chart: Chart, members: list[Figure], whole: Figure | None = None) -> list[str]:
    """Why these figures may not share this chart; empty when they may."""
    problems = []
    named = f"chart {chart.id!r}"
    if chart.form != ChartForm.part_of_whole and len(members) < 2:
        problems.append(f"{named} compares fewer than two figures; a lone figure is a tile, not a chart")
    if chart.whole and chart.form != ChartForm.part_of_whole:
        problems.append(f"{named} names a `whole`, which goes with `form: part-of-whole` only")
    ranges = [f for f in [*members, *([whole] if whole else [])] if f.value_to is not None]
    if ranges:
        listed = ", ".join(f"{f.id} ({f.value:g} to {f.value_to:g})" for f in ranges)
        problems.append(f"{named} draws a range ({listed}) as a bar; a range is never drawn, show it as a tile")
    problems += _one_measure(named, chart, members + ([whole] if whole else []))
    if chart.form != ChartForm.part_of_whole:  # a part in another unit than its whole is said below
        problems += mixed_units(named, members)
    problems += _shared(named, members, "scope", "scope (whose or where)")
    problems += _shared(named, members + ([whole] if whole else []), "period", "period")
    problems += _same_kind(named, members)
    problems += _bounds(named, members)
    if chart.form == ChartForm.ranks:
        problems += _ranks(named, members)
    elif any(f.kind == Kind.rank for f in members):
        problems.append(f"{named} draws ranks as amounts; a rank is a place: use `form: ranks` (with the field's size)")
    if chart.form == ChartForm.part_of_whole:
        problems += _part_of_whole(named, chart, members, whole)
    elif len({f.derived for f in members}) > 1:
        derived = ", ".join(f.id for f in members if f.derived)
        problems.append(
            f"{named} draws derived values ({derived}) beside stated ones as if the release had said them; "
            "take the derived ones off the chart"
        )
    return problems


def _norm(text: str | None) -> str:
    return " ".join((text or "").lower().split())


def _one_measure(named: str, chart: Chart, figures: list[Figure]) -> list[str]:
    missing = [f.id for f in figures if not f.measure]
    if missing:
        return [
            (
                f"{named} compares {chart.measure!r}, but {', '.join(missing)} state no `measure`; give each member "
                f"`measure: {chart.measure}` if it measures that, or take it off the chart"
            )
        ]
    others = [f for f in figures if _norm(f.measure) != _norm(chart.measure)]
    if not others:
        return []
    listed = "; ".join(f"{f.id} measures {f.measure!r}" for f in others)
    if all(f.kind == Kind.percent for f in figures):
        return [
            (
                f"{named} lines up percentages of different things ({listed}); each is against its own 100%, "
                "so show them as tiles"
            )
        ]
    return [f"{named} compares {chart.measure!r}, but {listed}; a chart compares one measure"]


def mixed_units(named: str, figures) -> list[str]:
    """Figures (or indicators, before the text is read) in more than one unit cannot share an axis."""
    units = sorted({f.unit for f in figures})
    return [f"{named} mixes units ({', '.join(units)}); a chart compares one unit only"] if len(units) > 1 else []


def _shared(named: str, figures: list[Figure], attribute: str, what: str) -> list[str]:
    if len({_norm(getattr(f, attribute)) for f in figures}) <= 1:
        return []
    listed = "; ".join(f"{f.id}: {getattr(f, attribute) or 'not stated'}" for f in figures)
    return [f"{named} mixes {what} ({listed}); figures of different {what} are different measures"]


def _same_kind(named: str, figures: list[Figure]) -> list[str]:
    kinds = {f.kind for f in figures}
    if {Kind.span, Kind.duration} <= kinds:
        spans = ", ".join(f"{f.id} ({' '.join(f.words.split())!r})" for f in figures if f.kind == Kind.span)
        taken = ", ".join(f"{f.id} ({' '.join(f.words.split())!r})" for f in figures if f.kind == Kind.duration)
        return [f"{named} puts a run of years ({spans}) beside time taken ({taken}); they are different things"]
    if len(kinds) > 1:
        return [f"{named} mixes kinds of figure ({', '.join(sorted(k.value for k in kinds))})"]
    return []


def _bounds(named: str, figures: list[Figure]) -> list[str]:
    qualifiers = {_norm(f.qualifier) for f in figures}
    if len(qualifiers) <= 1:
        return []
    bounded = ", ".join(f"{f.id} ({f.qualifier})" for f in figures if f.qualifier)
    return [f"{named} draws bounded values ({bounded}) beside exact ones, where they would read as exact"]


def _ranks(named: str, figures: list[Figure]) -> list[str]:
    problems = []
    for figure in figures:
        if figure.kind != Kind.rank:
            problems.append(f"{named} is a chart of ranks, but {figure.id} is not a rank")
        elif _norm(figure.qualifier) == "top":
            problems.append(
                f"{named} draws {figure.id} ({' '.join(figure.words.split())!r}) as a place; a band is not a place"
            )
        elif figure.field_size is None:
            problems.append(
                f"{named} needs the size of each field ranked, as the release states it; {figure.id} has no "
                "`field_size`, so its ladder would be invented"
            )
    fields = {_norm(f.field) for f in figures}
    if len(fields) > 1:
        problems.append(f"{named} puts ranks among different fields on one ladder ({', '.join(sorted(fields))})")
    return problems


def _part_of_whole(named: str, chart: Chart, parts: list[Figure], whole: Figure | None) -> list[str]:
    if chart.whole is None:
        return [f"{named} is part-of-whole but names no `whole`; name the figure that states the whole"]
    if whole is None:
        return []
    problems = []
    if whole.derived:
        problems.append(f"{named}: the whole ({whole.id}) must be stated by the release, not derived")
    for part in parts:
        if part.unit != whole.unit or part.quote_span != whole.quote_span:
            problems.append(
                f"{named} draws {part.id} ({' '.join(part.words.split())!r}) as part of {whole.id} "
                f"({' '.join(whole.words.split())!r}), but the release never says it is: a part and its whole "
                "are counted in one unit and stated in one sentence"
            )
    if sum(p.value for p in parts) > whole.value:
        problems.append(f"{named}: its parts add up to more than the whole ({whole.id} = {whole.value:g})")
    return problems


def _widens_this_year(figure: Figure, briefing_date: str) -> bool:
    """The release says "this year" and the label gives the year, but as the whole year."""
    this_year = any(m.group(1).lower() == "this" for m in RELATIVE_YEAR.finditer(figure.quote))
    return this_year and briefing_date[:4] in figure.label and not says_year_so_far(figure.label, briefing_date)


def figure_problems(figure: Figure, briefing_date: str | None = None) -> list[tuple[str, str]]:
    """(field, message) for a figure whose label says more than the release, or a headline with a caveat."""
    problems = []
    if figure.headline:
        caveats = [
            "it is derived" if figure.derived else "",
            f"it is qualified ({figure.qualifier!r})" if figure.qualifier else "",
            "it carries a note" if figure.note else "",
        ]
        caveats = [c for c in caveats if c]
        if caveats:
            problems.append(("headline", f"a headline stands without a caveat, but {' and '.join(caveats)}"))
    if RELATIVE_TIME.search(figure.label):
        problems.append(("label", "the label says a relative time; write the year (the release is dated)"))
    elif briefing_date and _widens_this_year(figure, briefing_date):
        problems.append(
            (
                "label",
                (
                    f"the release says 'this year' on {date_text(briefing_date)}: the year so far, not the whole "
                    f"year; say {year_so_far(briefing_date)!r} (or '{briefing_date[:4]}, to <day month>') in the label"
                ),
            )
        )
    found = {_KEPT_NAMES[m.lastgroup] for m in _KEPT_WORDS.finditer(figure.words)}
    said = _norm(" ".join(filter(None, [figure.label, figure.qualifier, figure.scope, figure.period]))) if found else ""
    for kept in sorted(found):
        if kept not in said:
            words = " ".join(figure.words.split())
            problems.append(
                (
                    "label",
                    f"the words say {kept!r} ({words!r}); the label (or `qualifier`, `scope`, `period`) must keep it",
                )
            )
    problems += bound_problems(figure)
    problems += change_problems(figure)
    problems += unit_problems(figure)
    if figure.field_size is not None and not any(
        same_number(r.full, figure.field_size) for r in read_numbers(figure.quote)
    ):
        problems.append(("field_size", f"the release does not state a field of {figure.field_size}; drop `field_size`"))
    return problems


def _located(figure: Figure) -> tuple[str, int, int] | None:
    """The sentence (whitespace normalised), and where the figure's words stand in it."""
    sentence, words = " ".join(figure.quote.split()), " ".join(figure.words.split())
    start = sentence.find(words)
    return (sentence, start, start + len(words)) if start >= 0 else None


def _number_in(sentence: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the first number of the words stands in the sentence."""
    readings = read_numbers(sentence[start:end])
    return (start + readings[0].start, start + readings[0].end) if readings else None


def _label_directions(figure: Figure) -> set[Direction]:
    """The bounds the label, scope and period state by themselves: "Working days, at most"; a bound before another
    number ("residents over 65") bounds that number, not the figure."""
    said = " · ".join(filter(None, [figure.label, figure.scope, figure.period]))
    return {b.direction for b in bounds_in(said) if not read_numbers(said[b.end : b.end + 24])[:1]}


def bound_problems(figure: Figure) -> list[tuple[str, str]]:
    """The qualifier (or the label) states the direction the words state: a limit is never shown as a floor."""
    located = _located(figure)
    number = _number_in(*located) if located else None
    if number is None:
        return []
    sentence, words_start, words_end = located
    bound = bound_of(sentence, *number)
    stated = bound.direction if bound else Direction.EXACTLY
    words = sentence[words_start:words_end]
    problems = []
    if bound is not None and not (words_start <= bound.start and bound.end <= words_end):
        left_out = (
            f"the sentence bounds this number ({bound.words!r}: {stated.described}), but the figure words {words!r} "
            "leave the bound out; quote it in `figure` and state it in `qualifier`"
        )
        problems.append(("figure", left_out))
    qualifier = qualifier_direction(figure.qualifier)
    if qualifier is not None and qualifier != stated:
        if stated == Direction.EXACTLY:
            says = f"the words {words!r} state the number exactly; the qualifier {figure.qualifier!r} says "
            problems.append(("qualifier", f"{says}{qualifier.described}: drop the qualifier"))
        else:
            says = f"the words {words!r} say {stated.described} ({bound.words!r}); the qualifier {figure.qualifier!r}"
            fix = f"write the bound as the words state it ({bound.words!r})"
            problems.append(("qualifier", f"{says} says {qualifier.described}: {fix}"))
    labelled = _label_directions(figure)
    wrong = {d for d in labelled if d != stated and Direction.ABOUT not in (d, stated)}
    if wrong:
        said = ", ".join(sorted(d.value for d in wrong))
        problems.append(("label", f"the label says {said}, but the words {words!r} say {stated.described}"))
    elif stated != Direction.EXACTLY and qualifier is None and stated not in labelled:
        kept = f"the words say {bound.words!r} ({words!r}); the label (or `qualifier`, `scope`, `period`) must keep it"
        problems.append(("label", f"{kept}: {stated.described}"))
    return problems


def change_problems(figure: Figure) -> list[tuple[str, str]]:
    """A label (or the measure a chart is titled by) that names a change names the one its sentence states."""
    located = _located(figure)
    change = change_of(*located) if located else None
    if change is None:
        return []
    problems = []
    words = located[0][located[1] : located[2]]
    for field, text in (("label", figure.label), ("measure", figure.measure)):
        named = label_changes(text or "")
        if named and change not in named:
            other = Change.UP if change == Change.DOWN else Change.DOWN
            says = f"the sentence states a change {change.value} for {words!r}; the {field} {text!r}"
            problems.append((field, f"{says} names a change {other.value}: name it as the sentence does, or name none"))
    return problems


def unit_problems(figure: Figure) -> list[tuple[str, str]]:
    """The unit measures what the words measure: "45 working days" in "kilometres" is refused; words that name no
    dimension ("10 times" as editions) leave the unit to the curator."""
    located = _located(figure)
    number = _number_in(*located) if located else None
    if number is None or figure.derived:
        return []
    sentence, _, words_end = located
    stated = dimension_of(sentence[number[0] : words_end])
    unit = dimension_of(figure.unit)
    if stated is None or unit is None or stated == unit or Dimension.SHARE in (stated, unit):
        return []
    words = sentence[located[1] : words_end]
    return [("unit", f"the words {words!r} measure {stated.value}; the unit {figure.unit!r} measures {unit.value}")]
