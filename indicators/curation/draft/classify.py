"""Every number of a release, read in its sentence: a proposed figure, or set aside with its reason.

The release's layout comes first: a title, headings, tags, bylines, captions and notes about the page state no
figure, and a list item's numeral is the list's (`structure`). Traps come next (dates, years, names, clock times,
periods, web addresses, "one of"); then ranges ("15 to 20 kilometers", "from 3 to 5 working days", "20-25%": one
figure with both ends); then each remaining number by its kind: a rank, a band, a share, a ratio, a multiple, or
a count or measure with any bound before it. Last, a figure a summary list states again in the prose is proposed
once, from the prose.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from indicators.curation.draft.facts import pillars_of, release_facts
from indicators.curation.draft.labels import counted_phrase, ranked_subject
from indicators.curation.draft.proposal import Draft, Proposal, SetAside
from indicators.curation.draft.propose import Request, Sentence, propose
from indicators.curation.draft.repeats import fold_repeats
from indicators.curation.draft.structure import LIST_NUMERAL, REASONS, Layout, layout_of
from indicators.curation.draft.traps import find_traps
from indicators.curation.draft.vocabulary import (
    AGE_BEFORE,
    CURRENCY_BEFORE,
    FIGURE_OF_SPEECH,
    HOTLINE,
    MULTIPLES,
    NAMING_WORDS,
    NOT_NAMING,
    RANK_VERBS,
    SPEECH_AFTER_TOP,
    VERSIONED,
)
from indicators.curation.draft.when import traps_of_periods
from indicators.model.ids import readable_id
from indicators.reading.bounds import CHANGE_WORDS
from indicators.reading.numbers import Reading, read_numbers
from indicators.reading.source import SourceText, normalise
from indicators.reading.yamlsafe import read_text

_RANGE_BETWEEN = re.compile(r"^\s*(?:to|-|–|~)\s*$")
_FIELD_AFTER = re.compile(
    r"^\s*((?:nationwide|globally|worldwide|citywide|provincewide)\b|(?:in|among|of|on)\b[^,.;]*?(?=\s+(?:for|with|by|"
    r"in\s+(?:a|an|the|its)\s+(?:[\w’'-]+\s+){0,4}(?:assessment|ranking|rankings|evaluation|survey|index|list))\b|[,.;]|$))"
)
_TELEPHONE_BEFORE = re.compile(r"\b(hotline|helpline|dial|call|phone|telephone|tel)\b[^.]{0,25}$", re.IGNORECASE)
_TELEPHONE = re.compile(
    r"\b(?:tel|telephone|phone|hotline|fax)\.?:?\s*(?P<number>\+?[\d][\d\s()-]{5,}\d)", re.IGNORECASE
)
_URL = re.compile(r"https?://[^\s<>\"'“”)]+")
# A change verb before "from": "rose from 91.2% to 98.6%" is two levels, not a range.
_CHANGED_FROM = re.compile(
    rf"\b(?:{'|'.join(w for words in CHANGE_WORDS.values() for w in words)}|up|down|moved|went)\s+from\s+$",
    re.IGNORECASE,
)
# An ordinal that places something among others: "third among the city's 16 districts", "first in the province".
_PLACED = re.compile(
    r"^\s+(?:(?:place|position|spot)\s+)?(?:among|in|of)\s+(?:the\s+|its\s+|all\s+)?(?:[\w’'-]+\s+){0,3}?"
    r"(?:province|city|country|nation|region|prefecture|world|districts?|count(?:y|ies)|neighbours|neighbors|"
    r"peers|cities|provinces|regions|areas)\b|^\s+(?:nationwide|citywide|provincewide|worldwide)\b",
    re.IGNORECASE,
)
_TOP_SPOT = re.compile(r"^\s+(?:spot|place|position|rank|ranking)\b", re.IGNORECASE)


def sentences_of(source: SourceText, layouts: list[Layout] | None = None, pillars: dict[int, str] | None = None):
    """Every sentence of the text that may state figures, with its pillar; a list's items one by one (each quoted
    with the whole sentence it stands in)."""
    layouts = layouts or layout_of(source)
    pillars = pillars or {}
    for sentence in source.sentences:
        paragraph = sentence.span.paragraph
        layout = layouts[paragraph]
        base = Sentence(paragraph, sentence.span.start, sentence.text, pillars.get(paragraph), sentence.first)
        if layout.role != "list":
            yield base
            continue
        starts = [s for s, _ in layout.items if sentence.span.start < s < sentence.span.end]
        cuts = [sentence.span.start, *starts, sentence.span.end]
        for left, right in itertools.pairwise(cuts):
            piece = source.paragraphs[paragraph].text[left:right].strip()
            if not piece:
                continue
            offset = source.paragraphs[paragraph].text.index(piece, left)
            yield Sentence(
                paragraph,
                offset,
                piece,
                pillars.get(paragraph),
                sentence.first and left == sentence.span.start,
                sentence.text if piece != sentence.text else "",
                layout.summary,
            )


def is_year(reading: Reading) -> bool:
    return reading.kind == "digits" and reading.decimals == 0 and 1900 <= reading.written <= 2099


def is_covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _field(after: str) -> str | None:
    where = _FIELD_AFTER.match(after)
    return where.group(1).strip() if where else None


class Drafter:
    def __init__(self, source: SourceText, release: dict, layouts: list[Layout]):
        self.source = source
        self.date = release.get("briefing_date")
        self.layouts = layouts
        self.pillars, self.by_paragraph = pillars_of(source, layouts)
        self.figures: list[Proposal] = []
        self.aside: dict[str, SetAside] = {}

    def set_aside(self, words: str, reason: str, review: str = "") -> None:
        words = normalise(words)
        if words and words not in self.aside:
            self.aside[words] = SetAside(words, reason, review)

    def run(self) -> None:
        for sentence in sentences_of(self.source, self.layouts, self.by_paragraph):
            layout = self.layouts[sentence.paragraph]
            if not layout.states_figures:
                if any(ch.isdigit() for ch in sentence.text) or read_numbers(sentence.text):
                    self._set_aside_all(sentence, REASONS[layout.role])
                continue
            taken: list[tuple[int, int]] = []
            self._structure(sentence, layout, taken)
            for trap in find_traps(sentence.text, sentence.first):
                if not is_covered(taken, trap.start, trap.end):
                    taken.append((trap.start, trap.end))
                    self.set_aside(sentence.text[trap.start : trap.end], trap.reason, trap.review)
            readings = [r for r in read_numbers(sentence.text) if not is_covered(taken, r.start, r.end)]
            for reading in self._ranges(sentence, readings, taken):
                if not is_covered(taken, reading.start, reading.end):
                    self._classify(sentence, reading, taken)
        self.figures, repeats = fold_repeats(self.figures)
        for words, reason in repeats:
            self.set_aside(words, reason)
        taken_ids: list[str] = []
        for figure in self.figures:
            figure.id = readable_id(figure.label, taken_ids)
            taken_ids.append(figure.id)
        self._leftovers()

    def _set_aside_all(self, sentence: Sentence, reason: str) -> None:
        """A title, heading, tag, byline, caption or note about the page: its numbers are none of the release's
        figures. Set aside whole (dates and times in it are the page's too)."""
        self.set_aside(sentence.text, reason)

    def _structure(self, sentence: Sentence, layout: Layout, taken: list) -> None:
        """A list item's numeral, the periods the figures hold for, web addresses and telephone numbers: taken."""
        text = sentence.text
        for start, numeral_end in layout.items:
            if numeral_end > start and start == sentence.offset:
                word = re.match(r"\S*", text[numeral_end - start :]).group()
                end = numeral_end - start + len(word)
                taken.append((0, end))
                self.set_aside(text[:end], LIST_NUMERAL)
        lone = re.fullmatch(r"\(?\d{1,2}[.)]", text.strip())
        if lone:  # "1." standing as a sentence of its own before its item
            taken.append((0, len(text)))
            self.set_aside(text, LIST_NUMERAL)
        for start, end in traps_of_periods(text):
            taken.append((start, end))
            self.set_aside(text[start:end], "the period the figures hold for (each figure's `period`)")
        for match in _URL.finditer(text):
            taken.append(match.span())
            self.set_aside(match.group(), "a web address")
        for match in _TELEPHONE.finditer(text):
            taken.append(match.span("number"))
            self.set_aside(match.group("number"), "a telephone number")

    def _ranges(self, sentence: Sentence, readings: list[Reading], taken: list) -> list[Reading]:
        """Propose "15 to 20 kilometers", "from 3 to 5 working days", "20 to 25 percent", "20-25%" and "between 35
        and 40 pupils" as one figure; the other readings remain. "rose from 91.2% to 98.6%" is two levels."""
        text, rest, index = sentence.text, [], 0
        while index < len(readings):
            low = readings[index]
            high = readings[index + 1] if index + 1 < len(readings) else None
            between = text[low.end : high.start] if high else ""
            opener = re.search(r"\b(?:between|from)\s+$", text[: low.start], re.IGNORECASE)
            joined = _RANGE_BETWEEN.match(between) or (
                opener and opener.group().lower().startswith("between") and re.fullmatch(r"\s+and\s+", between)
            )
            plain = {"digits", "words"} >= {low.kind, high.kind} if high else False
            if (
                high is not None
                and joined
                and plain
                and not is_year(low)
                and not (low.negative or high.negative)
                and (low.percent == high.percent or high.percent and not low.percent)
                and (low.scale_word == high.scale_word or not low.scale_word)
                and low.written < high.written
                and not _CHANGED_FROM.search(text[: low.start])
            ):
                start = opener.start() if opener else low.start
                self._propose(sentence, Request(high, value=low.written, value_to=high.written, start=start), taken)
                taken.append((start, high.end))
                index += 2
                continue
            rest.append(low)
            index += 1
        return rest

    def _classify(self, sentence: Sentence, reading: Reading, taken: list) -> None:
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
        if kind == "ordinal" and re.match(r"^\s+[A-Z]", after) and not words.startswith("No"):
            name = re.match(r"^(?:\s+[A-Z][\w’'-]*)+", after).end()  # "the 32nd China Film Golden Roosters Award"
            return aside(reading.end + name, "an edition or a name")
        placed = RANK_VERBS.search(before) or _PLACED.match(after)
        if kind == "ordinal" and (placed or words.startswith("No") and _field(after)):
            return self._rank(sentence, reading, taken)  # "ranked third in ...", "first among the city's districts"
        if kind == "ordinal":  # "the first cruise ticketing system", "held for the 21st time"
            return aside(reading.end + next_word, "a claim of being first, or an order")
        if kind == "words" and re.search(r"\btop\s+$", before):  # "the global top four": a band, not a place
            scope = re.search(r"(\w+)\s+top\s+$", before)
            worldwide = scope is not None and scope.group(1).lower() in ("global", "world")
            field = "globally" if worldwide else _field(after)
            start = scope.start() if scope and scope.group(1).lower() not in ("the", "a") else before.rfind("top")
            end = reading.end + (len(after) - len(after.lstrip()) + len(field) if field and not worldwide else 0)
            return self._propose(
                sentence,
                Request(
                    reading,
                    text[start:end].strip(),
                    qualifier="top",
                    unit="rank",
                    field=field,
                    label=f"Rank, a band{f' {field}' if field else ''}",
                ),
                taken,
            )
        if kind == "top" and _TOP_SPOT.match(after) and re.search(r"\bthe\s+$", before):
            return self._rank(sentence, reading, taken, top=True)  # "took the top spot in the city for ..."
        if kind == "top":
            place = re.match(
                r"^\s+([\w -]{1,40}?)\s+(in|among|of)\s+([A-Z]\w*(?: [A-Z]\w*)?|the (?:city|country|world|region|nation))",
                after,
            )
            if place and not SPEECH_AFTER_TOP.match(after) and re.search(r"\bthe\s+$", before):
                thing, relation, where = place.group(1).strip(), place.group(2), place.group(3)
                field = f"among {thing}s {relation} {where}" if relation == "in" else f"{relation} {where}"
                words = text[reading.start - 4 : reading.end + place.end()]
                return self._propose(
                    sentence,
                    Request(
                        reading,
                        words,
                        value=1,
                        unit="rank",
                        field=field,
                        label=f"Rank {field}",
                        review="'the top ...' read as 1st",
                    ),
                    taken,
                )
            return aside(reading.end + next_word, "a figure of speech, not a rank")
        if kind == "vague":
            return aside(reading.end, "an order of magnitude, not a number")
        if kind == "collective" and words.lower() in MULTIPLES:  # "twice as many", "double the number"
            return self._propose(
                sentence,
                Request(reading, words, unit="times", review="a multiple: of what? Say it in the label"),
                taken,
            )
        if kind == "collective" and words.lower() in FIGURE_OF_SPEECH:
            return aside(reading.end, "a number word in a name or a figure of speech", f"is '{words}' a figure?")
        if kind == "digits" and HOTLINE.match(after):  # "the 110 hotline"
            return aside(reading.end + HOTLINE.match(after).end(), "a telephone number")
        if (
            kind == "digits" and _TELEPHONE_BEFORE.search(before) and re.fullmatch(r"\d{5,}", words)
        ):  # "answers at 12345"
            return aside(reading.end, "a telephone number")
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
        if kind == "fraction":  # "half", "two-thirds", "one in five": recorded as a percentage, shown as written
            value = round(reading.written * 100, 2)
            return self._propose(
                sentence, Request(reading, value=value, review=f"'{words}' recorded as {value:g}%"), taken
            )
        if kind == "ratio":  # "1:3"
            value = round(reading.written, 4)
            return self._propose(
                sentence, Request(reading, words, value=value, review=f"'{words}' recorded as {value:g}"), taken
            )
        earlier = re.search(r"\b(?:up|down|rose|fell|rising|falling|increased|decreased)\s+from\s+$", before)
        previous = [f for f in self.figures if f.quote == text]
        if earlier and previous:  # "98.6% of rural households, up from 91.2%": the same measure, earlier
            label = f"{previous[-1].base_label or previous[-1].label}, earlier"
            return self._propose(
                sentence, Request(reading, label=label, review="the earlier value of the figure before it"), taken
            )
        return self._propose(sentence, Request(reading), taken)

    def _rank(self, sentence: Sentence, reading: Reading, taken: list, top: bool = False) -> None:
        """ "ranked second in the city", "ranks No.1 in the province", "No. 2 nationwide", "third among the city's
        16 districts", "the top spot in the city": a place in a field, for what the sentence ranks."""
        text = sentence.text
        spot = _TOP_SPOT.match(text[reading.end :]) if top else None
        end = reading.end + (spot.end() if spot else 0)
        after = text[end:]
        field = _field(after)
        verb = RANK_VERBS.search(text[: reading.start])
        start = verb.start() if verb and not text[reading.start :].startswith("No") else reading.start
        start = start - 4 if top and text[:start].endswith("the ") else start
        size = [r for r in read_numbers(field or "") if r.kind in ("digits", "words") and not is_year(r)]
        if size:  # "among the 16 ports of the province": the field's size, as the release states it
            counted = re.search(r"\S*\s*" + re.escape(field[size[0].start : size[0].end]) + r"\s+\S+", field)
            self.set_aside(counted.group() if counted else field, "the size of the field ranked (its `field_size`)")
            taken.append((end, end + len(after) - len(after.lstrip()) + len(field)))
        words = text[start:end] + ("" if not field or read_numbers(field) else f" {field}")
        rest = after[len(after) - len(after.lstrip()) + len(field) :] if field else after
        purpose = re.match(
            r"^\s*(?:[^,.;]*?\s)?(?:for|in)\s+(?:the\s+number\s+of\s+|the\s+|an?\s+)?((?:[\w’'-]+\s*){1,6})", rest
        )
        topic = counted_phrase(" " + purpose.group(1), 80) if purpose else ""
        topic = topic or ranked_subject(text, start)
        label = f"Rank {field or ''}{f' for {topic}' if topic else ''}".strip()
        self._propose(
            sentence,
            Request(
                reading,
                words,
                value=1 if top else reading.written,
                unit="rank",
                field=field,
                label=label,
                field_size=int(size[0].written) if size else None,
                review="'the top ...' read as 1st" if top else "",
            ),
            taken,
        )

    def _propose(self, sentence: Sentence, request: Request, taken: list) -> None:
        proposed = propose(sentence, request, self.date, self.figures[-8:])
        if proposed.proposal is None:
            self.set_aside(proposed.words, "a number the draft could not record", review=proposed.problem)
            return
        proposal = proposed.proposal
        proposal.pillar = sentence.pillar or self.pillars[0][0]
        if sentence.pillar is None and self.by_paragraph:
            proposal.review.append("stands before the release's first part: choose its pillar")
        self.figures.append(proposal)

    def _leftovers(self) -> None:
        """Every number the coverage check sees is a proposed figure's or set aside: `--strict` holds."""
        stated = [self.source.words_span(figure.quote, figure.words) for figure in self.figures]
        stated = [span for span in stated if span is not None]
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
    layouts = layout_of(source)
    release, notes = release_facts(source, release_path, layouts)
    drafter = Drafter(source, release, layouts)
    drafter.run()
    return Draft(release, drafter.pillars, drafter.figures, list(drafter.aside.values()), notes)
