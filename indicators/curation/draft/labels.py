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
from indicators.curation.draft.when import PERIOD
from indicators.reading.bounds import CHANGE_WORDS, Change
from indicators.reading.numbers import Reading, read_numbers
from indicators.reading.periods import RELATIVE_TIME, resolve_relative_years

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
    "down now still also already further only reaching claimed answer answers waits wait carries carry carried "
    "open bring brings brought came come comes remained remain remains averaged totalling totaling registered "
    "showed shows marking marked use uses"
)
OPENERS = word_set(
    "and but while whereas the a an its their his her our this these those so thus meanwhile no every each"
)
CHANGE_NOUNS = frozenset(w for words in CHANGE_WORDS.values() for w in words) | {"decline", "drop", "rise", "fall"}
_CHANGE_MODIFIERS = word_set("year-on-year annual substantial slight sharp further steady marked modest negative")
GENERIC = word_set("district county area city government it we they this there which that region town new")
FALL = re.compile(r"\b(fell|dropped|declined|decreased|down|shrank|less than|lower)\b", re.IGNORECASE)
# Where a clause starts: after a comma, a colon or a dash, a conjunction, or a verb of reporting ("Preliminary
# estimates show that ...": what they show has its own subject).
CLAUSE_BREAK = re.compile(
    r",\s|;\s|:\s|\s--\s|\s—\s|\s(?:and|while|but|whereas|which|as)\s"
    r"|\b(?:show|shows|showed|said|says|indicate|indicates|indicated|noted|reported|estimated)\s+that\s"
)
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
# A comparison's base, not what a measure is of: "from the same period last year", "from a year earlier".
BASE = re.compile(r"(?:from|for)\s+(?:the\s+)?(?:same\s+period|a\s+year|previous|prior|last|a\s+month)", re.IGNORECASE)
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
        if words and len(bare) > 4 and bare.endswith("ed") and "-" not in bare:  # "Nine kindergartens opened"
            break
        if bare in ("last", "this", "next", "previous") or bare.startswith(("year-on-year", "month-on-month")):
            break  # "42.8 billion yuan last year": the period, not what is counted
        words.append(word)
        if len(words) >= 4:
            break
    while words and words[-1].lower() in ("aged", "age"):  # "residents aged 65 and over": the age is set aside
        words.pop()
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
    """Where the clause holding `position` starts. "and" joins clauses only after a verb or a number: "Imports and
    exports came to ..." is one subject; "Tea output was 12,600 tonnes and fruit output ..." two clauses."""
    start = 0
    for match in CLAUSE_BREAK.finditer(text, 0, position):
        joined = match.group().strip() in ("and", "or")
        before = text[start : match.start()]
        if joined and not (re.search(r"\d", before) or any(w.lower() in VERBS for w in before.split())):
            continue
        start = match.end()
    return start


def clauses_before(text: str, position: int) -> list[str]:
    """The clauses of the text before `position`, in order."""
    found, start = [], 0
    while start < position:
        nxt = next(
            (m for m in CLAUSE_BREAK.finditer(text, start, position) if _clause_start(text, m.end()) == m.end()), None
        )
        end = nxt.start() if nxt else position
        found.append(text[start:end])
        start = nxt.end() if nxt else position
    return found


def sentence_subject(text: str, position: int) -> str:
    """The subject of the sentence: of its first clause that has one ("By residence, the per capita disposable
    income of urban residents was ..." -> "per capita disposable income of urban residents")."""
    for clause in clauses_before(text, position):
        subject = subject_of(clause)
        if _named(subject):
            return _possessive_dropped(subject)
    return ""


def subject_of(clause: str) -> str:
    """The noun phrase a clause opens with, up to its verb: "the average PM2.5 concentration fell" -> its subject.
    "value added" and "per capita" are nouns of statistics, not a verb and a preposition."""
    words = re.findall(r"[\w’'.%&-]*\w[%]?", clause)
    while words and (words[0].lower() in OPENERS or LEADING.match(words[0])) and not _compound(words, 0):
        words.pop(0)
    subject = []
    for index, word in enumerate(words):
        lowered = word.lower()
        if _compound(words, index) or subject and lowered == "added" and subject[-1].lower() == "value":
            subject.append(word)
            continue
        following = words[index + 1].lower() if index + 1 < len(words) else ""
        adjective = not subject and lowered.endswith("ed") and following.isalpha() and following not in STOP
        if (lowered in VERBS and not adjective) or NUMBER.match(word) or lowered in STOP and not subject:
            break  # "The registered unemployment rate decreased": "registered" opens the subject, "decreased" ends it
        subject.append(word)
    while subject and subject[-1].lower() in STOP:
        subject.pop()
    if subject and all(w.lower() in CHANGE_NOUNS or w.lower() in _CHANGE_MODIFIERS for w in subject):
        return ""  # "a decrease of 3.1%": the change, not what changed
    return " ".join(subject[:8])


