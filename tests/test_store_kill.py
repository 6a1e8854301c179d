"""The store survives being killed while it saves, and two processes saving at once.

Child processes run a small Python snippet against the store; the test kills them with
SIGKILL at random moments and then checks that the database passes ``PRAGMA
integrity_check`` and that every reflection in it is whole (all or nothing).
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from partnerschap.log.store import Store

pytestmark = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")

REPO = Path(__file__).resolve().parent.parent

SAVER = """
import sys, time
from pathlib import Path
from partnerschap.reflection.engine import Finding, Status
from partnerschap.i18n import LocalizedText
from partnerschap.reflection.record import Reflection
from partnerschap.log.store import Store

path, prefix, count, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
store = Store.open(Path(path))
print("ready", flush=True)
while time.time() < start:
    time.sleep(0.001)
for i in range(count):
    r = Reflection(id=f"{prefix}{i:05d}", complete=True)
    r.context.date = "2026-11-20"
    r.context.kind = "huisbezoek"
    # Big enough to span many pages; new texts every time, so each save writes to all tables.
    r.findings = [
        Finding("set", f"p{j}", LocalizedText(f"titel {j} {prefix}{i}"), Status.MISSED,
                suggestions=(LocalizedText(f"vraag {prefix}{i} " + "x" * 300),))
        for j in range(WIDTH)
    ]
    r.notes = {f"p{j}": f"notitie {i} " + "y" * 1500 for j in range(WIDTH // 2)}
    store.save(r)
print("done", flush=True)
"""


def start_saver(
    path: Path, prefix: str, count: int, width: int = 20, start: float = 0.0
) -> subprocess.Popen[str]:
    code = SAVER.replace("WIDTH", str(width))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", code, str(path), prefix, str(count), str(start)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def check_whole(path: Path, width: int = 20) -> int:
    """Integrity, and every stored reflection complete in every table. Returns the count."""
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        rows = conn.execute("SELECT id, missed, outline, doc FROM reflections").fetchall()
        for rid, missed, outline, doc in rows:
            data = json.loads(doc)
            assert data["id"] == rid and len(data["findings"]) == width
            assert len(data["notes"]) == width // 2
            assert missed == width
            assert len(json.loads(outline)["f"]) == width
            n = conn.execute(
                "SELECT count(*) FROM findings WHERE reflection_id = ?", (rid,)
            ).fetchone()[0]
            assert n == width
        orphans = conn.execute(
            "SELECT count(*) FROM findings WHERE reflection_id NOT IN (SELECT id FROM reflections)"
            " OR title_id NOT IN (SELECT id FROM texts)"
        ).fetchone()[0]
        assert orphans == 0
        return len(rows)
    finally:
        conn.close()


def test_sigkill_while_saving_never_leaves_half_a_reflection(tmp_path):
    path = tmp_path / "log.db"
    Store.open(path).close()
    rng = random.Random(2026)
    counts = [0]
    for run in range(20):
        proc = start_saver(path, f"r{run:02d}x", 100_000)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "ready", proc.stderr.read()
        time.sleep(rng.uniform(0.0, 0.12))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
        assert proc.returncode == -signal.SIGKILL
        counts.append(check_whole(path))
        assert counts[-1] >= counts[-2]
    assert counts[-1] > 0  # the savers did get work done between the kills
    with Store.open(path) as store:  # and the store is fine to use afterwards
        assert store.count() == counts[-1]


def test_two_processes_saving_at_once(tmp_path):
    path = tmp_path / "log.db"  # a new store: both processes also race to create it
    start = time.time() + 1.0
    procs = [start_saver(path, prefix, 200, width=4, start=start) for prefix in ("a", "b")]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.split() == ["ready", "done"]
    assert check_whole(path, width=4) == 400
    with Store.open(path) as store:
        ids = {s.id for s in store.summaries()}
    assert ids == {f"{p}{i:05d}" for p in "ab" for i in range(200)}
