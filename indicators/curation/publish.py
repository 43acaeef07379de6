"""Publishing a reviewed briefing into the library, losing nothing: `python -m indicators publish DRAFT.yaml`.

The draft must pass `validate --strict` (nothing pending review, every number covered), and the library with
it in place must validate as a whole (ids unique across briefings, series sound) — checked on a staged copy
before anything is written. Then, for a briefing newer than the current one:

  1. the current briefing is copied into releases/<its id>/ (its YAML and its release text), built in a
     hidden folder and renamed into place;
  2. the new release text is written beside the data file (keeping any file it replaces in history/);
  3. the data file is replaced by the draft, atomically (its old bytes kept in history/).

A briefing older than the current one is only filed under releases/<its id>/ (step 1 for it). A marker file
tells the dashboard that files are moving, so a reader in between keeps the library it had; any failure
undoes the steps taken, in reverse.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from indicators.checks.library_check import check_library
from indicators.checks.validate import check
from indicators.curation.files import keep_history, locked, replace_atomically
from indicators.model.library import PUBLISHING, RELEASE_FILE, RELEASES, Library
from indicators.model.release import Release
from indicators.reading.problems import Problem, errors


class PublishRefused(Exception):
    """Nothing was written; `problems` (each with its file and line) say why and what to do."""

    def __init__(self, message: str, problems: list[Problem] | None = None):
        self.problems = problems or []
        super().__init__(message)


@dataclass(frozen=True)
class Published:
    release_id: str
    current: bool  # True when it became the current briefing; False when filed as an earlier one
    filed: str | None  # the release id moved into releases/, if any
    library: Library


def _place(release: Release) -> str:
    return " ".join((release.info.district or "").split()) or "no place named"


def _check_place(draft: Release, library: Library | None, place_change: tuple[str, str] | None) -> None:
    """A briefing of another place joins a library only when the curator says so, naming both places."""
    if library is None:
        return
    held, new = _place(library.current), _place(draft)
    if held.lower() == new.lower():
        return
    said = tuple(" ".join(p.split()).lower() for p in place_change) if place_change else None
    if said == (held.lower(), new.lower()):
        return
    raise PublishRefused(
        f"{draft.path} is a briefing of {new}, but the library at {library.path} holds briefings of {held}; nothing "
        f"was written. If this library is to hold {new}'s briefings from now on, say so: "
        f"`python -m indicators publish {draft.path} --place-change {held!r} {new!r}`"
    )


def publish(
    draft_path: Path, data_path: Path, now: dt.datetime | None = None, place_change: tuple[str, str] | None = None
) -> Published:
    """Publish the draft into the library whose current file is ``data_path``. Both files are locked for the whole
    of it (a reviewer's write waits, and then finds the file changed), so nothing is checked against one version
    and written over another."""
    draft_path, data_path = Path(draft_path), Path(data_path)
    with locked(draft_path), locked(data_path):
        return _publish(draft_path, data_path, now, place_change)


def _publish(
    draft_path: Path, data_path: Path, now: dt.datetime | None, place_change: tuple[str, str] | None
) -> Published:
    draft = _strictly_valid(draft_path)
    library = _library(data_path)
    _check_place(draft, library, place_change)
    new_id = draft.info.id
    if library is not None and new_id in library.by_release_id:
        held = library.by_release_id[new_id]
        raise PublishRefused(
            f"the library already holds a briefing with the id {new_id!r} ({held.path}); a release id is never reused: "
            f"give the new briefing its own id in {draft_path}"
        )
    becomes_current = library is None or (draft.info.date, new_id) > (
        library.current.info.date,
        library.current.info.id,
    )
    _check_staged(draft, data_path, library, becomes_current)
    with _marker(data_path):
        undo: list[Callable[[], None]] = []
        try:
            if library is None:
                _install(draft, data_path, undo, now)
                return Published(new_id, True, None, _library(data_path))
            if becomes_current:
                _file(library.current, data_path, undo)
                _install(draft, data_path, undo, now)
                filed = library.current.info.id
            else:
                _file(draft, data_path, undo)
                filed = new_id
        except BaseException:
            for step in reversed(undo):
                step()
            raise
    return Published(new_id, becomes_current, filed, _library(data_path))


def _strictly_valid(draft_path: Path) -> Release:
    release, problems = check(draft_path)
    if release is None or problems:
        found = errors(problems) or problems
        raise PublishRefused(
            f"{draft_path} is not ready to publish: {len(errors(problems))} error(s), "
            f"{len(problems) - len(errors(problems))} warning(s) (nothing may be pending review or left uncovered). "
            f"Fix each line, or finish the review: `python -m indicators review {draft_path}`",
            found,
        )
    return release


def _library(data_path: Path) -> Library | None:
    if not data_path.exists():
        return None  # the first briefing of a new library
    library, problems = check_library(data_path)
    if library is None:
        raise PublishRefused(
            f"the library at {data_path} has errors; fix them first (`python -m indicators validate {data_path}`)",
            errors(problems),
        )
    return library


def _files_of(release: Release) -> dict[Path, Path]:
    """The briefing's files, each relative to its folder (its YAML and its release text)."""
    folder = release.path.parent
    return {Path(RELEASE_FILE): release.path, release.source_path().relative_to(folder): release.source_path()}


def _check_staged(draft: Release, data_path: Path, library: Library | None, becomes_current: bool) -> None:
    """The library as it would be after publishing, built in a temporary folder and validated as a whole."""
    releases = library.releases if library else []
    current = draft if becomes_current else library.current
    filed = [r for r in [*releases, draft] if r is not current]
    with tempfile.TemporaryDirectory(prefix="publish-check-") as folder:
        staged = Path(folder) / data_path.name
        originals = {str(staged): str(current.path)}
        _copy(current, staged)
        for release in filed:
            target = Path(folder) / RELEASES / release.info.id / RELEASE_FILE
            _copy(release, target)
            originals[str(target)] = str(release.path)
        staged_library, problems = check_library(staged)
        if staged_library is None:
            # Each problem points at the file the curator edits, not at the staged copy.
            shown = [replace(p, file=originals.get(p.file, p.file)) for p in errors(problems)]
            raise PublishRefused(
                f"{draft.path} would break the library at {data_path}; nothing was written. Fix each line below.", shown
            )


def _copy(release: Release, target: Path) -> None:
    for relative, source in _files_of(release).items():
        destination = target.parent / relative
        destination.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, destination)


