"""The dashboard's one door to the data: the library of briefings, cached on the files' stamps.

The stamp is the (modification time, size) of every briefing's YAML file *and* of the release text it
quotes, and the list of briefings filed under `releases/`, so an edit to any of them (or a publish) shows
on the next page load; each release's `version` (a hash of both) then keys every built piece. While
`publish` is moving files, readers keep the library they had. st.cache_resource shares one Release between all sessions
(read-only by convention), so many readers cost one copy. An edit that breaks the data never takes the
dashboard down: readers keep the last good data under a warning naming the file, line and problem.
"""

from __future__ import annotations

import gc
import threading
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from components.markdown import escape_markdown
from components.text import plain_lines
from indicators import DataError, default_path
from indicators.checks.library_check import check_library
from indicators.checks.loader import file_stamp
from indicators.model.library import Library, publishing, release_files
from indicators.reading.problems import errors

SHOWN_PROBLEMS = 8


@st.cache_resource(show_spinner=False, max_entries=4)
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


@st.cache_resource(show_spinner=False)
def _registry() -> _Registry:
    return _Registry()


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


def stale_warning(loaded: Loaded) -> None:
    st.warning(
        f"The data file {escape_markdown(str(loaded.path))} was changed and now has {len(loaded.problems)} "
        "problem(s), so this page shows the last version that passed every check. Fix the lines below, then reload.",
        icon=":material/warning:",
    )
    plain_lines(_first(loaded.problems, SHOWN_PROBLEMS))


def unusable(loaded: Loaded) -> None:
    """The only page while the data cannot be shown: what is wrong, where, and what to do."""
    st.title("The figures cannot be shown")
    st.error(
        f"The data file {escape_markdown(str(loaded.path))} has problems. Fix each line below, then check it with "
        f"`python -m indicators validate {escape_markdown(str(loaded.path))}` and reload this page.",
        icon=":material/error:",
    )
    plain_lines(_first(loaded.problems, 50))


def held_back_notice(count: int) -> None:
    """Readers see only reviewed figures; they are told how many more the release holds."""
    figures = "figure" if count == 1 else "figures"
    st.info(
        f"{count} more {figures} from this release {'is' if count == 1 else 'are'} held back until the press office "
        "has reviewed them.",
        icon=":material/pending:",
    )
