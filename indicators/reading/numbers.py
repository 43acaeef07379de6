"""Read the numbers a phrase of English states: "120 billion yuan", "Six", "86.24%", "half", "global top four".

The validator uses this to prove that each indicator's value is the one its words state, so it
reads only what the words say; it never guesses.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

from indicators.reading.bounds import Change, change_of

PERCENT_UNIT = "%"


def is_percent_unit(unit: str) -> bool:
    """The one test of "is a percentage": the unit is "%" (and the validator holds `kind: percent` to it)."""
    return unit.strip() == PERCENT_UNIT


UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
}
SCALES = {
    "hundred": 100,
    "thousand": 1_000,
    "million": 1_000_000,
    "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000,
}
FRACTIONS = {"half": 0.5, "quarter": 0.25}
# Words that name a count without a number word: "dual headquarters", "a dozen", the release's "trioka".
COLLECTIVES = {
    "single": 1,
    "dual": 2,
    "double": 2,
    "twice": 2,
    "pair": 2,
    "triple": 3,
    "trio": 3,
    "troika": 3,
    "trioka": 3,
    "dozen": 12,
    "decade": 10,
    "century": 100,
    "centenary": 100,
}
# Denominators of fractions in words: "two-thirds", "a fifth", "three quarters" (with a numerator only,
# so "ranking third" stays an ordinal).
DENOMINATORS = {
    "half": 2,
    "halves": 2,
    "third": 3,
    "thirds": 3,
    "quarter": 4,
    "quarters": 4,
    "fifth": 5,
    "fifths": 5,
    "sixth": 6,
    "sixths": 6,
    "seventh": 7,
    "sevenths": 7,
    "eighth": 8,
    "eighths": 8,
    "ninth": 9,
    "ninths": 9,
    "tenth": 10,
    "tenths": 10,
}
# A change by a whole multiple, said in one word: "doubled", "tripled", "fivefold".
MULTIPLIERS = {
    "doubled": 2,
    "doubles": 2,
    "doubling": 2,
    "tripled": 3,
    "trebled": 3,
    "triples": 3,
    "tripling": 3,
    "quadrupled": 4,
    "quadruples": 4,
    "quintupled": 5,
    **{
        f"{word}fold": value
        for word, value in [
            ("two", 2),
            ("three", 3),
            ("four", 4),
            ("five", 5),
            ("six", 6),
            ("seven", 7),
            ("eight", 8),
            ("nine", 9),
            ("ten", 10),
            ("twenty", 20),
            ("hundred", 100),
        ]
    },
}
# Plurals that give an order of magnitude, never a number: "dozens of", "hundreds of billions".
VAGUE = {"dozens", "decades", "centuries", "hundreds", "thousands", "millions", "billions"}

_NUMBER_WORD = "|".join(sorted([*UNITS, *TENS], key=len, reverse=True))
_SCALE_WORD = "|".join(SCALES)
_SMALL = rf"(?:\d{{1,3}}|{_NUMBER_WORD})"
# Shares, fractions with a numerator, ratios and "-fold" multiples: read before single numbers, so "one in
# five" is one figure (20%), not the two numbers 1 and 5.
_COMPOUND = re.compile(
    rf"""
    (?P<share>\b(?P<share_a>{_SMALL})\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<share_b>{_SMALL})\b(?!\s*(?:%|percent)))
    | (?P<fraction>\b(?P<numerator>{_NUMBER_WORD}|an?)[\s-]+(?P<denominator>{"|".join(DENOMINATORS)})\b)
    | (?P<ratio>(?<![\d:.])(?P<ratio_a>\d+)\s*:\s*(?P<ratio_b>\d+)(?![\d:]))
    | (?P<fold>(?<![\w.])(?P<fold_n>\d+(?:\.\d+)?|{_NUMBER_WORD})[\s-]?fold\b)
    | (?P<multiplier>\b(?:{"|".join(MULTIPLIERS)})\b)
    | (?P<place>\bNo\.\s?(?P<place_n>\d+)\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)

