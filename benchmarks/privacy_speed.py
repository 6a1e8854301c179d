"""Time and memory of ``partnerschap privacy check`` from 1 KB to 10 MB (issue 15).

Writes texts of growing size to a temporary folder and runs the real command
``partnerschap privacy check FILE --json`` on each in a fresh process, reporting the wall
time, the CPU time and the peak memory (maximum resident set size) of that process, and
the growth per step (time and memory divided by the size factor of the step: about 1 for
linear work, about the size factor itself for quadratic work). The texts:

* ``notes``: real-looking youth-care notes (sentences of the privacy test corpus, with
  names, phone numbers, BSNs, addresses and dates varied, so that the names are many and
  distinct, as in a year of notes);
* ``names``: nothing but role words with a new name each ("moeder Ayla Vos, ..."): every
  name is propagated over the whole text;
* adversarial texts built from the name patterns' own trigger words and shapes:
  ``"De Vries " * n``, ``"Meneer " * n``, ``"Aa-Bb-" * n`` and ``"Kerk De " * n``, which
  made the old patterns backtrack catastrophically or quadratically.

A run that takes longer than ``--timeout`` seconds (default 60) is stopped and shown as
``> 60 s``; larger sizes of that text are then skipped.

    python benchmarks/privacy_speed.py [--max-mb 10] [--timeout 60] [--texts notes,names]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "data" / "privacy_corpus.yaml"


def _words(text: str) -> list[str]:
    return text.split()


FIRST = _words(
    "Sanne Fatima Mohammed Daan Lieke Sem Noah Emma Julia Milan Ayla Yusuf Zoë Finn Mila Levi "
    "Nora Adam Sara Luuk Tess Omar Ilse Ria Bram Anouk Jesse Fenna Ibrahim Amira Thijs Lotte"
)
LAST = _words(
    "Jansen Vos Bakker Yilmaz Visser Smit Meijer Mulder Bos Peters Hendriks Dekker Kaya "
    "Koster Brouwer Dijkstra Postma Kok Jacobs Vermeulen Schouten Willems Öztürk Boukhari"
)
ROLES = _words("moeder vader oma opa tante oom zoon dochter pleegmoeder mentor juf meneer")

SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000]


def _label(size: int) -> str:
    return f"{size // 1_000_000} MB" if size >= 1_000_000 else f"{size // 1_000} KB"


def _name(rng: random.Random, i: int) -> tuple[str, str]:
    """A first name and surname; beyond the lists, made distinct by a suffix of letters."""
    first = rng.choice(FIRST)
    last = rng.choice(LAST)
    if i >= len(FIRST) * len(LAST):
        suffix = "".join(rng.choice("aeiounrstlk") for _ in range(4))
        last = last + suffix
    return first, last


def notes_text(size: int, seed: int = 15) -> str:
    """Corpus sentences with their names and digits varied, in paragraphs, up to ``size``."""
    corpus = yaml.safe_load(CORPUS.read_text(encoding="utf-8"))
    sentences = [str(e["text"]) for e in corpus]
    names = {
        str(item["text"])
        for e in corpus
        for item in e["expect"]
        if item["kind"] == "name" and " " not in str(item["text"])
    }
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    i = 0
    while length < size:
        sentence = rng.choice(sentences)
        first, last = _name(rng, i)
        for name in names:
            if name in sentence:
                sentence = sentence.replace(name, rng.choice([first, f"{first} {last}"]))
        sentence = "".join(rng.choice("0123456789") if c.isdigit() else c for c in sentence)
        parts.append(sentence + ("\n\n" if rng.random() < 0.2 else " "))
        length += len(parts[-1])
        i += 1
    return "".join(parts)[:size]


def names_text(size: int, seed: int = 16) -> str:
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    i = 0
    while length < size:
        first, last = _name(rng, i + len(FIRST) * len(LAST))
        parts.append(f"{rng.choice(ROLES)} {first} {last}, ")
        length += len(parts[-1])
        i += 1
    return "".join(parts)[:size]


def repeated(unit: str):
    def make(size: int) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return make


TEXTS = {
    "notes": notes_text,
    "names": names_text,
    "de-vries": repeated("De Vries "),
    "meneer": repeated("Meneer "),
    "aa-bb": repeated("Aa-Bb-"),
    "kerk-de": repeated("Kerk De "),
}


def run_check(path: Path, timeout: float) -> tuple[float, float, float] | None:
    """(wall s, CPU s, peak MB) of one ``privacy check`` process, None after ``timeout``."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.setdefault("PARTNERSCHAP_HOME", str(path.parent / "home"))
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "partnerschap", "privacy", "check", str(path), "--json"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    deadline = started + timeout
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        if time.perf_counter() > deadline:
            proc.kill()
            os.wait4(proc.pid, 0)
            return None
        time.sleep(0.01)
    wall = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode not in (0, 1):
        raise SystemExit(f"privacy check failed with exit code {proc.returncode} on {path}")
    cpu = usage.ru_utime + usage.ru_stime
    peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
    return wall, cpu, peak_mb


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-mb", type=float, default=10)
    parser.add_argument("--timeout", type=float, default=60)
    parser.add_argument(
        "--texts", default=",".join(TEXTS), help="comma-separated: " + ", ".join(TEXTS)
    )
    args = parser.parse_args(argv)
    sizes = [s for s in SIZES if s <= args.max_mb * 1_000_000]

    print(f"privacy check --json, fresh process per run (timeout {args.timeout:.0f} s)")
    print(
        f"{'text':<9} {'size':>6} {'wall s':>8} {'CPU s':>7} {'peak MB':>8} "
        f"{'time x':>7} {'mem x':>6}"
    )
    with tempfile.TemporaryDirectory() as tmp:
        for name in args.texts.split(","):
            make = TEXTS[name]
            previous: tuple[int, float, float] | None = None
            base: tuple[float, float] | None = None  # start-up: the 1 KB run's CPU and memory
            for size in sizes:
                path = Path(tmp) / f"{name}-{size}.txt"
                path.write_text(make(size), encoding="utf-8")
                result = run_check(path, args.timeout)
                path.unlink()
                if result is None:
                    over = f"> {args.timeout:.0f}"
                    print(f"{name:<9} {_label(size):>6} {over:>8}", flush=True)
                    break
                wall, cpu, peak = result
                growth = mem_growth = ""
                if previous is not None and base is not None:
                    factor = size / previous[0]
                    # the work above start-up, per unit of size, against the step before
                    work, work_before = cpu - base[0], previous[1] - base[0]
                    if work_before > 0.05:
                        growth = f"{(work / work_before) / factor:7.2f}"
                    extra, extra_before = peak - base[1], previous[2] - base[1]
                    if extra_before > 5:
                        mem_growth = f"{(extra / extra_before) / factor:6.2f}"
                if base is None:
                    base = (cpu, peak)
                print(
                    f"{name:<9} {_label(size):>6} {wall:8.2f} {cpu:7.2f} {peak:8.1f} "
                    f"{growth:>7} {mem_growth:>6}",
                    flush=True,
                )
                previous = (size, cpu, peak)
    print(
        "time x / mem x: CPU time / memory above start-up (the 1 KB run), growth per step "
        "divided by the size factor (1 = linear, 10 = quadratic)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
