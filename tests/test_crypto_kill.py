"""Encrypting, decrypting and changing the passphrase survive SIGKILL at any moment, and two
processes can save into an encrypted log at once.

Child processes run a conversion on a copy of a log; the test kills them with SIGKILL after a
random (seeded) delay up to a little longer than a whole conversion takes, then checks that
the log at its path is either the old one or the new one, opens with its passphrase, passes
``PRAGMA integrity_check`` and holds every row it held before. Passphrases reach the
children on stdin, never in argv. The key derivation is lowered in the children as in
tests/test_crypto.py.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("sqlcipher3")

from partnerschap.i18n import LocalizedText  # noqa: E402
from partnerschap.log import crypto, kdf  # noqa: E402
from partnerschap.log.store import DB_NAME, Store  # noqa: E402
from partnerschap.reflection.engine import Finding, Status  # noqa: E402
from partnerschap.reflection.record import Reflection  # noqa: E402

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

REPO = Path(__file__).resolve().parent.parent
ITERATIONS = 2_000
OLD, NEW = "de oude wachtwoordzin", "de nieuwe wachtwoordzin"
NOTE = "notitie over het huisbezoek"
RUNS = 8  # kills per conversion

CONVERT = f"""
import sys
from pathlib import Path
from partnerschap.log import crypto, kdf
kdf.KDF_ITERATIONS = {ITERATIONS}
op, path = sys.argv[1], Path(sys.argv[2])
old, new = sys.stdin.read().split("\\n")[:2]
print("ready", flush=True)
if op == "encrypt":
    crypto.encrypt(path, new)
elif op == "decrypt":
    crypto.decrypt(path, crypto.unlock(path, old))
else:
    crypto.change_passphrase(path, crypto.unlock(path, old), new)
