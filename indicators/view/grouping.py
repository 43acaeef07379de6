"""Group figures the way the release is written: by part and paragraph ("I.1", "I.2", ...)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from indicators.model.release import Figure, Release
from indicators.reading.source import SENTENCE_END

_OPENING_ORDINAL = re.compile(r"^\w+,\s+")


@dataclass(frozen=True)
class Section:
    code: str
    title: str
    figures: list[Figure]


def section_title(release: Release, figure: Figure) -> str:
    """ "I.1 · The economic ‘trioka’ has embarked on concerted development": the paragraph's own opening."""
    paragraph = release.source.paragraphs[figure.quote_span.paragraph]
    if not figure.section or paragraph.is_heading:
        return figure.section or "Other figures"
    opening = SENTENCE_END.split(paragraph.text, maxsplit=1)[0]
    if "." in figure.section:
        opening = _OPENING_ORDINAL.sub("", opening, count=1)
        opening = opening[:1].upper() + opening[1:]
    return f"{figure.section} · {opening.rstrip('.')}"


def by_section(release: Release, figures: list[Figure]) -> list[Section]:
    """Sections in release order, each with its figures in release order."""
    groups: dict[str, list[Figure]] = {}
    for figure in sorted(figures, key=lambda f: (f.words_span.paragraph, f.words_span.start)):
        groups.setdefault(figure.section or "", []).append(figure)
    return [Section(code, section_title(release, members[0]), members) for code, members in groups.items()]
