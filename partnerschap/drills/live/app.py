"""The web side of ``drill live``: a Starlette app with two pages and one WebSocket.

Every address starts with the session code (``/<code>/``): the trainee page, ``/<code>/trainer``
(the projector; its secret travels in the address's ``#fragment``, which browsers never send,
and is handed over on the WebSocket), the script and the style sheet. Anything else is 404.

The protocol on ``/<code>/ws`` (JSON text messages):

- trainee → ``{"type": "hello", "token": "…" | null}``, ``{"type": "join", "name": "…"}``,
  ``{"type": "answer", "case": 2, "number": 3}``
- projector → ``{"type": "hello", "secret": "…"}``, ``{"type": "control", "action": "reveal"}``
  (``forward``, ``next``, ``previous``, ``reveal``, ``timer``, ``end``)
- server → ``{"type": "state", "view": {…}}`` (see :mod:`~partnerschap.drills.live.views`),
  ``{"type": "joined", "token": "…"}``, ``{"type": "need_join", "anonymous": bool}``,
  ``{"type": "ack", "case": 2, "number": 3}``, ``{"type": "error", "key": "…", "text": "…"}``

Each connection has one sender task that sends the newest view when woken, so a slow phone
never holds up the others and a burst of changes becomes one update.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import secrets
import time
from collections.abc import Awaitable, Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route, WebSocketRoute
from starlette.types import ASGIApp, Message, Receive, Scope, Send
from starlette.websockets import WebSocket, WebSocketDisconnect, WebSocketState

from partnerschap.drills.live import pages
from partnerschap.drills.live.results import ResultsWriter
from partnerschap.drills.live.session import LiveError, LiveSession, Phase, Trainee
from partnerschap.drills.live.views import projector_view, trainee_view
from partnerschap.messages import t

CONTROL_ACTIONS = ("forward", "next", "previous", "reveal", "timer", "end")
GOING_AWAY = 1001  # the WebSocket close code once the session has stopped
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
)
SECURITY_HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"cache-control", b"no-store, max-age=0"),
    (b"pragma", b"no-cache"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=()"),
]


@dataclass(frozen=True)
class Limits:
    """What one client may send. A class has a few dozen phones, each with its own address;
    the load benchmark, all on 127.0.0.1, raises ``connections_per_client``."""

    body_bytes: int = 2048  # an HTTP request body or one WebSocket message
    messages_per_second: float = 8.0
    message_burst: int = 20
    requests_per_second: float = 10.0
    request_burst: int = 60
    connections_per_client: int = 12
    strikes: int = 50  # messages refused for flooding before the connection is closed


class Bucket:
    """A token bucket: ``allow()`` is False while a client sends faster than ``rate``."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float]) -> None:
        self.rate, self.burst, self.clock = rate, burst, clock
        self.tokens = float(burst)
        self.stamp = clock()

    def allow(self) -> bool:
        now = self.clock()
        self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate)
        self.stamp = now
        if self.tokens >= 1:
            self.tokens -= 1
            return True
        return False


@dataclass(eq=False)
class Client:
    ws: WebSocket
    address: str
    bucket: Bucket
    role: str | None = None  # "trainee" | "projector"
    trainee: Trainee | None = None
    outbox: list[dict[str, Any]] = field(default_factory=list)
    wake: asyncio.Event = field(default_factory=asyncio.Event)
    wants_state: bool = False
    strikes: int = 0

    def post(self, message: dict[str, Any] | None = None, state: bool = False) -> None:
        if message is not None:
            self.outbox.append(message)
        self.wants_state = self.wants_state or state
        self.wake.set()


