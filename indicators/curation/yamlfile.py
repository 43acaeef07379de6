"""YAML written one way: every file the curation tools write (a draft, an update, a review decision) is a ruamel.yaml
round trip with one configuration, so comments, key order, quoting and blank lines survive a load and a dump.

A new entry is built as a mapping of double-quoted strings (nothing a reader types can turn into a date or a
boolean) with its `# review:` comment above it; appending entries to a list of a loaded document keeps every comment
already there with the entry it stood beside: the comment and blank lines after a list's last entry (a heading for
the next key, say) move below the new last entry, where they stood before.
"""

from __future__ import annotations

import io

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.error import CommentMark
from ruamel.yaml.scalarstring import DoubleQuotedScalarString
from ruamel.yaml.tokens import CommentToken

INDENT = 2  # where a list's entries start under their key: "  - id: ..."
__all__ = ["CommentedMap", "CommentedSeq", "append_entries", "delete_entry", "dump", "insert_entry", "load", "mapping"]


def round_trip() -> YAML:
    """The one ruamel configuration: round trip, quotes kept, never re-wrapped, lists indented under their key."""
    yaml = YAML()  # round trip: comments, order and quoting are kept
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a quote
    yaml.indent(mapping=2, sequence=4, offset=2)
    return yaml


def load(text: str) -> CommentedMap:
    return round_trip().load(text)


def dump(document) -> str:
    out = io.StringIO()
    round_trip().dump(document, out)
    return out.getvalue()


def scalar(value):
    """A value as the file writes it: text double-quoted, a whole float as an integer, anything else as it is."""
    if isinstance(value, str):
        return DoubleQuotedScalarString(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def mapping(fields: dict, flow: bool = False) -> CommentedMap:
    """A mapping in the order given, None values left out; `flow` writes it on one line (`{words: ..., reason: ...}`)."""
    built = CommentedMap()
    for key, value in fields.items():
        if value is not None:
            built[key] = scalar(value)
    if flow:
        built.fa.set_flow_style()
    return built


def comment_lines(text: str) -> list[str]:
    """A comment's lines: one per line of the text, never empty (a `#` opens each)."""
    return [line.rstrip() for line in text.splitlines() if line.strip()] or [""]


def set_comment_above(sequence: CommentedSeq, index: int, text: str | None) -> None:
    """Write `# text` on the line(s) above the entry at `index`."""
    if text:
        sequence.yaml_set_comment_before_after_key(index, before="\n".join(comment_lines(text)), indent=INDENT)


def _trailing(entry) -> tuple[object, CommentToken | None]:
    """The key of an entry whose trailing comment holds what follows the entry (blank lines, the next key's comment)."""
    if not isinstance(entry, CommentedMap) or not len(entry):
        return None, None
    last = list(entry)[-1]
    slot = entry.ca.items.get(last)
    return last, (slot[2] if slot and len(slot) > 2 else None)


def append_entries(document: CommentedMap, key: str, entries: list[tuple[CommentedMap, str | None]]) -> None:
    """Append each (entry, review comment) to the list under `key` (created at the end if absent), keeping every
    comment, key order and blank line the document has: what followed the list's last entry now follows the new
    last entry, and the blank lines that separated entries separate the new ones from the old."""
    if not entries:
        return
    sequence = document.get(key)
    if sequence is None or not isinstance(sequence, CommentedSeq):
        sequence = CommentedSeq()
        document[key] = sequence
    old_key, old_trailing = _trailing(sequence[-1]) if len(sequence) else (None, None)
    start = len(sequence)
    for entry, review in entries:
        sequence.append(entry)
        set_comment_above(sequence, len(sequence) - 1, review)
    if old_trailing is not None:
        value = old_trailing.value
        separator = value[: value.find("#")] if "#" in value else value
        old_entry = sequence[start - 1]
        if separator.strip("\n") == "" and separator.count("\n") > 1:
            old_entry.ca.items[old_key][2] = CommentToken(separator, CommentMark(0), None)
        else:
            old_entry.ca.items[old_key][2] = None
        new_key, _ = _trailing(sequence[-1])
        if new_key is not None:
            slot = sequence[-1].ca.items.setdefault(new_key, [None, None, None, None])
            slot[2] = CommentToken(value, CommentMark(0), None)


def _comment_token(text: str, column: int) -> CommentToken:
    return CommentToken(text, CommentMark(column), None)


def delete_entry(document, key: str, index: int) -> None:
    """Delete an entry of a list, keeping every comment with the entry it stands above.

    ruamel keeps a comment above an entry as the trailing comment of the entry before it (or of the list's
    key, for the first): deleting an entry must hand its trailing comment (the next entry's) to the entry
    before it, or the next entry's `# review:` note would be lost and this one's left standing in its place.
    """
    entries = document[key]
    gone = entries[index]
    last = list(gone)[-1] if len(gone) else None
    trailing = gone.ca.items.get(last) if last is not None else None
    if index > 0:
        before = entries[index - 1]
        before_last = list(before)[-1]
        if trailing:
            before.ca.items[before_last] = trailing
        else:
            before.ca.items.pop(before_last, None)
    else:
        tokens = (trailing or [None, None, None])[2]
        if tokens is not None:
            tokens.value = tokens.value.lstrip("\n").lstrip(" ")  # it now opens the list
        starts = [tokens] if tokens is not None else None
        if key in document.ca.items:
            document.ca.items[key][3] = starts
        entries.ca.comment = [None, starts] if starts else None
    del entries[index]


def insert_entry(document, key: str, index: int, entry: CommentedMap, note: str) -> None:
    """Put an entry back at ``index`` with its `# review:` note above it (the inverse of ``_delete_entry``)."""
    entries = document[key]
    entries.insert(index, entry)
    comment = f"# review: {note}\n" if note else None
    last = list(entry)[-1]
    if index > 0:
        before = entries[index - 1]
        before_last = list(before)[-1]
        handed = before.ca.items.pop(before_last, None)  # the note of the entry now after this one
        if handed:
            entry.ca.items[last] = handed
        if comment:
            before.ca.items[before_last] = [None, None, _comment_token(f"\n  {comment}", 2), None]
    else:
        opening = (entries.ca.comment or [None, None])[1]
        if opening:
            token = opening[0]
            token.value = f"\n  {token.value}"
            entry.ca.items[last] = [None, None, token, None]
        starts = [_comment_token(comment, 2)] if comment else None
        if key in document.ca.items:
            document.ca.items[key][3] = starts
        entries.ca.comment = [None, starts] if starts else None
