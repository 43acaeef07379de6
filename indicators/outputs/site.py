"""The static site a reporter opens, a crawler previews and a newsroom embeds: plain files any host serves.

Pages (all from Jinja templates with autoescape, readable with JavaScript off, nothing from another host):
  index.html                 the one-file snapshot: every figure with its sentence, the charts as static
                             SVG, the corrections; opens from disk too; links every figure's page
  figures/<id>/index.html    a figure's share page: Open Graph and Twitter tags, a canonical link and
                             schema.org JSON-LD for link previews; the citation; the embed code; its series
  embed/<id>/index.html      the figure card alone, sized for an article column (what the embed code shows)
  corrections/index.html     every change to a published figure, dated, with its reason
  releases/<id>/             each earlier briefing of the library: its snapshot, corrections and data files

Figure and embed pages are one flat folder for every briefing: an id names one figure of one briefing.
"""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass

from indicators.model.library import Library
from indicators.model.release import Figure, Release
from indicators.outputs import theme
from indicators.outputs.render import render, series_html, stylesheet
from indicators.outputs.tables import DATA_FORMATS
from indicators.reading.periods import date_text
from indicators.view.charts import ChartView, pillar_charts
from indicators.view.citations import figure_citation, release_citation
from indicators.view.corrections import correction_rows
from indicators.view.figure_view import view_of
from indicators.view.formatting import describe_release, whose
from indicators.view.urls import (
    CORRECTIONS_PATH,
    Routes,
    ShareSite,
    briefing_path,
    data_path,
    embed_path,
    figure_link,
    figure_path,
    link_from,
)

EMBED_WIDTH = 640


@dataclass(frozen=True)
class Site:
    """One briefing's pages: where the site is served (for link previews, which need absolute addresses), the live
    dashboard, and the library the briefing belongs to (its other briefings, its series)."""

    release: Release
    share: ShareSite | None = None
    dashboard_url: str | None = None
    library: Library | None = None

    @property
    def base(self) -> str:
        """The briefing's folder on the site: the root for the current one, releases/<id>/ for an earlier one."""
        earlier = self.library is not None and self.release is not self.library.current
        return briefing_path(self.release.info.id if earlier else None)

    def briefings(self, page: str) -> list[dict]:
        """Every briefing of the library, newest first, each linked from the page at ``page``."""
        if self.library is None or len(self.library.releases) < 2:
            return []
        return [
            {
                "name": describe_release(self.library, release),
                "href": link_from(page, Site(release, self.share, self.dashboard_url, self.library).base),
                "current": release is self.release,
            }
            for release in reversed(self.library.releases)
        ]

    def series(self, figure: Figure, page: str) -> str | None:
        """The figure's series, each member linked from the page at ``page``; None when it has none."""
        if self.library is None:
            return None
        return series_html(self.library, figure, lambda figure_id, _: link_from(page, figure_path(figure_id)), level=2)

    def dashboard_link(self, figure: Figure) -> str | None:
        if not self.dashboard_url:
            return None
        slug = Routes.of(self.release).pillars[figure.pillar].slug
        return f"{self.dashboard_url.rstrip('/')}/{figure_link(figure.id, slug)}"

    def whose(self) -> str:
        return whose(self.release.info)


def jsonld(site: Site, figure: Figure) -> str:
    """schema.org: the figure as a dataset's measured value, based on the release it comes from."""
    info, view = site.release.info, view_of(figure)
    release = {
        "@type": "CreativeWork",
        "name": info.title,
        "genre": "press release",
        "publisher": {"@type": "Organization", "name": info.publisher},
        "datePublished": info.published or info.date,
        **({"url": info.source_url} if info.source_url else {}),
    }
    document = {
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": view.label,
        "description": view.sentence,
        "identifier": figure.id,
        "variableMeasured": {
            "@type": "PropertyValue",
            "name": view.label,
            **(
                {"minValue": figure.value, "maxValue": figure.value_to}
                if figure.value_to is not None
                else {"value": figure.value}
            ),
            "unitText": figure.unit,
            "description": view.full + (f" ({view.caveat})" if view.caveat else ""),
            "measurementTechnique": "derived from the release's words" if view.derived else "stated in the release",
        },
        "isBasedOn": release,
        "citation": release_citation(info),
        **({"spatialCoverage": {"@type": "Place", "name": site.whose()}} if info.district else {}),
        **({"dateModified": view.revised.date} if view.revised else {}),
        **({"url": site.share.figure_page(figure.id)} if site.share else {}),
    }
    # Inside <script>: no "<" may end it early, whatever the data holds.
    return json.dumps(document, ensure_ascii=False, indent=1).replace("<", "\\u003c")


