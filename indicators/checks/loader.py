"""Where the data lives, and loading it: the validated Release, or a DataError listing every problem."""

from __future__ import annotations

import os
from pathlib import Path

from indicators.checks.validate import check
from indicators.model.release import Release
from indicators.reading.problems import DataError

DEFAULT_PATH = Path("data/indicators.yaml")
ENV_VAR = "INDICATORS_FILE"


def default_path() -> Path:
    return Path(os.environ.get(ENV_VAR) or DEFAULT_PATH)


def load(path: Path | str | None = None) -> Release:
    """The validated dataset at ``path`` (default: $INDICATORS_FILE or data/indicators.yaml)."""
    release, problems = check(path or default_path())
    if release is None:
        raise DataError(problems)
    return release


def file_stamp(path: Path | None) -> tuple[int, int] | None:
    """(modification time, size) of a file, or None when it cannot be read: a cheap test, on every page load,
    of whether to validate again (the release's `version`, a hash of its bytes, keys the caches)."""
    if path is None:
        return None
    try:
        stat = os.stat(path)
    except OSError:
        return None
    return stat.st_mtime_ns, stat.st_size
