"""Every briefing a data file has published: the current one, and the earlier ones filed beside it.

    data/indicators.yaml                        the current briefing (what curators and the dashboard know)
    data/releases/<release-id>/indicators.yaml  each earlier briefing, with its release text beside it

A file with no `releases/` beside it is a library of one. Figure ids (and every id a correction retired)
are unique across the library, so a published `?figure=` names one figure of one briefing forever.
"""

from __future__ import annotations

import hashlib
import os
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from indicators.model.ids import retired_ids
from indicators.model.release import Figure, Release
from indicators.reading.problems import Problem

RELEASES = "releases"  # beside the current file: releases/<release-id>/indicators.yaml
RELEASE_FILE = "indicators.yaml"
PUBLISHING = ".publishing"  # beside the current file while `publish` swaps files in
PUBLISH_WINDOW_SECONDS = 60  # a marker older than this is a publish that died, not one in progress


def release_files(path: Path) -> list[Path]:
    """The current file, then each earlier briefing's file (folders starting with "." are a publish's staging)."""
    folder = path.parent / RELEASES
    try:
        names = sorted(entry.name for entry in os.scandir(folder) if entry.is_dir() and not entry.name.startswith("."))
    except (FileNotFoundError, NotADirectoryError):
        return [path]
    return [path, *(folder / name / RELEASE_FILE for name in names)]


def publishing(path: Path) -> bool:
    """True while `publish` is swapping this library's files: readers keep the library they have."""
    try:
        started = os.stat(path.parent / PUBLISHING).st_mtime
    except OSError:
        return False
    return time.time() - started < PUBLISH_WINDOW_SECONDS


@dataclass(frozen=True)
class Member:
    """One briefing's figure in a series."""

    release: Release
    figure: Figure

    @property
    def date(self) -> str:
        return self.release.info.date


@dataclass(frozen=True)
class Series:
    name: str
    members: tuple[Member, ...]  # by briefing date, oldest first

    def index_of(self, figure_id: str) -> int:
        return next(n for n, member in enumerate(self.members) if member.figure.id == figure_id)


@dataclass
class Library:
    """Every briefing of one data file, validated together; `current` is the file itself."""

    path: Path
    current: Release
    releases: list[Release]  # oldest first (by date, then id), the current one included
    warnings: list[Problem] = field(default_factory=list)

    @classmethod
    def of_one(cls, release: Release) -> Library:
        """A release on its own, as a library (a file with no `releases/` beside it)."""
        return cls(release.path, release, [release])

    @cached_property
    def version(self) -> str:
        """Changes when any briefing's YAML or text changes: the key for caches that span briefings."""
        joined = "\0".join(release.version for release in self.releases)
        return hashlib.sha256(joined.encode()).hexdigest()[:16]

    @property
    def newest(self) -> Release:
        return self.releases[-1]

    @cached_property
    def by_release_id(self) -> dict[str, Release]:
        return {release.info.id: release for release in self.releases}

    @cached_property
    def homes(self) -> dict[str, Release]:
        """Every figure id ever published, each with its briefing: ids now, and ids a correction retired."""
        homes = {}
        for release in self.releases:
            for figure_id in (*release.by_id, *retired_ids(release.corrections)):
                homes[figure_id] = release
        return homes

    def home_of(self, figure_id: str | None) -> Release | None:
        return self.homes.get(figure_id) if figure_id else None

    def previous(self, release: Release) -> Release | None:
        """The briefing before this one, if the library holds one."""
        index = self.releases.index(release)
        return self.releases[index - 1] if index > 0 else None

    @cached_property
    def files(self) -> tuple[Path, ...]:
        """Every file the library was read from: each briefing's YAML and release text."""
        return tuple(path for release in self.releases for path in (release.path, release.source_path()))

    @cached_property
    def series(self) -> dict[str, Series]:
        members = defaultdict(list)
        for release in self.releases:  # oldest first, so members come out in date order
            for figure in release.figures:
                if figure.indicator.series:
                    members[figure.indicator.series].append(Member(release, figure))
        return {name: Series(name, tuple(found)) for name, found in members.items()}

    def series_of(self, figure: Figure) -> Series | None:
        return self.series.get(figure.indicator.series) if figure.indicator.series else None

    def choose(self, release_id: str | None, figure_id: str | None, page_slug: str | None, slugs_of) -> Release:
        """The briefing an address asks for: the one holding its figure, else the one it names, else the newest
        holding its page (a pillar only an earlier briefing has), else the current one.

        `slugs_of(release)` gives the page slugs a briefing's dashboard has (the routes live in urls.py)."""
        home = self.home_of(figure_id)
        if home is not None:
            return home
        if release_id in self.by_release_id:
            return self.by_release_id[release_id]
        if page_slug and page_slug not in slugs_of(self.current):
            for release in reversed(self.releases):
                if page_slug in slugs_of(release):
                    return release
        return self.current
