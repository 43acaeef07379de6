"""URL paths for the dashboard's pages, built from the data: a pillar id never shadows a fixed page."""

from __future__ import annotations

from dataclasses import dataclass

from .validate import Briefing

FIXED = {"overview": "overview", "figures": "figures", "source": "source", "briefing": "briefing"}


@dataclass(frozen=True)
class PageSlugs:
    pillars: dict[str, str]
    figures: str = FIXED["figures"]
    source: str = FIXED["source"]
    briefing: str = FIXED["briefing"]

    def title_of(self, url_path: str, briefing: Briefing) -> str:
        """The page's plain title (not Markdown), for citations."""
        pillar = next((p for p in briefing.dataset.pillars if self.pillars[p.id] == url_path), None)
        if pillar is not None:
            return pillar.title
        titles = {self.figures: "All figures", self.source: "Source", self.briefing: "Briefing mode"}
        return titles.get(url_path, "Overview")


def page_slugs(briefing: Briefing) -> PageSlugs:
    taken = set(FIXED.values())
    pillars = {}
    for pillar in briefing.dataset.pillars:
        slug = pillar.id if pillar.id not in taken else f"pillar-{pillar.id}"
        pillars[pillar.id] = slug
        taken.add(slug)
    return PageSlugs(pillars)
