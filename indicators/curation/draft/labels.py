"""Units and provisional labels: what the words around a number say it counts or measures.

A label names the thing: the noun phrase the number quantifies ("5G base stations"), or, where the number
is a measure ("27 micrograms per cubic meter", "45 working days"), the subject of its clause ("the average
PM2.5 concentration"). A share names its whole ("Share of residents"), a change what changed ("Growth in
GDP"). Never a neighbouring figure, never the unit alone: where nothing better is found, the label says so
and the figure's review comment asks the curator to name it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from indicators.curation.draft.vocabulary import STOP, word_set
from indicators.reading.numbers import Reading, read_numbers
from indicators.reading.periods import resolve_relative_years

# Head nouns of units that measure rather than count: the label comes from the clause, not from them.
MEASURES = word_set(
    "minute minutes hour hours day days week weeks month months year years tonne tonnes ton tons hectare hectares "
    "kilometer kilometers kilometre kilometres km km2 meter meters metre metres mu yuan dollars euros pounds "
    "percent % micrograms milligrams times points kilowatts kilowatt-hours litres liters cubic square"
)
# Words that end a clause's subject: verbs of reporting, change and being, and adverbs between subject and verb.
VERBS = word_set(
    "is are was were be been has have had will would can could reached reaches reach rose rises grew grows fell falls "
    "dropped declined increased decreased stood stands stayed stay stays totalled totaled amounted hit topped "
    "exceeded exceed covers cover covered needs need needed takes took take handled handles received receives drew "
    "draws added adds built builds paved opened opens registered registers created run runs ran lives live meet "
    "meets operate operates ranks ranked ranking doubled tripled trebled quadrupled served serves employs hosts "
    "attracted welcomed saw achieved recorded accounted went made launched signed completed installed planted up "
    "down now still also already further only reaching claimed answer answers waits wait carries carry carried"
)
OPENERS = word_set(
    "and but while whereas the a an its their his her our this these those so thus meanwhile no every each"
)
GENERIC = word_set("district county area city government it we they this there which that region town new")
FALL = re.compile(r"\b(fell|dropped|declined|decreased|down|shrank|less than|lower)\b", re.IGNORECASE)
CLAUSE_BREAK = re.compile(r",\s|;\s|:\s|\s(?:and|while|but|whereas|which|as)\s")
NUMBER = re.compile(r"^[\d,.]+%?$")
# Bounds and amounts that may open a clause before its subject: "Less than 8 percent of cargo ..."
LEADING = re.compile(
    r"^(?:[\d,.]+%?|some|about|around|nearly|almost|over|more|than|less|under|up|to|at|most|percent|per|cent)$",
    re.IGNORECASE,
)
# A change, not a level: "grew by 12%", "up 7.5 percent", "rose 8.1 percent"; never "up from 91.2%".
CHANGE_BEFORE = re.compile(
    r"\b(?:(?:by|up|down)\s+(?!from\b)(?:\w+\s+)?|(?:rose|grew|increased|fell|dropped|declined|decreased|climbed|jumped)"
    r"\s+(?:by\s+)?(?:(?!from\b)\w+\s+)?)$",
    re.IGNORECASE,
)
LINKING = re.compile(r"\b(?:is|are|was|were|be|remain|remained|stay|stays)\s+(?:\w+\s+)?$", re.IGNORECASE)


def counted_phrase(after: str, stop_at: int) -> str:
    """The words that name what is counted: up to a stop word, punctuation or the next number."""
    after = after[:stop_at]
    words = []
    for match in re.finditer(r"[“\"‘]?[\w’'.-]*\w[”\"’]?|\S", after):
        word = match.group()
        bare = word.strip("“”\"‘’'").lower()
        if not re.match(r"[\w“\"‘-]", word) or (bare in STOP and not (bare == "per" or words and words[-1] == "per")):
            break
        if words and bare in VERBS and words[-1].lower() != "per":  # "new buildings meet the standard"
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
    if reading.percent or reading.kind == "fraction":
        return "%"
    if reading.kind == "multiple":
        return "times"
    if reading.kind == "ratio":
        return "ratio"
    words = phrase.split()
    every = re.fullmatch(r"(\S+) (?:a|an|each|every) (month|year|day|week|person|household|resident)", phrase)
    if every:  # "900 yuan a month"
        return f"{every.group(1)} per {every.group(2)}"
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


def is_measure(phrase: str) -> bool:
    """Whether the phrase measures (minutes, tonnes, yuan) rather than names what is counted; a rate's
    period does not make a count a measure ("90,000 passengers a day")."""
    phrase = re.sub(r"\s+(?:a|an|per|each|every)\s+(?:day|week|month|year)$", "", phrase.lower())
    words = phrase.replace("-", " ").split()
    return not words or words[0] in MEASURES or words[-1] in MEASURES


def _clause_start(text: str, position: int) -> int:
    breaks = [m.end() for m in CLAUSE_BREAK.finditer(text, 0, position)]
    return breaks[-1] if breaks else 0


def subject_of(clause: str) -> str:
    """The noun phrase a clause opens with, up to its verb: "the average PM2.5 concentration fell" -> its subject."""
    words = re.findall(r"[\w’'.%&-]*\w[%]?", clause)
    while words and (words[0].lower() in OPENERS or LEADING.match(words[0])):
        words.pop(0)
    subject = []
    for word in words:
        if word.lower() in VERBS or NUMBER.match(word) or word.lower() in STOP and not subject:
            break
        subject.append(word)
    while subject and subject[-1].lower() in STOP:
        subject.pop()
    return " ".join(subject[:8])


def _named(text: str) -> bool:
    words = [w.lower() for w in text.split()]
    return bool(words) and not all(w in GENERIC or w in OPENERS for w in words)


@dataclass(frozen=True)
class Label:
    text: str
    sure: bool  # False: the drafter could not tell what the number counts; the review comment says so
    unit: str = ""  # what is counted, where the words after the number do not say it ("12 of them")


def _lower_first(text: str) -> str:
    """ "Tea gardens" inside a label: "share of tea gardens" (acronyms and names with capitals inside stay)."""
    first, _, rest = text.partition(" ")
    if first[:1].isupper() and first[1:].islower():
        first = first.lower()
    return f"{first} {rest}".strip()


def _complement(after: str) -> str:
    """ "from land transfer to construction permit", "for customs clearance": what a measure is of."""
    match = re.search(r"\b(?:from|for)\s+[^,.;]+", after)
    if not match or match.start() > 40:
        return ""
    words = match.group().split()[:8]
    while words and words[-1].lower() in STOP:
        words.pop()
    return " ".join(words)


def _participle(after: str) -> str:
    """ "were dredged", "registered each working day": what happened to what is counted."""
    match = re.match(r"\s+(?:(?:were|was|have been|has been|are|is)\s+)?(\w+ed)\b((?:\s+[a-z][\w-]*){0,3})", after)
    if not match:
        return ""
    words = f"{match.group(1)}{match.group(2)}".split()
    while len(words) > 1 and words[-1].lower() in STOP:
        words.pop()
    return " " + " ".join(words)


def antecedent(before: str) -> str:
    """What the sentence counted just before: "Some 85 food processing firms operate, and 12 of them ..."."""
    earlier = [r for r in read_numbers(before) if r.kind != "vague"]
    if not earlier:
        return ""
    after = re.sub(r"^\s*(?:percent\s+|%\s*)?of\s+(?:the\s+|all\s+)?", " ", before[earlier[-1].end :])
    phrase = counted_phrase(after, len(after))
    if phrase and not is_measure(phrase):
        return phrase
    return subject_of(before[_clause_start(before, earlier[-1].start) : earlier[-1].start])


def label_of(
    text: str, start: int, end: int, phrase: str, reading: Reading, briefing_date: str, hint: str = ""
) -> Label:
    """A provisional label for the number stated by text[start:end], with the phrase it counts after it."""
    before, after = text[:start], text[end:]
    clause_subject = subject_of(text[_clause_start(text, start) : start])
    clause_subject = clause_subject if _named(clause_subject) else ""
    sentence_subject = subject_of(before[: _clause_start(before, len(before)) or len(before)]) if before else ""
    subject = clause_subject or (sentence_subject if _named(sentence_subject) else "")
    after_phrase = after
    if phrase and after.lstrip().startswith(phrase):
        after_phrase = after.lstrip()[len(phrase) :]
    share = reading.percent or reading.kind == "fraction"
    of_them = re.match(r"\s+of\s+(?:them|these|those)\b\s*([^,.;]*)", after)
    whole = re.match(r"\s*(?:percent\s+|%\s*)?of\s+(?!them\b|these\b|those\b)", after)
    if hint:
        result = Label(hint, True)
    elif of_them:  # "12 of them export to Asia": of the thing counted just before
        thing = antecedent(before)
        rest = " ".join(of_them.group(1).split()[:5])
        text_ = f"Share of {_lower_first(thing)}" if share else thing
        result = Label(
            f"{text_}{' that ' + rest if rest else ''}",
            bool(thing),
            "" if share else thing.split()[-1:][0] if thing else "",
        )
    elif phrase == "times":  # "nearly three times the figure of 2015"
        thing = antecedent(before) or subject
        year = re.match(r"\s*(?:the\s+\w+\s+)?of\s+((?:19|20)\d\d)", after_phrase)
        result = Label(f"{thing}, as a multiple{' of ' + year.group(1) if year else ''}", bool(thing))
    elif (
        reading.kind == "multiple"
        or share
        and (CHANGE_BEFORE.search(before) or re.match(r"\s+(?:more|less) than a year", after))
    ):
        grew = not FALL.search(text[_clause_start(text, start) : start] + " " + after[:30])
        result = Label(f"{'Growth' if grew else 'Fall'} in {_lower_first(subject)}" if subject else "", bool(subject))
    elif share and whole:
        rest = re.sub(r"^(?:all|the|its|their)\s+", "", after[whole.end() :], flags=re.IGNORECASE)
        counted = counted_phrase(" " + rest, len(rest) + 1)
        named = (
            f" ({_lower_first(clause_subject)})"
            if clause_subject and clause_subject.lower() not in counted.lower()
            else ""
        )
        result = Label(f"Share of {counted}{named}", bool(counted))
    elif share and phrase and not is_measure(phrase):
        result = Label(f"Share of {phrase}{_participle(after_phrase)}", True)  # "One in five residents"
    elif share and not phrase and antecedent(before) and not clause_subject:
        result = Label(
            f"Share of {_lower_first(antecedent(before))}{_participle(after)}", True
        )  # "..., and four in ten are founded"
    elif phrase and not is_measure(phrase):
        if clause_subject and LINKING.search(before):  # "class sizes will be between 35 and 40 pupils"
            result = Label(f"{clause_subject}, in {phrase}", True)
        else:
            result = Label(phrase + _participle(after_phrase), True)
    else:
        of = re.match(r"\s+of\s+((?:[\w-]+\s*){1,4})", after_phrase)
        counted = counted_phrase(" " + of.group(1), len(of.group(1)) + 1) if of else ""
        counted = "" if re.fullmatch(r"[\d,.\s]*", counted) else counted
        complement = _complement(after_phrase)
        if counted:
            result = Label(counted, True)  # "120 kilometers of village roads"
        elif clause_subject:
            result = Label(clause_subject + (f", {complement}" if complement else ""), True)
        elif complement:
            result = Label(re.sub(r"^(?:for|from)\s+", "", complement), True)
        elif subject:
            result = Label(subject, True)
        else:
            result = Label("", False)
    # never a neighbouring figure in a label (a year it names may stay: "as a multiple of 2015")
    words = [w for w in result.text.split() if not NUMBER.fullmatch(w) or re.fullmatch(r"(?:19|20)\d\d", w)]
    label = " ".join(words).strip(" ,.;:-“”\"‘’'")
    if not label:
        return Label("What this counts (name it)", False)
    label = resolve_relative_years(label, briefing_date)
    return Label(label[:1].upper() + label[1:], result.sure, result.unit)
