"""The reflection engine's status rules and suggestions, and the flow's asking order."""

from __future__ import annotations

import pytest

from partnerschap.errors import PartnerschapError
from partnerschap.prompts import PromptAborted, ScriptedPrompter
from partnerschap.reflection.engine import (
    Answer,
    ReflectionPlan,
    Status,
    choose_sets,
    evaluate,
    parse_answer,
    principle_status,
    suggestions_in_order,
)
from partnerschap.reflection.flow import ReflectionFlow
from partnerschap.reflection.record import Reflection
from partnerschap.sets.catalog import load_catalog

Y, P, N, NA = Answer.YES, Answer.PARTLY, Answer.NO, Answer.NA


@pytest.mark.parametrize(
    "answers,status",
    [
        ([], Status.NOT_ASKED),
        ([Y], Status.HONOURED),
        ([Y, Y, NA], Status.HONOURED),
        ([NA, NA], Status.NOT_APPLICABLE),
        ([Y, P], Status.PARTLY),
        ([P, NA], Status.PARTLY),
        ([Y, P, N], Status.MISSED),
        ([N], Status.MISSED),
        ([NA, N], Status.MISSED),
    ],
)
def test_status_rules(answers, status):
    assert principle_status(answers) is status


@pytest.mark.parametrize(
    "word,answer",
    [
        ("ja", Y),
        ("Yes", Y),
        (True, Y),
        ("deels", P),
        ("partly", P),
        ("nee", N),
        ("NO", N),
        (False, N),
        ("nvt", NA),
        ("n.v.t.", NA),
        ("na", NA),
        ("misschien", None),
        (3, None),
    ],
)
def test_answer_words_in_both_languages(word, answer):
    assert parse_answer(word) is answer


@pytest.fixture
def plan() -> ReflectionPlan:
    return choose_sets(load_catalog(), "partnerschap")


def test_findings_and_suggestions(plan):
    findings = evaluate(
        plan,
        {
            "respect.listened": N,
            "respect.their-view": Y,
            "details.concrete": P,
            "details.exceptions": Y,
            "choices.offered": Y,
            "child-central.who-keeps-safe": NA,
        },
    )
    by_id = {f.principle_id: f for f in findings}
    assert [f.principle_id for f in findings][:2] == ["respect", "person-not-abuse"]
    assert by_id["respect"].status is Status.MISSED
    assert by_id["details"].status is Status.PARTLY
    assert by_id["choices"].status is Status.HONOURED
    assert by_id["child-central"].status is Status.NOT_APPLICABLE
    assert by_id["small-steps"].status is Status.NOT_ASKED
    core = plan.sets[0]
    assert by_id["respect"].suggestions == core.principle("respect").example_questions[:3]
    assert by_id["choices"].suggestions == ()
    assert [f.principle_id for f in suggestions_in_order(findings)] == ["respect", "details"]


def test_missed_before_partly_in_set_order(plan):
    findings = evaluate(
        plan, {"respect.listened": P, "details.concrete": N, "small-steps.small-step": N}
    )
    assert [f.principle_id for f in suggestions_in_order(findings)] == [
        "details",
        "small-steps",
        "respect",
    ]
    assert all(len(f.suggestions) <= 3 for f in findings)


def test_unknown_check_is_an_error(plan):
    with pytest.raises(PartnerschapError) as info:
        evaluate(plan, {"respect.nope": Y})
    assert info.value.render("en") == "Unknown check question 'respect.nope'."


def test_scenario_focus_comes_first(plan):
    order = plan.ordered_checks("no-trust")
    focus = plan.scenario("no-trust").focus
    assert tuple(order[: len(focus)]) == focus
    assert sorted(order) == sorted(plan.check_refs())
    assert plan.ordered_checks("no-trust", quick=True) == list(focus)
    assert plan.ordered_checks("other") == plan.check_refs()


