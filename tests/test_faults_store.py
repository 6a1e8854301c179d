"""Fault suite for the log and the files the tool writes (issue 15, items 8-11): a full disk,
a damaged or incomplete database, a disk error, failed and size-limited writes, and symlinks
planted where the tool reads or writes. Each case checks the exit code, the message and what
is on disk afterwards, and that no traceback reaches the user."""

from __future__ import annotations

import json
import os
import resource
import signal
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from partnerschap.errors import PartnerschapError
from partnerschap.log.store import DB_NAME, Store, db_path
from tests.test_cli_reflect import ANSWERS

REPO = Path(__file__).resolve().parent.parent
ORIGINAL_OPEN = Store.__dict__["open"]
ORIGINAL_WRITE = Store._write


def repair(monkeypatch) -> None:
    """The faults end: the store opens and writes normally again (same home)."""
    monkeypatch.setattr(Store, "open", ORIGINAL_OPEN)
    monkeypatch.setattr(Store, "_write", ORIGINAL_WRITE)


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture
def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    return path


@pytest.fixture
def filled(make_reflection):
    """Three complete reflections in the store; returns them (oldest first)."""
    made = [
        make_reflection(date=f"2026-11-2{i}", notes={"respect": f"NOTE{i}MARK"}) for i in range(3)
    ]
    with Store.open() as store:
        store.save_many(made)
    return made


def full_disk(monkeypatch) -> None:
    """Every store opened from now on is "full": SQLite's own SQLITE_FULL, no root needed."""
    original = Store.open.__func__

    def open_full(cls, *args, **kwargs):
        store = original(cls, *args, **kwargs)
        pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
        store.conn.execute(f"PRAGMA max_page_count = {pages}")
        return store

    monkeypatch.setattr(Store, "open", classmethod(open_full))


def fail_writes(monkeypatch, message: str, *, only_complete: bool = False) -> None:
    original = Store._write

    def write(self, reflection):
        if not only_complete or reflection.complete:
            raise sqlite3.OperationalError(message)
        return original(self, reflection)

    monkeypatch.setattr(Store, "_write", write)


def count_rows() -> tuple[int, int]:
    with Store.open() as store:
        return store.count(), store.conn.execute(
            "SELECT count(*) FROM reflections WHERE complete = 0"
        ).fetchone()[0]


# --- 8: database errors -----------------------------------------------------------------------


def test_disk_full_during_reflect_keeps_a_recovery_file(invoke, answers_file, monkeypatch):
    Store.open().close()  # an empty log exists
    fail_writes(monkeypatch, "database or disk is full")
    result = invoke("reflect", "--answers", answers_file)
    no_traceback(result)
    assert result.exit_code == 2
    assert "de schijf is vol" in result.output and "Maak ruimte vrij" in result.output
    recovery = list(db_path().parent.glob("recovery-*.json"))
    assert len(recovery) == 1 and str(recovery[0]) in result.output.replace("\n", "")
    assert stat.S_IMODE(recovery[0].stat().st_mode) == 0o600
    repair(monkeypatch)
    assert count_rows() == (0, 0)
    # What was typed comes back with import, complete.
    restored = invoke("import", recovery[0])
    assert restored.exit_code == 0, restored.output
    assert count_rows() == (1, 0)


def test_a_failed_final_save_keeps_the_draft(invoke, answers_file, monkeypatch):
    fail_writes(monkeypatch, "database or disk is full", only_complete=True)
    result = invoke("reflect", "--answers", answers_file, "--lang", "en")
    no_traceback(result)
    assert result.exit_code == 2
    assert "the disk is full" in result.output and "kept as draft" in result.output
    assert "reflect --resume" in result.output
    assert not list(db_path().parent.glob("recovery-*.json"))
    repair(monkeypatch)
    assert count_rows() == (0, 1)


def test_disk_io_error_names_log_check(invoke, answers_file, monkeypatch):
    fail_writes(monkeypatch, "disk I/O error")
    result = invoke("reflect", "--answers", answers_file)
    no_traceback(result)
    assert result.exit_code == 2
    assert "schijffout" in result.output and "partnerschap log check" in result.output
    assert list(db_path().parent.glob("recovery-*.json"))