def _compound(words: list[str], index: int) -> bool:
    """ "per capita": one word of statistics."""
    pair = " ".join(w.lower() for w in words[index : index + 2])
    previous = " ".join(w.lower() for w in words[max(index - 1, 0) : index + 1])
    return pair == "per capita" or index > 0 and previous == "per capita"


def ellipsis_of(clause: str, sentence_subject: str) -> str:
    """ "and that of rural residents": the sentence's measure, of what this clause names ("per capita disposable
    income of rural residents", "output of industrial robots")."""
    match = re.search(
        r"\b(?:that|those)\s+of\s+((?:the\s+)?[\w’'-]+(?:\s+(?!was\b|were\b|is\b|are\b)[\w’'-]+){0,3})", clause
    )
    head = re.match(r"(.+?)\s+(?:of|for|in)\s+", sentence_subject)
    if not match or not head:
        return ""
    named = subject_of(match.group(1)) or match.group(1)
    return f"{head.group(1)} of {named}"


def _nearest_noun_phrase(text: str, start: int, end: int) -> str:
    """The content words nearest the number, for a label the drafter could not name (its review note says so)."""
    words = [
        w
        for w in re.findall(r"[A-Za-z][\w’'-]*", text[:start])[-6:] + re.findall(r"[A-Za-z][\w’'-]*", text[end:])[:4]
        if w.lower() not in STOP and w.lower() not in VERBS and w.lower() not in OPENERS
    ]
    return " ".join(words[:5])


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
    proper = re.match(r"(?:District|County|City|New|Province)\b|\S*['’]s\b", rest) or first.endswith(("'s", "’s"))
    if first[:1].isupper() and first[1:].islower() and not proper:
        first = first.lower()
    return f"{first} {rest}".strip()


def _complement(after: str) -> str:
    """ "from land transfer to construction permit", "for customs clearance": what a measure is of."""
    match = re.search(r"\b(?:from|for)\s+[^,.;]+", after)
    if not match or match.start() > 40 or re.search(r"\d", match.group()) or BASE.match(match.group()):
        return ""
    if PERIOD.match(match.group()):  # "from January to June" is the figure's period, said in `period`
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


def ranked_subject(text: str, start: int) -> str:
    """What a rank places: the subject of its clause ("The growth rate ranked third"), else of its sentence
    ("GDP reached 186.4 billion yuan, third among the city's 16 districts")."""
    clause = subject_of(text[_clause_start(text, start) : start])
    if _named(clause):
        return _lower_first(_possessive_dropped(clause))
    return _lower_first(sentence_subject(text, _clause_start(text, start) or start))


def _possessive_dropped(subject: str) -> str:
    """ "the district's GDP" is "GDP": the district is whose every figure is."""
    place = (
        r"(?:(?:the\s+)?(?:district|county|city|area|region|town)|[A-Z][\w-]*\s+(?:District|County|City|New\s+Area))"
    )
    return re.sub(rf"^{place}['’]s\s+", "", subject, flags=re.IGNORECASE)


_LINKER = r"(?:exceeding|surpassing|topping|totall?ing|worth|amounting\s+to|valued\s+at)"
_MOVERS = (
    r"(?:cut|cuts|reduce|reduced|reduces|lower|lowered|raise|raised|raises|increase|increased|lift|lifted|bring|"
    r"brought|shorten|shortened|expand|expanded|extend|extended|move|moved)"
)
# "will cut waiting times from 90 to 60 minutes": the level before and the level after, of what it names.
_FROM_TO_BEFORE = re.compile(rf"\b{_MOVERS}\s+(?P<thing>(?:(?!from\b)[\w’'-]+\s+){{0,5}})from\s+(?=$)", re.IGNORECASE)
_FROM_TO_AFTER = re.compile(
    rf"\b{_MOVERS}\s+(?P<thing>(?:(?!from\b)[\w’'-]+\s+){{0,5}})from\s+[\d.,]+\s*(?:%|percent)?\s+to\s+$",
    re.IGNORECASE,
)


def _np_before(text: str, start: int) -> str:
    """The noun phrase just before a bound or a link said as a participle: "contracted foreign investment exceeding
    US$1.8 billion", "total investment amounting to 120 billion yuan", "bonds worth 3 billion yuan"."""
    before = text[:start]
    linked = re.search(rf"\b{_LINKER}\s*$", before, re.IGNORECASE)
    if linked:
        before = before[: linked.start()]
    elif not re.match(rf"{_LINKER}\b", text[start:], re.IGNORECASE):
        return ""
    words = re.findall(r"[\w’'-]+", before)
    phrase = []
    for word in reversed(words):
        if word.lower() in VERBS or word.lower() in STOP or word.lower() in OPENERS or NUMBER.match(word):
            break
        phrase.insert(0, word)
    return " ".join(phrase[-5:])


