"""A reader's connection cannot clear the dashboard's caches: Streamlit's `clear_cache` message (which any
connection may send, viewer mode or not) clears st.cache_data and st.cache_resource for every reader, and the
dashboard keeps nothing there; its builders keep their results in their own store."""

import streamlit as st

from components import cached
from components.data import current_library
from tests.app.conftest import run_app


def test_clear_cache_from_a_reader_leaves_every_built_piece(monkeypatch):
    at = run_app(monkeypatch, url_path="economy")
    assert not at.exception
    built = {name: len(getattr(cached, name).store.results) for name in ("briefing", "tile_labels", "pillar_plots")}
    assert all(built.values()), built
    # What AppSession does on a reader's `clear_cache` message (streamlit/runtime/app_session.py):
    st.cache_data.clear()
    st.cache_resource.clear()
    after = {name: len(getattr(cached, name).store.results) for name in built}
    assert after == built
    assert current_library().library is not None  # the library too: loaded once, not again


def test_one_build_per_key_however_many_readers_ask_at_once():
    import threading

    calls = []
    gate = threading.Barrier(8)

    @cached.cached()
    def slow(key: str) -> str:
        calls.append(key)
        return key.upper()

    def reader():
        gate.wait()
        assert slow("press-pack") == "PRESS-PACK"

    threads = [threading.Thread(target=reader) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["press-pack"]
