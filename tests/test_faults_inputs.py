"""Fault suite for what the tool reads (issue 15, items 1, 2 and 6).

1. YAML values the safe loader turns into dates and integers that Python refuses (a month
   13, 30 February, a timestamp, 5,000 digits) in an answers file, a principle set, a drill
   bank and the settings file: a located, Dutch problem (file:line, exit 2), no traceback.
2. One broken set or drill bank in the user's folder is named and skipped; everything else
   goes on working, and only a command that asks for that set fails.
3. Files that are not files: a symlink to ``/dev/zero``, a FIFO, a folder, for every file
   the tool reads (answers, notes to check, a backup to import, drill results, the settings,
   the passphrase file). Each is refused at once, without reading without end or waiting
   for a writer; standard input is read with the same limit.

Every case runs under an alarm: a read that blocks fails the test instead of hanging the
suite. A case with ``/dev/zero`` runs in a child process with a memory limit, so a read
without end fails it (exit by the limit) instead of taking the machine's memory.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.guards import within
from tests.test_drills_bank import MINIMAL as MINIMAL_BANK
from tests.test_loader import MINIMAL as MINIMAL_SET

HUGE = "9" * 5000
# value as typed in YAML -> what the message says about it
BAD_VALUES = {
    "2026-13-45": "'2026-13-45' is geen bestaande datum",
    "2026-02-30": "'2026-02-30' is geen bestaande datum",
    HUGE: "een getal van 5000 cijfers is te lang",
}
NOT_FILES = ("zero", "fifo", "folder")


def no_hang(seconds: int = 20):
    """Fail (instead of hanging the suite) when the body takes longer than ``seconds``."""
    return within(seconds, f"took more than {seconds} s: a read that blocks or never ends")


class ChildResult:
    """What a child process did, shaped like a CliRunner result."""

    def __init__(self, done: subprocess.CompletedProcess[str]) -> None:
        self.exit_code = done.returncode
        self.stdout = done.stdout
        self.stderr = done.stderr
        self.output = done.stdout + done.stderr
        self.exception = None


def _memory_limit() -> None:
    limit = 1024 * 1024 * 1024  # 1 GB: far above what any of these commands needs
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def run(invoke, kind: str, *args: object) -> object:
    """Run the CLI: in-process, or for ``/dev/zero`` in a child with a memory limit."""
    if kind != "zero":
        with no_hang():
            return invoke(*args)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    done = subprocess.run(
        [sys.executable, "-m", "partnerschap", *map(str, args)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO,
        timeout=60,
        preexec_fn=_memory_limit,
        check=False,
    )
    return ChildResult(done)


def not_a_file(kind: str, folder: Path, name: str) -> Path:
    path = folder / name
    if kind == "zero":
        path.symlink_to("/dev/zero")
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    return path


def clean_exit(result, code: int = 2) -> None:
    assert result.exit_code == code, result.output
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def answers_with(line: str) -> str:
    return (
        "set: partnerschap\nlanguage: nl\n"
        f"{line}\n"
        "answers: {respect.listened: nee}\n"
        'next_step: "Eerst vragen wat goed gaat."\n'
    )


def log_count(invoke) -> int:
    import json

    return len(json.loads(invoke("log", "list", "--json").stdout or "[]"))


# --- 1. values that raise in the YAML layer ---------------------------------------------


@pytest.mark.parametrize("value", [*BAD_VALUES, "2026-11-20T10:00:00Z"])
def test_answers_file_with_an_impossible_date(invoke, tmp_path, value):
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(answers_with(f"context: {{date: {value}, kind: huisbezoek}}"), "utf-8")
    with no_hang():
        result = invoke("reflect", "--answers", answers)
    clean_exit(result)
    assert f"{answers}:3: " in result.stderr
    expected = BAD_VALUES.get(value, f"'{value}' is geen datum (gebruik JJJJ-MM-DD)")
    assert expected in result.stderr
    assert log_count(invoke) == 0  # nothing half saved


def test_answers_file_with_a_huge_number_as_an_answer(invoke, tmp_path):
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(answers_with("context: {kind: huisbezoek}").replace("nee}", HUGE + "}"))
    result = invoke("reflect", "--answers", answers, "--no-save")
    clean_exit(result)
    assert f"{answers}:4: een getal van 5000 cijfers is te lang" in result.stderr


@pytest.mark.parametrize("field", ["version", "schema"])
@pytest.mark.parametrize("value", list(BAD_VALUES))
def test_principle_set_with_a_value_that_raises(invoke, tmp_path, field, value):
    lines = MINIMAL_SET.splitlines()
    number = next(i for i, line in enumerate(lines, 1) if line.startswith(f"{field}:"))
    lines[number - 1] = f"{field}: {value}"
    path = tmp_path / "team.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = invoke("principles", "validate", path)
    clean_exit(result)
    assert f"{path}:{number}: {BAD_VALUES[value]}" in result.output


@pytest.mark.parametrize("value", list(BAD_VALUES))
def test_drill_bank_with_a_value_that_raises(invoke, tmp_path, value):
    path = tmp_path / "drills-team.yaml"
    path.write_text(MINIMAL_BANK.replace('version: "1"', f"version: {value}"), encoding="utf-8")
    result = invoke("drill", "validate", path)
    clean_exit(result)
    assert f"{path}:3: {BAD_VALUES[value]}" in result.output


@pytest.mark.parametrize("value", list(BAD_VALUES))
def test_settings_file_with_a_value_that_raises(invoke, isolated_home, value):
    isolated_home.mkdir(parents=True, exist_ok=True)
    config = isolated_home / "config.yaml"
    config.write_text(f"language: {value}\n", encoding="utf-8")
    result = invoke("paths")
    clean_exit(result, 0)
    assert f"{config}:1: de taal" in result.stderr
    assert HUGE not in result.stderr  # a value of 5,000 digits is not repeated in full
    assert "Gegevens" in result.stdout  # the defaults apply: Dutch


# --- 2. one broken user set or bank disables nothing else -------------------------------


def broken_user_set(home: Path, value: str) -> Path:
    folder = home / "principles"
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "team.yaml"
    path.write_text(MINIMAL_SET.replace('version: "1"', f"version: {value}"), encoding="utf-8")
    return path


@pytest.mark.parametrize("value", list(BAD_VALUES))
def test_a_broken_user_set_is_named_and_skipped(invoke, isolated_home, tmp_path, value):
    broken = broken_user_set(isolated_home, value)
    problem = f"{broken}:3: {BAD_VALUES[value]}"

    listing = invoke("principles", "list")
    clean_exit(listing, 0)
    assert "partnerschap" in listing.stdout and problem in listing.stderr
    assert "Overgeslagen" in listing.stderr

    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(answers_with("context: {kind: huisbezoek}"), encoding="utf-8")
    saved = invoke("reflect", "--answers", answers)
    clean_exit(saved, 0)
    assert log_count(invoke) == 1

    drills = invoke("drill", "--list")
    clean_exit(drills, 0)
    assert "oefeningen" in drills.stdout

    # Only a command that asks for the broken set fails, and says why.
    asked = invoke("principles", "list", "--set", "mijnset")
    clean_exit(asked)
    assert "mijnset" in asked.stderr and problem in asked.stderr


@pytest.mark.parametrize("value", list(BAD_VALUES))
def test_a_broken_user_bank_is_named_and_skipped(invoke, isolated_home, value):
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    broken = folder / "drills-team.yaml"
    broken.write_text(MINIMAL_BANK.replace('version: "1"', f"version: {value}"), "utf-8")
    drills = invoke("drill", "--list")
    clean_exit(drills, 0)
    assert f"{broken}:3: {BAD_VALUES[value]}" in drills.stderr
    assert "oefeningen" in drills.stdout  # the bundled bank still works
    practice = invoke("drill", "--seed", "1", "-n", "1", "--answers", "1", "--no-save")
    clean_exit(practice, 0)
    listing = invoke("principles", "list")  # a bank is not a set: sets are not disturbed
    clean_exit(listing, 0)
    assert str(broken) not in listing.stderr


@pytest.mark.parametrize("kind", ["zero", "fifo"])
def test_a_user_set_that_is_not_a_file_is_skipped(invoke, isolated_home, kind):
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    path = not_a_file(kind, folder, "team.yaml")
    result = run(invoke, kind, "principles", "list")
    drills = run(invoke, kind, "drill", "--list")
    clean_exit(result, 0)
    clean_exit(drills, 0)
    assert f"{path}: dit is geen gewoon bestand" in result.stderr
    assert "partnerschap" in result.stdout


# --- 3. files that are not files ---------------------------------------------------------


@pytest.mark.parametrize("kind", NOT_FILES)
def test_answers_that_are_not_a_file(invoke, tmp_path, kind):
    path = not_a_file(kind, tmp_path, "antwoorden.yaml")
    result = run(invoke, kind, "reflect", "--answers", path, "--no-save")
    clean_exit(result)
    assert str(path) in result.stderr
    assert ("geen gewoon bestand" if kind != "folder" else "map") in result.stderr


@pytest.mark.parametrize("kind", NOT_FILES)
def test_privacy_check_of_something_that_is_not_a_file(invoke, tmp_path, kind):
    path = not_a_file(kind, tmp_path, "notities.txt")
    result = run(invoke, kind, "privacy", "check", path)
    clean_exit(result)
    expected = "dit is een map, geen bestand" if kind == "folder" else "dit is geen gewoon bestand"
    assert f"{path}: {expected}" in result.stderr


def test_privacy_check_reads_standard_input_with_its_limit(invoke, monkeypatch):
    import partnerschap.privacy.check as check

    monkeypatch.setattr(check, "MAX_BYTES", 1000)
    refused = invoke("privacy", "check", "-", input="Moeder belde. " * 100)
    clean_exit(refused)
    assert "groter dan" in refused.stderr
    accepted = invoke("privacy", "check", "-", input="Moeder Fatima belde.")
    clean_exit(accepted, 1)  # found something
    assert "Fatima" in accepted.stdout


@pytest.mark.parametrize("kind", NOT_FILES)
def test_import_of_something_that_is_not_a_file(invoke, tmp_path, kind):
    path = not_a_file(kind, tmp_path, "backup.json")
    result = run(invoke, kind, "import", path)
    clean_exit(result)
    assert str(path) in result.stderr
    assert log_count(invoke) == 0


@pytest.mark.parametrize("kind", ["zero", "fifo"])
def test_drill_report_names_results_that_are_not_files(invoke, tmp_path, kind):
    folder = tmp_path / "groep"
    folder.mkdir()
    path = not_a_file(kind, folder, "anouk.json")
    in_folder = run(invoke, kind, "drill", "report", folder)
    named = run(invoke, kind, "drill", "report", path)
    for result in (in_folder, named):
        clean_exit(result)
        assert "Geen bruikbare resultaatbestanden (1 overgeslagen)" in result.stderr
        assert f"{path}: geen gewoon bestand" in result.stderr
    good = folder / "goed.json"
    made = invoke("drill", "--seed", "3", "-n", "2", "--no-save", "--answers", "1,2",
                  "--results", good)  # fmt: skip
    clean_exit(made, 0)
    mixed = run(invoke, kind, "drill", "report", folder)
    clean_exit(mixed, 0)  # the usable file is reported, the other one named as skipped
    assert "anouk.json" in mixed.stdout + mixed.stderr


def test_drill_report_of_an_empty_folder_says_there_is_nothing(invoke, tmp_path):
    folder = tmp_path / "leeg"
    folder.mkdir()
    result = invoke("drill", "report", folder)
    clean_exit(result)
    assert f"Geen resultaatbestanden (*.json) gevonden in: {folder}" in result.stderr


@pytest.mark.parametrize("kind", NOT_FILES)
def test_settings_file_that_is_not_a_file(invoke, isolated_home, kind):
    isolated_home.mkdir(parents=True)
    not_a_file(kind, isolated_home, "config.yaml")
    paths = run(invoke, kind, "paths")
    english = run(invoke, kind, "--lang", "en", "principles", "list")
    clean_exit(paths, 0)
    clean_exit(english, 0)
    assert "Gegevens" in paths.stdout  # every command still works, with the defaults
    assert "de standaardinstellingen gelden" in paths.stderr
    assert "the defaults apply" in english.stderr
    assert "partnerschap" in english.stdout


def test_settings_file_that_is_not_utf8(invoke, isolated_home):
    isolated_home.mkdir(parents=True)
    (isolated_home / "config.yaml").write_bytes(b"language: en\n\xff\xfe\n")
    result = invoke("paths")
    clean_exit(result, 0)
    assert "het bestand is geen UTF-8-tekst" in result.stderr and "Gegevens" in result.stdout


@pytest.mark.parametrize("kind", NOT_FILES)
def test_passphrase_file_that_is_not_a_file(invoke, tmp_path, monkeypatch, kind):
    pytest.importorskip("sqlcipher3")
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text(answers_with("context: {kind: huisbezoek}"), encoding="utf-8")
    assert invoke("reflect", "--answers", answers).exit_code == 0
    path = not_a_file(kind, tmp_path, "wachtwoord.txt")
    monkeypatch.setenv("PARTNERSCHAP_PASSPHRASE_FILE", str(path))
    result = run(invoke, kind, "log", "encrypt")
    clean_exit(result)
    assert f"Kan het wachtwoordbestand {path} niet lezen" in result.stderr
    assert "Het logboek is niet aangeraakt" in result.stderr
    monkeypatch.delenv("PARTNERSCHAP_PASSPHRASE_FILE")
    assert log_count(invoke) == 1  # still the plain log, whole


@pytest.mark.parametrize("kind", NOT_FILES)
def test_analyze_and_validate_refuse_what_is_not_a_file(invoke, tmp_path, kind):
    transcript = not_a_file(kind, tmp_path, "gesprek.txt")
    principle_set = not_a_file(kind, tmp_path, "team.yaml")
    analyzed = run(invoke, kind, "analyze", transcript)
    validated = run(invoke, kind, "principles", "validate", principle_set)
    clean_exit(analyzed)
    clean_exit(validated)
    assert f"{transcript.name}: dit is geen gewoon bestand" in analyzed.stderr
    assert str(principle_set) in validated.output
