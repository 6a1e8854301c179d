"""Reading a user's file without hanging or filling memory: one check for every reader.

Every file the tool reads (answers files, sets and drill banks, the config, transcripts,
texts for ``privacy check``, backups to import, drill results) goes through
:func:`read_bounded` (or :func:`open_checked` where the reader streams): the path must be a
regular file (not a folder, a FIFO, a device such as ``/dev/zero``, also not through a
symlink) and not larger than the reader's limit. The file is opened without blocking, so a
FIFO is refused instead of waiting for a writer forever, and at most ``limit + 1`` bytes are
read, so a file that grows while it is read cannot exceed the limit either.
Standard input is read with the same limit by :func:`read_stream_bounded`.

Problems are raised as :class:`FileRefused` (a :class:`PartnerschapError` with a ``file.*``
message key); a reader with messages of its own maps :attr:`FileRefused.reason`.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Any, BinaryIO

from partnerschap.errors import PartnerschapError, Problem

MB = 1024 * 1024

REASONS = ("not_found", "unreadable", "is_dir", "not_regular", "too_big")


class FileRefused(PartnerschapError):
    """A file that is not read: ``reason`` is one of :data:`REASONS`.

    ``params`` hold ``path`` and, by reason, ``detail`` (unreadable) or ``size_mb`` and
    ``limit_mb`` (too big). The message is ``error.file.<reason>``.
    """

    def __init__(self, reason: str, path: str, **params: Any) -> None:
        super().__init__(f"error.file.{reason}", path=path, **params)
        self.reason = reason
        self.path = path

    def problem(self, display: str | None = None) -> Problem:
        """The same refusal as a :class:`Problem` of the file (``file.<reason>``)."""
        params = {k: v for k, v in self.params.items() if k != "path"}
        return Problem(display or self.path, None, f"file.{self.reason}", params)


def _size_mb(size: int) -> float:
    return round(size / MB, 1)


def _limit_mb(limit: int) -> float | int:
    value = round(limit / MB, 2)
    return int(value) if value == int(value) else value


def too_big(path: str, size: int, limit: int) -> FileRefused:
    return FileRefused("too_big", path, size_mb=_size_mb(size), limit_mb=_limit_mb(limit))


def open_checked(path: Path | str, limit: int) -> BinaryIO:
    """Open ``path`` for reading (binary) after checking it is a regular file of at most
    ``limit`` bytes; raises :class:`FileRefused` otherwise. The caller closes the file."""
    display = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise FileRefused("not_found", display) from None
    except IsADirectoryError:
        raise FileRefused("is_dir", display) from None
    except OSError as exc:
        raise FileRefused("unreadable", display, detail=exc.strerror or str(exc)) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise FileRefused("is_dir", display)
        if not stat.S_ISREG(info.st_mode):
            raise FileRefused("not_regular", display)
        if info.st_size > limit:
            raise too_big(display, info.st_size, limit)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise


def read_bounded(path: Path | str, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; :class:`FileRefused` else."""
    display = str(path)
    with open_checked(path, limit) as fh:
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise FileRefused("unreadable", display, detail=exc.strerror or str(exc)) from None
    if len(data) > limit:
        raise too_big(display, len(data), limit)
    return data


def read_stream_bounded(stream: BinaryIO, limit: int, display: str = "-") -> bytes:
    """At most ``limit`` bytes of a binary stream (standard input); more is refused."""
    chunks: list[bytes] = []
    total = 0
    while True:
        try:
            chunk = stream.read(min(MB, limit + 1 - total))
        except OSError as exc:
            raise FileRefused("unreadable", display, detail=exc.strerror or str(exc)) from None
        if not chunk:
            break
        chunks.append(chunk)
        total += len(chunk)
        if total > limit:
            raise too_big(display, total, limit)
    return b"".join(chunks)


# --- JSON ------------------------------------------------------------------------------------

MAX_JSON_DEPTH = 500  # for naming the line; Python's own parser gives up near 1000
_LONG_NUMBER = re.compile(r"\d{4000,}")


class JsonProblem(ValueError):
    """JSON that does not parse: the line to name and a detail (the parser's own words,
    given their Dutch meaning where a message shows it, or a message of ours)."""

    def __init__(self, line: int, detail: str) -> None:
        super().__init__(detail)
        self.line = line
        self.detail = detail


def _line_at(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def _too_deep_at(text: str) -> int:
    """Where ``text`` first nests arrays or objects deeper than :data:`MAX_JSON_DEPTH`
    (outside strings); only run on a text the parser already refused as too deep."""
    depth = 0
    in_string = escaped = False
    for pos, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            depth += 1
            if depth > MAX_JSON_DEPTH:
                return pos
        elif char in "]}":
            depth -= 1
    return 0


def parse_json(text: str) -> Any:
    """``json.loads`` of a user's file that raises nothing but :class:`JsonProblem`, also
    not for nesting that would exhaust the stack or a number of thousands of digits (a
    ``RecursionError`` and a ``ValueError`` inside the standard parser). A leading UTF-8
    byte order mark is accepted."""
    import json

    from partnerschap.messages import t

    text = text.removeprefix("\ufeff")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise JsonProblem(exc.lineno, exc.msg) from None  # in Dutch by messages.t
    except RecursionError:
        line = _line_at(text, _too_deep_at(text))
        raise JsonProblem(line, t("json.too_deep")) from None
    except ValueError:  # the standard parser's limit on the digits of an integer
        match = _LONG_NUMBER.search(text)
        line = _line_at(text, match.start()) if match else 1
        digits = len(match.group()) if match else 0
        raise JsonProblem(line, t("json.number_too_long", digits=digits)) from None
