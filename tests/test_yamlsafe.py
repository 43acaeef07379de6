"""Each kind of bad file gets one clear message with its line, and never runs code or hangs."""

from pathlib import Path

import pytest

from indicators import DataError, check, load
from indicators.reading import yamlsafe


def only_problem(path):
    release, problems = check(path)
    assert release is None
    errors = [p for p in problems if p.severity == "error"]
    assert len(errors) == 1, [str(p) for p in errors]
    return errors[0]


def test_syntax_error_names_line_and_column(bad):
    problem = only_problem(bad("syntax-error.yaml"))
    assert "YAML syntax error" in problem.message
    assert (problem.line, problem.column) == (18, 1)
    assert "began on line 16" in problem.message


def test_python_tags_never_run(bad, tmp_path):
    marker = Path("/tmp/indicators-pwned")
    marker.unlink(missing_ok=True)
    problem = only_problem(bad("python-tag.yaml"))
    assert "python/object/apply:os.system" in problem.message and "not allowed" in problem.message
    assert problem.line == 11
    assert not marker.exists()


def test_alias_bomb_is_refused_before_it_expands(bad):
    problem = only_problem(bad("alias-bomb.yaml"))
    assert "alias bomb" in problem.message


def test_few_aliases_are_fine(tmp_path):
    data = tmp_path / "aliases.yaml"
    data.write_text("a: &x [1, 2]\nb: *x\n")
    assert yamlsafe.parse(data.read_text()).data == {"a": [1, 2], "b": [1, 2]}


@pytest.mark.parametrize(
    "name, words",
    [
        ("empty.yaml", "the file is empty"),
        ("not-utf8.yaml", "not UTF-8"),
        ("top-level-list.yaml", "top level must be a mapping"),
    ],
)
def test_unusable_files_get_one_clear_message(bad, name, words):
    problem = only_problem(bad(name))
    assert words in problem.message
    assert problem.file.endswith(name)


def test_non_utf8_names_the_line(bad):
    assert only_problem(bad("not-utf8.yaml")).line == 2


def test_missing_file(tmp_path):
    problem = only_problem(tmp_path / "nowhere.yaml")
    assert "does not exist" in problem.message and "INDICATORS_FILE" in problem.message


def test_a_folder_is_not_a_file(tmp_path):
    assert "folder" in only_problem(tmp_path).message


def test_oversized_file_is_refused_unread(tmp_path, monkeypatch):
    monkeypatch.setattr(yamlsafe, "MAX_BYTES", 1000)
    data = tmp_path / "big.yaml"
    data.write_text("release: {}\n" + "# padding\n" * 200)
    assert "over the" in only_problem(data).message


def test_comment_only_file_holds_no_data(tmp_path):
    data = tmp_path / "comments.yaml"
    data.write_text("# nothing here\n")
    assert "holds no data" in only_problem(data).message


def test_deep_nesting_is_refused_cleanly(tmp_path):
    data = tmp_path / "deep.yaml"
    data.write_text("release: " + "[" * 5000 + "]" * 5000 + "\n")
    assert "nested too deeply" in only_problem(data).message


def test_duplicate_keys_are_reported(bad):
    _, problems = check(bad("duplicate-key.yaml"))
    assert any("'value' appears twice" in p.message and p.line == 14 for p in problems)


def test_load_raises_one_error_holding_every_problem(bad):
    with pytest.raises(DataError) as raised:
        load(bad("many-problems.yaml"))
    assert len(raised.value.problems) >= 10
    assert "many-problems.yaml:20" in str(raised.value)


def test_unquoted_dates_stay_text():
    assert yamlsafe.parse("date: 2020-08-13\n").data == {"date": "2020-08-13"}


def test_unreadable_vanishing_and_folder_paths_each_get_one_clear_message(tmp_path, monkeypatch):
    import builtins

    path = tmp_path / "indicators.yaml"
    path.write_text("release: {}\n")
    with pytest.raises(yamlsafe.YamlError, match="this is a folder, not a file"):
        yamlsafe.read_text(tmp_path)
    real_open = builtins.open

    def refusing(error):
        def fake_open(file, *args, **kwargs):
            if str(file) == str(path):
                raise error
            return real_open(file, *args, **kwargs)

        return fake_open

    monkeypatch.setattr(builtins, "open", refusing(PermissionError(13, "Permission denied")))
    with pytest.raises(yamlsafe.YamlError, match="permission denied; let the dashboard's user read it"):
        yamlsafe.read_text(path)
    # a file that vanishes between the directory listing and the read
    monkeypatch.setattr(builtins, "open", refusing(FileNotFoundError(2, "No such file")))
    with pytest.raises(yamlsafe.YamlError, match="the file does not exist"):
        yamlsafe.read_text(path)
    monkeypatch.setattr(builtins, "open", refusing(OSError(5, "Input/output error")))
    with pytest.raises(yamlsafe.YamlError, match=r"cannot be read \(Input/output error\)"):
        yamlsafe.read_text(path)
    monkeypatch.undo()
    [problem] = check(path)[1][:1]
    assert str(problem).startswith(f"{path}")
