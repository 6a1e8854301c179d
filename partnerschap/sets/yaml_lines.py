"""Safe YAML loading that remembers line numbers and refuses what a data file never needs.

- Only the safe loader (``!!python/object`` and other unsafe tags are refused).
- Anchors and aliases are refused: they are how "billion laughs" files blow up in size.
- Duplicate keys in one mapping are reported instead of silently overwritten.
- Files over ``MAX_BYTES`` and files that are not UTF-8 are refused before parsing.

Mappings come back as :class:`LineDict` and lists as :class:`LineList`, which know the line
of themselves and of each key or item, so validation can say ``file:line: message``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from partnerschap.errors import Problem

MAX_BYTES = 2 * 1024 * 1024

_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict):
    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        if 0 <= index < len(self.item_lines):
            return self.item_lines[index]
        return self.line


class _AliasFound(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int) -> None:
        self.key = key
        self.line = line


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    def construct_object(self, node: yaml.Node, deep: bool = False) -> Any:
        if node in self.constructed_objects:
            raise _AliasFound(node.start_mark.line + 1)
        return super().construct_object(node, deep=deep)

    def construct_yaml_map(self, node: yaml.MappingNode):  # type: ignore[override]
        data = LineDict()
        data.line = node.start_mark.line + 1
        data.key_lines = {}
        yield data
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) and key is not None:
                key = str(key)
            if key in data:
                raise _DuplicateKey(str(key), key_node.start_mark.line + 1)
            data[key] = self.construct_object(value_node, deep=True)
            data.key_lines[key] = key_node.start_mark.line + 1

    def construct_yaml_seq(self, node: yaml.SequenceNode):  # type: ignore[override]
        data = LineList()
        data.line = node.start_mark.line + 1
        data.item_lines = [child.start_mark.line + 1 for child in node.value]
        yield data
        data.extend(self.construct_object(child, deep=True) for child in node.value)


_LineLoader.add_constructor("tag:yaml.org,2002:map", _LineLoader.construct_yaml_map)
_LineLoader.add_constructor("tag:yaml.org,2002:seq", _LineLoader.construct_yaml_seq)


def parse_text(text: str, display: str) -> tuple[Any, list[Problem]]:
    """Parse YAML text; return the data (or None) and the problems found."""
    loader = _LineLoader(text)
    try:
        data = loader.get_single_data()
        if data is None:
            return None, [Problem(display, None, "file.empty")]
        return data, []
    except _AliasFound as exc:
        return None, [Problem(display, exc.line, "yaml.alias")]
    except _DuplicateKey as exc:
        return None, [Problem(display, exc.line, "yaml.duplicate_key", {"key": exc.key})]
    except yaml.constructor.ConstructorError as exc:
        mark = exc.problem_mark or exc.context_mark
        tag = getattr(exc, "problem", "") or ""
        return None, [
            Problem(display, mark.line + 1 if mark else None, "yaml.unsafe_tag", {"detail": tag})
        ]
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        detail = exc.problem or exc.context or ""
        if "\t" in text and "tab" in str(detail).lower() or "\\t" in str(detail):
            return None, [Problem(display, mark.line + 1 if mark else None, "yaml.tab")]
        return None, [
            Problem(display, mark.line + 1 if mark else None, "yaml.syntax", {"detail": detail})
        ]
    except yaml.YAMLError as exc:
        return None, [Problem(display, None, "yaml.syntax", {"detail": str(exc)})]
    finally:
        loader.dispose()


def read_yaml_file(path: Path, display: str | None = None) -> tuple[Any, list[Problem]]:
    """Read and parse a YAML file safely; never raises for bad content."""
    display = display or str(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None, [Problem(display, None, "file.not_found")]
    except OSError as exc:
        return None, [Problem(display, None, "file.unreadable", {"detail": exc.strerror or ""})]
    if path.is_dir():
        return None, [Problem(display, None, "file.is_dir")]
    if size > MAX_BYTES:
        return None, [Problem(display, None, "file.too_big", {"size_mb": round(size / 1048576, 1)})]
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return None, [Problem(display, None, "file.unreadable", {"detail": exc.strerror or ""})]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return None, [Problem(display, line, "file.not_utf8")]
    if not text.strip():
        return None, [Problem(display, None, "file.empty")]
    return parse_text(text, display)
