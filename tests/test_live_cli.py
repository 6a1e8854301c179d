"""``partnerschap drill live`` as a trainer runs it: a real process on 127.0.0.1 without a
terminal, trainees and the projector over the real WebSocket, SIGTERM to stop. Every wait is
bounded; nothing listens anywhere but 127.0.0.1."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("websockets")
from websockets.sync.client import connect  # noqa: E402

from tests.live_process import TIMEOUT, LiveProcess  # noqa: E402


@pytest.fixture
def env(isolated_home):
    return {**os.environ, "PARTNERSCHAP_HOME": str(isolated_home), "COLUMNS": "200"}


def messages(ws, kind: str) -> dict:
    while True:
        message = json.loads(ws.recv(timeout=TIMEOUT))
        if message["type"] == kind:
            return message


def view_in(ws, phase: str) -> dict:
    while True:
        view = messages(ws, "state")["view"]
        if view["phase"] == phase:
            return view


@contextlib.contextmanager
def projector_and_sam(live: LiveProcess):
    """The projector page and one trainee (Sam) connected to the session, Sam joined."""
    join_url = live.wait_for(r"(http://127\.0\.0\.1:\d+/([a-z0-9]+)/)(?!trainer)\s*$")
    projector_url = live.wait_for(r"http://127\.0\.0\.1:\d+/[a-z0-9]+/trainer#(\S+)")
    live.wait_for(r"Wachtkamer")
    ws_url = join_url.group(1).replace("http://", "ws://") + "ws"
    with connect(ws_url) as trainer, connect(ws_url) as sam:
        trainer.send(json.dumps({"type": "hello", "secret": projector_url.group(1)}))
        view_in(trainer, "lobby")
        sam.send(json.dumps({"type": "hello", "token": None}))
        messages(sam, "need_join")
        sam.send(json.dumps({"type": "join", "name": "Sam"}))
        messages(sam, "joined")
        yield trainer, sam


def answer_the_first_case(trainer, sam) -> None:
    """The trainer starts the first case; Sam answers option 2."""
    trainer.send(json.dumps({"type": "control", "action": "next"}))
    view_in(sam, "question")
    sam.send(json.dumps({"type": "answer", "case": 1, "number": 2}))
    messages(sam, "ack")


def test_a_session_without_a_terminal_ends_cleanly_on_sigterm(env, tmp_path):
    results = tmp_path / "class"
    live = LiveProcess(
        "--host", "127.0.0.1", "--no-browser", "--rounds", "2", "--seed", "7",
        "--results", str(results), env=env,
    )  # fmt: skip
    try:
        with projector_and_sam(live) as (trainer, sam):
            answer_the_first_case(trainer, sam)
            trainer.send(json.dumps({"type": "control", "action": "reveal"}))
            shares = view_in(trainer, "revealed")["shares"]
            assert shares[1]["percent"] == 100
            live.wait_for(r"antwoord getoond · 1 van 1")
        code = live.stop()
    finally:
        if live.proc.poll() is None:
            live.proc.kill()
    out = live.output()
    assert code == 0, out
    assert "Traceback" not in out
    assert "1 resultaatbestand in" in out
    assert f"partnerschap drill report {results}" in out
    files = list(results.glob("*.json"))
    assert len(files) == 1
    data = json.loads(files[0].read_text("utf-8"))
    assert data["trainee"] == "Sam" and data["stopped_early"] is True
    assert data["items"][0]["chosen_number"] == 2
    assert (results.stat().st_mode & 0o777) == 0o700
    assert (files[0].stat().st_mode & 0o777) == 0o600


def test_a_taken_port_is_named_and_exits_2(invoke):
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        result = invoke("drill", "live", "--host", "127.0.0.1", "--port", port, "--no-browser")
    assert result.exit_code == 2
    assert f"Poort {port}" in result.output and "--port" in result.output
    assert "Traceback" not in result.output


def test_unknown_set_is_refused_before_anything_listens(invoke):
    result = invoke("drill", "live", "--host", "127.0.0.1", "--set", "nope", "--no-browser")
    assert result.exit_code == 2
    assert "nope" in result.output


def test_help_in_both_languages(invoke, env):
    result = invoke("drill", "live", "--help")
    assert result.exit_code == 0
    for option in ("--rounds", "--timer", "--host", "--port", "--no-browser", "--anonymous"):
        assert option in result.output
    assert "telefoon" in result.output
    english = subprocess.run(
        [sys.executable, "-m", "partnerschap", "drill", "live", "--help"],
        capture_output=True,
        text=True,
        env={**env, "PARTNERSCHAP_LANG": "en"},
        timeout=TIMEOUT,
    )
    assert english.returncode == 0 and "phones" in english.stdout


@pytest.mark.parametrize("args", [["--help"], ["drill", "--help"], ["drill", "report", "--help"]])
def test_other_commands_do_not_load_the_web_server(args):
    code = (
        f"import sys; sys.argv = ['partnerschap', *{args!r}];"
        "from partnerschap.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('starlette', 'uvicorn', 'websockets', 'segno', 'anyio', 'h11')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.splitlines()[-1] == "[]"


def test_lan_address_needs_a_real_network():
    from partnerschap.drills.live.server import lan_address

    def raises() -> str:
        raise OSError("Network is unreachable")

    assert lan_address(lambda: "192.168.1.20") == "192.168.1.20"
    assert lan_address(lambda: "127.0.0.1") is None
    assert lan_address(lambda: "0.0.0.0") is None
    assert lan_address(raises) is None


def test_free_port_when_the_default_is_taken():
    from partnerschap.drills.live import server

    with socket.socket() as busy:
        busy.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        # Already taken by something else: just as good.
        with contextlib.suppress(OSError):
            busy.bind(("127.0.0.1", server.DEFAULT_PORT))
        busy.listen(1)
        sock, moved = server.open_socket("127.0.0.1", None)
        with sock:
            assert moved and sock.getsockname()[1] != server.DEFAULT_PORT


def test_results_path_is_printed_even_when_nobody_answered(env, tmp_path):
    live = LiveProcess(
        "--host", "127.0.0.1", "--no-browser", env={**env, "PARTNERSCHAP_LANG": "en"}
    )
    try:
        live.wait_for(r"Waiting room")
        code = live.stop(signal.SIGINT)
    finally:
        if live.proc.poll() is None:
            live.proc.kill()
    assert code == 0, live.output()
    assert "Nobody answered anything" in live.output()
    assert not Path(env["PARTNERSCHAP_HOME"], "drills").exists()


def test_stopping_tells_every_page_the_session_is_over(env, tmp_path):
    """q, Ctrl-C or SIGTERM: the open pages are told the session has stopped (so a phone says so
    instead of "reconnecting …" for ever) and their connections are closed as going away."""
    from websockets.exceptions import ConnectionClosed

    live = LiveProcess(
        "--host", "127.0.0.1", "--no-browser", "--rounds", "1", "--seed", "7",
        "--results", str(tmp_path / "class"), env=env,
    )  # fmt: skip
    try:
        with projector_and_sam(live) as (trainer, sam):
            live.wait_for(r"1 aangemeld")
            live.proc.send_signal(signal.SIGINT)
            for ws in (trainer, sam):
                kinds = []
                with contextlib.suppress(ConnectionClosed):
                    while True:
                        kinds.append(json.loads(ws.recv(timeout=TIMEOUT))["type"])
                assert kinds[-1:] == ["closed"], kinds
                assert ws.close_code == 1001
        code = live.proc.wait(TIMEOUT)
    finally:
        if live.proc.poll() is None:
            live.proc.kill()
    assert code == 0, live.output()
    assert "Traceback" not in live.output()


def test_a_second_ctrl_c_while_stopping_still_writes_the_results(env, tmp_path):
    results = tmp_path / "class"
    live = LiveProcess(
        "--host", "127.0.0.1", "--no-browser", "--rounds", "2", "--seed", "7",
        "--results", str(results), env=env,
    )  # fmt: skip
    try:
        with projector_and_sam(live) as (trainer, sam):
            answer_the_first_case(trainer, sam)
            live.proc.send_signal(signal.SIGINT)
            live.proc.send_signal(signal.SIGINT)
        code = live.stop(signal.SIGINT)
    finally:
        if live.proc.poll() is None:
            live.proc.kill()
    out = live.output()
    assert code == 0, out
    assert "Traceback" not in out and "1 resultaatbestand in" in out
    data = json.loads(next(results.glob("*.json")).read_text("utf-8"))
    assert data["items"][0]["chosen_number"] == 2
