"""Units and provisional labels: what the words around a number say it counts."""

from __future__ import annotations

import re

from ..numbers import Reading
from ..wording import resolve_relative_years
from .vocabulary import STOP, word_set


def counted_phrase(after: str, stop_at: int) -> str:
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


def unit_of(reading: Reading, phrase: str) -> str:
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


TRAILING = word_set(
    "amounting to totaling totalling reached reaching was were is are of by at has have had been exceeded "
    "claiming engaging serving benefiting for rose fell grew up down now drew made held put"
)
GENERIC_UNITS = {"yuan", "%", "percent", "items", "times", "dollars", "euros"}


def label_of(phrase: str, before: str, briefing_date: str) -> str:
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
