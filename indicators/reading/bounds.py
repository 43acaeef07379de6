"""Which way a number points, read by meaning: the bound its words set (at most, at least, about, or exactly the
number) and the direction of a change (up or down), with negation composed.

One grammar for the validator (a qualifier states the words' direction), the drafter (which records it) and the
review page (which says it in words). A bound is a direction, never a string: "more than" stands inside "no more
than", which means the opposite, and "not exceeding", "no fewer than", "does not exceed" and "no village is more
than" all turn the comparative they negate around.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Direction(str, Enum):
    """Where the value lies against the number stated."""

    AT_MOST = "at most"
    AT_LEAST = "at least"
    ABOUT = "about"
    EXACTLY = "exactly"

    @property
    def opposite(self) -> Direction:
        """What a negation makes of a comparative: "not more than" is at most."""
        return {Direction.AT_MOST: Direction.AT_LEAST, Direction.AT_LEAST: Direction.AT_MOST}.get(self, self)

    @property
    def described(self) -> str:
        """The direction in words a reviewer cannot misread."""
        return {
            Direction.AT_MOST: "at most (an upper bound: the value is this number or less)",
            Direction.AT_LEAST: "at least (a lower bound: the value is this number or more)",
            Direction.ABOUT: "about (an approximation)",
            Direction.EXACTLY: "exactly (no bound)",
        }[self]


# Comparatives: a negation before them turns them around ("not more than" is at most).
COMPARATIVES = {
    Direction.AT_LEAST: (
        "more than",
        "over",
        "above",
        "exceed",
        "exceeds",
        "exceeded",
        "exceeding",
        "beyond",
        "greater than",
        "higher than",
        "larger than",
        "longer than",
        "upwards of",
        "in excess of",
        "expected to exceed",
        "set to exceed",
        "projected to exceed",
        "forecast to exceed",
        "likely to exceed",
        "surpass",
        "surpasses",
        "surpassed",
        "surpassing",
        "topped",
        "tops",
        "topping",
    ),
    Direction.AT_MOST: (
        "less than",
        "fewer than",
        "under",
        "below",
        "lower than",
        "smaller than",
        "shorter than",
    ),
}
# Bounds that mean what they say, before the number.
FIXED = {
    Direction.AT_LEAST: ("at least", "a minimum of", "minimum of", "at a minimum"),
    Direction.AT_MOST: (
        "at most",
        "up to",
        "within",
        "as many as",
        "as much as",
        "a maximum of",
        "maximum of",
        "at the most",
        "capped at",
    ),
    Direction.ABOUT: (
        "about",
        "around",
        "nearly",
        "almost",
        "approximately",
        "roughly",
        "some",
        "close to",
        "circa",
        "an estimated",
        "estimated at",
        "or so",
    ),
}
# Bounds written after the number: "500 or more", "60 and above", "30 minutes or less".
AFTER = {
    Direction.AT_LEAST: ("or more", "or above", "and above", "or over", "and over", "plus"),
    Direction.AT_MOST: ("or less", "or fewer", "or below", "and below", "or under", "at most", "at the most"),
    Direction.ABOUT: ("or so",),
}
# Words that negate the comparative after them in the same clause ("no village is more than 30 minutes away").
NEGATIONS = (
    "no",
    "not",
    "never",
    "none",
    "nothing",
    "nobody",
    "neither",
    "nor",
    "cannot",
    "without",
    r"\w+n['’]t",  # doesn't, didn't, won't, can't, isn't
)
# Not a negation of what follows: "not only more than 50 towns but ...", "no longer".
_NOT_NEGATING = re.compile(r"^\s*(?:only|just|merely|simply|longer)\b", re.IGNORECASE)
_NEGATION = re.compile(rf"\b(?:{'|'.join(NEGATIONS)})\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?()]|\b(?:and|but|while|whereas|which|that|who)\b", re.IGNORECASE)
NEGATION_REACH = 6  # words between a negation and the comparative it turns around

# Before a number a bound may be followed by an article, a currency sign or code, or a scale word's number:
# "more than US$80 billion", "exceeding RMB 5 billion", "no more than a third".
_BETWEEN = r"(?:\s*(?:an?|the)\s+|\s*(?:US\$|HK\$|RMB|CNY|USD|EUR|GBP|\$|€|£|¥)\s*|\s+|-)"
_NUMBER_START = r"(?=[+\-−]?\d|(?:an?\s+)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|half|third|quarter|dozen)\b)"


def _alternation(phrases) -> str:
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


_BEFORE_PHRASES = {d: (*COMPARATIVES.get(d, ()), *FIXED.get(d, ())) for d in Direction}
_PHRASE_DIRECTION = {p: d for d, phrases in _BEFORE_PHRASES.items() for p in phrases}
_COMPARATIVE = {p for phrases in COMPARATIVES.values() for p in phrases}
_BEFORE = re.compile(rf"\b(?P<phrase>{_alternation(_PHRASE_DIRECTION)})\b", re.IGNORECASE)
_AFTER_DIRECTION = {p: d for d, phrases in AFTER.items() for p in phrases}
_AFTER_NUMBER = re.compile(
    rf"^(?:[\s,]*[%\w.’'-]+){{0,4}}?[\s,]+(?P<phrase>{_alternation(_AFTER_DIRECTION)})\b", re.IGNORECASE
)
# Prepositions that bound only when a number follows ("over 80 projects", not "over the past year").
_AMBIGUOUS = {"over", "under", "above", "below", "beyond", "within", "about", "around", "some", "plus"}


@dataclass(frozen=True)
class Bound:
    """A bound read from words: its direction, the words that say it, and where they stand."""

    direction: Direction
    words: str
    start: int
    end: int
    negated: bool = False


def _canonical(phrase: str) -> str:
    return " ".join(phrase.lower().split())


def _negated(text: str, start: int) -> tuple[bool, int]:
    """Whether a negation turns around the comparative starting at ``start``, and where that negation starts."""
    clause_start = 0
    for match in _CLAUSE_BREAK.finditer(text, 0, start):
        clause_start = match.end()
    before = text[clause_start:start]
    negations = [m for m in _NEGATION.finditer(before) if not _NOT_NEGATING.match(before[m.end() :])]
    if not negations:
        return False, start
    last = negations[-1]
    if len(before[last.end() :].split()) > NEGATION_REACH:
        return False, start
    if _BEFORE.search(before[last.end() :]):  # "not at least ..., more than": the negation belongs to another bound
        return False, start
    return True, clause_start + last.start()


def bounds_in(text: str, numbers_only: bool = False) -> list[Bound]:
    """Every bound the text states, left to right, each with its negation composed.

    A preposition ("over", "under", "within", "about") counts as a bound only before a number, so "over the
    festival's ten editions" states none; with ``numbers_only`` every bound must stand before a number."""
    found = []
    for match in _BEFORE.finditer(text):
        phrase = _canonical(match.group("phrase"))
        followed = re.match(rf"{_BETWEEN}?{_NUMBER_START}", text[match.end() :], re.IGNORECASE)
        if (numbers_only or phrase in _AMBIGUOUS) and not followed:
            continue
        direction = _PHRASE_DIRECTION[phrase]
        start, negated = match.start(), False
        if phrase in _COMPARATIVE:
            negated, start = _negated(text, match.start())
        found.append(
            Bound(direction.opposite if negated else direction, text[start : match.end()], start, match.end(), negated)
        )
    return _without_overlaps(found)


