"""The dashboard's one door to the data: the core's loader, cached on the files' stamps.

The stamp is the (modification time, size) of the YAML file *and* of the release text it quotes, so an
edit to either shows on the next page load; the loaded release's `version` (a hash of both) then keys
every built piece. st.cache_resource shares one Release between all sessions
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
from indicators import DataError, Release, default_path, load
from indicators.loader import file_stamp
from indicators.problems import errors

SHOWN_PROBLEMS = 8


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(path: str, yaml_stamp: tuple | None, source_stamp: tuple | None) -> Release:
    release = load(path)
    # Streamlit collects all garbage after every script run (runner.postScriptGC), walking every object
    # in the process: the libraries and the data, about 60 ms a reader. They live as long as the process,
    # so move them out of the collector's sight; each run then walks only what it made itself.
    gc.freeze()
    return release


@dataclass
class _Registry:
    """Per server process: the last data that validated, and the release text each file quotes."""

    lock: threading.Lock = field(default_factory=threading.Lock)
    last_good: dict[str, Release] = field(default_factory=dict)
    sources: dict[str, Path] = field(default_factory=dict)


@st.cache_resource(show_spinner=False)
def _registry() -> _Registry:
    return _Registry()


@dataclass(frozen=True)
class Loaded:
    """What the dashboard can show: a release (maybe the last good one) and the problems of the file now."""

    path: Path
    release: Release | None
    problems: list[str]

    @property
    def stale(self) -> bool:
        return self.release is not None and bool(self.problems)


def current_release() -> Loaded:
    path = default_path()
    key = str(path.resolve())
    registry = _registry()
    try:
        release = _load(str(path), file_stamp(path), file_stamp(registry.sources.get(key)))
        if registry.sources.get(key) != release.source_path():  # first load: now key on the text it quotes too
            with registry.lock:
                registry.sources[key] = release.source_path()
            release = _load(str(path), file_stamp(path), file_stamp(release.source_path()))
    except DataError as error:
        problems = [str(p) for p in errors(error.problems)]
    else:
        with registry.lock:
            registry.last_good[key] = release
        return Loaded(path, release, [])
    with registry.lock:
        last_good = registry.last_good.get(key)
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
