"""Writing a draft: YAML from a template, validated as written; what the validator refuses is set aside."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from indicators.checks.validate import check
from indicators.curation.draft.classify import draft
from indicators.curation.draft.proposal import Draft, SetAside
from indicators.model.schema import SCHEMA_PATH
from indicators.outputs.render import render


def yaml_scalar(value) -> str:
    """A YAML scalar: JSON's strings and numbers are YAML too, quoted so nothing reads as a date or a bool."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


def draft_yaml(result: Draft, source_text: str, schema: str) -> str:
    return render("draft.yaml", draft=result, source_text=source_text, schema=schema, y=yaml_scalar).rstrip() + "\n"


def write_draft(release_path: Path, out: Path) -> tuple[Draft, Path]:
    """Draft, write and make it validate: whatever the validator refuses is set aside with its reason."""
    result = draft(release_path)  # reads the text first: a missing or unreadable file stops here, clearly
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        source_text = release_path.resolve().relative_to(out.parent.resolve()).as_posix()
    except ValueError:
        source_text = ""
    if not source_text or ".." in source_text.split("/"):
        copy = out.parent / "source" / release_path.name  # the validator reads the text beside the data only
        copy.parent.mkdir(parents=True, exist_ok=True)
        if copy.resolve() != release_path.resolve():
            shutil.copyfile(release_path, copy)
        source_text = f"source/{release_path.name}"
    for _ in range(5):
        schema = Path(
            os.path.relpath(SCHEMA_PATH, out.parent.resolve())
        ).as_posix()  # for the editor, as the data has it
        out.write_text(draft_yaml(result, source_text, schema), encoding="utf-8")
        _, problems = check(out)
        refused = {p.id: p.message for p in problems if p.severity == "error" and p.id}
        if not refused:
            break
        kept = []
        for figure in result.figures:
            if figure.id in refused:
                result.not_figures.append(
                    SetAside(figure.words, "a number the draft could not record", refused[figure.id])
                )
            else:
                kept.append(figure)
        result.figures = kept
    return result, out
