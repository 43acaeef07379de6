"""A library checked as a whole: every briefing, then what spans them (ids unique across briefings, each filed
folder named by its briefing, a release id used once, every series one measure)."""

from __future__ import annotations

from pathlib import Path

from indicators.checks.validate import check
from indicators.model.library import RELEASE_FILE, RELEASES, Library, release_files
from indicators.model.release import Figure, Release
from indicators.reading.periods import date_text
from indicators.reading.problems import DataError, Problem, errors
from indicators.reading.yamlsafe import YamlError, parse, read_text


def load_library(path: Path | str) -> Library:
    """The validated library whose current file is ``path``; a DataError listing every problem otherwise."""
    library, problems = check_library(path)
    if library is None:
        raise DataError(problems)
    return library


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
