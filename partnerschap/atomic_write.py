"""Writing a file so that the old one survives any failure.

Every file the tool writes (exports, drill results, ``--output`` of any command, the config)
goes to a new temporary file in the same folder (created exclusively, ``0600``, never through
a link), is flushed and fsynced, and is then renamed over the target. A full disk, a file-size
limit or an interrupted run leaves the previous file as it was; a symlink planted at the
target name is replaced, never written through, and its target is never touched.

A target that is a device or a pipe (``/dev/null``, a FIFO) is written directly: there is no
file to protect, and it cannot be renamed over.

No terminal code here.
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO

from partnerschap.errors import PartnerschapError

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _special(path: Path) -> bool:
    """Whether ``path`` is a device, pipe or socket itself (not through a link)."""
    try:
        mode = os.lstat(path).st_mode
    except OSError:
        return False
    return stat.S_ISCHR(mode) or stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can fsync a folder)."""
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


@contextlib.contextmanager
def atomic_open(path: Path, *, encoding: str = "utf-8") -> Iterator[IO[str]]:
    """A text handle whose contents replace ``path`` only when the block ends without error.

    Raises :class:`OSError` as writing does; the temporary file is removed on any failure.
    """
    path = Path(path)
    if _special(path):
        fd = os.open(path, os.O_WRONLY | _NOFOLLOW)
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as handle:
            yield handle
        return
    folder = path.parent
    # mkstemp: O_CREAT | O_EXCL (never an existing file or link), mode 0600, random name.
    fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    tmp = Path(name)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)  # over a symlink: the link is replaced, its target untouched
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)


def write_text(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` atomically (see :func:`atomic_open`); raises OSError."""
    with atomic_open(path) as handle:
        handle.write(text)


def write_file(path: Path, text: str) -> None:
    """:func:`write_text`, with a failure as a user-facing error naming the file (exit 2)."""
    try:
        write_text(path, text)
    except OSError as exc:
        raise write_failed(path, exc) from exc


def write_failed(path: Path | str, exc: OSError) -> PartnerschapError:
    """The error for a file that could not be written; the old file is still there."""
    return PartnerschapError("error.write_failed", path=str(path), detail=exc.strerror or str(exc))
