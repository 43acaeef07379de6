"""The dataset's schema: pydantic models, the one source of truth (JSON Schema is exported from them).

Field names under "required" in the dataset issue are a contract other tools rely on; every other
field is optional, with a default or an inference, so a file with only the required fields validates.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import Enum
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
Slug = Annotated[
    str,
    Field(pattern=SLUG_PATTERN, max_length=80, description="Lower-case words joined by hyphens; safe in a URL."),
]
Text = Annotated[str, Field(min_length=1)]


class Strict(BaseModel):
    # Unknown keys are refused: a misspelt optional field ("headlne") would otherwise vanish silently.
    model_config = ConfigDict(extra="forbid", frozen=True)


def _iso_date(value: str) -> str:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{value!r} is not a date written YYYY-MM-DD") from None
    return value


class Kind(str, Enum):
    count = "count"
    amount = "amount"
    percent = "percent"
    rank = "rank"
    rate = "rate"
    duration = "duration"
    length = "length"


class Release(Strict):
    id: Slug
    title: Text = Field(description="The release's own title.")
    publisher: Text
    date: str = Field(description='The briefing\'s date, quoted: "2020-08-13".')
    source_text: Text = Field(description="The release text, relative to the YAML file.")
    published: str | None = Field(None, description="When the release was published, if not on `date`.")
    district: str | None = None
    url: str | None = Field(None, description="Where the release was published.")
    language: str = "en"

    @field_validator("date", "published")
    @classmethod
    def _check_dates(cls, value: str | None) -> str | None:
        return value if value is None else _iso_date(value)

    @field_validator("source_text")
    @classmethod
    def _relative_path(cls, value: str) -> str:
        # The source must sit beside the data: an absolute or escaping path could read any file.
        if value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value) or ".." in re.split(r"[\\/]", value):
            raise ValueError(f"{value!r} must be a path inside the data folder, relative to the YAML file")
        return value


class Pillar(Strict):
    id: Slug
    title: Text
    summary: str = ""


class Indicator(Strict):
    id: Slug
    label: Text = Field(description="Clean words for the figure (the quote keeps the release's typos).")
    value: float | int
    unit: Text = Field(description='Plural words ("projects", "billion yuan") or "%".')
    pillar: Slug
    quote: Text = Field(description="The whole sentence that states the figure, verbatim, typos included.")
    figure: Text = Field(description="The exact words in `quote` that state `value`.")
    section: str | None = Field(None, description='Release part and paragraph, e.g. "I.1"; inferred when absent.')
    headline: bool = False
    kind: Kind | None = Field(None, description="Inferred from the unit when absent.")
    decimals: int | None = Field(None, ge=0, le=6, description="Inferred from the figure words when absent.")
    derived: bool = Field(False, description="True when the release implies the value rather than states it.")
    note: str | None = Field(None, description="How a derived value was derived, or any caveat.")
    qualifier: str | None = Field(None, description='Words that bound the value: "more than", "at least".')
    field: str | None = Field(None, description='For ranks: the words after the place, e.g. "in the city".')

    @field_validator("value", mode="before")
    @classmethod
    def _a_number(cls, value: object) -> object:
        # YAML reads `yes` as True and "78" stays text: neither is a number a reader should see.
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            # pydantic reports ValueError, not TypeError, as a validation problem
            raise ValueError(f"value must be a number written in digits, not {value!r}")  # noqa: TRY004
        return value

    @field_validator("value")
    @classmethod
    def _finite(cls, value: float) -> float:
        if not math.isfinite(value):
            raise ValueError("value must be a finite number")
        return value

    @model_validator(mode="after")
    def _derived_needs_note(self) -> Indicator:
        if self.derived and not (self.note or "").strip():
            raise ValueError("a derived value needs a `note` saying how it was derived")
        return self


class Chart(Strict):
    id: Slug
    title: Text
    indicators: list[Slug] = Field(min_length=2, description="Two or more comparable figures (same unit).")
    note: str | None = None


class Exclusion(Strict):
    words: Text = Field(description="Words in the release holding a number that is not a figure.")
    reason: Text


class Dataset(Strict):
    release: Release
    pillars: list[Pillar] = Field(min_length=1)
    indicators: list[Indicator]
    charts: list[Chart] = []
    not_figures: list[Exclusion] = Field(
        [], description="Numbers in the release that are not figures (dates, names), each with a reason."
    )


def json_schema() -> dict:
    schema = Dataset.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Indicators dataset"
    return schema
