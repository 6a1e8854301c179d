"""Reflections as JSON that holds everything needed to restore them (``partnerschap import``).

The layout is fixed so that export → import → export gives the same bytes: a small header
and one reflection document per line, exactly as stored.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from partnerschap.reflection.record import Reflection

FORMAT = "partnerschap-reflections"
VERSION = 1


def json_document(docs: Iterable[str]) -> Iterator[str]:
    """The pieces of one export document; ``docs`` are stored JSON documents (strings)."""
    yield f'{{\n  "format": "{FORMAT}",\n  "version": {VERSION},\n  "reflections": ['
    first = True
    for doc in docs:
        yield ("\n    " if first else ",\n    ") + doc
        first = False
    yield "]\n}\n" if first else "\n  ]\n}\n"


def reflections_to_json(reflections: Iterable[Reflection]) -> str:
    from partnerschap.log.store import encode

    return "".join(json_document(encode(r) for r in reflections))
