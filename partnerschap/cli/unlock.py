"""Opening the log from the CLI, and the passphrase of an encrypted one.

Every command that opens the log does so through :func:`open_log`. Only when the file turns
out to be encrypted is the passphrase needed; it comes from, in this order:

1. the file named by ``PARTNERSCHAP_PASSPHRASE_FILE`` (scripts and tests; nothing is asked,
   a wrong one ends the command),
2. the system keyring, when the user chose ``log encrypt --remember`` (if the keyring
   cannot be reached, that is said and the passphrase asked),
3. hidden input on the terminal, at most three tries.

The passphrase is kept in memory only: never in argv, the environment or a file.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from partnerschap.cli import state
from partnerschap.cli.early import PASSPHRASE_ENV, PASSPHRASE_MAX_BYTES, without_line_end
from partnerschap.errors import PartnerschapError
from partnerschap.messages import t

if TYPE_CHECKING:
    from partnerschap.log.crypto import Opened
    from partnerschap.log.store import Store
    from partnerschap.safe_files import FileRefused

TRIES = 3


def open_log(create: bool = True) -> Store:
    """The user's log (see :meth:`Store.open`), unlocked as above when it is encrypted."""
    from partnerschap.log.store import Store

    return Store.open(create=create, unlock=_store_key)


def _store_key(path: Path) -> bytes | Opened:
    """As :func:`key_for`; with the passphrase file, the log may already be open (the
    thread that ``cli/early.py`` started opened it with that passphrase)."""
    from partnerschap.log import crypto

    file = passphrase_file()
    if file is not None:
        return crypto.unlock_for_store(path, read_passphrase_file(file))
    return key_for(path)


def say(message: str) -> None:
    from partnerschap.cli import safe_text

    safe_text.say(state.err(), message)


def passphrase_file() -> Path | None:
    value = os.environ.get(PASSPHRASE_ENV)
    return Path(value).expanduser() if value else None


def _reason(refusal: FileRefused) -> str:
    """Why a file was refused, without its path (the message names it already)."""
    problem = refusal.problem()
    return t(problem.key, **problem.params)


def read_passphrase_file(path: Path) -> str:
    """The passphrase in ``path``: its text without the final line break."""
    from partnerschap.safe_files import FileRefused, read_bounded

    try:  # a FIFO or a device is refused, never waited on or read without end
        text = read_bounded(path, PASSPHRASE_MAX_BYTES).decode("utf-8")
    except FileRefused as exc:
        if exc.reason == "not_found":
            raise PartnerschapError("error.crypto.file_missing", path=str(path)) from None
        raise PartnerschapError(
            "error.crypto.file_unreadable", path=str(path), detail=_reason(exc)
        ) from None
    except UnicodeDecodeError as exc:
        raise PartnerschapError(
            "error.crypto.file_unreadable", path=str(path), detail=str(exc)
        ) from exc
    text = without_line_end(text)
    if not text.strip():
        raise PartnerschapError("error.crypto.file_empty", path=str(path))
    return text


def ask_hidden(key: str) -> str:
    """One hidden line from the terminal (on stderr, so an export to stdout stays clean)."""
    import sys

    if sys.stdin is sys.__stdin__ and not (sys.stdin and sys.stdin.isatty()):
        raise PartnerschapError("error.crypto.no_passphrase")  # no terminal to ask on
    try:
        return str(typer.prompt(t(key), hide_input=True, default="", show_default=False, err=True))
    except typer.Abort as exc:  # end of input, or Ctrl-C
        raise PartnerschapError("error.crypto.no_passphrase") from exc


def key_for(path: Path) -> bytes:
    """The key of the encrypted log at ``path`` (see the module docstring)."""
    from partnerschap.log import crypto

    file = passphrase_file()
    if file is not None:
        return crypto.unlock(path, read_passphrase_file(file))
    if crypto.remembered(path):
        try:
            key = crypto.remembered_key(path)
            crypto.check_key(path, key)
            return key
        except crypto.KeyringUnavailable as exc:
            detail = t(exc.key, **exc.params)
        except crypto.WrongPassphrase:
            detail = t("ui.crypto.keyring.missing")
        say(t("ui.crypto.keyring_unavailable", detail=detail))
    return ask_key(path)


def ask_key(path: Path) -> bytes:
    from partnerschap.log import crypto

    for attempt in range(TRIES):
        passphrase = ask_hidden("prompt.passphrase")
        try:
            return crypto.unlock(path, passphrase)
        except PartnerschapError as exc:  # empty or wrong
            if attempt == TRIES - 1:
                raise PartnerschapError("error.crypto.too_many") from exc
            say(t("ui.crypto.try_again", reason=exc.render(state.lang())))
    raise AssertionError("unreachable")


def new_passphrase(file: Path | None = None) -> str:
    """A new passphrase: from ``file`` when given, else asked twice after the warning."""
    say(t("ui.crypto.warning"))
    if file is not None:
        return read_passphrase_file(file)
    from partnerschap.log.crypto import normalized

    for attempt in range(TRIES):
        first = ask_hidden("prompt.passphrase.new")
        try:
            normalized(first)
        except PartnerschapError as exc:
            if attempt == TRIES - 1:
                raise
            say(t("ui.crypto.try_again", reason=exc.render(state.lang())))
            continue
        if ask_hidden("prompt.passphrase.again") == first:
            return first
        if attempt < TRIES - 1:
            say(t("ui.crypto.mismatch"))
    raise PartnerschapError("error.crypto.mismatch")
