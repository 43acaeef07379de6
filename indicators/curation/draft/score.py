"""Scoring a draft against an answer key written before the drafter ran (tests/fixtures/drafts/*-expected.yaml).

A key lists each figure by a piece of its sentence and its value (and `value_to` for a range), the bound its
words set (`upper`, `lower` or `approx`; none when absent) and `thing`: stems of what the number counts. It
lists the words that state no figure (`not_figures`), which a draft must never propose.

- recall: key figures the draft proposes with the same sentence and value (and range end);
- bounds lost or reversed: found figures whose qualifier does not say the key's bound;
- traps proposed: proposals whose words overlap a trap's words;
- false figures: proposals that match no key figure and no trap;
- labels naming the thing: found figures whose label holds one of the key's `thing` stems (a label that is
  only a unit, "Years" or "Km2", holds none: stems name what is counted, not how).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indicators.curation.draft.proposal import Draft, Proposal
from indicators.reading.bounds import Direction, qualifier_direction
from indicators.reading.source import normalise

# An answer key names a bound as it points: upper (at most), lower (at least), approx (about).
KEY_BOUNDS = {Direction.AT_MOST: "upper", Direction.AT_LEAST: "lower", Direction.ABOUT: "approx"}
TOLERANCE = 0.01  # "two-thirds" recorded as 66.67


@dataclass
class Score:
    expected: int
    found: int
    bounds_wrong: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    false_figures: list[str] = field(default_factory=list)
    labels_named: int = 0
    missed: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def label_share(self) -> float:
        return self.labels_named / self.found if self.found else 1.0

    def line(self) -> str:
        return (
            f"recall {self.found}/{self.expected} = {self.recall:.1%}; bounds lost or reversed {len(self.bounds_wrong)}; "
            f"traps proposed {len(self.traps)}; false figures {len(self.false_figures)}; labels naming the thing "
            f"{self.labels_named}/{self.found} = {self.label_share:.0%}"
        )


def _matches(proposal: Proposal, entry: dict) -> bool:
    if entry["sentence"] not in normalise(proposal.quote):
        return False
    if abs(float(proposal.value) - float(entry["value"])) > TOLERANCE:
        return False
    return entry.get("value_to") is None or (
        proposal.value_to is not None and abs(float(proposal.value_to) - float(entry["value_to"])) <= TOLERANCE
    )


def _names_the_thing(proposal: Proposal, stems: list[str]) -> bool:
    label = proposal.label.lower()
    return any(stem.lower() in label for stem in stems)


def _spans(text: str, words: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(words)
    while words and start >= 0:
        spans.append((start, start + len(words)))
        start = text.find(words, start + 1)
    return spans


def _in_trap(proposal: Proposal, traps: list[str]) -> bool:
    """The proposal's words overlap a trap's words where both stand in its sentence."""
    quote, words = normalise(proposal.quote), normalise(proposal.words)
    mine = _spans(quote, words)[:1]
    return any(ws < te and ts < we for trap in traps for ts, te in _spans(quote, trap) for ws, we in mine)


def score(draft: Draft, key: dict) -> Score:
    entries = key["figures"]
    traps = key.get("not_figures", [])
    result = Score(len(entries), 0)
    # Keys written before bounds were scored say none: only a key that gives bounds or things is held to them.
    detailed = any("thing" in entry or "bound" in entry for entry in entries)
    matched: set[int] = set()
    for entry in entries:
        found = next((p for p in draft.figures if _matches(p, entry)), None)
        if found is None:
            result.missed.append(f"{entry['sentence']} = {entry['value']}")
            continue
        matched.add(id(found))
        result.found += 1
        if detailed and KEY_BOUNDS.get(qualifier_direction(found.qualifier)) != entry.get("bound"):
            result.bounds_wrong.append(f"{found.words!r}: qualifier {found.qualifier!r}, key {entry.get('bound')}")
        if _names_the_thing(found, entry.get("thing", [])):
            result.labels_named += 1
        else:
            result.unnamed.append(f"{found.words!r}: {found.label!r}")
    for proposal in draft.figures:
        words = normalise(proposal.words)
        if _in_trap(proposal, traps):
            result.traps.append(words)
        elif id(proposal) not in matched:
            result.false_figures.append(f"{words!r} = {proposal.value:g}")
    return result
