"""`python -m indicators ...`: validate a dataset, export its JSON Schema, write the offline snapshot."""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

from indicators.checks.library_check import check_library
from indicators.checks.loader import ENV_VAR, default_path
from indicators.checks.validate import check
from indicators.curation.draft import additions_yaml, append_to, uncovered, write_draft
from indicators.curation.publish import PublishRefused, publish
from indicators.model.library import RELEASES
from indicators.model.schema import SCHEMA_PATH, json_schema, web_address
from indicators.reading.problems import errors
from indicators.reading.yamlsafe import YamlError, read_text
from indicators.view.urls import PRESS_PACK_PATH, SLIDES_PATH


def schema_text() -> str:
    return json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n"


def _validate(args: argparse.Namespace) -> int:
    path = Path(args.path) if args.path else default_path()
    library, problems = check_library(path)
    failures = errors(problems)
    warnings = [p for p in problems if p.severity == "warning"]
    for problem in problems:
        print(problem, file=sys.stderr if problem.severity == "error" else sys.stdout)
    if failures or (args.strict and warnings):
        print(
            f"{path}: {len(failures)} error(s), {len(warnings)} warning(s). Fix each line above, then run "
            f"`python -m indicators validate {path}` again.",
            file=sys.stderr,
        )
        return 1
    release = library.current
    earlier = len(library.releases) - 1
    print(
        f"{path}: valid. {len(release.figures)} figures in {len(release.pillars)} pillars; every quote is verbatim "
        f"in {release.info.source_text}, every value agrees with its words, every bound and change says what they mean, "
        "and every chart compares one measure"
        + (
            f". With {earlier} earlier briefing(s) under {RELEASES}/ ({sum(len(r.figures) for r in library.releases)} "
            f"figures in all): every id is unique and every series is one measure"
            if earlier
            else ""
        )
        + (f"; {len(warnings)} warning(s)." if warnings else ".")
    )
    return 0


