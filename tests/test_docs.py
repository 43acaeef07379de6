"""Keep the docs honest: the commands, settings and files they name exist and do what they say."""

import re
import tomllib

from indicators.cli import main
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
DEPLOY = (ROOT / "docs" / "deploy.md").read_text(encoding="utf-8")


def test_readme_gives_the_two_commands():
    assert "pip install -r requirements.txt && streamlit run app.py" in README
    assert "bash .ci/run" in README
    assert "python3 -m pytest" in (ROOT / ".ci" / "run").read_text()


def test_every_cli_command_is_documented(capsys):
    try:
        main(["--help"])
    except SystemExit:
        pass
    commands = re.search(r"\{([a-z,]+)\}", capsys.readouterr().out).group(1).split(",")
    for command in commands:
        assert f"python -m indicators {command}" in README + DEPLOY, command


def test_every_benchmark_is_documented():
    for bench in sorted((ROOT / "bench").glob("bench_*.py")):
        assert f"python bench/{bench.name}" in README, bench.name
        assert f"python bench/{bench.name}" in (ROOT / "docs" / "performance.md").read_text(), bench.name


def test_reader_safe_streamlit_settings():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert config["browser"]["gatherUsageStats"] is False
    assert config["client"]["showErrorDetails"] == "none"
    assert config["client"]["toolbarMode"] == "viewer"
    for setting in ("gatherUsageStats", "showErrorDetails", "toolbarMode"):
        assert setting in DEPLOY


def test_the_tested_nginx_configurations_are_the_documented_ones():
    for name, test in (("nginx-dashboard.conf", "test_proxy.py"), ("nginx-share-site.conf", "test_site.py")):
        config = (ROOT / "deploy" / name).read_text(encoding="utf-8")
        assert config.strip() in DEPLOY, name
        assert f"tests/browser/{test}" in config and (ROOT / "tests" / "browser" / test).exists()
        assert "tests/browser/test_security.py" in config
    for snippet in sorted((ROOT / "deploy").glob("indicators-*.conf")):  # what the configurations include
        assert snippet.read_text(encoding="utf-8").strip() in DEPLOY, snippet.name
        assert f"include snippets/{snippet.name};" in "".join(p.read_text() for p in (ROOT / "deploy").glob("*.conf"))


def test_every_limit_and_timeout_is_documented_with_its_number():
    """docs/deploy.md's table of limits and timeouts gives each directive of the configurations with its value."""
    rows = {line.split("|")[1].strip(): line for line in DEPLOY.splitlines() if line.startswith("| `")}
    pattern = r"^\s*(client_\w+_timeout|send_timeout|client_max_body_size|limit_conn \w+|limit_req zone=\w+) (\S+?)[ ;]"
    found = []
    for name in ("nginx-dashboard.conf", "nginx-share-site.conf"):
        for directive, value in re.findall(pattern, (ROOT / "deploy" / name).read_text(), re.MULTILINE):
            key = f"`{directive.replace('zone=', '')}`"
            assert key in rows, f"{name}: {directive} is not in docs/deploy.md's table of limits and timeouts"
            number = re.match(r"(?:burst=)?(\d+)", value).group(1)
            assert re.search(rf"\b{number}\b", rows[key]), f"{name}: {directive} {value}, docs say {rows[key]}"
            found.append(directive)
    assert "limit_req zone=indicators_pages" in found and len(found) >= 10, found
    rate = re.search(
        r"zone=indicators_pages:\w+ rate=(\d+)r/s;", (ROOT / "deploy" / "nginx-dashboard.conf").read_text()
    )
    assert re.search(rf"\b{rate.group(1)} a second", rows["`limit_req indicators_pages`"])


def test_every_documented_way_of_serving_runs_the_warm_up():
    serve = (ROOT / "scripts" / "serve.sh").read_text()
    assert "scripts/warmup.py" in serve
    assert "ExecStart=/srv/indicators/app/scripts/serve.sh" in DEPLOY and 'CMD ["scripts/serve.sh"]' in DEPLOY
    harness = (ROOT / "tests" / "browser" / "harness.py").read_text()
    assert '"scripts/serve.sh"' in harness  # the tests and benchmarks start servers the same way


def test_deploy_doc_covers_the_brief():
    for words in (
        "/_stcore/health",
        "proxy_set_header Upgrade",
        "Community Cloud",
        "sticky sessions",
        "python -m indicators export",
        "scripts/warmup.py",
        "[Service]",
        "BASE_PATH=dash",
        "new readers a second",
    ):
        assert words in DEPLOY, words


def test_every_requirement_is_pinned():
    for name in ("requirements.txt", "requirements-dev.txt"):
        for line in (ROOT / name).read_text().splitlines():
            line = line.strip()
            if line and not line.startswith(("#", "-r")):
                assert "==" in line, f"{name}: {line} is not pinned"


def test_the_layout_table_names_every_core_module():
    for path in sorted((ROOT / "indicators").rglob("*.py")):
        if not path.name.startswith("__") and path.parent.name != "draft":
            assert path.name in README, f"README's layout table does not name {path.relative_to(ROOT)}"
    for folder in (ROOT / "indicators").iterdir():
        if folder.is_dir() and (folder / "__init__.py").exists():
            assert f"indicators/{folder.name}/" in README, folder.name
