"""The review page's drawing: one pending figure, its sentence, what its words say, its inputs and the decisions;
the list of decisions taken, each with Undo.

Draws only: the decisions are the page's callbacks (review_app.py), which call indicators.curation.review. Every
input and every button is keyed by the figure it belongs to, so nothing typed for one figure can reach another.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

import streamlit as st

from components.text import plain
from indicators.curation.review import CHINESE_FIELDS, INPUT_FIELDS, NOT_A_FIGURE, Decision, Pending
from indicators.outputs.render import render
from indicators.reading.bounds import Change, Direction

# Shown on the buttons; Alt combinations reach the page even while a text input has the focus.
SHORTCUTS = {"accept": "Alt+A", "reject": "Alt+X", "next": "Alt+N", "previous": "Alt+P"}
INPUTS = tuple(INPUT_FIELDS)  # Id, Label, Value, Unit, Qualifier
CHINESE_INPUTS = tuple(CHINESE_FIELDS)  # Chinese label, Chinese unit: where the release is shown in Chinese


def input_key(figure_id: str, name: str) -> str:
    return f"{name.lower()}-{figure_id}"


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}" if isinstance(value, float) else str(value)


def _what_the_words_say(figure: Pending) -> list[str]:
    """What a reviewer must not miss, in words: the bound's direction, a range, a sign, the period."""
    indicator = figure.indicator
    said = []
    if figure.bound != Direction.EXACTLY:
        said.append(f"The words bound the number: {figure.bound.described}, “{figure.bound_words}”.")
    else:
        said.append("The words state the number exactly: no bound.")
    if indicator.value_to is not None:
        said.append(f"A range: from {_number(indicator.value)} to {_number(indicator.value_to)}.")
    if indicator.value < 0 or figure.change == Change.DOWN:
        said.append("A fall: the sentence says the figure went down.")
    elif figure.change == Change.UP:
        said.append("A rise: the sentence says the figure went up.")
    if indicator.period:
        said.append(f"The period: {indicator.period}.")
    return said


def draw_pending(
    figure: Pending,
    position: int,
    count: int,
    problems: dict[str, str],
    decide: Callable[[str, str], None],
) -> None:
    indicator = figure.indicator
    st.subheader(f"Figure {position + 1} of {count} pending review")
    plain(figure.id, css_class="muted")
    words_at = indicator.quote.find(indicator.words)
    view = SimpleNamespace(
        before=indicator.quote[:words_at],
        words=indicator.words,
        after=indicator.quote[words_at + len(indicator.words) :],
        sentence_lang="en",
    )
    st.html(render("sentence.html", view=view))
    for line in _what_the_words_say(figure):
        plain(line, css_class="review-fact")
    with st.expander("The release text around it"):
        plain(figure.paragraph or "The sentence's paragraph could not be found in the release text.")
    if figure.note:
        plain(f"The drafter says: {figure.note}", css_class="muted")
    for problem in figure.problems:
        st.warning(f"Validator: {problem.severity}: {problem.message}", icon=":material/rule:")
    defaults = {
        "Id": figure.id,
        "Label": indicator.label,
        "Value": _number(indicator.value),
        "Unit": indicator.unit,
        "Qualifier": indicator.qualifier or "",
        "Chinese label": indicator.zh.label if indicator.zh else "",
        "Chinese unit": indicator.zh.unit if indicator.zh else "",
    }
    helps = {
        "Id": f"The figure's name in every link to it, permanent once published. From the label: {figure.suggested_id}",
        "Qualifier": "The bound as the words state it: “no more than”, “more than”, “about”; empty for none.",
        "Chinese label": "The curators' translation, every qualifier kept (“so far in 2020” is 2020年截至8月13日).",
        "Chinese unit": "The measure word after the number (个, 家, 人; 元 for yuan: 1200亿元); empty for % and ranks.",
    }
    # A form: a decision sends every input as typed, in the same message as the click, and names its figure.
    with st.form(key=f"decide-{figure.id}", enter_to_submit=False, border=False):
        for name in INPUTS + (CHINESE_INPUTS if figure.chinese else ()):
            st.text_input(name, value=defaults[name], key=input_key(figure.id, name), help=helps.get(name))
            if name in problems:
                st.error(problems[name], icon=":material/error:")
        if "validator" in problems:
            st.error(f"Not accepted: {problems['validator']}", icon=":material/error:")
        st.text_input("Reason", value=NOT_A_FIGURE, key=input_key(figure.id, "Reason"))
        if "Reason" in problems:
            st.error(problems["Reason"], icon=":material/error:")
        accept, reject = st.columns(2)
        accept.form_submit_button(
            "Accept",
            type="primary",
            shortcut=SHORTCUTS["accept"],
            on_click=decide,
            args=("accept", figure.id),
        )
        reject.form_submit_button("Reject", shortcut=SHORTCUTS["reject"], on_click=decide, args=("reject", figure.id))
    previous, following = st.columns(2)
    previous.button("Previous", shortcut=SHORTCUTS["previous"], on_click=decide, args=("previous", figure.id))
    following.button("Next", shortcut=SHORTCUTS["next"], on_click=decide, args=("next", figure.id))


def draw_to_confirm(facts: list[str]) -> None:
    if facts:
        st.warning(
            "The drafter could not read these facts of the release from its text; their values are placeholders: "
            f"{', '.join(facts)}. Write each in the file's `release` block as the release gives it, then remove "
            "it from `to_confirm` (`validate --strict` and publishing refuse the file until then).",
            icon=":material/fact_check:",
        )


_DONE = {"accepted": "Accepted", "edited": "Accepted with changes", "rejected": "Rejected"}


def draw_decisions(decided: list[Decision], undo: Callable[[int], None], live: bool) -> None:
    """Every decision taken on this file, newest first, each that can be taken back with its Undo."""
    if not decided:
        return
    with st.expander(f"Decided so far ({len(decided)})", expanded=True):
        if live:
            plain(
                "This file is published: an accepted figure may have been linked to, so it is corrected with a "
                "`corrections` entry, not undone. A rejection can be undone.",
                css_class="muted",
            )
        for decision in reversed(decided):
            what = _DONE.get(decision.action) or f"Undone: decision {decision.action.removeprefix('undid ')}"
            text, action = st.columns([4, 1], vertical_alignment="center")
            with text:
                plain(
                    f"{decision.number}. {what}: “{decision.label}” ({decision.now_id or decision.figure}), "
                    f"{decision.at.replace('T', ' ')}" + (" · undone" if decision.undone else ""),
                )
            if decision.undoable and not (live and decision.action != "rejected"):
                action.button("Undo", key=f"undo-{decision.number}", on_click=undo, args=(decision.number,))


def draw_done(path: str) -> None:
    st.success(
        f"Nothing is pending review in {path}. Check it with `python -m indicators validate --strict {path}`.",
        icon=":material/task_alt:",
    )
