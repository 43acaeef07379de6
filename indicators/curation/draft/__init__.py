"""`python -m indicators draft RELEASE.txt --out DRAFT.yaml`: a complete first draft of a dataset, for a
curator to review instead of typing.

The grammar that checks a value against its words (`numbers.read_numbers`) proposes values from words
here: every number the release states becomes a proposed figure (its whole sentence, the words that
state it, the value, a unit from the words that follow, a qualifier, a provisional label) or is set
aside under `not_figures` with a reason (dates, years, names and numbers glued into names, versions,
telephone numbers, claims of being first, figures of speech, orders of magnitude). The draft validates
as written, `--strict` included: anything the validator would refuse is set aside with its reason, so
nothing is lost and nothing is guessed silently; ambiguous cases carry a `# review:` comment.

`--update data/indicators.yaml` proposes only the numbers a curated file does not cover yet, and
`--write` appends them to its lists without touching a curated entry.
"""

from indicators.curation.draft.classify import draft
from indicators.curation.draft.proposal import Draft, Proposal, SetAside
from indicators.curation.draft.update import additions_yaml, append_to, uncovered
from indicators.curation.draft.writer import draft_yaml, write_draft

__all__ = [
    "Draft",
    "Proposal",
    "SetAside",
    "additions_yaml",
    "append_to",
    "draft",
    "draft_yaml",
    "uncovered",
    "write_draft",
]
