"""Writing data files safely: never half-written (a temporary file beside it, fsync, rename), one writer at a time
(an exclusive lock beside the file, held around the check, the history and the rename), the bytes a write
replaces kept in a dated history folder beside the file, and a write refused when the file is no longer what the
writer read. Used by the review page and by publishing."""

from __future__ import annotations

import datetime as dt
import fcntl
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

HISTORY = "history"  # beside the data file: history/<file name>/<timestamp><suffix>, one per write
LOCK_WAIT_SECONDS = 30  # a write takes well under a second; a lock held longer is a writer that hung


class ChangedOnDisk(Exception):
    """The file is not what the writer read: another reviewer, a text editor or `git pull` changed it."""


class Busy(Exception):
    """Another writer has held the file's lock for LOCK_WAIT_SECONDS: nothing was written."""


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def lock_path(path: Path) -> Path:
    return path.parent / f".{path.name}.lock"


@contextmanager
def locked(path: Path, wait: float = LOCK_WAIT_SECONDS) -> Iterator[None]:
    """Hold the file's exclusive lock (fcntl.flock on a lock file beside it): whoever holds it is the only writer,
    in this process or any other. Waits up to ``wait`` seconds for another writer to finish."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = os.open(lock_path(path), os.O_CREAT | os.O_RDWR, 0o644)
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise Busy(
                        f"{path} is being written by someone else (another reviewer or a publish) and was not "
                        f"released in {wait:.0f} s; nothing was written: try again"
                    ) from None
                time.sleep(0.01)
        yield
    finally:
        os.close(handle)  # closing the descriptor releases the lock


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


def history_folder(path: Path) -> Path:
    return path.parent / HISTORY / path.name


def keep_history(path: Path, now: dt.datetime | None = None) -> Path | None:
    """Copy the file's present bytes into its history folder (before it is replaced); None if there is no file."""
    try:
        current = path.read_bytes()
    except FileNotFoundError:
        return None
    stamp = (now or dt.datetime.now()).strftime("%Y-%m-%dT%H-%M-%S.%f")
    history = history_folder(path)
    history.mkdir(parents=True, exist_ok=True)
    kept = history / f"{stamp}{path.suffix}"
    while kept.exists():  # two writes in one microsecond: never overwrite a kept version
        stamp += "0"
        kept = history / f"{stamp}{path.suffix}"
    replace_atomically(kept, current)
    return kept


def replace_if_unchanged(path: Path, read_digest: str, data: bytes, now: dt.datetime | None = None) -> Path | None:
    """Under the file's lock: if it still holds the bytes the writer read, keep them in the history folder and
    write ``data`` in their place; returns the kept version. ChangedOnDisk (nothing written) otherwise.

    Call it with the lock already held (``locked``), so that whatever else the writer records with the change
    (a decision log) is written under the same lock."""
    if digest(path.read_bytes()) != read_digest:
        raise ChangedOnDisk(f"{path} changed on disk since it was read; nothing was written")
    kept = keep_history(path, now)
    replace_atomically(path, data)
    return kept
