"""``partnerschap drill live``: the class answers on their phones; this laptop serves.

Thin: it chooses the cases like ``drill``, builds the session (:mod:`partnerschap.drills.live`),
opens the socket, starts the server and the projector page, then is the trainer's control
(the keys of ``drill --class``) until q or Ctrl-C. Without a terminal it has no keys: the
projector page's buttons control the session and SIGINT or SIGTERM ends it. Either way the
results are written (after every reveal, at the end and on stopping) and their folder and the
``drill report`` command are printed.
"""

from __future__ import annotations

import contextlib
import shlex
import signal
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerschap.cli import state
from partnerschap.errors import PartnerschapError
from partnerschap.messages import t, t_n

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.console import Console

    from partnerschap.drills.live.app import Room
    from partnerschap.drills.live.session import LiveSession

DEFAULT_ROUNDS = 6
POLL = 0.25  # seconds between looks at the session (status lines, signals)
KEYS = {"t": "timer", "e": "end"}


def _require(package: str) -> None:
    import importlib.util

    if importlib.util.find_spec(package) is None:
        raise PartnerschapError("error.drill.live.missing", package=package)


@contextlib.contextmanager
def _signals_stop(stop: threading.Event) -> Iterator[None]:
    """SIGINT and SIGTERM set ``stop`` instead of breaking off whatever runs (the session
    ends at the next look; the results being written are written whole)."""
    previous: dict[int, Any] = {}

    def on_signal(signum: int, frame: Any) -> None:
        stop.set()

    for signum in (signal.SIGINT, signal.SIGTERM):
        previous[signum] = signal.signal(signum, on_signal)
    try:
        yield
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


