"""The figures as a table: search, filters and downloads (CSV, JSON, XLSX), each row citable."""

from __future__ import annotations

import io
import json

import pandas as pd

from .formatting import full_text, release_citation
from .validate import Briefing

COLUMNS = ["id", "label", "value", "unit", "qualifier", "display", "pillar", "section", "figure_words", "sentence",
           "derived", "note", "source"]  # fmt: skip


def figures_frame(briefing: Briefing) -> pd.DataFrame:
    """One row per figure, in release order, with its sentence and the release citation."""
    citation = release_citation(briefing.release)
    titles = {p.id: p.title for p in briefing.dataset.pillars}
    rows = [
        {
            "id": f.id,
            "label": f.label,
            "value": f.value,
            "unit": f.unit,
            "qualifier": f.qualifier or "",
            "display": full_text(f),
            "pillar": titles[f.pillar],
            "section": f.section or "",
            "figure_words": f.figure,
            "sentence": " ".join(f.quote.split()),
            "derived": f.derived,
            "note": f.note or "",
            "source": citation,
        }
        for f in briefing.figures
    ]
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


def csv_bytes(frame: pd.DataFrame) -> bytes:
    # A byte-order mark so Excel opens the Chinese names and curly quotes as UTF-8.
    return _inert(frame).to_csv(index=False).encode("utf-8-sig")


def json_bytes(frame: pd.DataFrame, briefing: Briefing) -> bytes:
    release = briefing.release
    document = {
        "release": {
            "id": release.id,
            "title": release.title,
            "publisher": release.publisher,
            "date": release.date,
            "published": release.published,
            "citation": release_citation(release),
        },
        "figures": json.loads(frame.to_json(orient="records", force_ascii=False)),
    }
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8")


def xlsx_bytes(frame: pd.DataFrame, briefing: Briefing) -> bytes:
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        _inert(frame).to_excel(writer, sheet_name="figures", index=False)
        about = pd.DataFrame({"field": ["release", "publisher", "date", "citation"],
                              "value": [briefing.release.title, briefing.release.publisher, briefing.release.date,
                                        release_citation(briefing.release)]})  # fmt: skip
        about.to_excel(writer, sheet_name="source", index=False)
    return buffer.getvalue()