@dataclass(eq=False)
class Room:
    """The session, its connections and its results files, on the server's event loop."""

    session: LiveSession
    writer: ResultsWriter | None = None
    limits: Limits = field(default_factory=Limits)
    clock: Callable[[], float] = time.monotonic
    clients: set[Client] = field(default_factory=set)
    on_change: Callable[[LiveSession], None] | None = None
    loop: asyncio.AbstractEventLoop | None = None
    timer_handle: asyncio.TimerHandle | None = None
    last_phase: Phase = Phase.LOBBY
    written: list[Any] = field(default_factory=list)
    saver: ThreadPoolExecutor | None = None
    pending: Future[list[Any]] | None = None
    closing: bool = False

    # --- messages --------------------------------------------------------------------------

    def error(self, client: Client, exc: LiveError) -> None:
        text = t(exc.key, self.session.lang, **exc.params)
        client.post({"type": "error", "key": exc.key, "text": text})

    def handle(self, client: Client, message: Any) -> None:
        """One message from a page; replies go to the client's outbox."""
        if not isinstance(message, dict) or not isinstance(message.get("type"), str):
            raise LiveError("live.error.bad_request")
        kind = message["type"]
        session = self.session
        if kind == "hello":
            if "secret" in message:
                if not (
                    isinstance(message["secret"], str)
                    and secrets.compare_digest(message["secret"], session.secret)
                ):
                    raise LiveError("live.error.not_trainer")
                client.role = "projector"
                client.post(state=True)
                return
            trainee = session.trainee(message.get("token"))
            client.role = "trainee"
            client.trainee = trainee
            if trainee is None:
                client.post({"type": "need_join", "anonymous": session.anonymous})
            else:
                client.post(state=True)
            return
        if kind == "join":
            if client.role != "trainee":
                raise LiveError("live.error.bad_request")
            if client.trainee is None:
                client.trainee = session.join(message.get("name"))
            client.post({"type": "joined", "token": client.trainee.token}, state=True)
            self.changed(projectors_only=True)
            return
        if kind == "answer":
            if client.trainee is None:
                raise LiveError("live.error.unknown_trainee")
            case = message.get("case")
            if session.phase is Phase.QUESTION and case != session.index + 1:
                raise LiveError("live.error.closed")
            before = session.version
            number = message.get("number")
            session.answer(client.trainee.token, number)
            client.post({"type": "ack", "case": case, "number": number}, state=True)
            if session.version != before:
                self.changed(projectors_only=True)
            return
        if kind == "control":
            if client.role != "projector":
                raise LiveError("live.error.not_trainer")
            action = message.get("action")
            if action not in CONTROL_ACTIONS:
                raise LiveError("live.error.bad_request")
            self.control(action)
            return
        raise LiveError("live.error.bad_request")

    def control(self, action: str) -> None:
        session = self.session
        before = session.version
        {
            "forward": session.forward,
            "next": session.next,
            "previous": session.previous,
            "reveal": session.reveal,
            "timer": session.restart_timer,
            "end": session.end,
        }[action]()
        if session.version != before:
            self.changed()

    # --- changes -------------------------------------------------------------------------------

    def changed(self, projectors_only: bool = False) -> None:
        """Wake the pages that must be redrawn; write the results at a reveal or the end."""
        for client in self.clients:
            if client.role == "projector" or (
                not projectors_only and client.role == "trainee" and client.trainee
            ):
                client.post(state=True)
        phase = self.session.phase
        if phase is not self.last_phase and phase in (Phase.REVEALED, Phase.END):
            self.save_soon()
        self.last_phase = phase
        self.schedule_time_up()
        if self.on_change is not None:
            self.on_change(self.session)

    def schedule_time_up(self) -> None:
        """At the end of a countdown every page is told that the case is closed."""
        if self.timer_handle is not None:
            self.timer_handle.cancel()
            self.timer_handle = None
        left = self.session.time_left()
        if left is not None and left > 0 and self.loop is not None:
            self.timer_handle = self.loop.call_later(left + 0.05, self.changed)

    def save_soon(self) -> None:
        """Write the results in the worker thread: the pages just woken are sent their views
        meanwhile instead of waiting for one fsync per trainee. Writes happen in order."""
        if self.writer is None:
            return
        results = self.writer.results_of(self.session)  # on the loop: the session as it is now
        if self.saver is None:
            self.saver = ThreadPoolExecutor(max_workers=1, thread_name_prefix="live-results")
        self.pending = self.saver.submit(self.writer.write_results, results)

    def wait_saved(self, timeout: float = 30) -> list[Any]:
        """The files of the last write begun (waiting for it); raises what writing raised."""
        pending, self.pending = self.pending, None
        if pending is not None:
            self.written = pending.result(timeout)
        return self.written

    def save(self) -> list[Any]:
        """Write now (when the server stops): after what is being written, the newest state."""
        with contextlib.suppress(Exception):  # written again just below; that one raises
            self.wait_saved()
        if self.saver is not None:
            self.saver.shutdown(wait=True)
            self.saver = None
        if self.writer is not None:
            self.written = self.writer.write(self.session)
        return self.written

    async def close(self, timeout: float = 1.0) -> None:
        """The session stops: every open page is told so (it stops reconnecting and says the
        session is over) and its connection is closed; waits at most ``timeout`` for that."""
        self.closing = True
        for client in self.clients:
            client.post({"type": "closed"})
        deadline = time.monotonic() + timeout
        while self.clients and time.monotonic() < deadline:
            await asyncio.sleep(0.02)

    def view(self, client: Client) -> dict[str, Any] | None:
        if client.role == "projector":
            return projector_view(self.session)
        if client.role == "trainee" and client.trainee is not None:
            return trainee_view(self.session, client.trainee)
        return None

    # --- the connection -------------------------------------------------------------------

    def connections_from(self, address: str) -> int:
        return sum(c.address == address for c in self.clients)

    async def sender(self, client: Client) -> None:
        while True:
            await client.wake.wait()
            client.wake.clear()
            messages, client.outbox = client.outbox, []
            if client.wants_state:
                client.wants_state = False
                view = self.view(client)
                if view is not None:
                    messages.append({"type": "state", "view": view})
            for message in messages:
                await client.ws.send_text(json.dumps(message, ensure_ascii=False))
                if message["type"] == "closed":
                    await client.ws.close(code=GOING_AWAY)
                    return

    async def serve(self, ws: WebSocket) -> None:
        address = ws.client.host if ws.client else "?"
        if not same_origin(ws) or self.connections_from(address) >= (
            self.limits.connections_per_client
        ):
            await ws.close(code=1008)
            return
        await ws.accept()
        if self.closing:
            await ws.send_text(json.dumps({"type": "closed"}))
            await ws.close(code=GOING_AWAY)
            return
        if self.loop is None:
            self.loop = asyncio.get_running_loop()
        client = Client(
            ws,
            address,
            Bucket(self.limits.messages_per_second, self.limits.message_burst, self.clock),
        )
        self.clients.add(client)
        sender = asyncio.create_task(self.sender(client))
        try:
            while True:
                text = await ws.receive_text()
                if len(text) > self.limits.body_bytes:
                    await ws.close(code=1009)
                    break
                if not client.bucket.allow():
                    client.strikes += 1
                    if client.strikes > self.limits.strikes:
                        await ws.close(code=1008)
                        break
                    self.error(client, LiveError("live.error.too_fast"))
                    continue
                try:
                    message = json.loads(text)
                except ValueError:
                    message = None
                try:
                    self.handle(client, message)
                except LiveError as exc:
                    self.error(client, exc)
        except (WebSocketDisconnect, RuntimeError):
            pass
        finally:
            self.clients.discard(client)
            sender.cancel()
            if ws.application_state is WebSocketState.CONNECTED:
                with contextlib.suppress(RuntimeError):
                    await ws.close()