def _without_overlaps(found: list[Bound]) -> list[Bound]:
    """ "expected to exceed", "no more than": one bound each, the longest reading kept."""
    kept: list[Bound] = []
    for bound in sorted(found, key=lambda b: (b.start, -(b.end - b.start))):
        if kept and bound.start < kept[-1].end:
            continue
        kept.append(bound)
    return kept


def bound_before(text: str, number_start: int) -> Bound | None:
    """The bound that applies to the number starting at ``number_start``: its words end just before it (an
    article, a currency sign or code may stand between), with any negation before them composed."""
    head = text[:number_start]
    for bound in reversed(bounds_in(head + "1")):
        if re.fullmatch(_BETWEEN + "?", head[bound.end :], re.IGNORECASE):
            return bound
    return None


# How a figure's `qualifier` says a bound the release words as a verb or a preposition: shown before the value
# ("more than 80 billion yuan"), never "exceeding 80 billion yuan" or "does not exceed 5 million".
_SHOWN_AS = {
    Direction.AT_LEAST: "more than",
    Direction.AT_MOST: "no more than",
}
_SHOWN_AS_WRITTEN = {
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "at least",
    "at most",
    "up to",
    "within",
    "under",
    "below",
    "above",
    "as many as",
    "as much as",
    "upwards of",
    "no more than",
    "not more than",
    "no less than",
    "not less than",
    "no fewer than",
    "not fewer than",
    "expected to exceed",
    "set to exceed",
    "projected to exceed",
    "forecast to exceed",
    "likely to exceed",
}


