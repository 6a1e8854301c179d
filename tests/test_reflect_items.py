"""Issue 14, the reflection items: saying what was not saved, transcript measures in the
log and export, drafts in the JSON backup, suggested questions that fit the family, and
transcript hints per check question."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_reflect_interactive import ENTER, SPACE, quick_keys

ANSWERS_WITH_PHONE = """\
set: partnerschap
scenario: angry
language: nl
context: {date: 2026-11-20, kind: huisbezoek, participants: [moeder]}
answers: {respect.listened: nee}
notes: {respect: "Moeder belde op 0612345678."}
"""


@pytest.fixture
def phone_answers(tmp_path: Path) -> Path:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(ANSWERS_WITH_PHONE, encoding="utf-8")
    return path


# ---------------------------------------------------------------- 18: --no-save says so


def test_no_save_with_answers_does_not_say_saved(invoke, phone_answers):
    result = invoke("reflect", "--answers", phone_answers, "--no-save")
    assert result.exit_code == 0, result.output
    assert "telefoonnummer" in result.stderr
    assert "opgeslagen zoals getypt" not in result.stderr.lower()
    assert "niet opgeslagen" in result.stderr
    assert "Opgeslagen in je logboek" not in result.output


def test_no_save_with_answers_in_english(invoke, phone_answers):
    result = invoke("--lang", "en", "reflect", "--answers", phone_answers, "--no-save")
    assert result.exit_code == 0, result.output
    assert "saved as typed" not in result.stderr.lower()
    assert "not saved" in result.stderr


def test_saved_with_answers_still_says_saved_as_typed(invoke, phone_answers):
    result = invoke("reflect", "--answers", phone_answers)
    assert result.exit_code == 0, result.output
    assert "opgeslagen zoals getypt" in result.stderr
    assert "Opgeslagen in je logboek" in result.stderr


def test_no_save_interactive_keep_as_typed_does_not_say_saved(invoke, keyboard):
    keys, _focus = quick_keys("angry", "n")
    keys = keys.replace("Ik was te snel", "Moeder belde op 0612345678")
    keys += SPACE + ENTER  # the first suggested question
    keys += ENTER  # no intention
    keyboard(keys)
    result = invoke("reflect", "--quick", "--no-save", "--privacy", "warn")
    assert result.exit_code == 0, result.output
    assert "telefoonnummer" in result.stdout or "0612345678" in result.stdout
    assert "Opgeslagen zoals getypt" not in result.output
    assert "niet opgeslagen" in result.output
