"""``partnerschap log check``: how damaged is the log, and what can still be read?

Opens the store read-only (``mode=ro``: nothing is created, migrated, repaired or deleted),
runs SQLite's ``integrity_check`` and then reads every reflection one by one, so a damaged
page costs only the reflections on it. The readable documents can be written as a JSON
export, to be restored with ``partnerschap import``.

No terminal code here.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerschap.log import crypto
from partnerschap.log.store import check_path, decode, store_error

Unlock = Callable[[Path], bytes]

MAX_PROBLEMS = 20  # lines of integrity_check output kept
TABLES = ("reflections", "findings", "texts")


@dataclass
class StoreCheck:
    path: str
    problems: list[str] = field(default_factory=list)  # integrity_check lines other than "ok"
    readable: list[str] = field(default_factory=list)  # ids
    unreadable: list[str] = field(default_factory=list)  # ids, or "rowid N" if the id is lost
    list_error: str | None = None  # the list of reflections itself could not be read
    open_error: str | None = None  # the file could not be opened as a database at all

    @property
    def sound(self) -> bool:
        return not (self.problems or self.unreadable or self.list_error or self.open_error)

    @property
    def total(self) -> int:
        return len(self.readable) + len(self.unreadable)


def _errors() -> tuple[type[Exception], ...]:
    """The database errors to catch: sqlite3's, and SQLCipher's when the extra is there."""
    try:
        return (sqlite3.Error, crypto.dbapi().Error)
    except Exception:  # the encryption extra is not installed
        return (sqlite3.Error,)


def _connect(path: Path, key: bytes | None = None) -> Any:
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if key is not None:  # an encrypted log, read through SQLCipher, still read-only
        return crypto.connect(uri, key, uri=True)  # type: ignore[arg-type]
    return sqlite3.connect(uri, uri=True, isolation_level=None)


def check_store(path: Path, unlock: Unlock | None = None) -> StoreCheck:
    """Check the store at ``path`` (which must exist); changes nothing. An encrypted log
    is opened with the key ``unlock`` gives (asked only when the file is encrypted)."""
    check_path(path)
    result = StoreCheck(str(path))
    key = unlock(path) if unlock is not None and crypto.is_encrypted(path) else None
    errors = _errors()
    try:
        conn = _connect(path, key)
    except errors as exc:
        result.open_error = str(exc)
        return result
    try:
        try:
            rows = conn.execute(f"PRAGMA integrity_check({MAX_PROBLEMS})").fetchall()
            result.problems = [str(r[0]) for r in rows if r[0] != "ok"]
        except errors as exc:
            result.open_error = str(exc)
            return result
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        except errors as exc:
            result.open_error = str(exc)
            return result
        result.problems += [f"no such table: {n}" for n in TABLES if n not in tables]
        try:
            rowids = [r[0] for r in conn.execute("SELECT rowid FROM reflections ORDER BY rowid")]
        except errors as exc:
            result.list_error = str(exc)
            return result
        for rowid in rowids:
            ident = _row_id(conn, rowid, errors)
            try:
                row = conn.execute("SELECT doc FROM reflections WHERE rowid = ?", (rowid,))
                decode(row.fetchone()[0])
            except (*errors, ValueError, TypeError):
                result.unreadable.append(ident or f"rowid {rowid}")
                continue
            if ident is None:
                result.unreadable.append(f"rowid {rowid}")
            else:
                result.readable.append(ident)
    finally:
        conn.close()
    return result


def _row_id(conn: Any, rowid: int, errors: tuple[type[Exception], ...]) -> str | None:
    try:
        row = conn.execute("SELECT id FROM reflections WHERE rowid = ?", (rowid,)).fetchone()
    except errors:
        return None
    return row[0] if row and isinstance(row[0], str) else None


def readable_docs(path: Path, ids: list[str], unlock: Unlock | None = None) -> Iterator[str]:
    """The stored documents of ``ids`` (as found by :func:`check_store`), in that order."""
    key = unlock(path) if unlock is not None and crypto.is_encrypted(path) else None
    errors = _errors()
    try:
        conn = _connect(path, key)
    except errors as exc:
        raise store_error(exc, str(path)) from exc
    try:
        for ident in ids:
            try:
                row = conn.execute("SELECT doc FROM reflections WHERE id = ?", (ident,))
                doc = row.fetchone()[0]
                decode(doc)
            except (*errors, ValueError, TypeError):
                continue
            yield doc
    finally:
        conn.close()
