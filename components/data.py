"""The dashboard's one door to the data: the library of briefings, cached on the files' stamps.

The stamp is the (modification time, size) of every briefing's YAML file *and* of the release text it
quotes, and the list of briefings filed under `releases/`, so an edit to any of them (or a publish) shows
on the next page load; each release's `version` (a hash of both) then keys every built piece. While
`publish` is moving files, readers keep the library they had. The library is kept in the dashboard's own cache (components/cached.py), shared by all sessions
(read-only by convention), so many readers cost one copy, and no reader's message can drop it. An edit that breaks the data never takes the
dashboard down: readers keep the last good data under a warning naming the file, line and problem.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from components.cached import cached
from components.markdown import escape_markdown
from components.text import plain_lines
from indicators import DataError, default_path
from indicators.checks.library_check import check_library
from indicators.checks.loader import file_stamp
from indicators.model.library import Library, publishing, release_files
from indicators.reading.problems import errors
from indicators.view.language import Language

SHOWN_PROBLEMS = 8


@cached(entries=4)
def _load(path: str, stamp: tuple) -> Library:
    library, problems = check_library(path)
    if library is None:
        raise DataError(problems)
    # Streamlit collects all garbage after every script run (runner.postScriptGC), walking every object
    # in the process: the libraries and the data, about 60 ms a reader. They live as long as the process,
    # so move them out of the collector's sight; each run then walks only what it made itself.
    gc.freeze()
    return library


def _stamp(path: Path, files: tuple[Path, ...]) -> tuple:
    """The stamps of the briefings' files: those the library was read from, and any briefing filed since."""
    paths = dict.fromkeys([*release_files(path), *files])
    return tuple((str(file), file_stamp(file)) for file in paths)


@dataclass
class _Registry:
    """Per server process: the last library that validated, and the files each library was read from."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    last_good: dict[str, Library] = field(default_factory=dict)
    files: dict[str, tuple[Path, ...]] = field(default_factory=dict)


_REGISTRY = _Registry()  # one per server process, beside the imported module: no client message can clear it


def _registry() -> _Registry:
    return _REGISTRY


@dataclass(frozen=True)
class Loaded:
    """What the dashboard can show: a library (maybe the last good one) and the problems of the files now."""

    path: Path
    library: Library | None
    problems: list[str]

    @property
    def stale(self) -> bool:
        return self.library is not None and bool(self.problems)


def current_library() -> Loaded:
    path = default_path()
    key = str(path.resolve())
    registry = _registry()
    with registry.lock:
        last_good = registry.last_good.get(key)
    if last_good is not None and publishing(path):
        return Loaded(path, last_good, [])  # files are moving: keep the library this reader had
    try:
        known = registry.files.get(key, ())
        library = _load(str(path), _stamp(path, known))
        if library.files != known:  # a first load, or a briefing filed since: key on every text it quotes too
            with registry.lock:
                registry.files[key] = library.files
            library = _load(str(path), _stamp(path, library.files))
    except DataError as error:
        problems = [str(p) for p in errors(error.problems)]
    else:
        with registry.lock:
            registry.last_good[key] = library
        return Loaded(path, library, [])
    return Loaded(path, last_good, problems)


def _first(problems: list[str], limit: int) -> list[str]:
    return problems[:limit] + ([f"…and {len(problems) - limit} more"] if len(problems) > limit else [])


def _data_root() -> Path:
    """The folder holding the data folder: paths are shown from it ("data/indicators.yaml")."""
    return default_path().resolve().parent.parent


def shown_path(path: Path | str) -> str:
    """A data file's path as a page may show it: from the data's folder (``data/indicators.yaml``), never the
    server's absolute path."""
    path = Path(path)
    try:
        return str(path.resolve().relative_to(_data_root()))
    except ValueError:
        return f"{path.parent.name}/{path.name}" if path.parent.name else path.name


def _shown(problems: list[str], loaded: Loaded) -> list[str]:
    """The problems as a page may show them: every path from the data's folder, none absolute."""
    root = f"{_data_root()}/"
    return [problem.replace(root, "") for problem in problems]


def stale_warning(loaded: Loaded, language: Language) -> None:
    said = language.gettext(
        "The data file {file} was changed and now has {count} problem(s), so this page shows the last version that "
        "passed every check. Fix the lines below, then reload."
    )
    st.warning(
        said.format(file=escape_markdown(shown_path(loaded.path)), count=len(loaded.problems)),
        icon=":material/warning:",
    )
    plain_lines(_first(_shown(loaded.problems, loaded), SHOWN_PROBLEMS))


def unusable(loaded: Loaded, language: Language) -> None:
    """The only page while the data cannot be shown: what is wrong, where, and what to do."""
    st.title(language.gettext("The figures cannot be shown"))
    shown = escape_markdown(shown_path(loaded.path))
    said = language.gettext(
        "The data file {file} has problems. Fix each line below, then check it with `python -m indicators validate "
        "{file}` and reload this page."
    )
    st.error(said.format(file=shown), icon=":material/error:")
    plain_lines(_first(_shown(loaded.problems, loaded), 50))


def held_back_notice(count: int, language: Language) -> None:
    """Readers see only reviewed figures; they are told how many more the release holds."""
    said = language.ngettext(
        "{count} more figure from this release is held back until the press office has reviewed it.",
        "{count} more figures from this release are held back until the press office has reviewed them.",
        count,
    )
    st.info(said.format(count=count), icon=":material/pending:")
