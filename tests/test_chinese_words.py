"""Chinese read by meaning: numbers as Chinese writes them, bounds with their negation, and what a Chinese label
must keep of the English one."""

import pytest

from indicators.reading.bounds import Direction
from indicators.reading.chinese_words import chinese_direction, kept_in_chinese, read_chinese_numbers, stated_bound


@pytest.mark.parametrize(
    "words, value, percent, ordinal, fraction",
    [
        ("1200亿元", 1.2e11, False, False, False),
        ("一千二百亿元", 1.2e11, False, False, False),
        ("新增企业97户", 97, False, False, False),
        ("签约率为86.24%", 86.24, True, False, False),
        ("八十六点二四％", 86.24, True, False, False),
        ("排名全市第一", 1, False, True, False),
        ("两家医院", 2, False, False, False),
        ("百分之七十", 70, True, False, False),
        ("占全国交易量的一半", 0.5, False, False, True),
        ("三分之一", 1 / 3, False, False, True),
        ("2.6万台", 26000, False, False, False),
        ("580万人次", 5.8e6, False, False, False),
        ("3,342名嘉宾", 3342, False, False, False),
        ("１２个", 12, False, False, False),
    ],
)
def test_chinese_numbers_read_as_chinese_writes_them(words, value, percent, ordinal, fraction):
    (number,) = read_chinese_numbers(words)
    assert number.value == pytest.approx(value)
    assert (number.percent, number.ordinal, number.fraction) == (percent, ordinal, fraction)


def test_a_scale_word_alone_is_no_number():
    assert read_chinese_numbers("数以万计的市民") == []


@pytest.mark.parametrize(
    "words, direction",
    [
        ("超过", Direction.AT_LEAST),
        ("不超过", Direction.AT_MOST),
        ("未超过", Direction.AT_MOST),  # negation composed, as "no more than" is the opposite of "more than"
        ("不少于", Direction.AT_LEAST),
        ("不低于", Direction.AT_LEAST),
        ("低于", Direction.AT_MOST),
        ("不到", Direction.AT_MOST),
        ("至少", Direction.AT_LEAST),
        ("约", Direction.ABOUT),
        ("以内", Direction.AT_MOST),
        ("多达", Direction.AT_MOST),  # "as many as", as bounds.py reads it
        ("今年", None),
    ],
)
def test_chinese_bound_words_point_their_way(words, direction):
    assert chinese_direction(words) == direction


@pytest.mark.parametrize(
    "words, direction",
    [
        ("超过11万人", Direction.AT_LEAST),
        ("服务11万余人", Direction.AT_LEAST),
        ("80个以上", Direction.AT_LEAST),
        ("5年以内", Direction.AT_MOST),
        ("不超过60%", Direction.AT_MOST),
        ("约1250家", Direction.ABOUT),
        ("1250家企业", Direction.EXACTLY),
    ],
)
def test_the_bound_on_a_number_is_read_before_or_after_it(words, direction):
    (number,) = read_chinese_numbers(words)
    assert stated_bound(words, number) == direction


def test_a_chinese_label_keeps_what_changes_the_english_meaning():
    assert kept_in_chinese("Parks built citywide since 2016", "2016年以来全市建成公园") == []
    assert kept_in_chinese("Parks built citywide since 2016", "建成公园") == ["citywide", "since"]
    assert kept_in_chinese("Signing rate among key groups", "签约率") == ["key groups"]


def test_a_plan_in_a_name_is_not_a_planned_figure():
    assert (
        kept_in_chinese("Total investment since the 13th Five-Year Plan period began (2016)", "“十三五”以来总投资")
        == []
    )
    assert kept_in_chinese("Traffic paths in the planned road network", "交通通道") == ["planned"]
