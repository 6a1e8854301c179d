"""The key derivation of an encrypted log, light enough to start before anything else.

SQLCipher 4's default derivation (PBKDF2-HMAC-SHA512, 256,000 iterations, the log's own
salt from the first 16 bytes of the file) costs about 0.1 s of CPU: nearly as much as a
whole ``log stats`` on a plain log. So a command that will open an encrypted log with a
passphrase from a file starts it first (:func:`start`, from ``cli/early.py``, before Typer,
rich or the store are imported), in a thread: PBKDF2 releases the GIL, so it runs on the
second core while the command is imported. With SQLCipher installed the thread opens the
log itself (SQLCipher derives the key, faster than :mod:`hashlib` with some systems'
OpenSSL) and the store takes that connection (:func:`opened`); otherwise it derives the raw
key and :func:`derive` waits for it. This module imports only the standard library (the
thread imports SQLCipher); :mod:`.crypto` builds on it.
"""

from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

SALT_BYTES = 16
KEY_BYTES = 32
KDF_HASH = "sha512"
# SQLCipher 4's default. Never lower it here: tests that create hundreds of logs lower it
# for their own process only (tests/test_crypto.py), and one test checks that a log made
# with this value opens in SQLCipher with its own defaults.
KDF_ITERATIONS = 256_000
SQLITE_HEADER = b"SQLite format 3\x00"
MIN_PAGE = 512  # every SQLite (and SQLCipher) file is a whole number of pages of 512 * 2^n

#: Seconds an early open waits for a log another process is writing (then the command
#: opens it itself, with its own wait and message).
OPEN_TIMEOUT_S = 5.0

# Derivations started ahead of need (:func:`start`), by secret and salt.
_early: dict[tuple[bytes, bytes], Any] = {}
# Logs opened ahead of need (:func:`start`), by file name and secret: the worker and, once
# it is done, [(connection, the file's identity when it was opened)] or [] when it failed.
_opened: dict[tuple[str, bytes], tuple[Any, list[tuple[Any, tuple[int, int]]]]] = {}


def secret(passphrase: str) -> bytes | None:
    """The bytes a passphrase stands for: NFC, so the same letters typed on any system
    (macOS composes differently) give the same key. ``None`` for an empty passphrase."""
    import unicodedata

    if not passphrase.strip():
        return None
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def encrypted_salt(filename: str) -> bytes | None:
    """The salt of the encrypted log in ``filename``; ``None`` when the file is missing,
    empty, a plain SQLite file, or neither (its size is not a whole number of pages).
    Raises ``OSError`` when it cannot be read."""
    try:
        with open(filename, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
            size = os.fstat(f.fileno()).st_size
    except FileNotFoundError:
        return None
    if not head or head == SQLITE_HEADER or size % MIN_PAGE:
        return None
    return head[:SALT_BYTES]


@lru_cache(maxsize=16)
def _derive(secret: bytes, salt: bytes, iterations: int) -> bytes:
    import hashlib

    return hashlib.pbkdf2_hmac(KDF_HASH, secret, salt, iterations, KEY_BYTES)


def derive(secret: bytes, salt: bytes) -> bytes:
    """The key for ``secret`` and ``salt``, once per process: a derivation started by
    :func:`start` is waited for (it fills the cache; had it failed, it is derived here)."""
    started = _early.pop((secret, salt), None)
    if started is not None:
        started.join()
        _close_opened_by(started)  # the key is wanted, not that connection (a conversion)
    return _derive(secret, salt, KDF_ITERATIONS)


def _close_opened_by(worker: Any) -> None:
    for pair, (started, box) in list(_opened.items()):
        if started is worker:
            del _opened[pair]
            for conn, _ in box:
                conn.close()


def start(filename: str, passphrase: str) -> bool:
    """Start unlocking the encrypted log in ``filename`` in a background thread.
    Nothing happens (``False``) for a plain, missing or unreadable log or an empty
    passphrase: the command that opens the log reports those itself.

    With SQLCipher installed the thread opens the log itself, keyed with the passphrase:
    SQLCipher's own PBKDF2 is faster than :mod:`hashlib`'s with some systems' OpenSSL (0.10
    against 0.13 s here), and the command takes the open connection (:func:`opened`).
    Without it, or when it fails, the key is derived as :func:`derive` does."""
    key_secret = secret(passphrase)
    try:
        salt = encrypted_salt(filename)
    except OSError:
        return False
    if key_secret is None or salt is None:
        return False
    if (key_secret, salt) in _early:
        return True
    import threading

    box: list[tuple[Any, tuple[int, int]]] = []
    worker = threading.Thread(
        target=_open_early, args=(filename, key_secret, salt, box), name="unlock", daemon=True
    )
    _early[(key_secret, salt)] = worker
    _opened[(filename, key_secret)] = (worker, box)
    worker.start()
    return True


def _identity(filename: str) -> tuple[int, int]:
    found = os.stat(filename)
    return found.st_dev, found.st_ino


def _open_early(
    filename: str, key_secret: bytes, salt: bytes, box: list[tuple[Any, tuple[int, int]]]
) -> None:
    try:
        import sqlcipher3
    except ImportError:
        _derive(key_secret, salt, KDF_ITERATIONS)
        return
    conn = None
    try:
        before = _identity(filename)
        conn = sqlcipher3.connect(
            filename, timeout=OPEN_TIMEOUT_S, isolation_level=None, check_same_thread=False
        )
        conn.execute("PRAGMA cipher_log_level = NONE")
        literal = key_secret.decode("utf-8").replace("'", "''")
        conn.execute(f"PRAGMA key = '{literal}'")
        conn.execute(f"PRAGMA kdf_iter = {int(KDF_ITERATIONS)}")
        conn.execute("PRAGMA temp_store = MEMORY")  # as crypto.connect: no temporary files
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # derives, checks
        if _identity(filename) == before:  # not replaced while it was opened
            box.append((conn, before))
            conn = None
    except Exception:  # noqa: S110 - a wrong passphrase, a busy log: the command says why
        pass
    finally:
        if conn is not None:
            conn.close()


def has_opened(filename: str, key_secret: bytes) -> bool:
    """Whether the early thread opened ``filename`` with ``key_secret`` (waits for it)."""
    entry = _opened.get((filename, key_secret))
    if entry is None:
        return False
    worker, box = entry
    worker.join()
    if not box:  # it could not: nothing left to take
        del _opened[(filename, key_secret)]
    return bool(box)


def opened(filename: str, key_secret: bytes) -> Any | None:
    """The connection the early thread opened to ``filename`` with ``key_secret``, if it did
    and the file is still the one it opened (call it holding the log's lock: a conversion
    may have swapped the file in between); ``None`` otherwise. Taken once."""
    entry = _opened.pop((filename, key_secret), None)
    if entry is None:
        return None
    worker, box = entry
    worker.join()
    for pair, started in list(_early.items()):
        if started is worker:  # its work is done and taken
            del _early[pair]
    if not box:
        return None
    conn, identity = box.pop()
    try:
        current = _identity(filename)
    except OSError:
        current = None
    if current != identity:
        conn.close()
        return None
    return conn