def _publish(args: argparse.Namespace) -> int:
    data = Path(args.data) if args.data else default_path()
    try:
        published = publish(
            Path(args.draft), data, place_change=tuple(args.place_change) if args.place_change else None
        )
    except PublishRefused as refused:
        for problem in refused.problems:
            print(problem, file=sys.stderr)
        print(f"not published: {refused}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"not published (every step was undone): {error}", file=sys.stderr)
        return 1
    library = published.library
    if published.current:
        where = f"it is now the current briefing, {data}"
        if published.filed:
            where += f"; {published.filed} is filed under {data.parent / RELEASES / published.filed}"
    else:
        where = f"it is older than the current briefing, so it is filed under {data.parent / RELEASES / published.release_id}"
    print(
        f"published {published.release_id}: {where}. The library holds {len(library.releases)} briefing(s); every "
        "link ever published still opens its figure."
    )
    return 0


def _schema(args: argparse.Namespace) -> int:
    text = schema_text()
    if args.write:
        SCHEMA_PATH.write_text(text, encoding="utf-8")
        print(f"wrote {SCHEMA_PATH}")
    else:
        sys.stdout.write(text)
    return 0


def _export(args: argparse.Namespace) -> int:
    from indicators.outputs.cards import ImagesUnavailable
    from indicators.outputs.export import ExportRefused, describe, export  # kaleido loads only when exporting
    from indicators.outputs.pack import PackUnavailable

    for option, address in (("--base-url", args.base_url), ("--dashboard-url", args.dashboard_url)):
        try:
            if address:
                web_address(address)
        except ValueError:
            print(
                f"{option} {address!r} is not an http(s) address; give where the pages will be served", file=sys.stderr
            )
            return 2
    path = Path(args.data) if args.data else default_path()
    library, problems = check_library(path)
    if library is None:
        for problem in problems:
            print(problem, file=sys.stderr)
        print(
            f"{path}: not exported; fix the errors above first (`python -m indicators validate {path}`).",
            file=sys.stderr,
        )
        return 1
    if not args.base_url:
        print(
            "No --base-url: the share pages, embeds, corrections pages and Atom feed are not written (a link preview "
            "needs the site's absolute address). Give --base-url https://... (where the folder will be served) to "
            "write them; the snapshot, data files, slides and images are written either way.",
            file=sys.stderr,
        )
    try:
        result = export(
            library,
            Path(args.out),
            pack=not args.no_pack,
            base_url=args.base_url,
            images=not args.no_images,
            dashboard_url=args.dashboard_url,
            progress=sys.stderr.isatty(),
        )
    except OSError as error:
        print(f"cannot write to {args.out}: {error.strerror or error}", file=sys.stderr)
        return 1
    except (ImagesUnavailable, PackUnavailable) as error:
        print(f"{args.out}: not written (the folder is as it was): {error}", file=sys.stderr)
        return 1
    except ExportRefused as error:
        print(f"not exported: {error}", file=sys.stderr)
        return 1
    print(describe(result))
    return 0


def _draft(args: argparse.Namespace) -> int:

    release_text = Path(args.release)
    if args.update:
        try:
            additions, _ = uncovered(Path(args.update))
        except ValueError as error:
            print(f"{args.update}: {error}", file=sys.stderr)
            return 1

        print(
            f"{args.update}: {len(additions.figures)} figure(s) and {len(additions.not_figures)} number(s) to set "
            "aside that it does not cover yet:"
        )
        print(additions_yaml(additions), end="")
        if args.write and (additions.figures or additions.not_figures):
            append_to(Path(args.update), additions)
            print(f"appended to {args.update}; review each `# review:` line, then validate it")
        return 0
    if not args.out:
        print("give --out DRAFT.yaml (or --update CURATED.yaml)", file=sys.stderr)
        return 2
    try:
        result, out = write_draft(release_text, Path(args.out))
    except YamlError as error:
        print(f"{release_text}: {error.message}", file=sys.stderr)
        return 1
    start = time.perf_counter()
    release, problems = check(out)
    state = "valid" if release is not None else "NOT valid (a bug: please report it)"
    warnings = sum(p.severity == "warning" for p in problems)
    print(
        f"wrote {out}: {len(result.figures)} figures proposed, {len(result.not_figures)} numbers set aside with a "
        f"reason; {state}, {warnings} warning(s) ({(time.perf_counter() - start) * 1000:.0f} ms to validate). Every "
        f"figure is pending review: `python -m indicators review {out}`, then `python -m indicators validate --strict "
        f"{out}`."
    )
    return 0 if release is not None else 1


def _is_live(path: Path) -> bool:
    """Whether readers read this file: the dashboard's data file, or a library's current file (a `releases/`
    folder beside it). On such a file an accepted figure may have been linked to, and is never taken back."""
    return path == default_path().resolve() or (path.parent / RELEASES).is_dir()


# Who may reach the review page: this machine's names for itself, and the address it was told to listen on.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def _review(args: argparse.Namespace) -> int:
    """Serve the review page for one draft, on this machine only unless --address says otherwise."""
    path = Path(args.path).resolve()
    try:
        read_text(path)
    except YamlError as error:
        print(f"{path}: {error.message}", file=sys.stderr)
        return 1
    root = Path(__file__).resolve().parent.parent
    hosts = [host for host in dict.fromkeys([*LOCAL_HOSTS, args.address]) if host not in ("0.0.0.0", "::")]
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(root / "review_app.py"),
        "--server.address",
        args.address,
        "--server.port",
        str(args.port),
        "--server.headless",
        "true",
        "--server.fileWatcherType",
        "none",
        "--browser.gatherUsageStats",
        "false",
        # A page on another site that points its own name at this address (DNS rebinding) is refused: only a
        # Host this machine answers to opens the page's connection, the one that writes the file.
        *(option for host in hosts for option in ("--server.allowedHosts", host)),
    ]
    environment = {**os.environ, "INDICATORS_REVIEW_FILE": str(path)}
    if _is_live(path):
        environment["INDICATORS_REVIEW_LIVE"] = "1"
    print(f"Reviewing {path} at http://{args.address}:{args.port}/ (Ctrl+C to stop)", flush=True)
    # The review page takes this process's place (exec): a stop signal reaches Streamlit itself, never
    # leaving a server running behind a parent that is gone.
    os.chdir(root)
    os.execve(sys.executable, command, environment)
    return 0  # not reached


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m indicators", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    validate = commands.add_parser("validate", help="check a dataset; exit 1 on any error")
    validate.add_argument("path", nargs="?", help=f"the YAML file (default: ${ENV_VAR}, else data/indicators.yaml)")
    validate.add_argument("--strict", action="store_true", help="treat warnings (figures left out) as errors")
    validate.set_defaults(run=_validate)
    schema = commands.add_parser("schema", help="print the JSON Schema generated from the models")
    schema.add_argument("--write", action="store_true", help=f"write it to {SCHEMA_PATH.name} in schema/")
    schema.set_defaults(run=_schema)
    exporter = commands.add_parser("export", help="write the static site: snapshot, share pages, data, images")
    exporter.add_argument("--out", required=True, help="the folder to write (created if missing)")
    exporter.add_argument("--data", help=f"the YAML file (default: ${ENV_VAR}, else data/indicators.yaml)")
    exporter.add_argument(
        "--base-url", help="where the folder will be served (https://...): writes a share page and embed per figure"
    )
    exporter.add_argument("--dashboard-url", help="the live dashboard's address, linked from every share page")
    exporter.add_argument(
        "--no-images", "--no-cards", action="store_true", help="skip the cards and chart images (they need Chromium)"
    )
    exporter.add_argument(
        "--no-pack", action="store_true", help=f"skip the briefing pack ({SLIDES_PATH} and {PRESS_PACK_PATH})"
    )
    exporter.set_defaults(run=_export)
    drafter = commands.add_parser("draft", help="draft a dataset from a release's text, every number proposed")
    drafter.add_argument("release", help="the release text (UTF-8)")
    drafter.add_argument("--out", help="the draft YAML to write (the text is copied beside it if it is not)")
    drafter.add_argument("--update", metavar="CURATED", help="list what a curated file does not cover yet, instead")
    drafter.add_argument("--write", action="store_true", help="with --update: append the proposals to the file")
    drafter.set_defaults(run=_draft)
    reviewer = commands.add_parser("review", help="serve a page to accept or reject each figure pending review")
    reviewer.add_argument("path", help="the draft YAML (written by `draft`)")
    reviewer.add_argument("--port", type=int, default=8502, help="the port to serve on (default 8502)")
    reviewer.add_argument(
        "--address", default="127.0.0.1", help="the address to listen on (default 127.0.0.1: this machine only)"
    )
    reviewer.set_defaults(run=_review)
    publisher = commands.add_parser(
        "publish", help="publish a reviewed briefing: the current one is filed under releases/, nothing is lost"
    )
    publisher.add_argument(
        "draft", help="the reviewed YAML (`validate --strict` must pass), its release text beside it"
    )
    publisher.add_argument(
        "--data", help=f"the library's current file (default: ${ENV_VAR}, else data/indicators.yaml)"
    )
    publisher.add_argument(
        "--place-change",
        nargs=2,
        metavar=("FROM", "TO"),
        help="publish a briefing of another place into this library on purpose, naming both (the library's, the draft's)",
    )
    publisher.set_defaults(run=_publish)
    args = parser.parse_args(argv)
    return args.run(args)
