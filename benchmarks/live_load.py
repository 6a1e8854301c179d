"""How does ``drill live`` hold up with a big class?

Starts ``partnerschap drill live`` as a trainer does (a subprocess, ``--host 127.0.0.1
--no-browser``, results in a temporary folder) and plays a class of 100 simulated phones and
the projector over the real protocol: the WebSocket on ``/<code>/ws`` with the JSON messages of
:mod:`partnerschap.drills.live.app`. Each phone connects from its own loopback address
(127.0.1.1, 127.0.1.2, …; all of 127.0.0.0/8 is this machine), so the server's limits per
client are the real ones, as with a class of real phones on the Wi-Fi.

Every trainee joins and answers each of the 10 cases; a fifth of them change their mind once
per case. Then it checks that every answer was counted exactly once: the projector's count
before the reveal, its shares after it, and the 100 results files written (10 answers each,
the final choices), read back by ``drill report``.

It prints:

* the time from the trainer's reveal (the projector's message leaving) to the last trainee's
  screen update (the revealed view arriving), per case: median and p95 over the cases; and
  the same per phone over all 1,000 updates;
* the server's peak memory (``VmHWM`` of the server process, read from ``/proc`` just before
  it is stopped).

Targets on the 2-core reference machine: reveal to the last phone under 200 ms (p95), the
server under 150 MB. The phones run in this process, so they share the machine's two cores
with the server: the figures include that.

    python benchmarks/live_load.py [--trainees 100] [--rounds 10] [--seed 7] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from websockets.asyncio.client import connect

TIMEOUT = 60.0
CHANGE_SHARE = 0.2  # trainees who change their answer once per case


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(share * (len(ordered) - 1))))
    return ordered[index]


def peak_memory_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmHWM")


def memory_now_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS")


@dataclass
class Trainee:
    number: int
    rng: random.Random
    final: dict[int, int] = field(default_factory=dict)  # case → the last option chosen
    revealed_at: dict[int, float] = field(default_factory=dict)
    right: int = 0

    @property
    def address(self) -> str:
        return f"127.0.1.{self.number}"

    @property
    def name(self) -> str:
        return f"Deelnemer {self.number}"


@dataclass
class Class:
    ws_url: str
    secret: str
    trainees: list[Trainee]
    rounds: int
    acked: dict[int, int] = field(default_factory=Counter)  # case → trainees done answering
    events: dict[str, asyncio.Event] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    def event(self, name: str) -> asyncio.Event:
        return self.events.setdefault(name, asyncio.Event())


async def messages(ws):
    async for raw in ws:
        yield json.loads(raw)


async def phone(room: Class, trainee: Trainee) -> None:
    async with connect(room.ws_url, local_addr=(trainee.address, 0), open_timeout=TIMEOUT) as ws:
        await ws.send(json.dumps({"type": "hello", "token": None}))
        pending: dict[int, list[int]] = {}  # case → answers still to send
        answered: set[int] = set()
        async for message in messages(ws):
            kind = message["type"]
            if kind == "need_join":
                await ws.send(json.dumps({"type": "join", "name": trainee.name}))
            elif kind == "error":
                room.problems.append(f"{trainee.name}: {message['key']}")
            elif kind == "ack":
                case = message["case"]
                rest = pending.get(case)
                if rest:
                    number = rest.pop(0)
                    await ws.send(json.dumps({"type": "answer", "case": case, "number": number}))
                elif rest is not None:
                    del pending[case]
                    room.acked[case] += 1
                    if room.acked[case] == len(room.trainees):
                        room.event(f"answered-{case}").set()
            elif kind == "state":
                view = message["view"]
                if view["phase"] == "question":
                    case = view["case"]["number"]
                    if case in answered:
                        continue
                    answered.add(case)
                    count = len(view["case"]["options"])
                    first = trainee.rng.randint(1, count)
                    plan = [first]
                    if trainee.rng.random() < CHANGE_SHARE:
                        plan.append(
                            trainee.rng.choice([n for n in range(1, count + 1) if n != first])
                        )
                    trainee.final[case] = plan[-1]
                    pending[case] = plan[1:]
                    await ws.send(json.dumps({"type": "answer", "case": case, "number": first}))
                elif view["phase"] == "revealed":
                    case = view["case"]["number"]
                    if case not in trainee.revealed_at:
                        trainee.revealed_at[case] = time.perf_counter()
                        trainee.right += view["right"] is True
                        if all(case in t.revealed_at for t in room.trainees):
                            room.event(f"revealed-{case}").set()
                elif view["phase"] == "end":
                    if view["answered"] != room.rounds or view["right"] != trainee.right:
                        room.problems.append(f"{trainee.name}: end view {view}")
                    return


async def wait(event: asyncio.Event, what: str) -> None:
    try:
        await asyncio.wait_for(event.wait(), TIMEOUT)
    except TimeoutError:
        raise SystemExit(f"timed out waiting for {what}") from None


async def projector(room: Class) -> list[float]:
    """The trainer: start when everyone is in, reveal when every answer is in, go on."""
    latencies = []
    async with connect(room.ws_url, open_timeout=TIMEOUT) as ws:
        views: asyncio.Queue = asyncio.Queue()

        async def read() -> None:
            async for message in messages(ws):
                if message["type"] == "state":
                    await views.put(message["view"])
                elif message["type"] == "error":
                    room.problems.append(f"projector: {message['key']}")

        reader = asyncio.create_task(read())

        async def view_where(check) -> dict:
            while True:
                view = await asyncio.wait_for(views.get(), TIMEOUT)
                if check(view):
                    return view

        await ws.send(json.dumps({"type": "hello", "secret": room.secret}))
        await view_where(lambda v: v["phase"] == "lobby" and v["joined"] == len(room.trainees))
        await ws.send(json.dumps({"type": "control", "action": "next"}))
        for case in range(1, room.rounds + 1):
            await wait(room.event(f"answered-{case}"), f"the answers to case {case}")
            before = await view_where(lambda v, c=case: v.get("case", {}).get("number") == c)
            while before["answered"] != len(room.trainees):
                before = await view_where(lambda v: True)
            start = time.perf_counter()
            await ws.send(json.dumps({"type": "control", "action": "reveal"}))
            await wait(room.event(f"revealed-{case}"), f"every phone to show case {case}")
            latencies.append(max(t.revealed_at[case] for t in room.trainees) - start)
            for t in room.trainees:
                t.revealed_at[case] -= start
            shown = await view_where(lambda v, c=case: v["phase"] == "revealed")
            expected = Counter(t.final[case] for t in room.trainees)
            counts = [s["count"] for s in shown["shares"]]
            if counts != [expected.get(n, 0) for n in range(1, len(counts) + 1)]:
                room.problems.append(f"case {case}: shares {counts}, expected {expected}")
            if shown["answered"] != len(room.trainees):
                room.problems.append(f"case {case}: {shown['answered']} answered")
            await ws.send(json.dumps({"type": "control", "action": "next"}))
        await view_where(lambda v: v["phase"] == "end")
        reader.cancel()
    return latencies


async def play(room: Class) -> list[float]:
    phones = [asyncio.create_task(phone(room, t)) for t in room.trainees]
    trainer = asyncio.create_task(projector(room))
    latencies = await asyncio.wait_for(trainer, TIMEOUT * 3)
    await asyncio.wait_for(asyncio.gather(*phones), TIMEOUT)
    return latencies


def start_server(home: Path, results: Path, rounds: int, seed: str) -> tuple:
    env = {**os.environ, "PARTNERSCHAP_HOME": str(home), "COLUMNS": "300"}
    proc = subprocess.Popen(
        [sys.executable, "-m", "partnerschap", "drill", "live", "--host", "127.0.0.1",
         "--no-browser", "--rounds", str(rounds), "--seed", seed, "--results", str(results)],
        stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env=env,
    )  # fmt: skip
    assert proc.stdout is not None
    seen = []
    deadline = time.monotonic() + TIMEOUT
    join = projector_url = None
    while time.monotonic() < deadline and not (join and projector_url):
        line = proc.stdout.readline()
        if not line:
            break
        seen.append(line)
        if m := re.search(r"(http://127\.0\.0\.1:\d+/[a-z0-9]+/)\s*$", line):
            join = m.group(1)
        if m := re.search(r"http://127\.0\.0\.1:\d+/[a-z0-9]+/trainer#(\S+)", line):
            projector_url = m.group(1)
    if not (join and projector_url):
        proc.kill()
        raise SystemExit("the server did not start:\n" + "".join(seen))
    return proc, join, projector_url


def check_results(folder: Path, room: Class, env: dict[str, str]) -> list[str]:
    problems = []
    files = sorted(folder.glob("*.json"))
    if len(files) != len(room.trainees):
        problems.append(f"{len(files)} results files for {len(room.trainees)} trainees")
    by_name = {t.name: t for t in room.trainees}
    for path in files:
        data = json.loads(path.read_text("utf-8"))
        trainee = by_name[data["trainee"]]
        chosen = [item["chosen_number"] for item in data["items"]]
        if chosen != [trainee.final[c] for c in range(1, room.rounds + 1)]:
            problems.append(f"{path.name}: {chosen}")
    report = subprocess.run(
        [sys.executable, "-m", "partnerschap", "drill", "report", str(folder), "--json"],
        capture_output=True, text=True, timeout=TIMEOUT, env=env,
    )  # fmt: skip
    data = json.loads(report.stdout)
    if data["answers"] != len(room.trainees) * room.rounds:
        problems.append(f"drill report counts {data['answers']} answers")
    rights = {t["name"]: t["right"] for t in data["trainees"]}
    if rights != {t.name: t.right for t in room.trainees}:
        problems.append("drill report's right answers differ from the phones' verdicts")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trainees", type=int, default=100)
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--seed", default="7")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    if not 1 <= args.trainees <= 254:
        raise SystemExit("--trainees: 1 to 254 (one loopback address each)")

    tmp = Path(tempfile.mkdtemp(prefix="partnerschap-live-load-"))
    results = tmp / "results"
    proc, join_url, secret = start_server(tmp / "home", results, args.rounds, args.seed)
    try:
        code = join_url.rstrip("/").rsplit("/", 1)[1]
        rng = random.Random(args.seed)
        trainees = [Trainee(n, random.Random(rng.random())) for n in range(1, args.trainees + 1)]
        room = Class(
            ws_url=join_url.replace("http://", "ws://") + "ws",
            secret=secret,
            trainees=trainees,
            rounds=args.rounds,
        )
        rss_start = memory_now_mb(proc.pid)
        started = time.perf_counter()
        latencies = asyncio.run(play(room))
        elapsed = time.perf_counter() - started
        peak = peak_memory_mb(proc.pid)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=TIMEOUT)
    problems = room.problems + check_results(
        results, room, {**os.environ, "PARTNERSCHAP_HOME": str(tmp / "home")}
    )
    if f"{args.trainees} resultatenbestanden" not in out and args.trainees > 1:
        problems.append("the command did not report the results files:\n" + out)

    per_phone = [t.revealed_at[c] for t in room.trainees for c in range(1, args.rounds + 1)]
    ms = 1000
    print(f"drill live, {args.trainees} phones, {args.rounds} cases, session {code[:4]}…")
    print(f"  whole session: {elapsed:.1f} s")
    print(
        f"  reveal → last phone updated: median {statistics.median(latencies) * ms:.0f} ms, "
        f"p95 {percentile(latencies, 0.95) * ms:.0f} ms, max {max(latencies) * ms:.0f} ms "
        f"(goal p95 < 200 ms)"
    )
    print(
        f"  reveal → each phone updated: median {statistics.median(per_phone) * ms:.0f} ms, "
        f"p95 {percentile(per_phone, 0.95) * ms:.0f} ms ({len(per_phone)} updates)"
    )
    print(f"  server memory: {rss_start:.0f} MB at the start, peak {peak:.0f} MB (goal < 150 MB)")
    answers = args.trainees * args.rounds
    if problems:
        print(f"  answers: PROBLEMS ({len(problems)}):")
        for line in problems[:20]:
            print("    " + line)
    else:
        print(
            f"  answers: all {answers} counted exactly once (projector counts and shares, "
            f"{args.trainees} results files, drill report)"
        )
    if args.keep:
        print(f"  kept: {tmp}")
    else:
        shutil.rmtree(tmp, ignore_errors=True)
    if problems:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
