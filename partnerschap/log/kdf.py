"""The key derivation of an encrypted log, light enough to start before anything else.

SQLCipher 4's default derivation (PBKDF2-HMAC-SHA512, 256,000 iterations, the log's own
salt from the first 16 bytes of the file) costs about 0.13 s of CPU: as much as a whole
``log stats`` on a plain log. So a command that will open an encrypted log with a
passphrase from a file starts it first (:func:`start`, from ``cli/early.py``, before Typer,
rich or the store are imported): PBKDF2 releases the GIL, so it runs on the second core while
the command is imported, and :func:`derive` waits for it. This module imports only the
standard library, and only what the derivation needs; :mod:`.crypto` builds on it.
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

# Derivations started ahead of need (:func:`start`), by secret and salt.
_early: dict[tuple[bytes, bytes], Any] = {}


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
    return _derive(secret, salt, KDF_ITERATIONS)


def start(filename: str, passphrase: str) -> bool:
    """Start deriving the key of the encrypted log in ``filename`` in a background thread.
    Nothing happens (``False``) for a plain, missing or unreadable log or an empty
    passphrase: the command that opens the log reports those itself."""
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

    worker = threading.Thread(
        target=_derive, args=(key_secret, salt, KDF_ITERATIONS), name="derive-key", daemon=True
    )
    _early[(key_secret, salt)] = worker
    worker.start()
    return True