@dataclass
class LiveCommand:
    rounds: int = DEFAULT_ROUNDS
    set_id: str | None = None
    principle: str | None = None
    item_type: str | None = None
    seed: str | None = None
    timer: int | None = None
    host: str | None = None
    port: int | None = None
    browser: bool = True
    results: Path | None = None
    anonymous: bool = False
    ranking: bool = False
    principles_dir: Path | None = None

    def run(self) -> None:
        for package in ("starlette", "uvicorn", "websockets", "segno"):
            _require(package)
        from partnerschap.cli.drill.flow import DrillCommand
        from partnerschap.drills.live.results import ResultsWriter, default_folder
        from partnerschap.drills.live.session import LiveSession
        from partnerschap.drills.practice import Filters, new_seed, select

        lang = state.lang()
        chooser = DrillCommand(principles_dir=self.principles_dir)
        drills = chooser.load()
        filters = Filters.parse(self.set_id, self.principle, self.item_type)
        filters.check(drills, chooser.sets)
        seed = self.seed if self.seed not in (None, "") else new_seed()
        shown = select(drills, filters, self.rounds, seed)
        if not shown:
            raise PartnerschapError("error.drill.no_items")
        session = LiveSession(
            items=shown,
            sets=chooser.sets,
            lang=lang,
            anonymous=self.anonymous,
            ranking=self.ranking,
            timer=self.timer,
        )
        writer = ResultsWriter(
            self.results if self.results is not None else default_folder(),
            seed=str(seed),
            filters=filters,
            banks=chooser.bank_refs(drills, shown),
            sets=chooser.set_refs(shown),
        )
        self.serve(session, writer)

    # --- serving -------------------------------------------------------------------------

    def address(self, console: Console) -> tuple[str, str]:
        """(the address to listen on, the address phones use)."""
        from partnerschap.drills.live.server import LOOPBACK, lan_address

        if self.host is None:
            lan = lan_address()
            if lan is None:
                state.err().print(t("ui.live.no_network", state.lang()), style="yellow")
                return LOOPBACK, LOOPBACK
            return lan, lan
        if self.host in ("0.0.0.0", "::"):
            return self.host, lan_address() or LOOPBACK
        return self.host, self.host

    def serve(self, session: LiveSession, writer: Any) -> None:
        from partnerschap.drills.live.app import Limits, Room, create_app
        from partnerschap.drills.live.server import LiveServer, PortTaken, open_socket, url_host

        lang = state.lang()
        console = state.out()
        host, public = self.address(console)
        try:
            sock, moved = open_socket(host, self.port)
        except PortTaken as exc:
            raise PartnerschapError(
                "error.drill.live.port_taken", host=host, port=exc.args[0]
            ) from exc
        except OSError as exc:
            raise PartnerschapError(
                "error.drill.live.cannot_listen",
                host=host,
                port=self.port or "",
                detail=exc.strerror or str(exc),
            ) from exc
        port = sock.getsockname()[1]
        if moved:
            state.err().print(t("ui.live.port_free", lang, wanted=8765, port=port), style="dim")
        base = f"http://{url_host(public)}:{port}/{session.code}/"
        join_url = base
        projector_url = f"{base}trainer#{session.secret}"
        limits = Limits()
        room = Room(session, writer, limits)
        app = create_app(room, join_url=join_url)
        server = LiveServer(app, sock, max_message=limits.body_bytes * 2)
        server.on_loop = lambda loop: setattr(room, "loop", loop)
        server.start()
        stop = threading.Event()
        with _signals_stop(stop):  # also while the results are written: a second Ctrl-C waits
            try:
                self.show_start(console, session, join_url, projector_url, writer.folder)
                if self.browser:
                    import webbrowser

                    webbrowser.open(projector_url)
                self.control(console, session, room, server, stop)
            finally:
                with contextlib.suppress(Exception):  # the pages are told; results come first
                    server.run_and_wait(room.close)
                server.stop()
                written = room.save()
            self.show_end(console, session, written, writer.folder)

    def control(
        self,
        console: Console,
        session: LiveSession,
        room: Room,
        server: Any,
        stop: threading.Event,
    ) -> None:
        if sys.stdin.isatty() and sys.stdout.isatty():
            self.keys_loop(console, session, room, server, stop)
        else:
            console.print(t("ui.live.no_keys", session.lang), style="dim")
            shown = None
            while not stop.wait(POLL):
                shown = self.status(console, session, shown)

    def keys_loop(
        self,
        console: Console,
        session: LiveSession,
        room: Room,
        server: Any,
        stop: threading.Event,
    ) -> None:
        from partnerschap.cli.drill import keys as drill_keys
        from partnerschap.cli.drill.classroom import BACK, FORWARD, QUIT
        from partnerschap.cli.safe_text import pack_entries, plain

        keys_line = t("ui.live.keys", session.lang)
        console.print(plain(pack_entries(keys_line, console.width), style="dim"))
        keys = drill_keys.make_key_reader()
        shown = None
        while not stop.is_set():
            shown = self.status(console, session, shown)
            try:
                key = keys.read_key(timeout=POLL)
            except EOFError:
                break
            if key is None:
                continue
            if key in QUIT:
                break
            action = "forward" if key in FORWARD else "previous" if key in BACK else KEYS.get(key)
            if action is not None:
                server.call(room.control, action)

    def status(self, console: Console, session: LiveSession, shown: Any) -> Any:
        """Print a status line when the phase, the case or the count changed."""
        key = f"ui.live.status.{session.phase.value}"
        params = {
            "joined": len(session.trainees),
            "number": session.index + 1,
            "total": session.total,
            "answered": session.answered_count() if session.items else 0,
        }
        if session.phase.value == "lobby":
            line = t(key, session.lang, **params)
        else:  # the verb and noun follow the count: "1 van 3 heeft geantwoord"
            count = params["joined"] if session.phase.value == "end" else params["answered"]
            line = t_n(key, count, session.lang, **params)
        if line != shown:
            console.print(line, highlight=False, markup=False)
        return line

    # --- screens -------------------------------------------------------------------------

    def show_start(
        self,
        console: Console,
        session: LiveSession,
        join_url: str,
        projector_url: str,
        folder: Path,
    ) -> None:
        import io

        import segno
        from rich.text import Text

        from partnerschap.drills.live.session import group_code

        lang = session.lang
        console.print(Text(t("ui.live.title", lang), style="bold"))
        console.print(Text(t("ui.live.join", lang), style="bold"))
        console.print(f"  {join_url}", style="bold cyan", soft_wrap=True, markup=False)
        console.print(
            Text.assemble((t("ui.live.code", lang) + " ", "bold"), group_code(session.code))
        )
        drawing = io.StringIO()
        segno.make(join_url, error="m").terminal(out=drawing, compact=True, border=2)
        console.file.write(drawing.getvalue())
        console.file.flush()
        if not self.browser:
            console.print(Text(t("ui.live.projector", lang), style="bold"))
            console.print(f"  {projector_url}", soft_wrap=True, markup=False)
        console.print(Text(t("ui.live.results", lang), style="bold"))
        console.print(f"  {folder}", soft_wrap=True, markup=False)

    def show_end(
        self, console: Console, session: LiveSession, written: list[Path], folder: Path
    ) -> None:
        lang = session.lang
        console.print(t("ui.live.stopped", lang))
        if not written:
            console.print(t("ui.live.not_saved", lang))
            return
        key = "ui.live.saved_one" if len(written) == 1 else "ui.live.saved"
        console.print(t(key, lang, count=len(written), path=str(folder)), markup=False)
        console.print(t("ui.live.report_hint", lang))
        report = "verslag.md" if lang == "nl" else "report.md"
        command = f"partnerschap drill report {shlex.quote(str(folder))} -o {report}"
        console.print(f"  {command}", markup=False, highlight=False, soft_wrap=True)
