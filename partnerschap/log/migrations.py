"""Forward migrations of the reflection store's schema.

Every change to the schema is a small named function, appended to :data:`MIGRATIONS` with
the :func:`migration` decorator and never edited once released. The store's version is
``PRAGMA user_version``: the number of migrations applied. :func:`migrate` applies the
missing ones in order, each in its own transaction together with the new version number and
a row in ``_migrations`` (name and time), so a crash leaves the store at a whole version.
A store with a higher version than this code knows was written by a newer partnerschap and
is refused rather than touched.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable

Migration = Callable[[sqlite3.Connection], None]

MIGRATIONS: list[Migration] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append(fn)
    return fn


class StoreTooNew(Exception):
    def __init__(self, version: int, supported: int) -> None:
        super().__init__(f"store version {version} is newer than {supported}")
        self.version = version
        self.supported = supported


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def latest_version() -> int:
    return len(MIGRATIONS)


def pending(conn: sqlite3.Connection) -> list[Migration]:
    version = schema_version(conn)
    if version > latest_version():
        raise StoreTooNew(version, latest_version())
    return MIGRATIONS[version:]


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the missing migrations; return their names. ``conn`` must be in autocommit
    mode (``isolation_level=None``). Safe when several processes open a new store at once:
    the version is read again inside the write transaction."""
    applied: list[str] = []
    while pending(conn):
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = schema_version(conn)
            if version > latest_version():
                raise StoreTooNew(version, latest_version())
            if version == latest_version():
                conn.execute("COMMIT")
                break
            fn = MIGRATIONS[version]
            _ensure_log(conn)
            fn(conn)
            conn.execute(
                "INSERT INTO _migrations (name, applied) VALUES (?, ?)",
                (fn.__name__, dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")),
            )
            conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(fn.__name__)
    return applied


def _ensure_log(conn: sqlite3.Connection) -> None:
    conn.execute(
        "CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied TEXT NOT NULL)"
    )


# --- the migrations, oldest first ------------------------------------------------------------


@migration
def m001_reflections(conn: sqlite3.Connection) -> None:
    """Reflections as a JSON document plus the columns the log filters and sorts on, an
    outline for fast markdown (:mod:`partnerschap.log.outline`) and the texts it refers to."""
    conn.execute(
        """
        CREATE TABLE reflections (
            id TEXT PRIMARY KEY,
            created TEXT NOT NULL,
            updated TEXT NOT NULL,
            date TEXT NOT NULL,          -- date of the conversation, YYYY-MM-DD
            kind TEXT NOT NULL DEFAULT '',
            scenario TEXT,
            language TEXT NOT NULL,
            complete INTEGER NOT NULL,   -- 0: a draft
            missed INTEGER NOT NULL DEFAULT 0,
            partly INTEGER NOT NULL DEFAULT 0,
            search TEXT NOT NULL DEFAULT '',  -- case-folded notes, next steps and context
            outline TEXT NOT NULL,       -- what markdown needs; before doc, so reading it
            doc TEXT NOT NULL            -- does not read the whole reflection as JSON
        )
        """
    )
    conn.execute("CREATE INDEX reflections_order ON reflections (complete, date, created, id)")
    conn.execute("CREATE INDEX reflections_updated ON reflections (complete, updated)")
    conn.execute(
        """
        CREATE TABLE texts (
            id INTEGER PRIMARY KEY,
            value TEXT NOT NULL UNIQUE   -- a localized text as JSON, e.g. {"nl": ..., "en": ...}
        )
        """
    )


@migration
def m002_findings(conn: sqlite3.Connection) -> None:
    """One row per principle of a complete reflection, for stats and ``--missed``."""
    conn.execute(
        """
        CREATE TABLE findings (
            reflection_id TEXT NOT NULL REFERENCES reflections (id) ON DELETE CASCADE,
            set_id TEXT NOT NULL,
            principle_id TEXT NOT NULL,
            status TEXT NOT NULL,
            date TEXT NOT NULL,
            title_id INTEGER NOT NULL REFERENCES texts (id),
            PRIMARY KEY (reflection_id, set_id, principle_id)
        ) WITHOUT ROWID
        """
    )
    # Covering indexes: stats per principle and per day are one ordered index scan each.
    conn.execute(
        "CREATE INDEX findings_principle ON findings (set_id, principle_id, status, date, title_id)"
    )
    conn.execute("CREATE INDEX findings_date ON findings (date, status)")


@migration
def m003_monthly_counts(conn: sqlite3.Connection) -> None:
    """Count honoured principles per reflection too, with an index holding the three counts,
    so the monthly trend reads one small index instead of every finding."""
    conn.execute("ALTER TABLE reflections ADD COLUMN honoured INTEGER NOT NULL DEFAULT 0")
    conn.execute(
        """
        UPDATE reflections SET honoured = (
            SELECT count(*) FROM findings
            WHERE findings.reflection_id = reflections.id AND findings.status = 'honoured'
        ) WHERE complete = 1
        """
    )
    conn.execute(
        "CREATE INDEX reflections_month ON reflections (complete, date, honoured, partly, missed)"
    )
    conn.execute("DROP INDEX findings_date")


@migration
def m004_transcript_measures(conn: sqlite3.Connection) -> None:
    """The transcript's measures (``reflect --transcript``) in the outline, so the markdown
    export shows them: copied from the document's ``extra`` where it has them."""
    conn.execute(
        """
        UPDATE reflections
        SET outline = json_set(
            outline, '$.x', json(json_extract(doc, '$.extra.transcript.metrics'))
        )
        WHERE json_type(doc, '$.extra.transcript.metrics') = 'object'
        """
    )
