"""The encrypted log: `log encrypt|decrypt|passphrase`, every command on an encrypted log,
what ends up on disk, and every way the passphrase can be wrong or missing.

Key derivation: SQLCipher 4's 256,000 PBKDF2 iterations take about 0.3 s each. Tests in this
module lower ``kdf.KDF_ITERATIONS`` for their own process (the ``fast_kdf`` fixture), so
the suite does not pay that dozens of times; the first test runs the real command in a child
process with the real default and opens the result with SQLCipher's own defaults.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

sqlcipher3 = pytest.importorskip("sqlcipher3")

from partnerschap.log import crypto, kdf  # noqa: E402
from partnerschap.log.store import DB_NAME, Filters, Store  # noqa: E402

REPO = Path(__file__).resolve().parent.parent
PASSPHRASE = "blauwe fiets onder de brug"
NOTE = "Moeder huilde bij de voordeur"
NEW_NOTE = "Vader zweeg toen ik de school noemde"
DATE = "2026-11-20"
NEW_DATE = "2026-10-03"
PRINCIPLE = "respect"
SECRETS = [NOTE, DATE, PRINCIPLE, "voordeur", "huisbezoek"]

ANSWERS = f"""\
scenario: angry
context: {{date: {NEW_DATE}, kind: telefoongesprek, participants: [vader]}}
answers: {{respect.listened: nee, details.concrete: ja}}
notes: {{respect: "{NEW_NOTE}"}}
next_step: "Eerst vragen wat goed gaat."
"""


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch):
    """A lower key derivation for this test process only (see the module docstring); and
    no early derivation or open left over from one test for the next."""
    monkeypatch.setattr(kdf, "KDF_ITERATIONS", 2_000)
    yield
    for worker, box in kdf._opened.values():
        worker.join()
        for conn, _ in box:
            conn.close()
    kdf._opened.clear()
    kdf._early.clear()


def write_passphrase(folder: Path, passphrase: str, name: str = "wachtwoord.txt") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(passphrase + "\n", encoding="utf-8")
    return path


@pytest.fixture
def passphrase_file(tmp_path, monkeypatch) -> Path:
    path = write_passphrase(tmp_path / "secrets", PASSPHRASE)
    monkeypatch.setenv("PARTNERSCHAP_PASSPHRASE_FILE", str(path))
    return path


@pytest.fixture
def plain_log(make_reflection, isolated_home) -> Path:
    items = [
        make_reflection(
            date=DATE,
            kind="huisbezoek",
            answers={"respect.listened": "no", "details.concrete": "partly"},
            notes={PRINCIPLE: NOTE},
            intention="Eerst luisteren",
        ),
        make_reflection(date="2026-09-01", kind="netwerkberaad", scenario="relieved"),
    ]
    with Store.open() as store:
        store.save_many(items)
    return isolated_home / DB_NAME


@pytest.fixture
def encrypted_log(plain_log, passphrase_file, invoke) -> Path:
    result = invoke("log", "encrypt")
    assert result.exit_code == 0, result.output
    return plain_log


def unlock(passphrase: str = PASSPHRASE):
    return lambda path: crypto.unlock(path, passphrase)


def file_bytes(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def assert_no_secrets(folder: Path, secrets: list[str]) -> None:
    files = file_bytes(folder)
    assert files
    for name, data in files.items():
        for secret in secrets:
            assert secret.encode() not in data, f"{secret!r} readable in {name}"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def rows(path: Path, passphrase: str | None) -> list[tuple]:
    """Every reflection as stored, through the store (plain or encrypted)."""
    with Store.open(path, create=False, unlock=unlock(passphrase or "")) as store:
        return [(rid, doc) for rid, doc in store.iter_docs()] + [
            (rid, doc) for rid, doc in store.iter_docs(Filters(drafts=True))
        ]


# --- the real thing, with the real key derivation -------------------------------------------


def test_log_encrypt_in_a_real_process_opens_with_sqlcipher_defaults(plain_log, tmp_path):
    """The command as a user runs it, with SQLCipher 4's default key derivation; the result
    opens with nothing but ``PRAGMA key`` (SQLCipher's own defaults), and no file anywhere
    (the log, its WAL, temporary files) holds a note, a date or a principle id."""
    before = rows(plain_log, None)
    secrets_dir = tmp_path / "secrets"
    pw_file = write_passphrase(secrets_dir, PASSPHRASE)
    temp = tmp_path / "tmp"
    temp.mkdir()
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "PARTNERSCHAP_PASSPHRASE_FILE": str(pw_file),
        "TMPDIR": str(temp),
    }
    out = subprocess.run(
        [sys.executable, "-m", "partnerschap", "log", "encrypt"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "versleuteld" in out.stderr
    assert PASSPHRASE not in out.stdout + out.stderr
    assert crypto.is_encrypted(plain_log)
    assert_no_secrets(plain_log.parent, SECRETS)
    assert not any(temp.iterdir())
    conn = sqlcipher3.connect(str(plain_log))
    try:
        conn.execute("PRAGMA key = '" + PASSPHRASE.replace("'", "''") + "'")
        assert conn.execute("PRAGMA kdf_iter").fetchone()[0] == "256000"
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        found = conn.execute("SELECT id, doc FROM reflections WHERE complete = 1").fetchall()
    finally:
        conn.close()
    assert sorted(found) == sorted(before)
    # Fewer iterations (as this module uses) do not open it: the default is what it has.
    with pytest.raises(crypto.WrongPassphrase):
        crypto.unlock(plain_log, PASSPHRASE)


# --- encrypt, decrypt, passphrase -----------------------------------------------------------


def test_encrypt_keeps_everything_and_leaves_no_plain_text(plain_log, passphrase_file, invoke):
    before = rows(plain_log, None)
    result = invoke("log", "encrypt")
    assert result.exit_code == 0, result.output
    assert "hem kwijt, dan ben je je logboek kwijt" in result.stderr  # the warning
    assert crypto.is_encrypted(plain_log)
    assert plain_log.read_bytes()[:16] != kdf.SQLITE_HEADER
    assert rows(plain_log, PASSPHRASE) == before
    assert_no_secrets(plain_log.parent, SECRETS)
    assert sorted(os.listdir(plain_log.parent)) == [DB_NAME, DB_NAME + ".lock"]
    if os.name == "posix":
        assert (plain_log.stat().st_mode & 0o777) == 0o600


def test_a_reflection_saved_into_an_encrypted_log_is_not_readable_on_disk(
    encrypted_log, invoke, tmp_path, make_reflection
):
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    result = invoke("reflect", "--answers", answers)
    assert result.exit_code == 0, result.output
    assert_no_secrets(encrypted_log.parent, [NEW_NOTE, NEW_DATE, "telefoongesprek"])
    # While a store is open its WAL holds the newest pages: encrypted too.
    with Store.open(unlock=unlock()) as store:
        store.save(make_reflection(date="2026-08-08", notes={"respect": "Oma bracht koffie"}))
        assert (encrypted_log.parent / (DB_NAME + "-wal")).stat().st_size > 0
        assert_no_secrets(encrypted_log.parent, ["Oma bracht koffie", "2026-08-08", NEW_NOTE])
    shown = invoke("log", "search", "koffie")
    assert shown.exit_code == 0 and "Oma bracht koffie" in shown.stdout


def test_decrypt_gives_back_the_same_plain_log(plain_log, passphrase_file, invoke):
    before = rows(plain_log, None)
    assert invoke("log", "encrypt").exit_code == 0
    result = invoke("log", "decrypt")
    assert result.exit_code == 0, result.output
    assert "niet meer versleuteld" in result.stderr
    assert not crypto.is_encrypted(plain_log)
    assert plain_log.read_bytes()[:16] == kdf.SQLITE_HEADER
    conn = sqlite3.connect(plain_log)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert rows(plain_log, None) == before
    assert invoke("log", "list").exit_code == 0


def test_change_passphrase(encrypted_log, tmp_path, invoke):
    before = rows(encrypted_log, PASSPHRASE)
    salt = crypto.file_salt(encrypted_log)
    new_file = write_passphrase(tmp_path / "secrets", "een heel andere zin", "nieuw.txt")
    result = invoke("log", "passphrase", "--new-passphrase-file", new_file)
    assert result.exit_code == 0, result.output
    assert "de oude opent het niet meer" in result.stderr
    assert crypto.file_salt(encrypted_log) != salt  # a new salt as well
    with pytest.raises(crypto.WrongPassphrase):
        crypto.unlock(encrypted_log, PASSPHRASE)
    assert rows(encrypted_log, "een heel andere zin") == before
    assert_no_secrets(encrypted_log.parent, SECRETS)


def test_encrypt_asks_twice_with_hidden_input(plain_log, invoke):
    before = rows(plain_log, None)
    result = invoke("log", "encrypt", input="zin een\nzin twee\nzin een\nzin een\n")
    assert result.exit_code == 0, result.output
    assert "niet gelijk" in result.stderr  # the first two did not match
    assert "zin een" not in result.output  # hidden input: nothing echoed
    assert rows(plain_log, "zin een") == before
    # and every command then asks once
    listed = invoke("log", "list", input="zin een\n")
    assert listed.exit_code == 0, listed.output
    assert "netwerkberaad" in listed.stdout
    assert listed.stderr.count("Wachtwoordzin van je logboek") == 1


def test_a_new_log_can_be_encrypted_from_the_start(passphrase_file, invoke, isolated_home):
    result = invoke("log", "encrypt")
    assert result.exit_code == 0, result.output
    path = isolated_home / DB_NAME
    assert crypto.is_encrypted(path)
    assert "versleuteld" in invoke("log", "stats").stdout


# --- every command on an encrypted log ------------------------------------------------------


def test_log_commands_on_an_encrypted_log(encrypted_log, invoke):
    listed = invoke("log", "list")
    assert listed.exit_code == 0, listed.output
    assert "huisbezoek" in listed.stdout
    listing = json.loads(invoke("log", "list", "--json").stdout)
    [rid] = [item["id"] for item in listing if item["kind"] == "huisbezoek"]
    shown = invoke("log", "show", rid[:6])
    assert shown.exit_code == 0, shown.output
    assert NOTE in shown.stdout
    found = invoke("log", "search", "voordeur")
    assert found.exit_code == 0 and NOTE in found.stdout
    stats = invoke("log", "stats")
    assert stats.exit_code == 0, stats.output
    assert "Je logboek is versleuteld." in stats.stdout
    assert json.loads(invoke("log", "stats", "--json").stdout)["encrypted"] is True
    deleted = invoke("log", "delete", rid, "--yes")
    assert deleted.exit_code == 0, deleted.output
    assert len(json.loads(invoke("log", "list", "--json").stdout)) == 1


def test_paths_and_stats_say_whether_the_log_is_encrypted(plain_log, passphrase_file, invoke):
    assert "(niet versleuteld)" in invoke("paths").stdout
    assert json.loads(invoke("paths", "--json").stdout)["database_encrypted"] is False
    assert "niet versleuteld" in invoke("log", "stats").stdout
    assert json.loads(invoke("log", "stats", "--json").stdout)["encrypted"] is False
    assert invoke("log", "encrypt").exit_code == 0
    assert "(versleuteld)" in invoke("paths").stdout
    assert json.loads(invoke("paths", "--json").stdout)["database_encrypted"] is True
    assert "Je logboek is versleuteld." in invoke("--lang", "en", "log", "stats").stdout.replace(
        "Your log is encrypted.", "Je logboek is versleuteld."
    )


def test_exports_are_plain_and_say_so_once(encrypted_log, invoke, tmp_path):
    md = invoke("export")
    assert md.exit_code == 0, md.output
    assert NOTE in md.stdout  # plain text, on purpose: it goes to a supervisor
    assert md.stderr.count("deze export niet") == 1
    backup = tmp_path / "backup.json"
    js = invoke("export", "--format", "json", "--output", backup)
    assert js.exit_code == 0, js.output
    assert js.stderr.count("JSON-reservekopie is niet versleuteld") == 1
    assert NOTE in backup.read_text(encoding="utf-8")
    english = invoke("--lang", "en", "export", "--format", "json")
    assert english.stderr.count("this JSON backup is not encrypted") == 1


def test_export_import_export_is_identical_on_an_encrypted_log(
    encrypted_log, invoke, tmp_path, monkeypatch
):
    first = invoke("export", "--format", "json")
    assert first.exit_code == 0, first.output
    backup = tmp_path / "backup.json"
    backup.write_text(first.stdout, encoding="utf-8")
    # A new, empty, encrypted log elsewhere; the backup goes in, and comes out the same.
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "elders"))
    assert invoke("log", "encrypt").exit_code == 0
    imported = invoke("import", backup)
    assert imported.exit_code == 0, imported.output
    assert "2 reflecties geïmporteerd" in imported.stdout.replace("reflectie(s)", "reflecties")
    assert crypto.is_encrypted(tmp_path / "elders" / DB_NAME)
    assert_no_secrets(tmp_path / "elders", SECRETS)
    second = invoke("export", "--format", "json")
    assert second.exit_code == 0, second.output
    assert second.stdout == first.stdout
    md_first = invoke("export").stdout
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(encrypted_log.parent))
    assert invoke("export").stdout == md_first


def test_reflect_output_of_an_encrypted_log_says_it_is_plain(encrypted_log, invoke, tmp_path):
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(ANSWERS, encoding="utf-8")
    out = tmp_path / "reflectie.md"
    result = invoke("reflect", "--answers", answers, "--output", out)
    assert result.exit_code == 0, result.output
    assert NEW_NOTE in out.read_text(encoding="utf-8")
    assert result.stderr.count("deze export niet") == 1


# --- drafts: Ctrl-C in an encrypted reflection keeps everything typed ----------------------

ENTER = "\r"
DOWN = "\x1b[B"
CTRL_C = "\x03"


def test_ctrl_c_in_an_encrypted_reflection_keeps_the_draft(encrypted_log, invoke, keyboard):
    keyboard(ENTER + "crisisgesprek" + ENTER + "stiefvader, mentor" + ENTER + DOWN + ENTER + CTRL_C)
    result = invoke("reflect", "--quick")
    assert result.exit_code == 130, result.output
    assert "concept" in result.stderr
    assert_no_secrets(encrypted_log.parent, ["crisisgesprek", "stiefvader"])
    with Store.open(create=False, unlock=unlock()) as store:
        [draft] = list(store.iter_reflections(Filters(drafts=True)))
    assert draft.context.kind == "crisisgesprek"
    assert draft.context.participants == ["stiefvader", "mentor"]
    listed = invoke("log", "list", "--drafts")
    assert draft.id in listed.stdout


# --- the passphrase wrong, empty or missing: a clear message, exit 2, the log untouched ----


def assert_refused(result, text: str, log: Path, before: str) -> None:
    assert result.exit_code == 2, result.output
    assert "Traceback" not in result.output
    assert text in result.stderr
    assert digest(log) == before


def test_wrong_passphrase_file(encrypted_log, tmp_path, monkeypatch, invoke):
    before = digest(encrypted_log)
    wrong = write_passphrase(tmp_path / "secrets", "verkeerde zin", "fout.txt")
    monkeypatch.setenv("PARTNERSCHAP_PASSPHRASE_FILE", str(wrong))
    for args in (("log", "list"), ("export",), ("log", "decrypt"), ("log", "passphrase")):
        assert_refused(invoke(*args), "Die wachtwoordzin opent het logboek", encrypted_log, before)
    assert "verkeerde zin" not in invoke("log", "list").output


def test_empty_missing_and_unreadable_passphrase_files(
    encrypted_log, tmp_path, monkeypatch, invoke
):
    before = digest(encrypted_log)
    empty = write_passphrase(tmp_path / "secrets", "", "leeg.txt")
    cases = [
        (empty, "is leeg"),
        (tmp_path / "bestaat-niet.txt", "bestaat niet"),
        (tmp_path / "secrets", "Kan het wachtwoordbestand"),  # a folder: cannot be read
    ]
    for path, text in cases:
        monkeypatch.setenv("PARTNERSCHAP_PASSPHRASE_FILE", str(path))
        assert_refused(invoke("log", "show", "x"), text, encrypted_log, before)
        assert str(path) in invoke("log", "list").stderr


def test_three_wrong_tries_end_the_command(encrypted_log, monkeypatch, invoke):
    monkeypatch.delenv("PARTNERSCHAP_PASSPHRASE_FILE")
    before = digest(encrypted_log)
    result = invoke("log", "list", input="een\n\ntwee\n")
    assert_refused(result, "Drie keer een wachtwoordzin", encrypted_log, before)
    assert result.stderr.count("Probeer het opnieuw") == 2
    assert "Een lege wachtwoordzin kan niet" in result.stderr
    # the second try may be the right one
    result = invoke("log", "list", input=f"fout\n{PASSPHRASE}\n")
    assert result.exit_code == 0, result.output
    assert "huisbezoek" in result.stdout


def test_no_terminal_and_no_passphrase_file(encrypted_log, monkeypatch, invoke):
    monkeypatch.delenv("PARTNERSCHAP_PASSPHRASE_FILE")
    before = digest(encrypted_log)
    assert_refused(invoke("log", "stats"), "Geen wachtwoordzin gekregen", encrypted_log, before)


def test_empty_or_mismatched_new_passphrase_leaves_the_log_plain(
    plain_log, tmp_path, invoke, monkeypatch
):
    before = digest(plain_log)
    empty = write_passphrase(tmp_path / "secrets", "  ", "leeg.txt")
    monkeypatch.setenv("PARTNERSCHAP_PASSPHRASE_FILE", str(empty))
    assert_refused(invoke("log", "encrypt"), "is leeg", plain_log, before)
    monkeypatch.delenv("PARTNERSCHAP_PASSPHRASE_FILE")
    result = invoke("log", "encrypt", input="a1\nb1\na2\nb2\na3\nb3\n")
    assert_refused(result, "Drie keer twee verschillende", plain_log, before)
    result = invoke("log", "encrypt", input="\n\n\n")
    assert_refused(result, "Een lege wachtwoordzin kan niet", plain_log, before)
    assert not crypto.is_encrypted(plain_log)


def test_already_encrypted_and_not_encrypted(plain_log, passphrase_file, invoke):
    before = digest(plain_log)
    assert_refused(invoke("log", "decrypt"), "is niet versleuteld", plain_log, before)
    assert_refused(invoke("log", "passphrase"), "is niet versleuteld", plain_log, before)
    assert invoke("log", "encrypt").exit_code == 0
    before = digest(plain_log)
    assert_refused(invoke("log", "encrypt"), "is al versleuteld", plain_log, before)


def test_a_log_in_use_is_not_converted(plain_log, passphrase_file, invoke):
    before = digest(plain_log)
    with Store.open(plain_log):  # e.g. a reflection still running in another window
        assert_refused(invoke("log", "encrypt"), "is open in een ander venster", plain_log, before)
    assert invoke("log", "encrypt").exit_code == 0


def test_without_the_extra_the_message_names_the_install_command(
    encrypted_log, invoke, monkeypatch
):
    monkeypatch.setitem(sys.modules, "sqlcipher3", None)  # as if not installed
    before = digest(encrypted_log)
    for args in (("log", "list"), ("log", "decrypt"), ("export",)):
        result = invoke(*args)
        assert_refused(result, 'pip install "partnerschap[encryption]"', encrypted_log, before)


def test_other_commands_do_not_import_sqlcipher(plain_log):
    code = (
        "import sys; sys.argv = ['partnerschap', 'log', 'list'];"
        "from partnerschap.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlcipher3', 'keyring')))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env
    ).stdout
    assert "huisbezoek" in out
    assert out.splitlines()[-1] == "[]"


# --- the keyring (a fake backend: no test touches the real one) -----------------------------


@pytest.fixture
def fake_keyring(monkeypatch):
    pytest.importorskip("keyring")
    import keyring.core
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.items: dict[tuple[str, str], str] = {}

        def get_password(self, service, username):
            return self.items.get((service, username))

        def set_password(self, service, username, password):
            self.items[(service, username)] = password

        def delete_password(self, service, username):
            if self.items.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    backend = MemoryKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    return backend


@pytest.fixture
def no_keyring(monkeypatch):
    pytest.importorskip("keyring")
    import keyring.core
    from keyring.backends import fail

    monkeypatch.setattr(keyring.core, "_keyring_backend", fail.Keyring())


def test_remember_keeps_the_key_not_the_passphrase(
    plain_log, passphrase_file, fake_keyring, invoke, monkeypatch
):
    result = invoke("log", "encrypt", "--remember")
    assert result.exit_code == 0, result.output
    assert "wachtwoordkluis" in result.stderr
    [(service, account)] = fake_keyring.items
    assert service == "partnerschap" and account == str(plain_log.resolve())
    assert PASSPHRASE not in fake_keyring.items[(service, account)]
    monkeypatch.delenv("PARTNERSCHAP_PASSPHRASE_FILE")
    listed = invoke("log", "list")  # nothing asked
    assert listed.exit_code == 0, listed.output
    assert "huisbezoek" in listed.stdout
    # a new passphrase: the keyring follows; decrypting forgets the key
    new_file = write_passphrase(plain_log.parent.parent / "s2", "andere zin")
    assert invoke("log", "passphrase", "--new-passphrase-file", new_file).exit_code == 0
    assert invoke("log", "list").exit_code == 0
    assert invoke("log", "decrypt").exit_code == 0
    assert fake_keyring.items == {}
    assert not crypto.remembered(plain_log)


def test_remember_without_a_keyring_is_refused(plain_log, passphrase_file, no_keyring, invoke):
    before = digest(plain_log)
    result = invoke("log", "encrypt", "--remember")
    assert_refused(result, "geen wachtwoordkluis gevonden", plain_log, before)
    assert not crypto.is_encrypted(plain_log)


def test_a_keyring_gone_away_says_so_and_asks(
    plain_log, passphrase_file, fake_keyring, invoke, monkeypatch
):
    assert invoke("log", "encrypt", "--remember").exit_code == 0
    monkeypatch.delenv("PARTNERSCHAP_PASSPHRASE_FILE")
    from keyring.backends import fail

    monkeypatch.setattr(sys.modules["keyring.core"], "_keyring_backend", fail.Keyring())
    result = invoke("log", "list", input=PASSPHRASE + "\n")
    assert result.exit_code == 0, result.output
    assert "niet in de wachtwoordkluis" in result.stderr
    assert "huisbezoek" in result.stdout
    before = digest(plain_log)
    assert_refused(invoke("log", "list"), "Geen wachtwoordzin gekregen", plain_log, before)


# --- the core ---------------------------------------------------------------------------------


def test_recognising_an_encrypted_file(tmp_path):
    assert not crypto.is_encrypted(tmp_path / "none.db")
    empty = tmp_path / "empty.db"
    empty.touch()
    assert not crypto.is_encrypted(empty)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not sqlite at all" * 10)
    assert not crypto.is_encrypted(junk)  # left to SQLite: "not a database"
    with pytest.raises(Exception) as info:
        Store.open(junk)
    assert getattr(info.value, "key", "") == "error.store.unreadable"


def test_unicode_passphrases_are_normalised(plain_log):
    composed, decomposed = "café zürich", "cafe\u0301 zu\u0308rich"
    assert composed != decomposed
    crypto.encrypt(plain_log, composed)
    assert crypto.unlock(plain_log, decomposed) == crypto.unlock(plain_log, composed)


def test_an_encrypted_store_needs_unlock(encrypted_log):
    with pytest.raises(Exception) as info:
        Store.open(encrypted_log)
    assert getattr(info.value, "key", "") == "error.crypto.locked"


# --- the key derived beside the imports (cli/early.py) -------------------------------------


def test_early_derivation_gives_the_same_key_and_the_log_opens(encrypted_log, invoke):
    """``start`` runs before Typer is imported (``__main__``): for a command that opens the
    log, the thread opens it with the passphrase (SQLCipher derives the key), and the
    command uses that connection: no second derivation."""
    from partnerschap.cli import early

    crypto._derive.cache_clear()
    early.start(["--lang", "nl", "log", "stats"])
    assert len(crypto._early) == 1 and len(kdf._opened) == 1
    (worker,) = crypto._early.values()
    result = invoke("log", "stats")
    assert result.exit_code == 0, result.output
    assert "Versleuteld" in result.output or "versleuteld" in result.output
    assert not crypto._early and not kdf._opened and not worker.is_alive()
    assert crypto._derive.cache_info().currsize == 0  # hashlib never ran
    assert crypto.unlock(encrypted_log, PASSPHRASE) == crypto.derive_key(
        PASSPHRASE, crypto.file_salt(encrypted_log)
    )


def test_a_log_swapped_after_the_early_open_is_opened_again(encrypted_log, tmp_path, invoke):
    """A conversion may replace the file between the early open and the command's lock:
    the early connection is dropped and the file now there is opened with the passphrase."""
    from partnerschap.cli import early

    assert DATE in invoke("log", "list").output
    early.start(["log", "list"])
    worker, _ = kdf._opened[(str(encrypted_log), kdf.secret(PASSPHRASE))]
    worker.join()
    other = tmp_path / "ander.db"
    conn = sqlite3.connect(other)
    conn.close()
    with Store.open(other) as store:  # another log: one reflection with a new note
        store.save_many([])
    crypto.encrypt(other, PASSPHRASE)
    os.replace(other, encrypted_log)  # as a conversion swaps the new file in
    result = invoke("log", "list")
    assert result.exit_code == 0, result.output
    assert DATE not in result.output  # the old log's reflection: not what is read now
    assert not kdf._opened


def test_a_command_that_needs_the_key_closes_the_early_connection(encrypted_log, invoke):
    """``log decrypt`` converts the file: the connection the early thread opened is closed
    before that, never left open on a file being swapped."""
    from partnerschap.cli import early

    early.start(["log", "decrypt"])
    ((worker, box),) = kdf._opened.values()
    worker.join()
    ((conn, _),) = box
    result = invoke("log", "decrypt")
    assert result.exit_code == 0, result.output
    assert not kdf._opened and not crypto.is_encrypted(encrypted_log)
    with pytest.raises(sqlcipher3.ProgrammingError):
        conn.execute("SELECT 1")  # closed


def test_without_sqlcipher_in_the_thread_the_key_is_derived_early(encrypted_log, monkeypatch):
    crypto._derive.cache_clear()
    with monkeypatch.context() as patched:
        patched.setitem(sys.modules, "sqlcipher3", None)  # the import fails in the thread
        assert kdf.start(str(encrypted_log), PASSPHRASE)
        (worker,) = crypto._early.values()
        worker.join()
    assert crypto._derive.cache_info().currsize == 1
    assert not kdf.has_opened(str(encrypted_log), kdf.secret(PASSPHRASE))
    assert crypto.unlock(encrypted_log, PASSPHRASE)
    assert crypto._derive.cache_info().hits >= 1


def test_early_derivation_starts_only_where_it_is_needed(
    plain_log, encrypted_log, passphrase_file, tmp_path, monkeypatch
):
    from partnerschap.cli import early

    for argv in (["principles", "list"], ["log", "stats", "--help"], ["drill", "--list"]):
        early.start(argv)
        assert not crypto._early, argv
    monkeypatch.setenv("PARTNERSCHAP_PASSPHRASE_FILE", str(tmp_path / "bestaat-niet.txt"))
    early.start(["log", "list"])
    assert not crypto._early


def test_early_derivation_of_a_wrong_passphrase_still_refuses(
    encrypted_log, tmp_path, monkeypatch, invoke
):
    from partnerschap.cli import early

    before = digest(encrypted_log)
    wrong = write_passphrase(tmp_path / "secrets", "verkeerde zin", "fout.txt")
    monkeypatch.setenv("PARTNERSCHAP_PASSPHRASE_FILE", str(wrong))
    early.start(["log", "list"])
    assert crypto._early
    assert_refused(
        invoke("log", "list"), "Die wachtwoordzin opent het logboek", encrypted_log, before
    )
    assert not crypto._early


def test_early_derivation_starts_before_anything_heavy_is_imported(encrypted_log):
    """The thread starts while the process has imported little more than the standard
    library's basics: no Typer, rich, store, errors or dataclasses first, so the derivation
    overlaps nearly all of the command's imports."""
    script = (
        "import sys\n"
        "before = set(sys.modules)\n"
        "from partnerschap.cli import early\n"
        "from partnerschap.log import kdf\n"
        "early.start(['log', 'stats'])\n"
        "assert kdf._early, 'not started'\n"
        "started = set(sys.modules)\n"
        "for worker in kdf._early.values():\n"
        "    worker.join()\n"
        "print(' '.join(sorted(started - before)))\n"
        "print(' '.join(sorted(set(sys.modules) - started)))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    first, *rest = done.stdout.split("\n")
    # what the thread itself imports (while the command's imports go on): SQLCipher only
    thread = set(rest[0].split()) if rest else set()
    loaded = set(first.split()) | thread
    assert {n for n in loaded if n.startswith("sqlcipher3")} >= {"sqlcipher3"}
    ours = {name for name in loaded if name.startswith("partnerschap")}
    assert ours == {
        "partnerschap",
        "partnerschap.cli",
        "partnerschap.cli.early",
        "partnerschap.log",
        "partnerschap.log.kdf",
        "partnerschap.paths",
    }
    assert not loaded & {"typer", "rich", "dataclasses", "sqlite3", "yaml"}
