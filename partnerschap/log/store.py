"""The reflection log: one SQLite file in the data dir.

A reflection is stored as its JSON document plus a few columns to filter and sort on (date,
kind, scenario, complete, counts, case-folded search text) and, once complete, one row per
principle in ``findings`` (for stats and ``--missed``). A draft is the same row with
``complete = 0``; it is rewritten after every answer.

Safety: WAL mode and a busy timeout (two processes can save at once), every save in one
``BEGIN IMMEDIATE`` transaction (all or nothing), the data dir ``0700`` and the database
file ``0600``. The schema is migrated forward on open (:mod:`partnerschap.log.migrations`); a
store written by a newer version is refused.

An encrypted log (:mod:`partnerschap.log.crypto`) is the same database through SQLCipher: the
caller passes ``unlock``, which gives the key when the file turns out to be encrypted. An
open store holds the log's lock file shared, so that encrypting, decrypting or changing the
passphrase (which replace the file) wait until no store is open.

No terminal code here.
"""

from __future__ import annotations

import datetime as dt
import functools
import inspect
import json
import os
import sqlite3
import stat
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from partnerschap.errors import PartnerschapError
from partnerschap.i18n import LocalizedText
from partnerschap.log import crypto
from partnerschap.log.migrations import StoreTooNew, migrate
from partnerschap.log.outline import outline, text_key
from partnerschap.paths import LOG_FILE, data_dir, ensure_private_dir
from partnerschap.reflection.record import Reflection

DB_NAME = LOG_FILE
BUSY_TIMEOUT_S = 30.0
COUNTED = ("missed", "partly")

Unlock = Callable[[Path], "bytes | crypto.Opened"]
"""Gives the key of the encrypted log at a path (asks, reads a file, the keyring...), or
the log already opened with its passphrase (:class:`crypto.Opened`)."""


def db_path() -> Path:
    return data_dir() / DB_NAME


def parse_date_option(value: str | None) -> dt.date | None:
    """A date from the command line: YYYY-MM-DD or DD-MM-YYYY; a bad one is a user error."""
    if value is None or not value.strip():
        return None
    from partnerschap.reflection.flow import parse_date

    parsed = parse_date(value)
    if parsed is None:
        raise PartnerschapError("error.store.bad_date", value=value)
    return parsed


