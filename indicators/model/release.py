"""The loaded release: the validated dataset, its text, and each figure with what the text tells about it.

`validate.check()` builds a Release only when the data has no error, so everything here may assume
valid data: every figure's words stand in its sentence, every id is unique, every chart passed its rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from indicators.model.schema import Chart, Correction, Dataset, Indicator, Kind, Pillar, ReleaseInfo
from indicators.reading.numbers import is_percent_unit
from indicators.reading.problems import Problem
from indicators.reading.source import SourceText, Span


@dataclass(frozen=True)
class Figure:
    """One indicator with what the release text tells about it.

    `kind`, `decimals` and `section` are resolved: the curator's value where the YAML gives one, else what
    the unit, the words and the release's numbering imply (`indicator.kind` and the like stay as written).
    Every other field reads the indicator's, named here so grep and a type checker see them.
    """

    indicator: Indicator
    kind: Kind
    decimals: int
    section: str | None
    heading: str | None
    quote_span: Span
    words_span: Span
    stated_as: str = "digits"  # how the words give the number: digits, words, fraction, ordinal, ...
    corrections: tuple[Correction, ...] = ()  # every published change to it, oldest first

    @property
    def id(self) -> str:
        return self.indicator.id

    @property
    def label(self) -> str:
        return self.indicator.label

    @property
    def value(self) -> float | int:
        return self.indicator.value

    @property
    def value_to(self) -> float | int | None:
        return self.indicator.value_to

    @property
    def unit(self) -> str:
        return self.indicator.unit

    @property
    def pillar(self) -> str:
        return self.indicator.pillar

    @property
    def quote(self) -> str:
        return self.indicator.quote

    @property
    def words(self) -> str:
        return self.indicator.words

    @property
    def headline(self) -> bool:
        return self.indicator.headline

    @property
    def derived(self) -> bool:
        return self.indicator.derived

    @property
    def note(self) -> str | None:
        return self.indicator.note

    @property
    def qualifier(self) -> str | None:
        return self.indicator.qualifier

    @property
    def field(self) -> str | None:
        return self.indicator.field

    @property
    def field_size(self) -> int | None:
        return self.indicator.field_size

    @property
    def measure(self) -> str | None:
        return self.indicator.measure

    @property
    def scope(self) -> str | None:
        return self.indicator.scope

    @property
    def period(self) -> str | None:
        return self.indicator.period

    @property
    def last_revised(self) -> Correction | None:
        return self.corrections[-1] if self.corrections else None


@dataclass
class Release:
    """A validated dataset with its source text: everything the dashboard and exports need."""

    path: Path
    dataset: Dataset
    source: SourceText
    figures: list[Figure]
    warnings: list[Problem] = field(default_factory=list)
    version: str = ""  # changes whenever the YAML or the release text changes: the key for every cache
    held_back: int = 0  # figures pending review: in the file, never shown to readers

    @property
    def info(self) -> ReleaseInfo:
        return self.dataset.release

    @property
    def pillars(self) -> list[Pillar]:
        return self.dataset.pillars

    @property
    def charts(self) -> list[Chart]:
        return self.dataset.charts

    @property
    def corrections(self) -> list[Correction]:
        return self.dataset.corrections

    @cached_property
    def by_id(self) -> dict[str, Figure]:
        return {figure.id: figure for figure in self.figures}

    @cached_property
    def pillars_by_id(self) -> dict[str, Pillar]:
        return {pillar.id: pillar for pillar in self.pillars}

    def figures_in(self, pillar_id: str) -> list[Figure]:
        """The pillar's figures, in the order the data lists them."""
        return [figure for figure in self.figures if figure.pillar == pillar_id]

    def same_sentence(self, figure: Figure) -> list[Figure]:
        """The other figures stated in the figure's sentence."""
        return [f for f in self.figures if f.quote_span == figure.quote_span and f.id != figure.id]

    def source_path(self) -> Path:
        return self.path.parent / self.info.source_text


def infer_kind(unit: str, words: str = "", qualifier: str | None = None) -> Kind:
    """The kind a unit (and the words stating it) implies; a curator's `kind` overrides it."""
    tokens = set(unit.lower().replace("-", " ").split())
    if is_percent_unit(unit):
        return Kind.percent
    if tokens & {"yuan", "dollars", "usd", "rmb", "euros"}:
        return Kind.amount
    if unit.lower().split()[:1] in (["rank"], ["place"], ["position"]):
        return Kind.rank
    if "per" in tokens:
        return Kind.rate
    if tokens & {"years", "months", "weeks", "days", "hours"}:
        # "within five years" is time taken; "for three years", "consecutively" is a run of years.
        said = f"{qualifier or ''} {words}".lower()
        if "within" in said or " in " in f" {said} ":
            return Kind.duration
        return Kind.span
    if tokens & {"kilometres", "kilometers", "km", "metres", "meters", "miles", "inches", "centimetres"}:
        return Kind.length
    return Kind.count
