"""Check a dataset, reporting every problem in one run with its file, line and id.

`check()` runs in stages, each adding problems: parse (the YAML itself), structure (each entry against
the schema), references (ids, pillars, charts, corrections), values (each value against its words),
source (quotes and words against the release text), presentation (what may share a chart, headlines)
and coverage (every number in the release is a figure or explained). A Release is built only when no
stage found an error.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path

from pydantic import BaseModel, ValidationError

from indicators.checks import display_rules, translations
from indicators.checks.lead import HEADLINES_WITHOUT_FLAGS, leading, needs_no_caveat
from indicators.model.ids import current_id, former_ids, renames
from indicators.model.release import Figure, Release, infer_kind
from indicators.model.schema import Chart, ChartForm, Correction, Dataset, Exclusion, Indicator, Pillar, ReleaseInfo
from indicators.reading.numbers import check_value, read_numbers
from indicators.reading.problems import Problem, errors
from indicators.reading.source import SourceText, normalise
from indicators.reading.yamlsafe import Document, YamlError, parse, read_text

_TOP_LEVEL = {
    "release": ReleaseInfo,
    "pillars": Pillar,
    "indicators": Indicator,
    "charts": Chart,
    "not_figures": Exclusion,
    "corrections": Correction,
}


# Kinds of warning that code acts on (the review page, publishing): read by code, never by wording.
PENDING_REVIEW = "pending-review"
UNCOVERED = "uncovered-number"
TO_CONFIRM = "to-confirm"
NO_ADDRESS = "no-address"
NO_HEADLINE = "no-headline"


@dataclass
class Checker:
    """The problems found so far, each placed at the line of the YAML it is about."""

    path: Path
    document: Document
    problems: list[Problem] = field(default_factory=list)

    def problem(
        self, doc_path: tuple, message: str, id: str | None = None, severity: str = "error", code: str | None = None
    ) -> None:
        line = self.document.line_of(doc_path)
        # The field it is about, as inputs name it: "label", "zh.label" (a translation's own field).
        field = ".".join(p for p in doc_path[2:4] if isinstance(p, str)) if len(doc_path) > 2 else None
        field = field if field and isinstance(doc_path[2], str) else None
        self.problems.append(Problem(line, message, str(self.path), id, None, severity, code, field))

    def failed(self) -> bool:
        return bool(errors(self.problems))

    def model(self, model: type[BaseModel], raw: object, doc_path: tuple, id: str | None):
        try:
            return model.model_validate(raw)
        except ValidationError as error:
            for item in error.errors(include_url=False):
                loc = tuple(item["loc"])
                self.problem(doc_path + loc, _schema_message(item, loc), id)
            return None


def _schema_message(item: dict, loc: tuple) -> str:
    name = ".".join(str(part) for part in loc)
    if item["type"] == "missing":
        return f"`{name}` is required"
    if item["type"] == "extra_forbidden":
        return f"`{name}` is not a known field; check its spelling (see schema/indicators.schema.json)"
    if item["type"] == "string_too_long":
        limit = item.get("ctx", {}).get("max_length")
        return f"`{name}` is {len(str(item['input']))} characters; a reader can use {limit} at most here: shorten it"
    if item["type"] == "string_pattern_mismatch":
        return f"`{name}` must be lower-case words joined by hyphens (a URL-safe slug), not {item['input']!r}"
    message = item["msg"].removeprefix("Value error, ")
    return f"`{name}`: {message}" if name else message


@dataclass
class Entries:
    """The entries that passed the schema, each with its index in the YAML list (for line numbers)."""

    release: ReleaseInfo | None = None
    pillars: list[tuple[int, Pillar]] = field(default_factory=list)
    indicators: list[tuple[int, Indicator]] = field(default_factory=list)
    charts: list[tuple[int, Chart]] = field(default_factory=list)
    not_figures: list[tuple[int, Exclusion]] = field(default_factory=list)
    corrections: list[tuple[int, Correction]] = field(default_factory=list)
    readings: dict[int, list] = field(default_factory=dict)  # each indicator's figure words, read once


def check(path: Path | str) -> tuple[Release | None, list[Problem]]:
    """Every problem with the dataset at ``path``; the Release too when there is no error."""
    path = Path(path)
    try:
        text = read_text(path)
        document = parse(text)
    except YamlError as error:
        return None, [Problem(error.line, error.message, str(path), None, error.column)]
    checker = Checker(path, document)
    entries = check_structure(checker)
    check_references(checker, entries)
    check_values(checker, entries)
    source, source_text = read_source(checker, entries.release)
    figures = check_against_source(checker, source, entries) if source is not None else []
    if source is not None:
        display_rules.check(checker, entries, {f.id: f for f in figures})
        translations.check(checker, entries, {f.id: f for f in figures})
    if source is not None and not checker.failed():  # gaps mean little while figures are broken
        check_coverage(checker, source, figures, entries.not_figures)
    check_pending(checker, entries)
    check_to_confirm(checker, entries)
    if source is not None and not checker.failed():
        check_what_readers_are_told(checker, entries, figures)
    problems = sorted(checker.problems, key=lambda p: p.line or 0)
    if checker.failed() or entries.release is None:
        return None, problems
    # Readers never see a figure pending review, nor a chart that would draw one.
    pending = {i.id for _, i in entries.indicators if i.pending}
    figures = [f for f in figures if f.id not in pending]
    dataset = Dataset.model_construct(
        release=entries.release,
        pillars=[p for _, p in entries.pillars],
        indicators=[i for _, i in entries.indicators if i.id not in pending],
        charts=[c for _, c in entries.charts if not {*c.indicators, c.whole} & pending],
        not_figures=[e for _, e in entries.not_figures],
        corrections=[c for _, c in entries.corrections],
    )
    version = hashlib.sha256(f"{text}\0{source_text}".encode()).hexdigest()[:16]
    figures = _with_corrections(figures, dataset.corrections)
    return Release(path, dataset, source, figures, problems, version, len(pending)), problems


# Stage: structure -------------------------------------------------------------------------------


def check_structure(checker: Checker) -> Entries:
    raw = checker.document.data
    entries = Entries()
    for key in raw:
        if key not in _TOP_LEVEL:
            checker.problem((key,), f"unknown top-level key {key!r}; expected one of {', '.join(_TOP_LEVEL)}")
    for key in ("release", "pillars", "indicators"):
        if key not in raw:
            checker.problems.append(Problem(1, f"`{key}` is required at the top level", str(checker.path)))
    if isinstance(raw.get("release"), dict):
        entries.release = checker.model(ReleaseInfo, raw["release"], ("release",), None)
    elif "release" in raw:
        checker.problem(("release",), "`release` must be a mapping with id, title, publisher, date, source_text")
    for key in ("pillars", "indicators", "charts", "not_figures", "corrections"):
        setattr(entries, key, _items(checker, key, raw))
    for doc_path, line, message in checker.document.problems:
        checker.problems.append(Problem(line, message, str(checker.path)))
    return entries


def _items(checker: Checker, key: str, raw: dict) -> list:
    value = raw.get(key, [])
    if value is None:
        return []
    if not isinstance(value, list):
        checker.problem((key,), f"`{key}` must be a list (each entry starting with '- ')")
        return []
    models = []
    for index, item in enumerate(value):
        # Corrections are about a figure: name it, as every other problem names its entry's id.
        named = item.get("figure" if key == "corrections" else "id") if isinstance(item, dict) else None
        id = named if isinstance(named, str) else None
        if not isinstance(item, dict):
            checker.problem((key, index), f"entry {index + 1} of `{key}` must be a mapping of fields", id)
            continue
        model = checker.model(_TOP_LEVEL[key], item, (key, index), id)
        if model is not None:
            models.append((index, model))
    return models


# Stage: references ------------------------------------------------------------------------------


def check_references(checker: Checker, entries: Entries) -> None:
    if "indicators" in checker.document.data and not entries.indicators and not checker.failed():
        # A new file starts empty: valid, so the dashboard opens on it, but --strict says what to add.
        checker.problem(
            ("indicators",),
            "no figures yet: add each figure under `indicators` (id, label, value, unit, pillar, quote, figure), "
            "or start from `python -m indicators draft` on the release text",
            severity="warning",
        )
    for key in ("pillars", "indicators", "charts"):
        _check_unique(checker, key, getattr(entries, key))
    pillar_ids = {p.id for _, p in entries.pillars}
    indicator_ids = {i.id for _, i in entries.indicators}
    for index, indicator in entries.indicators:
        if indicator.pillar not in pillar_ids:
            known = ", ".join(sorted(pillar_ids)) or "none"
            checker.problem(
                ("indicators", index, "pillar"),
                f"pillar {indicator.pillar!r} is not defined under `pillars` (known: {known})",
                indicator.id,
            )
    for index, chart in entries.charts:
        named = [(("indicators", position), member) for position, member in enumerate(chart.indicators)]
        named += [(("whole",), chart.whole)] if chart.whole else []
        for where, member in named:
            if member not in indicator_ids:
                checker.problem(
                    ("charts", index, *where),
                    f"chart {chart.id!r} names indicator {member!r}, which does not exist",
                    chart.id,
                )
        members = [member for _, member in named]
        if len(set(members)) != len(members):
            checker.problem(("charts", index, "indicators"), f"chart {chart.id!r} lists an indicator twice", chart.id)
        # Here, not with the other chart rules: it needs no text, so it shows even while a member's quote is broken.
        if chart.form != ChartForm.part_of_whole:
            members = [i for _, i in entries.indicators if i.id in chart.indicators]
            for message in display_rules.mixed_units(f"chart {chart.id!r}", members):
                checker.problem(("charts", index, "indicators"), message, chart.id)
    _check_corrections(checker, entries.corrections, indicator_ids)


def _check_unique(checker: Checker, key: str, items: list) -> None:
    counts = Counter(model.id for _, model in items)
    seen: set[str] = set()
    for index, model in items:
        if counts[model.id] > 1 and model.id in seen:
            checker.problem(
                (key, index, "id"), f"id {model.id!r} is used more than once in `{key}`; ids must be unique", model.id
            )
        seen.add(model.id)


def _check_corrections(checker: Checker, corrections: list, indicator_ids: set[str]) -> None:
    """Ids are permanent: a renamed or withdrawn id never comes back, a rename leads to a figure."""
    renamed = renames(c for _, c in corrections)
    withdrawn = {c.figure_id for _, c in corrections if c.change == "withdrawn"}
    for index, correction in corrections:
        where, id = ("corrections", index), correction.figure_id
        if correction.change == "revised" and id not in indicator_ids and id not in renamed:
            checker.problem(
                (*where, "figure"),
                f"a revision names {id!r}, which is no figure; name the figure's id (or its old id)",
                id,
            )
        if correction.change in ("renamed", "withdrawn") and id in indicator_ids:
            checker.problem(
                (*where, "figure"),
                f"{id!r} is {correction.change}, yet a figure still has this id; a published id is never reused",
                id,
            )
        if correction.change == "renamed" and current_id(correction.figure_id, renamed) not in indicator_ids:
            checker.problem(
                (*where, "renamed_to"),
                f"{id!r} is renamed to {correction.renamed_to!r}, which is no figure; name the figure's id now",
                id,
            )
        if correction.what.lower().startswith(correction.change):
            checker.problem(
                (*where, "what"),
                f"`what` starts with {correction.change!r}, which every page already shows beside it; "
                "say only what changed",
                id,
            )
        if correction.change == "renamed" and id in withdrawn:
            checker.problem((*where, "figure"), f"{id!r} is both renamed and withdrawn; keep one", id)


# Stage: values ----------------------------------------------------------------------------------


def check_values(checker: Checker, entries: Entries) -> None:
    for index, indicator in entries.indicators:
        readings = read_numbers(indicator.words)  # read once: the later stages use them too
        entries.readings[index] = readings
        agreement = (
            None
            if indicator.derived
            else check_value(indicator.value, indicator.unit, indicator.words, readings, indicator.value_to)
        )
        if agreement is not None and not agreement.ok:
            checker.problem(("indicators", index, "value"), agreement.problem, indicator.id)


# Stage: source ----------------------------------------------------------------------------------


def read_source(checker: Checker, release: ReleaseInfo | None) -> tuple[SourceText | None, str]:
    if release is None:
        return None, ""
    source_path = checker.path.parent / release.source_text
    try:
        text = read_text(source_path)
    except YamlError as error:  # read_text's messages are about the file, whatever it holds
        checker.problem(("release", "source_text"), f"the release text {source_path}: {error.message}")
        return None, ""
    return SourceText(text), text


def check_against_source(checker: Checker, source: SourceText, entries: Entries) -> list[Figure]:
    figures = []
    for index, indicator in entries.indicators:
        here, id = ("indicators", index), indicator.id
        quote_span = source.find(indicator.quote)
        if quote_span is None:
            checker.problem(
                (*here, "quote"),
                "the quote is not in the release text verbatim (whitespace aside); copy the sentence exactly, "
                "typos included",
                id,
            )
            continue
        if not source.is_whole_sentence(quote_span):
            checker.problem(
                (*here, "quote"), "the quote is part of a sentence; quote the whole sentence it stands in", id
            )
        words_span = source.words_span(quote_span, indicator.words)
        if words_span is None:
            checker.problem(
                (*here, "figure"),
                f"the figure words {indicator.words!r} are not in the quote; copy them exactly from it",
                id,
            )
            continue
        section = source.section_of(quote_span)
        if indicator.section is not None and indicator.section != section:
            checker.problem(
                (*here, "section"),
                f"section {indicator.section!r} disagrees with the release, where this sentence stands in "
                f"{section or 'no numbered section'!r}",
                id,
            )
        readings = entries.readings[index]
        figures.append(
            Figure(
                indicator,
                indicator.kind or infer_kind(indicator.unit, indicator.words, indicator.qualifier),
                decimals_of(indicator, readings),
                indicator.section or section,
                source.heading_of(quote_span),
                quote_span,
                words_span,
                "range" if indicator.value_to is not None else readings[0].kind if len(readings) == 1 else "derived",
            )
        )
    for index, exclusion in entries.not_figures:
        if not source.occurrences(exclusion.words):
            checker.problem(
                ("not_figures", index, "words"),
                f"{exclusion.words!r} is not in the release text; copy the words exactly or remove the entry",
            )
    return figures


def decimals_of(indicator: Indicator, readings: list) -> int:
    """Decimals to show: the curator's, else as many as the words give, else as the value needs."""
    if indicator.decimals is not None:
        return indicator.decimals
    if len(readings) == 1 and readings[0].kind == "digits" and indicator.value == readings[0].written:
        return readings[0].decimals
    value = float(indicator.value)
    if value.is_integer():
        return 0
    # Positional notation, never exponent form ("1e-05"): count what follows the point.
    return min(6, len(f"{value:.6f}".rstrip("0").split(".")[1]))


