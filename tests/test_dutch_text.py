"""Every message a Dutch user sees is Dutch (issue 14 items 8, 9, 10): Click's usage errors
and help, the words for option values, plurals, the examples at the end of each help and
shell completion."""

from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest
import typer.main

from partnerschap.cli.app import app

ENGLISH_LEFTOVERS = (
    "Invalid value",
    "is not a valid",
    "is not in the range",
    "is not one of",
    "No such command",
    "Did you mean",
    "Possible options",
    "requires an argument",
    "does not exist",
    "[OPTIONS]",
    "COMMAND [ARGS]",
)


def all_command_paths() -> list[list[str]]:
    paths: list[list[str]] = []

    def walk(command, path: list[str]) -> None:
        paths.append(path)
        for name, sub in sorted(getattr(command, "commands", {}).items()):
            walk(sub, [*path, name])

    walk(typer.main.get_command(app), [])
    return paths


COMMAND_PATHS = all_command_paths()


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """The real program in a child process (help texts follow --lang from the start)."""
    return subprocess.run(
        [sys.executable, "-m", "partnerschap", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


# --- item 8: Click's errors and help in Dutch ------------------------------------------


@pytest.mark.parametrize(
    ("args", "dutch"),
    [
        (["log", "list", "-n", "abc"], "Ongeldige waarde voor '--limit' / '-n': 'abc' is geen"),
        (["log", "list", "-n", "-1"], "-1 valt buiten het bereik (minstens 0)"),
        (["drill", "--list", "-t", "x"], "'x' is geen geldige keuze; kies uit 'spot', 'better'"),
        (["lgo"], "Onbekende opdracht: 'lgo'. Bedoelde je 'log'?"),
        (["log", "list", "--limt", "3"], "Onbekende optie: --limt (bedoelde je --limit?)"),
        (["export", "--format"], "Optie '--format' heeft een waarde nodig."),
        (["log"], "Gebruik: "),
    ],
)
def test_click_errors_in_dutch(invoke, args: list[str], dutch: str) -> None:
    result = invoke("--lang", "nl", *args)
    assert result.exit_code == 2
    assert dutch in result.output
    for english in ENGLISH_LEFTOVERS:
        assert english not in result.output


def test_click_errors_stay_english_in_english(invoke) -> None:
    result = invoke("--lang", "en", "log", "list", "-n", "abc")
    assert "Invalid value for '--limit' / '-n'" in result.output


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda p: " ".join(p) or "root")
def test_help_words_are_dutch_and_lang_is_everywhere(invoke, path: list[str]) -> None:
    result = invoke("--lang", "nl", *path, "--help")
    assert result.exit_code == 0
    text = result.output
    assert "--lang TEKST" in text
    for english in ("<str>", "<int", "<file>", "<directory>", "<path>", "range", "x>=", "x<="):
        assert english not in text
    for english in ("[default:", "[required]", "[OPTIONS]"):
        assert english not in text
    for word in ("FILE", "DIRECTORY", "DATE", "NAME", "SECONDS", "TEXT", "NUMBER"):
        assert not re.search(rf"(?<![_A-Z]){word}\b", text), word


def test_help_names_kinds_of_value_and_defaults_in_words(invoke) -> None:
    text = invoke("--lang", "nl", "log", "list", "--help").output
    assert "-n, --limit GETAL" in text
    assert "--since DATUM" in text
    assert "--scenario TEKST" in text
    assert "[standaard: 20; minstens 0]" in " ".join(text.split())
    assert "[verplicht]" in invoke("--lang", "nl", "config", "set", "--help").output
    assert "--results MAP" in invoke("--lang", "nl", "drill", "live", "--help").output


def test_english_help_is_english_with_words_for_values() -> None:
    result = run("--lang", "en", "log", "list", "--help")
    text = result.stdout
    assert "Usage: partnerschap log list [OPTIONS]" in text
    assert "-n, --limit NUMBER" in text
    assert "--since DATE" in text
    assert "--scenario TEXT" in text
    assert "at least 0" in " ".join(text.split()) and "x>=0" not in text
    assert "--lang TEXT" in text
    assert "Toon" not in text and "Opties" not in text
