"""The library: every briefing of a data file, checked together; ids unique across it; series sound."""

import os
import time
from pathlib import Path

import yaml

from indicators.checks.library_check import check_library
from indicators.model.library import PUBLISHING, publishing, release_files
from indicators.view.urls import Routes
from tests.conftest import REAL_DATA, build_library, lanxi


def _lanxi_library(tmp_path):
    return build_library(tmp_path, lanxi(2023), [lanxi(2021), lanxi(2022)])


def _edit(path, edit):
    data = yaml.safe_load(path.read_text())
    edit(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _errors(problems):
    return [p for p in problems if p.severity == "error"]


def test_a_file_with_no_releases_beside_it_is_a_library_of_one():
    library, problems = check_library(REAL_DATA)
    assert not _errors(problems)
    assert release_files(REAL_DATA) == [REAL_DATA]
    assert library.releases == [library.current] and library.newest is library.current
    assert library.home_of("new-enterprises-per-day") is library.current


def test_the_library_orders_briefings_by_date_and_opens_on_the_current_file(tmp_path):
    library, problems = check_library(_lanxi_library(tmp_path))
    assert problems == []
    assert [r.info.id for r in library.releases] == ["lanxi-2021-09-01", "lanxi-2022-09-01", "lanxi-2023-09-01"]
    assert library.current is library.newest
    assert library.previous(library.current).info.id == "lanxi-2022-09-01"
    assert library.previous(library.releases[0]) is None


def test_series_join_one_figure_per_briefing_in_date_order(tmp_path):
    library, _ = check_library(_lanxi_library(tmp_path))
    series = library.series["family-doctor-signing-rate"]
    assert [m.figure.id for m in series.members] == [
        "family-doctor-rate-2021",
        "family-doctor-rate-2022",
        "family-doctor-rate-2023",
    ]
    assert [m.date for m in series.members] == ["2021-09-01", "2022-09-01", "2023-09-01"]
    assert library.series_of(library.current.by_id["community-clinics-2023"]) is None


def test_an_id_reused_in_another_briefing_is_refused_naming_both(tmp_path):
    data = _lanxi_library(tmp_path)
    earlier = data.parent / "releases" / "lanxi-2022-09-01" / "indicators.yaml"
    _edit(earlier, lambda d: d["indicators"][0].update(id="major-projects-2023"))
    library, problems = check_library(data)
    assert library is None
    (problem,) = [p for p in _errors(problems) if "already a figure of" in p.message]
    assert problem.id == "major-projects-2023"
    assert "lanxi-2022-09-01" in problem.message or "lanxi-2023-09-01" in problem.message
    assert problem.file in (str(data), str(earlier))
    named = yaml.safe_load(Path(problem.file).read_text())["indicators"][0]["id"]
    assert named == "major-projects-2023"
    assert problem.line is not None


def test_an_id_a_correction_retired_is_never_reused_by_another_briefing(tmp_path):
    data = _lanxi_library(tmp_path)
    earlier = data.parent / "releases" / "lanxi-2021-09-01" / "indicators.yaml"
    withdrawal = {
        "date": "2021-10-01",
        "figure": "clinics-opened-2023",
        "change": "withdrawn",
        "what": "A figure that was never in the release.",
        "reason": "A test.",
    }
    _edit(earlier, lambda d: d.setdefault("corrections", []).append(withdrawal))
    _edit(data, lambda d: d["indicators"][-1].update(id="clinics-opened-2023"))
    _, problems = check_library(data)
    assert any("clinics-opened-2023" in p.message and "already a figure of" in p.message for p in _errors(problems))


def test_a_filed_briefing_lives_in_a_folder_named_by_its_id(tmp_path):
    data = _lanxi_library(tmp_path)
    (data.parent / "releases" / "lanxi-2021-09-01").rename(data.parent / "releases" / "the-first-one")
    _, problems = check_library(data)
    assert any("its id is 'lanxi-2021-09-01'" in p.message for p in _errors(problems))


def test_a_release_id_is_never_used_twice(tmp_path):
    data = build_library(tmp_path, lanxi(2023), [lanxi(2021), lanxi(2023)])  # the current one filed as well
    library, problems = check_library(data)
    assert library is None
    assert any("the release id 'lanxi-2023-09-01'" in p.message and "never reused" in p.message for p in problems)


def test_a_folder_without_its_file_is_named_with_what_to_do(tmp_path):
    data = _lanxi_library(tmp_path)
    (data.parent / "releases" / "lanxi-2021-09-01" / "indicators.yaml").unlink()
    library, problems = check_library(data)
    assert library is None
    (problem,) = _errors(problems)
    assert problem.file.endswith("lanxi-2021-09-01") and "restore the file" in problem.message


def test_hidden_folders_are_a_publish_in_progress_not_briefings(tmp_path):
    data = _lanxi_library(tmp_path)
    (data.parent / "releases" / ".lanxi-2024-09-01.x1y2").mkdir()
    library, _ = check_library(data)
    assert library is not None and len(library.releases) == 3


def test_a_series_is_one_measure(tmp_path):
    data = _lanxi_library(tmp_path)
    earlier = data.parent / "releases" / "lanxi-2022-09-01" / "indicators.yaml"
    _edit(earlier, lambda d: d["indicators"][4].update(scope="citywide"))  # water bodies, 2022
    _, problems = check_library(data)
    (problem,) = _errors(problems)
    assert "series 'water-bodies-river-chiefs'" in problem.message and "different scope" in problem.message
    assert "water-bodies-river-chiefs-2022" in problem.message or problem.id == "water-bodies-river-chiefs-2022"
    assert "water-bodies-river-chiefs-2021" in problem.message


def test_a_series_refuses_mixed_units_and_kinds(tmp_path):
    data = _lanxi_library(tmp_path)
    _edit(data, lambda d: d["indicators"][5].update(unit="km"))  # creeks, 2023: "kilometres" before
    _, problems = check_library(data)
    assert any("different unit" in p.message and "creeks-cleaned" in p.message for p in _errors(problems))


def test_a_series_holds_one_figure_per_briefing(tmp_path):
    data = _lanxi_library(tmp_path)
    earlier = data.parent / "releases" / "lanxi-2022-09-01" / "indicators.yaml"
    _edit(earlier, lambda d: d["indicators"][5].update(series="creeks-cleaned"))  # the north, beside the total
    _, problems = check_library(data)
    (problem,) = [p for p in _errors(problems) if "same briefing" in p.message]
    assert "creeks-cleaned-north-2022" in problem.message and "creeks-cleaned-2022" in problem.message
    assert problem.file == str(earlier) and problem.line is not None


def test_a_current_file_older_than_a_filed_briefing_is_a_warning(tmp_path):
    data = build_library(tmp_path, lanxi(2022), [lanxi(2021), lanxi(2023)])
    library, problems = check_library(data)
    assert library is not None and library.current.info.id == "lanxi-2022-09-01"
    (warning,) = problems
    assert warning.severity == "warning" and "publish the newest" in warning.message


def test_an_address_opens_the_briefing_of_its_figure_else_the_one_it_names(tmp_path):
    data = build_library(tmp_path, lanxi(2023), [lanxi(2021), lanxi(2022)])
    library, _ = check_library(data)
    slugs = lambda release: Routes.of(release).slugs
    assert library.choose(None, "creeks-cleaned-2021", None, slugs).info.id == "lanxi-2021-09-01"
    # the figure wins over a release the address (or the reader's last choice) names
    assert library.choose("lanxi-2022-09-01", "creeks-cleaned-2021", None, slugs).info.id == "lanxi-2021-09-01"
    assert library.choose("lanxi-2022-09-01", None, None, slugs).info.id == "lanxi-2022-09-01"
    assert library.choose("no-such-briefing", "no-such-figure", None, slugs) is library.current
    assert library.choose(None, None, "economy", slugs) is library.current


def test_a_page_only_an_earlier_briefing_has_opens_in_that_briefing(tmp_path):
    data = build_library(tmp_path, lanxi(2023), [lanxi(2021)])
    earlier = data.parent / "releases" / "lanxi-2021-09-01" / "indicators.yaml"
    _edit(earlier, lambda d: d["pillars"].append({"id": "harbour", "title": "Harbour"}))
    library, _ = check_library(data)
    slugs = lambda release: Routes.of(release).slugs
    assert library.choose(None, None, "harbour", slugs).info.id == "lanxi-2021-09-01"


def test_a_withdrawn_or_renamed_id_still_names_its_briefing(tmp_path):
    data = build_library(tmp_path, lanxi(2023), [REAL_DATA])
    library, problems = check_library(data)
    assert not _errors(problems)
    assert library.home_of("night-markets") is library.by_release_id["baoshan-2020-08-13"]
    corrections = library.by_release_id["baoshan-2020-08-13"].corrections
    retired = [c.figure_id for c in corrections if c.change in ("renamed", "withdrawn")]
    assert retired and all(library.home_of(i).info.id == "baoshan-2020-08-13" for i in retired)


def test_readers_keep_their_library_only_while_a_publish_is_recent(tmp_path):
    data = _lanxi_library(tmp_path)
    assert not publishing(data)
    marker = data.parent / PUBLISHING
    marker.write_text("1\n")
    assert publishing(data)
    old = time.time() - 3600
    os.utime(marker, (old, old))
    assert not publishing(data)  # a publish that died an hour ago does not freeze the dashboard