def check_what_readers_are_told(checker: Checker, entries: Entries, figures: list[Figure]) -> None:
    """What would mislead a reader though every figure is right: citations with no address to open, and a
    front page that leads with figures nobody chose."""
    release = entries.release
    if release is not None and not release.source_url and "source_url" not in release.to_confirm:
        checker.problem(
            ("release",),
            "the release has no `source_url`: every citation would cite a release a reader cannot open; add the "
            "address where it was published (http or https)",
            severity="warning",
            code=NO_ADDRESS,
        )
    shown = [f for f in figures if not f.indicator.pending]
    if shown and not any(f.headline for f in shown):
        picked = ", ".join(f.id for f in leading(shown, HEADLINES_WITHOUT_FLAGS) if needs_no_caveat(f))
        checker.problem(
            ("indicators",),
            f"no figure is marked `headline: true`, so the overview leads with the lead rule's picks ({picked or 'none'}), "
            "which nobody chose; mark the figures the briefing leads with `headline: true`",
            severity="warning",
            code=NO_HEADLINE,
        )


def check_to_confirm(checker: Checker, entries: Entries) -> None:
    """Facts the drafter could not read stand as placeholders until a curator confirms them."""
    release = entries.release
    if release is not None and release.to_confirm:
        facts = ", ".join(release.to_confirm)
        checker.problem(
            ("release", "to_confirm"),
            f"the release's {facts} could not be read from its text and are placeholders: confirm each (write the "
            "fact as the release gives it), then remove it from `to_confirm`",
            severity="warning",
            code=TO_CONFIRM,
        )


