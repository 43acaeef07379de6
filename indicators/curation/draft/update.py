"""Updating a curated file: propose only what it leaves out, and append without touching a curated entry."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from indicators.checks.validate import check
from indicators.curation import yamlfile
from indicators.curation.draft.classify import draft
from indicators.curation.draft.proposal import Draft
from indicators.curation.draft.writer import entries_document, figure_entry, set_aside_entry
from indicators.curation.files import replace_atomically
from indicators.reading.yamlsafe import read_text


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


def additions_yaml(additions: Draft) -> str:
    """The proposals as YAML to paste into the curated file's lists, written as `--write` would append them."""
    return yamlfile.dump(entries_document(additions.figures, additions.not_figures))


def append_to(curated: Path, additions: Draft) -> None:
    """Append the proposals to the curated file's `indicators` and `not_figures` lists, as a ruamel round trip:
    every curated entry, comment, key order and blank line stays as it was."""
    document = yamlfile.load(read_text(curated))
    yamlfile.append_entries(document, "indicators", [figure_entry(f) for f in additions.figures])
    yamlfile.append_entries(document, "not_figures", [set_aside_entry(a) for a in additions.not_figures])
    replace_atomically(curated, yamlfile.dump(document).encode("utf-8"))