def test_commit_that_sqlite_rolled_back_is_one_message(make_reflection, monkeypatch):
    """Disk full at COMMIT: SQLite rolls back itself; no "cannot rollback" follows."""
    store = Store.open()
    original = store.conn

    class FullAtCommit:
        def __getattr__(self, name):
            return getattr(original, name)

        def execute(self, sql, *args):
            if sql == "COMMIT":
                original.execute("ROLLBACK")
                raise sqlite3.OperationalError("database or disk is full")
            return original.execute(sql, *args)

    monkeypatch.setattr(store, "conn", FullAtCommit())
    with pytest.raises(PartnerschapError) as failed:
        store.save(make_reflection())
    assert failed.value.key == "error.store.full"
    monkeypatch.setattr(store, "conn", original)
    assert store.count() == 0
    store.save(make_reflection())  # the store is usable again
    assert store.count() == 1
    store.close()


def test_disk_full_during_import_imports_nothing(invoke, make_reflection, tmp_path, monkeypatch):
    with Store.open() as store:
        store.save_many(make_reflection(notes={"respect": "x" * 3000}) for _ in range(20))
    backup = tmp_path / "backup.json"
    assert invoke("export", "--format", "json", "--output", backup).exit_code == 0
    db_path().unlink()
    Store.open().close()
    full_disk(monkeypatch)
    result = invoke("import", backup)
    no_traceback(result)
    assert result.exit_code == 2 and "de schijf is vol" in result.output
    repair(monkeypatch)
    assert count_rows() == (0, 0)


def damage_bytes(old: bytes, new: bytes) -> None:
    path = db_path()
    data = path.read_bytes()
    assert old in data
    path.write_bytes(data.replace(old, new))