def shown_as(bound: Bound) -> str:
    """The qualifier a reader sees for a bound: the release's own phrase where it reads before a number ("no more
    than", "as many as", "about"), else the direction in plain words ("exceeded" is "more than", "does not
    exceed" is "no more than", "no village is more than" is "at most")."""
    said = _canonical(bound.words)
    if said in _SHOWN_AS_WRITTEN or said in FIXED.get(bound.direction, ()) or said in AFTER.get(bound.direction, ()):
        return said
    if not bound.negated and bound.direction == Direction.AT_LEAST and len(said.split()) == 1:
        return _SHOWN_AS[Direction.AT_LEAST]  # "over", "exceeding", "surpassed"
    if bound.negated and len(said.split()) <= 3:
        return _SHOWN_AS.get(bound.direction, bound.direction.value)  # "not exceeding", "does not exceed"
    return bound.direction.value


def bound_after(text: str, number_end: int) -> Bound | None:
    """A bound written after the number and its unit: "500 people or more", "30 minutes or less"."""
    match = _AFTER_NUMBER.match(text[number_end:])
    if match is None:
        return None
    start, end = number_end + match.start("phrase"), number_end + match.end("phrase")
    return Bound(_AFTER_DIRECTION[_canonical(match.group("phrase"))], text[start:end], start, end)


def bound_of(text: str, number_start: int, number_end: int) -> Bound | None:
    """The bound on the number at [number_start, number_end) of the text, before it or after it."""
    return bound_before(text, number_start) or bound_after(text, number_end)


def direction_of(text: str, number_start: int, number_end: int) -> Direction:
    """Which way the number at [number_start, number_end) points: at most, at least, about, or exactly."""
    bound = bound_of(text, number_start, number_end)
    return bound.direction if bound else Direction.EXACTLY


def qualifier_direction(qualifier: str | None) -> Direction | None:
    """The direction a figure's `qualifier` states ("no more than" is at most); None for none, or for a band
    ("top") or words that bound nothing."""
    said = " ".join((qualifier or "").split())
    if not said or said.lower() == "top":
        return None
    bounds = bounds_in(f"{said} 1")
    if bounds and bounds[-1].end == len(said):
        return bounds[-1].direction
    after = bound_after(f"1 {said}", 1)
    return after.direction if after else None


def stated_directions(text: str) -> set[Direction]:
    """The bounds a label (or scope, period) states, in any place: "at most", "more than 80", "no fewer than"."""
    return {bound.direction for bound in bounds_in(text)} | {
        d for phrase, d in _AFTER_DIRECTION.items() if re.search(rf"\b{re.escape(phrase)}\b", text, re.IGNORECASE)
    }


# The direction of a change ---------------------------------------------------------------------------------


class Change(str, Enum):
    UP = "up"
    DOWN = "down"


CHANGE_WORDS = {
    Change.UP: (
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "grew",
        "grow",
        "grows",
        "growing",
        "grown",
        "growth",
        "increase",
        "increased",
        "increases",
        "increasing",
        "climbed",
        "climbs",
        "jumped",
        "jumps",
        "gained",
        "gain",
        "gains",
        "expanded",
        "expansion",
        "surged",
        "surge",
        "soared",
        "boosted",
        "raised",
        "higher",
        "added",
    ),
    Change.DOWN: (
        "fell",
        "fall",
        "falls",
        "falling",
        "fallen",
        "dropped",
        "drop",
        "drops",
        "dropping",
        "decreased",
        "decrease",
        "decreases",
        "decreasing",
        "declined",
        "decline",
        "declines",
        "declining",
        "cut",
        "cuts",
        "cutting",
        "reduced",
        "reduce",
        "reduces",
        "reducing",
        "reduction",
        "reductions",
        "lowered",
        "lower",
        "shrank",
        "shrunk",
        "shrinking",
        "contracted",
        "contraction",
        "slumped",
        "plunged",
        "dipped",
        "slid",
        "slipped",
        "minus",
        "negative growth",
    ),
}
_CHANGE_DIRECTION = {w: d for d, words in CHANGE_WORDS.items() for w in words}
_CHANGE = re.compile(rf"\b(?P<word>{_alternation(_CHANGE_DIRECTION)})\b", re.IGNORECASE)
# "up 3%", "down by 2.1 percent": "up" and "down" are a change only before a number (never "set up 5 centres").
# "made up 88.6 percent", "set up 5 centres", "broken down to 169 grids": a phrasal verb, not a change.
_PHRASAL = r"(?<!\bmade\s)(?<!\bmake\s)(?<!\bmakes\s)(?<!\bset\s)(?<!\bsets\s)(?<!\bbroken\s)(?<!\bbroke\s)(?<!\btook\s)(?<!\btake\s)(?<!\bsped\s)(?<!\bnarrowed\s)(?<!\bwritten\s)(?<!\bended\s)"
_UP_DOWN = re.compile(
    _PHRASAL
    + r"(?<![\w-])(?P<word>up|down)\s+(?:by\s+)?[+\-−]?\d[\d,.]*\s*(?:%|percent\b|per\s+cent\b|(?:percentage\s+)?points\b|times\b|-?fold\b|from\b|year\b)",
    re.IGNORECASE,
)
_CHANGE_NEGATED = re.compile(rf"\b(?:{'|'.join(NEGATIONS)})\s+(?:\w+\s+)?$", re.IGNORECASE)
# A difference said after the number: "6.5 percent less than the year before", "0.1 percentage points higher".
_RATE_UNIT = r"(?:\s*%|\s+percent\b|\s+per\s+cent\b|\s+percentage\s+points?\b|\s+points?\b)"
_COMPARED = {"less": Change.DOWN, "fewer": Change.DOWN, "smaller": Change.DOWN, "more": Change.UP, "larger": Change.UP}
_COMPARED_AFTER = re.compile(
    rf"(?<=[\d%]){_RATE_UNIT}?\s+(?P<word>{'|'.join(_COMPARED)})(?:\s+than\b(?!\s+(?:\d|an?\s|one\b|two\b))|\s*$)",
    re.IGNORECASE,
)


