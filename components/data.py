"""The dashboard's one door to the data: the core's loader, cached on (path, modification time).

st.cache_resource shares one Briefing between all sessions (read-only by convention), so many readers
cost one copy; keying on the file's mtime makes an edited file show on the next page load.
"""

from __future__ import annotations

import os
from pathlib import Path

import streamlit as st

from components.text import plain_lines
from indicators import Briefing, DataError, default_path, load


@st.cache_resource(show_spinner=False, max_entries=4)
def _load(path: str, mtime_ns: int) -> Briefing:
    return load(path)


def current_briefing() -> Briefing:
    """The briefing to show, or a page that says which file is wrong and how to fix it (then stop)."""
    path = default_path()
    try:
        return _load(str(path), os.stat(path).st_mtime_ns)
    except FileNotFoundError:
        message = f"{path}: the data file does not exist. Set INDICATORS_FILE to the YAML file, or restore it."
        _unusable(path, [message])
    except DataError as error:
        _unusable(path, [str(p) for p in error.problems if p.severity == "error"])
    raise AssertionError("unreachable")  # _unusable stops the script


def _unusable(path: Path, lines: list[str]) -> None:
    st.title("The figures cannot be shown")
    st.error(f"The data file {path} has problems. Fix each line below, then check it with "
             f"`python -m indicators validate {path}` and reload this page.", icon="⚠️")  # fmt: skip
    plain_lines(lines[:50])
    if len(lines) > 50:
        st.caption(f"…and {len(lines) - 50} more.")
    st.stop()
