"""Nothing typed is lost: the flow writes a draft after every answer; stopping at any prompt
leaves one, and resuming restores everything and continues at the first unanswered step."""

from __future__ import annotations

import pytest

from partnerschap.log.store import Store
from partnerschap.prompts import PromptAborted, ScriptedPrompter
from partnerschap.reflection.engine import choose_sets
from partnerschap.reflection.flow import ReflectionFlow
from partnerschap.reflection.record import Reflection
from partnerschap.sets.catalog import load_catalog

PLAN = choose_sets(load_catalog(), "partnerschap")
SCRIPT = {
    "context.date": "20-11-2026",
    "context.kind": "huisbezoek",
    "context.participants": "moeder, vader",
    "scenario": "relieved",
    **{
        f"check:{ref}": ("no" if i % 3 == 0 else "partly" if i % 3 == 1 else "yes")
        for i, ref in enumerate(PLAN.check_refs())
    },
    **{f"note:{p.id}": f"Notitie bij {p.id}: | # niet kwijt" for p in PLAN.principles()},
    "strengths": "Ik liet stiltes vallen",
    "next.questions": [],
    "next.intention": "Eerst vragen wat goed gaat",
}


def full_run() -> tuple[Reflection, list[str]]:
    prompter = ScriptedPrompter(SCRIPT, strict=True)
    reflection = ReflectionFlow(PLAN, prompter, lang="nl").run()
    return reflection, prompter.asked


FULL, KEYS = full_run()


def comparable(reflection: Reflection) -> dict:
    data = reflection.to_json()
    for key in ("id", "created", "updated"):
        data.pop(key)
    return data


def test_every_prompt_has_a_key():
    assert KEYS[:4] == ["context.date", "context.kind", "context.participants", "scenario"]
    assert KEYS[-2:] == ["next.questions", "next.intention"]
    assert "strengths" in KEYS and len(KEYS) > 30


@pytest.mark.parametrize("stop_at", range(len(KEYS)), ids=lambda i: KEYS[i])
def test_stop_anywhere_then_resume(isolated_home, stop_at):
    key = KEYS[stop_at]
    with Store.open() as store:
        reflection = Reflection(language="nl")
        reflection.record_sets(PLAN)
        flow = ReflectionFlow(
            PLAN, ScriptedPrompter(SCRIPT, abort_at=key), lang="nl", on_change=store.save
        )
        with pytest.raises(PromptAborted):
            flow.run(reflection)
        draft = store.latest_draft()
        if stop_at == 0:
            assert draft is None  # nothing was typed yet
            return
        # The draft holds exactly what was answered before the stop.
        assert draft is not None and not draft.complete
        assert draft.to_json() == reflection.to_json()

    # A new process: open the store again and resume.
    with Store.open() as store:
        draft = store.latest_draft()
        prompter = ScriptedPrompter(SCRIPT, strict=True)
        done = ReflectionFlow(PLAN, prompter, lang="nl", on_change=store.save).run(draft)
        assert prompter.asked == KEYS[stop_at:]  # continues at the first unanswered step
        assert comparable(done) == comparable(FULL)  # every answer and note restored
        assert store.latest_draft() is None
        assert store.get(draft.id).complete
        assert store.count() == 1


def test_draft_is_written_after_every_answer(isolated_home):
    counts: list[int] = []
    with Store.open() as store:

        def save(reflection: Reflection) -> None:
            store.save(reflection)
            stored = store.get(reflection.id)
            counts.append(len(stored.answers) + len(stored.noted))
            assert stored.to_json() == reflection.to_json()

        ReflectionFlow(PLAN, ScriptedPrompter(SCRIPT), lang="nl", on_change=save).run()
    assert counts == sorted(counts) and counts[-1] == len(PLAN.check_refs()) + 8
    assert len(counts) >= len(KEYS)