def _changes(text: str) -> list[tuple[int, int, Change]]:
    found = []
    for pattern in (_CHANGE, _UP_DOWN, _COMPARED_AFTER):
        for match in pattern.finditer(text):
            if _CHANGE_NEGATED.search(text[: match.start()]):
                continue  # "did not fall": no direction stated
            word = _canonical(match.group("word"))
            direction = _CHANGE_DIRECTION.get(word) or _COMPARED.get(word) or Change(word)
            found.append((match.start("word"), match.end("word"), direction))
    return sorted(found)


def change_of(sentence: str, words_start: int, words_end: int) -> Change | None:
    """The direction of the change the sentence states for the figure's words at [words_start, words_end): a
    change word in the words ("a decrease of 3.1%"), else the nearest before them in their clause ("accidents
    dropped by 15%"), else one just after ("15% lower"); None where the sentence states no change."""
    changes = _changes(sentence)
    inside = [c for c in changes if words_start <= c[0] and c[1] <= words_end]
    if inside:
        return inside[0][2]
    clause_start = 0
    for match in re.finditer(r"[;:.!?]|,\s+(?:and|but|while|whereas)\b|\bwhile\b|\bwhereas\b", sentence[:words_start]):
        clause_start = match.end()
    before = [c for c in changes if clause_start <= c[0] and c[1] <= words_start]
    if before:
        return before[-1][2]
    after = [
        c
        for c in changes
        if words_end <= c[0] <= words_end + 12 and not re.search(r"[,;.]", sentence[words_end : c[0]])
    ]
    return after[0][2] if after else None


@dataclass(frozen=True)
class ChangeAmount:
    """A number that is the amount of a change, not a level: its direction and the words that state it (the
    change word and the number: "fell 1.8 percent", "a decrease of 3.1%", "6.5 percent less", "minus 2.4")."""

    change: Change
    start: int
    end: int


# Words a change word may have between it and its amount: "rose by nearly 5%", "fell by less than 2 percent".
_AMOUNT_BOUND = (
    r"(?:\s+(?:an?\s+)?(?:average\s+of|about|around|nearly|almost|some|roughly|approximately|just|only|"
    r"more\s+than|less\s+than|over|under|close\s+to))?\s+"
)
_VERB_AMOUNT = re.compile(
    rf"\b(?P<word>{_alternation(_CHANGE_DIRECTION)}|{_PHRASAL}(?:up|down))(?:\s+by)?{_AMOUNT_BOUND}$", re.IGNORECASE
)
_NOUN_AMOUNT = re.compile(
    rf"\b(?P<word>{_alternation(_CHANGE_DIRECTION)})\s+of(?:\s+(?:about|around|nearly|almost|some|roughly|"
    r"more\s+than|less\s+than|over|under))?\s+$",
    re.IGNORECASE,
)
_BY_AMOUNT = re.compile(rf"\bby{_AMOUNT_BOUND}$", re.IGNORECASE)
_AFTER_AMOUNT = re.compile(
    rf"^{_RATE_UNIT}?(?:[\s-]+(?:year[- ]on[- ]year|annual|month[- ]on[- ]month))?[\s-]+(?P<word>"
    rf"{_alternation(_CHANGE_DIRECTION)}|{'|'.join(_COMPARED)}(?=\s+than\b))\b(?!\s+(?:to|from)\b)",
    re.IGNORECASE,
)
_RATE = re.compile(rf"(?:%|percent|per\s+cent|-?fold|times)$|^{_RATE_UNIT}|^\s+times\b|^[\s-]+fold\b", re.IGNORECASE)
_CLAUSE_OPENS = re.compile(r"[;:.!?]|,\s+(?:and|but|while|whereas)\b|\bwhile\b|\bwhereas\b|,")


