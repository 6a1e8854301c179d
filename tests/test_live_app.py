"""The live app in-process (Starlette's TestClient): pages, headers, tokens, the WebSocket
protocol, limits and the results written along the way. No socket is opened."""

from __future__ import annotations

import json
import re
from contextlib import ExitStack

import pytest

pytest.importorskip("starlette")
from starlette.testclient import TestClient  # noqa: E402
from starlette.websockets import WebSocketDisconnect  # noqa: E402

from partnerschap.drills import load_drills  # noqa: E402
from partnerschap.drills.live.app import Limits, Room, create_app  # noqa: E402
from partnerschap.drills.live.results import ResultsWriter  # noqa: E402
from partnerschap.drills.live.session import LiveSession, group_code  # noqa: E402
from partnerschap.drills.practice import Filters, select  # noqa: E402
from partnerschap.sets.catalog import load_catalog  # noqa: E402

JOIN_URL = "http://127.0.0.1:8765/"


@pytest.fixture(scope="module")
def sets():
    return dict(load_catalog().sets)


@pytest.fixture(scope="module")
def shown():
    return select(load_drills(), Filters(), 3, "99")


@pytest.fixture
def live(shown, sets, tmp_path):
    def make(limits: Limits | None = None, **kwargs) -> tuple[TestClient, Room]:
        session = LiveSession(items=shown, sets=sets, **kwargs)
        room = Room(session, ResultsWriter(tmp_path / "results", seed="99"), limits or Limits())
        app = create_app(room, join_url=JOIN_URL + session.code + "/")
        return TestClient(app, base_url="http://127.0.0.1:8765"), room

    return make


def receive_until(ws, kind: str) -> dict:
    while True:
        message = ws.receive_json()
        if message["type"] == kind:
            return message


def state(ws, phase: str | None = None) -> dict:
    """The next view sent (with ``phase``: the next one in that phase)."""
    while True:
        view = receive_until(ws, "state")["view"]
        if phase is None or view["phase"] == phase:
            return view


def join(stack: ExitStack, client: TestClient, code: str, name: str | None):
    ws = stack.enter_context(client.websocket_connect(f"/{code}/ws"))
    ws.send_json({"type": "hello", "token": None})
    assert receive_until(ws, "need_join")
    ws.send_json({"type": "join", "name": name})
    token = receive_until(ws, "joined")["token"]
    state(ws)
    return ws, token


def projector(stack: ExitStack, client: TestClient, room: Room):
    ws = stack.enter_context(client.websocket_connect(f"/{room.session.code}/ws"))
    ws.send_json({"type": "hello", "secret": room.session.secret})
    return ws


# --- pages and headers --------------------------------------------------------------------------


