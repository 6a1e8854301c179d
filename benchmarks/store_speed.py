"""How fast is the reflection log with a large history?

Creates 10,000 varied reflections (real principle sets, random answers, notes, next steps,
dates over two years) in a temporary ``PARTNERSCHAP_HOME`` and times, as whole processes
the way a user runs them:

* ``partnerschap export --format md`` of all of them (to a file), and
* ``partnerschap log stats``,

printing the median wall time, the median CPU time and the peak memory (maximum resident
set size of the child process, from the kernel's resource usage of the child; ``os.wait4``).
CPU time barely depends on what else the machine is doing; wall time does.

Then the same log encrypted (``log encrypt``, SQLCipher 4 with its default key derivation,
the passphrase from ``PARTNERSCHAP_PASSPHRASE_FILE``): the same two commands, each process
deriving the key once, as a user's would (in a thread that starts before the imports and
opens the log with the passphrase).
Skipped without the ``encryption`` extra.

Targets on the 2-core reference machine: export under 1.5 s, stats under 0.5 s, both
under 120 MB; on the encrypted log at most 1.5 times the plain log's time.

    python benchmarks/store_speed.py [--count 10000] [--runs 5] [--keep]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

KINDS = [
    "huisbezoek",
    "telefoongesprek",
    "gesprek op kantoor",
    "netwerkberaad",
    "evaluatiegesprek",
    "kennismaking",
    "veiligheidsplan bespreken",
    "overdracht",
]
ROLES = ["moeder", "vader", "jeugdige", "oma", "stiefvader", "mentor", "voogd"]
NOTES = [
    "Ik ging te snel naar mijn zorgen.",
    "# Ouders voelden zich niet gehoord | volgende keer eerst luisteren.",
    "Moeder was boos over het *rapport*; ik heb uitgelegd waarom.",
    "- vader zei weinig, ik vroeg niet door",
    "1. Eerst het plan, 2. dan de zorgen: dat werkte niet.",
    "Goed contact met de jeugdige; ouders wantrouwig.",
    "Te veel jargon gebruikt (`VIR`, `SAVE`).",
    "Ik liet stiltes vallen en dat hielp.",
]
INTENTIONS = [
    "Volgende keer eerst vragen wat goed gaat.",
    "Concreet afspreken wie wat doet.",
    "Kleinere stappen voorstellen en samen kiezen.",
    "Meer tijd nemen voor de vragen van ouders.",
    "",
]
ANSWERS = ["yes", "yes", "yes", "partly", "no", "na"]


def make_reflections(count: int, seed: int = 3):
    """``count`` complete, varied reflections over the bundled sets (a generator)."""
    from partnerschap.reflection.engine import Answer, choose_sets
    from partnerschap.reflection.record import Reflection
    from partnerschap.sets.catalog import load_catalog

    rng = random.Random(seed)
    catalog = load_catalog()
    plans = [
        choose_sets(catalog, "partnerschap"),
        choose_sets(catalog, "client-perspective"),
        choose_sets(catalog, "all"),
    ]
    start = dt.date(2025, 1, 1)
    for i in range(count):
        plan = rng.choice(plans)
        date = start + dt.timedelta(days=rng.randrange(730))
        scenario = rng.choice(plan.scenario_ids())
        hour, minute = rng.randrange(8, 18), rng.randrange(60)
        reflection = Reflection(
            id=f"{i:06d}{rng.getrandbits(16):04x}",
            created=f"{date.isoformat()}T{hour:02d}:{minute:02d}:00+01:00",
            language="nl",
            scenario=scenario,
            scenario_title=plan.scenario(scenario).title,
            quick=rng.random() < 0.3,
        )
        reflection.updated = reflection.created
        reflection.record_sets(plan)
        reflection.context.date = date.isoformat()
        reflection.context.kind = rng.choice(KINDS)
        reflection.context.participants = rng.sample(ROLES, rng.randrange(1, 3))
        reflection.context_done = True
        refs = plan.ordered_checks(scenario, quick=reflection.quick)
        for ref in refs:
            if rng.random() < 0.9:
                reflection.answers[ref] = Answer(rng.choice(ANSWERS))
            reflection.asked.append(ref)
        for principle in plan.principles():
            if rng.random() < 0.2:
                reflection.notes[principle.id] = rng.choice(NOTES)
            reflection.noted.append(principle.id)
        reflection.evaluate(plan)
        suggestions = [q.get("nl") for f in reflection.findings for q in f.suggestions]
        if suggestions:
            reflection.next_step.questions = rng.sample(
                suggestions, min(len(suggestions), rng.randrange(3))
            )
        reflection.next_step.intention = rng.choice(INTENTIONS)
        reflection.next_step_done = True
        reflection.complete = True
        yield reflection


def command() -> list[str]:
    found = shutil.which("partnerschap")
    return [found] if found else [sys.executable, "-m", "partnerschap"]


def timed(argv: list[str], env: dict[str, str], stdout_path: Path) -> tuple[float, int, float]:
    """Wall time (s), peak RSS (KB) and CPU time (s) of one run of ``argv`` as a child."""
    with stdout_path.open("wb") as out:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, stdout=out, stderr=subprocess.PIPE)
        # wait4 gives this child's own resource usage (ru_maxrss: its peak memory).
        _pid, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed ({proc.returncode}):\n{stderr}")
    return elapsed, usage.ru_maxrss, usage.ru_utime + usage.ru_stime


COMMANDS = {
    "export --format md": ["export", "--format", "md"],
    "log stats": ["log", "stats"],
}
PASSPHRASE = "een wachtwoordzin voor de meting"


def measure(
    env: dict[str, str], out: Path, runs: int
) -> dict[str, tuple[float, float, float, int]]:
    """(median wall, median CPU, peak MB, output bytes) of each command, as whole processes."""
    results = {}
    for name, args in COMMANDS.items():
        argv = command() + args
        timed(argv, env, out)  # warm the page cache
        times = [timed(argv, env, out) for _ in range(runs)]
        wall = statistics.median(r[0] for r in times)
        peak = max(r[1] for r in times) / 1024
        cpu = statistics.median(r[2] for r in times)
        results[name] = (wall, cpu, peak, out.stat().st_size)
    return results


def own_peak_mb() -> float:
    """This process's peak memory. A child's ``ru_maxrss`` starts from its parent's size at
    the fork, so the parent has to stay small for the children's figures to be theirs."""
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def kdf_seconds(runs: int = 5) -> float:
    """Median time of one key derivation (what every process opening the log with a
    passphrase pays once), measured apart so the encrypted figures can be read without it."""
    from partnerschap.log import kdf

    derive = kdf._derive.__wrapped__  # not the per-process cache
    times = []
    for i in range(runs):
        start = time.perf_counter()
        derive(PASSPHRASE.encode(), bytes([i]) * 16, kdf.KDF_ITERATIONS)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def early_open_seconds(log: Path, runs: int = 5) -> float:
    """Median time of what the thread of ``cli/early.py`` does: open the encrypted log with
    the passphrase, SQLCipher deriving the key (with its own OpenSSL), and read it once."""
    from partnerschap.log import kdf

    secret = kdf.secret(PASSPHRASE)
    salt = kdf.encrypted_salt(str(log))
    assert secret is not None and salt is not None
    times = []
    for _ in range(runs):
        box: list = []
        start = time.perf_counter()
        kdf._open_early(str(log), secret, salt, box)
        times.append(time.perf_counter() - start)
        assert box, "the passphrase did not open the log"
        box[0][0].close()
    return statistics.median(times)


