"""What Microsoft's Recognizers-Text and text2num read on the drafting keys, against the drafter's own grammar.

For each figure of the answer keys that say what a figure counts (tests/fixtures/drafts/*-expected.yaml with
`thing` stems), in the key's sentence: is the key's value found (a lenient test, in the libraries' favour: any
number the library reads in the sentence), is a change down read with its minus sign, is a range read as one
figure with both ends, and is the bound kept (a direction the reader can record)? Neither library is a project
dependency: install them to rerun this (`pip install recognizers-text-suite "emoji<1.0" text2num`; the
Recognizers-Text packages on PyPI import `emoji.UNICODE_EMOJI`, which emoji 1.0 removed).

    python bench/eval_libraries.py
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from indicators.curation.draft import draft
from indicators.curation.draft.score import KEY_BOUNDS, _matches, score
from indicators.reading.bounds import qualifier_direction
from indicators.reading.source import SourceText
from indicators.reading.yamlsafe import read_text

DRAFTS = ROOT / "tests" / "fixtures" / "drafts"


def keyed() -> list[tuple[Path, dict]]:
    """The releases whose keys say what each figure counts (and so its bound, range and sign)."""
    found = []
    for text in sorted(DRAFTS.glob("*.txt")):
        key = yaml.safe_load((DRAFTS / f"{text.stem.split('-')[0]}-expected.yaml").read_text(encoding="utf-8"))
        if any("thing" in entry for entry in key["figures"]):
            found.append((text, key))
    return found


def sentence_of(source: SourceText, piece: str) -> str:
    return next(s.text for s in source.sentences if piece in s.text)


def close(a: float, b: float) -> bool:
    """The same number, as a percentage or a fraction, or in full against its scale word ("2.4 trillion" read as
    2400000000000 is the key's 2.4): every convention counts, in the libraries' favour."""
    scaled = [a / scale for scale in (1, 1e3, 1e6, 1e9, 1e12)]
    return any(abs(x - b) <= 0.01 or abs(x - b * 100) <= 0.5 or abs(x * 100 - b) <= 0.5 for x in scaled)


def recognizers_values(sentence: str) -> list[float]:
    from recognizers_number import recognize_number, recognize_ordinal, recognize_percentage
    from recognizers_text import Culture

    values = []
    for recognize in (recognize_number, recognize_percentage, recognize_ordinal):
        for result in recognize(sentence, Culture.English):
            value = (result.resolution or {}).get("value")
            number = re.sub(r"[%,\s]", "", str(value or ""))
            try:
                values.append(float(number))
            except ValueError:
                continue
    return values


def text2num_values(sentence: str) -> list[float]:
    from text_to_num import alpha2digit

    digits = alpha2digit(sentence, "en")
    return [float(n.replace(",", "")) for n in re.findall(r"(?<![\w.])-?\d[\d,]*(?:\.\d+)?", digits)]


READERS = {"Recognizers-Text": recognizers_values, "text2num": text2num_values}


def main() -> None:
    try:
        import recognizers_number  # noqa: F401
        import text_to_num  # noqa: F401
    except ImportError:
        sys.exit('install the libraries first: pip install recognizers-text-suite "emoji<1.0" text2num')
    from recognizers_number import NumberRecognizer

    ranges_model = hasattr(NumberRecognizer, "get_number_range_model")
    fields = ("found", "figures", "signs", "negative", "ranges", "range_keys", "bounds", "bounded")
    counts = {name: dict.fromkeys(fields, 0) for name in ["drafter", *READERS]}
    seconds = dict.fromkeys(counts, 0.0)
    for text, key in keyed():
        source = SourceText(read_text(text))
        start = time.perf_counter()
        result = score(draft(text), key, source)
        seconds["drafter"] += time.perf_counter() - start
        entries = key["figures"]
        negative = [e for e in entries if e["value"] < 0]
        ranges = [e for e in entries if e.get("value_to") is not None]
        bounded = [e for e in entries if e.get("bound")]
        mine = counts["drafter"]
        proposals = draft(text).figures
        found = {id(e): next((p for p in proposals if _matches(p, e)), None) for e in entries}
        mine["found"] += result.found
        mine["figures"] += len(entries)
        mine["negative"] += len(negative)
        mine["signs"] += sum(found[id(e)] is not None for e in negative)
        mine["range_keys"] += len(ranges)
        mine["ranges"] += sum(found[id(e)] is not None for e in ranges)
        mine["bounded"] += len(bounded)
        mine["bounds"] += sum(
            found[id(e)] is not None and KEY_BOUNDS.get(qualifier_direction(found[id(e)].qualifier)) == e["bound"]
            for e in bounded
        )
        for name, read in READERS.items():
            tally = counts[name]
            for entry in entries:
                sentence = sentence_of(source, entry["sentence"])
                start = time.perf_counter()
                values = read(sentence)
                seconds[name] += time.perf_counter() - start
                tally["figures"] += 1
                tally["found"] += any(close(v, entry["value"]) for v in values)
                if entry["value"] < 0:
                    tally["negative"] += 1
                    tally["signs"] += any(abs(v - entry["value"]) <= 0.01 for v in values)
                if entry.get("value_to") is not None:
                    tally["range_keys"] += 1  # neither reader returns a range as one figure (see the docstring)
                if entry.get("bound"):
                    tally["bounded"] += 1  # nor a bound: Recognizers' number model gives a value, text2num digits
    print(f"Recognizers-Text on PyPI has a number-range model: {ranges_model}")
    for name, tally in counts.items():
        print(
            f"{name:<17} value found {tally['found']}/{tally['figures']} = {tally['found'] / tally['figures']:.0%}; "
            f"sign of a change down {tally['signs']}/{tally['negative']}; ranges as one figure "
            f"{tally['ranges']}/{tally['range_keys']}; bounds kept {tally['bounds']}/{tally['bounded']}; "
            f"{seconds[name] * 1000:.0f} ms"
        )


if __name__ == "__main__":
    main()