@dataclass(frozen=True)
class Filters:
    """Which reflections a command works on. Empty filters: every complete reflection."""

    ids: tuple[str, ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    scenario: str | None = None
    missed: str | None = None  # principle id ("respect" or "partnerschap/respect")
    text: str | None = None  # case-insensitive, in notes, next steps and context
    drafts: bool = False  # drafts instead of complete reflections
    with_drafts: bool = False  # drafts as well as complete reflections (the JSON backup)

    def where(self, alias: str = "") -> tuple[str, list[Any]]:
        a = f"{alias}." if alias else ""
        clauses: list[str] = []
        params: list[Any] = []
        if not self.with_drafts:
            clauses.append(f"{a}complete = ?")
            params.append(0 if self.drafts else 1)
        if self.ids:
            clauses.append(f"{a}id IN ({','.join('?' * len(self.ids))})")
            params += list(self.ids)
        if self.since:
            clauses.append(f"{a}date >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append(f"{a}date <= ?")
            params.append(self.until.isoformat())
        if self.scenario:
            clauses.append(f"{a}scenario = ?")
            params.append(self.scenario)
        if self.missed:
            set_id, _, principle = self.missed.rpartition("/")
            sub = "SELECT reflection_id FROM findings WHERE principle_id = ? AND status = 'missed'"
            params.append(principle)
            if set_id:
                sub += " AND set_id = ?"
                params.append(set_id)
            clauses.append(f"{a}id IN ({sub})")
        if self.text:
            clauses.append(f"instr({a}search, ?) > 0")
            params.append(self.text.casefold())
        return " AND ".join(clauses) or "1", params

    def findings_where(self) -> tuple[str, list[Any]]:
        """The same selection for the ``findings`` table (complete reflections only)."""
        clauses: list[str] = []
        params: list[Any] = []
        if self.since:
            clauses.append("date >= ?")
            params.append(self.since.isoformat())
        if self.until:
            clauses.append("date <= ?")
            params.append(self.until.isoformat())
        if self.ids or self.scenario or self.missed or self.text or self.drafts:
            where, extra = self.where()
            clauses.append(f"reflection_id IN (SELECT id FROM reflections WHERE {where})")
            params += extra
        return (" AND ".join(clauses) or "1"), params


@dataclass(frozen=True)
class Summary:
    """One line of ``log list``."""

    id: str
    date: str
    kind: str
    scenario: str | None
    scenario_title: LocalizedText | None
    missed: int
    partly: int
    created: str
    updated: str
    complete: bool

    def scenario_label(self, lang: str) -> str:
        if self.scenario_title:
            return self.scenario_title.get(lang)
        return self.scenario or ""

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "kind": self.kind,
            "scenario": self.scenario,
            "scenario_title": self.scenario_label(lang),
            "missed": self.missed,
            "partly": self.partly,
            "created": self.created,
            "updated": self.updated,
            "complete": self.complete,
        }


def reflection_date(reflection: Reflection) -> str:
    return reflection.context.date or reflection.created[:10]


def search_text(reflection: Reflection) -> str:
    """What ``log search`` looks in: notes, next steps, context (and what worked)."""
    ctx = reflection.context
    parts = [
        ctx.kind,
        *ctx.participants,
        *reflection.notes.values(),
        reflection.strengths or "",
        *reflection.next_step.questions,
        reflection.next_step.intention,
    ]
    return "\n".join(p for p in parts if p).casefold()


def _counts(reflection: Reflection) -> tuple[int, int, int]:
    """How many principles were missed, partly met and honoured."""
    counts = {"missed": 0, "partly": 0, "honoured": 0}
    for finding in reflection.findings:
        status = finding.status.value
        if status in counts:
            counts[status] += 1
    return counts["missed"], counts["partly"], counts["honoured"]


def encode(reflection: Reflection) -> str:
    """The stored (and exported) JSON document of a reflection."""
    return json.dumps(reflection.to_json(), ensure_ascii=False, separators=(",", ":"))


_UPSERT = """
INSERT INTO reflections (id, created, updated, date, kind, scenario, language, complete,
                         missed, partly, honoured, search, outline, doc)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
ON CONFLICT (id) DO UPDATE SET
    created = excluded.created, updated = excluded.updated, date = excluded.date,
    kind = excluded.kind, scenario = excluded.scenario, language = excluded.language,
    complete = excluded.complete, missed = excluded.missed, partly = excluded.partly,
    honoured = excluded.honoured, search = excluded.search, outline = excluded.outline,
    doc = excluded.doc
"""

_SUMMARY = """SELECT id, date, kind, scenario, json_extract(doc, '$.scenario_title'), missed,
partly, created, updated, complete FROM reflections"""

NEWEST_FIRST = "ORDER BY date DESC, created DESC, id DESC"
OLDEST_FIRST = "ORDER BY date, created, id"


def store_error(exc: Exception, path: str) -> PartnerschapError:
    """What a database error means for the user, and what to do about it."""
    text = str(exc)
    name = getattr(exc, "sqlite_errorname", "") or ""
    if isinstance(exc, ValueError):  # a stored document that no longer decodes
        key = "error.store.damaged"
    elif "full" in text or name == "SQLITE_FULL":
        key = "error.store.full"
    elif "locked" in text or "busy" in text:
        return PartnerschapError("error.store.busy", path=path)
    elif "disk I/O" in text or name.startswith("SQLITE_IOERR"):
        key = "error.store.io"
    elif "readonly" in text or name.startswith("SQLITE_READONLY"):
        key = "error.store.readonly"
    else:  # malformed, not a database, a missing table, text that is not UTF-8, ...
        key = "error.store.damaged"
    return PartnerschapError(key, path=path, detail=text)


def _guarded(method: Callable) -> Callable:
    """Turn database errors (and stored documents that no longer decode) raised by a
    ``Store`` method, or while iterating what it returns, into a message for the user."""
    if inspect.isgeneratorfunction(method):

        @functools.wraps(method)
        def generator(self: Store, *args: Any, **kwargs: Any) -> Iterator[Any]:
            try:
                yield from method(self, *args, **kwargs)
            except self.dbapi.ProgrammingError:
                if _closed(self.conn):  # finalized after the store was closed: nobody reads
                    return
                raise
            except (self.dbapi.Error, ValueError) as exc:
                raise store_error(exc, self.display_path) from exc

        return generator

    @functools.wraps(method)
    def call(self: Store, *args: Any, **kwargs: Any) -> Any:
        try:
            return method(self, *args, **kwargs)
        except (self.dbapi.Error, ValueError) as exc:
            raise store_error(exc, self.display_path) from exc

    return call


def _closed(conn: Any) -> bool:
    try:
        conn.total_changes  # noqa: B018 - raises on a closed connection
    except Exception:  # sqlite3's or sqlcipher3's ProgrammingError
        return True
    return False


def decode(doc: str) -> Reflection:
    """A stored document as a reflection; a document that does not decode is damage."""
    try:
        return Reflection.from_json(json.loads(doc))
    except (KeyError, TypeError, AttributeError) as exc:
        raise ValueError(f"{type(exc).__name__}: {exc}") from exc


def check_path(path: Path) -> None:
    """Refuse a store path that is a symlink or not a regular file (nothing is followed,
    nothing is changed)."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            info = os.lstat(candidate)
        except FileNotFoundError:
            continue
        except OSError as exc:
            raise PartnerschapError(
                "error.store.unreadable", path=str(candidate), detail=exc.strerror or str(exc)
            ) from exc
        if stat.S_ISLNK(info.st_mode):
            raise PartnerschapError(
                "error.store.symlink", path=str(candidate), target=os.readlink(candidate)
            )
        if not stat.S_ISREG(info.st_mode):
            raise PartnerschapError("error.store.not_file", path=str(candidate))


def _make_private(path: Path) -> None:
    """Create the store file 0600, or tighten the one there if this user owns it; never
    through a link (:func:`check_path` has refused those)."""
    try:
        fd = os.open(
            path, os.O_CREAT | os.O_EXCL | os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0), 0o600
        )
        os.close(fd)
        return
    except FileExistsError:
        pass
    info = os.lstat(path)
    owned = not hasattr(os, "getuid") or info.st_uid == os.getuid()
    if os.name == "posix" and owned and info.st_mode & 0o077 and stat.S_ISREG(info.st_mode):
        os.chmod(path, 0o600, follow_symlinks=False)


def _use_wal(conn: sqlite3.Connection) -> None:
    if conn.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
        conn.execute("PRAGMA journal_mode = WAL")


def _retry_while_busy(
    step: Callable[[], object], errors: type[Exception] = sqlite3.OperationalError
) -> None:
    """Run ``step``, retrying while another process holds the database.

    Switching a new database to WAL needs it to itself and reports "database is locked"
    at once, without waiting for the busy timeout, when two processes create the store at
    the same moment; so wait here, up to the same timeout.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_S
    delay = 0.01
    while True:
        try:
            step()
            return
        except errors as exc:
            busy = "locked" in str(exc) or "busy" in str(exc)
            if not busy or time.monotonic() > deadline:
                raise
        time.sleep(delay)
        delay = min(delay * 2, 0.2)


class Store:
    """An open reflection log. Use :meth:`open`; close it (or use ``with``) when done."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path | None,
        *,
        encrypted: bool = False,
        dbapi: Any = sqlite3,
        lock: crypto.LogLock | None = None,
    ) -> None:
        self.conn = conn
        self.path = path
        self.encrypted = encrypted
        self.dbapi = dbapi  # sqlite3, or sqlcipher3 for an encrypted log (its own errors)
        self._lock = lock
        self._text_ids: dict[Any, int] = {}  # texts known to be committed
        self._new_text_ids: dict[Any, int] = {}  # texts added in the open transaction

    # -- opening -----------------------------------------------------------------------------
    @classmethod
    def open(
        cls, path: Path | None = None, *, create: bool = True, unlock: Unlock | None = None
    ) -> Store:
        """Open (and create, and migrate) the store at ``path`` (default: the data dir).

        With ``create=False`` a store that does not exist yet is not created: the result is
        an empty store in memory, so reading commands leave no files behind. An encrypted
        log needs ``unlock`` (called only when the file is encrypted).
        """
        path = path or db_path()
        display = str(path)
        check_path(path)
        crypto.recover(path)
        if not create and not path.exists():
            conn = sqlite3.connect(":memory:", isolation_level=None)
            migrate(conn)
            return cls(conn, None)
        try:
            ensure_private_dir(path.parent)
            _make_private(path)
        except OSError as exc:
            raise PartnerschapError(
                "error.store.unwritable", path=display, detail=exc.strerror or str(exc)
            ) from exc
        lock = crypto.LogLock(path)
        if not lock.acquire(exclusive=False):
            raise PartnerschapError("error.store.busy", path=display)
        try:
            encrypted = crypto.is_encrypted(path)
            conn, dbapi = cls._connect(path, encrypted, unlock)
        except BaseException:
            lock.release()
            raise
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA synchronous = FULL")
            _retry_while_busy(lambda: _use_wal(conn), dbapi.OperationalError)
            _retry_while_busy(lambda: migrate(conn), dbapi.OperationalError)
        except BaseException as exc:
            conn.close()
            lock.release()
            if isinstance(exc, StoreTooNew):
                raise PartnerschapError(
                    "error.store.too_new",
                    path=display,
                    version=exc.version,
                    supported=exc.supported,
                ) from exc
            if isinstance(exc, dbapi.OperationalError) and (
                "locked" in str(exc) or "busy" in str(exc)
            ):
                raise PartnerschapError("error.store.busy", path=display) from exc
            if isinstance(exc, dbapi.DatabaseError) and "file is not a database" in str(exc):
                raise PartnerschapError(
                    "error.store.unreadable", path=display, detail=str(exc)
                ) from exc
            if isinstance(exc, dbapi.Error):
                raise store_error(exc, display) from exc
            raise
        return cls(conn, path, encrypted=encrypted, dbapi=dbapi, lock=lock)

    @staticmethod
    def _connect(path: Path, encrypted: bool, unlock: Unlock | None) -> tuple[Any, Any]:
        """A connection to the log (through SQLCipher when encrypted) and its DB-API module."""
        if encrypted:
            dbapi = crypto.dbapi()  # without the extra: say so before asking anything
            if unlock is None:
                raise PartnerschapError("error.crypto.locked", path=str(path))
            key = unlock(path)
            if isinstance(key, crypto.Opened):  # opened beside the imports (log/kdf.py)
                return key.connection(timeout=BUSY_TIMEOUT_S, check_same_thread=False), dbapi
            conn = crypto.connect(path, key, timeout=BUSY_TIMEOUT_S, check_same_thread=False)
            return conn, dbapi
        try:
            conn = sqlite3.connect(
                path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False
            )
        except sqlite3.Error as exc:
            raise PartnerschapError(
                "error.store.unreadable", path=str(path), detail=str(exc)
            ) from exc
        return conn, sqlite3

    def close(self) -> None:
        self.conn.close()
        if self._lock is not None:
            self._lock.release()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def display_path(self) -> str:
        return str(self.path) if self.path else str(db_path())

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: everything inside is saved, or nothing."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except self.dbapi.Error as exc:
            raise store_error(exc, self.display_path) from exc
        try:
            yield self.conn
            self.conn.execute("COMMIT")
        except BaseException as exc:
            self._new_text_ids.clear()
            # SQLite may have rolled back already (a full disk): only roll back what is open.
            if self.conn.in_transaction:
                with suppress(self.dbapi.Error):
                    self.conn.execute("ROLLBACK")
            if isinstance(exc, self.dbapi.Error):
                raise store_error(exc, self.display_path) from exc
            raise
        self._text_ids.update(self._new_text_ids)
        self._new_text_ids.clear()

    # -- writing -----------------------------------------------------------------------------
    def _intern(self, value: Any) -> int:
        """The number of a localized text in ``texts`` (added if new; inside a transaction)."""
        try:  # {"nl": ..., "en": ...} as a tuple of its items: cheaper than its JSON
            cached: Any = tuple(value.items()) if isinstance(value, dict) else value
            hash(cached)
        except TypeError:
            cached = ("json", text_key(value))
        found = self._text_ids.get(cached) or self._new_text_ids.get(cached)
        if found is None:
            key = text_key(value)
            self.conn.execute("INSERT INTO texts (value) VALUES (?) ON CONFLICT DO NOTHING", (key,))
            found = self.conn.execute("SELECT id FROM texts WHERE value = ?", (key,)).fetchone()[0]
            self._new_text_ids[cached] = found
        return found

    def _write(self, reflection: Reflection) -> None:
        data = reflection.to_json()
        doc = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        sketch = outline(data, self._intern)
        missed, partly, honoured = _counts(reflection)
        date = reflection_date(reflection)
        self.conn.execute(
            _UPSERT,
            (
                reflection.id,
                reflection.created,
                reflection.updated,
                date,
                reflection.context.kind,
                reflection.scenario,
                reflection.language,
                1 if reflection.complete else 0,
                missed,
                partly,
                honoured,
                search_text(reflection),
                json.dumps(sketch, ensure_ascii=False, separators=(",", ":")),
                doc,
            ),
        )
        self.conn.execute("DELETE FROM findings WHERE reflection_id = ?", (reflection.id,))
        if reflection.complete and sketch["f"]:
            self.conn.executemany(
                "INSERT OR REPLACE INTO findings (reflection_id, set_id, principle_id, status, "
                "date, title_id) VALUES (?, ?, ?, ?, ?, ?)",
                [(reflection.id, f[0], f[1], f[3], date, f[2]) for f in sketch["f"]],
            )

    @_guarded
    def save(self, reflection: Reflection) -> None:
        """Save a reflection or a draft (``reflection.complete``) in one transaction."""
        with self.transaction():
            self._write(reflection)

    @_guarded
    def save_many(
        self,
        reflections: Iterable[Reflection],
        *,
        skip_existing: bool = False,
        progress: Callable[[int], None] | None = None,
    ) -> tuple[list[str], list[str]]:
        """Save many reflections in one transaction; return (saved ids, skipped ids)."""
        saved: list[str] = []
        skipped: list[str] = []
        with self.transaction():
            for reflection in reflections:
                if (
                    skip_existing
                    and self.conn.execute(
                        "SELECT 1 FROM reflections WHERE id = ?", (reflection.id,)
                    ).fetchone()
                ):
                    skipped.append(reflection.id)
                else:
                    self._write(reflection)
                    saved.append(reflection.id)
                if progress:
                    progress(1)
        return saved, skipped

    @_guarded
    def delete(self, ids: Sequence[str]) -> int:
        """Delete reflections (or drafts) by exact id, in one transaction."""
        if not ids:
            return 0
        marks = ",".join("?" * len(ids))
        with self.transaction():
            self.conn.execute(f"DELETE FROM findings WHERE reflection_id IN ({marks})", ids)
            cursor = self.conn.execute(f"DELETE FROM reflections WHERE id IN ({marks})", ids)
        return cursor.rowcount

    # -- reading -----------------------------------------------------------------------------
    @_guarded
    def resolve(self, prefix: str) -> str:
        """The id that ``prefix`` (a whole id, or its start) names; a user error otherwise."""
        wanted = prefix.strip()
        if not wanted:
            raise PartnerschapError("error.store.unknown_id", id=prefix)
        rows = self.conn.execute(
            "SELECT id FROM reflections WHERE id = ? UNION "
            "SELECT id FROM reflections WHERE substr(id, 1, ?) = ? LIMIT 6",
            (wanted, len(wanted), wanted),
        ).fetchall()
        ids = [r[0] for r in rows]
        if wanted in ids:
            return wanted
        if not ids:
            raise PartnerschapError("error.store.unknown_id", id=prefix)
        if len(ids) > 1:
            raise PartnerschapError(
                "error.store.ambiguous_id", id=prefix, matches=", ".join(sorted(ids)[:5])
            )
        return ids[0]

    @_guarded
    def get(self, reflection_id: str) -> Reflection:
        row = self.conn.execute(
            "SELECT doc FROM reflections WHERE id = ?", (reflection_id,)
        ).fetchone()
        if row is None:
            raise PartnerschapError("error.store.unknown_id", id=reflection_id)
        return decode(row[0])

    @_guarded
    def is_draft(self, reflection_id: str) -> bool:
        row = self.conn.execute(
            "SELECT complete FROM reflections WHERE id = ?", (reflection_id,)
        ).fetchone()
        return row is not None and not row[0]

    @_guarded
    def latest_draft(self) -> Reflection | None:
        row = self.conn.execute(
            "SELECT doc FROM reflections WHERE complete = 0 "
            "ORDER BY updated DESC, created DESC LIMIT 1"
        ).fetchone()
        return decode(row[0]) if row else None

    @_guarded
    def count(self, filters: Filters | None = None) -> int:
        where, params = (filters or Filters()).where()
        return int(
            self.conn.execute(f"SELECT count(*) FROM reflections WHERE {where}", params).fetchone()[
                0
            ]
        )

    @_guarded
    def principle_ids(self) -> list[tuple[str, str]]:
        """``(set id, principle id)`` of every principle with a finding in the log."""
        return [
            (str(r[0]), str(r[1]))
            for r in self.conn.execute(
                "SELECT DISTINCT set_id, principle_id FROM findings ORDER BY set_id, principle_id"
            )
        ]

    @_guarded
    def summaries(
        self, filters: Filters | None = None, *, limit: int | None = None
    ) -> list[Summary]:
        """Newest first."""
        where, params = (filters or Filters()).where()
        sql = f"{_SUMMARY} WHERE {where} {NEWEST_FIRST}"
        if limit is not None and limit > 0:
            sql += f" LIMIT {int(limit)}"
        return [
            Summary(
                id=r[0],
                date=r[1],
                kind=r[2],
                scenario=r[3],
                scenario_title=LocalizedText.from_json(json.loads(r[4])) if r[4] else None,
                missed=r[5],
                partly=r[6],
                created=r[7],
                updated=r[8],
                complete=bool(r[9]),
            )
            for r in self.conn.execute(sql, params)
        ]

    @_guarded
    def iter_docs(self, filters: Filters | None = None) -> Iterator[tuple[str, str]]:
        """``(id, JSON document)`` oldest first, streamed from the database."""
        where, params = (filters or Filters()).where()
        yield from self.conn.execute(
            f"SELECT id, doc FROM reflections WHERE {where} {OLDEST_FIRST}", params
        )

    @_guarded
    def iter_outlines(self, filters: Filters | None = None) -> Iterator[tuple[str, str]]:
        """``(id, outline JSON)`` oldest first (see :mod:`partnerschap.log.outline`)."""
        where, params = (filters or Filters()).where()
        yield from self.conn.execute(
            f"SELECT id, outline FROM reflections WHERE {where} {OLDEST_FIRST}", params
        )

    @_guarded
    def texts(self, ids: Iterable[int] | None = None) -> dict[int, Any]:
        """Localized texts by number: all of them, or those asked for."""
        if ids is None:
            rows = self.conn.execute("SELECT id, value FROM texts")
            return {r[0]: json.loads(r[1]) for r in rows}
        wanted = list(dict.fromkeys(ids))
        found: dict[int, Any] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                (r[0], json.loads(r[1]))
                for r in self.conn.execute(
                    f"SELECT id, value FROM texts WHERE id IN ({marks})", chunk
                )
            )
        return found

    @_guarded
    def iter_reflections(self, filters: Filters | None = None) -> Iterator[Reflection]:
        for _id, doc in self.iter_docs(filters):
            yield decode(doc)

    @_guarded
    def existing_ids(self, ids: Iterable[str]) -> set[str]:
        wanted = list(ids)
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT id FROM reflections WHERE id IN ({marks})", chunk
                )
            )
        return found

    # -- aggregates for stats ----------------------------------------------------------------
    @_guarded
    def principle_counts(
        self, filters: Filters | None = None
    ) -> list[tuple[str, str, dict[str, int], int]]:
        """``(set id, principle id, {status: count}, title number)`` over the selection; the
        title is the one of the latest reflection. An ordered scan of a covering index."""
        where, params = (filters or Filters()).findings_where()
        groups: dict[tuple[str, str], dict[str, int]] = {}
        for set_id, principle_id, status, n in self.conn.execute(
            "SELECT set_id, principle_id, status, count(*) FROM findings "
            f"INDEXED BY findings_principle WHERE {where} GROUP BY set_id, principle_id, status",
            params,
        ):
            groups.setdefault((set_id, principle_id), {})[status] = n
        result = []
        for (set_id, principle_id), counts in groups.items():
            latest = ("", 0)
            for status in counts:
                row = self.conn.execute(
                    "SELECT date, title_id FROM findings INDEXED BY findings_principle "
                    f"WHERE set_id = ? AND principle_id = ? AND status = ? AND {where} "
                    "ORDER BY date DESC LIMIT 1",
                    [set_id, principle_id, status, *params],
                ).fetchone()
                if row and row[0] >= latest[0]:
                    latest = (row[0], row[1])
            result.append((set_id, principle_id, counts, latest[1]))
        return result

    @_guarded
    def monthly_counts(
        self, filters: Filters | None = None
    ) -> list[tuple[str, int, int, int, int]]:
        """``(YYYY-MM, reflections, honoured, partly, missed)`` per month of conversation,
        from an index that holds the counts (no reflection is read)."""
        where, params = (filters or Filters()).where()
        return list(
            self.conn.execute(
                "SELECT substr(date, 1, 7), count(*), sum(honoured), sum(partly), sum(missed) "
                f"FROM reflections INDEXED BY reflections_month WHERE {where} GROUP BY 1",
                params,
            )
        )

    @_guarded
    def recent_next_steps(
        self, filters: Filters | None = None, limit: int = 5
    ) -> list[tuple[str, str, str, str]]:
        """``(id, date, kind, next step JSON)`` of the latest reflections that set one."""
        where, params = (filters or Filters()).where()
        return list(
            self.conn.execute(
                f"SELECT id, date, kind, json_extract(doc, '$.next_step') FROM reflections "
                f"WHERE {where} AND (json_extract(doc, '$.next_step.intention') != '' "
                f"OR json_array_length(doc, '$.next_step.questions') > 0) "
                f"{NEWEST_FIRST} LIMIT {int(limit)}",
                params,
            )
        )

    @_guarded
    def docs_by_id(self, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        wanted = list(dict.fromkeys(ids))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        return {
            r[0]: json.loads(r[1])
            for r in self.conn.execute(
                f"SELECT id, doc FROM reflections WHERE id IN ({marks})", wanted
            )
        }

    @_guarded
    def integrity(self) -> str:
        return str(self.conn.execute("PRAGMA integrity_check").fetchone()[0])
