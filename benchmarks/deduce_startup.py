"""Start-up and per-text cost of the optional deduce backend.

Usage: python benchmarks/deduce_startup.py [--rebuild] [--rounds N]

Measures, when deduce is installed (``pip install 'partnerschap[privacy]'``):
- the import of deduce;
- constructing ``deduce.Deduce()``: first in this process, again in this process, and in
  a fresh process (what every later CLI run pays); with ``--rebuild`` also the first
  construction on a machine (lookup structures built from scratch, about 160 s);
- ``warm_up_in_background()``: how long it blocks the caller (it should not) and when the
  instance is ready;
- per text: ``Deduce().deidentify`` and ``detect(text, use_deduce=True)``, in ms.
When deduce is not installed it prints one line saying so and exits 0.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from partnerschap.privacy import (  # noqa: E402
    deduce_available,
    deduce_backend,
    detect,
)

SAMPLES = [
    "Moeder (Sanne) belde op 0612345678 over de omgangsregeling.",
    "Gesprek met Jan de Vries uit Amersfoort over zijn zoon Daan (8).",
    "Mevrouw van den Berg is de pleegmoeder; de kinderen gaan naar basisschool De Regenboog.",
    "Vader woont op de Kerkstraat 12, 1234 AB Utrecht en werkt in het UMC Utrecht.",
    "Wat ging goed: moeder bleef kalm. Zorgen: vader drinkt weer. Volgende stap: netwerk.",
    "Fatima el Amrani en Ahmed Yilmaz waren beiden aanwezig bij het gesprek op 12 maart 2024.",
]

FRESH_PROCESS = (
    "import time; t = time.perf_counter(); import deduce; d = deduce.Deduce(); "
    "print(time.perf_counter() - t)"
)


def seconds(start: float) -> float:
    return time.perf_counter() - start


def lookup_cache_present() -> bool | None:
    import deduce

    cache = Path(deduce.__file__).parent / "data" / "lookup" / "cache"
    return any(cache.iterdir()) if cache.is_dir() else None


def ms_stats(values: list[float]) -> str:
    ms = [v * 1000 for v in values]
    return (
        f"median {statistics.median(ms):7.2f} ms, mean {statistics.fmean(ms):7.2f} ms, "
        f"max {max(ms):7.2f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--rebuild", action="store_true", help="also time a build of the lookup structures"
    )
    parser.add_argument("--rounds", type=int, default=20, help="rounds over the sample texts")
    args = parser.parse_args(argv)

    if not deduce_available():
        print(
            "deduce is not installed: nothing to measure "
            "(install it with: pip install 'partnerschap[privacy]')"
        )
        return 0

    start = time.perf_counter()
    import deduce

    print(f"deduce {getattr(deduce, '__version__', '?')}, python {sys.version.split()[0]}")
    print(f"import deduce:                         {seconds(start):8.2f} s")
    print(f"lookup cache present before the run:   {lookup_cache_present()}")

    if args.rebuild:
        start = time.perf_counter()
        deduce.Deduce(build_lookup_structs=True)
        print(f"construct, building lookup structures: {seconds(start):8.2f} s")

    start = time.perf_counter()
    model = deduce.Deduce()
    print(f"construct, first in this process:      {seconds(start):8.2f} s")
    start = time.perf_counter()
    deduce.Deduce()
    print(f"construct, again in this process:      {seconds(start):8.2f} s")

    fresh = subprocess.run(
        [sys.executable, "-c", FRESH_PROCESS], capture_output=True, text=True, check=True
    )
    print(f"import + construct in a fresh process: {float(fresh.stdout.strip()):8.2f} s")

    deduce_backend._instance = None  # measure the warm-up from scratch
    start = time.perf_counter()
    thread = deduce_backend.warm_up_in_background()
    returned = seconds(start)
    thread.join()
    print(
        f"warm_up_in_background(): returned in {returned * 1000:.1f} ms, "
        f"ready after {seconds(start):.2f} s"
    )

    deidentify: list[float] = []
    full: list[float] = []
    for _ in range(args.rounds):
        for text in SAMPLES:
            start = time.perf_counter()
            model.deidentify(text)
            deidentify.append(seconds(start))
            start = time.perf_counter()
            detect(text, use_deduce=True)
            full.append(seconds(start))
    rules: list[float] = []
    for _ in range(args.rounds):
        for text in SAMPLES:
            start = time.perf_counter()
            detect(text)
            rules.append(seconds(start))
    print(f"per text, Deduce.deidentify:           {ms_stats(deidentify)}")
    print(f"per text, detect(use_deduce=True):     {ms_stats(full)}")
    print(f"per text, detect() rules only:         {ms_stats(rules)}")
    print("example:", [(str(f.kind), f.text) for f in detect(SAMPLES[1], use_deduce=True)])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
