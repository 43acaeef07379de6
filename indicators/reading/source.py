"""The release text: paragraphs, section headings, and where each quote and figure stands in it.

Whitespace inside a paragraph is normalised (runs become one space) so a quote that wraps
differently in the YAML still matches; nothing else is changed: quotes must be verbatim.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from indicators.reading.numbers import (
    COLLECTIVES,
    DENOMINATORS,
    FRACTIONS,
    MULTIPLIERS,
    ORDINALS,
    SCALES,
    TENS,
    UNITS,
    VAGUE,
)

_SPACE = re.compile(r"\s+")
_PART_HEADING = re.compile(r"^(?P<part>[IVXLC]+)\.\s+\S")
_PARAGRAPH_ORDINAL = re.compile(r"^(?P<ordinal>" + "|".join(ORDINALS) + r"),\s", re.IGNORECASE)
# A sentence ends at . ! or ? followed by a space; "No.20" and "N0.2" have no space, so stay whole, and
# "No. 2", "tel. 0571 ...", "5 p.m. on" are not ends: an abbreviation before a number or a lower-case word.
SENTENCE_END = re.compile(r"(?<=[.!?])(?<![Nn]o\.)(?<![Tt]el\.)\s+(?=[^\sa-z])")

# Every number a release can state, for the check that none was left out.
_NUMBER_WORDS = [
    *UNITS,
    *TENS,
    *ORDINALS,
    *SCALES,
    *VAGUE,
    *FRACTIONS,
    *COLLECTIVES,
    *DENOMINATORS,
    *MULTIPLIERS,
    "top",
]
# Digits, or a word that names a number: words are looked up in a set, not matched by one long alternation
# (three times faster over a 10,000-sentence release).
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[A-Za-z]+")
NUMBER_WORDS = frozenset(word.lower() for word in _NUMBER_WORDS)


def normalise(text: str) -> str:
    return _SPACE.sub(" ", text).strip()


@dataclass(frozen=True)
class Paragraph:
    index: int
    text: str  # whitespace-normalised
    section: str | None  # "I", "I.1", ... ; None before the first part heading
    heading: str | None  # the part heading this paragraph sits under
    is_heading: bool
    lines: tuple[int, ...] = (0,)  # where each of the paragraph's lines starts in `text` (a list's items do)


@dataclass(frozen=True)
class Span:
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Sentence:
    span: Span
    text: str
    first: bool  # the paragraph's opening sentence


class SourceText:
    def __init__(self, text: str):
        self.paragraphs = _split_paragraphs(text)

    @cached_property
    def sentences(self) -> list[Sentence]:
        """Every sentence, in order: the one place the text is split into sentences."""
        found = []
        for paragraph in self.paragraphs:
            position = 0
            for index, sentence in enumerate(SENTENCE_END.split(paragraph.text)):
                start = paragraph.text.index(sentence, position)
                position = start + len(sentence)
                found.append(Sentence(Span(paragraph.index, start, position), sentence, index == 0))
        return found

    @cached_property
    def _sentence_index(self) -> dict[str, Span]:
        index: dict[str, Span] = {}
        for sentence in self.sentences:
            index.setdefault(sentence.text, sentence.span)
        return index

    def find(self, quote: str) -> Span | None:
        """Where the quote stands, whitespace normalised; None when it is not in the text verbatim."""
        wanted = normalise(quote)
        if not wanted:
            return None
        span = self._sentence_index.get(wanted)  # the usual case: one whole sentence
        if span is not None:
            return span
        for paragraph in self.paragraphs:
            start = paragraph.text.find(wanted)
            if start >= 0:
                return Span(paragraph.index, start, start + len(wanted))
        return None

    def is_whole_sentence(self, span: Span) -> bool:
        text = self.paragraphs[span.paragraph].text
        starts = span.start == 0 or text[span.start - 1] == " " and text[span.start - 2] in ".!?;:"
        ends = span.end == len(text) or text[span.end] == " " and text[span.end - 1] in ".!?;:”\"’'"
        return starts and ends

    def words_span(self, quote: str | Span, words: str) -> Span | None:
        """Where the words stating a figure stand in the text: inside its quote (or the quote's span, when
        already found), first occurrence."""
        quote_span = self.find(quote) if isinstance(quote, str) else quote
        if quote_span is None:
            return None
        wanted = normalise(words)
        text = self.paragraphs[quote_span.paragraph].text[quote_span.start : quote_span.end]
        offset = text.find(wanted)
        if offset < 0:
            return None
        start = quote_span.start + offset
        return Span(quote_span.paragraph, start, start + len(wanted))

    def section_of(self, span: Span) -> str | None:
        return self.paragraphs[span.paragraph].section

    def heading_of(self, span: Span) -> str | None:
        return self.paragraphs[span.paragraph].heading

    def number_tokens(self) -> list[tuple[Span, str]]:
        """Every number in the text, in digits or words, except the "First," that opens a paragraph."""
        tokens = []
        for paragraph in self.paragraphs:
            skip = 0
            if (opening := _PARAGRAPH_ORDINAL.match(paragraph.text)) and paragraph.section:
                skip = opening.end()
            for match in _TOKEN.finditer(paragraph.text, skip):
                token = match.group()
                if token[0].isdigit() or token.lower() in NUMBER_WORDS:
                    tokens.append((Span(paragraph.index, match.start(), match.end()), token))
        return tokens

    def uncovered_numbers(self, stated: list[Span], explained: list[str]) -> list[tuple[Span, str]]:
        """Every number in the text that no stated span and no explained words cover: the coverage rule."""
        covered: dict[int, list[Span]] = {}
        for span in [*stated, *(s for words in explained for s in self.occurrences(words))]:
            covered.setdefault(span.paragraph, []).append(span)
        return [
            (span, token)
            for span, token in self.number_tokens()
            if not any(c.start <= span.start and span.end <= c.end for c in covered.get(span.paragraph, ()))
        ]

    def occurrences(self, words: str) -> list[Span]:
        wanted = normalise(words)
        spans = []
        for paragraph in self.paragraphs:
            start = paragraph.text.find(wanted)
            while start >= 0:
                spans.append(Span(paragraph.index, start, start + len(wanted)))
                start = paragraph.text.find(wanted, start + 1)
        return spans


def _split_paragraphs(text: str) -> list[Paragraph]:
    paragraphs = []
    part = heading = None
    section = None
    for index, raw in enumerate(b for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()):
        block = normalise(raw)
        lines, position = [], 0
        for line in (normalise(line) for line in raw.split("\n")):
            if line:
                lines.append(position)
                position += len(line) + 1
        is_heading = False
        if match := _PART_HEADING.match(block):
            part, heading, section, is_heading = match.group("part"), block, match.group("part"), True
        elif part and (match := _PARAGRAPH_ORDINAL.match(block)):
            section = f"{part}.{ORDINALS[match.group('ordinal').lower()]}"
        paragraphs.append(Paragraph(index, block, section, heading, is_heading, tuple(lines)))
    return paragraphs
