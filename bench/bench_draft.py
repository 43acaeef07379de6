"""Benchmark: `python -m indicators draft` on this release and on fictional ones it was never tuned on.

Each fictional release's answer key (tests/fixtures/drafts/*-expected.yaml) was fixed before the drafter
first ran on it. Scored by indicators.draft.score: recall (the key's figures proposed with the same sentence
and value, a range's upper end too), bounds lost or reversed, traps proposed, false figures, and labels
naming the thing counted (the label holds one of the key's `thing` stems; keys written before issue 16 have
none, so no label score). This release is scored on recall against every stated figure of the curated file.
Time is drafting, writing and validating the draft, against validating the curated file in the same run.

Targets (issue 16): recall at least 95% on each release, no bound lost or reversed, no trap proposed, at
most 2 false figures, at least 80% of labels naming the thing; drafting under 2 s.

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
from indicators.curation.draft import draft, write_draft
from indicators.curation.draft.score import score
from indicators.reading.source import normalise

DRAFTS = ROOT / "tests" / "fixtures" / "drafts"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    curated = load(ROOT / "data" / "indicators.yaml")
    stated = [{"sentence": normalise(f.quote), "value": float(f.value)} for f in curated.figures if not f.derived]
    cases = [("baoshan (this release)", curated.source_path(), {"figures": stated, "not_figures": []})]
    for text in sorted(DRAFTS.glob("*.txt")):
        key = yaml.safe_load((DRAFTS / f"{text.stem.split('-')[0]}-expected.yaml").read_text(encoding="utf-8"))
        cases.append((text.stem, text, key))
    baseline = median_seconds(lambda: check(ROOT / "data" / "indicators.yaml"), args.repeat)
    print(f"baseline: validating the curated file {baseline * 1000:6.1f} ms")
    with tempfile.TemporaryDirectory() as folder:
        for name, text, key in cases:
            result = score(draft(text), key)
            seconds = median_seconds(
                lambda text=text: write_draft(text, Path(folder) / text.stem / "d.yaml"), args.repeat
            )
            valid = check(Path(folder) / text.stem / "d.yaml")[0] is not None
            labelled = any("thing" in entry for entry in key["figures"])
            meets = (
                result.recall >= 0.95
                and not result.bounds_wrong
                and not result.traps
                and (not labelled or len(result.false_figures) <= 2 and result.label_share >= 0.80)
                and valid
                and seconds < 2
            )
            line = (
                result.line()
                if labelled
                else f"recall {result.found}/{result.expected} = {result.recall:.1%}; "
                + (f"traps proposed {len(result.traps)}")
            )
            print(
                f"{name:<24} {line}; draft + write + validate {seconds * 1000:5.1f} ms "
                f"({seconds / baseline:4.1f}x validating the curated file); {'meets' if meets else 'MISSES'}"
            )


if __name__ == "__main__":
    main()
