"""Benchmark: `python -m indicators draft` on this release and on releases it was never tuned on.

Each fictional release's answer key (tests/fixtures/drafts/*-expected.yaml) was fixed before the drafter
first ran on it. Scored by indicators.curation.draft.score: recall (the key's figures proposed with the same
sentence and value, a range's upper end too), bounds lost or reversed, ranges split, signs lost, traps proposed
(list numerals, clock times, dates, names), proposals that are not figures as a share of all proposals, labels
naming the thing counted (the label holds one of the key's `thing` stems and none of its `not` stems; keys written
before issue 16 have none, so no label score), periods, and the release's facts (publisher, district, date and
address right where the text states them, listed in `to_confirm` where not). This release is scored against
every stated figure of the curated file. Time is drafting, writing and validating the draft, against validating
the curated file in the same run.

Targets (issue 27), per release and in total: recall at least 97%, no bound lost or reversed, no range split, no
sign lost, no trap proposed, non-figures at most 5% of proposals, at least 80% of labels naming the thing, every
fact right or flagged, the draft valid as written, under 2 s.

    python bench/bench_draft.py [--repeat N] [--detail]
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
from indicators.curation.draft import draft, write_draft
from indicators.curation.draft.score import Score, key_of_curated, score
from indicators.reading.source import SourceText
from indicators.reading.yamlsafe import read_text

DRAFTS = ROOT / "tests" / "fixtures" / "drafts"


def cases() -> list[tuple[str, Path, dict]]:
    curated = load(ROOT / "data" / "indicators.yaml")
    found = [("baoshan (this release)", curated.source_path(), key_of_curated(curated))]
    for text in sorted(DRAFTS.glob("*.txt")):
        key = yaml.safe_load((DRAFTS / f"{text.stem.split('-')[0]}-expected.yaml").read_text(encoding="utf-8"))
        found.append((text.stem, text, key))
    return found


def meets(result: Score, valid: bool, seconds: float) -> bool:
    return (
        result.recall >= 0.97
        and not result.bounds_wrong
        and not result.ranges_split
        and not result.signs_lost
        and not result.traps
        and result.non_figure_share <= 0.05
        and result.label_share >= 0.80
        and not result.facts_wrong
        and valid
        and seconds < 2
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--detail", action="store_true", help="list what each release misses")
    args = parser.parse_args()
    baseline = median_seconds(lambda: check(ROOT / "data" / "indicators.yaml"), args.repeat)
    print(f"baseline: validating the curated file {baseline * 1000:6.1f} ms")
    total, all_valid, slowest = None, True, 0.0
    with tempfile.TemporaryDirectory() as folder:
        for name, text, key in cases():
            try:
                result = score(draft(text), key, SourceText(read_text(text)))
            except Exception as error:  # noqa: BLE001 (a crash is a result too: recorded, the others still run)
                print(f"{name:<24} CRASHED: {type(error).__name__}: {error}; MISSES")
                all_valid = False
                continue
            seconds = median_seconds(
                lambda text=text: write_draft(text, Path(folder) / text.stem / "d.yaml"), args.repeat
            )
            valid = check(Path(folder) / text.stem / "d.yaml")[0] is not None
            total = result if total is None else total.add(result)
            all_valid, slowest = all_valid and valid, max(slowest, seconds)
            print(
                f"{name:<24} {result.line()}; {'valid' if valid else 'NOT VALID'}; draft + write + validate "
                f"{seconds * 1000:5.1f} ms ({seconds / baseline:4.1f}x); {'meets' if meets(result, valid, seconds) else 'MISSES'}"
            )
            if args.detail:
                for what in ("missed", "bounds_wrong", "ranges_split", "signs_lost", "traps", "false_figures"):
                    for item in getattr(result, what):
                        print(f"    {what}: {item}")
                for what in ("unnamed", "periods_wrong", "facts_wrong"):
                    for item in getattr(result, what):
                        print(f"    {what}: {item}")
    print(
        f"{'total':<24} {total.line()}; slowest {slowest * 1000:.0f} ms; "
        f"{'meets' if meets(total, all_valid, slowest) else 'MISSES'}"
    )


if __name__ == "__main__":
    main()
