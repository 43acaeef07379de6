"""A release shown in Chinese, checked by meaning: one that declares Chinese holds every text in it, and the Chinese
says what the English says (its numbers, read the Chinese way, its bounds, its qualifiers), or the validator
refuses it, naming the figure and the field."""

import pytest

from indicators import check
from tests.conftest import copy_release

CHINESE_RELEASE = """河滨区发展情况新闻稿

一、经济

今年全区签约新项目42个，总价值35亿元。出口比上年增长百分之十二点五。约1250家企业成立，河滨新设企业数居全市第三。

二、绿色城市

新开公园九座，沿河岸14公里。
"""
# The answer key, written before the checks ran: each figure's Chinese and whether it must pass.
TRANSLATED = {
    "new-projects": {
        "label": "2021年截至3月2日新签约项目",
        "unit": "个",
        "quote": "今年全区签约新项目42个，总价值35亿元。",
        "figure": "新项目42个",
    },
    "project-value": {
        "label": "新项目总价值",
        "unit": "元",
        "quote": "今年全区签约新项目42个，总价值35亿元。",
        "figure": "35亿元",
    },
    "export-growth": {"label": "出口比上年增长", "quote": "出口比上年增长百分之十二点五。", "figure": "百分之十二点五"},
    "firms-founded": {
        "label": "新成立企业",
        "unit": "家",
        "quote": "约1250家企业成立，河滨新设企业数居全市第三。",
        "figure": "约1250家企业",
    },
    "new-firms-rank": {
        "label": "新设企业数全市排名",
        "field": "全市",
        "quote": "约1250家企业成立，河滨新设企业数居全市第三。",
        "figure": "全市第三",
    },
    "new-parks": {"label": "新开公园", "unit": "座", "quote": "新开公园九座，沿河岸14公里。", "figure": "新开公园九座"},
    "riverbank-length": {"label": "新公园沿线河岸", "unit": "公里"},
    "rebuilt-parks": {"label": "改建老公园", "unit": "座"},
    "street-trees": {"label": "沿街种植树木", "unit": "棵"},
    "park-trees": {"label": "公园内种植树木", "unit": "棵"},
    "new-schools": {"label": "新开学校", "unit": "所"},
    "pupils-served": {"label": "新学校服务的学生（多于该数）", "unit": "名"},
}


def in_chinese(edit=None):
    def apply(data):
        data["release"]["languages"] = ["en", "zh"]
        data["release"]["zh"] = {
            "title": "河滨区发展情况新闻稿（测试用虚构新闻稿）",
            "publisher": "河滨区新闻办公室",
            "district": "河滨",
            "source_text": "source/zh.txt",
            "sections": {"I.1": "投资增长", "I.2": "企业增多", "II.1": "公园开放", "III.1": "学校增加"},
        }
        for pillar, title in zip(data["pillars"], ["增长", "绿色城市", "关爱"], strict=True):
            pillar["zh"] = {"title": title}
        for figure in data["indicators"]:
            figure["zh"] = dict(TRANSLATED[figure["id"]])
        for chart in data["charts"]:
            chart["zh"] = {"measure": "植树数量", "by": "地点"}
        if edit:
            edit(data)

    return apply


def checked(tmp_path, edit=None):
    path = copy_release(tmp_path, in_chinese(edit))
    (path.parent / "source" / "zh.txt").write_text(CHINESE_RELEASE, encoding="utf-8")
    release, problems = check(path)
    return release, [p for p in problems if p.severity == "error"]


def test_a_release_in_chinese_with_every_text_translated_validates(tmp_path):
    release, problems = checked(tmp_path)
    assert problems == [] and release is not None


def test_a_release_that_declares_chinese_needs_every_text_in_it(tmp_path):
    def untranslated(data):
        del data["indicators"][1]["zh"]
        del data["indicators"][5]["zh"]["unit"]
        del data["pillars"][2]["zh"]
        del data["charts"][0]["zh"]["by"]
        del data["release"]["zh"]["sections"]["II.1"]

    _, problems = checked(tmp_path, untranslated)
    said = {(p.id, p.message.split("): add ", 1)[1].split()[0]) for p in problems}
    assert ("project-value", "`zh:`") in said
    assert ("new-parks", "`unit`") in said
    assert ("care", "`zh:") in said
    assert ("trees", "`by`") in said
    assert any("II.1" in p.message for p in problems)
    assert all("languages: [en, zh]" in p.message for p in problems)


def test_a_chart_missing_both_its_chinese_by_and_note_is_told_of_both(tmp_path):
    def untranslated(data):
        data["charts"][0]["note"] = "Trees planted by the district, by place."
        del data["charts"][0]["zh"]["by"]

    _, problems = checked(tmp_path, untranslated)
    said = {p.message.split("): add ", 1)[1].split()[0] for p in problems if p.id == "trees"}
    assert {"`by`", "`note`"} <= said, problems


@pytest.mark.parametrize(
    "figure, change, said",
    [
        (
            "project-value",
            {"figure": "3.5亿元", "quote": "今年全区签约新项目42个，总价值3.5亿元。"},
            "state 350,000,000",
        ),
        ("new-firms-rank", {"figure": "全市第三", "quote": "约1250家企业成立，河滨新设企业数居全市第二。"}, "not in"),
        (  # a bound the other way from "some"
            "firms-founded",
            {"figure": "超过1250家企业", "quote": "超过1250家企业成立，河滨新设企业数居全市第三。"},
            "'at least'",
        ),
        ("firms-founded", {"qualifier": "不到"}, "says 'at most'"),
        ("new-projects", {"label": "2021年新签约项目"}, "'so far'"),  # "so far in 2021" dropped
        ("new-projects", {"label": "截至3月2日新签约项目"}, "says 2021"),  # the year dropped
        ("export-growth", {"label": "出口比上年下降"}, "direction of the change"),
        ("new-parks", {"figure": "新开公园"}, "state no number"),
    ],
)
def test_the_chinese_says_what_the_english_says_or_the_validator_refuses(tmp_path, figure, change, said):
    def edit(data):
        zh = next(f for f in data["indicators"] if f["id"] == figure)["zh"]
        zh.update(change)

    _, problems = checked(tmp_path, edit)
    assert any(p.id == figure and said in p.message for p in problems), "\n".join(map(str, problems))
