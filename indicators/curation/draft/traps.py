"""Numbers that state no figure, found in a sentence before any is proposed: dates, years, names (quoted,
capitalised or glued to letters), clock times and "one of".

Each is set aside with its reason; its span is taken, so no number inside it is read again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indicators.curation.draft.vocabulary import DATE, GLUED, QUOTED, YEAR
from indicators.reading.numbers import DENOMINATORS, FRACTIONS, ORDINALS, SCALES, TENS, UNITS, read_numbers

_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, *FRACTIONS, *DENOMINATORS, *ORDINALS], key=len, reverse=True))
_CAPITALISED = r"(?:[A-Z][\w’'.-]*|of|and|the|for|&)"
# A capitalised number word inside a run of capitalised words: "Three-Year Action Plan", "Half Marathon",
# "Ten Thousand Books Library", "the 14th Five-Year Plan", "No.3 Middle School".
_NAME = re.compile(
    rf"(?:\b(?:\d+(?:st|nd|rd|th)|No\.\s?\d+)\s+|(?<![\w-])(?:{_NUMBER_WORD.title()}|{_NUMBER_WORD.upper()})\b[\w-]*\s*)"
    rf"(?:[A-Z][\w’'-]*(?:\s+|$|(?=[.,;:)])))+",
)
_CLOCK = re.compile(
    r"(?:\bfrom\s+)?\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b)(?:\s*(?:to|-|–|until)\s*\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b))?"
    r"|(?:\bfrom\s+)?\b\d{1,2}:\d{2}(?::\d{2})?\b(?:\s*(?:to|-|–|until)\s*\d{1,2}:\d{2}\b)?"
    rf"|\b(?:until|till|by|at|before|after|from)\s+(?:{'|'.join(UNITS)}|\d{{1,2}})\s+(?:o'clock|o’clock|in the "
    r"(?:morning|afternoon|evening)|at night)\b",
    re.IGNORECASE,
)
_ONE_OF = re.compile(r"\bone of\b", re.IGNORECASE)
# A period compared with, not a figure: "over the previous quarter", "the same quarter", "each half".
_COMPARED_PERIOD = re.compile(
    r"\b(?:the\s+)?(?:previous|preceding|last|same|next|this|each|every|per)\s+(?:quarter|half)\b", re.IGNORECASE
)
# A number naming a kind: "a one-bedroom unit", "a two-way road", "one-stop service", "a four-lane road"; never a
# measure or a capacity ("a 6-kilometer road", "a 500-bed hospital", "a 15-minute walk").
_MEASURE_NOUNS = (
    "second|minute|hour|day|week|month|year|km|kilometer|kilometre|meter|metre|mile|hectare|mu|tonne|ton|yuan|"
    "dollar|square|storey|story|floor|seat|bed|berth|degree|kilowatt|megawatt|gigawatt|percent|person|people|member"
)
_KIND = re.compile(
    rf"(?<![\w-])(?:{'|'.join(list(UNITS)[1:11])}|single|double|\d{{1,2}})-(?!(?:{_MEASURE_NOUNS})s?\b)"
    rf"(?!(?:{'|'.join([*UNITS, *TENS, *DENOMINATORS])})\b)(?!fold\b)[a-z]+(?:-[a-z]+)?(?=\s+[a-z])",
    re.IGNORECASE,
)
# An age: "aged 60 and above", "aged 15 to 59", "over the age of 65".
_AGED = re.compile(
    r"\baged\s+\d+(?:\s*(?:and|or)\s*(?:above|over|older|under|below|younger)|\s*(?:-|–|to)\s*\d+)?"
    r"|\b(?:over|under|above|below)\s+the\s+age\s+of\s+\d+",
    re.IGNORECASE,
)
# The name of a ranking list some are in: "eight of the city's top 100 private firms" (the figure is the eight).
_LIST_NAME = re.compile(
    rf"(?:\d+|\b(?:{'|'.join(UNITS)}|{'|'.join(TENS)}))\s+of\s+(?:the\s+)?(?:[\w’']+['’]s\s+)?(?P<list>top\s+\d+)\b",
    re.IGNORECASE,
)
_ROUND_THE_CLOCK = re.compile(r"\b24-hour\b|\b24/7\b|\b7x24\b", re.IGNORECASE)
# An age or a period that bounds who or when, not what: "founded by people under 35", "over ten years".
_AGE = re.compile(
    r"\b(?:people|residents|those|children|adults|founders|workers)\s+(?:aged\s+)?(?:under|over|above|below)\s+\d+\b"
)
_PERIOD_AFTER_CHANGE = re.compile(
    rf"\b(?:doubled|tripled|trebled|quadrupled|\w+fold|grew|rose|fell|increased|decreased)\s+(over|in)\s+(?:the\s+(?:past|last)\s+)?"
    rf"(?:{'|'.join(UNITS)}|{'|'.join(TENS)}|\d+)\s+(?:years|months)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Trap:
    start: int
    end: int
    reason: str
    review: str = ""


def find_traps(text: str, first_in_paragraph: bool) -> list[Trap]:
    """Every span of the sentence that holds a number but states no figure, with its reason."""
    traps: list[Trap] = []
    for pattern, reason in ((DATE, "a date"), (YEAR, "a year")):
        for match in pattern.finditer(text):
            if pattern is DATE and not re.search(r"\d", match.group()):
                continue
            start, end = match.span()
            while text[start] in "( ":
                start += 1
            while text[end - 1] in ") ":
                end -= 1
            traps.append(Trap(start, end, reason))
    for match in QUOTED.finditer(text):
        inner = match.group()[1:-1]
        has_number = re.search(r"\d", inner) or any(r.kind in ("words", "ordinal") for r in read_numbers(inner))
        if has_number and (re.search(r"\b[A-Z]", inner) or not re.search(r"[a-z]", inner)):
            traps.append(Trap(*match.span(), "a name in quotation marks"))
    for match in _CLOCK.finditer(text):
        traps.append(Trap(*match.span(), "a time of day"))
    for match in _NAME.finditer(text):
        start, end = match.span()
        name = text[start:end].rstrip()
        opener = start == 0 and first_in_paragraph and re.match(r"(First|Second|Third|Fourth|Fifth|Sixth)\b", name)
        if len(name.split()) >= 2 and not opener and not (start == 0 and not re.search(r"[A-Z]\S*\s+[A-Z]", name)):
            traps.append(Trap(start, start + len(name), "a number in a name (a plan, an event, a place)"))
    for match in _ROUND_THE_CLOCK.finditer(text):
        traps.append(Trap(*match.span(), "round the clock: a service's hours, not a figure"))
    for match in _COMPARED_PERIOD.finditer(text):
        traps.append(Trap(*match.span(), "a period compared with, not a figure"))
    for match in _KIND.finditer(text):
        traps.append(Trap(*match.span(), "a number naming a kind (a one-bedroom flat, a two-way road), not a figure"))
    for match in _AGED.finditer(text):
        traps.append(Trap(*match.span(), "an age threshold"))
    for match in _LIST_NAME.finditer(text):
        traps.append(Trap(*match.span("list"), "the name of a ranking list (its top N), not a figure"))
    for match in _ONE_OF.finditer(text):
        traps.append(Trap(*match.span(), "'one of': a member of a group, not a count"))
    for match in _AGE.finditer(text):
        words = re.search(r"(?:under|over|above|below)\s+\d+", match.group())
        traps.append(Trap(match.start() + words.start(), match.start() + words.end(), "an age threshold"))
    for match in _PERIOD_AFTER_CHANGE.finditer(text):
        traps.append(Trap(match.start(1), match.end(), "the period of the change before it"))
    for match in GLUED.finditer(text):
        chunk = match.group().strip("“”\"‘’'(),.;:")
        offset = match.group().find(chunk)
        # A count before a letter-number noun is a figure ("2,860 5G base stations"): only the noun is set aside.
        if (
            re.search(r"[A-Za-z]", chunk)
            and re.search(r"\d", chunk)
            and not re.fullmatch(
                r"\d[\d,.]*(%|-\w+(-\w+)*)?|US\$\d[\d,.]*|\$\d[\d,.]*|\d+(st|nd|rd|th)|No\.\d+|\d+:\d+", chunk
            )
        ):
            traps.append(
                Trap(
                    match.start() + offset,
                    match.start() + offset + len(chunk),
                    "a number glued to letters: a name, a model or a label",
                )
            )
    return traps
