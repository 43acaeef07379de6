"""AppTest helpers: run app.py on a data file, open a page by its URL path, read what a reader sees."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.util import calc_hash

from tests.conftest import ROOT


def run_app(monkeypatch, data_file=None, url_path: str | None = None, query: dict | None = None) -> AppTest:
    if data_file is not None:
        monkeypatch.setenv("INDICATORS_FILE", str(data_file))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if query:
        at.query_params.update(query)
    at.run()
    if url_path is not None:
        # AppTest.switch_page only opens pages backed by their own script file; ours are built from the data
        # (one function per pillar), and Streamlit has no public way to open those, so ask for the page's hash.
        at._page_hash = calc_hash(url_path)
        if query:
            at.query_params.update(query)
        at.run()
    return at


def html_text(at: AppTest) -> str:
    return "\n".join(element.value for element in at.html)


def tiles(at: AppTest, prefix: str) -> dict[str, str]:
    """Figure id -> the tile's Markdown, for the tile buttons keyed ``<prefix>-<figure id>``."""
    return {b.key.removeprefix(f"{prefix}-"): b.label for b in at.button if b.key and b.key.startswith(f"{prefix}-")}


@pytest.fixture
def app(monkeypatch):
    return lambda **kwargs: run_app(monkeypatch, **kwargs)


def copied(elements) -> list[str]:
    """The text of each Copy block (a link, a citation) among these elements, as a reader copies it."""
    import html
    import re

    texts = []
    for element in elements.html if hasattr(elements, "html") else elements:
        texts += [html.unescape(t) for t in re.findall(r'<p class="copy-text">(.*?)</p>', element.value, re.DOTALL)]
    return texts
