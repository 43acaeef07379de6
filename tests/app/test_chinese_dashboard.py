"""The dashboard in Chinese, page by page and in a drill-down, as AppTest draws it: every element's text (titles,
buttons, tiles, captions, notices, inputs' labels and help, each HTML block) speaks Chinese, and the English
release's words inside an HTML block carry lang="en"."""

import re

import pytest

from indicators import load
from tests.app.conftest import run_app
from tests.conftest import REAL_DATA
from tests.test_chinese_outputs import LanguageOfParts, english_words

PAGES = ["", "every pillar", "figures", "corrections", "source", "briefing"]
TEXT_FIELDS = ("label", "body", "help", "placeholder")
ICON = re.compile(r":material/\w+:")


def shown_texts(node, found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(element kind, text) of every element under ``node``, HTML blocks read by their language of parts."""
    proto = getattr(node, "proto", None)
    if proto is not None and hasattr(proto, "ListFields"):
        kind = type(node).__name__
        for field, value in proto.ListFields():
            if field.name in ("options", "tab_labels"):
                found += [(kind, option) for option in value]
            if not isinstance(value, str) or field.name not in TEXT_FIELDS or not value.strip():
                continue
            if kind == "Html":
                found += [
                    (f"Html {where}", text)
                    for lang, where, text in LanguageOfParts(value).pieces
                    if lang in ("", "zh-Hans", "zh-Hant")
                ]
            else:
                found.append((kind, ICON.sub(" ", value)))  # an icon's name is no text
    for child in getattr(node, "children", {}).values():
        shown_texts(child, found)
    return found


@pytest.mark.parametrize("lang", ["zh", "zh-Hant"])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: p or "overview")
def test_every_dashboard_page_speaks_chinese(monkeypatch, page, lang):
    paths = [p.id for p in load(REAL_DATA).pillars] if page == "every pillar" else [page]
    for path in paths:
        at = run_app(monkeypatch, url_path=path or None, query={"lang": lang})
        assert not at.exception
        english = [(kind, text[:100]) for kind, text in shown_texts(at._tree, []) if english_words(text)]
        assert not english, (path, english[:8])


@pytest.mark.parametrize("lang", ["zh", "zh-Hant"])
def test_a_drill_down_in_chinese_keeps_the_release_words_in_english_marked_as_such(monkeypatch, lang):
    at = run_app(monkeypatch, url_path="economy", query={"lang": lang, "figure": "major-industrial-projects"})
    texts = shown_texts(at._tree, [])
    assert not [(kind, text[:100]) for kind, text in texts if english_words(text)]
    blocks = "\n".join(element.value for element in at.html)
    assert 'lang="en"' in blocks and "This year has witnessed" in blocks
