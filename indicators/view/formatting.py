"""How numbers, dates and a release's owner are written for readers, in each language.

English writes "120 billion yuan", "26,000", "2nd", "13 August 2020". Chinese writes numbers the way CLDR's compact
formats do (Babel): 120 billion as 1200亿, 5.8 million as 580万, 26,000 as 2.6万, never losing a digit the release
gives; ranks as 第2 and dates as 2020年8月13日. Traditional Chinese is the Simplified converted character by
character (OpenCC's s2tw: 億, 萬; never CLDR's zh_Hant, which writes 1.8 trillion as 1.8兆).
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import cache

from babel.numbers import format_compact_decimal
from opencc import OpenCC

from indicators.model.library import Library
from indicators.model.release import Release
from indicators.model.schema import ReleaseInfo
from indicators.reading.periods import date_text as english_date
from indicators.view.language import ENGLISH, TRADITIONAL, Language

# The scales of Chinese numbers, largest first: what a compact number's last characters multiply it by.
_CHINESE_SCALES = (("万亿", 1e12), ("亿", 1e8), ("万", 1e4))


def ordinal(n: int, language: Language = ENGLISH) -> str:
    if language.chinese:
        return f"第{n}"
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def number_text(value: float, decimals: int, language: Language = ENGLISH) -> str:
    """A number with its decimals: "26,000" in English; in Chinese, compact where it is large ("2.6万")."""
    if not language.chinese:
        return f"{value:,.{decimals}f}"
    return chinese_number(value, decimals, language)


@cache
def _converter() -> OpenCC:
    return OpenCC("s2tw")  # Taiwan's standard characters, no phrase swaps (信息 stays 信息)


# Where OpenCC's tables write a variant Taiwan's Ministry of Education lists as not standard: 發布, 公布, 布局.
TAIWAN_STANDARD = str.maketrans({"佈": "布"})


def traditional(text: str) -> str:
    """Simplified Chinese in Traditional characters (OpenCC s2tw, then Taiwan's standard forms): 宝山区 is 寶山區,
    亿 is 億, 发布会 is 發布會. The one conversion the data and the interface's catalog both go through."""
    return _converter().convert(text).translate(TAIWAN_STANDARD) if text else text


def in_script(text: str, language: Language) -> str:
    """Chinese text (written Simplified) in the reader's script."""
    return traditional(text) if language == TRADITIONAL else text


def _compact_value(text: str) -> float | None:
    """The number a compact Chinese numeral says: "1200亿" is 1.2e11."""
    for suffix, scale in _CHINESE_SCALES:
        if text.endswith(suffix):
            try:
                return float(text[: -len(suffix)]) * scale
            except ValueError:
                return None
    try:
        return float(text)
    except ValueError:
        return None


def chinese_number(value: float, decimals: int, language: Language) -> str:
    """A number as Chinese writes it: below 10,000 in plain digits ("3342", "86.24"); above, in 万, 亿 or 万亿 with
    as many decimals as keep every digit the release gives ("580万", "1200亿", "12.3456万")."""
    if abs(value) < 10_000 or not float(value).is_integer() and decimals:
        return f"{value:.{decimals}f}"
    for fraction_digits in range(9):
        text = format_compact_decimal(value, locale="zh_Hans_CN", fraction_digits=fraction_digits)
        said = _compact_value(text)
        if said is not None and math.isclose(said, value, rel_tol=1e-12, abs_tol=1e-9):
            return in_script(text, language)
    return f"{value:.{decimals}f}"


def date_text(iso: str, language: Language = ENGLISH) -> str:
    """ "13 August 2020"; "2020年8月13日"."""
    if not language.chinese:
        return english_date(iso)
    day = dt.date.fromisoformat(iso)
    return f"{day.year}年{day.month}月{day.day}日"


def whose(info: ReleaseInfo, language: Language = ENGLISH) -> str:
    """Whose figures these are, as a first screen says it: "Baoshan District" / "宝山区", else the release's title."""
    if language.chinese and info.zh is not None:
        if info.zh.district:
            district = info.zh.district
            return in_script(district if re.search(r"[区县市]$", district) else f"{district}区", language)
        return in_script(info.zh.title, language)
    return f"{info.district} District" if info.district else info.title


def describe_release(library: Library, release: Release, language: Language = ENGLISH) -> str:
    """How a briefing is named in a picker: its date, and whether it is the newest."""
    newest = language.gettext(" (newest)") if release is library.newest else ""
    return f"{date_text(release.info.date, language)}{newest}: {whose(release.info, language)}"
