"""``partnerschap drill`` without a terminal: --list --json, --answers, results, errors."""

from __future__ import annotations

import json

import pytest


def listed(invoke, *args: str) -> dict:
    result = invoke("drill", "--list", "--json", *args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def right_answers(data: dict) -> list[int]:
    return [item["correct"] for item in data["items"]]


def test_help_shows_options_and_the_report_subcommand(invoke):
    result = invoke("drill", "--help")
    assert result.exit_code == 0, result.output
    for option in (
        "--rounds",
        "--set",
        "--principle",
        "--type",
        "--seed",
        "--name",
        "--results",
        "--list",
        "--json",
        "--answers",
        "--class",
        "--timer",
    ):
        assert option in result.stdout, option
    assert "report" in result.stdout
    result = invoke("drill", "report", "--help")
    assert result.exit_code == 0 and "--output" in result.stdout
    assert "drill" in invoke("--help").stdout


def test_list_json_is_reproducible(invoke):
    first = listed(invoke, "--rounds", "5", "--seed", "abc")
    assert first == listed(invoke, "--rounds", "5", "--seed", "abc")
    assert first["seed"] == "abc" and first["count"] == 5
    item = first["items"][0]
    assert set(item) >= {"id", "type", "set", "principles", "vignette", "options", "correct"}
    assert [o["number"] for o in item["options"]] == [1, 2, 3, 4]
    assert item["options"][item["correct"] - 1]["correct"] is True
    other = listed(invoke, "--rounds", "5", "--seed", "abd")
    assert [i["id"] for i in other["items"]] != [i["id"] for i in first["items"]]


def test_list_filters(invoke):
    data = listed(invoke, "--set", "client-perspective", "--type", "better", "-n", "50")
    assert data["items"] and data["count"] == len(data["items"])
    assert {i["set"] for i in data["items"]} == {"client-perspective"}
    assert {i["type"] for i in data["items"]} == {"better"}
    data = listed(invoke, "--principle", "respect", "-n", "50")
    assert all("respect" in i["principles"] for i in data["items"])
    assert data["filters"] == {"sets": None, "principles": ["respect"], "type": None}


def test_list_in_english(invoke):
    nl = listed(invoke, "--seed", "1", "-n", "2")
    en = listed(invoke, "--seed", "1", "-n", "2", "--lang", "en")
    assert [i["id"] for i in nl["items"]] == [i["id"] for i in en["items"]]
    assert nl["items"][0]["vignette"] != en["items"][0]["vignette"]
    assert nl["items"][0]["options"][0]["text"] != en["items"][0]["options"][0]["text"]


def test_list_as_text(invoke):
    result = invoke("drill", "--list", "--seed", "1", "-n", "2")
    assert result.exit_code == 0, result.output
    assert "2 oefeningen (oefenset 1)" in result.stdout
    assert "   1) " in result.stdout and "   4) " in result.stdout


def test_answers_score_and_save(invoke, isolated_home, tmp_path):
    data = listed(invoke, "--seed", "7", "-n", "4")
    answers = right_answers(data)
    answers[1] = answers[1] % 4 + 1  # one wrong
    target = tmp_path / "voor-trainer.json"
    result = invoke(
        "drill",
        "--seed",
        "7",
        "-n",
        "4",
        "--answers",
        ",".join(map(str, answers)),
        "--name",
        "Noor",
        "--results",
        target,
    )
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert out.count("✓ Goed!") == 3 and out.count("✗ Niet goed.") == 1
    assert "Je score: 3 van 4 goed" in out
    assert "Het juiste antwoord:" in out
    assert out.count("Jouw antwoord: ") == 4 and "   4) " not in out and "│  4) " in out
    assert "Vragen die helpen bij" in out
    saved = list((isolated_home / "drills").glob("*.json"))
    assert len(saved) == 1
    assert json.loads(saved[0].read_text()) == json.loads(target.read_text())
    results = json.loads(target.read_text())
    assert results["trainee"] == "Noor" and results["seed"] == "7"
    assert [i["id"] for i in results["items"]] == [i["id"] for i in data["items"]]
    assert [i["chosen_number"] for i in results["items"]] == answers
    assert [i["correct"] for i in results["items"]] == [True, False, True, True]
    assert results["summary"]["right"] == 3 and results["summary"]["total"] == 4
    assert results["banks"][0]["id"] == "drills" and results["banks"][0]["digest"]
    assert str(target) in result.stderr


def test_answers_json_and_no_save(invoke, isolated_home):
    data = listed(invoke, "--seed", "8", "-n", "3", "--type", "better")
    result = invoke(
        "drill",
        "--seed",
        "8",
        "-n",
        "3",
        "--type",
        "better",
        "--json",
        "--no-save",
        "--answers",
        ",".join(map(str, right_answers(data))),
    )
    assert result.exit_code == 0, result.output
    results = json.loads(result.stdout)
    assert results["summary"]["right"] == 3 and results["trainee"] is None
    assert results["filters"]["type"] == "better"
    assert not (isolated_home / "drills").exists()


def test_answers_in_english(invoke):
    data = listed(invoke, "--seed", "9", "-n", "2", "--lang", "en")
    result = invoke(
        "--lang",
        "en",
        "drill",
        "--seed",
        "9",
        "-n",
        "2",
        "--no-save",
        "--answers",
        ",".join(str(n % 4 + 1) for n in right_answers(data)),
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.count("✗ Not quite.") == 2
    assert "Your score: 0 of 2 right" in result.stdout
    assert "Right answer:" in result.stdout
    assert data["items"][0]["vignette"].splitlines()[0][:40] in result.stdout.replace("\n", " ")


@pytest.mark.parametrize(
    "args,message",
    [
        (
            ["--answers", "1,2"],
            "Het aantal antwoorden (2) past niet bij het aantal oefeningen (10)",
        ),
        (["-n", "2", "--answers", "1,7"], "'7' is geen antwoord"),
        (["--set", "nope", "--list"], "Geen oefeningen bij set 'nope'"),
        (["--principle", "nope", "--list"], "Onbekend uitgangspunt 'nope'"),
        (["--class", "--answers", "1"], "--class en --answers gaan niet samen"),
        (["--class", "--name", "Sam"], "--class en --name gaan niet samen"),
        (["--list", "--answers", "1"], "--list en --answers gaan niet samen"),
        (["--timer", "30"], "--timer werkt alleen met --class"),
        (["--json"], "--json werkt alleen met --list of --answers"),
        ([], "Geen terminal om vragen te stellen"),
        (["--class"], "Geen terminal om vragen te stellen"),
    ],
)
def test_errors_exit_2_with_a_message(invoke, args, message):
    result = invoke("drill", *args)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_bad_type_and_rounds_are_refused_by_the_parser(invoke):
    assert invoke("drill", "--type", "quiz", "--list").exit_code == 2
    assert invoke("drill", "--rounds", "0", "--list").exit_code == 2


def test_broken_user_bank_is_named_and_the_rest_still_works(invoke, isolated_home):
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    (folder / "drills-kapot.yaml").write_text("id: kapot\nitems: [\n", encoding="utf-8")
    result = invoke("drill", "--list", "--json", "-n", "1")
    assert result.exit_code == 0, result.output
    assert "drills-kapot.yaml:" in result.stderr
    assert json.loads(result.stdout)["count"] == 1


def test_validate_command(invoke, tmp_path):
    from partnerschap.sets.loader import bundled_dir

    bundled = bundled_dir() / "drills.yaml"
    result = invoke("drill", "validate", bundled)
    assert result.exit_code == 0, result.output
    assert f"{bundled}: in orde (" in result.stdout
    broken = tmp_path / "drills-kapot.yaml"
    text = bundled.read_text("utf-8").replace("principles: [respect]", "principles: [respekt]", 1)
    broken.write_text(text, "utf-8")
    line = text[: text.index("[respekt]")].count("\n") + 1
    result = invoke("--lang", "en", "drill", "validate", broken)
    assert result.exit_code == 2
    assert f"{broken}:{line}: item 'spot-bedtime-respect' names principle 'respekt'" in (
        result.stderr
    )
    data = json.loads(invoke("drill", "validate", bundled, broken, "--json").stdout)
    assert data["valid"] is False
    assert [f["valid"] for f in data["files"]] == [True, False]
    assert data["files"][1]["problems"][0]["line"] == line