def test_without_the_code_everything_is_404(live):
    client, room = live()
    code = room.session.code
    # One character off: a different last character (never the same one by chance).
    near = code[:-1] + ("y" if code[-1] == "x" else "x")
    for path in ("/", "/x/", "/favicon.ico", "/live.js", f"/{near}/"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert room.session.code not in response.text
    with pytest.raises(WebSocketDisconnect), client.websocket_connect("/wrong/ws") as ws:
        ws.receive_json()


def test_pages_are_served_with_strict_headers(live):
    client, room = live()
    code = room.session.code
    for path in (f"/{code}/", f"/{code}/trainer", f"/{code}/live.js", f"/{code}/live.css"):
        response = client.get(path)
        assert response.status_code == 200, path
        csp = response.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert response.headers["cache-control"].startswith("no-store")
        assert response.headers["x-content-type-options"] == "nosniff"
        assert response.headers["referrer-policy"] == "no-referrer"


def test_grouped_code_works_too(live):
    client, room = live()
    response = client.get(f"/{group_code(room.session.code).upper()}/")
    assert response.status_code == 200
    assert client.get(f"/{room.session.code}", follow_redirects=False).status_code == 307


def test_pages_fetch_nothing_from_elsewhere_and_carry_the_hooks(live):
    client, room = live()
    code = room.session.code
    trainee = client.get(f"/{code}/").text
    projector_page = client.get(f"/{code}/trainer").text
    for html in (trainee, projector_page):
        assert not re.search(r"(src|href)=\"(https?:)?//", html)
        assert "<script>" not in html  # no inline script: only live.js and a JSON block
        assert 'lang="nl"' in html
    for hook in ("join-name", "join-submit"):
        assert f'data-testid="{hook}"' in trainee
    for hook in ("reveal", "next", "end", "join-url"):
        assert f'data-testid="{hook}"' in projector_page
    assert "<svg" in projector_page and JOIN_URL + code in projector_page
    assert room.session.secret not in projector_page  # it travels in the #fragment only
    assert room.session.secret not in trainee
    script = client.get(f"/{code}/live.js").text
    for hook in ("option-", "answered-count", "share-"):
        assert hook in script
    assert "innerHTML" not in script


def test_english_pages(live):
    client, room = live(lang="en")
    html = client.get(f"/{room.session.code}/").text
    assert 'lang="en"' in html and "Your name" in html and "Je naam" not in html


def test_anonymous_page_asks_no_name(live):
    client, room = live(anonymous=True)
    html = client.get(f"/{room.session.code}/").text
    assert 'data-testid="join-name"' not in html and 'data-testid="join-submit"' in html


def test_bodies_and_methods_are_refused(live):
    client, room = live()
    code = room.session.code
    assert client.post(f"/{code}/", content=b"x" * 10_000).status_code == 413
    assert client.post(f"/{code}/", content=b"x").status_code == 405


def test_a_flood_of_requests_gets_429(live):
    client, room = live(Limits(requests_per_second=0.001, request_burst=5))
    codes = [client.get(f"/{room.session.code}/").status_code for _ in range(8)]
    assert codes[:5] == [200] * 5 and codes[5:] == [429] * 3


# --- the protocol ------------------------------------------------------------------------------


def test_whole_round_over_the_websocket(live, tmp_path):
    client, room = live()
    code = room.session.code
    shown = room.session.items
    with client, ExitStack() as stack:
        sam, sam_token = join(stack, client, code, "Sam")
        kim, _ = join(stack, client, code, "Sam")  # taken: becomes "Sam 2"
        trainer = projector(stack, client, room)
        lobby = state(trainer)
        assert lobby["phase"] == "lobby" and lobby["names"] == ["Sam", "Sam 2"]
        trainer.send_json({"type": "control", "action": "next"})
        assert state(trainer)["phase"] == "question"
        view = state(sam)
        assert view["case"]["number"] == 1 and len(view["case"]["options"]) == 4
        right = shown[0].correct_number
        wrong = next(n for n in range(1, 5) if n != right)
        sam.send_json({"type": "answer", "case": 1, "number": wrong})
        assert receive_until(sam, "ack")["number"] == wrong
        sam.send_json({"type": "answer", "case": 1, "number": right})  # changed
        receive_until(sam, "ack")
        kim.send_json({"type": "answer", "case": 1, "number": wrong})
        receive_until(kim, "ack")
        view = state(trainer)
        while view["answered"] < 2:
            view = state(trainer)
        assert "shares" not in view
        trainer.send_json({"type": "control", "action": "reveal"})
        view = state(trainer, "revealed")
        assert view["shares"][right - 1]["percent"] == 50
        assert view["shares"][wrong - 1]["percent"] == 50
        assert state(sam, "revealed")["right"] is True
        # The reveal wrote the results already (in the worker thread).
        assert len(room.wait_saved()) == 2
        files = sorted((tmp_path / "results").glob("*.json"))
        assert len(files) == 2
        kim.send_json({"type": "answer", "case": 1, "number": right})
        assert receive_until(kim, "error")["key"] == "live.error.closed"
        # Sam's phone sleeps, the browser comes back with its token.
        sam.close()
        again = stack.enter_context(client.websocket_connect(f"/{code}/ws"))
        again.send_json({"type": "hello", "token": sam_token})
        view = state(again)
        assert view["name"] == "Sam" and view["chosen"] == right and view["phase"] == "revealed"
        trainer.send_json({"type": "control", "action": "end"})
        assert state(trainer, "end")["joined"] == 2
        mine = state(again, "end")
        assert mine["phase"] == "end" and mine["right"] == 1
    data = [json.loads(p.read_text("utf-8")) for p in files]
    assert sorted(d["trainee"] for d in data) == ["Sam", "Sam 2"]


def test_trainees_cannot_control_and_bad_secrets_are_refused(live):
    client, room = live()
    code = room.session.code
    with client, ExitStack() as stack:
        sam, _ = join(stack, client, code, "Sam")
        sam.send_json({"type": "control", "action": "next"})
        assert receive_until(sam, "error")["key"] == "live.error.not_trainer"
        assert room.session.phase.value == "lobby"
        with client.websocket_connect(f"/{code}/ws") as fake:
            fake.send_json({"type": "hello", "secret": "guess"})
            assert receive_until(fake, "error")["key"] == "live.error.not_trainer"
            fake.send_json({"type": "control", "action": "next"})
            assert receive_until(fake, "error")["key"] == "live.error.not_trainer"
        assert room.session.phase.value == "lobby"


@pytest.mark.parametrize(
    "message",
    [
        "not json",
        "[1, 2]",
        '{"type": 5}',
        '{"type": "nonsense"}',
        '{"type": "answer", "case": 1, "number": 9}',
    ],
)
def test_bad_messages_get_an_error_not_a_crash(live, message):
    client, room = live()
    code = room.session.code
    with client, ExitStack() as stack:
        sam, _ = join(stack, client, code, "Sam")
        room.session.next()
        sam.send_text(message)
        error = receive_until(sam, "error")
        assert error["key"].startswith("live.error.") and error["text"]
        sam.send_json({"type": "answer", "case": 1, "number": 1})
        assert receive_until(sam, "ack")["number"] == 1  # still connected


def test_bad_names_are_explained(live):
    client, room = live(lang="en")
    with client, client.websocket_connect(f"/{room.session.code}/ws") as ws:
        ws.send_json({"type": "hello", "token": None})
        receive_until(ws, "need_join")
        ws.send_json({"type": "join", "name": "<script>"})
        error = receive_until(ws, "error")
        assert error["key"] == "live.error.name_chars" and "letters" in error["text"]
    assert room.session.trainees == {}


def test_oversized_messages_close_the_connection(live):
    client, room = live()
    with client, client.websocket_connect(f"/{room.session.code}/ws") as ws:
        ws.send_text("x" * 5000)
        with pytest.raises(WebSocketDisconnect) as closed:
            ws.receive_json()
        assert closed.value.code == 1009


def test_a_flood_of_messages_is_limited(live):
    client, room = live(Limits(messages_per_second=0.001, message_burst=3, strikes=2))
    with client, client.websocket_connect(f"/{room.session.code}/ws") as ws:
        for _ in range(3):
            ws.send_json({"type": "hello", "token": None})
        ws.send_json({"type": "hello", "token": None})
        keys = []
        with pytest.raises(WebSocketDisconnect):
            while True:
                message = ws.receive_json()
                keys.append(message.get("key"))
                ws.send_json({"type": "hello", "token": None})
        assert "live.error.too_fast" in keys


def test_other_sites_cannot_open_the_websocket(live):
    client, room = live()
    with (
        pytest.raises(WebSocketDisconnect),
        client.websocket_connect(
            f"/{room.session.code}/ws", headers={"origin": "http://evil.example"}
        ) as ws,
    ):
        ws.receive_json()
    with client.websocket_connect(
        f"/{room.session.code}/ws", headers={"origin": "http://testserver"}
    ) as ws:
        ws.send_json({"type": "hello", "token": None})
        assert receive_until(ws, "need_join")


def test_a_page_that_comes_back_while_the_session_stops_is_told_so(live):
    client, room = live()
    room.closing = True  # Room.close() has begun: the server is about to stop
    with client.websocket_connect(f"/{room.session.code}/ws") as ws:
        ws.send_json({"type": "hello", "token": None})
        assert ws.receive_json() == {"type": "closed"}
        with pytest.raises(WebSocketDisconnect) as info:
            ws.receive_json()
    assert info.value.code == 1001
