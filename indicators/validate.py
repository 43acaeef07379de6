"""Load and check a dataset, reporting every problem in one run with its file, line and indicator id."""

from __future__ import annotations

import os
import threading
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ValidationError

from .models import Chart, Dataset, Exclusion, Indicator, Kind, Pillar, Release
from .numbers import check_value, read_numbers
from .source import SourceText, Span, normalise
from .yamlsafe import Document, YamlError, parse, read_text

DEFAULT_PATH = Path("data/indicators.yaml")
ENV_VAR = "INDICATORS_FILE"
_TOP_LEVEL = {"release": Release, "pillars": Pillar, "indicators": Indicator, "charts": Chart,
              "not_figures": Exclusion}  # fmt: skip


def default_path() -> Path:
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)


@dataclass(frozen=True, order=True)
class Problem:
    line: int | None
    message: str = field(compare=False)
    file: str = field(default="", compare=False)
    id: str | None = field(default=None, compare=False)
    column: int | None = field(default=None, compare=False)
    severity: str = field(default="error", compare=False)  # "error" or "warning"

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "") + (f":{self.column}" if self.column else "")
        who = f" [{self.id}]" if self.id else ""
        return f"{where}: {self.severity}{who}: {self.message}"


class DataError(Exception):
    """The data cannot be used; ``problems`` lists every reason."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        errors = [p for p in problems if p.severity == "error"]
        super().__init__("\n".join(str(p) for p in errors) or "invalid data")


@dataclass(frozen=True)
class Figure:
    """One indicator with what the release text tells about it (section, sentence position, kind)."""

    indicator: Indicator
    kind: Kind
    decimals: int
    section: str | None
    heading: str | None
    quote_span: Span
    figure_span: Span

    def __getattr__(self, name: str):  # figure.label, figure.value, ... read through to the indicator
        if name.startswith("__") or name == "indicator":  # not yet set while unpickling
            raise AttributeError(name)
        return getattr(self.indicator, name)


@dataclass
class Briefing:
    """A validated dataset with its source text: everything the dashboard and exports need."""

    path: Path
    dataset: Dataset
    source: SourceText
    figures: list[Figure]
    warnings: list[Problem]

    def __post_init__(self):
        self.by_id = {figure.id: figure for figure in self.figures}
        self.pillars_by_id = {pillar.id: pillar for pillar in self.dataset.pillars}
        self._memo: dict = {}
        self._memo_lock = threading.Lock()

    def memo(self, key: tuple, build):
        """``build()`` once per key for this data version; the result is shared, so treat it as read-only.

        The dashboard keeps one Briefing per file version for all sessions, so charts built here are
        built once, not on every rerun of every reader's script.
        """
        with self._memo_lock:
            if key not in self._memo:
                self._memo[key] = build()
            return self._memo[key]

    def __getstate__(self):
        state = dict(self.__dict__)
        state.pop("_memo_lock", None)
        state["_memo"] = {}
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self._memo_lock = threading.Lock()

    def figures_in(self, pillar_id: str) -> list[Figure]:
        """The pillar's figures, in release order."""
        return [figure for figure in self.figures if figure.pillar == pillar_id]

    @property
    def release(self) -> Release:
        return self.dataset.release


def infer_kind(unit: str) -> Kind:
    words = unit.lower().replace("-", " ").split()
    if unit.strip() == "%":
        return Kind.percent
    if {"yuan", "dollars", "usd", "rmb", "euros"} & set(words):
        return Kind.amount
    if words[:1] in (["rank"], ["place"], ["position"]):
        return Kind.rank
    if "per" in words:
        return Kind.rate
    if {"years", "months", "weeks", "days", "hours"} & set(words):
        return Kind.duration
    if {"kilometres", "kilometers", "km", "metres", "meters", "miles", "inches", "centimetres"} & set(words):
        return Kind.length
    return Kind.count


def _decimals(indicator: Indicator) -> int:
    if indicator.decimals is not None:
        return indicator.decimals
    readings = read_numbers(indicator.figure)
    if len(readings) == 1 and readings[0].kind == "digits" and indicator.value == readings[0].written:
        return readings[0].decimals
    text = repr(float(indicator.value))
    return 0 if text.endswith(".0") else len(text.split(".")[1])


