"""Reading a JSON export back (``partnerschap import FILE.json``).

Everything is checked before it reaches the store, and the import is one transaction: a
bad reflection anywhere in the file imports nothing. Reflections whose id is already in the
store are skipped.
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerschap.errors import PartnerschapError
from partnerschap.log.exporters.json_export import FORMAT, VERSION
from partnerschap.reflection.record import FieldProblem, Reflection, document_problem
from partnerschap.safe_files import FileRefused, JsonProblem, open_checked, parse_json

if TYPE_CHECKING:
    from partnerschap.log.store import Store

ID_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


@dataclass
class ImportResult:
    imported: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)


@dataclass
class ExportFile:
    """The reflections of an export file: how many, and their documents one by one."""

    path: str
    count: int
    _documents: Callable[[], Iterator[Any]]

    def documents(self) -> Iterator[Any]:
        return self._documents()


_HEADER = [
    "{\n",
    f'  "format": "{FORMAT}",\n',
    f'  "version": {VERSION},\n',
    '  "reflections": [\n',
]
STREAM_MIN = 1_000_000  # bytes; smaller files are simply parsed whole
#: Largest backup that is read: ten times an export of 10,000 long reflections.
MAX_BYTES = 1024 * 1024 * 1024


def read_export(path: Path) -> ExportFile:
    """An export file, checked to be one (a user error if it is not).

    A large file in exactly the layout ``export`` writes (one reflection per line) is read
    line by line, so importing ten thousand reflections needs little memory; anything else
    is parsed as a whole.
    """
    display = str(path)
    try:  # a FIFO or a device (/dev/zero) is refused at once, never waited on or read
        with open_checked(path, MAX_BYTES) as fh:
            size = os.fstat(fh.fileno()).st_size
    except FileRefused as exc:
        if exc.reason in ("not_found", "is_dir"):
            raise PartnerschapError("error.import.not_found", path=display) from None
        if exc.reason == "unreadable":
            raise PartnerschapError("error.import.unreadable", **exc.params) from None
        raise
    if size >= STREAM_MIN:
        count = _streamable(path)
        if count is not None:
            return ExportFile(display, count, lambda: _stream(path, display))
    docs = _parse_whole(path, display)
    return ExportFile(display, len(docs), lambda: iter(docs))


def _streamable(path: Path) -> int | None:
    """The number of reflections if the file has the layout of ``export``, else None."""
    count = 0
    try:
        with path.open(encoding="utf-8-sig") as lines:
            for expected in _HEADER:
                if lines.readline() != expected:
                    return None
            for line in lines:
                if line.startswith("    {"):
                    count += 1
                    continue
                if line != "  ]\n" or lines.readline() != "}\n" or lines.read():
                    return None
                return count
    except (OSError, UnicodeDecodeError):
        return None
    return None


def _stream(path: Path, display: str) -> Iterator[Any]:
    with path.open(encoding="utf-8-sig") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.startswith("    {"):
                continue
            try:
                yield parse_json(line.rstrip().rstrip(","))
            except JsonProblem as exc:
                raise PartnerschapError(
                    "error.import.not_json", path=display, line=number, detail=exc.detail
                ) from exc


def _parse_whole(path: Path, display: str) -> list[Any]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PartnerschapError(
            "error.import.not_json", path=display, line=1, detail="not UTF-8"
        ) from exc
    except OSError as exc:
        raise PartnerschapError(
            "error.import.unreadable", path=display, detail=exc.strerror or str(exc)
        ) from exc
    try:
        data = parse_json(text)
    except JsonProblem as exc:
        raise PartnerschapError(
            "error.import.not_json", path=display, line=exc.line, detail=exc.detail
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
    problem = document_problem(doc)
    if problem:
        raise bad(field_problem_text(problem))
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


def field_problem_text(problem: FieldProblem) -> str:
    """``notes: een object met teksten verwacht, maar hier staat een getal``."""
    from partnerschap.messages import t

    if problem.expected in ("answer", "status"):
        found = t("import.found.word", word=problem.found)
    else:
        found = t(f"import.found.{problem.found}")
    return t(
        "import.field_problem",
        path=problem.path,
        expected=t(f"import.expected.{problem.expected}"),
        found=found,
    )


def iter_reflections(docs: Iterable[Any], display: str) -> Iterator[Reflection]:
    for number, doc in enumerate(docs, start=1):
        yield parse_reflection(doc, number, display)


def import_docs(
    store: Store,
    docs: Iterable[Any],
    display: str,
    progress: Callable[[int], None] | None = None,
) -> ImportResult:
    """Save the documents into ``store`` in one transaction, skipping ids it has."""
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
    store: Store, path: Path, progress: Callable[[int], None] | None = None
) -> ImportResult:
    export = read_export(path)
    return import_docs(store, export.documents(), export.path, progress)