# One pattern, tried left to right; named groups say which kind of number matched.
_TOKEN = re.compile(
    rf"""
    (?P<digits>(?<![\w.])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?![\d]|[A-Z]|(?:st|nd|rd|th)\b))
      (?:\s*(?P<percent>%|\s?per\s?cent\b|\s?percent\b))?
      (?:[\s-]*(?P<dscale>{_SCALE_WORD})s?\b)?
    | (?P<ordinal_digits>\b\d+(?:st|nd|rd|th)\b)
    | (?P<words>\b(?:{_NUMBER_WORD})(?:[\s-]+(?:{_NUMBER_WORD}))?\b)
      (?:[\s-]+(?P<wscale>{_SCALE_WORD})s?\b)?
      (?:\s*(?P<wpercent>\s?per\s?cent\b|\s?percent\b))?
    | (?P<plural_scale>\b(?:{_SCALE_WORD})s\s+of\s+(?P<plural_of>{_SCALE_WORD})s\b)
    | (?P<ordinal>\b(?:{"|".join(ORDINALS)})\b)
    | (?P<fraction>\b(?:{"|".join(FRACTIONS)})\b)
    | (?P<collective>\b(?:{"|".join(COLLECTIVES)})\b)
    | (?P<vague>\b(?:{"|".join(VAGUE)})\b)
    | (?P<top>\btop\b)
    """,
    re.IGNORECASE | re.VERBOSE,
)


@dataclass(frozen=True)
class Reading:
    """One number stated in a phrase, as written and in full.

    ``written`` is the number as the words give it (120 in "120 billion yuan"); ``full`` applies the
    scale word (120e9); ``scale_word`` is that word, if any. ``percent`` says the words carry % or
    "percent". ``start``/``end`` locate the words in the phrase.
    """

    written: float
    full: float
    scale_word: str | None
    percent: bool
    kind: str  # digits, words, ordinal, fraction (also "one in five"), ratio, multiple, collective, top, vague
    start: int
    end: int
    decimals: int = 0
    negative: bool = False  # written with a minus sign ("-6.5%"): ``written`` and ``full`` carry the sign

    def candidates(self) -> tuple[float, ...]:
        """Every value a curator may honestly record for these words."""
        values = {self.written, self.full}
        if self.kind == "fraction":
            # "half" recorded as 50 %; "two-thirds" as 66.67 % (rounded as a curator types it)
            values.update(round(self.written * 100, decimals) for decimals in range(5))
        if self.kind == "ratio":
            values.update(round(self.written, decimals) for decimals in range(1, 5))
        return tuple(sorted(values))


def _word_value(words: str) -> float:
    total = 0
    for part in re.split(r"[\s-]+", words.lower()):
        total += UNITS.get(part, 0) + TENS.get(part, 0)
    return total


def _small(text: str) -> float:
    return float(text) if text.isdigit() else _word_value(text)


def _compound(match: re.Match) -> Reading | None:
    """A share, fraction, ratio or multiple; None where the words only look like one ("10:30" is a time)."""
    start, end = match.span()
    if match.group("share"):
        a, b = _small(match.group("share_a")), _small(match.group("share_b"))
        return Reading(a / b, a / b, None, False, "fraction", start, end) if 0 < a < b <= 1000 else None
    if match.group("fraction"):
        numerator = match.group("numerator").lower()
        a = 1 if numerator in ("a", "an") else _word_value(numerator)
        b = DENOMINATORS[match.group("denominator").lower()]
        if numerator in ("a", "an") and b != 4 and re.match(r"\s+(?!of\b)[a-z]", match.string[end:]):
            return None  # "a third time" is an order; "a third of residents" a share
        return Reading(a / b, a / b, None, False, "fraction", start, end) if 0 < a < b else None
    if match.group("ratio"):
        a, b = int(match.group("ratio_a")), int(match.group("ratio_b"))
        if len(match.group("ratio_b")) == 2 and a < 24 and b < 60 or not a or not b:
            return None  # a clock time ("8:30", "17:00"), never a ratio
        return Reading(a / b, a / b, None, False, "ratio", start, end)
    if match.group("fold"):
        number = match.group("fold_n")
        value = float(number) if number[0].isdigit() else _word_value(number)
        return Reading(value, value, None, False, "multiple", start, end)
    if match.group("multiplier"):
        value = float(MULTIPLIERS[match.group("multiplier").lower()])
        return Reading(value, value, None, False, "multiple", start, end)
    if re.search(r"[A-Z][\w’'-]*\s+$", match.string[:start]):
        return None  # "Stainless Steel Group No.20": part of a name
    value = float(match.group("place_n"))  # "ranks No.1 in the province": a place
    return Reading(value, value, None, False, "ordinal", start, end)


