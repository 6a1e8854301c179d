"""``partnerschap drill live`` as a real process for the tests that drive it (over the
WebSocket, or in a browser): its output read in a thread so nothing blocks, every wait
bounded, the process always stopped."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import threading

TIMEOUT = 30  # seconds: the longest any wait on the process may take


class LiveProcess:
    """The command in a subprocess, listening on 127.0.0.1 (the tests pass ``--host``)."""

    def __init__(self, *args: str, env: dict[str, str]) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "partnerschap", "drill", "live", *args],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            env=env,
        )
        self.lines: list[str] = []
        self.seen = threading.Condition()
        self.reader = threading.Thread(target=self.read, daemon=True)
        self.reader.start()

    def read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            with self.seen:
                self.lines.append(line)
                self.seen.notify_all()
        with self.seen:
            self.seen.notify_all()

    def wait_for(self, pattern: str) -> re.Match[str]:
        """The first line of output that matches, waiting for it (or for the process to end)."""
        regex = re.compile(pattern)
        with self.seen:
            self.seen.wait_for(
                lambda: any(regex.search(x) for x in self.lines) or self.proc.poll() is not None,
                timeout=TIMEOUT,
            )
            match = next((m for x in self.lines if (m := regex.search(x))), None)
        assert match, self.output()
        return match

    def stop(self, signum: int = signal.SIGTERM) -> int:
        """Send ``signum`` (if it still runs) and its exit code; killed if it does not end."""
        if self.proc.poll() is None:
            self.proc.send_signal(signum)
        try:
            return self.proc.wait(TIMEOUT)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(TIMEOUT)
            raise
        finally:
            self.reader.join(TIMEOUT)

    def output(self) -> str:
        return "".join(self.lines)
