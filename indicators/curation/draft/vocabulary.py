"""The drafter's vocabulary: dates, years, names, currencies and the words around a number that say what it is."""

from __future__ import annotations

import datetime as dt
import re


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sep\\.?|Sept\\.?|Oct\\.?|Nov\\.?|Dec\\.?"
)
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# A date in words or in digits: "May 21, 2031", "3 March 2022", "2030-06-03", "2031.03.12", "12.03.2031", "2031/3/12".
DATE = re.compile(
    rf"\(?\b(?:(?:{MONTHS})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?|\d{{1,2}}\s+(?:{MONTHS})(?:,?\s+\d{{4}})?"
    rf"|(?:19|20)\d{{2}}([-./])\d{{1,2}}\1\d{{1,2}}(?![\d.])|\d{{1,2}}([./])\d{{1,2}}\2(?:19|20)\d{{2}}(?!\d))\)?"
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
NOT_NAMING = word_set(
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
STOP = word_set(
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


def read_date(text: str) -> str | None:
    """A date written in words or digits, as YYYY-MM-DD; None when the words are no whole date."""
    text = re.sub(r"(\d)(st|nd|rd|th)", r"\1", text.strip("() "))
    digits = re.fullmatch(r"((?:19|20)\d{2})[-./](\d{1,2})[-./](\d{1,2})|(\d{1,2})\.(\d{1,2})\.((?:19|20)\d{2})", text)
    if digits:
        year, month, day = digits.group(1, 2, 3) if digits.group(1) else digits.group(6, 5, 4)
        try:
            return dt.date(int(year), int(month), int(day)).isoformat()
        except ValueError:
            return None
    text = text.replace(".", "")
    for form in ("%B %d, %Y", "%B %d %Y", "%d %B %Y", "%b %d, %Y", "%b %d %Y", "%Y-%m-%d"):
        try:
            return dt.datetime.strptime(text, form).date().isoformat()
        except ValueError:
            continue
    return None