def _file(release: Release, data_path: Path, undo: list) -> None:
    """Copy a briefing into releases/<id>/: built in a hidden folder, then renamed into place at once."""
    releases = data_path.parent / RELEASES
    releases.mkdir(exist_ok=True)
    target = releases / release.info.id
    staging = Path(tempfile.mkdtemp(dir=releases, prefix=f".{release.info.id}."))
    try:
        _copy(release, staging / RELEASE_FILE)
        os.rename(staging, target)  # fails if the folder exists: a release id is never reused
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    undo.append(lambda: shutil.rmtree(target, ignore_errors=True))


def _install(draft: Release, data_path: Path, undo: list, now: dt.datetime | None) -> None:
    """The draft becomes the current briefing: its release text first, then the data file."""
    data_path.parent.mkdir(parents=True, exist_ok=True)
    source_target = data_path.parent / draft.info.source_text
    source_target.parent.mkdir(parents=True, exist_ok=True)
    _replace_keeping(source_target, draft.source_path().read_bytes(), undo, now)
    _replace_keeping(data_path, draft.path.read_bytes(), undo, now)


def _replace_keeping(path: Path, data: bytes, undo: list, now: dt.datetime | None) -> None:
    kept = keep_history(path, now)
    if kept is not None and kept.read_bytes() == data:
        kept.unlink()  # the same bytes: nothing to keep, nothing to write
        return
    try:
        replace_atomically(path, data)
    except BaseException:
        if kept is not None:
            kept.unlink()  # the write did not happen: no history entry for it
        raise
    undo.append(lambda: _restore(path, kept))


def _restore(path: Path, kept: Path | None) -> None:
    """Undo one replacement: the old bytes back, and no history entry for a write that did not happen."""
    if kept is None:
        path.unlink(missing_ok=True)
        return
    replace_atomically(path, kept.read_bytes())
    kept.unlink()


class _marker:
    """The marker file the dashboard reads as "files are moving": created exclusively, so two publishes never
    run at once, and removed when done."""

    def __init__(self, data_path: Path):
        self.path = data_path.parent / PUBLISHING

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            handle = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
        except FileExistsError:
            raise PublishRefused(
                f"{self.path} exists: another publish is running, or one died. If none is running, delete the file "
                "and publish again"
            ) from None
        os.write(handle, f"{os.getpid()}\n".encode())
        os.close(handle)
        return self

    def __exit__(self, *exc):
        self.path.unlink(missing_ok=True)
        return False