_CHANGE_OF = re.compile(
    r"^\s*(?:%|percent|per\s+cent)?\s*(?:year-on-year\s+)?(?:{changes})\s+(?:in|of)\s+(?P<thing>(?:[\w’'-]+\s*){{1,8}})".format(
        changes="|".join(sorted(CHANGE_NOUNS, key=len, reverse=True))
    ),
    re.IGNORECASE,
)
# "the 6-kilometer-long riverside shoreline": the dimension of what follows.
_DIMENSION = re.compile(r"^-\w+-(?P<dimension>long|wide|high|deep|tall)\s+(?P<thing>.+)$", re.IGNORECASE)
_DIMENSIONS = {"long": "Length", "wide": "Width", "high": "Height", "tall": "Height", "deep": "Depth"}


def _changed_by(before: str) -> str:
    """What a change "by" an amount changed, named between its verb and "by": "cut its energy use per unit of GDP
    by 2.5 percent" -> "energy use per unit of GDP"."""
    match = re.search(
        r"\b(?:cut|reduce|reduced|reduces|lower|lowered|raise|raised|increase|increased|decrease|decreased|lift|lifted|"
        r"boost|boosted|grow|expand|expanded|shorten|shortened)\s+(?P<thing>(?:(?!by\b)[\w’'.-]+\s+){1,8})by\s+(?:\w+\s+)?$",
        before,
        re.IGNORECASE,
    )
    if not match:
        return ""
    return re.sub(r"^(?:its|their|the|his|her|our)\s+", "", match.group("thing").strip(), flags=re.IGNORECASE)


_APPOSITIVE = re.compile(
    r"^(?:(?:a|an|the|about|around|nearly|almost|some|roughly|approximately|up|down|over|under|more|less|than|at|"
    r"least|most|by|of|or|just|only|with|marking|representing|minus|plus|"
    r"{changes})\s+)*$".format(changes="|".join(sorted(CHANGE_NOUNS | _CHANGE_MODIFIERS, key=len, reverse=True))),
    re.IGNORECASE,
)


def _appositive(text: str, start: int) -> bool:
    """The number opens its segment ("..., about 13 a day", "..., up 2.7 percent", "..., a decline of 9.4 percent",
    "..., 15-20% below the market"): it says more about the figure before it."""
    cut = max((m.end() for m in re.finditer(r",\s|;\s|\s--\s|\s—\s", text[:start])), default=0)
    return bool(cut) and bool(_APPOSITIVE.match(text[cut:start]))