def test_text_that_is_not_utf8_is_damage_and_log_check_finds_it(invoke, filled, tmp_path):
    damage_bytes(b"NOTE1MARK", b"NOTE1\xff\xfe\xfd\xfc")
    result = invoke("log", "show", filled[1].id)
    no_traceback(result)
    assert result.exit_code == 2
    assert "is beschadigd" in result.output and "log check" in result.output
    check = invoke("log", "check", "--output", tmp_path / "leesbaar.json")
    no_traceback(check)
    assert check.exit_code == 1
    assert "Leesbaar: 2 van de 3." in check.output and filled[1].id in check.output
    saved = json.loads((tmp_path / "leesbaar.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in saved["reflections"]] == [filled[0].id, filled[2].id]
    assert stat.S_IMODE((tmp_path / "leesbaar.json").stat().st_mode) == 0o600


def test_malformed_json_in_a_document(invoke, filled):
    damage_bytes(b'"NOTE2MARK"', b'"NOTE2MARK}')
    for args in (
        ("log", "list"),
        ("log", "show", filled[2].id),
        ("export", "--format", "json"),
        ("export",),
    ):
        result = invoke(*args)
        no_traceback(result)
        assert result.exit_code == 2, args
        assert "is beschadigd" in result.output, args
    check = invoke("log", "check", "--json")
    report = json.loads(check.stdout)
    assert check.exit_code == 1 and report["unreadable"] == [filled[2].id]


def test_a_missing_table(invoke, filled):
    with sqlite3.connect(db_path()) as conn:
        conn.execute("DROP TABLE findings")
    conn.close()
    result = invoke("log", "stats")
    no_traceback(result)
    assert result.exit_code == 2 and "no such table: findings" in result.output
    check = invoke("log", "check")
    assert check.exit_code == 1 and "no such table: findings" in check.output


def test_log_check_of_a_sound_log_changes_nothing(invoke, filled):
    before = db_path().read_bytes()
    result = invoke("log", "check")
    assert result.exit_code == 0 and "in orde" in result.output and "(3)" in result.output
    assert db_path().read_bytes() == before


def test_log_check_without_a_log(invoke):
    result = invoke("log", "check")
    assert result.exit_code == 0 and "nog geen logboek" in result.output
    assert not db_path().exists()


def test_a_file_that_is_no_database(invoke, filled):
    db_path().write_bytes(b"this is not sqlite at all" * 100)
    for args in (("log", "list"), ("log", "check")):
        result = invoke(*args)
        no_traceback(result)
        assert result.exit_code in (1, 2), args


# --- 11: the store and symlinks --------------------------------------------------------------


@pytest.mark.parametrize("command", [("log", "list"), ("log", "check"), ("reflect", "ANSWERS")])
def test_a_store_that_is_a_symlink_is_refused(invoke, tmp_path, answers_file, command):
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE keep (x)")
    conn.close()
    os.chmod(other, 0o644)
    before = other.read_bytes()
    db_path().parent.mkdir(parents=True)
    db_path().symlink_to(other)
    args = [answers_file if a == "ANSWERS" else a for a in command]
    if command[0] == "reflect":
        args.insert(1, "--answers")
    result = invoke(*args)
    no_traceback(result)
    assert result.exit_code == 2
    assert "symbolische koppeling" in result.output
    assert DB_NAME in result.output.replace("\n", "")
    assert other.read_bytes() == before and stat.S_IMODE(other.stat().st_mode) == 0o644


def test_a_wal_that_is_a_symlink_is_refused(invoke, filled, tmp_path):
    target = tmp_path / "elsewhere"
    target.write_text("keep", encoding="utf-8")
    Path(f"{db_path()}-wal").symlink_to(target)
    result = invoke("log", "list")
    assert result.exit_code == 2 and "-wal" in result.output
    assert target.read_text(encoding="utf-8") == "keep"


def test_the_store_is_not_chmodded_when_already_private(filled):
    path = db_path()
    os.chmod(path, 0o644)
    Store.open().close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


# --- 9: a failed write keeps the old file ----------------------------------------------------


def test_failed_export_keeps_the_old_backup(invoke, filled, tmp_path, monkeypatch):
    backup = tmp_path / "backup.json"
    backup.write_text("LAST GOOD BACKUP", encoding="utf-8")
    from partnerschap.cli.export import view

    original = view.write_pieces

    def half_then_full(out, pieces):
        out.write("half")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(view, "write_pieces", half_then_full)
    result = invoke("export", "--format", "json", "--output", backup)
    no_traceback(result)
    assert result.exit_code == 2 and "No space left" in result.output
    assert "niet aangeraakt" in result.output
    assert backup.read_text(encoding="utf-8") == "LAST GOOD BACKUP"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []
    monkeypatch.setattr(view, "write_pieces", original)
    assert invoke("export", "--format", "json", "--output", backup).exit_code == 0
    assert json.loads(backup.read_text(encoding="utf-8"))["format"] == "partnerschap-reflections"
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600


def test_size_limited_export_keeps_the_old_backup(make_reflection, tmp_path):
    """RLIMIT_FSIZE in the child: the export fails halfway with EFBIG, for real."""
    with Store.open() as store:
        store.save_many(
            make_reflection(date="2026-11-20", notes={"respect": "x" * 2000}) for _ in range(60)
        )
    backup = tmp_path / "backup.json"
    backup.write_text("LAST GOOD BACKUP", encoding="utf-8")
    limit = 64 * 1024

    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "partnerschap", "export", "--format", "json", "-o", str(backup)],
        capture_output=True,
        text=True,
        preexec_fn=limited,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
    assert str(backup) in done.stderr.replace("\n", "")
    assert backup.read_text(encoding="utf-8") == "LAST GOOD BACKUP"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_config_write_is_atomic_and_private(invoke, monkeypatch):
    assert invoke("config", "set", "language", "en").exit_code == 0
    from partnerschap.config import config_path

    path = config_path()
    before = path.read_text(encoding="utf-8")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600

    def broken_fsync(fd):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    result = invoke("config", "set", "language", "nl")
    no_traceback(result)
    assert result.exit_code == 2 and "Input/output error" in result.output
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


# --- 10: planted symlinks at output names ----------------------------------------------------


def test_export_folder_does_not_write_through_a_planted_link(invoke, filled, tmp_path):
    from partnerschap.cli.export.view import export_filename

    out = tmp_path / "out"
    out.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    os.chmod(victim, 0o644)
    name = export_filename(filled[0].to_json(), "md")
    (out / name).symlink_to(victim)
    result = invoke("export", "--output", f"{out}/")
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "precious"
    assert stat.S_IMODE(victim.stat().st_mode) == 0o644
    planted = out / name
    assert not planted.is_symlink() and planted.read_text(encoding="utf-8").strip()
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in out.iterdir())
    assert len(list(out.iterdir())) == 3


def test_reflect_output_does_not_write_through_a_link(invoke, answers_file, tmp_path):
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    link = tmp_path / "reflectie.md"
    link.symlink_to(victim)
    result = invoke("reflect", "--answers", answers_file, "--no-save", "--output", link)
    no_traceback(result)
    assert result.exit_code == 0, result.output
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not link.is_symlink() and "huisbezoek" in link.read_text(encoding="utf-8")


def test_export_to_a_device_still_works(invoke, filled):
    result = invoke("export", "--format", "json", "--output", os.devnull)
    assert result.exit_code == 0, result.output
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


def test_atomic_write_leaves_no_temporary_file_on_failure(tmp_path):
    from partnerschap.atomic_write import atomic_open

    target = tmp_path / "file.txt"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_open(target) as handle:
        handle.write("new, half")
        raise RuntimeError("stop")
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["file.txt"]
