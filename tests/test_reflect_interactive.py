"""The interactive reflection, driven by real keystrokes through questionary.

prompt_toolkit's pipe input receives exactly what a person would type; the flow runs through
the real ``partnerschap reflect`` command.
"""

from __future__ import annotations

import datetime as dt

from partnerschap.reflection.engine import choose_sets
from partnerschap.sets.catalog import load_catalog

ENTER = "\r"
DOWN = "\x1b[B"
CTRL_C = "\x03"
SPACE = " "


def quick_keys(scenario: str, answer_key: str, lang: str = "nl") -> tuple[str, list[str]]:
    """Keystrokes for a --quick reflection answering every focus check with one key."""
    plan = choose_sets(load_catalog(), "partnerschap")
    scenarios = plan.scenario_ids()
    keys = ENTER  # date: today
    keys += "huisbezoek" + ENTER
    keys += "moeder, vader" + ENTER
    keys += DOWN * scenarios.index(scenario) + ENTER
    focus = list(plan.scenario(scenario).focus)
    last = {ref.split(".")[0]: ref for ref in focus}
    for ref in focus:
        keys += answer_key + ENTER
        if last[ref.split(".")[0]] == ref:
            keys += ("Ik was te snel" if ref.startswith("respect") else "") + ENTER
    return keys, focus


def test_quick_reflection_with_keystrokes(invoke, keyboard):
    keys, focus = quick_keys("angry", "n")
    keys += SPACE + ENTER  # choose the first suggested question
    keys += "Eerst vragen wat goed gaat" + ENTER
    keyboard(keys)
    result = invoke("reflect", "--quick", "--no-save")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Respecteer ouders en jeugdigen" in out  # principle intro and findings
    assert "✗ gemist" in out
    assert "Waarom is dit zo belangrijk voor u als ouders?" in out
    assert dt.date.today().isoformat() in out
    assert "moeder, vader" in out
    assert "Eerst vragen wat goed gaat" in out
    assert "Ouders worden boos" in out
    # only the focus checks were asked: 3 principles missed, the rest not asked
    assert "0 gelukt, 0 deels, 3 gemist, 0 nvt, 5 niet gevraagd" in out
    assert "• Waarom is dit zo belangrijk voor u als ouders?" in out.split("Samenvatting")[1]


def test_full_reflection_in_english(invoke, keyboard):
    plan = choose_sets(load_catalog(), "partnerschap")
    checks = plan.ordered_checks("relieved")
    keys = (
        "\x7f" * 10 + "2026-11-20" + ENTER + "phone call" + ENTER + "mother" + ENTER + ENTER
    )  # relieved
    principles_seen: list[str] = []
    last = {ref.split(".")[0]: ref for ref in checks}
    for ref in checks:
        keys += ("p" if ref == "details.concrete" else "y") + ENTER
        if last[ref.split(".")[0]] == ref:
            principles_seen.append(ref.split(".")[0])
            keys += ENTER  # no note
    keys += "I let silences fall" + ENTER  # strength question of 'relieved'
    keys += ENTER  # no questions chosen
    keys += ENTER  # no intention
    keyboard(keys)
    result = invoke("--lang", "en", "reflect")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "7 honoured, 1 partly, 0 missed" in out
    assert "◐ partly" in out
    assert "I let silences fall" in out
    assert "2026-11-20" in out and "phone call" in out
    assert len(principles_seen) == 8


def test_ctrl_c_ends_cleanly(invoke, keyboard):
    keyboard(ENTER + "huisbezoek" + ENTER + CTRL_C)
    result = invoke("reflect")
    assert result.exit_code == 130
    assert "Traceback" not in result.output
    assert result.stderr.strip()


def test_invalid_date_is_asked_again(invoke, keyboard):
    keys, _ = quick_keys("no-trust", "j")
    erase = "\x7f" * 10  # the date field starts with today's date
    keys = erase + "31-02-2026" + ENTER + erase + "01-02-2026" + keys
    keys += ENTER + ENTER
    keyboard(keys)
    result = invoke("reflect", "--quick")
    assert result.exit_code == 0, result.output
    assert "2026-02-01" in result.stdout