def same_origin(ws: WebSocket) -> bool:
    """A browser's WebSocket from another site (a page on the internet trying the laptop's
    address) carries that site's Origin; only our own pages may connect."""
    origin = ws.headers.get("origin")
    if origin is None:
        return True  # not a browser: the token is the check
    host = ws.headers.get("host", "")
    return origin.split("://", 1)[-1] == host


class Guard:
    """Pure ASGI middleware: security headers on every response, request bodies capped, and
    a flood of requests from one client answered with 429."""

    def __init__(self, app: ASGIApp, limits: Limits, clock: Callable[[], float]) -> None:
        self.app, self.limits, self.clock = app, limits, clock
        self.buckets: dict[str, Bucket] = {}

    def bucket(self, address: str) -> Bucket:
        if address not in self.buckets:
            if len(self.buckets) > 10_000:
                self.buckets.clear()
            self.buckets[address] = Bucket(
                self.limits.requests_per_second, self.limits.request_burst, self.clock
            )
        return self.buckets[address]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] not in ("http", "websocket"):
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        address = client[0] if client else "?"
        if not self.bucket(address).allow():
            if scope["type"] == "http":
                await self.plain(scope, receive, send, 429, "Too Many Requests")
            else:
                await send({"type": "websocket.close", "code": 1008})
            return
        if scope["type"] == "http":
            length = dict(scope.get("headers", [])).get(b"content-length", b"0")
            if not length.isdigit() or int(length) > self.limits.body_bytes:
                await self.plain(scope, receive, send, 413, "Payload Too Large")
                return
            if scope["method"] not in ("GET", "HEAD"):
                await self.plain(scope, receive, send, 405, "Method Not Allowed")
                return

        async def guarded_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in {name for name, _ in SECURITY_HEADERS}
                ]
                message = {**message, "headers": headers + SECURITY_HEADERS}
            await send(message)

        async def capped_receive() -> Message:
            message = await receive()
            if message["type"] == "http.request" and (
                len(message.get("body", b"")) > self.limits.body_bytes
            ):
                return {"type": "http.disconnect"}
            return message

        await self.app(scope, capped_receive, guarded_send)

    async def plain(self, scope: Scope, receive: Receive, send: Send, status: int, text: str):
        response = PlainTextResponse(text, status_code=status, headers=dict_headers())
        await response(scope, receive, send)