def _direction(word: str) -> Change:
    word = _canonical(word)
    return _CHANGE_DIRECTION.get(word) or _COMPARED.get(word) or Change(word)


def change_amount(sentence: str, number_start: int, number_end: int) -> ChangeAmount | None:
    """Whether the number at [number_start, number_end) is the amount of a change the sentence states, and which
    way: after a change verb ("fell 1.8 percent", "grew by 12%", "down 2.8 percent", "minus 2.4 percent"), after a
    change noun and "of" ("a decrease of 3.1%", "negative growth of 6.5 percent"), after "by" in the clause of a
    change ("cut its energy use by 2.5 percent"), or before a change word or a comparison ("a 70 percent
    reduction", "6.5 percent less than", "0.9 percent lower"). A level is not an amount: "fell to 20", "fell below
    20 minutes", "up from 91.2%", "rose 8.1 percent to 14,300 yuan" (the 14,300); nor a count after a verb
    without "by" ("cut 12 approval steps"); nor a negated change ("did not fall by 10%")."""
    before, after = sentence[:number_start], sentence[number_end:]
    rate = bool(_RATE.search(sentence[number_start:number_end]) or _RATE.match(after))
    for pattern, needs_rate in ((_NOUN_AMOUNT, False), (_VERB_AMOUNT, True)):
        match = pattern.search(before)
        if match and (not needs_rate or rate or re.search(r"\bby\s", match.group())):
            if _CHANGE_NEGATED.search(before[: match.start()]):
                return None
            start = match.start("word")
            if pattern is _NOUN_AMOUNT:  # "a decrease of 3.1%", "a year-on-year increase of 6.3%": with its article
                article = re.search(r"\b(?:an?)\s+(?:[\w-]+\s+){0,2}$", before[:start], re.IGNORECASE)
                start = article.start() if article else start
            return ChangeAmount(_direction(match.group("word")), start, number_end)
    if _BY_AMOUNT.search(before):
        clause = max([m.end() for m in _CLAUSE_OPENS.finditer(before)] or [0])
        earlier = [c for c in _changes(before) if c[0] >= clause]
        if earlier:
            return ChangeAmount(earlier[-1][2], earlier[-1][0], number_end)
    match = _AFTER_AMOUNT.match(after)
    if match and (rate or match.group("word").lower() not in _COMPARED):
        return ChangeAmount(_direction(match.group("word")), number_start, number_end + match.end("word"))
    return None


LABEL_CHANGE_WORDS = {
    Change.UP: (
        "growth",
        "grew",
        "grow",
        "rise",
        "rose",
        "risen",
        "increase",
        "increased",
        "gain",
        "gains",
        "up",
        "higher",
        "expansion",
        "surge",
    ),
    Change.DOWN: (
        "fall",
        "fell",
        "drop",
        "dropped",
        "decline",
        "declined",
        "decrease",
        "decreased",
        "reduction",
        "reduced",
        "cut",
        "cuts",
        "lower",
        "down",
        "contraction",
        "shrinkage",
    ),
}
_LABEL_CHANGE = {w: d for d, words in LABEL_CHANGE_WORDS.items() for w in words}
_LABEL_CHANGE_WORD = re.compile(rf"\b(?P<word>{_alternation(_LABEL_CHANGE)})\b", re.IGNORECASE)


def label_changes(label: str) -> set[Change]:
    """The directions of change a label names ("Growth in ...", "Reduction of ..."); empty for a label that
    names none, which may stand whatever the sentence says."""
    found = set()
    for match in _LABEL_CHANGE_WORD.finditer(label):
        word = match.group("word").lower()
        if word in ("up", "down") and (
            re.match(r"\s*(?:-|to\b|of\b|from\b)", label[match.end() :])
            or re.search(
                r"(?:-|\b(?:set|built|build|start|started|setting|break|broken|lock|locked|follow|made|make|take|took|pick|picked|step|stepped))\s*$",
                label[: match.start()],
                re.IGNORECASE,
            )
        ):
            continue  # "up to", "down from", "set-up", "built up": not the change named
        found.add(_LABEL_CHANGE[word])
    return found
