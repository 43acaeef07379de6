"""The project's shape, kept by tests: the core never imports Streamlit; pages stay thin."""

import ast

from tests.conftest import ROOT


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_the_core_never_imports_streamlit():
    for path in sorted((ROOT / "indicators").glob("*.py")):
        assert not [m for m in imported_modules(path) if m.split(".")[0] == "streamlit"], path.name


def test_pages_stay_thin_and_never_parse_yaml():
    for path in sorted((ROOT / "pages").glob("*.py")):
        assert len(path.read_text().splitlines()) <= 80, path.name
        assert "yaml" not in set(imported_modules(path)), path.name


def test_components_only_draw():
    # Components reach the data through indicators/ results; they never read files or parse YAML.
    for path in sorted((ROOT / "components").glob("*.py")):
        modules = set(imported_modules(path))
        assert not modules & {"yaml", "pydantic"}, path.name
