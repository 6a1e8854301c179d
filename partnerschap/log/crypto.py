"""Encryption at rest of the reflection log: SQLCipher 4 through the ``sqlcipher3`` module.

An encrypted log is the same SQLite database with every page (and its WAL and journal)
encrypted by SQLCipher: AES-256 with a random salt per log in the first 16 bytes of the
file, and an HMAC per page. The key is derived from the passphrase the way SQLCipher 4 does
by default (PBKDF2-HMAC-SHA512, 256,000 iterations, the file's salt); it is derived here,
once per process, and handed to SQLCipher as a raw key, so that opening a second connection
(to verify a conversion) does not pay for the derivation again. A log encrypted here opens
in any SQLCipher 4 with ``PRAGMA key = 'passphrase'`` (a test checks).

Whether a log is encrypted is read from its first 16 bytes: a plain SQLite file starts with
``SQLite format 3\\0``. ``sqlcipher3`` is imported only when a log is encrypted or about to
be, so no other command pays for it.

Conversions (:func:`encrypt`, :func:`decrypt`, :func:`change_passphrase`) are all or
nothing: the log is exported with ``sqlcipher_export`` into a new file beside it, that file
is verified (integrity check and the same rows in every table), flushed to disk and renamed
over the log; only then is the old file overwritten with zeros and let go. A crash at any
moment leaves the old log whole (and a stray ``.new`` file, removed by the next
conversion). While a conversion runs it holds the log's lock file exclusively: every open
:class:`~partnerschap.log.store.Store` holds it shared, so a conversion never pulls the log
away from under a running ``reflect``.

No terminal code here; the passphrase is never written anywhere.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from partnerschap.errors import PartnerschapError

# The derivation and the file format's constants live in the light module the command line
# starts early (see its docstring); tests lower kdf.KDF_ITERATIONS, there is no copy here.
from partnerschap.log import kdf
from partnerschap.log.kdf import KEY_BYTES, SALT_BYTES, _derive, _early  # noqa: F401

LOCK_TIMEOUT_S = 30.0
INSTALL_HINT = 'pip install "partnerschap[encryption]"'
WIPE_CHUNK = 1 << 20


class WrongPassphrase(PartnerschapError):
    """The passphrase (or remembered key) does not open the log."""

    def __init__(self, path: Path) -> None:
        super().__init__("error.crypto.wrong", path=str(path))


# --- recognising an encrypted log -------------------------------------------------------------


def is_encrypted(path: Path) -> bool:
    """Whether the file at ``path`` is an encrypted log (not a plain SQLite file).

    A missing or empty file is a (new) plain log. A file that is neither (its size is not
    a whole number of pages) is left to SQLite, which calls it "not a database"."""
    try:
        return kdf.encrypted_salt(str(path)) is not None
    except OSError as exc:
        raise PartnerschapError(
            "error.store.unreadable", path=str(path), detail=exc.strerror or str(exc)
        ) from exc


def file_salt(path: Path) -> bytes:
    with path.open("rb") as f:
        return f.read(SALT_BYTES)


def dbapi() -> Any:
    """The ``sqlcipher3`` DB-API module; a user error naming the install command without it."""
    try:
        import sqlcipher3
    except ImportError as exc:
        raise PartnerschapError("error.crypto.no_extra", command=INSTALL_HINT) from exc
    return sqlcipher3


# --- keys -------------------------------------------------------------------------------------


def normalized(passphrase: str) -> bytes:
    """The bytes a passphrase stands for (NFC, see :func:`kdf.secret`). An empty
    passphrase is refused."""
    secret = kdf.secret(passphrase)
    if secret is None:
        raise PartnerschapError("error.crypto.empty")
    return secret


def derive_key(passphrase: str, salt: bytes) -> bytes:
    """The log key for ``passphrase`` and a log's salt (SQLCipher 4's derivation). Cached:
    one derivation per passphrase and log in a process."""
    return kdf.derive(normalized(passphrase), salt)


def derive_early(path: Path, passphrase: str) -> bool:
    """Start deriving the key of the encrypted log at ``path`` in a background thread (see
    :func:`kdf.start`); :func:`derive_key` then waits for it."""
    return kdf.start(str(path), passphrase)


def _key_literal(key: bytes, salt: bytes | None = None) -> str:
    """A raw key as SQLCipher reads it: ``"x'<key hex>[<salt hex>]'"``."""
    return "\"x'" + key.hex() + (salt.hex() if salt else "") + "'\""


def connect(path: Path, key: bytes | None, **kwargs: Any) -> Any:
    """A ``sqlcipher3`` connection to ``path``, keyed with ``key`` (``None``: a plain file).
    Raises :class:`WrongPassphrase` when the key does not open it."""
    db = dbapi()
    kwargs.setdefault("isolation_level", None)
    conn = db.connect(str(path), **kwargs)
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # no "hmac check failed" on stderr
        if key is not None:
            conn.execute(f"PRAGMA key = {_key_literal(key)}")
        conn.execute("PRAGMA temp_store = MEMORY")  # no temporary files at all
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except db.DatabaseError as exc:
        conn.close()
        if "not a database" in str(exc):
            raise WrongPassphrase(path) from exc
        raise PartnerschapError("error.store.unreadable", path=str(path), detail=str(exc)) from exc
    return conn


class Opened:
    """An encrypted log already opened with its passphrase (by :func:`kdf.start`'s thread):
    what an ``unlock`` may give the store instead of the key. :meth:`connection` is that
    connection when the file is still the one it opened, else one opened with the key."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = path
        self.passphrase = passphrase

    def connection(self, **kwargs: Any) -> Any:
        early = kdf.opened(str(self.path), normalized(self.passphrase))
        if early is not None:
            return early
        return connect(self.path, unlock(self.path, self.passphrase), **kwargs)


def unlock_for_store(path: Path, passphrase: str) -> bytes | Opened:
    """What :meth:`Store.open` needs to open the encrypted log at ``path``: the log opened
    beside the imports when that succeeded (:class:`Opened`), else its key (checked)."""
    if kdf.has_opened(str(path), normalized(passphrase)):
        return Opened(path, passphrase)
    return unlock(path, passphrase)


def unlock(path: Path, passphrase: str) -> bytes:
    """The key of the encrypted log at ``path`` for ``passphrase``, checked against the log.
    Raises :class:`WrongPassphrase`."""
    key = derive_key(passphrase, file_salt(path))
    check_key(path, key)
    return key


def check_key(path: Path, key: bytes) -> None:
    """Raise :class:`WrongPassphrase` unless ``key`` opens the log at ``path``."""
    connect(path, key).close()


# --- the lock every store holds --------------------------------------------------------------


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


class LogLock:
    """The log's lock file, held shared by every open store and exclusively by a conversion.

    POSIX ``flock``; elsewhere a no-op (on Windows a conversion cannot rename over a log
    that another process has open, so it fails cleanly instead)."""

    def __init__(self, path: Path) -> None:
        self.path = lock_path(path)
        self.fd: int | None = None

    def acquire(self, *, exclusive: bool, wait: float = LOCK_TIMEOUT_S) -> bool:
        try:
            import fcntl
        except ImportError:
            return True
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        mode = (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB
        deadline = time.monotonic() + wait
        delay = 0.01
        while True:
            try:
                fcntl.flock(fd, mode)
                self.fd = fd
                return True
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
            time.sleep(delay)
            delay = min(delay * 2, 0.2)

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the descriptor releases the lock
            self.fd = None


@contextmanager
def exclusive(path: Path) -> Iterator[None]:
    lock = LogLock(path)
    if not lock.acquire(exclusive=True, wait=0.5):
        raise PartnerschapError("error.crypto.in_use", path=str(path))
    try:
        yield
    finally:
        lock.release()


# --- conversions ------------------------------------------------------------------------------


def new_path(path: Path) -> Path:
    return path.with_name(path.name + ".new")


def old_path(path: Path) -> Path:
    return path.with_name(path.name + ".old")


def _sidecars(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-journal", "-wal", "-shm")]


def recover(path: Path) -> None:
    """Put the log back when a conversion was stopped between its two renames (only where
    an open file cannot be renamed over: Windows)."""
    old = old_path(path)
    if not path.exists() and old.exists():
        os.replace(old, path)


def encrypt(path: Path, passphrase: str) -> bytes:
    """Turn the plain log at ``path`` into an encrypted one; return its key."""
    if is_encrypted(path):
        raise PartnerschapError("error.crypto.already", path=str(path))
    normalized(passphrase)  # refuse an empty one before anything happens
    return _convert(path, None, passphrase)  # type: ignore[return-value]


def decrypt(path: Path, key: bytes) -> None:
    """Turn the encrypted log at ``path`` (opened by ``key``) back into a plain one."""
    if not is_encrypted(path):
        raise PartnerschapError("error.crypto.not_encrypted", path=str(path))
    _convert(path, key, None)


def change_passphrase(path: Path, key: bytes, passphrase: str) -> bytes:
    """Encrypt the log at ``path`` (opened by ``key``) anew, with a new salt, for
    ``passphrase``; return the new key."""
    if not is_encrypted(path):
        raise PartnerschapError("error.crypto.not_encrypted", path=str(path))
    normalized(passphrase)
    return _convert(path, key, passphrase)  # type: ignore[return-value]


def _fingerprint(conn: Any, schema: str) -> tuple[int, list[tuple[str, int, str]]]:
    """The schema version and, per table, its row count and a hash of all its rows."""
    import hashlib

    tables = [
        r[0]
        for r in conn.execute(
            f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
    ]
    result = []
    for table in tables:
        width = len(conn.execute(f'SELECT * FROM {schema}."{table}" LIMIT 0').description)
        order = ", ".join(str(i + 1) for i in range(width))
        digest = hashlib.sha256()
        count = 0
        for row in conn.execute(f'SELECT * FROM {schema}."{table}" ORDER BY {order}'):
            digest.update(repr(row).encode("utf-8"))
            count += 1
        result.append((table, count, digest.hexdigest()))
    version = int(conn.execute(f"PRAGMA {schema}.user_version").fetchone()[0])
    return version, result


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    _fsync(folder)


def _remove(path: Path) -> None:
    with suppress(FileNotFoundError):
        path.unlink()


def _wipe_fd(fd: int) -> None:
    """Overwrite an open file with zeros and flush that to disk."""
    size = os.fstat(fd).st_size
    os.lseek(fd, 0, os.SEEK_SET)
    zeros = bytes(WIPE_CHUNK)
    left = size
    while left > 0:
        left -= os.write(fd, zeros[: min(left, WIPE_CHUNK)])
    os.fsync(fd)


def _convert(path: Path, source_key: bytes | None, passphrase: str | None) -> bytes | None:
    """Export the log at ``path`` (plain when ``source_key`` is None) into a new file,
    encrypted for ``passphrase`` (plain when None), verify it and swap it in."""
    target = new_path(path)
    db = dbapi()
    with exclusive(path):
        recover(path)
        try:
            return _convert_locked(path, target, source_key, passphrase)
        except (OSError, db.Error) as exc:
            raise PartnerschapError(
                "error.crypto.failed",
                path=str(path),
                detail=getattr(exc, "strerror", None) or str(exc),
            ) from exc
        finally:
            for stale in (target, *_sidecars(target)):
                _remove(stale)


def _convert_locked(
    path: Path, target: Path, source_key: bytes | None, passphrase: str | None
) -> bytes | None:
    for stale in (target, *_sidecars(target)):
        _remove(stale)
    source = connect(path, source_key, timeout=LOCK_TIMEOUT_S)
    try:
        _leave_wal(source, path)
        expected = _fingerprint(source, "main")
        fd = os.open(target, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
        os.close(fd)
        key: bytes | None = None
        if passphrase is None:
            literal = "''"
        else:
            salt = os.urandom(SALT_BYTES)
            key = derive_key(passphrase, salt)
            literal = _key_literal(key, salt)
        source.execute(f"ATTACH DATABASE ? AS converted KEY {literal}", (str(target),))
        source.execute("SELECT sqlcipher_export('converted')")
        source.execute(f"PRAGMA converted.user_version = {expected[0]}")
        source.execute("DETACH DATABASE converted")
    finally:
        source.close()
    _verify(target, key, expected)
    _fsync(target)
    _swap(path, target)
    return key


def _leave_wal(conn: Any, path: Path) -> None:
    """Switch the log to rollback-journal mode: its WAL is written back into the file and
    removed, so no WAL of the old log is left beside the new one; the WAL's old contents
    are overwritten with zeros first (it may hold plain text)."""
    conn.execute("PRAGMA wal_checkpoint(FULL)").fetchall()  # every frame into the file
    wal = path.with_name(path.name + "-wal")
    fd = None
    if os.name == "posix":  # elsewhere an open file cannot be deleted
        with suppress(FileNotFoundError):
            fd = os.open(wal, os.O_RDWR)
    try:
        conn.execute("PRAGMA journal_mode = DELETE").fetchall()
        if fd is not None:
            _wipe_fd(fd)
    finally:
        if fd is not None:
            os.close(fd)


def _verify(target: Path, key: bytes | None, expected: Any) -> None:
    check = connect(target, key)
    try:
        status = check.execute("PRAGMA integrity_check").fetchall()
        found = _fingerprint(check, "main")
    finally:
        check.close()
    if status != [("ok",)] or found != expected:
        _remove(target)
        raise PartnerschapError("error.crypto.verify_failed", path=str(target))


def _swap(path: Path, target: Path) -> None:
    """Rename the verified ``target`` over the log, then overwrite the old file with zeros."""
    for sidecar in _sidecars(path):  # the old log is closed and in rollback mode
        _remove(sidecar)
    folder = path.parent
    if os.name == "posix":
        fd = os.open(path, os.O_RDWR)
        try:
            os.replace(target, path)
            _fsync_dir(folder)
            _wipe_fd(fd)
        finally:
            os.close(fd)
        return
    # Windows cannot rename over an open file: move the old one aside first; a crash
    # between the two renames is undone by recover().
    old = old_path(path)
    try:
        os.replace(path, old)
    except PermissionError as exc:
        _remove(target)
        raise PartnerschapError("error.crypto.in_use", path=str(path)) from exc
    os.replace(target, path)
    fd = os.open(old, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        _wipe_fd(fd)
    finally:
        os.close(fd)
    _remove(old)


# --- the system keyring (``log encrypt --remember``) ----------------------------------------
#
# The keyring holds the log's key (hex), not the passphrase: whoever reads it there can open
# this log, but learns nothing to try elsewhere. A marker file beside the log says that the
# user chose to remember it, so other commands import ``keyring`` only then.

KEYRING_SERVICE = "partnerschap"


class KeyringUnavailable(Exception):
    """The keyring cannot be used; ``key`` and ``params`` say why (a message key)."""

    def __init__(self, key: str, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def remember_marker(path: Path) -> Path:
    return path.with_name(path.name + ".keyring")


def _keyring() -> Any:
    try:
        import keyring
        import keyring.errors
    except ImportError as exc:
        raise KeyringUnavailable("ui.crypto.keyring.no_package") from exc
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration
        raise KeyringUnavailable("ui.crypto.keyring.failed", detail=str(exc)) from exc
    try:
        priority = float(backend.priority)
    except Exception:  # a backend that does not say
        priority = 1.0
    if priority <= 0:  # keyring's "fail" and "null" backends: no keyring on this system
        raise KeyringUnavailable("ui.crypto.keyring.no_backend")
    return keyring


def _account(path: Path) -> str:
    return str(path.resolve())


def check_keyring() -> None:
    """Raise :class:`KeyringUnavailable` unless a real keyring backend is there."""
    _keyring()


def remember_key(path: Path, key: bytes) -> None:
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, _account(path), key.hex())
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable("ui.crypto.keyring.failed", detail=str(exc)) from exc
    fd = os.open(remember_marker(path), os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)


def remembered(path: Path) -> bool:
    return remember_marker(path).exists()


def remembered_key(path: Path) -> bytes:
    """The key kept in the keyring for the log at ``path``; :class:`KeyringUnavailable`
    when it cannot be had."""
    keyring = _keyring()
    try:
        value = keyring.get_password(KEYRING_SERVICE, _account(path))
    except keyring.errors.KeyringError as exc:
        raise KeyringUnavailable("ui.crypto.keyring.failed", detail=str(exc)) from exc
    try:
        key = bytes.fromhex(value or "")
    except ValueError:
        key = b""
    if len(key) != KEY_BYTES:
        raise KeyringUnavailable("ui.crypto.keyring.missing")
    return key


def forget_key(path: Path) -> None:
    """Remove the remembered key (if any) and the marker; a keyring that cannot be reached
    is left alone (the key in it opens no log any more once the log changed)."""
    if not remembered(path):
        return
    try:
        keyring = _keyring()
        with suppress(keyring.errors.KeyringError):
            keyring.delete_password(KEYRING_SERVICE, _account(path))
    except KeyringUnavailable:
        pass
    _remove(remember_marker(path))