print("done", flush=True)
"""

# (passphrase of the log before, passphrase after); None: a plain log
STATES = {"encrypt": (None, NEW), "decrypt": (OLD, None), "passphrase": (OLD, NEW)}


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    monkeypatch.setattr(kdf, "KDF_ITERATIONS", ITERATIONS)


def reflection(i: int, width: int = 8) -> Reflection:
    r = Reflection(id=f"r{i:05d}", complete=True)
    r.context.date = "2026-11-20"
    r.context.kind = "huisbezoek"
    r.findings = [
        Finding("set", f"p{j}", LocalizedText(f"titel {j}"), Status.MISSED) for j in range(width)
    ]
    r.notes = {f"p{j}": f"{NOTE} {i} " + "y" * 400 for j in range(width // 2)}
    return r


@pytest.fixture(scope="module")
def templates(tmp_path_factory) -> dict[str | None, Path]:
    """The same log, plain and encrypted with OLD (made once for the module)."""
    folder = tmp_path_factory.mktemp("templates")
    plain = folder / "plain" / DB_NAME
    with Store.open(plain) as store:
        store.save_many(reflection(i) for i in range(150))
    encrypted = folder / "encrypted" / DB_NAME
    encrypted.parent.mkdir()
    shutil.copy(plain, encrypted)
    saved, kdf.KDF_ITERATIONS = kdf.KDF_ITERATIONS, ITERATIONS
    try:
        crypto.encrypt(encrypted, OLD)
    finally:
        kdf.KDF_ITERATIONS = saved
    return {None: plain, OLD: encrypted}


def contents(path: Path, passphrase: str | None) -> tuple:
    """Integrity, and everything in the log: the schema version and every row of every table."""
    with Store.open(path, create=False, unlock=lambda p: crypto.unlock(p, passphrase or "")) as s:
        assert s.integrity() == "ok"
        assert s.conn.execute("PRAGMA foreign_key_check").fetchall() == []
        version = s.conn.execute("PRAGMA user_version").fetchone()[0]
        tables = {
            name: sorted(s.conn.execute(f'SELECT * FROM "{name}"').fetchall())
            for (name,) in s.conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name != '_migrations'"
            )
        }
        return version, tables


def which_state(path: Path, op: str) -> str:
    """ "old" or "new": which of the two logs is at ``path`` (exactly one opens)."""
    before, after = STATES[op]
    opens = []
    for name, passphrase in (("old", before), ("new", after)):
        if passphrase is None:
            if not crypto.is_encrypted(path):
                opens.append(name)
        elif crypto.is_encrypted(path):
            try:
                crypto.unlock(path, passphrase)
                opens.append(name)
            except crypto.WrongPassphrase:
                pass
    assert len(opens) == 1, opens
    return opens[0]


def start(op: str, path: Path) -> subprocess.Popen[str]:
    proc = subprocess.Popen(
        [sys.executable, "-c", CONVERT, op, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert proc.stdin is not None and proc.stdout is not None
    proc.stdin.write(f"{OLD}\n{NEW}\n")
    proc.stdin.close()
    proc.stdin = None  # communicate() must not flush it again
    assert proc.stdout.readline().strip() == "ready", proc.stderr and proc.stderr.read()
    return proc


def fresh_copy(template: Path, folder: Path) -> Path:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    path = folder / DB_NAME
    shutil.copy(template, path)
    return path


@pytest.mark.parametrize("op", ["encrypt", "decrypt", "passphrase"])
def test_sigkill_during_a_conversion_leaves_the_old_or_the_new_log_whole(op, templates, tmp_path):
    before, after = STATES[op]
    template = templates[before]
    expected = contents(template, before)
    # One whole conversion first: how long it takes, and that it ends with the new log.
    path = fresh_copy(template, tmp_path / "whole")
    started = time.perf_counter()
    proc = start(op, path)
    out, err = proc.communicate(timeout=120)
    duration = time.perf_counter() - started
    assert proc.returncode == 0 and out.strip() == "done", err
    assert which_state(path, op) == "new"
    assert contents(path, after) == expected

    rng = random.Random(f"2026-{op}")
    seen = []
    for run in range(RUNS):
        path = fresh_copy(template, tmp_path / f"run{run}")
        proc = start(op, path)
        time.sleep(rng.uniform(0.0, duration * 1.2))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        state = which_state(path, op)
        seen.append(state)
        passphrase = before if state == "old" else after
        if state == "new" and after is not None:  # encrypted: no note readable in any file
            for file in path.parent.iterdir():
                assert NOTE.encode() not in file.read_bytes(), file.name
        assert contents(path, passphrase) == expected
        if state == "old":  # and the conversion can simply be run again
            proc = start(op, path)
            _out, err = proc.communicate(timeout=120)
            assert proc.returncode == 0, err
            assert which_state(path, op) == "new"
            assert contents(path, after) == expected
            assert sorted(p.name for p in path.parent.iterdir()) == [DB_NAME, DB_NAME + ".lock"]
    assert "old" in seen  # the kills did land during conversions


SAVER = f"""
import sys, time
from pathlib import Path
from partnerschap.log import crypto, kdf
from partnerschap.reflection.engine import Finding, Status
from partnerschap.i18n import LocalizedText
from partnerschap.reflection.record import Reflection
from partnerschap.log.store import Store

kdf.KDF_ITERATIONS = {ITERATIONS}
path, prefix, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
passphrase = sys.stdin.readline().rstrip("\\n")
store = Store.open(Path(path), unlock=lambda p: crypto.unlock(p, passphrase))
print("ready", flush=True)
while time.time() < start:
    time.sleep(0.001)
for i in range(count):
    r = Reflection(id=f"{{prefix}}{{i:05d}}", complete=True)
    r.context.date = "2026-11-20"
    r.findings = [Finding("set", f"p{{j}}", LocalizedText(f"titel {{j}} {{prefix}}{{i}}"),
                          Status.MISSED) for j in range(4)]
    r.notes = {{"p0": "notitie " + "y" * 500}}
    store.save(r)
store.close()
print("done", flush=True)
"""


def test_two_processes_saving_into_an_encrypted_log_at_once(tmp_path):
    path = tmp_path / DB_NAME
    Store.open(path).close()
    crypto.encrypt(path, OLD)
    begin = time.time() + 1.5
    procs = []
    for prefix in ("a", "b"):
        proc = subprocess.Popen(
            [sys.executable, "-c", SAVER, str(path), prefix, "150", str(begin)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env={**os.environ, "PYTHONPATH": str(REPO)},
        )
        assert proc.stdin is not None
        proc.stdin.write(OLD + "\n")
        proc.stdin.close()
        proc.stdin = None
        procs.append(proc)
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.split() == ["ready", "done"]
    with Store.open(path, unlock=lambda p: crypto.unlock(p, OLD)) as store:
        assert store.encrypted and store.integrity() == "ok"
        ids = {s.id for s in store.summaries()}
    assert ids == {f"{p}{i:05d}" for p in "ab" for i in range(150)}
