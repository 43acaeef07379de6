"""Loading: the default file, $INDICATORS_FILE, and a refusal that names every problem."""

import pytest

from indicators.checks.loader import ENV_VAR, default_path, file_stamp, load
from indicators.reading.problems import DataError, Problem
from tests.conftest import FIXTURES


def test_the_environment_names_the_file(monkeypatch, tmp_path):
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "x.yaml"))
    assert default_path() == tmp_path / "x.yaml"


def test_a_bad_file_is_refused_with_its_problems_named():
    with pytest.raises(DataError) as error:
        load(FIXTURES / "bad" / "syntax-error.yaml")
    assert "syntax-error.yaml:" in str(error.value) and error.value.problems


def test_a_stamp_changes_with_the_file_and_is_none_when_it_is_gone(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("a")
    first = file_stamp(path)
    path.write_text("ab")
    assert file_stamp(path) != first and file_stamp(tmp_path / "gone.txt") is None and file_stamp(None) is None


def test_a_problem_reads_file_line_id_and_what_to_do():
    problem = Problem(7, "copy the sentence exactly", "data.yaml", "bus-lines")
    assert str(problem) == "data.yaml:7: error [bus-lines]: copy the sentence exactly"
