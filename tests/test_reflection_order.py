"""Every check is asked under the heading of its own principle, and every note prompt names
the principle it is stored under: for every scenario, with and without --quick, and after
a resume at any step (issue 14, item 1)."""

from __future__ import annotations

import pytest

from partnerschap.messages import t
from partnerschap.prompts import PromptAborted, ScriptedPrompter
from partnerschap.reflection.engine import choose_sets
from partnerschap.reflection.flow import ReflectionFlow
from partnerschap.reflection.record import Reflection
from partnerschap.sets.catalog import load_catalog

CATALOG = load_catalog()
PLANS = {set_id: choose_sets(CATALOG, set_id) for set_id in ("partnerschap", "all")}
CASES = [
    (set_id, scenario, quick, lang)
    for set_id, plan in PLANS.items()
    for scenario in plan.scenario_ids()
    for quick in (False, True)
    for lang in ("nl", "en")
    if not (quick and not plan.scenario(scenario).focus)
]


class Recorder(ScriptedPrompter):
    """Keeps every prompt with the heading shown above it."""

    def __init__(self, answers, events, **kwargs):
        super().__init__(answers, **kwargs)
        self.events = events

    def select(self, key, message, choices, default=None, instruction=None, preselect=True):
        self.events.append(("prompt", key, message))
        return super().select(key, message, choices, default, instruction, preselect)

    def text(self, key, message, default="", instruction=None, validate=None, multiline=False):
        self.events.append(("prompt", key, message))
        return super().text(key, message, default, instruction, validate, multiline)


class Headings:
    def __init__(self, events):
        self.events = events

    def principle_intro(self, principle, reflection):
        self.events.append(("heading", principle.id, ""))

    def findings(self, reflection, plan):
        pass


def script(plan, scenario):
    answers = {
        "context.date": "2026-11-20",
        "context.kind": "huisbezoek",
        "context.participants": "moeder",
        "scenario": scenario,
        "strengths": "",
        "next.questions": [],
        "next.intention": "",
    }
    answers.update({f"check:{ref}": "partly" for ref in plan.check_refs()})
    answers.update({f"note:{p.id}": f"over {p.id}" for p in plan.principles()})
    return answers


def check_events(plan, events, lang):
    """Each check and note follows the heading of its own principle; a note names it."""
    heading = None
    for kind, key, message in events:
        if kind == "heading":
            heading = key
            continue
        if key.startswith("check:"):
            assert heading == key[6:].split(".")[0], (key, heading)
        elif key.startswith("note:"):
            principle = plan.principle(key[5:])
            assert heading == principle.id, (key, heading)
            assert principle.title.get(lang) in message, message
            assert message != t("prompt.note", lang, principle="").strip()
        else:
            heading = None  # context, scenario, strengths, next step: outside any principle


def principle_order(plan, events):
    return [key for kind, key, _ in events if kind == "heading"]


@pytest.mark.parametrize(("set_id", "scenario", "quick", "lang"), CASES)
def test_checks_under_their_principle(set_id, scenario, quick, lang):
    plan = PLANS[set_id]
    events: list = []
    prompter = Recorder(script(plan, scenario), events, strict=True)
    reflection = ReflectionFlow(plan, prompter, lang=lang, presenter=Headings(events)).run(
        quick=quick
    )
    check_events(plan, events, lang)
    order = principle_order(plan, events)
    assert len(order) == len(set(order)), order  # each principle's checks asked together
    focus = plan.scenario(scenario).focus
    focus_principles = list(dict.fromkeys(ref.split(".")[0] for ref in focus))
    assert order[: len(focus_principles)] == focus_principles
    if quick:
        assert order == focus_principles
        assert sorted(reflection.asked) == sorted(focus)
    else:
        rest = [p.id for p in plan.principles() if p.id not in focus_principles]
        assert order == focus_principles + rest
        assert sorted(reflection.asked) == sorted(plan.check_refs())
    # within a principle its own focus checks come first
    asked = [key[6:] for kind, key, _ in events if key.startswith("check:")]
    for pid in order:
        mine = [ref for ref in asked if ref.split(".")[0] == pid]
        own_focus = [ref for ref in focus if ref.split(".")[0] == pid]
        assert mine[: len(own_focus)] == own_focus
    # the notes are stored under the principle the prompt named
    assert reflection.notes == {pid: f"over {pid}" for pid in order}


RESUME_CASES = [
    (scenario, quick)
    for scenario in PLANS["partnerschap"].scenario_ids()
    for quick in (False, True)
    if not (quick and scenario == "other")
]


@pytest.mark.parametrize(("scenario", "quick"), RESUME_CASES)
def test_resume_at_every_step_keeps_the_headings(scenario, quick):
    plan = PLANS["partnerschap"]
    answers = script(plan, scenario)
    full = Recorder(answers, [], strict=True)
    ReflectionFlow(plan, full, lang="nl").run(quick=quick)
    for stop_at in full.asked[1:]:
        kept: list[dict] = []
        first = ReflectionFlow(
            plan,
            ScriptedPrompter(answers, abort_at=stop_at),
            lang="nl",
            on_change=lambda r, kept=kept: kept.append(r.to_json()),
        )
        with pytest.raises(PromptAborted):
            first.run(quick=quick)
        draft = Reflection.from_json(kept[-1])
        events: list = []
        prompter = Recorder(answers, events, strict=True)
        done = ReflectionFlow(plan, prompter, lang="nl", presenter=Headings(events)).run(draft)
        assert prompter.asked == full.asked[full.asked.index(stop_at) :], stop_at
        check_events(plan, events, "nl")
        noted = [key[5:] for key in full.asked if key.startswith("note:")]
        assert done.notes == {pid: f"over {pid}" for pid in noted}


class Hints(ScriptedPrompter):
    """Keeps the instruction shown with every free-text question."""

    def __init__(self, answers, **kwargs):
        super().__init__(answers, **kwargs)
        self.hints: dict[str, str | None] = {}

    def text(self, key, message, default="", instruction=None, validate=None, multiline=False):
        self.hints[key] = instruction
        return super().text(key, message, default, instruction, validate, multiline)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("scenario", ["relieved", "angry", "no-trust", "other"])
def test_every_free_text_question_says_what_enter_alone_does(scenario, lang):
    plan = PLANS["partnerschap"]
    prompter = Hints(script(plan, scenario), strict=True)
    ReflectionFlow(plan, prompter, lang=lang, presenter=Headings([])).run()
    if plan.scenario(scenario).strength_question:
        assert "strengths" in prompter.hints
    for key, hint in prompter.hints.items():
        if key == "context.date":
            continue  # its default is shown as the answer itself
        assert hint and "Enter =" in hint, (key, hint)
