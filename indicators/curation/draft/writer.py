"""Writing a draft: a ruamel.yaml document (`indicators.curation.yamlfile`), validated as written; what the validator
refuses is set aside with its reason."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from indicators.checks.validate import check
from indicators.curation import yamlfile
from indicators.curation.draft.classify import draft
from indicators.curation.draft.proposal import Draft, Proposal, SetAside
from indicators.curation.yamlfile import CommentedMap, CommentedSeq
from indicators.model.schema import SCHEMA_PATH

HEADER = """yaml-language-server: $schema={schema}

A DRAFT written by `python -m indicators draft`: every number in the release is proposed as a figure or
set aside under `not_figures` with a reason. It validates as it stands (`python -m indicators validate`),
but every figure is `review: pending`: readers see none of them, and `validate --strict` refuses the file,
until a curator accepts each one (`python -m indicators review FILE`) and confirms each fact listed in
`release.to_confirm`. Each label, unit and pillar is provisional (`# review:` comments say what to check);
headlines, charts and notes are left to you."""
RELEASE_FIELDS = ("id", "title", "publisher", "date", "published", "district", "source_url")


def figure_entry(figure: Proposal) -> tuple[CommentedMap, str]:
    """A proposed figure as the file writes it, with its `# review:` comment."""
    entry = yamlfile.mapping(
        {
            "id": figure.id,
            "label": figure.label,
            "value": figure.value,
            "value_to": figure.value_to,
            "unit": figure.unit,
            "pillar": figure.pillar,
            "qualifier": figure.qualifier or None,
            "field": figure.field or None,
            "field_size": figure.field_size or None,
            "period": figure.period or None,
            "figure": figure.words,
            "quote": figure.quote,
        }
    )
    entry["review"] = "pending"
    return entry, "review: " + "; ".join(figure.review)


def set_aside_entry(aside: SetAside) -> tuple[CommentedMap, str | None]:
    entry = yamlfile.mapping({"words": aside.words, "reason": aside.reason}, flow=True)
    return entry, f"review: {aside.review}" if aside.review else None


def _list(entries: list[tuple[CommentedMap, str | None]]) -> CommentedSeq:
    sequence = CommentedSeq()
    for index, (entry, review) in enumerate(entries):
        sequence.append(entry)
        yamlfile.set_comment_above(sequence, index, review)
    if not entries:
        sequence.fa.set_flow_style()
    return sequence


def entries_document(figures: list[Proposal], not_figures: list[SetAside]) -> CommentedMap:
    """The `indicators` and `not_figures` lists of proposals, as a document of their own (what `--update` prints)."""
    document = CommentedMap()
    if figures:
        document["indicators"] = _list([figure_entry(f) for f in figures])
    if not_figures:
        document["not_figures"] = _list([set_aside_entry(a) for a in not_figures])
    return document


def draft_document(result: Draft, source_text: str, schema: str) -> CommentedMap:
    facts = result.release
    release = yamlfile.mapping({name: facts.get(name) for name in RELEASE_FIELDS} | {"source_text": source_text})
    if facts.get("to_confirm"):
        confirm = CommentedSeq(yamlfile.scalar(name) for name in facts["to_confirm"])
        confirm.fa.set_flow_style()
        release["to_confirm"] = confirm
    document = CommentedMap()
    document["release"] = release
    document["pillars"] = _list([(yamlfile.mapping({"id": i, "title": t}), None) for i, t in result.pillars])
    document["indicators"] = _list([figure_entry(f) for f in result.figures])
    document["not_figures"] = _list([set_aside_entry(a) for a in result.not_figures])
    header = HEADER.format(schema=schema) + "".join(f"\n{note}" for note in result.notes)
    document.yaml_set_start_comment(header)
    document.yaml_set_comment_before_after_key(
        "pillars", before="\nOne pillar per part of the release: rename them, merge or split as the briefing is told."
    )
    document.yaml_set_comment_before_after_key("indicators", before="\n")
    document.yaml_set_comment_before_after_key(
        "not_figures", before="\nNumbers in the release that are not figures, each with its reason."
    )
    return document


def draft_yaml(result: Draft, source_text: str, schema: str) -> str:
    return yamlfile.dump(draft_document(result, source_text, schema))


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
    schema = Path(os.path.relpath(SCHEMA_PATH, out.parent.resolve())).as_posix()  # for the editor, as the data has it
    for _ in range(5):
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
