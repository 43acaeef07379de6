"""The interface's message catalogs: current with the code, every message translated and compiled, Traditional
Chinese the Simplified converted by OpenCC; and no interface text said outside them (a message the extraction
cannot see, or text a reader sees that no catalog holds)."""

from __future__ import annotations

import ast
import importlib.util
import re

import pytest
from babel.messages.pofile import read_po

from indicators.view.formatting import traditional as traditional_characters
from tests.conftest import ROOT

_spec = importlib.util.spec_from_file_location("catalogs", ROOT / "scripts" / "catalogs.py")
catalogs = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(catalogs)

GETTEXT = {"_", "gettext", "ngettext", "N_"}
PYTHON = [p for source in catalogs.SOURCES for p in sorted((ROOT / source).rglob("*.py")) or [ROOT / source]]
# Streamlit calls (and our own drawing helpers) whose text a reader sees, and the keywords that carry it.
SHOWN = {
    "button",
    "markdown",
    "caption",
    "subheader",
    "header",
    "title",
    "text_input",
    "download_button",
    "info",
    "warning",
    "error",
    "success",
    "toggle",
    "selectbox",
    "radio",
    "tabs",
    "expander",
    "popover",
    "page_link",
    "Page",
    "write",
    "text",
    "metric",
    "link_button",
    "form_submit_button",
    "dialog",
    "html",
    "number_input",
    "text_area",
    "multiselect",
    "checkbox",
    "segmented_control",
    "pills",
    "toast",
    "spinner",
    "status",
    "plain",
    "copyable",
}
SHOWN_KEYWORDS = {"label", "title", "help", "placeholder", "caption"}
# The review page is the curators' tool for the English release; it speaks English only.
ENGLISH_ONLY = {ROOT / "components" / "review.py", ROOT / "review_app.py"}


def test_the_catalogs_hold_the_interface_as_the_code_has_it():
    assert catalogs.problems() == []


def test_traditional_chinese_is_the_simplified_converted_by_opencc():
    convert = traditional_characters

    def strings(locale):
        po, _ = catalogs.paths(locale)
        with open(po, "rb") as file:
            return {m.id: m.string for m in read_po(file) if m.id}

    simplified, converted = strings(catalogs.SIMPLIFIED), strings(catalogs.TRADITIONAL)
    assert simplified.keys() == converted.keys()
    for message, string in simplified.items():
        expected = tuple(map(convert, string)) if isinstance(string, tuple) else convert(string)
        assert converted[message] == expected, message


def _name(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def _calls(path):
    return [node for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))) if isinstance(node, ast.Call)]


@pytest.mark.parametrize("path", PYTHON, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_message_the_code_says_is_one_the_extraction_finds(path):
    """A message inside an f-string, or a computed one (`gettext(a if x else b)`), is never extracted: it would
    stay English in Chinese. Every gettext call names its message as a literal the catalog holds, or a message
    marked where it was written (`N_("...")`, passed by name: the Chinese outputs' test catches one not marked)."""
    extracted = {m.id if isinstance(m.id, str) else m.id[0] for m in catalogs.extracted() if m.id}
    for call in _calls(path):
        if _name(call) not in GETTEXT or not call.args:
            continue
        message = call.args[0]
        where = f"{path.relative_to(ROOT)}:{call.lineno}"
        if isinstance(message, (ast.Name, ast.Attribute, ast.Subscript)) and _name(call) != "N_":
            continue  # a message marked with N_ where it was written
        assert isinstance(message, ast.Constant) and isinstance(message.value, str), (
            f"{where}: gettext of a computed text cannot be extracted; call it on each literal message"
        )
        assert message.value in extracted, f"{where}: {message.value!r} is not in the catalogs (an f-string?)"


def _english(node) -> list[str]:
    parts = []
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [value.value for value in node.values if isinstance(value, ast.Constant)]
    text = re.sub(r":material/\w+:|<[^>]*>|&\w+;", " ", " ".join(parts))
    return re.findall(r"[A-Za-z]{2,}", text)


@pytest.mark.parametrize(
    "path", [*sorted((ROOT / "components").glob("*.py")), *sorted((ROOT / "pages").glob("*.py")), ROOT / "app.py"]
)
def test_the_dashboard_says_no_interface_text_outside_the_catalogs(path):
    if path in ENGLISH_ONLY:
        pytest.skip("the review page speaks the curators' English")
    for call in _calls(path):
        if _name(call) not in SHOWN:
            continue
        for text in [*call.args[:1], *(k.value for k in call.keywords if k.arg in SHOWN_KEYWORDS)]:
            words = _english(text)
            if words and not (_name(call) == "html" and "document.documentElement.lang" in ast.unparse(text)):
                pytest.fail(f"{path.relative_to(ROOT)}:{call.lineno}: {' '.join(words[:8])!r} shown, in no catalog")
