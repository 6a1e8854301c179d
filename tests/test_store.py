"""The reflection store as a library: schema and migrations, safety settings, saving,
drafts, reading and filtering."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import stat
from pathlib import Path

import pytest

from partnerschap.errors import PartnerschapError
from partnerschap.log import migrations
from partnerschap.log.store import DB_NAME, Filters, Store, db_path, parse_date_option


@pytest.fixture
def store(isolated_home):
    with Store.open() as opened:
        yield opened


def test_store_lives_in_the_home_and_is_private(isolated_home):
    with Store.open() as store:
        assert store.path == isolated_home / DB_NAME == db_path()
    assert stat.S_IMODE(os.stat(isolated_home).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(isolated_home / DB_NAME).st_mode) == 0o600


def test_existing_loose_permissions_are_tightened(isolated_home):
    isolated_home.mkdir(mode=0o755)
    (isolated_home / DB_NAME).touch(mode=0o644)
    os.chmod(isolated_home / DB_NAME, 0o644)
    Store.open().close()
    assert stat.S_IMODE(os.stat(isolated_home).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(isolated_home / DB_NAME).st_mode) == 0o600


def test_wal_busy_timeout_and_schema_version(store):
    conn = store.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 5000
    assert migrations.schema_version(conn) == migrations.latest_version() == 4
    names = [r[0] for r in conn.execute("SELECT name FROM _migrations ORDER BY rowid")]
    assert names == [fn.__name__ for fn in migrations.MIGRATIONS]
    assert store.integrity() == "ok"


def test_reading_does_not_create_a_store(isolated_home):
    with Store.open(create=False) as store:
        assert store.count() == 0
        assert store.path is None
    assert not (isolated_home / DB_NAME).exists()


def test_old_store_is_migrated_forward(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    # A store of version 1: only the first migration applied.
    conn.execute("BEGIN")
    migrations._ensure_log(conn)
    migrations.MIGRATIONS[0](conn)
    conn.execute("INSERT INTO _migrations VALUES ('m001_reflections', 'then')")
    conn.execute("PRAGMA user_version = 1")
    conn.execute("COMMIT")
    conn.close()
    with Store.open(path) as store:
        assert migrations.schema_version(store.conn) == 4
        names = [r[0] for r in store.conn.execute("SELECT name FROM _migrations")]
        assert names == [
            "m001_reflections",
            "m002_findings",
            "m003_monthly_counts",
            "m004_transcript_measures",
        ]


def test_m003_counts_honoured_principles_of_existing_reflections(tmp_path, make_reflection):
    path = tmp_path / "v2.db"
    items = [
        make_reflection(answers={"respect.listened": "yes", "details.concrete": "yes"}),
        make_reflection(answers={"respect.listened": "no"}),
    ]
    with Store.open(path) as store:
        store.save_many(items)
    # Take the store back to version 2, as an older partnerschap left it.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP INDEX reflections_month")
    conn.execute("ALTER TABLE reflections DROP COLUMN honoured")
    conn.execute("CREATE INDEX findings_date ON findings (date, status)")
    conn.execute(
        "DELETE FROM _migrations WHERE name IN ('m003_monthly_counts', 'm004_transcript_measures')"
    )
    conn.execute("PRAGMA user_version = 2")
    conn.close()
    with Store.open(path) as store:
        honoured = dict(store.conn.execute("SELECT id, honoured FROM reflections"))
        assert honoured == {items[0].id: 2, items[1].id: 0}
        indexes = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
        assert "reflections_month" in indexes and "findings_date" not in indexes


def test_migrations_apply_in_order_once(tmp_path, monkeypatch):
    calls: list[str] = []

    def m999_extra(conn):
        calls.append("m999")
        conn.execute("CREATE TABLE extra (x)")

    path = tmp_path / "s.db"
    Store.open(path).close()
    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m999_extra])
    Store.open(path).close()
    Store.open(path).close()
    assert calls == ["m999"]
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(migrations.MIGRATIONS)


def test_failed_migration_leaves_the_store_at_its_version(tmp_path, monkeypatch):
    path = tmp_path / "s.db"
    Store.open(path).close()

    def m999_broken(conn):
        conn.execute("CREATE TABLE half (x)")
        raise RuntimeError("boom")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, m999_broken])
    with pytest.raises(RuntimeError):
        Store.open(path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == migrations.latest_version() - 1
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half'").fetchone() == (0,)


def test_newer_store_is_refused_untouched(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    with pytest.raises(PartnerschapError) as info:
        Store.open(path)
    assert info.value.key == "error.store.too_new"
    assert info.value.params["version"] == 99
    assert path.read_bytes() == before


def test_not_a_database_is_a_user_error(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(PartnerschapError) as info:
        Store.open(path)
    assert info.value.key == "error.store.unreadable"


def test_save_and_get_round_trip(store, make_reflection):
    reflection = make_reflection(
        answers={"respect.listened": "no", "details.concrete": "partly"},
        notes={"respect": "# kop | pijp"},
        intention="Eerst luisteren",
    )
    store.save(reflection)
    again = store.get(reflection.id)
    assert again.to_json() == reflection.to_json()
    assert again.scenario_title is not None and again.scenario_title.nl == "Ouders worden boos"
    assert again.set_versions["partnerschap"]["version"] == "1.0"
    assert again.set_versions["partnerschap"]["digest"]
    row = store.conn.execute(
        "SELECT date, kind, scenario, complete, missed, partly FROM reflections"
    ).fetchone()
    assert row == ("2026-11-20", "huisbezoek", "angry", 1, 1, 1)
    assert store.conn.execute("SELECT count(*) FROM findings").fetchone()[0] == len(
        reflection.findings
    )


def test_saving_again_replaces(store, make_reflection):
    reflection = make_reflection(answers={"respect.listened": "no"})
    store.save(reflection)
    reflection.next_step.intention = "Anders"
    store.save(reflection)
    assert store.count() == 1
    assert store.get(reflection.id).next_step.intention == "Anders"
    assert store.conn.execute("SELECT count(*) FROM findings").fetchone()[0] == len(
        reflection.findings
    )


def test_a_failing_save_leaves_nothing(store, make_reflection, monkeypatch):
    reflection = make_reflection(answers={"respect.listened": "no"})
    original = store.conn

    class Failing:
        def __init__(self):
            self.calls = 0

        def execute(self, sql, *args):
            if sql.startswith("INSERT OR REPLACE INTO findings"):
                raise sqlite3.OperationalError("disk I/O error")
            return original.execute(sql, *args)

        def executemany(self, sql, *args):
            raise sqlite3.OperationalError("disk I/O error")

        @property
        def in_transaction(self):
            return original.in_transaction

    monkeypatch.setattr(store, "conn", Failing())
    with pytest.raises(PartnerschapError) as failed:
        store.save(reflection)
    assert failed.value.key == "error.store.io"
    monkeypatch.setattr(store, "conn", original)
    assert store.count() == 0
    assert original.execute("SELECT count(*) FROM reflections").fetchone()[0] == 0
    assert original.execute("SELECT count(*) FROM texts").fetchone()[0] == 0
    # The texts cache did not keep numbers of the rolled-back texts.
    store.save(reflection)
    assert store.get(reflection.id).to_json() == reflection.to_json()


def test_drafts_are_kept_apart(store, make_reflection):
    done = make_reflection()
    store.save(done)
    draft = make_reflection(kind="telefoongesprek")
    draft.complete = False
    draft.findings = []
    store.save(draft)
    assert store.count() == 1
    assert store.count(Filters(drafts=True)) == 1
    assert store.latest_draft().id == draft.id
    assert store.is_draft(draft.id) and not store.is_draft(done.id)
    assert [s.id for s in store.summaries()] == [done.id]


def test_latest_draft_is_the_last_updated(store, make_reflection):
    first = make_reflection()
    first.complete = False
    first.updated = "2026-11-20T10:00:00+01:00"
    second = make_reflection()
    second.complete = False
    second.updated = "2026-11-21T10:00:00+01:00"
    store.save(second)
    store.save(first)
    assert store.latest_draft().id == second.id


def test_resolve_prefixes(store, make_reflection):
    a = make_reflection()
    a.id = "abc123def0"
    b = make_reflection()
    b.id = "abd999aaa0"
    store.save_many([a, b])
    assert store.resolve("abc") == "abc123def0"
    assert store.resolve("abc123def0") == "abc123def0"
    with pytest.raises(PartnerschapError) as info:
        store.resolve("ab")
    assert info.value.key == "error.store.ambiguous_id"
    with pytest.raises(PartnerschapError) as info:
        store.resolve("zzz")
    assert info.value.key == "error.store.unknown_id"
    with pytest.raises(PartnerschapError):
        store.resolve("%")


def test_filters(store, make_reflection):
    items = [
        make_reflection(
            date="2026-01-05",
            scenario="angry",
            answers={"respect.listened": "no"},
            notes={"respect": "Vader werd BOOS"},
        ),
        make_reflection(
            date="2026-02-10",
            scenario="relieved",
            answers={"respect.listened": "yes", "details.concrete": "no"},
            intention="Concreet doorvragen",
        ),
        make_reflection(
            date="2026-03-15", scenario="no-trust", kind="netwerkberaad", participants="oma, mentor"
        ),
    ]
    store.save_many(items)

    def ids(**kwargs):
        return [s.id for s in store.summaries(Filters(**kwargs))]

    assert ids() == [items[2].id, items[1].id, items[0].id]  # newest first
    assert ids(since=dt.date(2026, 2, 1)) == [items[2].id, items[1].id]
    assert ids(until=dt.date(2026, 2, 10)) == [items[1].id, items[0].id]
    assert ids(scenario="relieved") == [items[1].id]
    assert ids(missed="respect") == [items[0].id]
    assert ids(missed="partnerschap/details") == [items[1].id]
    assert ids(missed="other-set/respect") == []
    assert ids(text="boos") == [items[0].id]
    assert ids(text="CONCREET") == [items[1].id]
    assert ids(text="mentor") == [items[2].id]
    assert ids(text="netwerk") == [items[2].id]
    assert store.summaries(limit=1)[0].id == items[2].id
    summary = store.summaries(Filters(ids=(items[0].id,)))[0]
    assert (summary.missed, summary.partly, summary.scenario_label("nl")) == (
        1,
        0,
        "Ouders worden boos",
    )


def test_delete(store, make_reflection):
    a, b = make_reflection(answers={"respect.listened": "no"}), make_reflection()
    store.save_many([a, b])
    assert store.delete([a.id]) == 1
    assert store.count() == 1
    assert (
        store.conn.execute(
            "SELECT count(*) FROM findings WHERE reflection_id = ?", (a.id,)
        ).fetchone()[0]
        == 0
    )


def test_save_many_skips_existing(store, make_reflection):
    a, b = make_reflection(), make_reflection()
    store.save(a)
    saved, skipped = store.save_many([a, b], skip_existing=True)
    assert (saved, skipped) == ([b.id], [a.id])


@pytest.mark.parametrize(
    "value,expected",
    [
        ("2026-11-20", dt.date(2026, 11, 20)),
        ("20-11-2026", dt.date(2026, 11, 20)),
        (None, None),
        ("", None),
    ],
)
def test_parse_date_option(value, expected):
    assert parse_date_option(value) == expected


@pytest.mark.parametrize("value", ["2026-13-01", "morgen", "31-02-2026"])
def test_bad_date_option(value):
    with pytest.raises(PartnerschapError) as info:
        parse_date_option(value)
    assert info.value.key == "error.store.bad_date"


def test_unwritable_home_is_a_user_error(tmp_path, monkeypatch):
    if os.geteuid() == 0:
        pytest.skip("root can write anywhere")
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(PartnerschapError):
        Store.open(locked / "sub" / DB_NAME)


def test_store_path_follows_home(monkeypatch, tmp_path):
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "elders"))
    assert db_path() == Path(tmp_path / "elders" / DB_NAME)