def dict_headers() -> dict[str, str]:
    return {k.decode(): v.decode() for k, v in SECURITY_HEADERS}


def normal_code(raw: str) -> str:
    """The code as typed: grouped with dashes or not, in any case."""
    return raw.replace("-", "").strip().lower()


def create_app(
    room: Room,
    *,
    join_url: str,
    projector_url: str | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ASGIApp:
    """The ASGI app of one session; ``join_url`` is what the QR code on the projector holds."""
    session = room.session

    def known(request_or_ws: Request | WebSocket) -> bool:
        return secrets.compare_digest(
            normal_code(request_or_ws.path_params.get("code", "")).encode(), session.code.encode()
        )

    def not_found() -> Response:
        return PlainTextResponse("Not Found", status_code=404)

    def page(render: Callable[[], str]) -> Callable[[Request], Awaitable[Response]]:
        async def endpoint(request: Request) -> Response:
            if not known(request):
                return not_found()
            return Response(render(), media_type="text/html; charset=utf-8")

        return endpoint

    def asset(name: str, media_type: str) -> Callable[[Request], Awaitable[Response]]:
        body = pages.asset(name)

        async def endpoint(request: Request) -> Response:
            if not known(request):
                return not_found()
            return Response(body, media_type=media_type)

        return endpoint

    async def redirect(request: Request) -> Response:
        if not known(request):
            return not_found()
        return Response(status_code=307, headers={"location": f"/{session.code}/"})

    async def socket(ws: WebSocket) -> None:
        if not known(ws):
            await ws.close(code=1008)
            return
        await room.serve(ws)

    async def anything(request: Request) -> Response:
        return not_found()

    routes = [
        Route("/{code}/", page(lambda: pages.trainee_page(session))),
        Route("/{code}", redirect),
        Route("/{code}/trainer", page(lambda: pages.projector_page(session, join_url))),
        Route("/{code}/live.js", asset("live.js", "text/javascript; charset=utf-8")),
        Route("/{code}/live.css", asset("live.css", "text/css; charset=utf-8")),
        WebSocketRoute("/{code}/ws", socket),
        Route("/{path:path}", anything),
    ]
    app = Starlette(routes=routes)
    app.add_exception_handler(404, lambda request, exc: not_found())
    app.add_exception_handler(405, lambda request, exc: not_found())
    return Guard(app, room.limits, clock)
