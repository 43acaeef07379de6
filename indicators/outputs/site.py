"""The static site a reporter opens, a crawler previews and a newsroom embeds: plain files any host serves.

Pages, each in every language the briefing is shown in (English at the root, Chinese under zh/ and zh-hant/), all
from Jinja templates with autoescape, readable with JavaScript off, nothing from another host:
  index.html                 the one-file snapshot: every figure with its sentence, the charts as static SVG, the
                             corrections; opens from disk too; links every figure's page
  figures/<id>/index.html    a figure's share page: Open Graph and Twitter tags, hreflang alternates, a canonical
                             link and schema.org JSON-LD for link previews; the citation and the embed code to copy
  embed/<id>/index.html      the figure card alone, for an article column, sizing its iframe to itself
  corrections/index.html     every change to a published figure, dated, with its reason
  feed.xml                   an Atom feed of corrections and new briefings
  releases/<id>/             each earlier briefing of the library: its snapshot, corrections and data files

Figure and embed pages are one flat folder for every briefing: an id names one figure of one briefing. Every text a
page shows comes from the briefing's view (indicators/view/briefing.py); this module only places it.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass, field

from indicators.model.library import Library
from indicators.model.release import Release
from indicators.outputs import theme
from indicators.outputs.render import copy_block_html, render, series_html, stylesheet
from indicators.outputs.tables import DATA_FORMATS
from indicators.view.briefing import BriefingView, RetiredView, build_briefing_view
from indicators.view.figure_view import FigureView
from indicators.view.language import ENGLISH, SIMPLIFIED, TRADITIONAL, Language
from indicators.view.urls import (
    CORRECTIONS_PATH,
    ShareSite,
    asset_path,
    briefing_path,
    data_path,
    embed_path,
    feed_path,
    figure_link,
    figure_path,
    link_from,
    with_language,
)

EMBED_WIDTH = 640
SHARE_SCRIPT = "share.js"  # Copy buttons on share pages
EMBED_SCRIPT = "embed.js"  # an embed tells the page framing it how tall it is


def languages_of(release: Release) -> tuple[Language, ...]:
    """The languages a briefing is shown in: English, and both Chinese scripts where its Chinese texts exist."""
    return (ENGLISH, SIMPLIFIED, TRADITIONAL) if "zh" in release.info.languages else (ENGLISH,)


@dataclass
class Site:
    """The share site of a library: where it is served (link previews need absolute addresses), the live
    dashboard, and the view of every briefing in every language, each built once."""

    library: Library
    share: ShareSite | None = None
    dashboard_url: str | None = None
    _views: dict = field(default_factory=dict, repr=False)

    def view(self, release: Release, language: Language = ENGLISH) -> BriefingView:
        key = (release.info.id, language.code)
        if key not in self._views:
            self._views[key] = build_briefing_view(self.library, release, language)
        return self._views[key]

    def briefings(self) -> list[BriefingView]:
        """Every briefing in every language it is shown in, the current one first."""
        ordered = [self.library.current, *(r for r in reversed(self.library.releases) if r is not self.library.current)]
        return [self.view(release, language) for release in ordered for language in languages_of(release)]

    def base(self, briefing: BriefingView) -> str:
        """The briefing's folder: its language's root for the current one, releases/<id>/ under it for another."""
        return briefing_path(None if briefing.current else briefing.release_id, briefing.language)

    def languages(self, briefing: BriefingView) -> tuple[Language, ...]:
        return languages_of(briefing.release)


# Links between the languages of one page ----------------------------------------------------------------------


@dataclass(frozen=True)
class LanguageLink:
    tag: str
    name: str
    href: str
    current: bool


def language_links(site: Site, briefing: BriefingView, page: str, path_of) -> list[LanguageLink]:
    """The page in each language the briefing is shown in, linked from the page at ``page`` (``path_of(language)``
    gives the same page's path in a language); none when it is shown in one language only."""
    languages = site.languages(briefing)
    if len(languages) < 2:
        return []
    return [
        LanguageLink(language.tag, language.name, link_from(page, path_of(language)), language == briefing.language)
        for language in languages
    ]


def alternates(site: Site, briefing: BriefingView, path_of) -> list[LanguageLink]:
    """hreflang alternates of a page, absolute as crawlers want them (both ways: every language lists every one)."""
    if site.share is None or len(site.languages(briefing)) < 2:
        return []
    links = [
        LanguageLink(lang.tag, lang.name, site.share.page(path_of(lang)), False) for lang in site.languages(briefing)
    ]
    default = site.share.page(path_of(ENGLISH))
    return [*links, LanguageLink("x-default", ENGLISH.name, default, False)]


# A figure's pages ---------------------------------------------------------------------------------------------


def jsonld(site: Site, briefing: BriefingView, view: FigureView) -> str:
    """schema.org: the figure as a dataset's measured value, based on the release it comes from."""
    release = {
        "@type": "CreativeWork",
        "name": briefing.release.info.title,
        "genre": "press release",
        "inLanguage": briefing.release.info.language,
        "publisher": {"@type": "Organization", "name": briefing.publisher},
        "datePublished": briefing.release.info.published or briefing.iso_date,
        **({"url": briefing.source_url} if briefing.source_url else {}),
    }
    technique = "derived" if view.derived else "stated"
    document = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": view.title,
        "inLanguage": briefing.language.tag,
        "description": view.description,
        "identifier": view.id,
        "variableMeasured": {
            "@type": "PropertyValue",
            "name": view.label,
            **(
                {"minValue": view.number, "maxValue": view.number_to}
                if view.number_to is not None
                else {"value": view.number}
            ),
            "unitText": view.data_unit,
            "description": view.title + (f" ({view.caveat})" if view.caveat else ""),
            "measurementTechnique": (
                briefing.language.gettext("derived from the release's words")
                if view.derived
                else briefing.language.gettext("stated in the release")
            ),
            "additionalType": technique,
        },
        "isBasedOn": release,
        "citation": briefing.citation,
        **({"spatialCoverage": {"@type": "Place", "name": briefing.whose}} if briefing.release.info.district else {}),
        **({"dateModified": view.revision.iso} if view.revision else {}),
        **({"url": site.share.figure_page(view.id, briefing.language)} if site.share else {}),
    }
    # Inside <script>: no "<" may end it early, whatever the data holds.
    return json.dumps(document, ensure_ascii=False, indent=1).replace("<", "\\u003c")


