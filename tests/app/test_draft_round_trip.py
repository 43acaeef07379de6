"""A draft of any release validates as written and opens in the dashboard."""

import pytest

from indicators.cli import main
from tests.app.conftest import run_app
from tests.conftest import FIXTURES, REAL_DATA

DRAFTS = FIXTURES / "drafts"
FICTIONAL = ["harbourview-2022-06-10", "lakeside-2023-01-20", "hillcrest-2024-09-05"]


@pytest.mark.parametrize("name", [*FICTIONAL, "baoshan"])
def test_round_trip_draft_validate_and_open_in_the_app(tmp_path, monkeypatch, name):
    text = REAL_DATA.parent / "source" / "baoshan-2020-08-13.txt" if name == "baoshan" else DRAFTS / f"{name}.txt"
    assert main(["draft", str(text), "--out", str(tmp_path / "draft.yaml")]) == 0
    assert main(["validate", "--strict", str(tmp_path / "draft.yaml")]) == 0  # coverage holds from the start
    assert (tmp_path / "source" / text.name).read_text(encoding="utf-8") == text.read_text(encoding="utf-8")
    for page in (None, "part-i", "figures", "source"):
        at = run_app(monkeypatch, data_file=tmp_path / "draft.yaml", url_path=page)
        assert not at.exception, [e.value for e in at.exception]
        assert not at.error
