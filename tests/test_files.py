"""Safe writes: a reader sees the old bytes or the new, never a mixture; the replaced bytes are kept."""

import datetime as dt
import os

import pytest

from indicators.curation.files import HISTORY, keep_history, replace_atomically


def test_a_replacement_is_whole_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "data.yaml"
    path.write_bytes(b"old")
    replace_atomically(path, b"new")
    assert path.read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.yaml"]


def test_a_failed_replacement_leaves_the_old_bytes(tmp_path, monkeypatch):
    path = tmp_path / "data.yaml"
    path.write_bytes(b"old")

    def crash(source, target):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError):
        replace_atomically(path, b"new")
    assert path.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data.yaml"]


def test_history_keeps_the_bytes_a_write_replaces(tmp_path):
    path = tmp_path / "data.yaml"
    assert keep_history(path) is None  # nothing yet, nothing to keep
    path.write_bytes(b"first")
    kept = keep_history(path, dt.datetime(2026, 11, 29, 12, 0, 0))
    assert kept == tmp_path / HISTORY / "data.yaml" / "2026-11-29T12-00-00.000000.yaml"
    assert kept.read_bytes() == b"first"
