"""The figures as a table: search, filters and downloads (CSV, JSON, XLSX), each row citable."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from indicators.model.release import Release
from indicators.view.citations import release_citation
from indicators.view.figure_view import view_of

COLUMNS = [
    "id",
    "label",
    "value",
    "value_to",
    "unit",
    "qualifier",
    "display",
    "pillar",
    "section",
    "figure_words",
    "sentence",
    "derived",
    "note",
    "last_revised",
    "source",
    "release_id",
    "briefing_date",
]


def figures_frame(release: Release) -> pd.DataFrame:
    """One row per figure, in release order, with its sentence and the release citation (with its address)."""
    citation = release_citation(release.info)
    titles = {p.id: p.title for p in release.pillars}
    rows = []
    for figure in release.figures:
        view = view_of(figure)
        rows.append(
            {
                "id": view.id,
                "label": view.label,
                "value": figure.value,
                "value_to": figure.value_to,
                "unit": figure.unit,
                "qualifier": figure.qualifier or "",
                "display": view.full,
                "pillar": titles[figure.pillar],
                "section": view.section,
                "figure_words": view.words,
                "sentence": view.sentence,
                "derived": view.derived,
                "note": view.note,
                "last_revised": view.revised.date if view.revised else "",
                "source": citation,
                "release_id": release.info.id,  # which briefing the row comes from, in a library of many
                "briefing_date": release.info.date,
            }
        )
    return pd.DataFrame(rows, columns=COLUMNS)


def filter_frame(frame: pd.DataFrame, text: str = "", pillars=(), sections=(), units=()) -> pd.DataFrame:
    """Rows matching every filter; ``text`` matches label, words or sentence, case-insensitively."""
    mask = pd.Series(True, index=frame.index)
    for word in text.lower().split():
        haystack = frame["label"] + " " + frame["sentence"] + " " + frame["id"] + " " + frame["display"]
        mask &= haystack.str.lower().str.contains(word, regex=False)
    if pillars:
        mask &= frame["pillar"].isin(pillars)
    if sections:
        mask &= frame["section"].isin(sections)
    if units:
        mask &= frame["unit"].isin(units)
    return frame[mask]


_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _inert(frame: pd.DataFrame) -> pd.DataFrame:
    """Text a spreadsheet would run as a formula ("=HYPERLINK(...)") gets a leading apostrophe (OWASP)."""

    def cell(value):
        return f"'{value}" if isinstance(value, str) and value.startswith(_FORMULA_START) else value

    return frame.apply(lambda column: column.map(cell) if pd.api.types.is_string_dtype(column) else column)


@dataclass(frozen=True)
class DataFormat:
    """A download of the figures: every place that offers data files lists these."""

    label: str
    suffix: str
    mime: str
    build: Callable[[pd.DataFrame, Release], bytes]


def csv_bytes(frame: pd.DataFrame, release: Release | None = None) -> bytes:
    # A byte-order mark so Excel opens the Chinese names and curly quotes as UTF-8.
    return _inert(frame).to_csv(index=False).encode("utf-8-sig")


def json_bytes(frame: pd.DataFrame, release: Release) -> bytes:
    info = release.info
    document = {
        "release": {
            "id": info.id,
            "title": info.title,
            "publisher": info.publisher,
            "date": info.date,
            "published": info.published,
            "source_url": info.source_url,
            "citation": release_citation(info),
        },
        "figures": json.loads(frame.to_json(orient="records", force_ascii=False)),
        "corrections": [correction.model_dump() for correction in release.corrections],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame, release: Release) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _inert(frame).to_excel(writer, sheet_name="figures", index=False)
        info = release.info
        about = pd.DataFrame(
            {
                "field": ["release", "publisher", "date", "address", "citation"],
                "value": [info.title, info.publisher, info.date, info.source_url or "", release_citation(info)],
            }
        )
        about.to_excel(writer, sheet_name="source", index=False)
    return buffer.getvalue()


DATA_FORMATS = (
    DataFormat("CSV", "csv", "text/csv", csv_bytes),
    DataFormat("JSON", "json", "application/json", json_bytes),
    DataFormat("Excel (XLSX)", "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes),
)