# A minus sign before digits, not a hyphen joining two numbers ("20-25%") or a word and a number ("COVID-19").
_MINUS = re.compile(r"(?:^|(?<=[\s(\[,;:]))[-−]$")


def _signed(phrase: str, reading: Reading) -> Reading:
    """The reading with the minus sign written before it, if any: "-6.5%" states -6.5."""
    if reading.kind != "digits" or not _MINUS.search(phrase[: reading.start]):
        return reading
    return Reading(
        -reading.written,
        -reading.full,
        reading.scale_word,
        reading.percent,
        reading.kind,
        reading.start - 1,
        reading.end,
        reading.decimals,
        negative=True,
    )


def stated_words(phrase: str, kinds: tuple[str, ...] = ("fraction", "ratio")) -> str | None:
    """The words of the first number of these kinds, as written: "two-thirds", "one in five", "1:3"."""
    reading = next((r for r in read_numbers(phrase) if r.kind in kinds), None)
    return phrase[reading.start : reading.end] if reading else None


def read_numbers(phrase: str) -> list[Reading]:
    """All the numbers stated in ``phrase``, left to right.

    "top" alone reads as 1 ("the top passenger port"); "top four" reads as the four only; "one in five",
    "two-thirds" and "1:3" are one number each.
    """
    compounds = [r for r in map(_compound, _COMPOUND.finditer(phrase)) if r is not None]
    masked = list(phrase)
    for reading in compounds:  # the words of a compound are read once, as the compound
        masked[reading.start : reading.end] = " " * (reading.end - reading.start)
    readings: list[Reading] = list(compounds)
    for match in _TOKEN.finditer("".join(masked)):
        group = match.lastgroup
        start, end = match.span()
        if match.group("digits"):
            text = match.group("digits")
            written = float(text.replace(",", ""))
            decimals = len(text.split(".")[1]) if "." in text else 0
            scale = (match.group("dscale") or "").lower() or None
            full = written * SCALES[scale] if scale else written
            readings.append(Reading(written, full, scale, bool(match.group("percent")), "digits", start, end, decimals))
        elif match.group("ordinal_digits"):
            value = float(re.match(r"\d+", match.group("ordinal_digits")).group())
            readings.append(Reading(value, value, None, False, "ordinal", start, end))
        elif match.group("words"):
            written = _word_value(match.group("words"))
            scale = (match.group("wscale") or "").lower() or None
            full = written * SCALES[scale] if scale else written
            readings.append(Reading(written, full, scale, bool(match.group("wpercent")), "words", start, end))
        elif match.group("plural_scale"):
            # "hundreds of billions": an order of magnitude, not a number.
            readings.append(Reading(math.nan, math.nan, match.group("plural_of").lower(), False, "vague", start, end))
        elif group == "ordinal":
            value = float(ORDINALS[match.group("ordinal").lower()])
            readings.append(Reading(value, value, None, False, "ordinal", start, end))
        elif group == "fraction":
            value = FRACTIONS[match.group("fraction").lower()]
            readings.append(Reading(value, value, None, False, "fraction", start, end))
        elif group == "collective":
            value = float(COLLECTIVES[match.group("collective").lower()])
            readings.append(Reading(value, value, None, False, "collective", start, end))
        elif group == "vague":
            readings.append(Reading(math.nan, math.nan, None, False, "vague", start, end))
        elif group == "top":
            readings.append(Reading(1.0, 1.0, None, False, "top", start, end))
    readings = [_signed(phrase, r) for r in readings]
    readings.sort(key=lambda r: r.start)
    # "top four": the number after "top" is the rank, so drop the bare "top".
    return [
        r
        for i, r in enumerate(readings)
        if not (r.kind == "top" and i + 1 < len(readings) and readings[i + 1].start - r.end <= 1)
    ]


def same_number(a: float, b: float) -> bool:
    return math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@dataclass(frozen=True)
class Agreement:
    """Whether a value agrees with its figure words, and if not, why (in words a curator can act on)."""

    ok: bool
    problem: str = ""
    reading: Reading | None = None


def _fmt(value: float) -> str:
    """The number as a curator would type it into the YAML: 3500000000, 86.24."""
    return str(int(value)) if float(value).is_integer() and abs(value) < 1e18 else repr(float(value))