def encrypted_copy(home: Path, env: dict[str, str]) -> dict[str, str] | None:
    """The log copied to a second home and encrypted there by ``log encrypt`` in a child
    process (so this process stays small); the environment to use it."""
    from partnerschap.log import crypto
    from partnerschap.log.store import DB_NAME

    try:
        crypto.dbapi()
    except Exception:
        print('no encryption extra: pip install "partnerschap[encryption]"; skipped')
        return None
    other = home / "encrypted"
    other.mkdir()
    shutil.copy(home / DB_NAME, other / DB_NAME)
    secret = home / "passphrase.txt"
    fd = os.open(secret, os.O_CREAT | os.O_WRONLY, 0o600)
    os.write(fd, PASSPHRASE.encode())
    os.close(fd)
    encrypted = {
        **env,
        "PARTNERSCHAP_HOME": str(other),
        "PARTNERSCHAP_PASSPHRASE_FILE": str(secret),
    }
    start = time.perf_counter()
    subprocess.run([*command(), "log", "encrypt"], env=encrypted, check=True, capture_output=True)
    print(f"encrypted a copy in {time.perf_counter() - start:.1f} s")
    return encrypted


def create(home: Path, count: int) -> None:
    """Fill the log in a child process, so this one stays small (see :func:`own_peak_mb`)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); import store_speed as b; "
        "from partnerschap.log.store import Store; "
        "s = Store.open(); s.save_many(b.make_reflections(int(sys.argv[2]))); s.close()"
    )
    env = {**os.environ, "PARTNERSCHAP_HOME": str(home)}
    here = str(Path(__file__).resolve().parent)
    subprocess.run([sys.executable, "-c", code, here, str(count)], env=env, check=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--keep", action="store_true", help="keep the temporary home")
    parser.add_argument(
        "--no-bytecode",
        action="store_true",
        help="compile every module on every run (PYTHONDONTWRITEBYTECODE)",
    )
    args = parser.parse_args()

    home = Path(tempfile.mkdtemp(prefix="partnerschap-bench-"))
    env = {
        **os.environ,
        "PARTNERSCHAP_HOME": str(home),
        "PARTNERSCHAP_LANG": "nl",
        "COLUMNS": "120",
    }
    if not args.no_bytecode:
        # As after `pip install`: modules load from cached bytecode, not compiled each run.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(home / "pycache")
    os.environ["PARTNERSCHAP_HOME"] = str(home)
    try:
        from partnerschap.log.store import DB_NAME

        start = time.perf_counter()
        create(home, args.count)
        size = (home / DB_NAME).stat().st_size
        print(
            f"created {args.count} reflections in {time.perf_counter() - start:.1f} s "
            f"({size / 1e6:.0f} MB database)"
        )
        out = home / "out.txt"
        results = measure(env, out, args.runs)
        encrypted = encrypted_copy(home, env)
        if encrypted is not None:
            results.update(
                {f"{name} (encrypted)": r for name, r in measure(encrypted, out, args.runs).items()}
            )
        kdf = kdf_seconds() if encrypted is not None else 0.0
        load = os.getloadavg()[0]
        print(
            f"{'command':<34} {'median wall':>12} {'median CPU':>11} {'peak memory':>12} "
            f"{'output':>10}   (load average {load:.1f})"
        )
        for name, (wall, cpu, peak, size) in results.items():
            print(f"{name:<34} {wall:>10.2f} s {cpu:>9.2f} s {peak:>9.0f} MB {size / 1e6:>7.1f} MB")
        for name in COMMANDS:
            if f"{name} (encrypted)" in results:
                plain, enc = results[name], results[f"{name} (encrypted)"]
                print(
                    f"{name}: encrypted / plain = {enc[0] / plain[0]:.2f} x wall, "
                    f"{enc[1] / plain[1]:.2f} x CPU (goal: at most 1.5 x wall)"
                )
        if encrypted is not None:
            early = early_open_seconds(Path(encrypted["PARTNERSCHAP_HOME"]) / DB_NAME)
            print(
                f"key derivation (PBKDF2-HMAC-SHA512, 256,000 rounds): {kdf:.3f} s with "
                f"hashlib; opening the log with the passphrase (SQLCipher derives): "
                f"{early:.3f} s, once in every encrypted run, in a thread beside the imports "
                "(cli/early.py), so it adds less wall time than that"
            )
        print(f"this process's own peak memory: {own_peak_mb():.0f} MB (the children's floor)")
    finally:
        if args.keep:
            print(f"home kept: {home}")
        else:
            shutil.rmtree(home, ignore_errors=True)


if __name__ == "__main__":
    main()
