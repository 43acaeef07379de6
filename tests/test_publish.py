"""Publishing: a reviewed briefing joins the library, the current one is filed, every published id keeps its
figure, and a refused or failed publish writes nothing at all."""

import shutil

import pytest
import yaml

from indicators.checks.library_check import check_library
from indicators.checks.validate import check
from indicators.cli import main
from indicators.curation import files
from indicators.curation.publish import PublishRefused, publish
from indicators.model.library import PUBLISHING
from tests.conftest import REAL_DATA, lanxi, published_ids, tree

LANXI_OVER_BAOSHAN = ("Baoshan", "Lanxi")  # these tests publish Lanxi's briefings into a copy of Baoshan's, on purpose


@pytest.fixture
def baoshan(tmp_path):
    """A copy of the real data folder: the library of one that the next briefing is published over."""
    shutil.copytree(REAL_DATA.parent, tmp_path / "data")
    return tmp_path / "data" / "indicators.yaml"


def _opened(library, figure_id):
    """What a published id opens in the library: its figure (through any rename), or its withdrawal."""
    release = library.home_of(figure_id)
    assert release is not None, f"{figure_id} no longer names any briefing's figure"
    return release


def test_publishing_over_this_briefing_keeps_every_published_id_on_its_2020_figure(baoshan):
    before, _ = check(REAL_DATA)
    published = publish(lanxi(2021), baoshan, place_change=LANXI_OVER_BAOSHAN)
    assert published.current and published.filed == "baoshan-2020-08-13"
    library = published.library
    assert library.current.info.id == "lanxi-2021-09-01"
    filed = library.by_release_id["baoshan-2020-08-13"]
    for figure_id in published_ids():
        release = _opened(library, figure_id)
        assert release is filed
        if figure_id in before.by_id:
            assert release.by_id[figure_id].indicator == before.by_id[figure_id].indicator
    # the filed briefing is the published one, byte for byte, with its text
    folder = baoshan.parent / "releases" / "baoshan-2020-08-13"
    assert (folder / "indicators.yaml").read_bytes() == REAL_DATA.read_bytes()
    assert (folder / "source" / "baoshan-2020-08-13.txt").read_bytes() == (
        REAL_DATA.parent / "source" / "baoshan-2020-08-13.txt"
    ).read_bytes()
    assert baoshan.read_bytes() == lanxi(2021).read_bytes()
    (kept,) = (baoshan.parent / files.HISTORY / "indicators.yaml").iterdir()
    assert kept.read_bytes() == REAL_DATA.read_bytes()  # the file it replaced, kept as well
    assert not (baoshan.parent / PUBLISHING).exists()


def test_three_briefings_published_out_of_order_make_one_library(baoshan):
    publish(lanxi(2021), baoshan, place_change=LANXI_OVER_BAOSHAN)
    publish(lanxi(2023), baoshan, place_change=LANXI_OVER_BAOSHAN)
    published = publish(
        lanxi(2022), baoshan, place_change=LANXI_OVER_BAOSHAN
    )  # older than the current one: filed, the current stays
    assert not published.current and published.filed == "lanxi-2022-09-01"
    assert baoshan.read_bytes() == lanxi(2023).read_bytes()
    library, problems = check_library(baoshan)
    assert problems == []
    assert [r.info.id for r in library.releases] == [
        "baoshan-2020-08-13",
        "lanxi-2021-09-01",
        "lanxi-2022-09-01",
        "lanxi-2023-09-01",
    ]
    assert len(library.series["water-bodies-river-chiefs"].members) == 3
    for figure_id in published_ids():
        assert _opened(library, figure_id).info.id == "baoshan-2020-08-13"


def test_the_first_briefing_of_a_new_library(tmp_path):
    data = tmp_path / "new" / "indicators.yaml"
    published = publish(lanxi(2021), data, place_change=LANXI_OVER_BAOSHAN)
    assert published.current and published.filed is None
    assert check_library(data)[1] == []


def test_a_release_id_is_never_reused(baoshan):
    publish(lanxi(2021), baoshan, place_change=LANXI_OVER_BAOSHAN)
    before = tree(baoshan.parent)
    with pytest.raises(PublishRefused, match="never reused"):
        publish(lanxi(2021), baoshan, place_change=LANXI_OVER_BAOSHAN)
    assert tree(baoshan.parent) == before


def test_a_draft_with_figures_pending_review_is_refused(baoshan, tmp_path):
    draft_folder = tmp_path / "draft"
    shutil.copytree(lanxi(2023).parent, draft_folder)
    draft = draft_folder / "indicators.yaml"
    data = yaml.safe_load(draft.read_text())
    data["indicators"][0]["review"] = "pending"
    draft.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    before = tree(baoshan.parent)
    with pytest.raises(PublishRefused, match="pending review") as refused:
        publish(draft, baoshan, place_change=LANXI_OVER_BAOSHAN)
    assert any("pending review" in p.message for p in refused.value.problems)
    assert tree(baoshan.parent) == before


