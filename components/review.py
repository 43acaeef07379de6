"""The review page's drawing: one pending figure, its sentence, its inputs and the decisions.

Draws only: the decisions are the page's callbacks (review_app.py), which call indicators.curation.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import streamlit as st

from components.text import plain
from indicators.curation.review import NOT_A_FIGURE, PendingFigure
from indicators.outputs.render import render

# Shown on the buttons; Alt combinations reach the page even while a text input has the focus.
SHORTCUTS = {"accept": "Alt+A", "reject": "Alt+X", "next": "Alt+N", "previous": "Alt+P"}
INPUTS = ("Label", "Value", "Unit", "Qualifier")


def input_key(figure: PendingFigure, name: str) -> str:
    return f"{name.lower()}-{figure.id}"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def draw_pending(
    figure: PendingFigure,
    position: int,
    count: int,
    problems: dict[str, str],
    decide: Callable[[str], None],
) -> None:
    st.subheader(f"Figure {position + 1} of {count} pending review")
    plain(figure.id, css_class="muted")
    words_at = figure.quote.find(figure.words)
    view = SimpleNamespace(
        before=figure.quote[:words_at], words=figure.words, after=figure.quote[words_at + len(figure.words) :]
    )
    st.html(render("sentence.html", view=view))
    with st.expander("The release text around it"):
        plain(figure.paragraph or "The sentence's paragraph could not be found in the release text.")
    if figure.note:
        plain(f"The drafter says: {figure.note}", css_class="muted")
    for message in figure.problems:
        st.warning(f"Validator: {message}", icon=":material/rule:")
    defaults = {
        "Label": figure.label,
        "Value": _number(figure.value),
        "Unit": figure.unit,
        "Qualifier": figure.qualifier,
    }
    # A form: a decision sends every input as typed, in the same message as the click.
    with st.form(key=f"decide-{figure.id}", enter_to_submit=False, border=False):
        for name in INPUTS:
            st.text_input(name, value=defaults[name], key=input_key(figure, name))
            if name in problems:
                st.error(problems[name], icon=":material/error:")
        if figure.value_to is not None:
            plain(f"A range: from the value to {_number(figure.value_to)}.", css_class="muted")
        if "validator" in problems:
            st.error(f"Not accepted: {problems['validator']}", icon=":material/error:")
        st.text_input("Reason", value=NOT_A_FIGURE, key=input_key(figure, "Reason"))
        if "Reason" in problems:
            st.error(problems["Reason"], icon=":material/error:")
        accept, reject = st.columns(2)
        accept.form_submit_button(
            "Accept", type="primary", shortcut=SHORTCUTS["accept"], on_click=decide, args=("accept",)
        )
        reject.form_submit_button("Reject", shortcut=SHORTCUTS["reject"], on_click=decide, args=("reject",))
    previous, following = st.columns(2)
    previous.button("Previous", shortcut=SHORTCUTS["previous"], on_click=decide, args=("previous",))
    following.button("Next", shortcut=SHORTCUTS["next"], on_click=decide, args=("next",))


def draw_done(path: str) -> None:
    st.success(
        f"Nothing is pending review in {path}. Check it with `python -m indicators validate --strict {path}`.",
        icon=":material/task_alt:",
    )