class _Checker:
    def __init__(self, path: Path, document: Document):
        self.path = path
        self.file = str(path)
        self.document = document
        self.problems: list[Problem] = []

    def problem(self, doc_path: tuple, message: str, id: str | None = None, severity: str = "error"):
        self.problems.append(Problem(self.document.line_of(doc_path), message, self.file, id, None, severity))

    def model(self, model: type[BaseModel], raw: object, doc_path: tuple, id: str | None):
        try:
            return model.model_validate(raw)
        except ValidationError as error:
            for item in error.errors(include_url=False):
                loc = tuple(item["loc"])
                name = ".".join(str(part) for part in loc)
                message = item["msg"]
                if item["type"] == "missing":
                    message = f"`{name}` is required"
                elif item["type"] == "extra_forbidden":
                    message = f"`{name}` is not a known field; check its spelling (see schema/indicators.schema.json)"
                elif item["type"] == "string_pattern_mismatch":
                    message = f"`{name}` must be lower-case words joined by hyphens (a URL-safe slug), not {item['input']!r}"
                else:
                    message = message.removeprefix("Value error, ")
                    message = f"`{name}`: {message}" if name else message
                self.problem(doc_path + loc, message, id)
            return None

    def items(self, key: str, raw: dict) -> list:
        value = raw.get(key, [])
        if value is None:
            return []
        if not isinstance(value, list):
            self.problem((key,), f"`{key}` must be a list (each entry starting with '- ')")
            return []
        models = []
        for index, item in enumerate(value):
            id = item.get("id") if isinstance(item, dict) and isinstance(item.get("id"), str) else None
            if not isinstance(item, dict):
                self.problem((key, index), f"entry {index + 1} of `{key}` must be a mapping of fields", id)
                continue
            model = self.model(_TOP_LEVEL[key], item, (key, index), id)
            if model is not None:
                models.append((index, model))
        return models


def check(path: Path | str) -> tuple[Briefing | None, list[Problem]]:
    """Every problem with the dataset at ``path``; the Briefing too when there is no error."""
    path = Path(path)
    try:
        document = parse(read_text(path))
    except YamlError as error:
        return None, [Problem(error.line, error.message, str(path), None, error.column)]
    checker = _Checker(path, document)
    for doc_path, line, message in document.problems:
        checker.problems.append(Problem(line, message, str(path)))
    raw = document.data
    for key in raw:
        if key not in _TOP_LEVEL:
            checker.problem((key,), f"unknown top-level key {key!r}; expected one of {', '.join(_TOP_LEVEL)}")
    for key in ("release", "pillars", "indicators"):
        if key not in raw:
            checker.problems.append(Problem(1, f"`{key}` is required at the top level", str(path)))
    release = None
    if isinstance(raw.get("release"), dict):
        release = checker.model(Release, raw["release"], ("release",), None)
    elif "release" in raw:
        checker.problem(("release",), "`release` must be a mapping with id, title, publisher, date, source_text")
    pillars = checker.items("pillars", raw)
    indicators = checker.items("indicators", raw)
    charts = checker.items("charts", raw)
    exclusions = checker.items("not_figures", raw)

    _check_unique(checker, "pillars", pillars)
    _check_unique(checker, "indicators", indicators)
    _check_unique(checker, "charts", charts)
    pillar_ids = {p.id for _, p in pillars}
    indicator_by_id = {i.id: i for _, i in indicators}
    for index, indicator in indicators:
        if indicator.pillar not in pillar_ids:
            checker.problem(("indicators", index, "pillar"), f"pillar {indicator.pillar!r} is not defined under "
                            f"`pillars` (known: {', '.join(sorted(pillar_ids)) or 'none'})", indicator.id)  # fmt: skip
        agreement = None if indicator.derived else check_value(indicator.value, indicator.unit, indicator.figure)
        if agreement is not None and not agreement.ok:
            checker.problem(("indicators", index, "value"), agreement.problem, indicator.id)
    for index, chart in charts:
        _check_chart(checker, index, chart, indicator_by_id)

    source = _read_source(checker, path, release)
    figures = []
    if source is not None:
        figures = _check_against_source(checker, source, indicators, exclusions)
        if not any(p.severity == "error" for p in checker.problems):  # gaps mean little while figures are broken
            _check_coverage(checker, source, figures, exclusions)

    errors = [p for p in checker.problems if p.severity == "error"]
    problems = sorted(checker.problems, key=lambda p: (p.line or 0))
    if errors or release is None:
        return None, problems
    dataset = Dataset.model_construct(
        release=release,
        pillars=[p for _, p in pillars],
        indicators=[i for _, i in indicators],
        charts=[c for _, c in charts],
        not_figures=[e for _, e in exclusions],
    )
    return Briefing(path, dataset, source, figures, problems), problems


