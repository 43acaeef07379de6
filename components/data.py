"""The dashboard's one door to the data: the core's loader, cached on (path, modification time).

st.cache_resource shares one Briefing between all sessions (read-only by convention), so many readers
cost one copy; keying on the file's mtime makes an edited file show on the next page load. An edit
that breaks the file never takes the dashboard down: readers keep the last good data, under a
warning that names the file, the line and the problem, until the file is fixed.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

import streamlit as st

from components.text import plain_lines
from indicators import Briefing, DataError, default_path, load
from indicators.formatting import escape_markdown

SHOWN_PROBLEMS = 8


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(path: str, mtime_ns: int) -> Briefing:
    return load(path)


class _LastGood:
    """The last data that validated, per file, for every session of this server process."""

    def __init__(self):
        self._lock = threading.Lock()
        self._briefings: dict[str, Briefing] = {}

    def remember(self, path: str, briefing: Briefing) -> None:
        with self._lock:
            self._briefings[path] = briefing

    def get(self, path: str) -> Briefing | None:
        with self._lock:
            return self._briefings.get(path)


@st.cache_resource(show_spinner=False)
def _last_good() -> _LastGood:
    return _LastGood()


def current_briefing() -> Briefing:
    """The briefing to show; if the file is broken, the last good one under a warning; else a clear page."""
    path = default_path()
    key = str(path.resolve())
    try:
        briefing = _load(str(path), os.stat(path).st_mtime_ns)
    except FileNotFoundError:
        problems = [f"{path}: the data file does not exist. Set INDICATORS_FILE to the YAML file, or restore it."]
    except DataError as error:
        problems = [str(p) for p in error.problems if p.severity == "error"]
    else:
        _last_good().remember(key, briefing)
        return briefing
    last_good = _last_good().get(key)
    if last_good is None:
        _unusable(path, problems)
    _stale_warning(path, problems)
    return last_good


def _first(problems: list[str], limit: int) -> list[str]:
    return problems[:limit] + ([f"…and {len(problems) - limit} more"] if len(problems) > limit else [])


def _stale_warning(path: Path, problems: list[str]) -> None:
    st.warning(f"The data file {escape_markdown(str(path))} was changed and now has {len(problems)} problem(s), so this page shows "
               "the last version that passed every check. Fix the lines below, then reload.", icon="⚠️")  # fmt: skip
    plain_lines(_first(problems, SHOWN_PROBLEMS))


def _unusable(path: Path, problems: list[str]) -> None:
    st.title("The figures cannot be shown")
    st.error(f"The data file {escape_markdown(str(path))} has problems. Fix each line below, then check it with "
             f"`python -m indicators validate {path}` and reload this page.", icon="⚠️")  # fmt: skip
    plain_lines(_first(problems, 50))
    st.stop()

