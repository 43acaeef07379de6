"""Benchmark: `python -m indicators draft` on this release and on two it was never shown.

Recall is the share of a curator's figures (this release: every stated figure of data/indicators.yaml;
the fictional releases: tests/fixtures/drafts/*-expected.yaml) that the draft proposes with the same
sentence and value; traps are the words of the answer keys that state no figure (dates, names, years,
versions, grades), which the draft must never propose. Time is drafting, writing and validating the
draft, against validating the curated file in the same run (the baseline: what checking a finished
dataset already costs).

Targets (issue 13): at least 95% recall on this release, 90% on the others, no trap proposed, seconds.

    python bench/bench_draft.py [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.bench_validate import median_seconds
from indicators import check, load
from indicators.draft import draft, write_draft
from indicators.source import normalise

DRAFTS = ROOT / "tests" / "fixtures" / "drafts"


def recall(result, expected: list[tuple[str, float]]) -> tuple[int, int]:
    found = sum(
        any(sentence in normalise(f.quote) and abs(f.value - value) < 1e-9 for f in result.figures)
        for sentence, value in expected
    )
    return found, len(expected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    curated = load(ROOT / "data" / "indicators.yaml")
    cases = [
        (
            "baoshan (this release)",
            curated.source_path(),
            [(normalise(f.quote), float(f.value)) for f in curated.figures if not f.derived],
            [],
            0.95,
        )
    ]
    for text in sorted(DRAFTS.glob("*.txt")):
        key = yaml.safe_load((DRAFTS / f"{text.stem.split('-')[0]}-expected.yaml").read_text(encoding="utf-8"))
        cases.append((text.stem, text, [(e["sentence"], e["value"]) for e in key["figures"]], key["not_figures"], 0.90))
    baseline = median_seconds(lambda: check(ROOT / "data" / "indicators.yaml"), args.repeat)
    print(f"baseline: validating the curated file {baseline * 1000:6.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        for name, text, expected, traps, target in cases:
            result = draft(text)
            found, total = recall(result, expected)
            proposed_traps = [t for t in traps if any(t in f.words or f.words in t for f in result.figures)]
            seconds = median_seconds(
                lambda text=text: write_draft(text, Path(folder) / text.stem / "d.yaml"), args.repeat
            )
            valid = check(Path(folder) / text.stem / "d.yaml")[0] is not None
            verdict = "meets" if found / total >= target and not proposed_traps and valid else "MISSES"
            print(
                f"{name:<26} recall {found}/{total} = {found / total:6.1%} (target {target:.0%}: {verdict}); "
                f"{len(result.figures)} proposed, {len(result.not_figures)} set aside, traps proposed: "
                f"{len(proposed_traps)}; draft + write + validate {seconds * 1000:6.1f} ms "
                f"({seconds / baseline:4.1f}x validating the curated file); valid: {valid}"
            )


if __name__ == "__main__":
    main()
