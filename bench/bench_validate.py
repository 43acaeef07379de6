"""Benchmark: load + validate the real dataset, and a generated release of 10,000 indicators.

Prints the median time of each, and its ratio to a baseline measured in the same run: parsing the
same file with PyYAML's fastest safe loader (`yaml.load(..., CSafeLoader)`), which is the least any
YAML-based check can cost. Targets (dataset issue): real file under 50 ms, 10,000 indicators under 2 s,
an alias bomb refused within a second.

    python bench/bench_validate.py [--repeat N]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicators import check

UNITS = ["projects", "billion yuan", "%", "people", "rank"]


def generate(folder: Path, count: int) -> Path:
    """A release text of ``count`` sentences and a dataset with one indicator per sentence."""
    sentences, indicators = [], []
    for n in range(count):
        unit = UNITS[n % len(UNITS)]
        number = f"{n + 1:,}"
        words = {"%": f"{(n % 1000) / 10:.1f}%", "rank": "ranked third", "billion yuan": f"{number} billion yuan"}
        figure = words.get(unit, f"{number} {unit}")
        value = {"%": (n % 1000) / 10, "rank": 3}.get(unit, n + 1)
        sentence = f"In area {n}, the district reported {figure} for item {n}."
        sentences.append(sentence)
        indicators.append(
            {
                "id": f"figure-{n}",
                "label": f"Figure {n}",
                "value": value,
                "unit": unit,
                "pillar": f"pillar-{n % 4}",
                "quote": sentence,
                "figure": figure,
            }
        )
    paragraphs = ["I. Generated part", *(" ".join(sentences[i : i + 10]) for i in range(0, count, 10))]
    (folder / "source").mkdir(exist_ok=True)
    (folder / "source" / "generated.txt").write_text("\n\n".join(paragraphs), encoding="utf-8")
    data = {
        "release": {
            "id": "generated",
            "title": "Generated release",
            "publisher": "Benchmark",
            "date": "2020-01-01",
            "source_text": "source/generated.txt",
        },
        "pillars": [{"id": f"pillar-{n}", "title": f"Pillar {n}"} for n in range(4)],
        "indicators": indicators,
    }
    path = folder / "indicators.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def median_seconds(action, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure(name: str, path: Path, repeat: int, target: float) -> None:
    baseline = median_seconds(lambda: yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader), repeat)
    checked = median_seconds(lambda: check(path), repeat)
    release, problems = check(path)
    assert release is not None, problems[:3]
    verdict = "meets" if checked < target else "MISSES"
    print(
        f"{name:<28} {len(release.figures):>6} figures  validate {checked * 1000:8.1f} ms  "
        f"baseline {baseline * 1000:8.1f} ms  ratio {checked / baseline:5.2f}x  "
        f"target {target * 1000:.0f} ms: {verdict}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    measure("real file", ROOT / "data" / "indicators.yaml", args.repeat * 3, 0.050)
    with tempfile.TemporaryDirectory() as folder:
        measure("generated release", generate(Path(folder), 10_000), args.repeat, 2.0)
    bomb = ROOT / "tests" / "fixtures" / "bad" / "alias-bomb.yaml"
    refused = median_seconds(lambda: check(bomb), args.repeat)
    real = median_seconds(lambda: check(ROOT / "data" / "indicators.yaml"), args.repeat)
    print(
        f"{'alias bomb (9^9 nodes)':<28} refused in {refused * 1000:.1f} ms, {refused / real:.2f}x the real file's "
        f"check; target 1000 ms: {'meets' if refused < 1 else 'MISSES'}"
    )


if __name__ == "__main__":
    main()
