"""The figures as a table: search, filters and downloads (CSV, JSON, XLSX), each row citable, in the reader's
language (its column names and texts; the values and ids are the same in every language)."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from dataclasses import dataclass

import pandas as pd

from indicators.view.briefing import BriefingView
from indicators.view.language import N_

# Each column, named for code in every file; CSV and XLSX give readers in Chinese their names in Chinese (the
# catalogs translate these names, which English readers read as they are).
COLUMNS = (
    N_("id"),
    N_("label"),
    N_("value"),
    N_("value_to"),
    N_("unit"),
    N_("qualifier"),
    N_("display"),
    N_("derived"),
    N_("stated_as"),
    N_("pillar"),
    N_("section"),
    N_("figure_words"),
    N_("sentence"),
    N_("note"),
    N_("last_revised"),
    N_("source"),
    N_("release_id"),
    N_("briefing_date"),
)
EXCEL_CELL_LIMIT = 32_767  # characters a spreadsheet cell holds; the validator keeps every text far under it


def _number(value: float | None) -> float | int | None:
    """78 stays 78 in every file (never 78.0); 86.24 stays 86.24."""
    if value is None:
        return None
    return int(value) if float(value).is_integer() else value


def figures_frame(briefing: BriefingView) -> pd.DataFrame:
    """One row per figure, in release order, with its sentence and the release citation (with its address)."""
    rows = []
    for view in briefing.figures:
        rows.append(
            {
                "id": view.id,
                "label": view.label,
                "value": _number(view.number),
                "value_to": _number(view.number_to),
                "unit": view.unit if briefing.language.chinese and view.translated else view.data_unit,
                "qualifier": view.qualifier,
                "display": view.marked,
                "derived": view.derived,
                "stated_as": view.stated_as,
                "pillar": view.pillar_title,
                "section": view.section,
                "figure_words": view.words,
                "sentence": view.sentence,
                "note": view.note,
                "last_revised": view.revision.iso if view.revision else "",
                "source": briefing.citation,
                "release_id": view.release_id,  # which briefing the row comes from, in a library of many
                "briefing_date": briefing.iso_date,
            }
        )
    frame = pd.DataFrame(rows, columns=list(COLUMNS))
    # Whole numbers stay whole: columns of Python numbers (objects), so pandas never writes 78 as 78.0.
    for column in ("value", "value_to"):
        frame[column] = pd.Series([row[column] for row in rows], index=frame.index, dtype=object)
    return frame


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


SOURCE_FIELDS = (N_("release"), N_("publisher"), N_("date"), N_("address"), N_("citation"))


def _for_readers(frame: pd.DataFrame, briefing: BriefingView) -> pd.DataFrame:
    gettext = briefing.language.gettext
    return frame.rename(columns={key: gettext(key) for key in COLUMNS})


@dataclass(frozen=True)
class DataFormat:
    """A download of the figures: every place that offers data files lists these."""

    label: str
    suffix: str
    mime: str
    build: Callable[[pd.DataFrame, BriefingView], bytes]


def csv_bytes(frame: pd.DataFrame, briefing: BriefingView) -> bytes:
    # A byte-order mark so Excel opens the Chinese names and curly quotes as UTF-8.
    return _for_readers(_inert(frame), briefing).to_csv(index=False).encode("utf-8-sig")


def json_bytes(frame: pd.DataFrame, briefing: BriefingView) -> bytes:
    document = {
        "release": {
            "id": briefing.release_id,
            "language": briefing.language.tag,
            "title": briefing.title,
            "publisher": briefing.publisher,
            "date": briefing.iso_date,
            "published": briefing.release.info.published,
            "source_url": briefing.source_url,
            "citation": briefing.citation,
        },
        "figures": json.loads(frame.to_json(orient="records", force_ascii=False)),
        "corrections": [
            {"date": c.iso, "figure": c.figure_id, "change": c.kind, "what": c.what, "reason": c.reason}
            for c in briefing.corrections
        ],
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame, briefing: BriefingView) -> bytes:
    buffer = io.BytesIO()
    gettext = briefing.language.gettext
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _for_readers(_inert(frame), briefing).to_excel(writer, sheet_name="figures", index=False)
        about = pd.DataFrame(
            {
                "field": [gettext(name) for name in SOURCE_FIELDS],
                "value": [
                    briefing.title,
                    briefing.publisher,
                    briefing.iso_date,
                    briefing.source_url or "",
                    briefing.citation,
                ],
            }
        )
        about.to_excel(writer, sheet_name="source", index=False)
    return buffer.getvalue()


DATA_FORMATS = (
    DataFormat(N_("CSV"), "csv", "text/csv", csv_bytes),
    DataFormat(N_("JSON"), "json", "application/json", json_bytes),
    DataFormat(
        N_("Excel (XLSX)"), "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx_bytes
    ),
)
