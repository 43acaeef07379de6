"""Numbers, bounds and the words that change a label's meaning, as Chinese writes them: 1200亿元, 97户, 86.24%, 第一,
两, 百分之七十, 一半; 超过, 不超过, 约, 以上, 以内; 累计, 全市, 以来.

The validator reads a figure's Chinese texts with these as it reads the English with `reading.numbers` and
`reading.bounds`: the number the Chinese release's words state, the way they bound it, and what a Chinese label
must keep of the English one. Chinese numerals are read by cn2an (a maintained converter); the grammar around
them (ordinals, percentages, fractions, scale words, bound words and their negation) is here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import cn2an

from indicators.reading.bounds import Direction

_NUMERALS = "零〇一二两三四五六七八九十百千万亿点"
_SCALES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}
_NUMBER = re.compile(
    rf"(?P<ordinal>第)?(?P<percent_of>百分之)?"
    rf"(?:(?P<digits>\d+(?:[,，]\d{{3}})*(?:\.\d+)?)(?P<scale>万亿|亿|万|千|百)?|(?P<numerals>[{_NUMERALS}]+))"
    r"(?P<percent>%|％)?"
)
_FRACTION = re.compile(
    r"(?P<whole>[一二三四五六七八九十两\d]+)分之(?P<part>[一二三四五六七八九十\d]+)|(?P<half>一半|半数|过半)"
)


@dataclass(frozen=True)
class ChineseNumber:
    value: float  # in full: 1200亿 is 1.2e11; 百分之七十 is 70 with `percent`
    percent: bool
    ordinal: bool
    fraction: bool  # 一半, 三分之一: a share, as a fraction of one
    start: int
    end: int


def _numeral(text: str) -> float | None:
    try:
        return float(cn2an.cn2an(text, "smart"))
    except (ValueError, KeyError, IndexError):  # cn2an refuses what is no number ("点" alone, "亿亿")
        return None


def read_chinese_numbers(text: str) -> list[ChineseNumber]:
    """Every number the Chinese words state, in order."""
    found: list[ChineseNumber] = []
    taken: list[tuple[int, int]] = []
    for match in _FRACTION.finditer(text):
        if match.group("half"):
            value = 0.5
        else:
            whole, part = _numeral(match.group("whole")), _numeral(match.group("part"))
            if not whole or part is None:
                continue
            value = part / whole
        found.append(ChineseNumber(value, False, False, True, match.start(), match.end()))
        taken.append(match.span())
    for match in _NUMBER.finditer(text):
        if any(start <= match.start() < end for start, end in taken):
            continue
        if match.group("digits"):
            value = float(match.group("digits").replace(",", "").replace("，", ""))
            value *= _SCALES.get(match.group("scale") or "", 1.0)
        else:
            numerals = match.group("numerals")
            if set(numerals) <= set("点万亿百千十") and numerals != "十":
                continue  # a scale or a point alone states no number
            parsed = _numeral(numerals)
            if parsed is None:
                continue
            value = parsed
        percent = bool(match.group("percent_of") or match.group("percent"))
        found.append(ChineseNumber(value, percent, bool(match.group("ordinal")), False, match.start(), match.end()))
    return sorted(found, key=lambda n: n.start)


# Bound words, longest first where one holds another; a negation (不, 未) before a bound word turns it round, as
# "no more than" is the opposite of "more than".
_BOUND_WORDS = {
    "不少于": Direction.AT_LEAST,
    "不低于": Direction.AT_LEAST,
    "不止": Direction.AT_LEAST,
    "至少": Direction.AT_LEAST,
    "超过": Direction.AT_LEAST,
    "超": Direction.AT_LEAST,
    "多于": Direction.AT_LEAST,
    "高于": Direction.AT_LEAST,
    "逾": Direction.AT_LEAST,
    "突破": Direction.AT_LEAST,
    "以上": Direction.AT_LEAST,
    "余": Direction.AT_LEAST,
    "多": Direction.AT_LEAST,
    "不超过": Direction.AT_MOST,
    "不到": Direction.AT_MOST,
    "不足": Direction.AT_MOST,
    "少于": Direction.AT_MOST,
    "低于": Direction.AT_MOST,
    "至多": Direction.AT_MOST,
    "最多": Direction.AT_MOST,
    "多达": Direction.AT_MOST,
    "以内": Direction.AT_MOST,
    "以下": Direction.AT_MOST,
    "之内": Direction.AT_MOST,
    "约": Direction.ABOUT,
    "大约": Direction.ABOUT,
    "近": Direction.ABOUT,
    "将近": Direction.ABOUT,
    "接近": Direction.ABOUT,
    "左右": Direction.ABOUT,
    "上下": Direction.ABOUT,
}
_NEGATIONS = ("不", "未", "没有")
_BOUND = re.compile("|".join(sorted(map(re.escape, _BOUND_WORDS), key=len, reverse=True)))
_OPPOSITE = {Direction.AT_LEAST: Direction.AT_MOST, Direction.AT_MOST: Direction.AT_LEAST}


def _direction_at(text: str, match: re.Match) -> Direction:
    direction = _BOUND_WORDS[match.group()]
    if match.group() in ("不少于", "不低于", "不止", "不超过", "不到", "不足"):
        return direction  # the negation is part of the word
    if text[: match.start()].endswith(_NEGATIONS):
        return _OPPOSITE.get(direction, direction)
    return direction


def chinese_direction(words: str) -> Direction | None:
    """Which way Chinese bound words point ("超过" at least, "不超过" at most, "约" about); None when they state
    no bound."""
    match = _BOUND.search(words)
    return _direction_at(words, match) if match else None


def stated_bound(words: str, number: ChineseNumber) -> Direction:
    """The bound the words put on their number: a bound word just before it (超过80), or just after it and its
    measure word (11万余人, 80个以上, 5年以内); exactly when there is none."""
    before = words[max(0, number.start - 4) : number.start]
    matches = [m for m in _BOUND.finditer(before) if m.end() == len(before)]
    if matches:
        return _direction_at(before, max(matches, key=lambda m: len(m.group())))
    after = words[number.end : number.end + 5]
    for match in _BOUND.finditer(after):
        if match.group() in ("以上", "以内", "以下", "之内", "左右", "上下", "余", "多") and match.start() <= 2:
            return _BOUND_WORDS[match.group()]
    return Direction.EXACTLY


# What changes a label's meaning, in both languages: a Chinese label keeps each the English label says.
KEPT_IN_CHINESE = {
    "total": (re.compile(r"\b(?:a total of|in total|total)\b", re.IGNORECASE), re.compile(r"累计|共|总")),
    "citywide": (re.compile(r"\bcitywide\b|\bthe city's\b", re.IGNORECASE), re.compile(r"全市|上海市|本市")),
    "nationwide": (re.compile(r"\bnationwide\b|\bnational\b", re.IGNORECASE), re.compile(r"全国|国家")),
    "since": (re.compile(r"\bsince\b", re.IGNORECASE), re.compile(r"以来|起")),
    "so far": (re.compile(r"\bso far\b", re.IGNORECASE), re.compile(r"截至|以来|至今")),
    "planned": (re.compile(r"\bplanned\b", re.IGNORECASE), re.compile(r"规划|计划")),
    "key groups": (re.compile(r"\bkey groups?\b", re.IGNORECASE), re.compile(r"重点人群")),
}
_CHANGE_WORDS = {
    "up": (
        re.compile(r"\b(?:rise|rises|rose|growth|grew|increase[sd]?|up|higher|gain)\b", re.IGNORECASE),
        re.compile(r"增长|增加|上升|提高|提升|上涨|增幅"),
    ),
    "down": (
        re.compile(r"\b(?:fall|fell|drop(?:ped)?|decrease[sd]?|decline[sd]?|down|lower|cut|reduc\w+)\b", re.IGNORECASE),
        re.compile(r"下降|减少|降低|下跌|回落|缩减|降幅|削减|压减"),
    ),
}


def kept_in_chinese(english: str, chinese: str) -> list[str]:
    """What the English label says that changes its meaning and the Chinese label does not say."""
    return [name for name, (en, zh) in KEPT_IN_CHINESE.items() if en.search(english) and not zh.search(chinese)]


def change_direction(text: str, chinese: bool) -> set[str]:
    """The ways a label says its figure moved ("up", "down")."""
    return {name for name, (en, zh) in _CHANGE_WORDS.items() if (zh if chinese else en).search(text)}