def check_pending(checker: Checker, entries: Entries) -> None:
    """A draft validates, so it can be reviewed; `--strict` (CI, publishing) refuses what no one has reviewed."""
    pending = [(index, i) for index, i in entries.indicators if i.pending]
    if pending:
        index, first = pending[0]
        checker.problem(
            ("indicators", index, "review"),
            f"{len(pending)} figure(s) pending review, held back from readers (the first: {first.id}); review them "
            f"with `python -m indicators review {checker.path}`",
            first.id,
            severity="warning",
            code=PENDING_REVIEW,
        )


# Stage: coverage --------------------------------------------------------------------------------


def check_coverage(checker: Checker, source: SourceText, figures: list[Figure], exclusions: list) -> None:
    """Warn about every number in the release that no figure states and no exclusion explains."""
    stated = [figure.words_span for figure in figures]
    for span, token in source.uncovered_numbers(stated, [exclusion.words for _, exclusion in exclusions]):
        context = source.paragraphs[span.paragraph].text[max(0, span.start - 40) : span.end + 40]
        checker.problem(
            ("indicators",),
            f'the release states {token!r} ("…{normalise(context)}…") but no indicator\'s figure covers it: '
            "add an indicator, or list the words under `not_figures` with a reason",
            severity="warning",
            code=UNCOVERED,
        )


def _with_corrections(figures: list[Figure], corrections: list[Correction]) -> list[Figure]:
    """Each figure with the corrections made to it, under its present id or any id it had before."""
    renamed = renames(corrections)
    result = []
    for figure in figures:
        ids = former_ids(figure.id, renamed)
        mine = tuple(c for c in corrections if c.figure_id in ids)
        result.append(replace(figure, corrections=mine) if mine else figure)
    return result
