import subprocess
import sys

from indicators.cli import main
from tests.conftest import FIXTURES, OTHER_RELEASE, REAL_DATA, ROOT


def test_valid_file_exits_zero(capsys):
    assert main(["validate", str(REAL_DATA)]) == 0
    assert "valid. 47 figures in 4 pillars" in capsys.readouterr().out


def test_invalid_file_exits_non_zero_and_lists_every_problem(capsys):
    assert main(["validate", str(FIXTURES / "bad" / "many-problems.yaml")]) == 1
    err = capsys.readouterr().err
    assert err.count(": error") == 18
    assert "18 error(s)" in err


def test_strict_fails_on_figures_left_out(capsys):
    assert main(["validate", str(OTHER_RELEASE)]) == 0
    assert main(["validate", "--strict", str(OTHER_RELEASE)]) == 1


def test_default_path_comes_from_the_environment(monkeypatch, capsys):
    monkeypatch.setenv("INDICATORS_FILE", str(OTHER_RELEASE))
    assert main(["validate"]) == 0
    assert "12 figures in 3 pillars" in capsys.readouterr().out


def test_module_runs_without_a_traceback_on_hostile_input():
    result = subprocess.run(
        [sys.executable, "-m", "indicators", "validate", str(FIXTURES / "bad" / "alias-bomb.yaml")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr and "alias bomb" in result.stderr
