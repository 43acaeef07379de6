"""Citations a reporter pastes: the release a figure comes from, with its address, in the reader's language."""

from __future__ import annotations

from indicators.model.release import Release
from indicators.view.formatting import date_text, in_script
from indicators.view.language import ENGLISH, Language


def release_citation(release: Release, language: Language = ENGLISH) -> str:
    """ "<title>, <publisher>, <date> (published <date>). <address>": enough to find the original. In Chinese, the
    curators' translation of the title, then the English release's own title (the document cited)."""
    info = release.info
    gettext = language.gettext
    published = (
        gettext(" (published {date})").format(date=date_text(info.published, language)) if info.published else ""
    )
    address = gettext(". {address}").format(address=info.source_url) if info.source_url else ""
    title, publisher = info.title, info.publisher
    if language.chinese and info.zh is not None:
        title = gettext("{title} (English release: {english})").format(
            title=in_script(info.zh.title, language), english=info.title
        )
        publisher = in_script(info.zh.publisher, language)
    return gettext("{title}, {publisher}, {date}{published}{address}").format(
        title=title, publisher=publisher, date=date_text(info.date, language), published=published, address=address
    )


def page_citation(page_title: str, briefing_title: str, citation: str, link: str, language: Language = ENGLISH) -> str:
    """Ready to paste for a whole page: what it shows, the release it comes from, and its address."""
    return "\n".join(
        [
            language.gettext("{page}: figures from {briefing}").format(page=page_title, briefing=briefing_title),
            language.gettext("Source: {citation}").format(citation=citation),
            link,
        ]
    )
