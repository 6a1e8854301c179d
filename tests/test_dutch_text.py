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
    assert "--lang nl|en" in text
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
    assert "--lang nl|en" in text
    assert "Toon" not in text and "Opties" not in text


def test_questionary_checkbox_answer_in_dutch() -> None:
    import questionary
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput
    from questionary.prompts.common import InquirerControl

    from partnerschap.cli.prompter import localize_checkbox, prompt_sessions

    with create_pipe_input() as pipe:
        question = questionary.checkbox(
            "Welke?", choices=["a", "b", "c"], input=pipe, output=DummyOutput()
        )
        localize_checkbox(question)
        controls = list(question.application.layout.find_all_controls())
        inquirer = next(c for c in controls if isinstance(c, InquirerControl))
        inquirer.is_answered = True
        inquirer.selected_options = ["a", "b"]
        shown = "".join(
            token[1] for session in prompt_sessions(question) for token in session._get_prompt()
        )
    assert "klaar (2 gekozen)" in shown
    assert "selections" not in shown


@pytest.mark.parametrize(
    ("detail", "dutch"),
    [
        ("No such file or directory", "het bestand of de map bestaat niet — No such file"),
        ("Permission denied", "geen toestemming — Permission denied"),
        ("Expecting ',' delimiter", "hier ontbreekt een komma — Expecting ',' delimiter"),
        ("mapping values are not allowed here", "hier mag geen dubbele punt staan"),
        ("something new", "something new"),
    ],
)
def test_error_details_get_their_dutch_meaning_first(detail: str, dutch: str) -> None:
    from partnerschap.messages import t

    assert dutch in t("yaml.syntax", "nl", detail=detail)
    assert t("yaml.syntax", "en", detail=detail) == f"not valid YAML: {detail}"


def test_broken_json_import_says_what_is_wrong_in_dutch(invoke, tmp_path) -> None:
    broken = tmp_path / "kapot.json"
    broken.write_text('{"a": 1,}', encoding="utf-8")
    result = invoke("import", broken)
    assert result.exit_code == 2
    assert "naam tussen dubbele aanhalingstekens verwacht — Expecting property name" in (
        result.output
    )


# --- item 9: plurals and wording --------------------------------------------------------


def dutch_messages() -> dict[str, str]:
    from partnerschap.messages import all_messages

    return {key: pair[0] for key, pair in all_messages().items()}


def test_no_dutch_message_hedges_its_plural() -> None:
    hedged = {
        key: text
        for key, text in dutch_messages().items()
        if re.search(r"\w\((s|en|e|n)\)|\w/\w+en\b", text)
    }
    assert hedged == {}


def test_plural_helper() -> None:
    from partnerschap.messages import t, t_n

    assert t_n("count.answers", 1, "nl") == "1 antwoord"
    assert t_n("count.answers", 3, "nl") == "3 antwoorden"
    assert t_n("count.answers", 1, "en") == "1 answer"
    assert t_n("count.others", 0, "nl") == "geen anderen"
    assert t("ui.log.deleted", "nl", count=1) == "1 reflectie verwijderd."
    assert t("ui.log.deleted", "nl", count=2) == "2 reflecties verwijderd."
    assert t("error.file_problems", "nl", count=1) == "1 probleem gevonden"
    assert t("ui.valid", "nl", file="a.yaml", count=1) == "a.yaml: in orde (1 uitgangspunt)"


def test_every_plural_message_has_both_forms() -> None:
    from partnerschap.messages import all_messages

    keys = set(all_messages())
    for key in keys:
        if key.endswith(".one"):
            assert key.removesuffix(".one") + ".many" in keys, key
        if key.endswith(".many"):
            assert key.removesuffix(".many") + ".one" in keys, key


def test_privacy_check_one_finding_in_real_dutch(invoke, tmp_path) -> None:
    notes = tmp_path / "notities.txt"
    notes.write_text("Bel haar op 06-12345678.\n", encoding="utf-8")
    result = invoke("privacy", "check", notes)
    assert "1 persoonsgegeven gevonden" in result.output
    assert "(s)" not in result.output
    assert "Vervangen door" in result.output
    assert "Placeholder" not in result.output


