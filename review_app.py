"""The review page, `python -m indicators review DRAFT.yaml`: served on 127.0.0.1 only, never part of the
public dashboard (app.py imports nothing of it). Each decision names its figure and is written at once through
indicators.curation.review, under the file's lock; any decision can be undone from the page.
"""

import os
from pathlib import Path

import streamlit as st

from components.review import (
    CHINESE_INPUTS,
    INPUTS,
    draw_decisions,
    draw_done,
    draw_pending,
    draw_to_confirm,
    input_key,
)
from components.text import page_style
from indicators.curation import review
from indicators.reading.yamlsafe import YamlError

REVIEW_FILE = "INDICATORS_REVIEW_FILE"
LIVE = "INDICATORS_REVIEW_LIVE"  # set by the command when the file is one readers read (a library's current file)
CHANGED = (
    "The file changed on disk since this page read it (another reviewer, or an editor): nothing was written. It has "
    "been reloaded; what you typed is kept below: check it and decide again."
)

st.set_page_config(page_title="Review a draft", layout="centered")
page_style("dashboard")
state = st.session_state


def current() -> tuple[review.Snapshot, list[review.Pending]]:
    if "snapshot" not in state:
        state.snapshot = review.read_snapshot(Path(os.environ[REVIEW_FILE]))
        state.shown, state.problems = None, {}
    # Validated once per version of the file, not on every rerun (a decision's callback and page both ask).
    if state.get("pending_of") != state.snapshot.digest:
        state.pending, state.pending_of = review.pending_figures(state.snapshot), state.snapshot.digest
    return state.snapshot, state.pending


def _after(pending: list[review.Pending], figure_id: str, step: int = 1) -> str | None:
    """The figure ``step`` places after ``figure_id`` among those pending (wrapping round), or None."""
    ids = [f.id for f in pending]
    if figure_id not in ids:
        return ids[0] if ids else None
    return ids[(ids.index(figure_id) + step) % len(ids)]


def _written(snapshot: review.Snapshot, figure_id: str, notice: str) -> None:
    state.snapshot = snapshot
    state.problems.pop(figure_id, None)
    state.notice = ("success", notice)


def decide(action: str, figure_id: str) -> None:
    """A decision on the figure whose form was on screen: its id comes with the click, never from a position."""
    snapshot, pending = current()
    state.notice = None
    if action in ("next", "previous"):
        state.shown = _after(pending, figure_id, 1 if action == "next" else -1)
        return
    following = _after(pending, figure_id)
    try:
        if action == "accept":
            typed = {name: state.get(input_key(figure_id, name)) for name in INPUTS + CHINESE_INPUTS}
            edits = review.Edits(
                typed["Label"],
                typed["Value"],
                typed["Unit"],
                typed["Qualifier"],
                typed["Id"],
                chinese_label=typed["Chinese label"],
                chinese_unit=typed["Chinese unit"],
            )
            written = review.accept(snapshot, figure_id, edits)
            _written(written, figure_id, f"Accepted “{figure_id}”; undo it below if that was wrong.")
        else:
            written = review.reject(snapshot, figure_id, state[input_key(figure_id, "Reason")])
            _written(written, figure_id, f"Rejected “{figure_id}”: moved to not_figures; undo it below if wrong.")
        state.shown = following if following != figure_id else None
    except (review.ChangedOnDisk, review.Busy) as refused:
        state.snapshot = review.read_snapshot(snapshot.path)
        state.notice = ("warning", CHANGED if isinstance(refused, review.ChangedOnDisk) else str(refused))
    except review.InputProblem as problem:
        state.problems[figure_id] = problem.problems


def undo(number: int) -> None:
    snapshot, _ = current()
    try:
        state.snapshot = review.undo(snapshot, number, live=bool(os.environ.get(LIVE)))
        state.notice = ("success", f"Decision {number} undone: its figure is pending review again.")
    except (review.ChangedOnDisk, review.Busy):
        state.snapshot = review.read_snapshot(snapshot.path)
        state.notice = ("warning", CHANGED)
    except (review.UndoRefused, review.InputProblem) as refused:
        state.notice = ("warning", str(refused))


def page() -> None:
    if REVIEW_FILE not in os.environ:
        st.error("Start the review page with `python -m indicators review DRAFT.yaml`: it names the file to review.")
        return
    try:
        snapshot, pending = current()
    except (YamlError, OSError) as error:  # the file vanished or cannot be read: say so, write nothing
        state.pop("snapshot", None)
        st.error(f"{os.environ[REVIEW_FILE]}: {getattr(error, 'message', None) or error}")
        return
    st.title("Review a draft")
    st.caption(f"{snapshot.path} · {len(pending)} figure(s) pending · nothing unreviewed is ever shown to readers")
    kind, text = state.get("notice") or (None, None)
    if kind:
        (st.success if kind == "success" else st.warning)(text)
    draw_to_confirm(review.to_confirm(snapshot))
    if not pending:
        draw_done(str(snapshot.path))
    else:
        ids = [f.id for f in pending]
        position = ids.index(state.shown) if state.shown in ids else 0
        draw_pending(pending[position], position, len(pending), state.problems.get(ids[position], {}), decide)
    draw_decisions(review.decisions(snapshot.path), undo, live=bool(os.environ.get(LIVE)))


# One page, by navigation: the project's pages/ folder belongs to the dashboard, not to this page.
st.navigation([st.Page(page, title="Review", url_path="review", default=True)], position="hidden").run()
