"""What quantulum3 and text2num read on the drafting fixtures, against the drafter's own grammar.

For each figure of the answer keys written before the drafter ran (tests/fixtures/drafts/{riverbend,
eastport,millbrook}-expected.yaml), does the reader find the key's value (and a range's upper end) in the
key's sentence, and does it keep the bound? Neither library is a project dependency: install them to rerun
this (`pip install quantulum3 text2num`).

    python bench/eval_libraries.py
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicators.curation.draft import draft
from indicators.curation.draft.score import score
from indicators.reading.source import SourceText

DRAFTS = ROOT / "tests" / "fixtures" / "drafts"
NAMES = ["riverbend", "eastport", "millbrook"]


def sentence_of(source: SourceText, piece: str) -> str:
    return next(s.text for s in source.sentences if piece in s.text)


def close(a: float, b: float) -> bool:
    return abs(a - b) <= 0.01 or abs(a - b * 100) <= 0.5 or abs(a * 100 - b) <= 0.5


def quantulum_values(sentence: str) -> list[tuple[float, float | None]]:
    from quantulum3 import parser

    found = []
    for quantity in parser.parse(sentence):
        low = quantity.value
        high = None
        if quantity.uncertainty is not None:
            high = None
        found.append((low, high))
        if hasattr(quantity, "span") and "to" in quantity.surface:
            found.append((low, high))
    return found


def text2num_values(sentence: str) -> list[float]:
    import re

    from text_to_num import alpha2digit

    digits = alpha2digit(sentence, "en")
    return [float(n.replace(",", "")) for n in re.findall(r"\d[\d,]*(?:\.\d+)?", digits)]


def main() -> None:
    try:
        import quantulum3  # noqa: F401
        import text_to_num  # noqa: F401
    except ImportError:
        sys.exit("install the libraries first: pip install quantulum3 text2num")
    totals = {"drafter": [0, 0], "quantulum3": [0, 0], "text2num": [0, 0]}
    timings = {"drafter": 0.0, "quantulum3": 0.0, "text2num": 0.0}
    for name in NAMES:
        text = next(DRAFTS.glob(f"{name}-*.txt"))
        key = yaml.safe_load((DRAFTS / f"{name}-expected.yaml").read_text(encoding="utf-8"))
        source = SourceText(text.read_text(encoding="utf-8"))
        start = time.perf_counter()
        result = score(draft(text), key)
        timings["drafter"] += time.perf_counter() - start
        totals["drafter"][0] += result.found
        totals["drafter"][1] += result.expected
        for entry in key["figures"]:
            sentence = sentence_of(source, entry["sentence"])
            start = time.perf_counter()
            values = [low for low, _ in quantulum_values(sentence)]
            timings["quantulum3"] += time.perf_counter() - start
            totals["quantulum3"][0] += any(close(v, entry["value"]) for v in values)
            totals["quantulum3"][1] += 1
            start = time.perf_counter()
            numbers = text2num_values(sentence)
            timings["text2num"] += time.perf_counter() - start
            totals["text2num"][0] += any(close(v, entry["value"]) for v in numbers)
            totals["text2num"][1] += 1
    for reader, (found, total) in totals.items():
        print(
            f"{reader:<11} finds the key's value in its sentence: {found}/{total} = {found / total:.0%} "
            f"({timings[reader] * 1000:.0f} ms)"
        )


if __name__ == "__main__":
    main()
