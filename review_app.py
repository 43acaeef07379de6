"""The review page, `python -m indicators review DRAFT.yaml`: served on 127.0.0.1 only, never part of the
public dashboard (app.py imports nothing of it). Each decision is written at once through indicators.curation.
"""

import os
from pathlib import Path

import streamlit as st

from components.review import INPUTS, draw_done, draw_pending, input_key
from components.text import page_style
from indicators.curation import review as curation
from indicators.reading.yamlsafe import YamlError

REVIEW_FILE = "INDICATORS_REVIEW_FILE"
CHANGED = (
    "The file changed on disk since this page read it. It has been reloaded and nothing was written: decide again."
)

st.set_page_config(page_title="Review a draft", layout="centered")
page_style("dashboard")
state = st.session_state


def current() -> tuple[curation.Snapshot, list[curation.PendingFigure]]:
    if "snapshot" not in state:
        state.snapshot = curation.read_snapshot(Path(os.environ[REVIEW_FILE]))
        state.position, state.problems = 0, {}
    # Validated once per version of the file, not on every rerun (a decision's callback and page both ask).
    if state.get("pending_of") != state.snapshot.digest:
        state.pending, state.pending_of = curation.pending_figures(state.snapshot), state.snapshot.digest
    return state.snapshot, state.pending


def decide(action: str) -> None:
    snapshot, pending = current()
    figure = pending[min(state.position, len(pending) - 1)]
    state.problems, state.notice = {}, None
    if action in ("next", "previous"):
        state.position = (state.position + (1 if action == "next" else -1)) % len(pending)
        return
    try:
        if action == "accept":
            edits = curation.Edits(*(state[input_key(figure, name)] for name in INPUTS))
            state.snapshot = curation.accept(snapshot, figure, edits)
            state.notice = ("success", f"Accepted “{figure.id}”; the previous version is in the history folder.")
        else:
            state.snapshot = curation.reject(snapshot, figure, state[input_key(figure, "Reason")])
            state.notice = ("success", f"Rejected “{figure.id}”: moved to not_figures.")
    except curation.ChangedOnDisk:
        state.snapshot = curation.read_snapshot(snapshot.path)
        state.notice = ("warning", CHANGED)
    except curation.InputProblem as problem:
        state.problems = problem.problems


def page() -> None:
    if REVIEW_FILE not in os.environ:
        st.error("Start the review page with `python -m indicators review DRAFT.yaml`: it names the file to review.")
        return
    try:
        snapshot, pending = current()
    except YamlError as error:  # the file vanished or cannot be read: say so, write nothing
        state.pop("snapshot", None)
        st.error(f"{os.environ[REVIEW_FILE]}: {error.message}")
        return
    st.title("Review a draft")
    st.caption(f"{snapshot.path} · {len(pending)} figure(s) pending · nothing unreviewed is ever shown to readers")
    kind, text = state.get("notice") or (None, None)
    if kind:
        (st.success if kind == "success" else st.warning)(text)
    if not pending:
        draw_done(str(snapshot.path))
        return
    position = min(state.position, len(pending) - 1)
    draw_pending(pending[position], position, len(pending), state.problems, decide)


# One page, by navigation: the project's pages/ folder belongs to the dashboard, not to this page.
st.navigation([st.Page(page, title="Review", url_path="review", default=True)], position="hidden").run()
