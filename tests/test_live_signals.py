"""While the live session ends and its results are written, Ctrl-C or SIGTERM is taken as
"stop" and never breaks off the writing (a trainer pressing Ctrl-C twice keeps the results)."""

from __future__ import annotations

import os
import signal
import threading

from partnerschap.cli.drill.live import _signals_stop


def test_a_signal_inside_the_guard_only_asks_to_stop():
    stop = threading.Event()
    before = signal.getsignal(signal.SIGINT)
    written = []
    with _signals_stop(stop):
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGTERM)
        written.append("results")  # reached: the signals did not break off the block
    assert stop.is_set() and written == ["results"]
    assert signal.getsignal(signal.SIGINT) is before
