"""The Atom feed of a library, per language: one entry per correction and per published briefing, each dated and
linking to the page a reader checks (the figure's share page; a withdrawn id's notice; the briefing itself), as
statistics offices and newsrooms let readers follow what changed."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlsplit

from indicators.outputs.render import render
from indicators.outputs.site import Site
from indicators.view.language import Language
from indicators.view.urls import briefing_path, feed_path, figure_path


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    link: str
    updated: str  # RFC 3339
    summary: str


def _stamp(iso: str) -> str:
    return f"{iso}T00:00:00Z"


def feed_entries(site: Site, language: Language) -> list[Entry]:
    """Newest first: every briefing of the library shown in this language, and every correction to it."""
    share = site.share
    host = urlsplit(share.base_url).netloc
    gettext = language.gettext
    entries = []
    for briefing in (b for b in site.briefings() if b.language == language):
        base = briefing_path(None if briefing.current else briefing.release_id, language)
        entries.append(
            Entry(
                id=f"tag:{host},{briefing.iso_date}:briefing/{briefing.release_id}",
                title=gettext("New briefing: {whose}, {date}").format(whose=briefing.whose, date=briefing.date),
                link=share.page(base),
                updated=_stamp(briefing.release.info.published or briefing.iso_date),
                summary=gettext("{count} figures, each with the sentence that states it. {citation}").format(
                    count=len(briefing.figures), citation=briefing.citation
                ),
            )
        )
        for number, correction in enumerate(reversed(briefing.corrections), start=1):
            target = correction.current_id or correction.figure_id  # a withdrawn id's page says why
            figure = briefing.by_id.get(correction.current_id) if correction.current_id else None
            named = figure.title if figure else correction.figure_id
            entries.append(
                Entry(
                    id=f"tag:{host},{correction.iso}:correction/{briefing.release_id}/{correction.figure_id}/{number}",
                    title=f"{correction.change}: {named}",
                    link=share.page(figure_path(target, language)),
                    updated=_stamp(correction.iso),
                    summary=gettext("{what} Why: {reason}").format(what=correction.what, reason=correction.reason),
                )
            )
    return sorted(entries, key=lambda entry: (entry.updated, entry.id), reverse=True)


def feed_xml(site: Site, language: Language) -> str:
    current = site.view(site.library.current, language)
    entries = feed_entries(site, language)
    return (
        render(
            "site/feed.xml",
            language,
            feed_url=site.share.page(feed_path(language)),
            home=site.share.page(briefing_path(None, language)),
            title=language.gettext("{whose}, in figures: corrections and new briefings").format(whose=current.whose),
            author=current.publisher,
            updated=entries[0].updated if entries else _stamp(current.iso_date),
            entries=entries,
        ).strip()
        + "\n"
    )
