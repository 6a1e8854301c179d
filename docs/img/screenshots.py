"""Make the ``drill live`` screenshots of docs/img (Dutch and English).

A session served in this process on 127.0.0.1 (the join address shown is a typical Wi-Fi one,
so the pictures look like a class), nine trainees: one phone page in headless Chromium (Noor)
and eight over the WebSocket. Each picture puts the projector (1920×1080, drawn at two thirds)
beside the phone (412×915, drawn at three quarters). Needs the ``test`` extra (Playwright) and
the system's Chromium; never downloads a browser.

    python docs/img/screenshots.py [--out docs/img] [--raw /tmp/shots]

``--raw`` also keeps the full-size screenshots, and phone pages at 360 px wide, for checking.
"""

from __future__ import annotations

import argparse
import base64
import json
import shutil
import socket
import tempfile
import time
from pathlib import Path

from playwright.sync_api import expect, sync_playwright
from websockets.sync.client import connect

from partnerschap.drills import load_drills
from partnerschap.drills.live.app import Limits, Room, create_app
from partnerschap.drills.live.results import ResultsWriter
from partnerschap.drills.live.server import LiveServer
from partnerschap.drills.live.session import LiveSession
from partnerschap.drills.practice import Filters, select
from partnerschap.sets.catalog import load_catalog

SEED = "12"
OTHERS = ["Anouk", "Bram", "Daan", "Esra", "Fleur", "Jesse", "Mila", "Youssef"]
# The options the others choose per case (1 to 4 as shown); Noor's are in NOOR.
CHOICES = [[2, 2, 1, 2, 3, 2, 2, 4], [1, 3, 3, 3, 3, 1, 3, 3], [4, 4, 2, 4, 4, 4, 1, 4]]
NOOR = [2, 1, 4]
PROJECTOR = {"width": 1920, "height": 1080}
PHONE = {"width": 412, "height": 915}
NARROW = {"width": 360, "height": 780}
WAIT_MS = 8000


class Other:
    """A trainee over the WebSocket, from its own loopback address."""

    def __init__(self, url: str, name: str, number: int) -> None:
        self.ws = connect(url, proxy=None, source_address=(f"127.0.1.{number}", 0))
        self.ws.send(json.dumps({"type": "hello", "token": None}))
        self.ws.send(json.dumps({"type": "join", "name": name}))
        self.until("joined")

    def until(self, kind: str) -> dict:
        while True:
            message = json.loads(self.ws.recv(timeout=10))
            if message["type"] == kind:
                return message

    def answer(self, case: int, number: int) -> None:
        self.ws.send(json.dumps({"type": "answer", "case": case, "number": number}))
        self.until("ack")


def shot(page, raw: Path | None, name: str) -> bytes:
    data = page.screenshot()
    if raw is not None:
        (raw / f"{name}.png").write_bytes(data)
    return data


def compose(browser, projector: bytes, phone: bytes, out: Path) -> None:
    """The projector and the phone side by side, on a plain background, as one PNG."""
    page = browser.new_page(viewport={"width": 1640, "height": 760}, device_scale_factor=1)

    def uri(data: bytes) -> str:
        return "data:image/png;base64," + base64.b64encode(data).decode()

    page.set_content(
        "<style>body{margin:0;background:#dde3ec;display:flex;gap:24px;padding:20px;"
        "align-items:flex-start}img{display:block;box-shadow:0 2px 10px rgba(0,0,0,.25)}"
        ".p{width:1280px;height:720px}.m{width:309px;height:686px;border-radius:14px}</style>"
        f'<img class="p" src="{uri(projector)}"><img class="m" src="{uri(phone)}">'
    )
    page.wait_for_function("[...document.images].every(i => i.complete)")
    out.write_bytes(page.screenshot(full_page=False))
    page.close()


