"""What ``log encrypt``, ``log decrypt`` and ``log passphrase`` do. Imported only when one
of them runs; the conversions themselves are in :mod:`partnerschap.log.crypto`."""

from __future__ import annotations

from pathlib import Path

from partnerschap.cli import state
from partnerschap.cli.unlock import key_for, new_passphrase, passphrase_file, say
from partnerschap.errors import PartnerschapError
from partnerschap.log import crypto
from partnerschap.log.store import Store, db_path
from partnerschap.messages import t


def keyring_problem(exc: crypto.KeyringUnavailable) -> str:
    return t(exc.key, state.lang(), **exc.params)


def encrypt_log(*, remember: bool) -> None:
    path = db_path()
    if remember:
        try:
            crypto.check_keyring()
        except crypto.KeyringUnavailable as exc:
            raise PartnerschapError("error.crypto.no_keyring", detail=keyring_problem(exc)) from exc
    if crypto.is_encrypted(path):
        raise PartnerschapError("error.crypto.already", path=str(path))
    passphrase = new_passphrase(passphrase_file())
    Store.open(path).close()  # a log to encrypt, at the current schema version
    key = crypto.encrypt(path, passphrase)
    say(t("ui.crypto.encrypted", path=str(path)))
    if remember:
        try:
            crypto.remember_key(path, key)
        except crypto.KeyringUnavailable as exc:
            say(t("ui.crypto.keyring_dropped", detail=keyring_problem(exc)))
        else:
            say(t("ui.crypto.remembered"))


def encrypted_log() -> Path:
    path = db_path()
    if not path.exists():
        raise PartnerschapError("error.crypto.no_log", path=str(path))
    if not crypto.is_encrypted(path):
        raise PartnerschapError("error.crypto.not_encrypted", path=str(path))
    crypto.dbapi()  # without the extra: say so before asking anything
    return path


def decrypt_log() -> None:
    path = encrypted_log()
    crypto.decrypt(path, key_for(path))
    crypto.forget_key(path)
    say(t("ui.crypto.decrypted", path=str(path)))


def change_passphrase(*, new_file: Path | None) -> None:
    path = encrypted_log()
    key = key_for(path)
    new_key = crypto.change_passphrase(path, key, new_passphrase(new_file))
    say(t("ui.crypto.changed", path=str(path)))
    if crypto.remembered(path):
        try:
            crypto.remember_key(path, new_key)
        except crypto.KeyringUnavailable as exc:
            crypto.forget_key(path)
            say(t("ui.crypto.keyring_dropped", detail=keyring_problem(exc)))
