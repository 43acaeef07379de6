"""The interface's message catalogs, the ecosystem's way (Babel): extract every message from the code and the
templates, update the Simplified Chinese catalog (translated by us), make the Traditional Chinese one from it with
OpenCC's character tables, and compile both.

    python scripts/catalogs.py           # after changing any interface text: then translate what is new in
                                         # indicators/locale/zh_Hans/LC_MESSAGES/messages.po and run it again
    python scripts/catalogs.py --check   # what tests/test_catalogs.py checks: nothing stale, untranslated or uncompiled

English is the source text: it has no catalog of its own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po, write_po

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from indicators.view.formatting import traditional as traditional_characters

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "indicators" / "locale"
TEMPLATE = LOCALE / "messages.pot"
SIMPLIFIED, TRADITIONAL = "zh_Hans", "zh_Hant"
KEYWORDS = {"_": None, "gettext": None, "ngettext": (1, 2), "N_": None}
# Catalogs' dates held still: a rebuild that changes no message changes no file.
STAMP = dt.datetime(2026, 12, 3, tzinfo=dt.UTC)
# Where interface text lives: the core's view and outputs (with their templates), the dashboard's pieces.
SOURCES = ["indicators/view", "indicators/outputs", "components", "pages", "app.py"]
METHODS = [("**.py", "python"), ("**/templates/**.html", "jinja2"), ("**/templates/**.xml", "jinja2")]
OPTIONS = {"**/templates/**.html": {"extensions": "jinja2.ext.i18n"}, "**/templates/**.xml": {}}


def extracted() -> Catalog:
    """Every message the code and templates hold, with where it stands."""
    catalog = Catalog(project="baoshan-indicators", fuzzy=False, creation_date=STAMP, revision_date=STAMP)
    for source in SOURCES:
        path = ROOT / source
        found = (
            extract_from_dir(path, METHODS, keywords=KEYWORDS, options_map=OPTIONS)
            if path.is_dir()
            else [(path.name, *item) for item in _extract_file(path)]
        )
        for filename, line, message, comments, context in found:
            where = str(Path(source) / filename) if path.is_dir() else source
            catalog.add(message, locations=[(where, line)], auto_comments=comments, context=context)
    return catalog


def _extract_file(path: Path):
    from babel.messages.extract import extract

    with open(path, "rb") as file:
        yield from extract("python", file, keywords=KEYWORDS)


def _read(path: Path, locale: str | None = None) -> Catalog:
    with open(path, "rb") as file:
        return read_po(file, locale=locale)


def _read_mo(path: Path) -> Catalog:
    with open(path, "rb") as file:
        return read_mo(file)


def _po_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_po(out, catalog, width=116, omit_header=False, sort_output=True, include_previous=False)
    return out.getvalue()


def _mo_bytes(catalog: Catalog) -> bytes:
    out = io.BytesIO()
    write_mo(out, catalog, use_fuzzy=False)
    return out.getvalue()


def traditional(simplified: Catalog) -> Catalog:
    """The Traditional catalog: every Simplified translation in Taiwan's standard characters (OpenCC s2tw, the
    characters only: no word is swapped for another region's)."""
    convert = traditional_characters
    catalog = Catalog(
        locale=TRADITIONAL, project="baoshan-indicators", fuzzy=False, creation_date=STAMP, revision_date=STAMP
    )
    for message in simplified:
        if not message.id:
            continue
        if isinstance(message.string, (tuple, list)):
            string = tuple(convert(s) for s in message.string)
        else:
            string = convert(message.string) if message.string else ""
        catalog.add(message.id, string, locations=message.locations, flags=message.flags, context=message.context)
    return catalog


def paths(locale: str) -> tuple[Path, Path]:
    folder = LOCALE / locale / "LC_MESSAGES"
    return folder / "messages.po", folder / "messages.mo"


def build() -> None:
    template = extracted()
    LOCALE.mkdir(parents=True, exist_ok=True)
    TEMPLATE.write_bytes(_po_bytes(template))
    po, mo = paths(SIMPLIFIED)
    po.parent.mkdir(parents=True, exist_ok=True)
    simplified = (
        _read(po, SIMPLIFIED)
        if po.exists()
        else Catalog(locale=SIMPLIFIED, fuzzy=False, creation_date=STAMP, revision_date=STAMP)
    )
    simplified.creation_date = simplified.revision_date = STAMP
    simplified.update(template, no_fuzzy_matching=True)
    simplified.obsolete.clear()
    po.write_bytes(_po_bytes(simplified))
    mo.write_bytes(_mo_bytes(simplified))
    hant = traditional(simplified)
    po, mo = paths(TRADITIONAL)
    po.parent.mkdir(parents=True, exist_ok=True)
    po.write_bytes(_po_bytes(hant))
    mo.write_bytes(_mo_bytes(hant))
    missing = [m.id for m in simplified if m.id and not m.string]
    print(f"{len(template)} messages; {len(missing)} not yet translated in {paths(SIMPLIFIED)[0].relative_to(ROOT)}")


def problems() -> list[str]:
    """What is stale, untranslated or uncompiled; empty when the catalogs hold the interface as the code has it."""
    found = []
    template = extracted()
    ids = {m.id for m in template if m.id}
    if not TEMPLATE.exists() or {m.id for m in _read(TEMPLATE) if m.id} != ids:
        found.append("messages.pot is stale: run `python scripts/catalogs.py`")
    po, mo = paths(SIMPLIFIED)
    simplified = _read(po, SIMPLIFIED)
    have = {m.id for m in simplified if m.id}
    found += [f"{SIMPLIFIED}: no entry for {message!r}" for message in sorted(ids - have, key=str)]
    found += [f"{SIMPLIFIED}: an entry no code uses: {message!r}" for message in sorted(have - ids, key=str)]
    for message in simplified:
        strings = message.string if isinstance(message.string, (tuple, list)) else (message.string,)
        if message.id and (not all(strings) or message.fuzzy):
            found.append(f"{SIMPLIFIED}: untranslated or fuzzy: {message.id!r}")
    if _mo_bytes(simplified) != _mo_bytes(_read_mo(mo)):
        found.append(f"{SIMPLIFIED}: messages.mo is not compiled from messages.po: run `python scripts/catalogs.py`")
    po, mo = paths(TRADITIONAL)
    if not po.exists() or _po_bytes(_read(po, TRADITIONAL)) != _po_bytes(traditional(simplified)):
        found.append(f"{TRADITIONAL}: not converted from {SIMPLIFIED}: run `python scripts/catalogs.py`")
    if not mo.exists() or _mo_bytes(_read(po, TRADITIONAL)) != _mo_bytes(_read_mo(mo)):
        found.append(f"{TRADITIONAL}: messages.mo is not compiled: run `python scripts/catalogs.py`")
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="say what is stale, untranslated or uncompiled")
    args = parser.parse_args()
    if args.check:
        found = problems()
        for problem in found:
            print(problem, file=sys.stderr)
        return 1 if found else 0
    with tempfile.TemporaryDirectory():
        build()
    return 0


if __name__ == "__main__":
    sys.exit(main())
