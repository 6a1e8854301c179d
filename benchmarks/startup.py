"""Whole-process start-up times of partnerschap commands, next to `python -c pass`.

Run: python benchmarks/startup.py [--runs 15]
Prints the median and the fastest wall time of each command. A professional opens the tool
right after a hard conversation: --version and --help should feel instant.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ANSWERS = """\
scenario: angry
context: {date: 2026-11-20, kind: huisbezoek, participants: [moeder]}
answers: {respect.listened: nee, details.concrete: deels}
next_step: Eerst vragen wat goed gaat.
"""


def measure(cmd: list[str], runs: int, env: dict[str, str]) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run(
            cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False
        )
        times.append(time.perf_counter() - start)
    return statistics.median(times), min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    # The script installed beside this Python (not a pyenv shim, which adds a shell start).
    beside = Path(sys.executable).parent / "partnerschap"
    exe = str(beside) if beside.exists() else shutil.which("partnerschap")
    base = [exe] if exe else [sys.executable, "-m", "partnerschap"]
    with tempfile.TemporaryDirectory() as tmp:
        answers = Path(tmp) / "answers.yaml"
        answers.write_text(ANSWERS, encoding="utf-8")
        env = {**os.environ, "PARTNERSCHAP_HOME": str(Path(tmp) / "home"), "NO_COLOR": "1"}
        commands = {
            "python -c pass": [sys.executable, "-c", "pass"],
            "partnerschap --version": [*base, "--version"],
            "partnerschap --help": [*base, "--help"],
            "partnerschap principles list": [*base, "principles", "list"],
            "partnerschap reflect --answers (no save)": [
                *base,
                "reflect",
                "--answers",
                str(answers),
                "--no-save",
            ],
        }
        for cmd in commands.values():  # warm the file cache and .pyc files
            subprocess.run(cmd, env=env, capture_output=True, check=False)
        print(f"{'command':45} {'median':>9} {'fastest':>9}   ({args.runs} runs)")
        for name, cmd in commands.items():
            median, fastest = measure(cmd, args.runs, env)
            print(f"{name:45} {median:8.3f}s {fastest:8.3f}s")


if __name__ == "__main__":
    main()