def embed_height(figure: Figure) -> int:
    """Enough height for the card in a column of EMBED_WIDTH px: label, value, sentence, source."""
    view = view_of(figure)
    label_lines = len(textwrap.wrap(view.label, 48))
    sentence_lines = len(textwrap.wrap(view.sentence, 62)) + (len(textwrap.wrap(view.caveat, 70)) if view.caveat else 0)
    return 150 + 30 * label_lines + 27 * sentence_lines + 60


def embed_code(site: Site, figure: Figure) -> str:
    view = view_of(figure)
    title = f"{view.label}: {view.full} ({site.release.info.publisher})"
    return render(
        "site/embed_code.txt",
        src=site.share.embed_page(figure.id),
        title=title,
        height=embed_height(figure),
        width=EMBED_WIDTH,
    ).strip()


def data_files(root: str) -> list[tuple[str, str]]:
    """(label, link) of each data file, from a page whose way to the site's root is `root`."""
    return [(data_format.label, f"{root}{data_path(data_format.suffix)}") for data_format in DATA_FORMATS]


def figure_page_html(site: Site, figure: Figure) -> str:
    view = view_of(figure)
    share = site.share
    page = figure_path(figure.id)
    return render(
        "site/figure.html",
        site=site,
        view=view,
        figure=figure,
        info=site.release.info,
        heading=figure.heading,
        title=f"{view.full}: {view.label} · {site.whose()}",
        preview_title=f"{view.full}: {view.label}",
        citation=figure_citation(site.release, figure, share.figure_page(figure.id) if share else figure.id),
        release_citation=release_citation(site.release.info),
        date=date_text(site.release.info.date),
        revised_date=date_text(view.revised.date) if view.revised else "",
        canonical=share.figure_page(figure.id) if share else None,
        card=share.card(figure.id) if share else None,
        embed=embed_code(site, figure) if share else None,
        embed_path=embed_path(figure.id),
        jsonld=jsonld(site, figure),
        dashboard=site.dashboard_link(figure),
        root=link_from(page, site.base),
        corrections_path=link_from(page, site.base + CORRECTIONS_PATH),
        data_files=data_files(link_from(page, site.base)),
        series=site.series(figure, page),
        css=stylesheet("site"),
        card_size=(theme.CARD["width"], theme.CARD["height"]),
    )


def embed_page_html(site: Site, figure: Figure) -> str:
    view = view_of(figure)
    return render(
        "site/embed.html",
        view=view,
        info=site.release.info,
        title=f"{view.full}: {view.label}",
        page=site.share.figure_page(figure.id),
        date=date_text(site.release.info.date),
        css=stylesheet("site"),
    )


def corrections_page_html(site: Site) -> str:
    page = site.base + CORRECTIONS_PATH
    return render(
        "site/corrections.html",
        info=site.release.info,
        whose=site.whose(),
        corrections=correction_rows(site.release),
        figure_href=lambda figure_id: link_from(page, figure_path(figure_id)),
        root=link_from(page, site.base),
        canonical=site.share.page(page) if site.share else None,
        css=stylesheet("site"),
    )


def snapshot_html(site: Site, charts: list[tuple[ChartView, str]] = (), pack: list[tuple[str, str]] = ()) -> str:
    """The one-file snapshot: every figure, the charts as inline SVG (or their data, without images), and links
    to the briefing's pack, (label, path) beside it, where the export wrote one."""
    release = site.release
    info = release.info
    svg = {view.id: body for view, body in charts}
    sections = []
    for pillar in release.pillars:
        views = pillar_charts(release, pillar.id)
        figures = [
            {
                "view": view_of(f),
                "citation": figure_citation(release, f, f"#{f.id}"),
                "revised_date": date_text(f.last_revised.date) if f.last_revised else "",
                "page": link_from(site.base, figure_path(f.id)) if site.share else None,
            }
            for f in release.figures_in(pillar.id)
        ]
        sections.append(
            {
                "pillar": pillar,
                "charts": [{"view": v, "svg": svg.get(v.id), "rows": [view_of(f) for f in v.figures]} for v in views],
                "figures": figures,
            }
        )
    return render(
        "snapshot.html",
        heading=f"{site.whose()}, in figures",
        info=info,
        date=date_text(info.date),
        count=len(release.figures),
        citation=release_citation(info),
        sections=sections,
        corrections=correction_rows(release),
        figure_href=lambda figure_id: f"#{figure_id}",
        corrections_page=CORRECTIONS_PATH if site.share else None,
        data_files=data_files(""),
        briefings=site.briefings(site.base) if site.share else [],
        pack=pack,
        css=stylesheet("site"),
    )
