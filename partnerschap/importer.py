"""Reading a JSON export back (``partnerschap import FILE.json``).

Everything is checked before it reaches the store, and the import is one transaction: a
bad reflection anywhere in the file imports nothing. Reflections whose id is already in the
store are skipped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerschap.errors import PartnerschapError
from partnerschap.exporters.json_export import FORMAT, VERSION
from partnerschap.reflection import Reflection

ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass
class ImportResult:
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


def read_export(path: Path) -> list[dict[str, Any]]:
    """The raw reflection documents of an export file (a user error if it is not one)."""
    display = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError as exc:
        raise PartnerschapError("error.import.not_found", path=display) from exc
    except IsADirectoryError as exc:
        raise PartnerschapError("error.import.not_found", path=display) from exc
    except UnicodeDecodeError as exc:
        raise PartnerschapError(
            "error.import.not_json", path=display, line=1, detail="not UTF-8"
        ) from exc
    except OSError as exc:
        raise PartnerschapError(
            "error.import.unreadable", path=display, detail=exc.strerror or str(exc)
        ) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise PartnerschapError(
            "error.import.not_json", path=display, line=exc.lineno, detail=exc.msg
        ) from exc
    if isinstance(data, list):
        docs = data
    elif isinstance(data, dict) and "reflections" in data:
        if data.get("format", FORMAT) != FORMAT:
            raise PartnerschapError("error.import.not_export", path=display)
        version = data.get("version", VERSION)
        if not isinstance(version, int) or version > VERSION:
            raise PartnerschapError(
                "error.import.too_new", path=display, version=version, supported=VERSION
            )
        docs = data["reflections"]
    elif isinstance(data, dict) and "id" in data:
        docs = [data]
    else:
        raise PartnerschapError("error.import.not_export", path=display)
    if not isinstance(docs, list):
        raise PartnerschapError("error.import.not_export", path=display)
    return docs


def parse_reflection(doc: Any, number: int, display: str) -> Reflection:
    """One document as a :class:`Reflection`; ``number`` counts from 1 for messages."""

    def bad(detail: str) -> PartnerschapError:
        ident = doc.get("id") if isinstance(doc, dict) else None
        return PartnerschapError(
            "error.import.bad_reflection",
            path=display,
            number=number,
            id=ident or "?",
            detail=detail,
        )

    if not isinstance(doc, dict):
        raise bad("not an object")
    ident = doc.get("id")
    if not isinstance(ident, str) or not ID_PATTERN.match(ident):
        raise bad("id")
    try:
        reflection = Reflection.from_json(doc)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise bad(f"{type(exc).__name__}: {exc}") from exc
    if reflection.context.date:
        try:
            dt.date.fromisoformat(reflection.context.date)
        except ValueError as exc:
            raise bad(f"context.date {reflection.context.date!r}") from exc
    return reflection


def iter_reflections(docs: list[dict[str, Any]], display: str) -> Iterator[Reflection]:
    for number, doc in enumerate(docs, start=1):
        yield parse_reflection(doc, number, display)


def import_docs(
    store: Any,
    docs: list[dict[str, Any]],
    display: str,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Save the documents into ``store`` (a :class:`partnerschap.store.Store`) at once."""
    seen: set[str] = set()
    duplicates: list[str] = []

    def unique() -> Iterator[Reflection]:
        for reflection in iter_reflections(docs, display):
            if reflection.id in seen:
                duplicates.append(reflection.id)
                if progress:
                    progress(1)
                continue
            seen.add(reflection.id)
            yield reflection

    saved, skipped = store.save_many(unique(), skip_existing=True, progress=progress)
    return ImportResult(imported=saved, skipped=skipped + duplicates)


def import_file(
    store: Any, path: Path, progress: Callable[[int], None] | None = None
) -> ImportResult:
    return import_docs(store, read_export(path), str(path), progress)
