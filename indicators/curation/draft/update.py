"""Updating a curated file: propose only what it leaves out, and append without touching a curated entry."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from indicators.checks.validate import check
from indicators.curation.draft.classify import draft
from indicators.curation.draft.proposal import Draft
from indicators.curation.draft.writer import yaml_scalar
from indicators.outputs.render import render
from indicators.reading.yamlsafe import parse


def uncovered(curated: Path) -> tuple[Draft, list]:
    """The draft's proposals for the numbers a curated file leaves uncovered (its coverage warnings only)."""
    release, problems = check(curated)
    if release is None:
        raise ValueError("the curated file has errors; fix them first (python -m indicators validate)")
    source = release.source
    result = draft(release.source_path())
    stated = [figure.words_span for figure in release.figures]
    explained = [exclusion.words for exclusion in release.dataset.not_figures]
    open_tokens = {(span.paragraph, span.start) for span, _ in source.uncovered_numbers(stated, explained)}

    def new(spans) -> bool:
        """Whether the words hold a number the curated file does not cover yet."""
        return any(
            (span.paragraph, token.start) in open_tokens
            for span in spans
            if span is not None
            for token, _ in source.number_tokens()
            if token.paragraph == span.paragraph and span.start <= token.start < span.end
        )

    # A new figure goes to the pillar the curated file gives the other figures of its part of the release.
    parts: dict[str, Counter] = {}
    for figure in release.figures:
        parts.setdefault((figure.section or "").split(".")[0], Counter())[figure.pillar] += 1
    taken_ids = {f.id for f in release.figures} | {c.figure_id for c in release.corrections}
    figures = []
    for figure in result.figures:
        span = source.words_span(figure.quote, figure.words)
        if not new([span]):
            continue
        part = (source.section_of(span) or "").split(".")[0]
        figure.pillar = (parts.get(part) or Counter({release.pillars[0].id: 1})).most_common(1)[0][0]
        while figure.id in taken_ids:
            figure.id = f"{figure.id}-new"
        taken_ids.add(figure.id)
        figures.append(figure)
    asides = [a for a in result.not_figures if new(source.occurrences(a.words))]
    return Draft(result.release, [], figures, asides), problems


def append_to(curated: Path, additions: Draft) -> None:
    """Append the proposals to the curated file's `indicators` and `not_figures` lists, as text: every
    curated entry, comment and blank line stays as it was."""
    lines = curated.read_text(encoding="utf-8").splitlines(keepends=True)
    document = parse("".join(lines))
    blocks = {
        "indicators": render("draft_entries.yaml", figures=additions.figures, not_figures=[], y=yaml_scalar),
        "not_figures": render("draft_entries.yaml", figures=[], not_figures=additions.not_figures, y=yaml_scalar),
    }
    inserts = []
    for key, block in blocks.items():
        if not block.strip():
            continue
        entries = [path for path in document.lines if len(path) >= 2 and path[0] == key]
        if entries:
            last = max(document.lines[path] for path in entries)
            inserts.append((last, block))
        else:
            inserts.append((len(lines), f"\n{key}:\n{block}"))
    for line, block in sorted(inserts, reverse=True):
        lines.insert(line, block if block.endswith("\n") else block + "\n")
    curated.write_text("".join(lines), encoding="utf-8")
