"""Standard output that breaks: a reader that went away, a full device.

``partnerschap export | head`` closes the pipe after a few lines: the run ends quietly with
exit code 0, as when the reader had read everything (no traceback, no "Exception ignored" at
exit). ``partnerschap export > /dev/full`` (or a full disk, a quota) is an error: one line on
stderr naming what the system said, exit code 1; a file already written by the run (a saved
reflection) is kept.

:func:`guarded` wraps a whole run (``partnerschap.__main__``). It puts a thin guard around
``sys.stdout`` that remembers an ``OSError`` from writing it, so an error of standard
output is told apart from any other ``OSError`` (which still reaches the user as the bug it
is). :func:`handle` is called where the command's errors are caught (before Click turns a
broken pipe into exit code 1), and rich's consoles call :func:`pipe_closed`.

Imports nothing but the standard library until an error is reported (``--version`` uses it).
"""

from __future__ import annotations

import contextlib
import os
import sys

# Only for the annotations (strings, never evaluated): this module runs before anything else,
# also for --version, and typing alone costs several milliseconds to import.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterator
    from typing import Any, NoReturn

#: The exit code of a run whose standard output could not be written (not a user error).
EXIT_STDOUT_FAILED = 1


class GuardedStdout:
    """``sys.stdout`` as it was, remembering the last ``OSError`` of a write or a flush."""

    def __init__(self, stream: Any) -> None:
        self._stream = stream
        self.error: OSError | None = None

    def write(self, text: str) -> int:
        try:
            return self._stream.write(text)
        except OSError as exc:
            self.error = exc
            raise

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as exc:
            self.error = exc
            raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


def _guard() -> GuardedStdout | None:
    stream = sys.stdout
    return stream if isinstance(stream, GuardedStdout) else None


def _silence_stdout() -> None:
    """Point file descriptor 1 at the null device, so nothing written later (the flush at
    exit) meets the closed pipe or the full device again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.__stdout__.fileno() if sys.__stdout__ else 1)
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass
    guard = _guard()
    if guard is not None:
        # What is still buffered would be written at exit: throw it away.
        with contextlib.suppress(Exception):
            guard._stream = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def pipe_closed() -> NoReturn:
    """The reader of standard output has gone: end quietly, as if all was read."""
    _silence_stdout()
    raise SystemExit(0)


def stdout_failed(exc: OSError) -> NoReturn:
    """Standard output could not be written (a full device): say so on stderr, exit 1."""
    _silence_stdout()
    from partnerschap.messages import t

    detail = exc.strerror or str(exc)
    with contextlib.suppress(Exception):
        lang = _lang()
        text = t("error.stdout_failed", lang, detail=detail)
        sys.stderr.write(f"{t('error.prefix', lang)}: {text}\n")
        sys.stderr.flush()
    raise SystemExit(EXIT_STDOUT_FAILED)


def _lang() -> str:
    """The run's language; before the command line is parsed (``--version``), the one of
    the environment and the settings file."""
    from partnerschap import i18n

    if "partnerschap.cli.state" in sys.modules:
        return i18n.current()
    from partnerschap.config import read_setting

    return i18n.resolve_lang(config_value=read_setting("language"))


def is_stdout_error(exc: BaseException) -> bool:
    """Whether ``exc`` is the error writing standard output raised (not another file's)."""
    guard = _guard()
    return guard is not None and guard.error is not None and exc is guard.error


def handle(exc: OSError) -> None:
    """End the run if ``exc`` came from standard output; return if it did not."""
    if not is_stdout_error(exc):
        return
    if isinstance(exc, BrokenPipeError):
        pipe_closed()
    stdout_failed(exc)


def _finish() -> None:
    """Write what is still buffered now, while a failure can still be reported."""
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        pipe_closed()
    except OSError as exc:
        stdout_failed(exc)


@contextlib.contextmanager
def guarded() -> Iterator[None]:
    """Run the block with the guard around ``sys.stdout``; see the module's docstring."""
    if not isinstance(sys.stdout, GuardedStdout) and sys.stdout is not None:
        sys.stdout = GuardedStdout(sys.stdout)  # type: ignore[assignment]
    try:
        yield
    except SystemExit:
        _finish()
        raise
    except BrokenPipeError as exc:
        if is_stdout_error(exc):
            pipe_closed()
        raise
    except OSError as exc:
        handle(exc)
        raise
    _finish()
