"""The Chinese type a file carries: just the characters it shows, in its script's glyph forms, small enough to
travel, and mapping each glyph back to the one character it draws."""

import base64
import io
import re

import pytest
from fontTools.ttLib import TTFont

from indicators.outputs import fonts
from indicators.outputs.fonts import FAMILY, FontUnavailable, cjk_font_faces, is_cjk, subset_font


def test_a_subset_holds_the_characters_it_was_cut_for_and_no_look_alike():
    font = TTFont(io.BytesIO(subset_font("宝山区8月", "zh-Hans", 400)))
    mapped = set(font.getBestCmap())
    assert {ord(c) for c in "宝山区月"} <= mapped
    assert 0x2F49 not in mapped  # the Kangxi radical ⽉, which the whole font draws with 月's glyph
    assert len(font.getGlyphOrder()) < 20


def test_simplified_and_traditional_take_their_own_faces():
    simplified = TTFont(io.BytesIO(subset_font("宝", "zh-Hans", 400)))
    traditional = TTFont(io.BytesIO(subset_font("寶", "zh-Hant", 400)))
    assert simplified["name"].getDebugName(1) == "Noto Sans CJK SC"
    assert traditional["name"].getDebugName(1) == "Noto Sans CJK TC"


def test_font_faces_embed_both_weights_for_the_cjk_text_only():
    css = cjk_font_faces("Baoshan 宝山区，2020年8月13日", "zh-Hans")
    assert css.count("@font-face") == 2 and f'font-family: "{FAMILY}"' in css
    assert {"font-weight: 400", "font-weight: 700"} <= set(re.findall(r"font-weight: \d+", css))
    data = re.search(r"base64,([A-Za-z0-9+/=]+)", css).group(1)
    assert {chr(c) for c in TTFont(io.BytesIO(base64.b64decode(data))).getBestCmap()} >= set("宝山区年月日，")
    assert cjk_font_faces("Only English here", "zh-Hans") == ""
    assert is_cjk("，") and not is_cjk("“")


def test_a_page_only_printed_takes_truetype_and_a_file_that_travels_woff2():
    travels, printed = cjk_font_faces("宝山区", "zh-Hans"), cjk_font_faces("宝山区", "zh-Hans", compressed=False)
    assert 'format("woff2")' in travels and "data:font/woff2;" in travels
    assert 'format("truetype")' in printed and "data:font/ttf;" in printed and "woff2" not in printed
    for css, flavor in ((travels, "woff2"), (printed, None)):
        for data in re.findall(r"base64,([A-Za-z0-9+/=]+)", css):
            font = TTFont(io.BytesIO(base64.b64decode(data)))
            assert font.flavor == flavor and "glyf" in font and "CFF " not in font  # TrueType outlines either way
            assert {ord(c) for c in "宝山区"} <= set(font.getBestCmap())


def test_missing_fonts_say_what_to_install(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "NOTO_CJK", tmp_path)
    with pytest.raises(FontUnavailable, match="apt-get install fonts-noto-cjk"):
        cjk_font_faces("宝山", "zh-Hans")
