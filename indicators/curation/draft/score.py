"""Scoring a draft against an answer key written before the drafter ran (tests/fixtures/drafts/*-expected.yaml).

A key lists each figure by a piece of its sentence and its value (and `value_to` for a range; a negative value for
a change down, the sign being the direction), the bound its words set (`upper`, `lower` or `approx`; none when
absent), `thing`: stems of what the number counts, `not`: stems its label must not hold (the neighbouring item of
an enumeration, the wrong kind), and `period`: a stem the figure's `period` holds. It lists the words that state no
figure (`not_figures`: list numerals, clock times, dates, names), which a draft must never propose, and `facts`:
the release's publisher, district, date and source_url as its text states them, null where it does not.

- recall: key figures the draft proposes with the same sentence and value (and range end);
- bounds lost or reversed: found figures whose qualifier does not say the key's bound;
- ranges split: key ranges proposed as one end (or both ends apart), not as one figure;
- signs lost: key changes down proposed with the sign lost (the magnitude, positive);
- traps proposed: proposals that match no key figure and whose words overlap a `not_figures` entry;
- false figures: proposals that match no key figure and no trap;
- non-figures: traps and false figures, as a share of all proposals;
- labels naming the thing: found figures whose label holds one of the key's `thing` stems and none of its `not`
  stems (a label that is only a unit, "Years" or "Km2", holds none: stems name what is counted, not how);
- periods: found figures whose `period` holds the key's `period` stem;
- facts: each fact the text states read right, each it does not listed in `release.to_confirm`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from indicators.curation.draft.proposal import Draft, Proposal
from indicators.reading.bounds import Change, Direction, label_changes, qualifier_direction
from indicators.reading.source import SourceText, normalise

# An answer key names a bound as it points: upper (at most), lower (at least), approx (about).
KEY_BOUNDS = {Direction.AT_MOST: "upper", Direction.AT_LEAST: "lower", Direction.ABOUT: "approx"}
TOLERANCE = 0.01  # "two-thirds" recorded as 66.67
FACTS = ("publisher", "district", "date", "source_url")


@dataclass
class Score:
    expected: int
    found: int
    proposed: int = 0
    bounds_wrong: list[str] = field(default_factory=list)
    ranges_split: list[str] = field(default_factory=list)
    signs_lost: list[str] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    false_figures: list[str] = field(default_factory=list)
    labels_named: int = 0
    labels_scored: int = 0
    periods_right: int = 0
    periods_scored: int = 0
    facts_wrong: list[str] = field(default_factory=list)
    facts_scored: int = 0
    missed: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)
    periods_wrong: list[str] = field(default_factory=list)

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def label_share(self) -> float:
        return self.labels_named / self.labels_scored if self.labels_scored else 1.0

    @property
    def non_figures(self) -> int:
        return len(self.traps) + len(self.false_figures)

    @property
    def non_figure_share(self) -> float:
        return self.non_figures / self.proposed if self.proposed else 0.0

    def line(self) -> str:
        labels = (
            f"labels naming the thing {self.labels_named}/{self.labels_scored} = {self.label_share:.0%}"
            if self.labels_scored
            else "labels not keyed"
        )
        periods = f"; periods {self.periods_right}/{self.periods_scored}" if self.periods_scored else ""
        facts = f"facts wrong {len(self.facts_wrong)}/{self.facts_scored}" if self.facts_scored else "facts not keyed"
        return (
            f"recall {self.found}/{self.expected} = {self.recall:.1%}; bounds lost or reversed {len(self.bounds_wrong)}; "
            f"ranges split {len(self.ranges_split)}; signs lost {len(self.signs_lost)}; traps proposed "
            f"{len(self.traps)}; non-figures {self.non_figures}/{self.proposed} = {self.non_figure_share:.1%}; "
            f"{labels}{periods}; {facts}"
        )

    def add(self, other: Score) -> Score:
        """The sum of two scores (the bench's total over every release)."""
        total = Score(self.expected + other.expected, self.found + other.found, self.proposed + other.proposed)
        for name in (
            "bounds_wrong",
            "ranges_split",
            "signs_lost",
            "traps",
            "false_figures",
            "facts_wrong",
            "missed",
            "unnamed",
            "periods_wrong",
        ):
            setattr(total, name, getattr(self, name) + getattr(other, name))
        for name in ("labels_named", "labels_scored", "periods_right", "periods_scored", "facts_scored"):
            setattr(total, name, getattr(self, name) + getattr(other, name))
        return total


def _close(a: float, b: float) -> bool:
    return abs(float(a) - float(b)) <= TOLERANCE


def _in_sentence(proposal: Proposal, entry: dict) -> bool:
    return entry["sentence"] in normalise(proposal.quote)


def _matches(proposal: Proposal, entry: dict) -> bool:
    if not _in_sentence(proposal, entry) or not _close(proposal.value, entry["value"]):
        return False
    if entry.get("value_to") is None:
        return proposal.value_to is None
    return proposal.value_to is not None and _close(proposal.value_to, entry["value_to"])


def _names_the_thing(proposal: Proposal, entry: dict) -> bool:
    label = proposal.label.lower()
    named = any(stem.lower() in label for stem in entry.get("thing", []))
    return named and not any(stem.lower() in label for stem in entry.get("not", []))


def _spans(text: str, words: str) -> list[tuple[int, int]]:
    spans, start = [], text.find(words)
    while words and start >= 0:
        spans.append((start, start + len(words)))
        start = text.find(words, start + 1)
    return spans


def _in_trap(proposal: Proposal, traps: list[str], source: SourceText | None) -> bool:
    """The proposal's words overlap a trap's words where both stand: in the release's paragraph when the source is
    given (a list numeral stands in the sentence before its item), else in the proposal's sentence."""
    if source is not None:
        span = source.words_span(proposal.quote, proposal.words)
        if span is not None:
            return any(
                t.paragraph == span.paragraph and t.start < span.end and span.start < t.end
                for trap in traps
                for t in source.occurrences(trap)
            )
    quote, words = normalise(proposal.quote), normalise(proposal.words)
    mine = _spans(quote, words)[:1]
    return any(ws < te and ts < we for trap in traps for ts, te in _spans(quote, trap) for ws, we in mine)


def _fact_problems(draft: Draft, facts: dict) -> tuple[int, list[str]]:
    """Each fact the key states that the draft reads otherwise, and each the text does not state that the draft does
    not list in `to_confirm`."""
    problems, scored = [], 0
    to_confirm = set(draft.release.get("to_confirm") or [])
    for name in FACTS:
        if name not in facts:
            continue
        scored += 1
        expected, drafted = facts[name], draft.release.get(name)
        if expected is None:
            if name not in to_confirm:
                problems.append(f"{name}: the text does not state it, the draft says {drafted!r} and does not flag it")
        elif name in to_confirm or normalise(str(drafted or "")).lower() != normalise(str(expected)).lower():
            flagged = " (flagged to confirm)" if name in to_confirm else ""
            problems.append(f"{name}: the text states {expected!r}, the draft says {drafted!r}{flagged}")
    return scored, problems


def score(draft: Draft, key: dict, source: SourceText | None = None) -> Score:
    entries = key["figures"]
    traps = key.get("not_figures", [])
    result = Score(len(entries), 0, len(draft.figures))
    # Keys written before bounds were scored say none: only a key that gives bounds or things (or says
    # `bounds_scored`) is held to them.
    detailed = key.get("bounds_scored") or any("thing" in entry or "bound" in entry for entry in entries)
    matched: set[int] = set()
    for entry in entries:
        found = next((p for p in draft.figures if id(p) not in matched and _matches(p, entry)), None)
        if found is None:
            result.missed.append(f"{entry['sentence']} = {entry['value']}")
            near = [p for p in draft.figures if _in_sentence(p, entry)]
            ends = [entry["value"], entry.get("value_to")]
            if entry.get("value_to") is not None and any(any(_close(p.value, e) for e in ends) for p in near):
                result.ranges_split.append(f"{entry['sentence']}: {entry['value']} to {entry['value_to']}")
            if entry["value"] < 0 and any(_close(p.value, -entry["value"]) for p in near):
                result.signs_lost.append(f"{entry['sentence']}: {entry['value']}")
            continue
        matched.add(id(found))
        result.found += 1
        if detailed and KEY_BOUNDS.get(qualifier_direction(found.qualifier)) != entry.get("bound"):
            result.bounds_wrong.append(f"{found.words!r}: qualifier {found.qualifier!r}, key {entry.get('bound')}")
        if "thing" in entry:
            result.labels_scored += 1
            if _names_the_thing(found, entry):
                result.labels_named += 1
            else:
                result.unnamed.append(f"{found.words!r}: {found.label!r}")
        if "period" in entry:
            result.periods_scored += 1
            if entry["period"].lower() in (found.period or "").lower():
                result.periods_right += 1
            else:
                result.periods_wrong.append(f"{found.words!r}: period {found.period!r}, key {entry['period']!r}")
    for proposal in draft.figures:
        if id(proposal) in matched:
            continue
        words = normalise(proposal.words)
        if _in_trap(proposal, traps, source):
            result.traps.append(words)
        else:
            result.false_figures.append(f"{words!r} = {proposal.value:g}")
    if "facts" in key:
        result.facts_scored, result.facts_wrong = _fact_problems(draft, key["facts"])
    return result


def key_of_curated(release) -> dict:
    """An answer key from a curated release (every stated figure, its bound, its range end; its facts as the text
    states them). A curated change down whose label names the fall ("Reduction in ...", value 70) is keyed as the
    drafter records it: the sign is the direction (-70)."""
    figures = []
    for figure in release.figures:
        if figure.derived:
            continue
        value = float(figure.value)
        if value > 0 and label_changes(figure.label) == {Change.DOWN}:
            value = -value
        entry = {"sentence": normalise(figure.quote), "value": value}
        if figure.value_to is not None:
            entry["value_to"] = float(figure.value_to)
        bound = KEY_BOUNDS.get(qualifier_direction(figure.qualifier))
        if bound:
            entry["bound"] = bound
        figures.append(entry)
    text = " ".join(p.text for p in release.source.paragraphs)
    info = release.info
    facts = {
        "publisher": info.publisher if info.publisher in text else None,
        "district": info.district if info.district and info.district in text else None,
        "date": info.date,
        "source_url": info.source_url if info.source_url and info.source_url in text else None,
    }
    return {"figures": figures, "not_figures": [], "facts": facts, "bounds_scored": True}
