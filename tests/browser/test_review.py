"""The review page as a curator uses it: edit a label, accept, reject with a reason, an outside edit refused,
a decision by keyboard, the history kept; then `validate --strict` and the public dashboard on the result."""

import re

import pytest
import yaml
from playwright.sync_api import expect

from indicators.cli import main
from indicators.curation.files import HISTORY
from tests.browser.harness import ReviewServer, Server, open_app, wait_for_app

pytestmark = pytest.mark.browser
WAIT = 60_000  # a ceiling, not a pause: each decision is validated and written, on a machine that may be busy

RELEASE = """Westbrook District: Results of 2025 (a fictional release for the review test)

March 3, 2026

I. Economy

First, projects. The district signed 42 new projects worth 3.5 billion yuan. Exports rose by nearly a quarter.

Second, parks. Nine parks opened, with 800 new trees.
"""


@pytest.fixture
def draft(tmp_path):
    (tmp_path / "release.txt").write_text(RELEASE, encoding="utf-8")
    assert main(["draft", str(tmp_path / "release.txt"), "--out", str(tmp_path / "draft.yaml")]) == 0
    return tmp_path / "draft.yaml"


def pending_heading(page):
    return page.get_by_role("heading", name="pending review")


def expect_pending(page, count: int) -> None:
    """The page shows the next figure: its heading, then the rest of the run (its form) drawn."""
    expect(pending_heading(page)).to_have_text(f"Figure 1 of {count} pending review", timeout=WAIT)
    wait_for_app(page)


def test_a_curator_reviews_a_draft_and_the_public_sees_only_what_was_accepted(draft, page):
    server = ReviewServer(draft)
    try:
        open_app(page, server.url)
        count = len(yaml.safe_load(draft.read_text(encoding="utf-8"))["indicators"])
        expect_pending(page, count)

        # Edit a label, accept: written at once, the next figure shown.
        page.get_by_role("textbox", name="Label").fill("New projects signed in 2025")
        page.get_by_role("button", name="Accept").click()
        expect_pending(page, count - 1)
        accepted = yaml.safe_load(draft.read_text(encoding="utf-8"))["indicators"][0]
        assert accepted["label"] == "New projects signed in 2025" and accepted["review"] != "pending"

        # A bad value is refused at its input, nothing written.
        before = draft.read_text(encoding="utf-8")
        page.get_by_role("textbox", name="Value").fill("three and a half")
        page.get_by_role("button", name="Accept").click()
        expect(page.get_by_text("is not a number")).to_be_visible(timeout=WAIT)
        # The message shows while the run still draws; on a busy machine the form it replaces is on the page until
        # the run ends (two "Reason" inputs at once): wait for the run's end before typing.
        wait_for_app(page)
        assert draft.read_text(encoding="utf-8") == before

        # Reject with a reason.
        rejected_words = yaml.safe_load(before)["indicators"][1]["figure"]
        page.get_by_role("textbox", name="Reason").fill("the value of the projects is counted elsewhere")
        page.get_by_role("button", name="Reject").click()
        expect_pending(page, count - 2)
        exclusions = yaml.safe_load(draft.read_text(encoding="utf-8"))["not_figures"]
        assert {"words": rejected_words, "reason": "the value of the projects is counted elsewhere"} in exclusions

        # Someone edits the file outside the page: the page refuses to overwrite it, reloads, asks again.
        outside = draft.read_text(encoding="utf-8") + "# edited in a text editor\n"
        draft.write_text(outside, encoding="utf-8")
        page.get_by_role("button", name="Accept").click()
        expect(page.get_by_text("The file changed on disk since this page read it")).to_be_visible(timeout=WAIT)
        assert draft.read_text(encoding="utf-8") == outside

        # The keyboard: every remaining figure accepted with the shortcut shown on the button.
        for remaining in range(count - 2, 0, -1):
            expect_pending(page, remaining)
            page.get_by_role("heading", name="Review a draft").click()  # the focus on the page, not an input
            page.keyboard.press("Alt+A")
            wait_for_app(page)
        expect(page.get_by_text("Nothing is pending review")).to_be_visible(timeout=WAIT)
        assert "# edited in a text editor" in draft.read_text(encoding="utf-8")
    finally:
        server.stop()

    versions = sorted((draft.parent / HISTORY / draft.name).iterdir())
    assert len(versions) == count  # one per decision that was written (the refused ones wrote nothing)
    # What the page leaves to the YAML: the release's address and the figures it leads with; then it is publishable.
    assert main(["validate", "--strict", str(draft)]) == 1
    text = draft.read_text(encoding="utf-8")
    text = text.replace(
        "  source_text:", '  source_url: "https://westbrook.example.gov/results-2025"\n  source_text:', 1
    )
    text = text.replace("    review: ", "    headline: true\n    review: ", 1)
    text = re.sub(r"\n  publisher: .*", '\n  publisher: "Westbrook District Information Office"', text, count=1)
    text = re.sub(r"\n  to_confirm: \[[^\]]*\]", "", text, count=1)  # the facts the drafter could not read, confirmed
    draft.write_text(text, encoding="utf-8")
    assert main(["validate", "--strict", str(draft)]) == 0

    dashboard = Server(draft)
    try:
        open_app(page, f"{dashboard.url}/figures")
        expect(page.get_by_text("New projects signed in 2025").first).to_be_visible()
        expect(page.get_by_text("held back until the press office")).to_have_count(0)
        expect(page.get_by_text(rejected_words, exact=True)).to_have_count(0)
    finally:
        dashboard.stop()


def _upgrade(port: int, host: str) -> str:
    """The status line the review page's server answers a WebSocket upgrade with, for a Host (and a same-origin
    Origin, as a page on a rebound name would send)."""
    import base64
    import os
    import socket

    key = base64.b64encode(os.urandom(16)).decode()
    request = (
        f"GET /_stcore/stream HTTP/1.1\r\nHost: {host}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\nSec-WebSocket-Protocol: streamlit\r\n"
        f"Origin: http://{host}\r\n\r\n"
    )
    with socket.create_connection(("127.0.0.1", port), timeout=30) as connection:
        connection.sendall(request.encode())
        answer = b""
        while b"\r\n" not in answer:
            chunk = connection.recv(1024)
            if not chunk:
                break
            answer += chunk
    return answer.split(b"\r\n", 1)[0].decode()


def test_the_review_page_answers_only_this_machines_names(draft):
    """DNS rebinding: a page on another site points its own name at 127.0.0.1 and opens the page's connection with
    its Host and Origin; the review page, which writes the file, refuses it."""
    server = ReviewServer(draft)
    try:
        for host in (f"127.0.0.1:{server.port}", f"localhost:{server.port}"):
            assert " 101 " in _upgrade(server.port, host), host
        for host in (f"evil.example:{server.port}", f"127.0.0.1.evil.example:{server.port}", "example.org"):
            assert " 101 " not in _upgrade(server.port, host), host
    finally:
        server.stop()