def embed_height(view: FigureView) -> int:
    """The iframe's height where the page strips scripts (its script sizes it otherwise): enough for the card in a
    390 px column, the narrowest an article column usually is, so nothing is cut off there either."""
    narrow = 30 if view.label_lang.startswith("zh") else 40  # characters a line at a phone's column width
    label_lines = len(textwrap.wrap(view.label, narrow // 2 * 2 - 6)) or 1
    sentence_lines = len(textwrap.wrap(view.sentence, narrow)) + (
        len(textwrap.wrap(view.caveat, narrow + 6)) if view.caveat else 0
    )
    return 170 + 32 * label_lines + 28 * sentence_lines + 80


def embed_code(site: Site, briefing: BriefingView, view: FigureView) -> str:
    """The code a newsroom pastes, every attribute escaped (a label holding quotes or markup stays text)."""
    title = briefing.language.gettext("{title} ({publisher})").format(title=view.title, publisher=briefing.publisher)
    return render(
        "site/embed_code.html",
        briefing.language,
        id=view.id,
        src=site.share.embed_page(view.id, briefing.language),
        title=title,
        height=embed_height(view),
        width=EMBED_WIDTH,
    ).strip()


def data_files(briefing: BriefingView, root: str) -> list[tuple[str, str]]:
    """(label, link) of each data file, from a page whose way to the briefing's folder is `root`."""
    gettext = briefing.language.gettext
    return [(gettext(data_format.label), f"{root}{data_path(data_format.suffix)}") for data_format in DATA_FORMATS]


def figure_page_html(site: Site, briefing: BriefingView, view: FigureView) -> str:
    language = briefing.language
    share = site.share
    page = figure_path(view.id, language)
    figure = briefing.release.by_id[view.id]
    dashboard = None
    if site.dashboard_url:
        dashboard = (
            f"{site.dashboard_url.rstrip('/')}/{with_language(figure_link(view.id, view.pillar_slug), language)}"
        )
    link = share.figure_page(view.id, language) if share else view.id
    citation = copy_block_html(
        language.gettext("Ready to paste"), view.cite(link), language.gettext("Copy citation"), language, script=False
    )
    embed = None
    if share:
        embed = copy_block_html(
            language.gettext("Embed code"),
            embed_code(site, briefing, view),
            language.gettext("Copy embed code"),
            language,
            script=False,
            code=True,
        )
    return render(
        "site/figure.html",
        language,
        briefing=briefing,
        view=view,
        canonical=share.figure_page(view.id, language) if share else None,
        card=share.card(view.id, language) if share else None,
        card_size=(theme.CARD["width"], theme.CARD["height"]),
        citation_block=citation,
        embed_block=embed,
        embed_link=link_from(page, embed_path(view.id, language)),
        jsonld=jsonld(site, briefing, view),
        dashboard=dashboard,
        root=link_from(page, site.base(briefing)),
        corrections_path=link_from(page, site.base(briefing) + CORRECTIONS_PATH),
        data_files=data_files(briefing, link_from(page, site.base(briefing))),
        series=series_html(
            site.library,
            figure,
            lambda figure_id, _: link_from(page, figure_path(figure_id, language)),
            language,
            level=2,
        )
        if figure.indicator.series
        else None,
        switch=language_links(site, briefing, page, lambda lang: figure_path(view.id, lang)),
        alternates=alternates(site, briefing, lambda lang: figure_path(view.id, lang)),
        other_locales=[lang.og_locale for lang in site.languages(briefing) if lang != language],
        feed=link_from(page, feed_path(language)) if share else None,
        script=link_from(page, asset_path(SHARE_SCRIPT)) if share else None,
        css=stylesheet("site"),
    )


def embed_page_html(site: Site, briefing: BriefingView, view: FigureView) -> str:
    page = embed_path(view.id, briefing.language)
    return render(
        "site/embed.html",
        briefing.language,
        briefing=briefing,
        view=view,
        page=site.share.figure_page(view.id, briefing.language),
        script=link_from(page, asset_path(EMBED_SCRIPT)),
        css=stylesheet("site"),
    )


def corrections_page_html(site: Site, briefing: BriefingView) -> str:
    language = briefing.language
    page = site.base(briefing) + CORRECTIONS_PATH

    def path_of(lang: Language) -> str:
        return briefing_path(None if briefing.current else briefing.release_id, lang) + CORRECTIONS_PATH

    return render(
        "site/corrections.html",
        language,
        briefing=briefing,
        figure_href=lambda figure_id: link_from(page, figure_path(figure_id, language)),
        root=link_from(page, site.base(briefing)),
        canonical=site.share.page(page) if site.share else None,
        switch=language_links(site, briefing, page, path_of),
        alternates=alternates(site, briefing, path_of),
        feed=link_from(page, feed_path(language)) if site.share else None,
        css=stylesheet("site"),
    )


def snapshot_html(site: Site, briefing: BriefingView, svgs: dict[str, str] | None = None, pack=()) -> str:
    """The one-file snapshot: every figure, the charts as inline SVG (or their data, without images), and links
    to the briefing's pack, (label, path) beside it, where the export wrote one."""
    language = briefing.language
    base = site.base(briefing)

    def path_of(lang: Language) -> str:
        return briefing_path(None if briefing.current else briefing.release_id, lang)

    briefings = []
    if site.share is not None and len(site.library.releases) > 1:
        for other in briefing.briefings:
            target = briefing_path(None if other.current else other.release_id, language)
            briefings.append({"name": other.name, "href": link_from(base, target), "shown": other.shown})
    return render(
        "snapshot.html",
        language,
        briefing=briefing,
        svgs=svgs or {},
        figure_href=lambda figure_id: f"#{figure_id}",
        pages={v.id: link_from(base, figure_path(v.id, language)) for v in briefing.figures} if site.share else {},
        corrections_page=CORRECTIONS_PATH if site.share else None,
        data_files=data_files(briefing, ""),
        briefings=briefings,
        pack=pack,
        switch=language_links(site, briefing, base, path_of) if site.share else [],
        alternates=alternates(site, briefing, path_of),
        feed=link_from(base, feed_path(language)) if site.share else None,
        css=stylesheet("site"),
    )


def retired_page_html(site: Site, briefing: BriefingView, retired: RetiredView) -> str:
    """The page at an id that no longer names a figure: where the figure went, or why it was withdrawn."""
    language = briefing.language
    page = figure_path(retired.old_id, language)
    css = stylesheet("site")
    if retired.figure is not None:
        return render(
            "site/moved.html",
            language,
            retired=retired,
            target=link_from(page, figure_path(retired.figure.id, language)),
            canonical=site.share.figure_page(retired.figure.id, language) if site.share else None,
            css=css,
        )
    return render(
        "site/withdrawn.html",
        language,
        retired=retired,
        root=link_from(page, site.base(briefing)),
        corrections_path=link_from(page, site.base(briefing) + CORRECTIONS_PATH),
        css=css,
    )
