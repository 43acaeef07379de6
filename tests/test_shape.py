"""The project's shape, kept by tests: the core never imports Streamlit; pages stay thin; each thing has
one home (the look in the theme, addresses in the routes, caching in the dashboard)."""

import ast
import re

from tests.conftest import ROOT

CORE = sorted((ROOT / "indicators").rglob("*.py"))
CODE = [
    *CORE,
    *(ROOT / "components").glob("*.py"),
    *(ROOT / "pages").glob("*.py"),
    ROOT / "app.py",
]


def imported_modules(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_the_core_never_imports_streamlit():
    for path in CORE:
        assert not [m for m in imported_modules(path) if m.split(".")[0] == "streamlit"], path.name


# The core's folders, in the order data flows through them: each imports only from its own folder or one before.
LAYERS = ("reading", "model", "checks", "view", "outputs", "curation")


def layer_of(module: str) -> int | None:
    parts = module.split(".")
    return LAYERS.index(parts[1]) if len(parts) > 1 and parts[0] == "indicators" and parts[1] in LAYERS else None


def test_the_core_is_layered_and_imports_only_downwards():
    for path in CORE:
        relative = path.relative_to(ROOT / "indicators")
        if len(relative.parts) == 1:
            assert path.name in ("__init__.py", "__main__.py", "cli.py"), f"indicators/{relative} is in no layer"
            continue
        own = LAYERS.index(relative.parts[0])
        for module in imported_modules(path):
            layer = layer_of(module)
            assert layer is None or layer <= own, f"indicators/{relative} ({LAYERS[own]}) imports {module}"
            assert module.split(".")[0] != "indicators" or layer is not None, f"indicators/{relative}: {module}"


def test_each_core_module_has_one_name():
    stems = [p.stem for p in CORE if not p.name.startswith("__")]
    assert len(stems) == len(set(stems)), sorted(s for s in stems if stems.count(s) > 1)


def test_pages_stay_thin_and_never_parse_yaml():
    for path in sorted((ROOT / "pages").glob("*.py")):
        assert len(path.read_text().splitlines()) <= 80, path.name
        assert "yaml" not in set(imported_modules(path)), path.name


def test_components_only_draw():
    # Components reach the data through indicators/ results; they never read files or parse YAML.
    for path in sorted((ROOT / "components").glob("*.py")):
        modules = set(imported_modules(path))
        assert not modules & {"yaml", "pydantic", "indicators.checks.validate", "indicators.reading.yamlsafe"}, (
            path.name
        )


def test_colours_live_in_the_theme():
    for path in [*CODE, *(ROOT / "indicators" / "templates").rglob("*.*")]:
        if path.name != "theme.py":
            assert not re.findall(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b", path.read_text()), path


def string_literals(path):
    """Every string constant in the code, docstrings left out."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef))
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    return [
        n.value
        for n in ast.walk(tree)
        if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docstrings
    ]


# A dashboard address, or a share-site path written by hand: "?figure=", "/source", "figures/x/", "../", "figures.csv".
HAND_BUILT_ADDRESS = re.compile(
    r"\?figure=|\?slide=|^/(source|figures|briefing|corrections)\b"
    r"|(^|/)(figures|embed|cards|charts|corrections)/|^\.\./|figures\.(csv|json|xlsx)|index\.html"
)


def test_addresses_live_in_the_routes():
    for path in CODE:
        if path.name != "urls.py":
            for text in string_literals(path):
                assert not HAND_BUILT_ADDRESS.search(text), f"{path.name}: {text!r}"
    for path in (ROOT / "indicators" / "templates").rglob("*.html"):
        for link in re.findall(r'(?:href|src)="([^"{]*)', path.read_text(encoding="utf-8")):
            assert not HAND_BUILT_ADDRESS.search(link), f"{path.name}: {link!r}"


def test_the_hand_built_address_rule_catches_what_it_should():
    for text in ("figures/x/", "../../", "corrections/index.html", "charts/a.svg", "figures.csv", "?figure=x"):
        assert HAND_BUILT_ADDRESS.search(text), text
    assert not HAND_BUILT_ADDRESS.search("All figures")


# The core caches nothing that depends on data (the dashboard does, keyed on the release's version);
# these build the template environment and the theme's CSS, which no data changes.
CORE_CACHES = {
    "render.py": {"environment", "stylesheet"},
    "language.py": {"catalog"},  # a language's compiled catalog
    "formatting.py": {"_converter"},  # OpenCC's character tables
}


def test_caching_lives_in_the_dashboard():
    for path in CORE:
        text = path.read_text()
        assert "memo" not in text and "lru_cache" not in text, path.name
        cached = {
            node.name
            for node in ast.walk(ast.parse(text))
            if isinstance(node, ast.FunctionDef)
            for decorator in node.decorator_list
            if "cache" in ast.unparse(decorator) and "cached_property" not in ast.unparse(decorator)
        }
        assert cached <= CORE_CACHES.get(path.name, set()), f"{path.name} caches {cached}"


def test_caching_lives_in_one_decorator():
    """Every cached builder of the dashboard goes through components/cached.py's `cached`: none is cached by
    Streamlit's own caches, which one message from any reader's connection clears for everyone."""
    for path in sorted((ROOT / "components").glob("*.py")):
        text = path.read_text(encoding="utf-8")
        assert "st.cache_resource" not in text and "st.cache_data" not in text, path.name


def test_the_formatter_is_trusted():
    for path in [*CODE, *(ROOT / "tests").rglob("*.py"), *(ROOT / "bench").glob("*.py")]:
        assert "fmt" + ": skip" not in path.read_text(), path


def test_no_test_loads_data_at_import_time():
    loaders = {"load", "check", "build_slides", "snapshot_html"}
    for path in (ROOT / "tests").rglob("test_*.py"):
        for node in ast.parse(path.read_text()).body:
            calls = [n for n in ast.walk(node) if isinstance(n, ast.Call) and getattr(n.func, "id", "") in loaders]
            assert not (isinstance(node, (ast.Assign, ast.Expr)) and calls), f"{path.name}:{node.lineno}"


# Core modules tested through another module's tests, and where: the one exception list to README's rule.
TESTED_IN = {
    "cards": "test_export.py",  # the cards are drawn and read back with the export
    "site": "test_export.py",  # the share pages are the export's output
    "grouping": "test_tables.py",
    "ids": "test_requests.py",  # the ids a correction retires, with what an address asking for one opens
    "library_check": "test_library.py",  # a library and its checks, on the same fixtures
    "release": "test_validate.py",  # a Release is what check() builds
    "problems": "test_loader.py",
    "qr": "browser/test_offline_slides.py",  # decoded from screenshots of the slides, as a phone reads them
    # The drafter's steps, each tested through the draft of a sentence or a release (tests/test_draft.py)
    **{step: "test_draft.py" for step in ("classify", "facts", "labels", "proposal", "propose", "score", "traps")},
    **{step: "test_draft.py" for step in ("update", "vocabulary", "writer", "structure", "when", "repeats")},
}


def test_one_test_module_per_core_module():
    for path in CORE:
        name = path.stem
        if name.startswith("__"):
            continue
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts)
        test = ROOT / "tests" / TESTED_IN.get(name, f"test_{name}.py")
        assert test.exists(), f"{module} has no tests/{test.name}"
        assert module in test.read_text() or name not in TESTED_IN, f"{test.name} never imports {module}"


def _project_module(name: str):
    path = ROOT / (name.replace(".", "/") + ".py")
    package = ROOT / name.replace(".", "/") / "__init__.py"
    return path if path.exists() else package if package.exists() else None


def dashboard_modules() -> dict[str, set[str]]:
    """Every project module the public dashboard (app.py) can reach, with what each imports."""
    reached: dict[str, set[str]] = {}
    todo = ["app"]
    while todo:
        name = todo.pop()
        path = ROOT / "app.py" if name == "app" else _project_module(name)
        if name in reached or path is None:
            continue
        imports = set()
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                imports |= {alias.name for alias in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: from the module's package
                    package = name.split(".")[: len(name.split(".")) - node.level + (path.name == "__init__.py")]
                    base = ".".join([*package, *([node.module] if node.module else [])])
                imports.add(base)
                imports |= {f"{base}.{alias.name}" for alias in node.names}
        reached[name] = imports
        todo += [m for m in imports if m.split(".")[0] in ("indicators", "components", "pages") and _project_module(m)]
    return reached


WRITES = re.compile(r"\.write_text\(|\.write_bytes\(|os\.replace\(|\.unlink\(|open\([^)]*['\"][wa]")


# Modules the dashboard reaches that write only scratch files, in a temporary folder they delete: never data
# (tests/test_pack.py proves it by running them).
SCRATCH_WRITERS = {"indicators.outputs.pack": "the press pack's HTML, for Chromium to print from a temporary folder"}


def test_the_public_dashboard_has_no_review_page_and_no_path_that_writes_data():
    reached = dashboard_modules()
    assert "indicators.checks.validate" in reached and "components.tiles" in reached  # the walk does reach the code
    for name, imports in reached.items():
        assert not {
            m for m in imports if m.startswith(("indicators.curation.review", "components.review", "ruamel"))
        }, name
        path = ROOT / "app.py" if name == "app" else _project_module(name)
        if name in SCRATCH_WRITERS:
            continue
        assert not WRITES.search(path.read_text(encoding="utf-8")), f"{name} writes a file"
    assert "indicators.curation.review" in dashboard_modules_of("review_app")


def dashboard_modules_of(script: str) -> set[str]:
    tree = ast.parse((ROOT / f"{script}.py").read_text(encoding="utf-8"))
    return {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        f"{n.module}.{a.name}" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) for a in n.names
    }


def test_yaml_is_written_one_way():
    """Every YAML the project writes goes through one ruamel round trip (curation/yamlfile.py): no template writes
    YAML, no module splices lines of it, no other module builds it."""
    assert not list((ROOT / "indicators").rglob("*.yaml")), "a YAML template"
    for path in [*CORE, *(ROOT / "components").glob("*.py"), ROOT / "review_app.py"]:
        imports_ruamel = any(m.startswith("ruamel") for m in imported_modules(path))
        assert not imports_ruamel or path.name == "yamlfile.py", f"{path.name} writes YAML itself"