def test_stats_of_one_month_names_the_month(invoke, make_reflection) -> None:
    from partnerschap.log.store import Store

    with Store.open() as store:
        store.save(make_reflection(date="2026-12-03", answers={"respect.listened": "no"}))
    result = invoke("log", "stats")
    assert result.exit_code == 0, result.output
    assert "1 reflectie in december 2026" in result.output
    assert "tot en met 2026-12" not in result.output


def test_one_confirm_style() -> None:
    from partnerschap.messages import t

    assert t("prompt.confirm.default_no", "nl") == "[j/N]"
    assert t("prompt.confirm.default_yes", "nl") == "[J/n]"
    for key, text in dutch_messages().items():
        assert not re.search(r"\((j/N|J/n|j/n)\)", text), key


# --- item 10: examples and shell completion --------------------------------------------


@pytest.mark.parametrize("path", COMMAND_PATHS, ids=lambda p: " ".join(p) or "root")
def test_every_help_ends_with_examples(invoke, path: list[str]) -> None:
    text = invoke("--lang", "nl", *path, "--help").output
    assert "\nVoorbeelden:\n" in text
    examples = text.split("\nVoorbeelden:\n", 1)[1]
    commands = [line for line in examples.splitlines() if "partnerschap " in line]
    assert 1 <= len(commands) <= 3
    assert all(" ".join(["partnerschap", *path]) in line for line in commands)


def test_examples_in_english(invoke) -> None:
    text = invoke("--lang", "en", "log", "list", "--help").output
    assert "\nExamples:\n" in text and "the five newest" in text
    assert "Voorbeelden" not in text


@pytest.mark.parametrize("shell", ["bash", "zsh", "fish"])
def test_show_completion_script(shell: str) -> None:
    result = run(
        "--show-completion", shell, env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"}
    )
    assert result.returncode == 0, result.stderr
    assert "_PARTNERSCHAP_COMPLETE" in result.stdout


def test_completion_completes_commands() -> None:
    result = run(
        env={
            "_PARTNERSCHAP_COMPLETE": "complete_bash",
            "COMP_WORDS": "partnerschap lo",
            "COMP_CWORD": "1",
        }
    )
    assert result.stdout.split() == ["log"]


def test_completion_options_in_root_help(invoke) -> None:
    text = invoke("--lang", "nl", "--help").output
    assert "--install-completion" in text and "--show-completion" in text
    assert "Installeer het aanvullen met Tab" in text


def test_kinds_of_yaml_value_are_named_in_dutch(invoke, tmp_path) -> None:
    listed = tmp_path / "lijst.yaml"
    listed.write_text("- a\n- b\n", encoding="utf-8")
    result = invoke("principles", "validate", listed)
    assert "een set moet een mapping zijn (sleutel: waarde), geen lijst" in result.output
    answers = tmp_path / "antwoorden.yaml"
    answers.write_text("answers: x\n", encoding="utf-8")
    result = invoke("reflect", "--answers", answers, "--no-save")
    assert "'answers' moet een mapping (sleutel: waarde) zijn" in result.output
    result = invoke("reflect", "--answers", listed, "--no-save")
    assert "het antwoordbestand moet een mapping zijn" in result.output
    assert "answers file" not in result.output


def test_install_completion_says_so_in_dutch(tmp_path) -> None:
    result = run(
        "--install-completion",
        "bash",
        env={"HOME": str(tmp_path), "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"},
    )
    assert result.returncode == 0, result.stderr
    assert "Aanvullen met Tab voor bash staat in" in result.stdout
    assert "installed" not in result.stdout
    script = tmp_path / ".bash_completions" / "partnerschap.sh"
    assert "_PARTNERSCHAP_COMPLETE" in script.read_text(encoding="utf-8")