def check_value(
    value: float, unit: str, figure: str, readings: list[Reading] | None = None, value_to: float | None = None
) -> Agreement:
    """Does ``value`` (in ``unit``) state exactly the number in ``figure``?

    Either scale convention agrees: 5.8 with unit "million people", or 5800000 with unit "people";
    but a value written without its scale word must carry that word in its unit, and a value in full
    must not, or a reader would see a number a million times wrong.
    """
    readings = read_numbers(figure) if readings is None else readings
    if value_to is not None:
        return _check_range(value, value_to, unit, figure, readings)
    if not readings:
        return Agreement(
            False,
            f"the figure words {figure!r} state no number; "
            "quote the words that give the value, or mark it `derived: true` with a note",
        )
    if len(readings) > 1:
        found = ", ".join(repr(figure[r.start : r.end].strip()) for r in readings)
        return Agreement(
            False,
            f"the figure words {figure!r} state several numbers ({found}); "
            "narrow `figure` to the words of this one value",
        )
    reading = readings[0]
    if reading.kind == "vague":
        return Agreement(
            False,
            f"the figure words {figure!r} give an order of magnitude, not a number; list them "
            "under `not_figures` with a reason, or record a derived value with a note",
            reading,
        )
    unit_words = unit.lower().split()
    falls = not reading.negative and change_of(figure, 0, len(figure)) == Change.DOWN
    if value < 0 and not reading.negative and not falls:
        return Agreement(
            False,
            f"value {_fmt(value)} is negative, but the figure words {figure!r} carry no minus sign and no change "
            "down ('fell', 'down', 'a decrease of', 'negative growth'): record the number as written, or quote "
            "the words that state the fall",
            reading,
        )
    if value < 0 and falls:  # "fell 3.1%" recorded as -3.1: the sign is the direction
        value = -value
    if not any(same_number(value, c) for c in reading.candidates()):
        return Agreement(
            False,
            f"value {_fmt(value)} does not agree with the figure words {figure!r}, "
            f"which state {_fmt(reading.written)}"
            + (f" {reading.scale_word}" if reading.scale_word else "")
            + "; correct `value` or `figure`",
            reading,
        )
    if reading.scale_word and reading.scale_word != "hundred":
        written_form = same_number(value, reading.written) and not same_number(value, reading.full)
        if written_form and reading.scale_word not in unit_words:
            return Agreement(
                False,
                f"value {_fmt(value)} is written without its scale word "
                f"{reading.scale_word!r}: put it in the unit "
                f'("{reading.scale_word} {unit}") or record the value in full '
                f"({_fmt(reading.full)})",
                reading,
            )
        if not written_form and reading.scale_word in unit_words:
            return Agreement(
                False,
                f"value {_fmt(value)} is already in full, so the unit {unit!r} must not repeat {reading.scale_word!r}",
                reading,
            )
    if reading.percent and not is_percent_unit(unit):
        return Agreement(False, f'the figure words {figure!r} state a percentage: the unit must be "%"', reading)
    if reading.kind == "fraction" and is_percent_unit(unit) and abs(value - reading.written * 100) > 0.5:
        return Agreement(False, f"{figure!r} as a percentage is {_fmt(round(reading.written * 100, 2))}", reading)
    return Agreement(True, reading=reading)


def _check_range(value: float, value_to: float, unit: str, figure: str, readings: list[Reading]) -> Agreement:
    """A range states both ends: "15 to 20 kilometers" is 15 to 20, in one unit."""
    if len(readings) != 2:
        return Agreement(
            False,
            f"a range's words state both its ends and no other number; {figure!r} states {len(readings)}; "
            "narrow `figure` to the words of the range",
        )
    if not value < value_to:
        return Agreement(False, f"`value_to` ({_fmt(value_to)}) must be above `value` ({_fmt(value)})")
    low = check_value(value, unit, figure[: readings[0].end], readings[:1])
    if not low.ok:
        return low
    high = check_value(value_to, unit, figure, readings[1:])
    if not high.ok:
        return Agreement(False, high.problem.replace("value ", "value_to ", 1), high.reading)
    return Agreement(True, reading=readings[0])


def scale_of(unit: str) -> tuple[float, str]:
    """A unit that carries the release's scale word ("billion yuan"): the scale (1e9) and the rest ("yuan")."""
    words = unit.split()
    if words and words[0].lower() in SCALES and len(words) > 1:
        return float(SCALES[words[0].lower()]), " ".join(words[1:])
    return 1.0, unit