def load(path: Path | str | None = None) -> Briefing:
    """The validated dataset at ``path`` (default: $INDICATORS_FILE or data/indicators.yaml)."""
    briefing, problems = check(path or default_path())
    if briefing is None:
        raise DataError(problems)
    return briefing


def _check_unique(checker: _Checker, key: str, items: list) -> None:
    counts = Counter(model.id for _, model in items)
    seen: set[str] = set()
    for index, model in items:
        if counts[model.id] > 1 and model.id in seen:
            checker.problem((key, index, "id"), f"id {model.id!r} is used more than once in `{key}`; ids must be unique",
                            model.id)  # fmt: skip
        seen.add(model.id)


def _check_chart(checker: _Checker, index: int, chart: Chart, indicator_by_id: dict) -> None:
    members = []
    for position, member in enumerate(chart.indicators):
        if member not in indicator_by_id:
            checker.problem(("charts", index, "indicators", position),
                            f"chart {chart.id!r} names indicator {member!r}, which does not exist", chart.id)  # fmt: skip
        else:
            members.append(indicator_by_id[member])
    if len(set(chart.indicators)) != len(chart.indicators):
        checker.problem(("charts", index, "indicators"), f"chart {chart.id!r} lists an indicator twice", chart.id)
    units = sorted({member.unit for member in members})
    if len(units) > 1:
        checker.problem(("charts", index, "indicators"), f"chart {chart.id!r} mixes units ({', '.join(units)}); "
                        "a chart compares figures in one unit only", chart.id)  # fmt: skip


def _read_source(checker: _Checker, path: Path, release: Release | None) -> SourceText | None:
    if release is None:
        return None
    source_path = path.parent / release.source_text
    try:
        return SourceText(read_text(source_path))
    except YamlError as error:  # read_text's messages are about the file, whatever it holds
        checker.problem(("release", "source_text"), f"the release text {source_path}: {error.message}")
        return None


def _check_against_source(checker: _Checker, source: SourceText, indicators: list, exclusions: list) -> list[Figure]:
    figures = []
    for index, indicator in indicators:
        quote_span = source.find(indicator.quote)
        if quote_span is None:
            checker.problem(("indicators", index, "quote"), "the quote is not in the release text verbatim "
                            "(whitespace aside); copy the sentence exactly, typos included", indicator.id)  # fmt: skip
            continue
        if not source.is_whole_sentence(quote_span):
            checker.problem(("indicators", index, "quote"), "the quote is part of a sentence; quote the whole "
                            "sentence it stands in", indicator.id)  # fmt: skip
        figure_span = source.figure_span(indicator.quote, indicator.figure)
        if figure_span is None:
            checker.problem(("indicators", index, "figure"), f"the figure words {indicator.figure!r} are not in "
                            "the quote; copy them exactly from it", indicator.id)  # fmt: skip
            continue
        section = source.section_of(quote_span)
        if indicator.section is not None and indicator.section != section:
            checker.problem(("indicators", index, "section"), f"section {indicator.section!r} disagrees with the "
                            f"release, where this sentence stands in {section or 'no numbered section'!r}",
                            indicator.id)  # fmt: skip
        figures.append(Figure(indicator, indicator.kind or infer_kind(indicator.unit), _decimals(indicator),
                              indicator.section or section, source.heading_of(quote_span), quote_span,
                              figure_span))  # fmt: skip
    for index, exclusion in exclusions:
        if not source.occurrences(exclusion.words):
            checker.problem(("not_figures", index, "words"), f"{exclusion.words!r} is not in the release text; "
                            "copy the words exactly or remove the entry")  # fmt: skip
    return figures


def _check_coverage(checker: _Checker, source: SourceText, figures: list[Figure], exclusions: list) -> None:
    """Warn about every number in the release that no figure states and no exclusion explains."""
    covered: dict[int, list[tuple[int, int]]] = {}
    for figure in figures:
        covered.setdefault(figure.figure_span.paragraph, []).append((figure.figure_span.start, figure.figure_span.end))
    for _, exclusion in exclusions:
        for span in source.occurrences(exclusion.words):
            covered.setdefault(span.paragraph, []).append((span.start, span.end))
    for span, token in source.number_tokens():
        if not any(start <= span.start and span.end <= end for start, end in covered.get(span.paragraph, ())):
            context = source.paragraphs[span.paragraph].text[max(0, span.start - 40) : span.end + 40]
            checker.problem(("indicators",), f"the release states {token!r} (\"…{normalise(context)}…\") but no "
                            "indicator's figure covers it: add an indicator, or list the words under "
                            "`not_figures` with a reason", severity="warning")  # fmt: skip
