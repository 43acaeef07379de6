"""A release shown in Chinese: every reader-facing text has the curators' Chinese, and that Chinese says what the
English says (the same bound, the same direction of change, every qualifier that changes the meaning kept); where
a curator gives the Chinese release's own sentence, its words are in it and state the figure's value.

A release declares Chinese with `languages: [en, zh]`; without it, the Chinese pages show the English texts
(with a note saying so) wherever a translation is missing, and these checks run on the translations given.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from indicators.model.schema import Kind
from indicators.reading.bounds import Direction, qualifier_direction
from indicators.reading.chinese_words import (
    ChineseNumber,
    change_direction,
    chinese_direction,
    kept_in_chinese,
    read_chinese_numbers,
    stated_bound,
)
from indicators.reading.numbers import read_numbers, same_number, scale_of
from indicators.reading.source import SourceText, normalise
from indicators.reading.yamlsafe import YamlError, read_text

if TYPE_CHECKING:
    from indicators.checks.validate import Checker, Entries
    from indicators.model.release import Figure

_DECLARE = "the release declares Chinese (`languages: [en, zh]`)"
_BOUND_NAMES = {
    Direction.AT_LEAST: "at least",
    Direction.AT_MOST: "at most",
    Direction.ABOUT: "about",
    Direction.EXACTLY: "exactly",
}


def check(checker: Checker, entries: Entries, figures: dict[str, Figure]) -> None:
    release = entries.release
    if release is None:
        return
    declared = "zh" in release.languages
    if declared:
        _require(checker, entries, figures)
    source = _chinese_source(checker, entries)
    for index, indicator in entries.indicators:
        figure = figures.get(indicator.id)
        if figure is None or indicator.zh is None:
            continue
        for field, message in translation_problems(figure):
            checker.problem(("indicators", index, "zh", field), message, indicator.id)
        if indicator.zh.quote is not None or indicator.zh.words is not None:
            for field, message in chinese_sentence_problems(figure, source):
                checker.problem(("indicators", index, "zh", field), message, indicator.id)


def _require(checker: Checker, entries: Entries, figures: dict[str, Figure]) -> None:
    """Every text a reader reads has its Chinese: a missing one is an error, naming the entry and the field."""
    release = entries.release
    if release.zh is None:
        checker.problem(("release",), f"{_DECLARE}: add `zh:` with the release's `title` and `publisher` in Chinese")
    for index, pillar in entries.pillars:
        if pillar.zh is None:
            checker.problem(
                ("pillars", index), f"{_DECLARE}: add `zh: {{title: ...}}` to pillar {pillar.id!r}", pillar.id
            )
        elif pillar.summary and not pillar.zh.summary:
            checker.problem(("pillars", index, "zh"), f"{_DECLARE}: add `summary` in Chinese", pillar.id)
    sections = release.zh.sections if release.zh else {}
    missing_sections = sorted(
        {f.section for f in figures.values() if f.section and f.section not in sections and not f.indicator.pending}
    )
    if release.zh is not None and missing_sections:
        checker.problem(
            ("release", "zh"),
            f"{_DECLARE}: add each section's Chinese title under `sections` ({', '.join(missing_sections)})",
        )
    for index, indicator in entries.indicators:
        if indicator.pending:
            continue
        here = ("indicators", index)
        zh = indicator.zh
        figure = figures.get(indicator.id)
        kind = figure.kind if figure else None
        if zh is None:
            checker.problem(
                here, f"{_DECLARE}: add `zh:` with the curators' Chinese `label` (and `unit`)", indicator.id
            )
            continue
        if kind not in (Kind.percent, Kind.rank) and not zh.unit:
            checker.problem((*here, "zh"), f"{_DECLARE}: add `unit` in Chinese (what follows the number)", indicator.id)
        if indicator.note and not zh.note:
            checker.problem((*here, "zh"), f"{_DECLARE}: add `note` in Chinese", indicator.id)
    for index, chart in entries.charts:
        if chart.zh is None:
            checker.problem(
                ("charts", index), f"{_DECLARE}: add `zh: {{measure: ...}}` to chart {chart.id!r}", chart.id
            )
            continue
        for field in ("by", "note"):  # each one missing is named, not only the first
            if getattr(chart, field) and not getattr(chart.zh, field):
                checker.problem(("charts", index, "zh"), f"{_DECLARE}: add `{field}` in Chinese", chart.id)
    for index, correction in entries.corrections:
        if correction.zh is None:
            checker.problem(
                ("corrections", index),
                f"{_DECLARE}: add `zh: {{what: ..., reason: ...}}` to the correction of {correction.figure!r} "
                f"of {correction.date}",
                correction.figure,
            )


def translation_problems(figure: Figure) -> list[tuple[str, str]]:
    """Where the curators' Chinese says other than the English: a bound the other way, a change the other way, a
    qualifier or a number of the English label dropped."""
    zh = figure.indicator.zh
    problems = []
    english = qualifier_direction(figure.qualifier) if figure.qualifier else None
    if zh.qualifier:
        chinese = chinese_direction(zh.qualifier)
        if chinese is None:
            problems.append(("qualifier", f"`zh.qualifier` {zh.qualifier!r} states no bound: write the bound words"))
        elif english is not None and chinese != english:
            problems.append(
                (
                    "qualifier",
                    (
                        f"`zh.qualifier` {zh.qualifier!r} says {_BOUND_NAMES[chinese]!r}, the English qualifier "
                        f"{figure.qualifier!r} says {_BOUND_NAMES[english]!r}: write the Chinese for the same bound"
                    ),
                )
            )
    for name in kept_in_chinese(figure.label, zh.label):
        problems.append(
            (
                "label",
                f"the English label says {name!r} ({figure.label!r}); the Chinese label {zh.label!r} must keep it",
            )
        )
    english_moves, chinese_moves = change_direction(figure.label, False), change_direction(zh.label, True)
    if english_moves and chinese_moves and english_moves != chinese_moves:
        problems.append(
            (
                "label",
                (
                    f"the Chinese label {zh.label!r} says {'/'.join(sorted(chinese_moves))} where the English says "
                    f"{'/'.join(sorted(english_moves))}: a translation keeps the direction of the change"
                ),
            )
        )
    chinese_numbers = [n.value for n in read_chinese_numbers(zh.label)]
    for reading in read_numbers(figure.label):
        if reading.kind == "digits" and not any(same_number(reading.full, n) for n in chinese_numbers):
            problems.append(
                (
                    "label",
                    f"the English label says {reading.written:g}; the Chinese label {zh.label!r} does not: keep it",
                )
            )
    return problems


def _chinese_source(checker: Checker, entries: Entries) -> SourceText | None:
    info = entries.release.zh if entries.release else None
    if info is None or not info.source_text:
        return None
    path = checker.path.parent / info.source_text
    try:
        return SourceText(read_text(path))
    except YamlError as error:
        checker.problem(("release", "zh", "source_text"), f"the Chinese release text {path}: {error.message}")
        return None


def _agrees(figure: Figure, number: ChineseNumber) -> bool:
    value = figure.value
    if figure.kind == Kind.percent:
        return (number.fraction and same_number(number.value * 100, value)) or (
            not number.fraction and same_number(number.value, value)
        )
    if figure.kind == Kind.rank:
        return same_number(number.value, value)
    return not number.fraction and same_number(number.value, value * scale_of(figure.unit)[0])


def chinese_sentence_problems(figure: Figure, source: SourceText | None) -> list[tuple[str, str]]:
    """The Chinese release's sentence and words for the figure: verbatim, and stating its value and bound, read
    the Chinese way (1200亿元 for 120 billion yuan, 第一 for 1st, 一半 for 50%)."""
    zh = figure.indicator.zh
    if zh.quote is None or zh.words is None:
        missing = "figure" if zh.words is None else "quote"
        return [(missing, "give both `zh.quote` (the Chinese release's sentence) and `zh.figure` (its words)")]
    if normalise(zh.words) not in normalise(zh.quote):
        return [("figure", f"the Chinese words {zh.words!r} are not in `zh.quote`; copy them exactly from it")]
    problems = []
    if source is not None and source.find(zh.quote) is None:
        problems.append(("quote", "the Chinese quote is not in the Chinese release text verbatim; copy the sentence"))
    elif source is None:
        problems.append(
            (
                "quote",
                "a Chinese quote needs the Chinese release's text: add `release.zh.source_text` (and its address)",
            )
        )
    numbers = read_chinese_numbers(zh.words)
    agreeing = [n for n in numbers if _agrees(figure, n)]
    if not numbers:
        if not figure.derived:
            problems.append(("figure", f"the Chinese words {zh.words!r} state no number; copy the words that do"))
        return problems
    if not agreeing:
        said = ", ".join(f"{n.value:,.15g}" for n in numbers)
        expected = figure.value * (1 if figure.kind in (Kind.percent, Kind.rank) else scale_of(figure.unit)[0])
        problems.append(
            (
                "figure",
                (
                    f"the Chinese words {zh.words!r} state {said}; the value is {figure.value:,.15g} {figure.unit} "
                    f"({expected:,.15g} in full): fix the value or copy the right words"
                ),
            )
        )
        return problems
    english = qualifier_direction(figure.qualifier) if figure.qualifier else Direction.EXACTLY
    chinese = stated_bound(zh.words, agreeing[0])
    if english is not None and chinese != english:
        problems.append(
            (
                "figure",
                (
                    f"the Chinese words {zh.words!r} say {_BOUND_NAMES[chinese]!r} {agreeing[0].value:g}; the figure says "
                    f"{_BOUND_NAMES.get(english, 'exactly')!r}: the two releases must bound it the same way"
                ),
            )
        )
    return problems
