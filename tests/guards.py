"""A bound on how long a block of a test may run, so that a hang fails the test instead of
stopping the suite (SIGALRM; where there is none, the block runs unguarded)."""

from __future__ import annotations

import contextlib
import signal
import sys
from collections.abc import Iterator


@contextlib.contextmanager
def within(seconds: int, failure: str) -> Iterator[None]:
    """Fail with ``failure`` when the block runs longer than ``seconds``."""
    if sys.platform == "win32":  # no SIGALRM
        yield
        return

    def stop(signum, frame):  # noqa: ARG001
        raise AssertionError(failure)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
