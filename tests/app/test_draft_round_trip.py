"""A draft of any release validates as written and opens in the dashboard."""

import pytest

from indicators import check
from indicators.checks.validate import NO_ADDRESS, PENDING_REVIEW, TO_CONFIRM, UNCOVERED
from indicators.cli import main
from indicators.curation.draft import draft
from tests.app.conftest import run_app
from tests.conftest import FIXTURES, REAL_DATA

DRAFTS = FIXTURES / "drafts"
FICTIONAL = ["harbourview-2022-06-10", "lakeside-2023-01-20", "hillcrest-2024-09-05"]


@pytest.mark.parametrize("name", [*FICTIONAL, "baoshan"])
def test_round_trip_draft_validate_and_open_in_the_app(tmp_path, monkeypatch, name):
    text = REAL_DATA.parent / "source" / "baoshan-2020-08-13.txt" if name == "baoshan" else DRAFTS / f"{name}.txt"
    assert main(["draft", str(text), "--out", str(tmp_path / "draft.yaml")]) == 0
    assert main(["validate", str(tmp_path / "draft.yaml")]) == 0  # a draft validates, so it can be reviewed
    assert main(["validate", "--strict", str(tmp_path / "draft.yaml")]) == 1  # but nothing unreviewed is published
    _, problems = check(tmp_path / "draft.yaml")
    codes = {p.code for p in problems if p.severity == "warning"}
    assert PENDING_REVIEW in codes and UNCOVERED not in codes  # coverage holds from the start
    assert codes <= {PENDING_REVIEW, NO_ADDRESS, TO_CONFIRM}  # the rest is for the curator to confirm
    assert (tmp_path / "source" / text.name).read_text(encoding="utf-8") == text.read_text(encoding="utf-8")
    first_pillar = draft(text).pillars[0][0]
    assert not first_pillar.startswith("part-")  # named by its title
    for page in (None, first_pillar, "figures", "source"):
        at = run_app(monkeypatch, data_file=tmp_path / "draft.yaml", url_path=page)
        assert not at.exception, [e.value for e in at.exception]
        assert not at.error
        held_back = [i.value for i in at.info if "held back until the press office has reviewed them" in i.value]
        assert held_back and held_back[0].startswith(f"{len(draft(text).figures)} more figure")
