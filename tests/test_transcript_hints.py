"""Suggested answers from a transcript's per-principle evidence (pure logic)."""

from __future__ import annotations

import pytest

from partnerschap.reflection.hints import Hint, flow_hints, hint_text, shorten, suggest_answers
from partnerschap.sets.catalog import load_catalog
from partnerschap.transcript import PrincipleEvidence, Quote

GOOD = Quote(26, "00:00:23", "Hoe vaak gaat het 's avonds echt mis?")
BAD = Quote(40, None, "U moet gewoon eerder naar bed.")


@pytest.fixture(scope="module")
def principles():
    return load_catalog().get("partnerschap").principles


def evidence(pid: str, status: str, honours=(), undermines=()) -> PrincipleEvidence:
    return PrincipleEvidence(pid, status, tuple(honours), tuple(undermines))


def test_each_status_gives_its_answer_for_the_checks_it_speaks_to(principles):
    hints = suggest_answers(
        [
            evidence("details", "evidence", [GOOD]),
            evidence("choices", "counter_evidence", undermines=[BAD]),
            evidence("respect", "mixed", [GOOD], [BAD]),
            evidence("person-not-abuse", "mixed", [GOOD], [BAD]),
            evidence("small-steps", "none"),
        ],
        principles,
        "nl",
    )
    # Per check, by the kinds of evidence it names in the set (not every check of a
    # principle with a signal): no turns given, so only the principles' lines count.
    assert {ref: h.answer for ref, h in hints.items()} == {
        "details.concrete": "yes",
        "choices.offered": "no",
        "respect.their-view": "yes",
        "respect.not-judging": "no",
        "person-not-abuse.behaviour-not-person": "partly",
    }


def test_reasons_quote_the_line(principles):
    hints = suggest_answers(
        [
            evidence("details", "evidence", [GOOD]),
            evidence("choices", "counter_evidence", undermines=[BAD]),
            evidence("person-not-abuse", "mixed", [GOOD], [BAD]),
        ],
        principles,
        "nl",
    )
    assert hints["details.concrete"].reason == (
        "r. 26 · 00:00:23 \u201cHoe vaak gaat het 's avonds echt mis?\u201d"
    )
    assert hints["choices.offered"].reason.startswith("ondermijnd in r. 40 \u201cU moet")
    mixed = hints["person-not-abuse.behaviour-not-person"].reason
    assert "r. 26 · 00:00:23" in mixed and ", maar r. 40" in mixed
    english = suggest_answers([evidence("details", "evidence", [GOOD])], principles, "en")
    assert english["details.concrete"].reason.startswith("line 26 · 00:00:23 \u201cHoe")


def test_unknown_principles_and_no_evidence_give_nothing(principles):
    assert suggest_answers([evidence("elsewhere", "evidence", [GOOD])], principles, "nl") == {}
    assert suggest_answers([], principles, "nl") == {}


def test_a_hint_is_an_answer_reason_pair():
    hint = Hint("yes", "r. 1 \u201cWat gaat er goed?\u201d")
    answer, why = hint
    assert (answer, why) == ("yes", hint.reason)
    text = hint_text(hint, "nl")
    assert text == "voorstel uit het transcript: ja, r. 1 \u201cWat gaat er goed?\u201d"
    assert hint_text(hint, "en").startswith("suggested by the transcript: yes, r. 1")
    assert flow_hints({"details.concrete": hint}, "nl") == {"details.concrete": ("yes", text)}


def test_long_quotes_are_shortened():
    text = "Wat " + "heel " * 40 + "mooi."
    short = shorten(text)
    assert len(short) <= 70 and short.endswith("…")
    assert shorten("  Kort\n en  goed. ") == "Kort en goed."


def test_saved_summary_has_counts_but_no_text_or_file():
    from pathlib import Path

    from partnerschap.reflection.hints import saved_summary
    from partnerschap.transcript import analyze_file

    here = Path(__file__).parent
    result = analyze_file(
        here / "data" / "transcripts" / "teams_nl.vtt",
        ["anna"],
        set_file=here.parent / "principles" / "partnerschap.yaml",
    )
    summary = saved_summary([result])
    assert summary["metrics"]["professional_turns"] == 5
    assert summary["principles"]["details"] == {"status": "evidence", "honours": 2, "undermines": 0}
    text = repr(summary)
    assert "teams_nl" not in text and "Anna" not in text and "Hoe vaak" not in text


def test_the_flow_preselects_and_shows_why():
    from partnerschap.prompts import ScriptedPrompter
    from partnerschap.reflection.engine import choose_sets
    from partnerschap.reflection.flow import ReflectionFlow

    class Recording(ScriptedPrompter):
        def __init__(self) -> None:
            super().__init__({"scenario": "angry"})
            self.selects: dict[str, tuple] = {}

        def select(self, key, message, choices, default=None, instruction=None, preselect=True):
            self.selects[key] = (default, instruction)
            return default if key.startswith("check:") else super().select(key, message, choices)

    plan = choose_sets(load_catalog(), "partnerschap")
    hints = {
        "respect.listened": ("partly", "voorstel uit het transcript: deels, r. 3 \u201cJa?\u201d")
    }
    prompter = Recording()
    reflection = ReflectionFlow(plan, prompter, lang="nl", hints=hints).run(quick=True)
    default, instruction = prompter.selects["check:respect.listened"]
    assert default == "partly"
    assert instruction.startswith(
        "voorstel uit het transcript: deels, r. 3 \u201cJa?\u201d (j = ja"
    )
    assert prompter.selects["check:respect.their-view"] == (
        None,
        "(j = ja, d = deels, n = nee, v = nvt)",
    )
    assert reflection.answers["respect.listened"].value == "partly"