def label_of(
    text: str,
    start: int,
    end: int,
    phrase: str,
    reading: Reading,
    briefing_date: str | None,
    hint: str = "",
    change: Change | None = None,
    previous: str = "",
    paired: str = "",
    previous_unit: str = "",
) -> Label:
    """A provisional label for the number stated by text[start:end], with the phrase it counts after it. `change`:
    the number is the amount of a change that way; `previous`: the label of the figure before it in its sentence (a
    number that opens its segment says more about it); `paired`: the label of the item an enumeration pairs it
    with ("up 4.8% and 6.7% respectively")."""
    before, after = text[:start], text[end:]
    clause = text[_clause_start(text, start) : start]
    opening = sentence_subject(text, _clause_start(text, start))
    clause_subject = ellipsis_of(clause, opening) or subject_of(clause)
    clause_subject = _possessive_dropped(clause_subject) if _named(clause_subject) else ""
    subject = clause_subject or opening
    after_phrase = after
    if phrase and after.lstrip().startswith(phrase):
        after_phrase = after.lstrip()[len(phrase) :]
    share = reading.percent or reading.kind == "fraction"
    of_them = re.match(r"\s+of\s+(?:them|these|those)\b\s*([^,.;]*)", after)
    whole = re.match(r"\s*(?:percent\s+|%\s*)?of\s+(?!them\b|these\b|those\b)", after)
    appositive = previous and _appositive(text, start)
    of_which = re.search(r"\bof\s+which\s+(?:[\w-]+\s+){0,3}$", before)
    moved = _FROM_TO_BEFORE.search(before) or _FROM_TO_AFTER.search(before)
    if hint:
        result = Label(hint, True)
    elif moved and (moved.group("thing") or subject):  # "cut waiting times from 90 to 60 minutes": before, after
        thing = re.sub(r"^(?:its|their|the)\s+", "", (moved.group("thing") or subject).strip(), flags=re.IGNORECASE)
        side = "before" if moved.re is _FROM_TO_BEFORE else "after"
        result = Label(f"{thing[:1].upper()}{thing[1:]}, {side}", True)
    elif of_which and previous:  # "3,500 units ..., of which no fewer than 1,000 will be for young workers"
        rest = re.sub(r"^\s*(?:will\s+be|are|were|is|was|have\s+been|has\s+been|go|went|goes)\s+", " ", after)
        rest = " ".join(re.split(r"[,.;]", rest)[0].split()[:6])
        result = Label(f"{previous}{' ' + rest if rest else ''}", True, previous_unit or "")
    elif of_them:  # "12 of them export to Asia": of the thing counted just before
        thing = antecedent(before)
        rest = " ".join(of_them.group(1).split()[:5])
        text_ = f"Share of {_lower_first(thing)}" if share else thing
        result = Label(
            f"{text_}{' that ' + rest if rest else ''}",
            bool(thing),
            "" if share else thing.split()[-1:][0] if thing else "",
        )
    elif phrase == "times" and not change:  # "nearly three times the figure of 2015", "2.5 times as many as"
        thing = paired or (previous if appositive else "") or ellipsis_of(clause, opening)
        thing = thing or antecedent(before) or subject
        year = re.match(r"\s*(?:the\s+\w+\s+)?(?:that\s+)?of\s+((?:19|20)\d\d)", after_phrase)
        result = Label(f"{_lower_first(thing)}, as a multiple{' of ' + year.group(1) if year else ''}", bool(thing))
    elif change is not None or reading.kind == "multiple":
        changed_in = _CHANGE_OF.match(after)  # "a 70 percent reduction in time required for approvals"
        named_after = " ".join(changed_in.group("thing").split()) if changed_in else ""
        thing = paired or named_after or _changed_by(before) or clause_subject or (previous if appositive else "")
        thing = thing or subject
        word = "Change" if change == Change.DOWN else "Growth"
        result = Label(f"{word} in {_lower_first(thing)}" if thing else "", bool(thing))
    elif appositive and not (phrase and not is_measure(phrase)):  # "..., about 13 a day", "..., 15-20% below"
        rest = " ".join(re.split(r"[,.;]", after)[0].split()[:4])
        result = Label(f"{previous}{', ' + rest if rest else ''}", True)
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
    elif _DIMENSION.match(phrase):  # "6-kilometer-long riverside shoreline": its length
        dimension = _DIMENSION.match(phrase)
        result = Label(f"{_DIMENSIONS[dimension.group('dimension').lower()]} of {dimension.group('thing')}", True)
    elif phrase and not is_measure(phrase):
        of = re.match(r"\s+of\s+((?:[\w-]+\s*){1,4})", after_phrase)
        counted = counted_phrase(" " + of.group(1), len(of.group(1)) + 1) if of and len(phrase.split()) <= 2 else ""
        if clause_subject and LINKING.search(before):  # "class sizes will be between 35 and 40 pupils"
            result = Label(f"{clause_subject}, in {phrase}", True)
        elif counted and not re.fullmatch(r"[\d,.\s]*", counted):  # "3,500 units of affordable rental housing"
            result = Label(f"{phrase} of {counted}", True)
        else:
            result = Label(phrase + _participle(after_phrase), True)
    else:
        of = re.match(r"\s+of\s+((?:[\w-]+\s*){1,4})", after_phrase)
        counted = counted_phrase(" " + of.group(1), len(of.group(1)) + 1) if of else ""
        counted = "" if re.fullmatch(r"[\d,.\s]*", counted) else counted
        complement = _complement(after_phrase)
        noun_phrase = _np_before(text, start)
        if counted:
            result = Label(counted, True)  # "120 kilometers of village roads"
        elif noun_phrase:
            result = Label(noun_phrase, True)  # "contracted foreign investment exceeding US$1.8 billion"
        elif clause_subject:
            result = Label(clause_subject + (f", {complement}" if complement else ""), True)
        elif complement:
            result = Label(re.sub(r"^(?:for|from)\s+", "", complement), True)
        elif subject:
            result = Label(subject, True)
        elif previous:
            result = Label(previous, False)
        else:
            result = Label(_nearest_noun_phrase(text, start, end), False)
    # never a neighbouring figure in a label (a year it names may stay: "as a multiple of 2015")
    words = [w for w in result.text.split() if not NUMBER.fullmatch(w) or re.fullmatch(r"(?:19|20)\d\d", w)]
    label = " ".join(words).strip(" ,.;:-“”\"‘’'")
    if not label:  # never a placeholder a reader could see: the nearest noun phrase, and a review note
        return Label(_nearest_noun_phrase(text, start, end) or "Figure", False)
    if briefing_date:
        label = resolve_relative_years(label, briefing_date)
    else:  # no date to resolve "last year" against: the period says it, with a review note
        label = " ".join(RELATIVE_TIME.sub("", label).split()).strip(" ,")
    return Label(label[:1].upper() + label[1:], result.sure, result.unit)