def test_a_draft_reusing_a_published_id_is_refused_naming_the_draft(baoshan, tmp_path):
    draft_folder = tmp_path / "draft"
    shutil.copytree(lanxi(2023).parent, draft_folder)
    draft = draft_folder / "indicators.yaml"
    draft.write_text(draft.read_text().replace("id: water-bodies-river-chiefs-2023", "id: night-markets"))
    before = tree(baoshan.parent)
    with pytest.raises(PublishRefused, match="would break the library") as refused:
        publish(draft, baoshan, place_change=LANXI_OVER_BAOSHAN)
    (problem,) = refused.value.problems
    assert problem.id == "night-markets" and "baoshan-2020-08-13" in problem.message
    assert problem.file in (str(draft), str(baoshan))  # a file the curator knows, never the staged copy
    assert tree(baoshan.parent) == before


def test_a_failure_part_way_undoes_every_step(baoshan, monkeypatch):
    before = tree(baoshan.parent)
    real = files.replace_atomically

    def fail_on_the_data_file(path, data):
        if path == baoshan:
            raise OSError(28, "No space left on device")
        real(path, data)

    monkeypatch.setattr("indicators.curation.publish.replace_atomically", fail_on_the_data_file)
    with pytest.raises(OSError):
        publish(lanxi(2021), baoshan, place_change=LANXI_OVER_BAOSHAN)
    assert tree(baoshan.parent) == before  # no filed folder, no new text, no history entry, no marker


def test_two_publishes_never_run_at_once(baoshan):
    (baoshan.parent / PUBLISHING).write_text("123\n")
    before = tree(baoshan.parent)
    with pytest.raises(PublishRefused, match="another publish is running"):
        publish(lanxi(2021), baoshan, place_change=LANXI_OVER_BAOSHAN)
    assert tree(baoshan.parent) == before


def test_the_command_says_what_it_did_and_refuses_with_a_reason(baoshan, capsys):
    assert main(["publish", str(lanxi(2021)), "--data", str(baoshan), "--place-change", "Baoshan", "Lanxi"]) == 0
    said = capsys.readouterr().out
    assert "published lanxi-2021-09-01" in said and "baoshan-2020-08-13 is filed under" in said
    assert main(["publish", str(lanxi(2021)), "--data", str(baoshan), "--place-change", "Baoshan", "Lanxi"]) == 1
    assert "never reused" in capsys.readouterr().err
    assert main(["validate", str(baoshan)]) == 0
    assert "1 earlier briefing(s)" in capsys.readouterr().out


def test_a_briefing_of_another_place_is_published_only_when_the_curator_names_both(tmp_path):
    data = tmp_path / "data"
    shutil.copytree(REAL_DATA.parent, data)
    baoshan = data / "indicators.yaml"
    before = tree(data)
    with pytest.raises(PublishRefused, match="--place-change 'Baoshan' 'Lanxi'"):
        publish(lanxi(2021), baoshan)
    with pytest.raises(PublishRefused, match="holds briefings of Baoshan"):
        publish(lanxi(2021), baoshan, place_change=("Lanxi", "Baoshan"))  # the wrong way round names neither
    assert tree(data) == before
    assert main(["publish", str(lanxi(2021)), "--data", str(baoshan)]) == 1
    assert publish(lanxi(2021), baoshan, place_change=("baoshan", "LANXI")).current


def test_a_limit_published_as_a_floor_is_refused_with_nothing_written(tmp_path):
    """The issue's reversal, at the last gate: a reviewed draft whose qualifier says the opposite of its words."""
    from tests.test_review import LIMIT, LIMIT_DRAFT

    draft = tmp_path / "draft"
    (draft / "source").mkdir(parents=True)
    (draft / "source" / "eastfield.txt").write_text(LIMIT, encoding="utf-8")
    reviewed = LIMIT_DRAFT.replace("review: pending", 'review: "2026-11-29"').replace(
        "    qualifier: no more than\n", "    qualifier: more than\n"
    )
    (draft / "indicators.yaml").write_text(reviewed, encoding="utf-8")
    data = tmp_path / "data"
    with pytest.raises(PublishRefused) as refused:
        publish(draft / "indicators.yaml", data / "indicators.yaml")
    assert any("at most" in p.message and p.id == "registering-company" for p in refused.value.problems)
    assert not data.exists() or not any(data.iterdir()) or tree(data) == {}
    fixed = reviewed.replace("    qualifier: more than\n", "    qualifier: no more than\n")
    fixed = fixed.replace(
        '    label: "Cut in licensing documents required"\n',
        '    label: "Cut in licensing documents required"\n    headline: true\n',
    )
    (draft / "indicators.yaml").write_text(fixed, encoding="utf-8")
    assert publish(draft / "indicators.yaml", data / "indicators.yaml").current
