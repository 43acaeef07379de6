"""`python -m indicators draft RELEASE.txt --out DRAFT.yaml`: a complete first draft of a dataset, for a
curator to review instead of typing.

The grammar that checks a value against its words (`numbers.read_numbers`) proposes values from words
here: every number the release states becomes a proposed figure (its whole sentence, the words that
state it, the value, a unit from the words that follow, a qualifier, a provisional label) or is set
aside under `not_figures` with a reason (dates, years, names and numbers glued into names, versions,
telephone numbers, claims of being first, figures of speech, orders of magnitude). The draft validates
as written, `--strict` included: anything the validator would refuse is set aside with its reason, so
nothing is lost and nothing is guessed silently; ambiguous cases carry a `# review:` comment.

`--update data/indicators.yaml` proposes only the numbers a curated file does not cover yet, and
`--write` appends them to its lists without touching a curated entry.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import os
import re
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .models import SCHEMA_PATH
from .numbers import Reading, check_value, read_numbers
from .release import infer_kind
from .render import render
from .source import SENTENCE_END, SourceText, normalise
from .wording import BOUNDS, resolve_relative_years
from .yamlsafe import read_text


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
DATE = re.compile(
    rf"\(?\b(?:(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{MONTHS})(?:,?\s+\d{{4}})?"
    rf"|\d{{4}}-\d{{2}}-\d{{2}})\)?"
)
YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)?\d{2})?(?![\w%]|[.,]\d|\s*(?:percent|per cent))")
# Quotation marks, not apostrophes: “...”, "...", ‘...’ (an apostrophe is ’ or ' inside a word).
QUOTED = re.compile(r"“[^“”]{1,80}”|\"[^\"]{1,80}\"|‘[^‘’]{1,80}’")
# A word just before a number that makes it a name: "Building 7", "Route 66", "Phase 2", "hotline 96000".
NAMING_WORDS = re.compile(
    r"\b(building|route|road|street|line|gate|terminal|phase|room|hall|block|lot|zone|hotline|helpline|grade|class|"
    r"level|no|number|version|type|model|channel|platform|exit|pier|berth|dock)\.?\s+$",
    re.IGNORECASE,
)
NOT_NAMING = _words(
    "The A An Some Nearly Over About Around More Almost Up At Only All Another Each Every In On By Since "
    "From With And Of To For"
)
CURRENCIES = {
    "US$": "US dollars",
    "$": "dollars",
    "HK$": "Hong Kong dollars",
    "RMB": "yuan",
    "€": "euros",
    "£": "pounds",
}
CURRENCY_BEFORE = re.compile(r"(US\$|HK\$|\$|RMB|€|£)\s*$")
GLUED = re.compile(r"\S*\d\S*")
STOP = _words(
    "with and to of for in on at by from that which who were was is are have has had as or into than "
    "while including such like across within over nearly about around some up more now their its his her "
    "our this these those will can would could all each under after before"
)
RANK_VERBS = re.compile(r"\b(rank(?:ed|ing|s)?|placed|came|coming|finished)\s+(?:the\s+)?$", re.IGNORECASE)
HOTLINE = re.compile(r"^\s*(hotline|helpline|service line|number)\b", re.IGNORECASE)
VERSIONED = re.compile(r"\b(version|system|edition|release|industry|web)\s+$", re.IGNORECASE)
SPEECH_AFTER_TOP = re.compile(r"^\s+(priority|priorities|event|events|level|class|quality|talents?|brands?)\b")
FIGURE_OF_SPEECH = {"dual", "single", "centenary", "century", "trioka", "troika", "trio", "pair", "decade"}
NOT_NAMES = {"The", "This", "That", "Each", "Every", "Whole", "New", "Our", "Its", "A", "Whose", "Which"}
MULTIPLES = {"double", "twice", "triple"}
AGE_BEFORE = re.compile(
    r"\b(?:residents|people|persons|citizens|children|adults|seniors|those|men|women|workers)\s+"
    r"((?:aged|over|under|above|below)\s+)$",
    re.IGNORECASE,
)


@dataclass
class Proposal:
    """A figure the draft proposes: every field as the schema names it, plus what to review."""

    id: str
    label: str
    value: float
    unit: str
    pillar: str
    quote: str
    words: str
    qualifier: str | None = None
    field: str | None = None
    field_size: int | None = None
    review: list[str] = dataclasses.field(default_factory=list)


@dataclass
class SetAside:
    words: str
    reason: str
    review: str = ""


@dataclass
class Draft:
    release: dict
    pillars: list[tuple[str, str]]
    figures: list[Proposal]
    not_figures: list[SetAside]
    notes: list[str] = dataclasses.field(default_factory=list)


# Reading the release ----------------------------------------------------------------------------


def _slug(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "figure"


def _date(text: str) -> str | None:
    text = text.strip("() ").replace(".", "")
    for form in ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b %d %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(re.sub(r"(\d)(st|nd|rd|th)", r"\1", text), form).date().isoformat()
        except ValueError:
            continue
    return None


def release_facts(source: SourceText, path: Path) -> tuple[dict, list[str]]:
    """Title, dates, publisher and district, as far as the text states them; what it does not, it says."""
    notes = []
    first = source.paragraphs[0].text if source.paragraphs else path.stem
    title = first if len(first) < 200 and not SENTENCE_END.search(first) else path.stem.replace("-", " ").title()
    dated = [
        (match.group(), _date(match.group()))
        for match in DATE.finditer(" ".join(p.text for p in source.paragraphs[:4]))
    ]
    dated = [(words, iso) for words, iso in dated if iso]
    in_title = [iso for words, iso in dated if words in title]
    date = in_title[0] if in_title else dated[0][1] if dated else None
    standalone = [iso for p in source.paragraphs[:3] if (iso := _date(p.text))]
    published = standalone[0] if standalone and standalone[0] != date else None
    if date is None:
        date = published or dt.date.today().isoformat()
        notes.append("review: the text states no date the draft could read; `date` is a placeholder")
    head = " ".join(p.text for p in source.paragraphs[:6])
    publisher = re.search(r"\bInformation Office of [A-Z]\w*(?: [A-Z]\w*)*", head) or re.search(
        r"\b(?!The\b)(?:[A-Z]\w* )+Information Office\b", head
    )
    if publisher is None:
        notes.append("review: the text names no publisher the draft could find; `publisher` is a placeholder")
    found = re.finditer(r"\b([A-Z][a-z]+) [Dd]istrict\b", " ".join(p.text for p in source.paragraphs))
    districts = Counter(m.group(1) for m in found if m.group(1) not in NOT_NAMES)
    district = districts.most_common(1)[0][0] if districts else None
    release = {
        "id": _slug(f"{district or path.stem}-{date}", 80),
        "title": title,
        "publisher": publisher.group() if publisher else "Publisher to be confirmed",
        "date": date,
        "published": published,
        "district": district,
    }
    return release, notes


def _pillars(source: SourceText) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """A pillar per part of the release ("I.", "II.", ...), else one."""
    pillars, by_part = [], {}
    for paragraph in source.paragraphs:
        if paragraph.is_heading and paragraph.section not in by_part:
            title = re.sub(r"^[IVXLC]+\.\s*", "", paragraph.text).rstrip(".")
            pillar_id = f"part-{paragraph.section.lower()}"
            pillars.append((pillar_id, title[:1].upper() + title[1:]))
            by_part[paragraph.section] = pillar_id
    if not pillars:
        pillars = [("figures", "Figures")]
    return pillars, by_part


# Proposing figures --------------------------------------------------------------------------------


@dataclass
class _Sentence:
    paragraph: int
    offset: int  # where it starts in its paragraph
    text: str
    part: str | None
    first: bool  # the paragraph's first sentence


def _sentences(source: SourceText):
    for sentence in source.sentences:
        section = source.paragraphs[sentence.span.paragraph].section
        part = section.split(".")[0] if section else None
        yield _Sentence(sentence.span.paragraph, sentence.span.start, sentence.text, part, sentence.first)


def _phrase(after: str, stop_at: int) -> str:
    """The words that name what is counted: up to a stop word, punctuation or the next number."""
    after = after[:stop_at]
    words = []
    for match in re.finditer(r"[“\"‘]?[\w’'-]+[”\"’]?|\S", after):
        word = match.group()
        bare = word.strip("“”\"‘’'").lower()
        if not re.match(r"[\w“\"‘-]", word) or (bare in STOP and not (bare == "per" or words and words[-1] == "per")):
            break
        if bare in ("per",) or words and words[-1].lower() == "per":
            words.append(word)
            continue
        if words and len(bare) > 4 and bare.endswith("ed"):  # "Nine kindergartens opened": a verb ends the phrase
            break
        words.append(word)
        if len(words) >= 4:
            break
    return " ".join(words)


def _unit(reading: Reading, phrase: str) -> str:
    if reading.percent:
        return "%"
    words = phrase.split()
    if " per " in f" {phrase} ":
        head = phrase.split(" per ")[0].split()
        noun = head[-1] if head else "items"
        unit = f"{noun} per {phrase.split(' per ', 1)[1].split()[0]}"
    elif words and words[0].startswith("-"):  # "6-kilometer-long riverside shoreline"
        unit = words[0].strip("-").split("-")[0] + "s"
    elif len(words) <= 2:
        unit = phrase
    else:
        unit = (
            " ".join(words[-2:]) if words[-1].lower() in ("bodies", "holders", "teams", "lines", "roads") else words[-1]
        )
    unit = unit.strip("“”\"‘’'.,;:()") or "items"
    return f"{reading.scale_word} {unit}" if reading.scale_word and reading.scale_word != "hundred" else unit


TRAILING = _words(
    "amounting to totaling totalling reached reaching was were is are of by at has have had been exceeded "
    "claiming engaging serving benefiting for rose fell grew up down now drew made held put"
)
GENERIC_UNITS = {"yuan", "%", "percent", "items", "times", "dollars", "euros"}


def _label(phrase: str, before: str, briefing_date: str) -> str:
    """A provisional label: what the words after the number name, else the noun phrase just before it."""
    text = phrase.strip("“”\"‘’'.,;:()- ")
    if not text or text.lower() in GENERIC_UNITS or text.lower().endswith(tuple(f" {u}" for u in GENERIC_UNITS)):
        words = re.findall(r"[\w’'-]+", before)
        while words and (words[-1].lower() in TRAILING or len(words[-1]) > 4 and words[-1].lower().endswith("ed")):
            words.pop()
        tail = []
        for word in reversed(words):
            if word.lower() in STOP or word.lower() in ("the", "a", "an"):
                break
            tail.insert(0, word)
        text = " ".join(tail[-6:]) or text or "Figure"
    text = resolve_relative_years(text, briefing_date)
    return text[:1].upper() + text[1:]


def _a_year(reading: Reading) -> bool:
    return reading.kind == "digits" and reading.decimals == 0 and 1900 <= reading.written <= 2099


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


class _Drafter:
    def __init__(self, source: SourceText, release: dict):
        self.source = source
        self.date = release["date"]
        self.pillars, self.by_part = _pillars(source)
        self.figures: list[Proposal] = []
        self.aside: dict[str, SetAside] = {}
        self.ids: Counter = Counter()

    def set_aside(self, words: str, reason: str, review: str = "") -> None:
        words = normalise(words)
        if words and words not in self.aside:
            self.aside[words] = SetAside(words, reason, review)

    def run(self) -> None:
        for sentence in _sentences(self.source):
            taken = self._names_and_dates(sentence)
            for reading in read_numbers(sentence.text):
                if not _covered(taken, reading.start, reading.end):
                    self._classify(sentence, reading, taken)
        self._leftovers()

    def _names_and_dates(self, sentence: _Sentence) -> list[tuple[int, int]]:
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

    def _classify(self, sentence: _Sentence, reading: Reading, taken: list) -> None:
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
            size = [r for r in read_numbers(field or "") if r.kind in ("digits", "words") and not _a_year(r)]
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
                label_hint=_phrase(after, len(after)),
                review="a multiple: of what? Say it in the label",
            )
        if kind == "collective" and words.lower() in FIGURE_OF_SPEECH:
            return aside(reading.end, "a number word in a name or a figure of speech", f"is '{words}' a figure?")
        if kind == "digits" and HOTLINE.match(after):  # "the 110 hotline"
            return aside(reading.end + HOTLINE.match(after).end(), "a telephone number")
        if kind == "digits" and VERSIONED.search(before) and reading.decimals:  # "version 3.0"
            return aside(reading.end, "a version", span_start=VERSIONED.search(before).start())
        age = AGE_BEFORE.search(before)
        if kind == "digits" and age and not _phrase(after, len(after)).strip():  # "residents over 65": an age
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
            phrase = _phrase(after[of.end() :], len(after)) if of else _phrase(after, len(after))
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
        phrase = _phrase(after, next_number) if words is None and not reading.percent and not currency else ""
        of = re.match(r"^\s+of\s+(?:the\s+)?", after)
        if reading.percent and of and not label_hint:  # "95 percent of residents": a share of residents
            label_hint = "Share of " + _phrase(after[of.end() :], next_number)
        if words is None:
            words = text[start : reading.end] + (" " + phrase if phrase and not phrase.startswith("-") else phrase)
            words = words.rstrip(" ,.;:")
        value = reading.written if value is None else value
        unit = unit or _unit(reading, phrase)
        label = _label(label_hint or phrase, text[:start], self.date)
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
        slug = _slug(label)
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
    drafter = _Drafter(source, release)
    drafter.run()
    return Draft(release, drafter.pillars, drafter.figures, list(drafter.aside.values()), notes)


# Writing it -------------------------------------------------------------------------------------


def yaml_scalar(value) -> str:
    """A YAML scalar: JSON's strings and numbers are YAML too, quoted so nothing reads as a date or a bool."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


def draft_yaml(result: Draft, source_text: str, schema: str) -> str:
    return render("draft.yaml", draft=result, source_text=source_text, schema=schema, y=yaml_scalar).rstrip() + "\n"


def write_draft(release_path: Path, out: Path) -> tuple[Draft, Path]:
    """Draft, write and make it validate: whatever the validator refuses is set aside with its reason."""
    from .validate import check

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


# Updating a curated file ------------------------------------------------------------------------


def uncovered(curated: Path) -> tuple[Draft, list]:
    """The draft's proposals for the numbers a curated file leaves uncovered (its coverage warnings only)."""
    from .validate import check

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
    from .yamlsafe import parse

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
