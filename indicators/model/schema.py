"""The dataset's schema: pydantic models, the one source of truth (JSON Schema is exported from them).

Field names under "required" in the dataset issue are a contract other tools rely on; every other
field is optional, with a default or an inference, so a file with only the required fields validates.
The YAML keeps its historic key `figure` for the words that state a value; in code it is `words`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from enum import Enum
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from indicators.reading.numbers import is_percent_unit

SLUG_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
MAX_ID_LENGTH = 80  # an id is part of every address it appears in: short enough to read and to type
Slug = Annotated[
    str,
    Field(
        pattern=SLUG_PATTERN, max_length=MAX_ID_LENGTH, description="Lower-case words joined by hyphens; safe in a URL."
    ),
]
Text = Annotated[str, Field(min_length=1)]
# What a reader can use, on a tile, a slide, a link preview and a spreadsheet cell (which holds 32,767 at most): a
# label reads in a line or two, a sentence is one sentence of a release. The validator refuses longer texts.
LIMITS = {
    "label": 200,
    "unit": 60,
    "qualifier": 40,
    "field": 120,
    "note": 600,
    "quote": 2000,
    "figure": 300,
    "title": 300,
    "pillar": 160,
    "summary": 400,
    "what": 600,
    "reason": 600,
    "words": 300,
    "publisher": 200,
    "measure": 120,
    "scope": 120,
    "period": 120,
}


def limited(name: str, required: bool = True):
    """A text of the data, held to what a reader can use (LIMITS)."""
    return Annotated[str, Field(min_length=1 if required else 0, max_length=LIMITS[name])]


IsoDate = Annotated[str, Field(description='A date written "YYYY-MM-DD", quoted.')]


class Strict(BaseModel):
    # Unknown keys are refused: a misspelt optional field ("headlne") would otherwise vanish silently.
    model_config = ConfigDict(extra="forbid", frozen=True)


# Printable ASCII an address may hold as it is; anything else (a space, a quote, <>, a control or a right-to-left
# override) is percent-encoded in a real address, so seen raw it is a mistake or an attack.
_ADDRESS = re.compile(r"[A-Za-z0-9\-._~:/?#\[\]@!$&'()*+,;=%]+")
_HOST = re.compile(
    r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)*[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\]"
)


def web_address(value: str) -> str:
    """An absolute http(s) address and nothing else: a host, no user name or password, no character a real address
    writes percent-encoded (spaces, quotes, <>, controls, right-to-left overrides)."""
    parts = urlsplit(value) if _ADDRESS.fullmatch(value) else None
    host = (
        (parts.netloc.rsplit(":", 1)[0] if parts and not parts.netloc.endswith("]") else parts.netloc) if parts else ""
    )
    if (
        parts is None
        or parts.scheme not in ("http", "https")
        or not value.lower().startswith(f"{parts.scheme}://")
        or "@" in parts.netloc
        or not _HOST.fullmatch(host)
    ):
        raise ValueError(
            f"{value!r} is not an absolute http(s) address (a host, then a path; no spaces, quotes, <>, user names or "
            "passwords): copy the release's address from the browser's address bar"
        )
    try:
        parts.port  # noqa: B018 - a port out of range raises
    except ValueError:
        raise ValueError(
            f"{value!r} is not an absolute http(s) address: its port is not a number from 1 to 65535"
        ) from None
    return value


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
    duration = "duration"  # time taken: "within five years"
    span = "span"  # a run of time: "for consecutively three years", "held for four years"
    length = "length"


PENDING = "pending"  # a drafted figure's `review` until a curator accepts it


Chinese = Annotated[str, Field(min_length=1, description="Simplified Chinese; Traditional is converted from it.")]


class ReleaseChinese(Strict):
    """The release in Chinese: the curators' translation of its names, and the Chinese release if there is one."""

    title: Chinese = Field(description="The release's title in Chinese (the Chinese release's own, if it has one).")
    publisher: Chinese
    district: str | None = Field(None, description='Whose figures these are, in Chinese: "宝山".')
    source_url: str | None = Field(None, description="The address of the Chinese release, if it was published.")

    @field_validator("source_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        return value if value is None else web_address(value)

    source_text: str | None = Field(None, description="The Chinese release's text, relative to the YAML file.")
    sections: dict[str, Chinese] = Field(
        {}, description='Each section\'s title in Chinese, by its code ("I.1"), as the release names it.'
    )


class ReleaseInfo(Strict):
    """The `release:` block: which release the figures come from, and where it was published."""

    id: Slug
    title: limited("title") = Field(description="The release's own title.")
    publisher: limited("publisher")
    date: IsoDate = Field(description='The briefing\'s date, quoted: "2020-08-13".')
    source_text: Text = Field(description="The release text, relative to the YAML file.")
    published: IsoDate | None = Field(None, description="When the release was published, if not on `date`.")
    district: str | None = Field(None, description='Whose figures these are, e.g. "Baoshan".')
    source_url: str | None = Field(None, description="The address where the release was published (http or https).")
    language: str = "en"
    languages: list[Literal["en", "zh"]] = Field(
        ["en"],
        description='The languages the briefing is shown in: "en", and "zh" (Simplified and Traditional Chinese) '
        "when every figure, pillar, chart and correction has its Chinese (`zh:`) texts, which the validator requires.",
    )
    zh: ReleaseChinese | None = None
    to_confirm: list[Literal["title", "publisher", "date", "published", "district", "source_url"]] = Field(
        [],
        description="Facts of the release the drafter could not read from its text (their values are placeholders): "
        "`validate --strict` and publishing refuse the file until a curator confirms each and empties the list.",
    )

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

    @field_validator("source_url")
    @classmethod
    def _http_url(cls, value: str | None) -> str | None:
        return value if value is None else web_address(value)


class PillarChinese(Strict):
    title: Chinese
    summary: str = ""


class Pillar(Strict):
    id: Slug
    title: limited("pillar")
    summary: limited("summary", False) = ""
    zh: PillarChinese | None = None


class FigureChinese(Strict):
    """A figure's texts in Chinese, written by the curators as a translation of the English release (never a
    machine's), reviewed as the figure is; the value stays the figure's own."""

    label: Chinese = Field(description='The label, every qualifier kept ("so far in 2020" is 2020年截至8月13日).')
    unit: str = Field("", description='The unit after the number: "个", "元", "人"; empty for "%" and ranks.')
    qualifier: str | None = Field(
        None, description='The bound in Chinese, when the shown one ("超过", "不超过", "约") should be other words.'
    )
    field: str | None = Field(None, description="For ranks: what is ranked among, in Chinese.")
    note: str | None = Field(None, description="The note, in Chinese.")
    quote: str | None = Field(
        None, description="The Chinese release's sentence, verbatim, if a Chinese release exists."
    )
    words: str | None = Field(None, alias="figure", description="The words in the Chinese sentence stating the value.")


class Indicator(Strict):
    id: Slug
    label: limited("label") = Field(
        description="Clean words for the figure, every qualifier kept (quotes keep the typos)."
    )
    value: float | int = Field(description="The number the words state; for a range, its lower end.")
    value_to: float | int | None = Field(
        None, description='For a range the release states ("15 to 20 kilometers"): its upper end. Never charted.'
    )
    unit: limited("unit") = Field(description='Plural words ("projects", "billion yuan") or "%".')
    pillar: Slug
    quote: limited("quote") = Field(description="The whole sentence that states the figure, verbatim, typos included.")
    words: limited("figure") = Field(alias="figure", description="The exact words in `quote` that state `value`.")
    section: str | None = Field(None, description='Release part and paragraph, e.g. "I.1"; inferred when absent.')
    headline: bool = Field(False, description="Lead with it: only a stated figure with no qualifier or note.")
    kind: Kind | None = Field(None, description="Inferred from the unit and the words when absent.")
    decimals: int | None = Field(None, ge=0, le=6, description="Inferred from the figure words when absent.")
    derived: bool = Field(False, description="True when the release implies the value rather than states it.")
    note: limited("note", False) | None = Field(None, description="How a derived value was derived, or any caveat.")
    qualifier: limited("qualifier", False) | None = Field(
        None, description='Words that bound the value: "more than", "at least", "within".'
    )
    field: limited("field", False) | None = Field(
        None, description='For ranks: what is ranked among, as the release says ("in the city").'
    )
    field_size: int | None = Field(
        None, ge=1, description="For ranks: how many were ranked, only when the release states it."
    )
    measure: str | None = Field(
        None, description='What the figure measures, shared by every figure on one chart ("traffic paths planned").'
    )
    scope: str | None = Field(
        None, description='Whose or where, when not the district alone ("citywide", "one project").'
    )
    period: str | None = Field(
        None, description='When, as the release says ("2020", "since 2016", "over 10 editions").'
    )
    series: Slug | None = Field(
        None,
        description="A name joining the figures of different briefings that state the same measure (same unit, kind, "
        "scope and measure; one figure per briefing), drawn over the briefings' dates.",
    )
    zh: FigureChinese | None = None
    review: str | None = Field(
        None,
        description='"pending" for a drafted figure no one has reviewed (never shown to readers; `validate --strict` '
        "refuses it); the date it was accepted, once reviewed.",
    )

    @field_validator("value", "value_to", mode="before")
    @classmethod
    def _a_number(cls, value: object) -> object:
        # YAML reads `yes` as True and "78" stays text: neither is a number a reader should see.
        if value is not None and (isinstance(value, bool) or not isinstance(value, (int, float))):
            # pydantic reports ValueError, not TypeError, as a validation problem
            raise ValueError(f"value must be a number written in digits, not {value!r}")
        return value

    @field_validator("review")
    @classmethod
    def _pending_or_a_date(cls, value: str | None) -> str | None:
        if value is None or value == PENDING:
            return value
        try:
            return _iso_date(value)
        except ValueError:
            raise ValueError(f'`review` is "{PENDING}" or the date the figure was accepted, not {value!r}') from None

    @property
    def pending(self) -> bool:
        return self.review == PENDING

    @field_validator("value", "value_to")
    @classmethod
    def _finite(cls, value: float | None) -> float | None:
        if value is not None and not math.isfinite(value):
            raise ValueError("value must be a finite number")
        return value

    @model_validator(mode="after")
    def _percent_kind_matches_unit(self) -> Indicator:
        # "is a percentage" is read from the kind everywhere: a `kind:` may not say otherwise than the unit.
        if self.kind is not None and (self.kind == Kind.percent) != is_percent_unit(self.unit):
            raise ValueError(
                f'`kind: {self.kind.value}` disagrees with the unit {self.unit!r}; a percentage has `unit: "%"` '
                "and `kind: percent` (or no `kind`)"
            )
        return self

    @model_validator(mode="after")
    def _derived_needs_note(self) -> Indicator:
        if self.derived and not (self.note or "").strip():
            raise ValueError("a derived value needs a `note` saying how it was derived")
        return self


class ChartForm(str, Enum):
    bars = "bars"  # one measure, compared across a few figures
    part_of_whole = "part-of-whole"  # parts drawn against a whole the release states
    ranks = "ranks"  # places on a ladder whose length the release states


class ChartChinese(Strict):
    measure: Chinese
    by: str | None = None
    note: str | None = None


class Chart(Strict):
    """A comparison the release supports: figures of one measure, unit, scope and period."""

    id: Slug
    measure: Text = Field(description="What every figure on the chart measures; each member states the same `measure`.")
    by: str | None = Field(
        None, description='What tells the figures apart ("direction"); the title reads "<measure>, by <by>".'
    )
    form: ChartForm = ChartForm.bars
    whole: Slug | None = Field(None, description="For part-of-whole: the figure stating the whole (never derived).")
    indicators: list[Slug] = Field(min_length=1, description="The figures compared (the parts, for part-of-whole).")
    note: str | None = None
    zh: ChartChinese | None = None

    @property
    def title(self) -> str:
        title = self.measure[:1].upper() + self.measure[1:]
        return f"{title}, by {self.by}" if self.by else title


class Exclusion(Strict):
    words: limited("words") = Field(description="Words in the release holding a number that is not a figure.")
    reason: limited("reason")


class CorrectionChinese(Strict):
    what: Chinese
    reason: Chinese


class Correction(Strict):
    """A change readers can see, as statistics offices publish revisions: what, when, why."""

    date: IsoDate
    # Written `figure:` in the YAML, as curators know it; in code it is the id it names.
    figure_id: Slug = Field(
        alias="figure", description="The figure's id as it was published (its old id, for a rename)."
    )
    change: Literal["revised", "renamed", "withdrawn"]
    renamed_to: Slug | None = Field(None, description="For a rename: the figure's id now.")
    what: limited("what") = Field(description="What changed, in a sentence a reader understands.")
    reason: limited("reason") = Field(description="Why, against the release's own words.")
    zh: CorrectionChinese | None = None

    @field_validator("date")
    @classmethod
    def _check_date(cls, value: str) -> str:
        return _iso_date(value)

    @model_validator(mode="after")
    def _rename_names_its_target(self) -> Correction:
        if (self.change == "renamed") != (self.renamed_to is not None):
            raise ValueError("`renamed_to` goes with `change: renamed`, and only with it")
        return self


class Dataset(Strict):
    release: ReleaseInfo
    pillars: list[Pillar] = Field(min_length=1)
    indicators: list[Indicator]
    charts: list[Chart] = []
    not_figures: list[Exclusion] = Field(
        [], description="Numbers in the release that are not figures (dates, names), each with a reason."
    )
    corrections: list[Correction] = Field([], description="Every change to a published figure, oldest first.")


SCHEMA_PATH = Path(__file__).resolve().parents[2] / "schema" / "indicators.schema.json"


def json_schema() -> dict:
    schema = Dataset.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "Indicators dataset"
    return schema