def overflow(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth - window.innerWidth")


def session_for(lang: str) -> tuple[LiveSession, Room, Path]:
    shown = select(load_drills(), Filters(), 3, SEED)
    session = LiveSession(items=shown, sets=dict(load_catalog().sets), lang=lang)
    folder = Path(tempfile.mkdtemp(prefix="partnerschap-shots-"))
    return session, Room(session, ResultsWriter(folder, seed=SEED), Limits()), folder


def run(lang: str, out: Path, raw: Path | None, browser) -> list[str]:
    notes = []
    session, room, folder = session_for(lang)
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    port = sock.getsockname()[1]
    shown_url = f"http://192.168.1.23:8765/{session.code}/"
    app = create_app(room, join_url=shown_url)
    server = LiveServer(app, sock)
    server.on_loop = lambda loop: setattr(room, "loop", loop)
    server.start()
    base = f"http://127.0.0.1:{port}/{session.code}/"
    try:
        screen = browser.new_context(viewport=PROJECTOR, device_scale_factor=2 / 3)
        projector = screen.new_page()
        projector.goto(f"{base}trainer#{session.secret}")
        phone_context = browser.new_context(
            viewport=PHONE, device_scale_factor=0.75, is_mobile=True
        )
        phone = phone_context.new_page()
        phone.goto(base)
        narrow = browser.new_context(viewport=NARROW, device_scale_factor=1, is_mobile=True)
        small = narrow.new_page()
        small.goto(base)
        phone.get_by_test_id("join-name").fill("Noor")
        others = [Other(base.replace("http", "ws") + "ws", n, i) for i, n in enumerate(OTHERS, 1)]
        expect(projector.get_by_test_id("joined-count")).to_contain_text("8", timeout=WAIT_MS)
        join_phone = shot(phone, raw, f"{lang}-phone-join")
        shot(small, raw, f"{lang}-narrow-join")
        notes.append(f"{lang} join: overflow at 360 px: {overflow(small)} px")
        phone.get_by_test_id("join-submit").click()
        small.get_by_test_id("join-name").fill("Sem")
        small.get_by_test_id("join-submit").click()
        expect(projector.get_by_test_id("joined-count")).to_contain_text("10", timeout=WAIT_MS)
        compose(browser, shot(projector, raw, f"{lang}-projector-lobby"), join_phone,
                out / f"live-{lang}-1-lobby.png")  # fmt: skip

        projector.get_by_test_id("next").click()
        for case in (1, 2, 3):
            expect(phone.get_by_test_id("option-1")).to_be_visible(timeout=WAIT_MS)
            phone.get_by_test_id(f"option-{NOOR[case - 1]}").click()
            small.get_by_test_id(f"option-{NOOR[case - 1] % 4 + 1}").click()
            for other, choices in zip(others[:5], zip(*CHOICES, strict=True), strict=False):
                other.answer(case, choices[case - 1])
            expect(projector.get_by_test_id("answered-count")).to_have_text("7", timeout=WAIT_MS)
            if case == 1:
                time.sleep(0.2)
                case_phone = shot(phone, raw, f"{lang}-phone-case")
                shot(small, raw, f"{lang}-narrow-case")
                notes.append(f"{lang} case: overflow at 360 px: {overflow(small)} px")
                compose(browser, shot(projector, raw, f"{lang}-projector-case"), case_phone,
                        out / f"live-{lang}-2-case.png")  # fmt: skip
            for other, choices in zip(others[5:], list(zip(*CHOICES, strict=True))[5:],
                                      strict=True):  # fmt: skip
                other.answer(case, choices[case - 1])
            projector.get_by_test_id("reveal").click()
            expect(phone.get_by_test_id("verdict")).to_be_visible(timeout=WAIT_MS)
            expect(small.get_by_test_id("verdict")).to_be_visible(timeout=WAIT_MS)
            if case == 1:
                time.sleep(0.2)
                phone.get_by_test_id("verdict").scroll_into_view_if_needed()
                revealed_phone = shot(phone, raw, f"{lang}-phone-revealed")
                small.get_by_test_id("verdict").scroll_into_view_if_needed()
                shot(small, raw, f"{lang}-narrow-revealed")
                notes.append(f"{lang} revealed: overflow at 360 px: {overflow(small)} px")
                compose(browser, shot(projector, raw, f"{lang}-projector-revealed"),
                        revealed_phone, out / f"live-{lang}-3-revealed.png")  # fmt: skip
            projector.get_by_test_id("next").click()
        expect(phone.get_by_test_id("my-score")).to_be_visible(timeout=WAIT_MS)
        time.sleep(0.2)
        end_phone = shot(phone, raw, f"{lang}-phone-end")
        shot(small, raw, f"{lang}-narrow-end")
        notes.append(f"{lang} end: overflow at 360 px: {overflow(small)} px")
        compose(browser, shot(projector, raw, f"{lang}-projector-end"), end_phone,
                out / f"live-{lang}-4-end.png")  # fmt: skip
        for other in others:
            other.ws.close()
    finally:
        server.stop()
        room.save()
        shutil.rmtree(folder, ignore_errors=True)
    return notes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent)
    parser.add_argument("--raw", type=Path, default=None)
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    args = parser.parse_args()
    if args.raw is not None:
        args.raw.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=args.chromium, args=["--no-sandbox"])
        try:
            for lang in ("nl", "en"):
                for note in run(lang, args.out, args.raw, browser):
                    print(note)
        finally:
            browser.close()
    for path in sorted(args.out.glob("live-*.png")):
        print(f"{path}: {path.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
