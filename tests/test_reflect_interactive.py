"""The interactive reflection, driven by real keystrokes through questionary.

prompt_toolkit's pipe input receives exactly what a person would type; the flow runs through
the real ``partnerschap reflect`` command.
"""

from __future__ import annotations

import datetime as dt

from partnerschap.reflection.engine import Answer, choose_sets
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
    keys += DOWN * (scenarios.index(scenario) + 1) + ENTER  # nothing pointed at first
    focus: list[str] = []
    for principle, refs in plan.ordered_principles(scenario, quick=True):
        keys += (answer_key + ENTER) * len(refs)
        keys += ("Ik was te snel" if principle.id == "respect" else "") + ENTER
        focus += refs
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
        "\x7f" * 10 + "2026-11-20" + ENTER + "phone call" + ENTER + "mother" + ENTER + DOWN + ENTER
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


def test_enter_alone_picks_no_answer(invoke, keyboard, isolated_home):
    """A check has no pre-selected answer: Enter before choosing does nothing."""
    keys = ENTER + "huisbezoek" + ENTER + "moeder" + ENTER + DOWN * 2 + ENTER  # angry
    plan = choose_sets(load_catalog(), "partnerschap")
    headings = []
    for principle, refs in plan.ordered_principles("angry", quick=True):
        headings.append(principle.title.get("nl"))
        for _ref in refs:
            keys += ENTER + "n" + ENTER  # Enter alone first: nothing is chosen yet
        keys += ENTER  # no note
    keys += ENTER + ENTER  # no questions, no intention
    keyboard(keys)
    result = invoke("reflect", "--quick")
    assert result.exit_code == 0, result.output
    from partnerschap.log.store import Store

    with Store.open() as store:
        (saved,) = list(store.iter_reflections())
    assert set(saved.answers.values()) == {Answer.NO}
    assert len(saved.answers) == len(plan.scenario("angry").focus)
    assert saved.notes == {}
    # the principles' headings come in asking order, each once
    places = [result.stdout.index(title) for title in headings]
    assert places == sorted(places)


def test_enter_alone_picks_no_scenario(invoke, keyboard, isolated_home):
    """How the conversation went has no pre-selected answer either: a tired Enter used to
    record "Ouders zijn opgelucht" (and ask its strength question)."""
    keys, _ = quick_keys("angry", "n")
    context = ENTER + "huisbezoek" + ENTER + "moeder, vader" + ENTER
    assert keys.startswith(context)
    keys = context + ENTER + keys[len(context) :]  # Enter alone first: nothing chosen yet
    keys += ENTER + ENTER  # no questions, no intention
    keyboard(keys)
    result = invoke("reflect", "--quick")
    assert result.exit_code == 0, result.output
    assert "Ouders worden boos" in result.stdout
    assert "opgelucht" not in result.stdout
