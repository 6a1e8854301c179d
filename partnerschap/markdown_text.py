"""Escaping user text for markdown, shared by the log's and the transcript's exporters.

Text typed by a user or quoted from a transcript must never break a document's structure:
a note that starts with ``#`` or contains ``|`` stays a note.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"[\\`*_\[\]<>|~]")
_INLINE = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~"})
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def escape_inline(text: str) -> str:
    """Escape markdown syntax in one line of user text (newlines become spaces).

    Inline markup characters are escaped everywhere; block markers (``#``, ``-``, ``1.``)
    only where they would start a block.
    """
    flat = " ".join(text.split())
    if _SPECIAL.search(flat):
        flat = flat.translate(_INLINE)
    first = flat[:1]
    if first in ("#", "+", "=", "-"):
        return "\\" + flat
    if first.isdigit():
        return _LIST_NUMBER.sub(r"\1\\\2", flat)
    return flat


def escape_block(text: str) -> list[str]:
    """User text of several lines as escaped lines (paragraph breaks kept)."""
    return [escape_inline(line) if line.strip() else "" for line in text.strip().splitlines()]
