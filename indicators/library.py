"""Every briefing a data file has published: the current one, and the earlier ones filed beside it.

    data/indicators.yaml                        the current briefing (what curators and the dashboard know)
    data/releases/<release-id>/indicators.yaml  each earlier briefing, with its release text beside it

A file with no `releases/` beside it is a library of one. Figure ids (and every id a correction retired)
are unique across the library, so a published `?figure=` names one figure of one briefing forever.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

from .formatting import date_text, whose
from .models import SLUG_PATTERN
from .problems import DataError, Problem, errors
from .release import Figure, Release
from .validate import check
from .yamlsafe import YamlError, parse, read_text

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
            retired = {c.figure_id for c in release.corrections if c.change in ("renamed", "withdrawn")}
            for figure_id in (*release.by_id, *retired):
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


def load_library(path: Path | str) -> Library:
    """The validated library whose current file is ``path``; a DataError listing every problem otherwise."""
    library, problems = check_library(path)
    if library is None:
        raise DataError(problems)
    return library


def describe_release(library: Library, release: Release) -> str:
    """How a briefing is named in a picker: its date, and whether it is the newest."""
    info = release.info
    newest = " (newest)" if release is library.newest else ""
    return f"{date_text(info.date)}{newest}: {whose(info)}"


# Checking ----------------------------------------------------------------------------------------


def check_library(path: Path | str) -> tuple[Library | None, list[Problem]]:
    """Every problem of every briefing in the library, and of the library as a whole; the Library if none."""
    path = Path(path)
    problems: list[Problem] = []
    releases: list[Release] = []
    for file in release_files(path):
        if file != path and not file.is_file():
            problems.append(
                Problem(
                    None,
                    f"this folder under {RELEASES}/ holds no {RELEASE_FILE}; each folder there is one earlier briefing "
                    f"(its {RELEASE_FILE} and its release text): restore the file or move the folder out",
                    str(file.parent),
                )
            )
            continue
        release, found = check(file)
        problems.extend(found)
        if release is not None:
            releases.append(release)
    if errors(problems) or not releases:
        return None, problems
    problems.extend(_library_problems(path, releases))
    if errors(problems):
        return None, problems
    current = releases[0]
    ordered = sorted(releases, key=lambda r: (r.info.date, r.info.id))
    if ordered[-1] is not current:
        newer = ordered[-1]
        problems.append(
            Problem(
                _line(current.path, ("release", "date")),
                f"the current briefing ({current.info.date}) is older than {newer.info.id} ({newer.info.date}), filed "
                f"under {RELEASES}/; the dashboard opens on the current file: publish the newest briefing with "
                f"`python -m indicators publish`",
                str(current.path),
                current.info.id,
                severity="warning",
            )
        )
    return Library(path, current, ordered, [p for p in problems if p.severity == "warning"]), problems


def _library_problems(path: Path, releases: list[Release]) -> list[Problem]:
    problems = []
    seen_releases: dict[str, Release] = {}
    for release in releases:
        info = release.info
        if release.path != path and release.path.parent.name != info.id:
            problems.append(
                Problem(
                    _line(release.path, ("release", "id")),
                    f"this briefing is filed in {RELEASES}/{release.path.parent.name}/ but its id is {info.id!r}; a "
                    f"filed briefing's folder is named by its id",
                    str(release.path),
                    info.id,
                )
            )
        if info.id in seen_releases:
            problems.append(
                Problem(
                    _line(release.path, ("release", "id")),
                    f"the release id {info.id!r} is also the id of {seen_releases[info.id].path}; a release id is "
                    "never reused: give this briefing its own id",
                    str(release.path),
                    info.id,
                )
            )
        seen_releases.setdefault(info.id, release)
    problems += _reused_ids(releases)
    problems += _series_problems(releases)
    return problems


def _published_ids(release: Release) -> dict[str, str]:
    """Each id the briefing ever published, with the key of the entry that holds it (for line numbers)."""
    ids = {figure_id: "indicators" for figure_id in release.by_id}
    for correction in release.corrections:
        if correction.change in ("renamed", "withdrawn"):
            ids.setdefault(correction.figure_id, "corrections")
    return ids


def _reused_ids(releases: list[Release]) -> list[Problem]:
    problems, owner = [], {}
    for release in sorted(releases, key=lambda r: (r.info.date, r.info.id)):  # the older briefing keeps the id
        for figure_id, key in _published_ids(release).items():
            if figure_id in owner and owner[figure_id] is not release:
                first = owner[figure_id]
                problems.append(
                    Problem(
                        _line_of_id(release.path, key, figure_id),
                        f"the id {figure_id!r} is already a figure of {first.info.id} ({date_text(first.info.date)}); an id names one "
                        f"figure of one briefing forever, since links to it were published: give this one its own id "
                        f"(the year makes a good suffix, as in {figure_id}-{release.info.date[:4]})",
                        str(release.path),
                        figure_id,
                    )
                )
            owner.setdefault(figure_id, release)
    return problems


_SERIES_FIELDS = ("unit", "kind", "scope", "measure")


def _series_problems(releases: list[Release]) -> list[Problem]:
    """Each series member against the series' first (oldest) member, and against the others of its briefing."""
    problems = []
    first: dict[str, tuple[Release, Figure]] = {}
    in_briefing: dict[tuple[str, str], Figure] = {}

    def problem(release: Release, figure: Figure, message: str) -> None:
        line = _line_of_id(release.path, "indicators", figure.id, "series")  # read only when needed
        problems.append(Problem(line, message, str(release.path), figure.id))

    for release in sorted(releases, key=lambda r: (r.info.date, r.info.id)):
        for figure in release.figures:
            name = figure.indicator.series
            if not name:
                continue
            twin = in_briefing.setdefault((name, release.info.id), figure)
            if twin is not figure:
                problem(
                    release,
                    figure,
                    f"series {name!r} has two figures from the same briefing ({twin.id} and {figure.id}); a series "
                    "holds one figure per briefing: keep `series` on the one that states the measure",
                )
                continue
            other_release, other = first.setdefault(name, (release, figure))
            for what in _SERIES_FIELDS:
                mine, theirs = _plain(getattr(figure, what)), _plain(getattr(other, what))
                if mine != theirs:
                    problem(
                        release,
                        figure,
                        f"series {name!r} joins figures of different {what}: {figure.id} has {mine or 'none'!r}, "
                        f"{other.id} ({other_release.info.id}) has {theirs or 'none'!r}; a series is one measure "
                        f"over time: give them the same {what}, or a different series",
                    )
    return problems


def _plain(value) -> str:
    value = getattr(value, "value", value)  # a Kind is compared by its name
    return " ".join(str(value).lower().split()) if value is not None else ""


def _line(path: Path, doc_path: tuple) -> int | None:
    """The line of an entry, read again only when a problem needs it (a library's files are few and small)."""
    try:
        return parse(read_text(path)).line_of(doc_path)
    except YamlError:
        return None


def _line_of_id(path: Path, key: str, entry_id: str, attribute: str | None = None) -> int | None:
    try:
        document = parse(read_text(path))
    except YamlError:
        return None
    name = "figure" if key == "corrections" else "id"
    for index, item in enumerate(document.data.get(key) or []):
        if isinstance(item, dict) and entry_id in (item.get(name), item.get("renamed_to")):
            return document.line_of((key, index, attribute or name))
    return None


def valid_release_id(text: str | None) -> str | None:
    """The id an address names, when it could be one (never echo anything else)."""
    return text if text and len(text) <= 80 and re.fullmatch(SLUG_PATTERN, text) else None
