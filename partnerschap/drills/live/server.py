"""Serving a live session: the listening socket, the LAN address, and uvicorn in a thread.

The server runs on its own event loop in a background thread, so the terminal's keys (main
thread) reach the session through :meth:`LiveServer.control`, which hands the action to that
loop. Only :mod:`partnerschap.cli.drill.live` and the tests import this module.
"""

from __future__ import annotations

import asyncio
import errno
import ipaddress
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

DEFAULT_PORT = 8765
LOOPBACK = "127.0.0.1"
# connect() on a UDP socket only picks the route and the local address; it sends nothing.
_PROBE = "10.254.254.254"


class PortTaken(Exception):
    pass


def lan_address(probe: Callable[[], str] | None = None) -> str | None:
    """This machine's address in the local network (Wi-Fi or a hotspot), or None when there
    is no network at all. Sends no traffic."""

    def default_probe() -> str:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            udp.connect((_PROBE, 9))
            return str(udp.getsockname()[0])

    try:
        address = (probe or default_probe)()
    except OSError:
        return None
    try:
        parsed = ipaddress.ip_address(address)
    except ValueError:
        return None
    if parsed.is_loopback or parsed.is_unspecified or parsed.is_link_local:
        return None
    return address


def listen(host: str, port: int) -> socket.socket:
    """A listening TCP socket; raises :class:`PortTaken` when the port is in use."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((host, port))
        sock.listen(128)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise PortTaken(port) from exc
        raise
    sock.set_inheritable(True)
    return sock


def open_socket(host: str, port: int | None) -> tuple[socket.socket, bool]:
    """Listen on ``port``, or on :data:`DEFAULT_PORT`, or else on any free port when no port
    was asked for. Returns the socket and whether the default port had to be given up."""
    if port is not None:
        return listen(host, port), False
    try:
        return listen(host, DEFAULT_PORT), False
    except PortTaken:
        return listen(host, 0), True


def url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


@dataclass
class LiveServer:
    """uvicorn serving ``app`` on ``sock`` in a daemon thread, until :meth:`stop`."""

    app: Any
    sock: socket.socket
    max_message: int = 4096
    on_loop: Callable[[asyncio.AbstractEventLoop], None] | None = None
    loop: asyncio.AbstractEventLoop | None = None
    thread: threading.Thread | None = None
    server: Any = None
    failure: BaseException | None = field(default=None, repr=False)

    @property
    def port(self) -> int:
        return int(self.sock.getsockname()[1])

    def start(self, timeout: float = 10.0) -> None:
        import uvicorn

        config = uvicorn.Config(
            self.app,
            log_level="warning",
            access_log=False,
            lifespan="off",
            ws="websockets-sansio",
            ws_max_size=self.max_message,
            server_header=False,
            timeout_graceful_shutdown=1,
        )
        self.server = uvicorn.Server(config)
        self.loop = asyncio.new_event_loop()
        if self.on_loop is not None:
            self.on_loop(self.loop)

        def run() -> None:
            assert self.loop is not None
            asyncio.set_event_loop(self.loop)
            try:
                self.loop.run_until_complete(self.server.serve(sockets=[self.sock]))
            except BaseException as exc:  # reported by start() or stop()
                self.failure = exc
            finally:
                self.loop.close()

        self.thread = threading.Thread(target=run, name="partnerschap-live", daemon=True)
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started:
            if self.failure is not None or not self.thread.is_alive():
                raise RuntimeError(f"the server did not start: {self.failure!r}")
            if time.monotonic() > deadline:
                raise RuntimeError("the server did not start in time")
            time.sleep(0.02)

    def call(self, function: Callable[..., Any], *args: Any) -> None:
        """Run ``function(*args)`` on the server's loop (from any thread)."""
        if self.loop is not None and self.loop.is_running():
            self.loop.call_soon_threadsafe(function, *args)

    def call_and_wait(self, function: Callable[..., Any], *args: Any, timeout: float = 5) -> Any:
        async def wrapped() -> Any:
            return function(*args)

        if self.loop is None or not self.loop.is_running():
            return function(*args)
        return asyncio.run_coroutine_threadsafe(wrapped(), self.loop).result(timeout)

    def run_and_wait(self, coroutine: Callable[[], Any], timeout: float = 5) -> Any:
        """Run the coroutine function on the server's loop and wait for its result."""
        if self.loop is None or not self.loop.is_running():
            return None
        return asyncio.run_coroutine_threadsafe(coroutine(), self.loop).result(timeout)

    def stop(self, timeout: float = 5.0) -> None:
        if self.server is not None:
            self.server.should_exit = True
        if self.thread is not None:
            self.thread.join(timeout)
        self.sock.close()
