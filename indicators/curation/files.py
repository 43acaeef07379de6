"""Writing data files safely: never half-written (a temporary file beside it, fsync, rename), and the bytes a
write replaces kept in a dated history folder beside the file. Used by the review page and by publishing."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path

HISTORY = "history"  # beside the data file: history/<file name>/<timestamp><suffix>, one per write


def replace_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` so a reader sees the old bytes or the new, never a mixture."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def keep_history(path: Path, now: dt.datetime | None = None) -> Path | None:
    """Copy the file's present bytes into its history folder (before it is replaced); None if there is no file."""
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        return None
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%dT%H-%M-%S.%f")
    history = path.parent / HISTORY / path.name
    history.mkdir(parents=True, exist_ok=True)
    kept = history / f"{stamp}{path.suffix}"
    replace_atomically(kept, current)
    return kept
