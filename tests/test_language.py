"""The reader's language: from the address, never echoed; its catalog; Chinese numbers, dates and scripts."""

import pytest

from indicators.view.formatting import chinese_number, date_text, number_text, ordinal, traditional
from indicators.view.language import ENGLISH, SIMPLIFIED, TRADITIONAL, language_of


@pytest.mark.parametrize(
    "asked, language",
    [
        (None, ENGLISH),
        ("", ENGLISH),
        ("en", ENGLISH),
        ("zh", SIMPLIFIED),
        ("zh-Hans", SIMPLIFIED),
        ("zh-CN", SIMPLIFIED),
        ("zh-Hant", TRADITIONAL),
        ("ZH-TW", TRADITIONAL),
        ("zh-HK", TRADITIONAL),
        ("<script>", ENGLISH),
        ("x" * 5000, ENGLISH),
    ],
)
def test_the_address_names_a_language_or_english(asked, language):
    assert language_of(asked) == language


@pytest.mark.parametrize(
    "value, decimals, written",
    [
        (120e9, 0, "1200亿"),
        (5.8e6, 1, "580万"),
        (26000, 0, "2.6万"),
        (110000, 0, "11万"),
        (3342, 0, "3342"),
        (953, 0, "953"),
        (86.24, 2, "86.24"),
        (1.8e12, 1, "1.8万亿"),
        (123456, 0, "12.3456万"),  # never a digit the release gives lost
    ],
)
def test_numbers_are_written_the_chinese_way(value, decimals, written):
    assert chinese_number(value, decimals, SIMPLIFIED) == written


def test_traditional_chinese_is_converted_by_character_never_cldrs_zh_hant():
    assert chinese_number(1.8e12, 1, TRADITIONAL) == "1.8萬億"  # CLDR's zh_Hant would say 1.8兆
    assert traditional("宝山区重点人群") == "寶山區重點人群"


def test_ranks_dates_and_english_forms():
    assert ordinal(2, SIMPLIFIED) == "第2" and ordinal(2) == "2nd" and ordinal(13) == "13th"
    assert date_text("2020-08-13", SIMPLIFIED) == "2020年8月13日" and date_text("2020-08-13") == "13 August 2020"
    assert number_text(26000, 0) == "26,000" and number_text(26000, 0, SIMPLIFIED) == "2.6万"


def test_english_is_its_own_catalog():
    assert ENGLISH.gettext("(derived)") == "(derived)"
