"""Read a YAML file safely, remembering the line each value came from.

Safe by construction: the file is composed into nodes (no object is ever built from a tag), then
turned into plain dicts, lists and scalars by this module, which refuses unknown tags, counts every
node it expands (an alias bomb stops long before it costs a second) and reports duplicate keys.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml

try:  # libyaml's parser is many times faster; both give the same nodes and marks.
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.SafeLoader

MAX_BYTES = 32 * 1024 * 1024
# Expanding aliases may at most multiply the document's size by this, plus a small allowance.
ALIAS_EXPANSION_FACTOR = 4
ALIAS_EXPANSION_ALLOWANCE = 10_000

_SCALAR_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
}
_TIMESTAMP = "tag:yaml.org,2002:timestamp"
_MAP = "tag:yaml.org,2002:map"
_SEQ = "tag:yaml.org,2002:seq"

DocPath = tuple  # a path into the document: ("indicators", 3, "value")


class YamlError(Exception):
    """A file that cannot be read as YAML data; ``line``/``column`` are 1-based when known."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None):
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


@dataclass
class Document:
    data: object
    lines: dict[DocPath, int] = field(default_factory=dict)
    problems: list[tuple[DocPath, int, str]] = field(default_factory=list)  # non-fatal: duplicate keys

    def line_of(self, path: DocPath) -> int | None:
        """The line of ``path``, or of its nearest ancestor that has one."""
        path = tuple(path)
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return self.lines.get((), None)


def read_text(path: Path) -> str:
    """The file's text, or a YamlError that says what is wrong with the file itself."""
    # One open file, and its size as read, not as reported: a device or a pipe (/dev/zero) reports 0 bytes and never
    # ends, and a file replaced or removed between two calls cannot slip through.
    try:
        with open(path, "rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > MAX_BYTES:
                raise YamlError(f"the file is {size / 1e6:.1f} MB, over the {MAX_BYTES // 2**20} MiB limit; split it")
            raw = file.read(MAX_BYTES + 1)
            if len(raw) > MAX_BYTES:
                raise YamlError(
                    f"the file holds more than the {MAX_BYTES // 2**20} MiB limit; split it, or give a file"
                )
    except FileNotFoundError:
        raise YamlError("the file does not exist; check the path (or INDICATORS_FILE)") from None
    except IsADirectoryError:
        raise YamlError("this is a folder, not a file; give the path of the file inside it") from None
    except PermissionError:
        raise YamlError("the file cannot be read: permission denied; let the dashboard's user read it") from None
    except OSError as error:
        raise YamlError(f"the file cannot be read ({error.strerror or error}); check the path and the disk") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise YamlError(f"the file is not UTF-8 text (byte {error.start}); save it as UTF-8", line) from None
    if not text.strip():
        raise YamlError("the file is empty; it needs `release`, `pillars` and `indicators`")
    return text


def parse(text: str) -> Document:
    """Parse YAML text into plain data plus a map of paths to lines."""
    try:
        root = yaml.compose(text, Loader=_Loader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        what = " ".join(filter(None, [error.context, error.problem]))
        if error.context_mark and error.problem_mark and error.context_mark.line != error.problem_mark.line:
            what += f" (what it was reading began on line {error.context_mark.line + 1})"
        raise YamlError(
            f"YAML syntax error: {what}", mark.line + 1 if mark else None, mark.column + 1 if mark else None
        ) from None
    except yaml.YAMLError as error:
        raise YamlError(f"YAML error: {error}") from None
    if root is None:
        raise YamlError("the file holds no data; it needs `release`, `pillars` and `indicators`")
    if not isinstance(root, yaml.MappingNode):
        raise YamlError(
            "the top level must be a mapping with `release`, `pillars` and `indicators`", root.start_mark.line + 1
        )
    try:
        return _Builder(root, has_aliases="*" in text).build()
    except RecursionError:
        raise YamlError("the data is nested too deeply to be indicators; check the indentation") from None


class _Builder:
    def __init__(self, root: yaml.Node, has_aliases: bool = True):
        self.root = root
        self.document = Document(None)
        # Without a "*" the text has no alias, so nothing can expand: no need to count its nodes first.
        self.budget = (
            ALIAS_EXPANSION_FACTOR * _distinct_nodes(root) + ALIAS_EXPANSION_ALLOWANCE if has_aliases else float("inf")
        )
        self.constructor = yaml.SafeLoader("")  # only for its scalar constructors

    def build(self) -> Document:
        self.document.data = self._node(self.root, ())
        return self.document

    def _node(self, node: yaml.Node, path: DocPath):
        self.budget -= 1
        if self.budget < 0:
            raise YamlError(
                "the file expands far beyond its size through aliases (an alias bomb?); "
                "remove the anchors (&) and aliases (*)",
                node.start_mark.line + 1,
            )
        self.document.lines.setdefault(path, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            if node.tag != _MAP:
                raise self._tag_error(node)
            result: dict = {}
            for key_node, value_node in node.value:
                if key_node.tag == "tag:yaml.org,2002:merge":
                    raise YamlError(
                        "merge keys (<<) are not supported; write the fields out", key_node.start_mark.line + 1
                    )
                key = self._node(key_node, path + ("<key>",))
                if isinstance(key, (dict, list)):
                    raise YamlError("a mapping key must be a plain word", key_node.start_mark.line + 1)
                if key in result:
                    self.document.problems.append(
                        (
                            path + (key,),
                            key_node.start_mark.line + 1,
                            f"key {key!r} appears twice; the second would silently win, so remove one",
                        )
                    )
                self.document.lines[path + (key,)] = key_node.start_mark.line + 1
                result[key] = self._node(value_node, path + (key,))
            return result
        if isinstance(node, yaml.SequenceNode):
            if node.tag != _SEQ:
                raise self._tag_error(node)
            return [self._node(item, path + (index,)) for index, item in enumerate(node.value)]
        if node.tag == _TIMESTAMP:
            return node.value  # dates stay the text the curator wrote; the schema checks the form
        if node.tag not in _SCALAR_TAGS:
            raise self._tag_error(node)
        return self.constructor.yaml_constructors[node.tag](self.constructor, node)

    @staticmethod
    def _tag_error(node: yaml.Node) -> YamlError:
        return YamlError(
            f"the tag {node.tag!r} is not allowed (only plain YAML data is read); remove it", node.start_mark.line + 1
        )


def _distinct_nodes(root: yaml.Node) -> int:
    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            continue
        seen.add(id(node))
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return len(seen)
