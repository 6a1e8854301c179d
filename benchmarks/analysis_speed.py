"""Speed of transcript analysis as a whole process.

Generates a one-hour Teams WebVTT transcript (1,500 turns, Dutch, professional utterances
taken from the development set) in a temporary directory, then times fresh processes:

* the library call that reads it, analyses it against the partnerschap set and writes the
  JSON;
* the real command ``partnerschap analyze FILE --professional X --format json`` (quotes and
  turns redacted, as by default), with the regex cache warm (every run after the first)
  and switched off (``PARTNERSCHAP_REGEX_CACHE=0``, as a first run);
* the same with ``--keep-identifiers`` (no privacy guard);
* the same on a second transcript where nearly every turn is unique (one or two
  utterances joined, the parent's turns with dates and numbers now and then): the first
  one repeats its utterances, which flatters whatever is done once per distinct text,
  such as the privacy guard;
* ``partnerschap principles list``, the yardstick.

The processes run with bytecode, as an installed tool does (``PYTHONDONTWRITEBYTECODE`` is
ignored; the bytecode goes to the temporary folder). Reports the median wall and CPU time
of several runs (CPU time of the child processes, ``RUSAGE_CHILDREN``, is less disturbed
by other load on the machine) and the ratio to ``principles list``: the commands take
turns, and the ratio is the median of the ratios within each round, so a machine whose
speed drifts (a shared virtual machine) disturbs it least. Targets on the 2-core
machine: < 0.5 s, and < 1.5 x ``principles list``.

    python benchmarks/analysis_speed.py [--runs 7] [--turns 1500]
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OTHER_LINES = [
    "Nou, het gaat wel. De ochtenden zijn lastig.",
    "Ja.",
    "Dat weet ik niet precies, misschien twee keer per week?",
    "Hij wil gewoon niet naar bed, en dan wordt het schreeuwen.",
    "Mijn moeder helpt soms, maar die woont ver weg.",
    "Ik vind het niet eerlijk dat de school meteen Veilig Thuis belt.",
    "Soms lukt het wel, als hij bij zijn vader is geweest.",
    "Ik doe echt mijn best, hoor.",
    "Nee, dat heb ik nog niet gedaan.",
    "Ik wil gewoon dat het rustig wordt thuis.",
]


OTHER_ADDITIONS = [
    "",
    "",
    " Echt waar.",
    " Dat was op {day} maart, om {hour} uur.",
    " Mijn zus belde er {n} keer over.",
]


def make_transcript(path: Path, turns: int, seed: int = 9, varied: bool = False) -> None:
    """Alternating professional and parent turns. By default each turn is one utterance
    picked from the development set (so turns repeat); ``varied`` makes nearly every turn
    unique, as in a real conversation: one or two utterances joined, and the parent's
    turns with dates, times and numbers now and then (which the privacy guard examines)."""
    from partnerschap.transcript.coding import load_yaml

    professional = [
        str(item["text"]) for item in load_yaml(ROOT / "tests" / "data" / "utterances_nl.yaml")
    ]
    rng = random.Random(seed)
    seconds_per_turn = 3600 / turns
    out = ["WEBVTT", ""]
    for i in range(turns):
        start = i * seconds_per_turn
        end = start + seconds_per_turn - 0.1
        speaker = "Anna de Vries" if i % 2 == 0 else "Mark Jansen"
        pool = professional if i % 2 == 0 else OTHER_LINES
        if not varied:
            text = rng.choice(pool)
        else:
            text = " ".join(rng.sample(pool, rng.choice([1, 1, 2])))
            if i % 2:
                text += rng.choice(OTHER_ADDITIONS).format(
                    day=rng.randint(1, 28), hour=rng.randint(7, 21), n=rng.randint(2, 9)
                )

        def ts(t: float) -> str:
            h, rem = divmod(t, 3600)
            m, s = divmod(rem, 60)
            return f"{int(h):02d}:{int(m):02d}:{s:06.3f}"

        out += [f"{i + 1}", f"{ts(start)} --> {ts(end)}", f"<v {speaker}>{text}</v>", ""]
    path.write_text("\n".join(out), encoding="utf-8")


ANALYZE = (
    "import sys; from partnerschap.transcript import analyze_file; "
    "r = analyze_file(sys.argv[1], ['Anna de Vries'], set_file=sys.argv[2]); "
    "sys.stdout.write(r.to_json())"
)


MAIN = "partnerschap analyze --format json"
VARIED = "  the same, every turn unique"
BASE = "partnerschap principles list"


def timed(argv: list[str], out: Path, env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(out, "wb") as fh:
        subprocess.run(argv, check=True, stdout=fh, stderr=subprocess.PIPE, cwd=ROOT, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def sample_times(
    cases: list[tuple[str, list[str], dict[str, str]]], runs: int, out: Path
) -> dict[str, list[tuple[float, float]]]:
    """Wall and CPU time of each run per case, after one warm-up run each (page cache,
    bytecode, regex cache). The cases take turns, so changing load on the machine hits all
    alike, and run ``i`` of each case can be compared with run ``i`` of another."""
    for _, cmd, env in cases:
        timed(cmd, out, env)
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name, _, _ in cases}
    for _ in range(runs):
        for name, cmd, env in cases:
            samples[name].append(timed(cmd, out, env))
    return samples


def paired_ratio(runs: list[tuple[float, float]], base: list[tuple[float, float]], k: int) -> float:
    """Median of the per-round ratios (wall ``k=0`` or CPU ``k=1``): steadier than a ratio of
    medians on a machine whose speed drifts between rounds."""
    return statistics.median(r[k] / b[k] for r, b in zip(runs, base, strict=True))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--turns", type=int, default=1500)
    args = ap.parse_args(argv)
    set_file = ROOT / "principles" / "partnerschap.yaml"
    with tempfile.TemporaryDirectory(prefix="partnerschap-speed-") as tmp:
        transcript = Path(tmp) / "gesprek.vtt"
        make_transcript(transcript, args.turns)
        varied = Path(tmp) / "gesprek-uniek.vtt"
        make_transcript(varied, args.turns, varied=True)
        out = Path(tmp) / "out.json"
        # As an installed tool runs: with bytecode (pip compiles it at install time), kept in
        # the temporary folder so the source tree stays clean.
        env = dict(
            os.environ,
            PARTNERSCHAP_HOME=str(Path(tmp) / "home"),
            PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"),
        )
        for name in ("PARTNERSCHAP_REGEX_CACHE", "PYTHONDONTWRITEBYTECODE"):
            env.pop(name, None)
        cold = dict(env, PARTNERSCHAP_REGEX_CACHE="0")
        size_kb = transcript.stat().st_size / 1024
        print(f"transcript: {args.turns} turns, {size_kb:.0f} KB; median of {args.runs} runs")
        cli = [sys.executable, "-m", "partnerschap.cli.app"]
        analyze = [*cli, "analyze", str(transcript), "-p", "Anna de Vries", "--format", "json"]
        cases = [
            (
                "library call (whole process)",
                [sys.executable, "-c", ANALYZE, str(transcript), str(set_file)],
                env,
            ),
            (MAIN, analyze, env),
            ("  the same, regex cache off", analyze, cold),
            ("  the same, --keep-identifiers", [*analyze, "--keep-identifiers"], env),
            (VARIED, [*cli, "analyze", str(varied), *analyze[5:]], env),
            (BASE, [*cli, "principles", "list"], env),
        ]
        samples = sample_times(cases, args.runs, out)
        base = samples[BASE]
        print(
            f"{'':38s} {'wall':>7s} {'CPU':>7s}   ratio to principles list (wall, CPU; "
            "median of the per-round ratios)"
        )
        for name, runs in samples.items():
            wall = statistics.median(r[0] for r in runs)
            cpu = statistics.median(r[1] for r in runs)
            ratio = f"{paired_ratio(runs, base, 0):5.2f} {paired_ratio(runs, base, 1):5.2f}"
            print(f"{name:38s} {wall:6.3f}s {cpu:6.3f}s   {ratio}")
        runs = samples[MAIN]
        wall = statistics.median(r[0] for r in runs)
        cpu = statistics.median(r[1] for r in runs)
        wall_ratio, cpu_ratio = paired_ratio(runs, base, 0), paired_ratio(runs, base, 1)
        spread = sorted(r[0] / b[0] for r, b in zip(runs, base, strict=True))
        print(f"per-round wall ratios of analyze: {spread[0]:.2f} .. {spread[-1]:.2f}")
        print(
            f"targets for partnerschap analyze: < 0.5 s: wall {'ok' if wall < 0.5 else 'MISSED'}, "
            f"CPU {'ok' if cpu < 0.5 else 'MISSED'}; < 1.5 x principles list: wall "
            f"{'ok' if wall_ratio < 1.5 else 'MISSED'}, "
            f"CPU {'ok' if cpu_ratio < 1.5 else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
