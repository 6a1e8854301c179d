"""Speed of transcript analysis as a whole process (issue 9).

Generates a one-hour Teams WebVTT transcript (1,500 turns, Dutch, professional utterances
taken from the development set) in a temporary directory, then times a fresh Python process
that reads it, analyses it against the partnerschap set and writes the JSON — what
``partnerschap analyze FILE --format json`` does. Reports the median wall time of several
runs (target: < 0.5 s on the 2-core machine), and, when the CLI is there, the same for
``partnerschap principles list`` (target: analysis < 1.5 x that).

    python benchmarks/analysis_speed.py [--runs 7] [--turns 1500] [--cli]

With ``--cli`` the analysis is timed through ``partnerschap analyze`` instead of the
library call (once the command exists).
"""

from __future__ import annotations

import argparse
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


def make_transcript(path: Path, turns: int, seed: int = 9) -> None:
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
        text = rng.choice(professional if i % 2 == 0 else OTHER_LINES)

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


def timed(argv: list[str], out: Path) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child process)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    with open(out, "wb") as fh:
        subprocess.run(argv, check=True, stdout=fh, stderr=subprocess.PIPE, cwd=ROOT)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def median_time(argv: list[str], runs: int, out: Path) -> tuple[float, float]:
    """Median wall and CPU time; CPU time is less disturbed by other load on the machine."""
    timed(argv, out)  # warm caches (page cache, bytecode)
    results = [timed(argv, out) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--turns", type=int, default=1500)
    ap.add_argument("--cli", action="store_true", help="time `partnerschap analyze` instead")
    args = ap.parse_args(argv)
    set_file = ROOT / "principles" / "partnerschap.yaml"
    with tempfile.TemporaryDirectory(prefix="partnerschap-speed-") as tmp:
        transcript = Path(tmp) / "gesprek.vtt"
        make_transcript(transcript, args.turns)
        out = Path(tmp) / "out.json"
        size_kb = transcript.stat().st_size / 1024
        print(f"transcript: {args.turns} turns, {size_kb:.0f} KB")
        if args.cli:
            cmd = [
                sys.executable,
                "-m",
                "partnerschap.cli.app",
                "analyze",
                str(transcript),
                "--professional",
                "Anna de Vries",
                "--format",
                "json",
            ]
        else:
            cmd = [sys.executable, "-c", ANALYZE, str(transcript), str(set_file)]
        analysis, analysis_cpu = median_time(cmd, args.runs, out)
        print(
            f"analysis (whole process): median {analysis:.3f} s wall, "
            f"{analysis_cpu:.3f} s CPU over {args.runs} runs"
        )
        print(f"  target < 0.5 s: {'ok' if analysis < 0.5 else 'MISSED'}")
        base_cmd = [sys.executable, "-m", "partnerschap.cli.app", "principles", "list"]
        try:
            base, base_cpu = median_time(base_cmd, args.runs, out)
        except (subprocess.CalledProcessError, OSError):
            print("partnerschap principles list: not available, no comparison")
            return 0
        ratio = analysis / base
        print(f"partnerschap principles list: median {base:.3f} s wall, {base_cpu:.3f} s CPU")
        print(
            f"  ratio {ratio:.2f} wall, {analysis_cpu / base_cpu:.2f} CPU (target < 1.5): "
            f"{'ok' if ratio < 1.5 else 'MISSED'}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
