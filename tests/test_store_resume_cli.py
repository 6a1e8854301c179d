"""Ctrl-C halfway through `partnerschap reflect`, then start again and resume: with real
keystrokes through questionary (prompt_toolkit pipe input) and the real command."""

from __future__ import annotations

from partnerschap.log.store import Filters, Store
from partnerschap.reflection.engine import choose_sets
from partnerschap.sets.catalog import load_catalog

ENTER = "\r"
DOWN = "\x1b[B"
CTRL_C = "\x03"


PLAN = choose_sets(load_catalog(), "partnerschap")
FOCUS = list(PLAN.scenario("angry").focus)


def start_keys() -> str:
    """Date (today), kind, participants, scenario 'angry' (the second)."""
    return ENTER + "huisbezoek" + ENTER + "moeder, vader" + ENTER + DOWN * 2 + ENTER


def check_keys() -> list[str]:
    """One entry per prompt after the scenario in a --quick reflection: checks and notes."""
    last = {ref.split(".")[0]: ref for ref in FOCUS}
    keys = []
    for i, ref in enumerate(FOCUS):
        keys.append(("n" if i % 2 == 0 else "j") + ENTER)
        if last[ref.split(".")[0]] == ref:
            keys.append(f"notitie {ref.split('.')[0]} | #" + ENTER)
    return keys


END_KEYS = ENTER + "Eerst vragen wat goed gaat" + ENTER  # no questions chosen; intention


def drafts():
    with Store.open(create=False) as store:
        return list(store.iter_reflections(Filters(drafts=True)))


def finished():
    with Store.open(create=False) as store:
        return list(store.iter_reflections())


def stop_halfway(invoke, keyboard, answered: int) -> str:
    keys = check_keys()
    keyboard(start_keys() + "".join(keys[:answered]) + CTRL_C)
    result = invoke("reflect", "--quick")
    assert result.exit_code == 130, result.output
    assert "Traceback" not in result.output
    [draft] = drafts()
    return draft.id


def test_ctrl_c_keeps_a_draft_and_says_how_to_resume(invoke, keyboard):
    draft_id = stop_halfway(invoke, keyboard, 3)
    [draft] = drafts()
    assert draft.context.kind == "huisbezoek"
    assert draft.context.participants == ["moeder", "vader"]
    assert draft.scenario == "angry" and draft.quick
    assert len(draft.asked) >= 2 and draft.answers
    assert finished() == []
    result_text = invoke("log", "list", "--drafts").stdout
    assert draft_id in result_text


def test_start_again_offers_the_draft_and_resumes(invoke, keyboard):
    keys = check_keys()
    stop_halfway(invoke, keyboard, 3)
    [draft] = drafts()
    # Start again: accept the offer (Enter = yes), then answer only what is left.
    keyboard(ENTER + "".join(keys[3:]) + END_KEYS)
    result = invoke("reflect")
    assert result.exit_code == 0, result.output
    assert "onafgemaakte reflectie" not in result.stderr
    assert f"Verder met concept {draft.id}" in result.stdout
    assert f"Opgeslagen in je logboek met id {draft.id}" in result.stderr
    assert drafts() == []
    [done] = finished()
    assert done.id == draft.id
    assert done.context.participants == ["moeder", "vader"]  # answers from before Ctrl-C kept
    assert set(done.answers) == set(FOCUS)
    assert all(note.startswith("notitie") for note in done.notes.values())
    assert done.next_step.intention == "Eerst vragen wat goed gaat"
    expected = {ref: ("no" if i % 2 == 0 else "yes") for i, ref in enumerate(FOCUS)}
    assert {ref: answer.value for ref, answer in done.answers.items()} == expected


def test_resume_option_resumes_the_latest_without_asking(invoke, keyboard):
    keys = check_keys()
    stop_halfway(invoke, keyboard, 1)
    keyboard("".join(keys[1:]) + END_KEYS)
    result = invoke("reflect", "--resume")
    assert result.exit_code == 0, result.output
    assert drafts() == [] and len(finished()) == 1


def test_ctrl_c_again_while_resuming_keeps_the_draft(invoke, keyboard):
    keys = check_keys()
    draft_id = stop_halfway(invoke, keyboard, 1)
    keyboard("".join(keys[1:3]) + CTRL_C)
    result = invoke("reflect", "--resume")
    assert result.exit_code == 130
    assert f"concept {draft_id}" in result.stderr
    [draft] = drafts()
    assert draft.id == draft_id and len(draft.answers) >= 2


def test_declining_the_offer(invoke, keyboard):
    draft_id = stop_halfway(invoke, keyboard, 1)
    # No, and keep it for later (Enter = yes): a new reflection starts; stop at once.
    keyboard("n" + ENTER + CTRL_C)
    result = invoke("reflect")
    assert result.exit_code == 130
    assert f"Concept {draft_id} blijft bewaard" in result.stderr
    assert [d.id for d in drafts()] == [draft_id]
    # No, and do not keep it: the draft is discarded.
    keyboard("n" + "n" + CTRL_C)
    result = invoke("reflect")
    assert f"Concept {draft_id} weggegooid" in result.stderr
    assert "Er is niets opgeslagen" in result.stderr
    assert drafts() == []


def test_ctrl_c_at_the_offer_keeps_the_draft(invoke, keyboard):
    draft_id = stop_halfway(invoke, keyboard, 1)
    keyboard(CTRL_C)
    result = invoke("reflect")
    assert result.exit_code == 130
    assert draft_id in result.stderr
    assert [d.id for d in drafts()] == [draft_id]


def test_resume_without_a_draft(invoke, keyboard):
    keyboard("")
    result = invoke("reflect", "--resume")
    assert result.exit_code == 2
    assert "geen onafgemaakte reflectie" in result.stderr


def test_no_save_keeps_no_draft(invoke, keyboard, isolated_home):
    keyboard(start_keys() + "n" + ENTER + CTRL_C)
    result = invoke("reflect", "--quick", "--no-save")
    assert result.exit_code == 130
    assert "Er is niets opgeslagen" in result.stderr
    assert not (isolated_home / "partnerschap.db").exists()


def test_the_draft_counts_answers_and_notes_apart(invoke, keyboard):
    keys = check_keys()
    upto = next(i for i, key in enumerate(keys) if key.startswith("notitie")) + 1
    stop_halfway(invoke, keyboard, upto)
    [draft] = drafts()
    assert len(draft.notes) == 1
    keyboard(ENTER + "".join(keys[upto:]) + END_KEYS)
    result = invoke("reflect")
    assert result.exit_code == 0, result.output
    answers = f"{upto - 1} antwoorden" if upto > 2 else "1 antwoord"
    assert f"huisbezoek, {answers} en 1 notitie)" in result.stdout
