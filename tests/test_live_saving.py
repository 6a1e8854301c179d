"""The results files of ``drill live`` are written beside the session, never in its way: at a
reveal every phone gets the revealed view first, while the files (one per trainee, each
fsynced) are written in a worker thread; stopping waits for that writing and writes once more.
"""

from __future__ import annotations

import json
import threading
from contextlib import ExitStack

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402

from partnerschap.drills import load_drills  # noqa: E402
from partnerschap.drills.live import results as live_results  # noqa: E402
from partnerschap.drills.live.app import Limits, Room, create_app  # noqa: E402
from partnerschap.drills.live.results import ResultsWriter  # noqa: E402
from partnerschap.drills.live.session import LiveSession  # noqa: E402
from partnerschap.drills.practice import Filters, select  # noqa: E402
from partnerschap.sets.catalog import load_catalog  # noqa: E402

WAIT = 5  # seconds: the longest a blocked write waits before giving up


def next_state(ws, phase: str) -> dict:
    while True:
        message = ws.receive_json()
        if message["type"] == "state" and message["view"]["phase"] == phase:
            return message["view"]


def test_a_slow_disk_does_not_hold_up_the_reveal(tmp_path, monkeypatch):
    shown = select(load_drills(), Filters(), 2, "5")
    session = LiveSession(items=shown, sets=dict(load_catalog().sets))
    room = Room(session, ResultsWriter(tmp_path / "klas", seed="5"), Limits())
    app = create_app(room, join_url=f"http://127.0.0.1:8765/{session.code}/")

    seen = threading.Event()  # the phone has the revealed view
    order: list[str] = []
    write = live_results.write_private

    def slow_write(path, text):
        # A disk that takes its time: the file waits until the phone has its screen (or
        # until WAIT, when the server would not send anything before the file is written).
        order.append("seen first" if seen.wait(WAIT) else "written first")
        write(path, text)

    monkeypatch.setattr(live_results, "write_private", slow_write)
    client = TestClient(app, base_url="http://127.0.0.1:8765")
    with client, ExitStack() as stack:
        sam = stack.enter_context(client.websocket_connect(f"/{session.code}/ws"))
        sam.send_json({"type": "hello", "token": None})
        sam.send_json({"type": "join", "name": "Sam"})
        trainer = stack.enter_context(client.websocket_connect(f"/{session.code}/ws"))
        trainer.send_json({"type": "hello", "secret": session.secret})
        next_state(trainer, "lobby")
        trainer.send_json({"type": "control", "action": "next"})
        next_state(sam, "question")
        sam.send_json({"type": "answer", "case": 1, "number": 2})
        while sam.receive_json()["type"] != "ack":
            pass
        trainer.send_json({"type": "control", "action": "reveal"})
        assert next_state(sam, "revealed")["chosen"] == 2
        seen.set()
        written = room.wait_saved()
        assert order == ["seen first"]
        assert [p.name for p in written] == [p.name for p in (tmp_path / "klas").glob("*.json")]
        trainer.send_json({"type": "control", "action": "next"})
        next_state(sam, "question")
        sam.send_json({"type": "answer", "case": 2, "number": 3})
        while sam.receive_json()["type"] != "ack":
            pass
    # Stopping: whatever is being written is finished, then everything is written once more.
    final = room.save()
    assert len(final) == 1
    data = json.loads(final[0].read_text("utf-8"))
    assert [i["chosen_number"] for i in data["items"]] == [2, 3]
    assert data["stopped_early"] is True
