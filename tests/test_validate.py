"""Every check the validator makes, each proved on a file that breaks it (and on one that does not)."""

import shutil

import pytest

from indicators import check, load
from indicators.model.release import infer_kind
from tests.conftest import FIXTURES, OTHER_RELEASE, copy_release


@pytest.fixture(scope="module")
def many_problems():
    _, problems = check(FIXTURES / "bad" / "many-problems.yaml")
    return problems


@pytest.mark.parametrize(
    "line, id, words",
    [
        (13, "mixed", "mixes units (%, projects)"),
        (16, "dangling", "'no-such-indicator', which does not exist"),
        (20, "new-projects", "value 24 does not agree"),
        (25, "new-projects", "used more than once"),
        (34, "project-value", "without its scale word 'billion'"),
        (43, "export-growth", "pillar 'greenery' is not defined"),
        (44, "export-growth", "not in the release text verbatim"),
        (51, "firms-founded", "part of a sentence"),
        (59, "new-parks", "'nine parks' are not in the quote"),
        (62, "riverbank-length", "must be a number written in digits"),
        (68, "Bad_ID", "URL-safe slug"),
        (73, "Bad_ID", "`headlne` is not a known field"),
        (76, "pupils-served", "derived value needs a `note`"),
        (84, "missing-fields", "`figure` is required"),
    ],
)
def test_one_run_reports_every_problem_with_line_and_id(many_problems, line, id, words):
    matches = [p for p in many_problems if p.line == line and p.id == id and words in p.message]
    assert matches, "\n".join(map(str, many_problems))
    assert str(matches[0]).startswith(f"{FIXTURES / 'bad' / 'many-problems.yaml'}:{line}: error [{id}]: ")


def test_a_minimal_file_for_another_release_validates():
    release, problems = check(OTHER_RELEASE)
    assert release is not None, "\n".join(map(str, problems))
    assert [p.id for p in release.pillars] == ["growth", "green", "care"]
    assert {f.id: f.section for f in release.figures}["new-parks"] == "II.1"
    assert release.by_id["project-value"].value == 3_500_000_000  # the full-value convention agrees too


def errors_of(path):
    return [p for p in check(path)[1] if p.severity == "error"]


def test_quotes_match_whatever_the_wrapping(tmp_path):
    def rewrap(data):
        data["indicators"][0]["quote"] = "The district signed 42 new\n   projects worth 3.5 billion yuan this year."

    assert errors_of(copy_release(tmp_path, rewrap)) == []


def test_a_changed_character_in_a_quote_is_caught(tmp_path):
    def misquote(data):
        data["indicators"][0]["quote"] = "The district signed 42 new projects worth 3.5 billion yuan this year!"

    [problem] = errors_of(copy_release(tmp_path, misquote))
    assert problem.id == "new-projects" and "verbatim" in problem.message


def test_section_must_agree_with_where_the_sentence_stands(tmp_path):
    def wrong_section(data):
        data["indicators"][0]["section"] = "II.1"

    [problem] = errors_of(copy_release(tmp_path, wrong_section))
    assert "section 'II.1' disagrees" in problem.message and "'I.1'" in problem.message


def test_missing_source_text_names_the_file(tmp_path):
    def elsewhere(data):
        data["release"]["source_text"] = "source/missing.txt"

    [problem] = errors_of(copy_release(tmp_path, elsewhere))
    assert "missing.txt" in problem.message and "does not exist" in problem.message


@pytest.mark.parametrize("path", ["/etc/passwd", "../../secrets.txt", "C:/data.txt"])
def test_source_text_may_not_leave_the_data_folder(tmp_path, path):
    def escape(data):
        data["release"]["source_text"] = path

    [problem] = errors_of(copy_release(tmp_path, escape))
    assert "inside the data folder" in problem.message


def test_release_date_must_be_a_date(tmp_path):
    def bad_date(data):
        data["release"]["date"] = "13 August 2020"

    [problem] = errors_of(copy_release(tmp_path, bad_date))
    assert "YYYY-MM-DD" in problem.message


def test_figures_left_out_are_warnings_naming_the_words(tmp_path):
    def drop_parks(data):
        data["indicators"] = [i for i in data["indicators"] if i["id"] != "new-parks"]

    release, problems = check(copy_release(tmp_path, drop_parks))
    assert release is not None
    assert any(p.severity == "warning" and "'Nine'" in p.message for p in problems)


def test_exclusions_cover_numbers_and_must_exist(tmp_path):
    def exclude(data):
        data["not_figures"] = [{"words": "March 2, 2021", "reason": "date"}, {"words": "April 1", "reason": "x"}]

    _, problems = check(copy_release(tmp_path, exclude))
    assert not any("'2021'" in p.message for p in problems)
    assert any("'April 1' is not in the release text" in p.message for p in problems)


def test_load_gives_figures_with_inferred_kind_and_decimals(other_release):
    kinds = {f.id: f.kind.value for f in other_release.figures}
    assert kinds == {
        "new-projects": "count",
        "project-value": "amount",
        "export-growth": "percent",
        "firms-founded": "count",
        "new-firms-rank": "rank",
        "new-parks": "count",
        "riverbank-length": "length",
        "rebuilt-parks": "count",
        "street-trees": "count",
        "park-trees": "count",
        "new-schools": "count",
        "pupils-served": "count",
    }
    assert other_release.by_id["export-growth"].decimals == 1
    assert other_release.by_id["new-projects"].label == "New projects signed so far in 2021"


@pytest.mark.parametrize(
    "unit, words, qualifier, kind",
    [
        ("years", "for consecutively three years", None, "span"),
        ("years", "for four years", None, "span"),
        ("years", "within five years", "within", "duration"),
        ("rank", "ranked second", None, "rank"),
        ("%", "86.24%", None, "percent"),
        ("billion yuan", "120 billion yuan", None, "amount"),
    ],
)
def test_a_run_of_years_is_not_time_taken(unit, words, qualifier, kind):
    assert infer_kind(unit, words, qualifier).value == kind


def test_environment_variable_selects_the_file(monkeypatch):
    monkeypatch.setenv("INDICATORS_FILE", str(OTHER_RELEASE))
    assert load().info.id == "riverside-2021-03-02"


@pytest.mark.parametrize(
    "line, id, words",
    [
        (20, "new-schools", "'new-schools' is withdrawn, yet a figure still has this id"),
        (21, "schools", "'schools' is renamed to 'school-count', which is no figure"),
        (22, "pupils", "a revision names 'pupils', which is no figure"),
        (22, "pupils", "`what` starts with 'revised', which every page already shows"),
        (23, "old-schools", "`renamed_to` goes with `change: renamed`"),
        (24, "new-schools", "'1 April 2021' is not a date written YYYY-MM-DD"),
    ],
)
def test_corrections_that_would_break_a_published_link_are_refused(bad, line, id, words):
    problems = check(bad("corrections.yaml"))[1]
    assert [p for p in problems if p.line == line and p.id == id and words in p.message], "\n".join(map(str, problems))


def test_the_version_changes_with_the_yaml_and_with_the_release_text(tmp_path):
    shutil.copytree(OTHER_RELEASE.parent, tmp_path / "release")
    path = tmp_path / "release" / "indicators.yaml"
    first = load(path).version
    path.write_text(path.read_text() + "\n# a comment\n")
    second = load(path).version
    source = tmp_path / "release" / "source" / "riverside-2021-03-02.txt"
    source.write_text(source.read_text() + "\n\nIV. An appendix with no numbers\n")
    assert len({first, second, load(path).version}) == 3
