"""Every number of a release, read in its sentence: a proposed figure, or set aside with its reason."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..numbers import Reading, check_value, read_numbers
from ..release import infer_kind
from ..source import SourceText, normalise
from ..wording import BOUNDS
from ..yamlsafe import read_text
from .facts import pillars_of, release_facts, slugify
from .labels import counted_phrase, label_of, unit_of
from .proposal import Draft, Proposal, SetAside
from .vocabulary import (
    AGE_BEFORE,
    CURRENCIES,
    CURRENCY_BEFORE,
    DATE,
    FIGURE_OF_SPEECH,
    GLUED,
    HOTLINE,
    MULTIPLES,
    NAMING_WORDS,
    NOT_NAMING,
    QUOTED,
    RANK_VERBS,
    SPEECH_AFTER_TOP,
    VERSIONED,
    YEAR,
)


@dataclass
class SentenceAt:
    paragraph: int
    offset: int  # where it starts in its paragraph
    text: str
    part: str | None
    first: bool  # the paragraph's first sentence


def sentences_of(source: SourceText):
    for sentence in source.sentences:
        section = source.paragraphs[sentence.span.paragraph].section
        part = section.split(".")[0] if section else None
        yield SentenceAt(sentence.span.paragraph, sentence.span.start, sentence.text, part, sentence.first)


def is_year(reading: Reading) -> bool:
    return reading.kind == "digits" and reading.decimals == 0 and 1900 <= reading.written <= 2099


def is_covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


class Drafter:
    def __init__(self, source: SourceText, release: dict):
        self.source = source
        self.date = release["date"]
        self.pillars, self.by_part = pillars_of(source)
        self.figures: list[Proposal] = []
        self.aside: dict[str, SetAside] = {}
        self.ids: Counter = Counter()

    def set_aside(self, words: str, reason: str, review: str = "") -> None:
        words = normalise(words)
        if words and words not in self.aside:
            self.aside[words] = SetAside(words, reason, review)

    def run(self) -> None:
        for sentence in sentences_of(self.source):
            taken = self._names_and_dates(sentence)
            for reading in read_numbers(sentence.text):
                if not is_covered(taken, reading.start, reading.end):
                    self._classify(sentence, reading, taken)
        self._leftovers()

    def _names_and_dates(self, sentence: SentenceAt) -> list[tuple[int, int]]:
        """Spans that hold numbers but state no figure: dates, years, quoted names, numbers glued to letters."""
        taken = []
        text = sentence.text
        for pattern, reason in ((DATE, "a date"), (YEAR, "a year")):
            for match in pattern.finditer(text):
                if pattern is DATE and not re.search(r"\d", match.group()):
                    continue
                taken.append(match.span())
                self.set_aside(match.group().strip("() "), reason)
        for match in QUOTED.finditer(text):
            inner = match.group()[1:-1]
            has_number = re.search(r"\d", inner) or any(r.kind in ("words", "ordinal") for r in read_numbers(inner))
            if has_number and (re.search(r"\b[A-Z]", inner) or not re.search(r"[a-z]", inner)):
                taken.append(match.span())
                self.set_aside(match.group(), "a name in quotation marks")
        for match in GLUED.finditer(text):
            chunk = match.group().strip("“”\"‘’'(),.;:")
            if (
                re.search(r"[A-Za-z]", chunk)
                and re.search(r"\d", chunk)
                and not re.fullmatch(r"\d[\d,.]*(%|-\w+(-\w+)*)?|US\$\d[\d,.]*|\$\d[\d,.]*|\d+(st|nd|rd|th)", chunk)
            ):
                taken.append(match.span())
                self.set_aside(chunk, "a number glued to letters: part of a name, a model or a label")
        return taken

    def _classify(self, sentence: SentenceAt, reading: Reading, taken: list) -> None:
        """A figure, or set aside with its reason; what is set aside is taken, so no number inside it counts."""
        text = sentence.text
        before, words, after = text[: reading.start], text[reading.start : reading.end], text[reading.end :]
        kind = reading.kind

        def aside(span_end: int, reason: str, review: str = "", span_start: int = reading.start) -> None:
            taken.append((span_start, span_end))
            self.set_aside(text[span_start:span_end], reason, review)

        next_word = re.match(r"^[\s-]*[\w’'-]*", after).end()
        if kind == "ordinal" and sentence.first and reading.start == 0:
            return  # "First, ..." opens the paragraph: the release's numbering, not a figure
        if kind == "ordinal" and re.match(r"^\s+[A-Z]", after):  # "the 32nd China Film Golden Roosters Award"
            name = re.match(r"^(?:\s+[A-Z][\w’'-]*)+", after).end()
            return aside(reading.end + name, "an edition or a name")
        if kind == "ordinal" and RANK_VERBS.search(before):  # "ranked second in the city"
            where = re.match(r"^\s*((?:in|among|of|on)\b[^,.;]*?)(?=\s+(?:for|with|by)\b|[,.;]|$)", after)
            field = where.group(1).strip() if where else None
            start = RANK_VERBS.search(before).start()
            size = [r for r in read_numbers(field or "") if r.kind in ("digits", "words") and not is_year(r)]
            if size:  # "among the 16 ports of the province": the field's size, as the release states it
                counted = re.search(r"\S*\s*" + re.escape(field[size[0].start : size[0].end]) + r"\s+\S+", field)
                self.set_aside(counted.group() if counted else field, "the size of the field ranked (its `field_size`)")
                taken.append((reading.end, reading.end + where.end()))
            words = text[start : reading.end] + ("" if not field or read_numbers(field) else f" {field}")
            return self._propose(
                sentence,
                reading,
                words,
                value=reading.written,
                unit="rank",
                field=field,
                label_hint=f"Rank {field or ''}",
                field_size=int(size[0].written) if size else None,
            )
        if kind == "ordinal":  # "the first cruise ticketing system", "the second construction phase"
            return aside(reading.end + next_word, "a claim of being first, or an order")
        if kind == "words" and re.search(r"\btop\s+$", before):  # "the global top four": a band, not a place
            scope = re.search(r"(\w+)\s+top\s+$", before)
            field = "globally" if scope and scope.group(1).lower() in ("global", "world") else None
            start = scope.start() if scope and scope.group(1).lower() not in ("the", "a") else before.rfind("top")
            return self._propose(
                sentence,
                reading,
                text[start : reading.end],
                value=reading.written,
                unit="rank",
                qualifier="top",
                field=field,
                label_hint=f"Rank, a band{f' {field}' if field else ''}",
            )
        if kind == "top":
            place = re.match(
                r"^\s+([\w -]{1,40}?)\s+(in|among|of)\s+([A-Z]\w*(?: [A-Z]\w*)?|the (?:city|country|world|region|nation))",
                after,
            )
            if place and not SPEECH_AFTER_TOP.match(after) and re.search(r"\bthe\s+$", before):
                thing, relation, where = place.group(1).strip(), place.group(2), place.group(3)
                field = f"among {thing}s {relation} {where}" if relation == "in" else f"{relation} {where}"
                return self._propose(
                    sentence,
                    reading,
                    text[reading.start - 4 : reading.end + place.end()],
                    value=1,
                    unit="rank",
                    field=field,
                    label_hint=f"Rank {field}",
                    review="'the top ...' read as 1st",
                )
            return aside(reading.end + next_word, "a figure of speech, not a rank")
        if kind == "vague":
            return aside(reading.end, "an order of magnitude, not a number")
        if kind == "collective" and words.lower() in MULTIPLES:  # "twice as many", "double the number"
            return self._propose(
                sentence,
                reading,
                words,
                unit="times",
                label_hint=counted_phrase(after, len(after)),
                review="a multiple: of what? Say it in the label",
            )
        if kind == "collective" and words.lower() in FIGURE_OF_SPEECH:
            return aside(reading.end, "a number word in a name or a figure of speech", f"is '{words}' a figure?")
        if kind == "digits" and HOTLINE.match(after):  # "the 110 hotline"
            return aside(reading.end + HOTLINE.match(after).end(), "a telephone number")
        if kind == "digits" and VERSIONED.search(before) and reading.decimals:  # "version 3.0"
            return aside(reading.end, "a version", span_start=VERSIONED.search(before).start())
        age = AGE_BEFORE.search(before)
        if kind == "digits" and age and not counted_phrase(after, len(after)).strip():  # "residents over 65": an age
            return aside(reading.end, "an age threshold", span_start=age.start(1))
        naming = NAMING_WORDS.search(before) or re.search(r"\b([A-Z][a-z]+)\s+$", before)
        if (
            kind == "digits"
            and naming
            and not reading.percent
            and not reading.scale_word
            and naming.group(1) not in NOT_NAMING
            and not CURRENCY_BEFORE.search(before)
        ):  # "Building 7", "Route 66", "hotline 96000": the number names something
            return aside(reading.end, "a number in a name", "a name, or a figure?", span_start=naming.start(1))
        if kind == "fraction":  # "half of total transaction volume": recorded as 50%, shown as "half"
            of = re.match(r"^\s+of\s+(?:the\s+|them\b)?", after)
            phrase = counted_phrase(after[of.end() :], len(after)) if of else counted_phrase(after, len(after))
            return self._propose(
                sentence,
                reading,
                words,
                value=reading.written * 100,
                unit="%",
                label_hint=phrase,
                review=f"'{words}' recorded as {reading.written * 100:g}%",
            )
        return self._propose(sentence, reading, None)

    def _propose(
        self,
        sentence,
        reading,
        words,
        value=None,
        unit=None,
        field=None,
        label_hint=None,
        review=None,
        qualifier=None,
        field_size=None,
    ) -> None:
        text = sentence.text
        before, after = text[: reading.start], text[reading.end :]
        next_number = min([r.start for r in read_numbers(after)] + [len(after)])
        bound = None
        for phrase, meaning in BOUNDS.items():
            if re.search(rf"\b{phrase}\s+$", before, re.IGNORECASE):
                bound = meaning
                start = re.search(rf"\b{phrase}\s+$", before, re.IGNORECASE).start()
                break
        else:
            start = reading.start
        qualifier = qualifier or bound
        total = re.search(r"\ba total of\s+$", before, re.IGNORECASE)
        if total:
            start = total.start()
        currency = CURRENCY_BEFORE.search(before)
        if currency and words is None:  # "US$ 2.5 million": the currency is the unit
            start = currency.start()
            scale = f"{reading.scale_word} " if reading.scale_word and reading.scale_word != "hundred" else ""
            unit = unit or f"{scale}{CURRENCIES[currency.group(1)]}"
        phrase = counted_phrase(after, next_number) if words is None and not reading.percent and not currency else ""
        of = re.match(r"^\s+of\s+(?:the\s+)?", after)
        if reading.percent and of and not label_hint:  # "95 percent of residents": a share of residents
            label_hint = "Share of " + counted_phrase(after[of.end() :], next_number)
        if words is None:
            words = text[start : reading.end] + (" " + phrase if phrase and not phrase.startswith("-") else phrase)
            words = words.rstrip(" ,.;:")
        value = reading.written if value is None else value
        unit = unit or unit_of(reading, phrase)
        label = label_of(label_hint or phrase, text[:start], self.date)
        if total:
            label += ", in total"
        for kept in ("citywide", "nationwide", "since"):
            if re.search(rf"\b{kept}\b", words, re.IGNORECASE) and kept not in label.lower():
                label += f", {kept}"
        agreement = check_value(value, unit, words)
        if not agreement.ok:
            self.set_aside(words, "a number the draft could not record", review=agreement.problem)
            return
        pillar = self.by_part.get(sentence.part, self.pillars[0][0])
        slug = slugify(label)
        self.ids[slug] += 1
        notes = ["label and unit are provisional"] + ([review] if review else [])
        if sentence.part is None and self.by_part:
            notes.append("stands before the release's first part: choose its pillar")
        kind = infer_kind(unit, words, qualifier)
        if kind.value == "span" and "years" in unit:
            notes.append("a run of years, not time taken: check")
        self.figures.append(
            Proposal(
                id=slug if self.ids[slug] == 1 else f"{slug}-{self.ids[slug]}",
                label=label,
                value=value,
                unit=unit,
                pillar=pillar,
                quote=text,
                words=words,
                qualifier=qualifier,
                field=field,
                field_size=field_size,
                review=notes,
            )
        )

    def _leftovers(self) -> None:
        """Every number the coverage check sees is a proposed figure's or set aside: `--strict` holds."""
        stated = [self.source.words_span(figure.quote, figure.words) for figure in self.figures]
        for span, token in self.source.uncovered_numbers(stated, list(self.aside)):
            text = self.source.paragraphs[span.paragraph].text
            left = text.rfind(" ", 0, span.start) + 1
            right = text.find(" ", span.end)
            chunk = text[left : right if right >= 0 else len(text)].strip("“”\"‘’'(),.;:")
            chunk = chunk if token in chunk else token
            self.set_aside(chunk, "a number the draft did not read as a figure", review=f"is '{chunk}' a figure?")


def draft(release_path: Path) -> Draft:
    text = read_text(release_path)
    source = SourceText(text)
    release, notes = release_facts(source, release_path)
    drafter = Drafter(source, release)
    drafter.run()
    return Draft(release, drafter.pillars, drafter.figures, list(drafter.aside.values()), notes)