def test_combined_sets_keep_their_set_ids():
    plan = choose_sets(load_catalog(), "all")
    assert plan.set_ids == ("partnerschap", "client-perspective")
    findings = evaluate(plan, {"respect.listened": N, "plain-language.everyday-words": N})
    assert {f.set_id for f in findings if f.status is Status.MISSED} == {
        "partnerschap",
        "client-perspective",
    }
    angry = plan.scenario("angry")
    assert "respect.listened" in angry.focus
    assert "plain-language.jargon-explained" in angry.focus


def test_unknown_set(plan):
    with pytest.raises(PartnerschapError) as info:
        choose_sets(load_catalog(), "bestaat-niet")
    assert "Unknown set 'bestaat-niet'" in info.value.render("en")


def test_flow_asks_in_order_and_records_everything(plan):
    prompter = ScriptedPrompter(
        {
            "context.date": "20-11-2026",
            "context.kind": "huisbezoek",
            "context.participants": "moeder, vader; oma",
            "scenario": "relieved",
            "check:respect.listened": "yes",
            "check:signs-of-safety.compliments": "no",
            "note:signs-of-safety": "Geen compliment gegeven.",
            "strengths": "Ik liet stiltes vallen.",
            "next.questions": ["Wanneer gaat het wel goed thuis?"],
            "next.intention": "Eerst vragen wat goed gaat.",
        }
    )
    changes: list[str] = []
    flow = ReflectionFlow(plan, prompter, lang="nl", on_change=lambda r: changes.append(r.updated))
    reflection = flow.run()
    assert prompter.asked[:4] == [
        "context.date",
        "context.kind",
        "context.participants",
        "scenario",
    ]
    focus = plan.scenario("relieved").focus
    asked_checks = [k[6:] for k in prompter.asked if k.startswith("check:")]
    assert tuple(asked_checks[: len(focus)]) == focus
    assert reflection.context.date == "2026-11-20"
    assert reflection.context.participants == ["moeder", "vader", "oma"]
    assert reflection.strengths == "Ik liet stiltes vallen."
    assert reflection.notes == {"signs-of-safety": "Geen compliment gegeven."}
    status = {f.principle_id: f.status for f in reflection.findings}
    assert status["signs-of-safety"] is Status.MISSED and status["respect"] is Status.HONOURED
    assert reflection.next_step.questions == ["Wanneer gaat het wel goed thuis?"]
    assert reflection.complete
    assert len(changes) >= len(plan.check_refs())  # a change after every answer


def test_flow_resumes_at_first_unanswered_step(plan):
    answers = {
        "context.kind": "telefonisch",
        "scenario": "angry",
        "check:respect.listened": "no",
        "note:respect": "Te snel.",
    }
    first = ScriptedPrompter(answers, abort_at="check:respect.their-view")
    kept: list[dict] = []
    flow = ReflectionFlow(plan, first, lang="nl", on_change=lambda r: kept.append(r.to_json()))
    with pytest.raises(PromptAborted):
        flow.run()
    draft = Reflection.from_json(kept[-1])
    assert draft.answers == {"respect.listened": N} and not draft.complete
    second = ScriptedPrompter({**answers, "check:respect.their-view": "partly"})
    done = ReflectionFlow(plan, second, lang="nl").run(draft)
    assert second.asked[0] == "check:respect.their-view"
    assert done.answers["respect.their-view"] is P
    assert done.notes == {"respect": "Te snel."}
    assert done.context.kind == "telefonisch"


def test_quick_asks_only_focus_checks(plan):
    prompter = ScriptedPrompter({"scenario": "angry"})
    ReflectionFlow(plan, prompter, lang="en").run(quick=True)
    asked = [k[6:] for k in prompter.asked if k.startswith("check:")]
    assert asked == list(plan.scenario("angry").focus)


def test_reflection_json_round_trip(plan):
    prompter = ScriptedPrompter({"scenario": "angry", "check:respect.listened": "no"})
    reflection = ReflectionFlow(plan, prompter, lang="nl").run()
    again = Reflection.from_json(reflection.to_json())
    assert again.to_json() == reflection.to_json()
