"""Every address the project writes, in one place (as Datasette's url_builder): page slugs and titles,
query parameter names, permalinks, and the share site's pages.

Links inside the dashboard are relative ("?figure=x", "briefing?figure=x"), so they keep whatever base
path the app is served under (`--server.baseUrlPath`, a path behind nginx).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit, urlunsplit

from indicators.model.ids import could_be_id
from indicators.model.release import Release
from indicators.model.schema import web_address
from indicators.view.language import ENGLISH, LANG_PARAM, N_, Language

SHARE_URL_VAR = "INDICATORS_SHARE_URL"  # where the exported share site is served, if it is
FIGURE_PARAM = "figure"
RELEASE_PARAM = "release"  # which briefing of the library; absent for the current one
SLIDE_PARAM = "slide"


@dataclass(frozen=True)
class Page:
    slug: str  # the URL path under the app's base ("" for the overview)
    title: str


OVERVIEW = Page("", N_("Overview"))
FIGURES = Page("figures", N_("All figures"))
SOURCE = Page("source", N_("Source"))
CORRECTIONS = Page("corrections", N_("Corrections"))
SLIDES = Page("briefing", N_("Briefing mode"))  # the slideshow; "/briefing" is a published address
FIXED_PAGES = (OVERVIEW, FIGURES, SOURCE, CORRECTIONS, SLIDES)
# Names Streamlit, or a page above, already uses: a pillar id never shadows them.
RESERVED = {"overview", "_stcore", "static", "media", "component", "app", *(p.slug for p in FIXED_PAGES)}


@dataclass(frozen=True)
class Routes:
    """The dashboard's pages for one release: the fixed ones and one per pillar, from the data."""

    pillars: dict[str, Page] = field(default_factory=dict)

    @classmethod
    def of(cls, release: Release) -> Routes:
        pillars, taken = {}, set(RESERVED)
        for pillar in release.pillars:
            slug = pillar.id if pillar.id not in taken else f"pillar-{pillar.id}"
            pillars[pillar.id] = Page(slug, pillar.title)
            taken.add(slug)
        return cls(pillars)

    @property
    def slugs(self) -> set[str]:
        return {page.slug for page in (*self.pillars.values(), *FIXED_PAGES)}

    def title_of(self, slug: str) -> str:
        """The page's plain title (not Markdown), for citations."""
        for page in (*self.pillars.values(), *FIXED_PAGES):
            if page.slug == slug:
                return page.title
        return OVERVIEW.title


def figure_link(figure_id: str, page_slug: str | None = None) -> str:
    """A relative link that opens a figure: on the current page, or on another page of the app."""
    query = f"?{FIGURE_PARAM}={quote(figure_id, safe='-')}"
    return query if page_slug is None else f"{page_slug}{query}" if page_slug else f"./{query}"


def briefing_figure_link(release: Release, figure_id: str) -> str:
    """A relative link opening a figure of any briefing, on its pillar's page: the id alone names the briefing
    (ids are unique across the library), so the link needs no release in it."""
    figure = release.by_id[figure_id]
    return figure_link(figure_id, Routes.of(release).pillars[figure.pillar].slug)


def page_link(page_address: str, release_id: str | None = None) -> str:
    """A page's address to share: with the briefing it shows, when that is not the current one."""
    return f"{page_address}?{RELEASE_PARAM}={quote(release_id, safe='-')}" if release_id else page_address


def page_url(browser_url: str | None, slug: str = "") -> str:
    """The page's address without its query, from the address the reader's browser reports."""
    if not browser_url:
        return f"/{slug}"
    parts = urlsplit(browser_url)
    return urlunsplit((parts.scheme, parts.netloc, parts.path or "/", "", ""))


def permalink(page_address: str, figure_id: str) -> str:
    return f"{page_address}{figure_link(figure_id)}"


@dataclass(frozen=True)
class ShareSite:
    """Addresses on the exported share site (`python -m indicators export --base-url URL`)."""

    base_url: str

    def __post_init__(self):
        object.__setattr__(self, "base_url", self.base_url.rstrip("/"))

    def figure_page(self, figure_id: str, language: Language = ENGLISH) -> str:
        return f"{self.base_url}/{figure_path(figure_id, language)}"

    def embed_page(self, figure_id: str, language: Language = ENGLISH) -> str:
        return f"{self.base_url}/{embed_path(figure_id, language)}"

    def card(self, figure_id: str, language: Language = ENGLISH) -> str:
        return f"{self.base_url}/{card_path(figure_id, language)}"

    def page(self, path: str) -> str:
        return f"{self.base_url}/{path}"


# The share site's files, relative to its root.
SHARE_INDEX = ""  # the site's own address: its index page
SNAPSHOT_PATH = "index.html"
SLIDES_PATH = "slides/index.html"  # the offline slides, one file that runs from a disk
PRESS_PACK_PATH = "press-pack.pdf"
CORRECTIONS_PATH = "corrections/"
FEED_PATH = "feed.xml"  # the Atom feed of corrections and new briefings, one per language
ASSETS_PATH = "assets/"  # the share site's own scripts (copy buttons, embeds that size themselves)


def asset_path(name: str) -> str:
    return f"{ASSETS_PATH}{name}"


def feed_path(language: Language = ENGLISH) -> str:
    return f"{language.path}{FEED_PATH}"


def figure_path(figure_id: str, language: Language = ENGLISH) -> str:
    return f"{language.path}figures/{figure_id}/"


def page_file(path: str) -> str:
    """The file that serves a folder's address: "figures/x/" is "figures/x/index.html"."""
    return f"{path}index.html" if path.endswith("/") else path


def data_path(suffix: str) -> str:
    return f"figures.{suffix}"


def chart_path(chart_id: str) -> str:
    return f"charts/{chart_id}.svg"


def briefing_path(release_id: str | None, language: Language = ENGLISH) -> str:
    """A briefing's folder on the share site: the current one at its language's root ("", "zh/"), an earlier one
    under releases/<id>/ there."""
    return f"{language.path}releases/{release_id}/" if release_id else language.path


def link_from(page: str, target: str) -> str:
    """A share-site path as a relative link from the page at folder path ``page`` ("figures/x/" is two
    folders down, so its links start "../../"): the site works under any base address, and from disk."""
    return "../" * page.count("/") + target


def embed_path(figure_id: str, language: Language = ENGLISH) -> str:
    return f"{language.path}embed/{figure_id}/"


def card_path(figure_id: str, language: Language = ENGLISH) -> str:
    return f"{language.path}cards/{figure_id}.png"


def with_language(link: str, language: Language) -> str:
    """A dashboard link that keeps the reader's language (English needs no parameter)."""
    if language == ENGLISH:
        return link
    return f"{link}{'&' if '?' in link else '?'}{LANG_PARAM}={quote(language.code, safe='-')}"


def configured_share_site(environ: dict) -> ShareSite | None:
    """The share site named by $INDICATORS_SHARE_URL, when it is an absolute http(s) address (and nothing else)."""
    address = (environ.get(SHARE_URL_VAR) or "").strip()
    try:
        return ShareSite(web_address(address)) if address else None
    except ValueError:
        return None


def valid_release_id(text: str | None) -> str | None:
    """The release id an address names, when it could be one (never echo anything else)."""
    return text if could_be_id(text) else None
