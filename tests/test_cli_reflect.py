"""`partnerschap reflect --answers` and the principles commands, through the CLI runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.test_loader import MINIMAL

ANSWERS = """\
set: partnerschap
scenario: angry
language: nl
context: {date: 2026-11-20, kind: huisbezoek, participants: [moeder, vader]}
answers: {respect.listened: nee, signs-of-safety.compliments: deels, details.concrete: ja}
notes: {respect: "# Ik ging snel | naar mijn zorgen."}
next_step: "Volgende keer eerst vragen wat goed gaat."
"""


@pytest.fixture
def answers_file(tmp_path: Path) -> Path:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    return path


def test_version(invoke):
    result = invoke("--version")
    assert result.exit_code == 0
    assert result.stdout.startswith("partnerschap 0.")


@pytest.mark.parametrize(
    "args",
    [
        [],
        ["reflect"],
        ["principles"],
        ["principles", "list"],
        ["principles", "show"],
        ["principles", "validate"],
    ],
)
def test_help_in_dutch(invoke, args):
    result = invoke(*args, "--help")
    assert result.exit_code == 0
    assert "Gebruik: " in result.stdout
    assert any(
        word in result.stdout
        for word in ("Toon", "Reflecteer", "Bekijk", "Controleer", "Welke", "Uitvoer")
    )


def test_reflect_from_answers_file(invoke, answers_file):
    result = invoke("reflect", "--answers", answers_file)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "✗ gemist" in out and "◐ deels" in out and "✓ gelukt" in out
    assert "Waarom is dit zo belangrijk voor u als ouders?" in out
    assert "Wat vindt u prettig aan de manier waarop ik met u omga?" in out
    assert "Volgende keer eerst vragen wat goed gaat." in out
    assert "1 gelukt, 1 deels, 1 gemist" in out


def test_reflect_json_shape(invoke, answers_file):
    result = invoke("reflect", "--answers", answers_file, "--json", "--no-save")
    data = json.loads(result.stdout)
    assert data["scenario"] == "angry"
    statuses = {f["principle"]: f["status"] for f in data["findings"]}
    assert statuses == {
        "respect": "missed",
        "person-not-abuse": "not_asked",
        "signs-of-safety": "partly",
        "child-central": "not_asked",
        "details": "honoured",
        "their-wishes": "not_asked",
        "choices": "not_asked",
        "small-steps": "not_asked",
    }
    respect = data["findings"][0]
    assert respect["suggestions"][0] == "Waarom is dit zo belangrijk voor u als ouders?"
    assert len(respect["suggestions"]) == 3
    assert data["next_step"]["intention"] == "Volgende keer eerst vragen wat goed gaat."


def test_reflect_json_in_english(invoke, answers_file):
    result = invoke("--lang", "en", "reflect", "--answers", answers_file, "--json")
    data = json.loads(result.stdout)
    assert data["findings"][0]["title"].startswith("Respect parents")
    assert data["findings"][0]["suggestions"][0] == "Why is this so important to you as parents?"


def test_lang_option_after_command_and_env(invoke, answers_file, monkeypatch):
    result = invoke("reflect", "--answers", answers_file, "--lang", "en")
    assert "✗ missed" in result.stdout
    monkeypatch.setenv("PARTNERSCHAP_LANG", "en")
    assert "✗ missed" in invoke("reflect", "--answers", answers_file).stdout


def test_english_locale_gives_english(invoke, tmp_path, monkeypatch):
    path = tmp_path / "a.yaml"
    path.write_text("scenario: angry\nanswers: {respect.listened: no}\n", encoding="utf-8")
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    assert "✗ missed" in invoke("reflect", "--answers", path).stdout
    monkeypatch.setenv("LANG", "nl_NL.UTF-8")
    assert "✗ gemist" in invoke("reflect", "--answers", path).stdout


def test_output_markdown_escapes_user_text(invoke, answers_file, tmp_path):
    out = tmp_path / "reflectie.md"
    result = invoke("reflect", "--answers", answers_file, "--output", out)
    assert result.exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Reflectie 2026-11-20: huisbezoek\n")
    assert (
        "| Respecteer ouders en jeugdigen als personen die het waard zijn om mee te werken "
        "| ✗ gemist |" in text
    )
    assert "\\# Ik ging snel \\| naar mijn zorgen." in text
    assert "## Vragen voor het volgende gesprek" in text
    assert "Voornemen: Volgende keer eerst vragen wat goed gaat." in text


@pytest.mark.parametrize(
    "text,expected",
    [
        ("answers: {respect.luisteren: nee}\n", ":1: unknown check question 'respect.luisteren'"),
        (
            "answers:\n  respect.listened: misschien\n",
            ":2: 'misschien' for 'respect.listened' is not an answer",
        ),
        ("scenario: blij\n", ":1: unknown scenario 'blij'"),
        ("notes: {vriendelijk: hoi}\n", ":1: note on unknown principle 'vriendelijk'"),
        ("context: {date: gisteren}\n", ":1: 'gisteren' is not a date"),
        ("antwoorden: {}\n", ":1: unknown field 'antwoorden'"),
        ("- respect.listened\n", ":1: the answers file must be a mapping"),
        ("answers: {respect.listened: nee\n", ":2: not valid YAML"),
    ],
)
def test_bad_answers_file(invoke, tmp_path, text, expected):
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    result = invoke("--lang", "en", "reflect", "--answers", path)
    assert result.exit_code == 2
    assert "Traceback" not in result.output
    assert f"{path}{expected}" in result.stderr


def test_answers_file_reports_all_problems(invoke, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(
        "scenario: blij\nanswers: {respect.nope: ja, details.concrete: soms}\n", encoding="utf-8"
    )
    result = invoke("--lang", "en", "reflect", "--answers", path)
    assert result.exit_code == 2
    assert result.stderr.count(str(path)) == 3


def test_missing_answers_file(invoke, tmp_path):
    result = invoke("reflect", "--answers", tmp_path / "weg.yaml")
    assert result.exit_code == 2
    assert "bestand niet gevonden" in result.stderr


def test_unknown_set_and_scenario(invoke, answers_file):
    result = invoke("reflect", "--answers", answers_file, "--set", "nope")
    assert result.exit_code == 2 and "Onbekende set 'nope'" in result.stderr
    result = invoke("reflect", "--answers", answers_file, "--scenario", "blij")
    assert result.exit_code == 2 and "Onbekend verloop 'blij'" in result.stderr


def test_bad_lang(invoke):
    result = invoke("--lang", "fr", "principles", "list")
    assert result.exit_code == 2 and "Onbekende taal 'fr'" in result.stderr


def test_reflect_without_terminal_explains(invoke):
    result = invoke("reflect", input="")
    assert result.exit_code == 2
    assert "--answers" in result.stderr


def test_set_all_groups_by_set(invoke, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(
        "set: all\nanswers: {respect.listened: nee, network.asked-network: nee}\n", encoding="utf-8"
    )
    data = json.loads(invoke("reflect", "--answers", path, "--json").stdout)
    assert data["sets"] == ["partnerschap", "client-perspective"]
    missed = [(f["set"], f["principle"]) for f in data["findings"] if f["status"] == "missed"]
    assert missed == [("partnerschap", "respect"), ("client-perspective", "network")]


def test_principles_list_and_json(invoke):
    result = invoke("principles", "list")
    assert result.exit_code == 0
    assert "Zoek altijd naar de details en naar uitzonderingen" in result.stdout
    assert "client-perspective" in result.stdout and "meegeleverd" in result.stdout
    data = json.loads(invoke("--lang", "en", "principles", "list", "--json").stdout)
    assert data["set"] == "partnerschap"
    first = data["principles"][0]
    assert first["id"] == "respect"
    assert first["checks"][0] == {"id": "respect.listened", "text": first["checks"][0]["text"]}
    assert first["checks"][0]["text"].startswith("Did you")
    assert len(first["example_questions"]) >= 3


def test_principles_list_other_set(invoke):
    data = json.loads(invoke("principles", "list", "--set", "client-perspective", "--json").stdout)
    assert data["principles"][2]["id"] == "plain-language"


def test_principles_show(invoke):
    result = invoke("principles", "show", "details")
    assert result.exit_code == 0
    assert "details.exceptions" in result.stdout
    assert "Hoe vaak gebeurt dat eigenlijk?" in result.stdout
    data = json.loads(invoke("principles", "show", "network", "--json").stdout)
    assert data["set"] == "client-perspective"
    result = invoke("principles", "show", "nope")
    assert result.exit_code == 2 and "Onbekend uitgangspunt 'nope'" in result.stderr


def test_principles_validate(invoke, tmp_path):
    good = tmp_path / "goed.yaml"
    good.write_text(MINIMAL, encoding="utf-8")
    bad = tmp_path / "fout.yaml"
    bad.write_text(MINIMAL.replace("focus: [luisteren.listened]", "focus: [x.y]"), encoding="utf-8")
    result = invoke("principles", "validate", good)
    assert result.exit_code == 0 and "in orde (1 uitgangspunt)" in result.stdout
    result = invoke("--lang", "en", "principles", "validate", good, bad)
    assert result.exit_code == 2
    assert f"{bad}:23: scenario 'angry' names an unknown check 'x.y'" in result.stderr
    data = json.loads(invoke("principles", "validate", bad, "--json").stdout)
    assert data["valid"] is False
    assert data["files"][0]["problems"][0]["line"] == 23
    assert data["files"][0]["problems"][0]["ref"] == "x.y"


def test_user_set_appears_and_broken_one_is_skipped(invoke, isolated_home):
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    (folder / "team.yaml").write_text(MINIMAL, encoding="utf-8")
    (folder / "kapot.yaml").write_text("id: [\n", encoding="utf-8")
    result = invoke("principles", "list", "--set", "mijnset")
    assert result.exit_code == 0
    assert "Luister" in result.stdout
    assert "kapot.yaml" in result.stderr and "Overgeslagen" in result.stderr
    listing = invoke("principles", "list").stdout
    assert "gebruikersmap" in listing


def test_principles_dir_option_and_env(invoke, tmp_path, monkeypatch):
    folder = tmp_path / "extra"
    folder.mkdir()
    (folder / "team.yaml").write_text(MINIMAL, encoding="utf-8")
    assert invoke("principles", "list", "--set", "mijnset", "--principles", folder).exit_code == 0
    monkeypatch.setenv("PARTNERSCHAP_PRINCIPLES", str(folder))
    assert invoke("principles", "list", "--set", "mijnset").exit_code == 0


def test_version_fast_path_imports_no_cli(tmp_path):
    import subprocess
    import sys

    code = (
        "import sys; sys.argv = ['partnerschap', '--version'];"
        "from partnerschap.__main__ import main; main();"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('typer', 'rich', 'yaml', 'questionary', 'sqlite3', 'sqlcipher3', 'keyring')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.startswith("partnerschap 0.")
    assert out.splitlines()[1] == "[]"


def test_help_imports_no_yaml_questionary_or_store():
    import subprocess
    import sys

    code = (
        "import sys; sys.argv = ['partnerschap', '--help'];"
        "from partnerschap.__main__ import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('yaml', 'questionary', 'prompt_toolkit', 'sqlite3', 'deduce', 'sqlcipher3',"
        " 'keyring')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert "reflect" in out
    assert out.splitlines()[-1] == "[]"


@pytest.mark.parametrize(
    ("word", "scenario"),
    [
        ("boos", "angry"),
        ("opgelucht", "relieved"),
        ("geen-vertrouwen", "no-trust"),
        ("Anders", "other"),
        ("angry", "angry"),
    ],
)
def test_scenario_in_dutch_words(invoke, answers_file, word, scenario):
    result = invoke("reflect", "--answers", answers_file, "--scenario", word, "--json", "--no-save")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scenario"] == scenario


def test_scenario_in_dutch_words_in_an_answers_file(invoke, tmp_path):
    path = tmp_path / "a.yaml"
    path.write_text(
        "scenario: geen-vertrouwen\nanswers: {choices.offered: nee}\n", encoding="utf-8"
    )
    result = invoke("reflect", "--answers", path, "--json", "--no-save")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["scenario"] == "no-trust"
