"""Citations a reporter pastes: the release a figure comes from, with its address, in the reader's language."""

from __future__ import annotations

from indicators.model.release import Release
from indicators.view.formatting import date_text, in_script
from indicators.view.language import ENGLISH, Language


def release_citation(release: Release, language: Language = ENGLISH) -> str:
    """ "<title>, <publisher>, <date> (published <date>). <address>": enough to find the original. In Chinese, the
    curators' translation of the title, then the English release's own title (the document cited)."""
    info = release.info
    if language.chinese and info.zh is not None:
        published = f"（{date_text(info.published, language)}发布）" if info.published else ""
        address = f"。{info.source_url}" if info.source_url else ""
        title = in_script(info.zh.title, language)
        english = language.gettext("English release")
        publisher = in_script(info.zh.publisher, language)
        return f"{title}（{english}：{info.title}），{publisher}，{date_text(info.date, language)}{published}{address}"
    published = f" (published {date_text(info.published)})" if info.published else ""
    address = f". {info.source_url}" if info.source_url else ""
    return f"{info.title}, {info.publisher}, {date_text(info.date)}{published}{address}"


def page_citation(page_title: str, briefing_title: str, citation: str, link: str, language: Language = ENGLISH) -> str:
    """Ready to paste for a whole page: what it shows, the release it comes from, and its address."""
    return "\n".join(
        [
            language.gettext("{page}: figures from {briefing}").format(page=page_title, briefing=briefing_title),
            language.gettext("Source: {citation}").format(citation=citation),
            link,
        ]
    )
