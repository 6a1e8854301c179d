"""The privacy guard on reflections: fields, report, redaction, the fast export path and the
choice before saving (through the real flow with a ScriptedPrompter)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerschap.errors import PartnerschapError
from partnerschap.log.store import Store
from partnerschap.privacy import detect
from partnerschap.prompts import PromptAborted, ScriptedPrompter
from partnerschap.reflection.engine import choose_sets
from partnerschap.reflection.flow import ReflectionFlow
from partnerschap.reflection.privacy import (
    PrivacyReview,
    Redactor,
    check_fields,
    check_reflection,
    doc_fields,
    guard,
    may_identify,
    outline_fields,
    redact_doc,
    redact_outline,
    redacted,
    reflection_fields,
    summary_lines,
    with_fields,
)
from partnerschap.reflection.record import Reflection
from partnerschap.sets.catalog import load_catalog

PLAN = choose_sets(load_catalog(), "partnerschap")
CORPUS = yaml.safe_load(
    (Path(__file__).parent / "data" / "privacy_corpus.yaml").read_text(encoding="utf-8")
)
NOTE = "moeder Fatima belde op 0612345678"
SCRIPT = {
    "context.date": "2026-11-20",
    "context.kind": "huisbezoek",
    "context.participants": "moeder Fatima, vader",
    "scenario": "angry",
    "check:respect.listened": "no",
    "note:respect": NOTE,
    "next.questions": [],
    "next.intention": "Fatima terugbellen over BSN 111222333.",
}


def make(**changes) -> Reflection:
    reflection = ReflectionFlow(PLAN, ScriptedPrompter({**SCRIPT, **changes}), lang="nl").run()
    return reflection


# --- fields -------------------------------------------------------------------------------


def test_fields_are_the_typed_texts_only():
    reflection = make()
    reflection.strengths = "Stiltes laten vallen"  # asked in another scenario
    reflection.next_step.questions = ["Wat gaat er goed, Fatima?"]  # from the set: skipped
    fields = reflection_fields(reflection)
    assert fields == {
        "context.kind": "huisbezoek",
        "context.participants.1": "moeder Fatima",
        "context.participants.2": "vader",
        "notes.respect": NOTE,
        "strengths": "Stiltes laten vallen",
        "next_step.intention": "Fatima terugbellen over BSN 111222333.",
    }
    from partnerschap.log.outline import TextTable, outline

    doc = reflection.to_json()
    assert doc_fields(doc) == fields
    assert outline_fields(outline(doc, TextTable().intern)) == fields


def test_empty_fields_are_skipped():
    reflection = make(**{"context.kind": "", "note:respect": "", "next.intention": ""})
    assert set(reflection_fields(reflection)) == {
        "context.participants.1",
        "context.participants.2",
    }


def test_report_numbers_names_over_all_fields_and_redacts_a_copy():
    reflection = make()
    before = reflection.to_json()
    report = check_reflection(reflection)
    assert report and report.count() == 5
    assert [f.placeholder for f in report.findings["notes.respect"]] == ["[NAAM-1]", "[TELEFOON]"]
    assert summary_lines(report, "nl") == [
        "context.participants: naam (1 keer)",
        "notes.respect: naam (1 keer), telefoonnummer (1 keer)",
        "next_step.intention: naam (1 keer), BSN (1 keer)",
    ]
    assert "Fatima" not in " ".join(summary_lines(report, "en"))
    clean = redacted(reflection, report)
    assert reflection.to_json() == before  # the original is untouched
    assert clean is not reflection
    assert clean.notes["respect"] == "moeder [NAAM-1] belde op [TELEFOON]"
    assert clean.context.participants == ["moeder [NAAM-1]", "vader"]
    assert clean.next_step.intention == "[NAAM-1] terugbellen over BSN [BSN]."
    assert not check_reflection(clean)  # idempotent


def test_meeting_dates_are_not_findings_but_birth_dates_are():
    assert not check_fields({"notes.respect": "Gesprek op 12-03-2024 ging goed."})
    report = check_fields({"notes.respect": "Zoon is geboren op 12-03-2016."})
    assert [str(f.kind) for f in report.findings["notes.respect"]] == ["birth_date"]


def test_with_fields_edits_participants_and_drops_emptied_notes():
    reflection = make()
    edited = with_fields(
        reflection,
        {"context.participants.1": "moeder, oma", "notes.respect": " ", "context.kind": "bezoek"},
    )
    assert edited.context.participants == ["moeder", "oma", "vader"]
    assert "respect" not in edited.notes and edited.context.kind == "bezoek"
    assert reflection.notes["respect"] == NOTE
    with pytest.raises(KeyError):
        with_fields(reflection, {"onbekend": "x"})


def test_redact_doc_and_outline_in_place():
    from partnerschap.log.outline import TextTable, outline

    reflection = make()
    changed = check_reflection(reflection).changed()
    doc = reflection.to_json()
    sketch = outline(doc, TextTable().intern)
    redact_doc(doc, changed)
    redact_outline(sketch, changed)
    expected = reflection_fields(redacted(reflection, check_reflection(reflection)))
    assert doc_fields(doc) == expected == outline_fields(sketch)
    old_style = {**reflection.to_json(), "next_step": "Fatima bellen"}  # a plain-text step
    redact_doc(old_style, {"next_step.intention": "[NAAM-1] bellen"})
    assert old_style["next_step"] == "[NAAM-1] bellen"


# --- guard (reflect --privacy) ------------------------------------------------------------


def test_guard_modes():
    reflection = make()
    kept, report = guard(reflection, "warn", "nl")
    assert kept is reflection and report
    clean, _ = guard(reflection, "redact", "nl")
    assert "Fatima" not in str(clean.to_json())
    with pytest.raises(PartnerschapError) as exc:
        guard(reflection, "block", "nl")
    message = exc.value.render("nl")
    assert "notes.respect: naam (1 keer), telefoonnummer (1 keer)" in message
    assert "0612345678" not in message and "Fatima" not in message
    with pytest.raises(PartnerschapError):
        guard(reflection, "nee", "nl")
    nothing = make(**{"note:respect": "Ik was te snel", "context.participants": "moeder"})
    nothing.next_step.intention = ""
    assert guard(nothing, "block", "nl")[0] is nothing


# --- the fast path of export --------------------------------------------------------------


def test_may_identify_is_false_only_when_nothing_can_be_found():
    texts = [entry["text"] for entry in CORPUS]
    skipped = 0
    for text in texts + [s.strip() + "." for t in texts for s in t.split(".") if s.strip()]:
        if not may_identify(text):
            skipped += 1
            assert detect(text) == [], text
    assert skipped > 20  # it does skip ordinary sentences
    assert not may_identify("Ik ging te snel. Moeder was boos! Wat nu? Dat werkte.")
    assert may_identify("Ik sprak met dhr. Jansen")
    assert may_identify("Gesprek met A. Jansen")
    assert may_identify("mail naar x@y.nl")


VOCABULARY = (
    "moeder vader Moeder Fatima Jansen belde op 0612345678 . , ! ? huisbezoek de het "
    "meneer mevr. Sanne (8) BSN 111222333 woont in Utrecht Kerkstraat 12 1234 AB "
    "geboren 12-03-2016 basisschool De Regenboog Ik Wij Hallo Groeten"
)
words = st.sampled_from([*VOCABULARY.split(), "\n"])
fields_strategy = st.dictionaries(
    st.sampled_from(["context.kind", "notes.respect", "notes.details", "next_step.intention"]),
    st.lists(words, max_size=12).map(" ".join),
    max_size=4,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(fields_strategy, min_size=1, max_size=4))
def test_redactor_is_exact(reflections):
    """The export's shortcut gives what detecting every reflection as a whole gives."""
    from partnerschap.privacy import redact_fields

    redactor = Redactor()
    for fields in reflections:
        fields = {k: v for k, v in fields.items() if v}
        report = check_fields(fields)
        assert redactor.changes(fields) == report.changed()
        # check_fields redacts exactly as the library does (its shortcuts change nothing).
        assert (report.redacted or fields) == redact_fields(fields)


# --- the choice before saving (ScriptedPrompter) ------------------------------------------


class Recorder:
    def __init__(self) -> None:
        self.shown: list[dict[str, str]] = []
        self.done: list[str] = []

    def privacy_findings(self, report) -> None:
        self.shown.append({k: [f.text for f in v] for k, v in report.findings.items()})

    def privacy_done(self, choice, report) -> None:
        self.done.append(choice)


def run_with_review(answers: dict, *, preset=None, store: Store | None = None):
    prompter = ScriptedPrompter({**SCRIPT, **answers})
    recorder = Recorder()
    saved: list[dict] = []
    review = PrivacyReview(prompter, "nl", recorder, preset=preset)
    flow = ReflectionFlow(
        PLAN,
        prompter,
        lang="nl",
        privacy=review,
        on_change=lambda r: saved.append(r.to_json()),
    )
    return flow.run(), prompter.asked, recorder, saved


def test_default_choice_replaces_by_placeholders():
    reflection, asked, recorder, saved = run_with_review({})
    assert asked[-1] == "privacy"  # asked after everything else
    assert recorder.shown[0]["notes.respect"] == ["Fatima", "0612345678"]
    assert recorder.done == ["redact"]
    assert reflection.complete
    assert reflection.notes["respect"] == "moeder [NAAM-1] belde op [TELEFOON]"
    # The draft saved before the question still held what was typed.
    assert saved[-2]["notes"]["respect"] == NOTE and not saved[-2]["complete"]
    assert saved[-1]["notes"]["respect"] == reflection.notes["respect"]


def test_keep_saves_as_typed():
    reflection, _asked, recorder, _saved = run_with_review({"privacy": "keep"})
    assert reflection.notes["respect"] == NOTE and recorder.done == ["keep"]


def test_edit_is_checked_again_until_clean():
    answers = {
        "privacy": "edit",
        "privacy.edit:context.participants.1": "moeder",
        "privacy.edit:notes.respect": "moeder belde op 0612345678",  # still a phone number
        "privacy.edit:next_step.intention": "Terugbellen.",
        "privacy:2": "edit",
        "privacy.edit:notes.respect:2": "moeder belde",
    }
    reflection, asked, recorder, _saved = run_with_review(answers)
    assert asked[asked.index("privacy") :] == [
        "privacy",
        "privacy.edit:context.participants.1",
        "privacy.edit:notes.respect",
        "privacy.edit:next_step.intention",
        "privacy:2",
        "privacy.edit:notes.respect:2",
    ]
    assert recorder.shown[1] == {"notes.respect": ["0612345678"]}
    assert recorder.done == ["edit"]
    assert reflection.notes["respect"] == "moeder belde"
    assert reflection.context.participants == ["moeder", "vader"]
    assert reflection.next_step.intention == "Terugbellen."


def test_edit_then_no_answer_replaces_what_is_left():
    answers = {"privacy": "edit", "privacy.edit:notes.respect": "moeder belde op 0612345678"}
    reflection, asked, _recorder, _saved = run_with_review(answers)
    assert asked[-1] == "privacy:2"
    assert reflection.notes["respect"] == "moeder belde op [TELEFOON]"
    assert reflection.context.participants == ["moeder [NAAM-1]", "vader"]


def test_nothing_found_asks_nothing():
    answers = {
        "note:respect": "Ik was te snel",
        "context.participants": "moeder",
        "next.intention": "",
    }
    _reflection, asked, recorder, _saved = run_with_review(answers)
    assert "privacy" not in asked and not recorder.shown


def test_preset_answers_without_asking():
    reflection, asked, recorder, _ = run_with_review({}, preset="redact")
    assert "privacy" not in asked and recorder.done == ["redact"]
    assert "Fatima" not in str(reflection.to_json())
    reflection, asked, recorder, _ = run_with_review({}, preset="warn")
    assert "privacy" not in asked and reflection.notes["respect"] == NOTE
    with pytest.raises(PartnerschapError) as exc:
        run_with_review({}, preset="block")
    assert "reflect --resume" in exc.value.render("nl")


def test_aborting_at_the_choice_keeps_the_typed_draft():
    prompter = ScriptedPrompter(SCRIPT, abort_at="privacy")
    with Store.open() as store:
        flow = ReflectionFlow(
            PLAN, prompter, lang="nl", privacy=PrivacyReview(prompter, "nl"), on_change=store.save
        )
        with pytest.raises(PromptAborted):
            flow.run()
        draft = store.latest_draft()
        assert draft is not None and draft.notes["respect"] == NOTE
        # Resuming asks only the privacy question.
        prompter = ScriptedPrompter({"privacy": "redact"}, strict=True)
        flow = ReflectionFlow(
            PLAN, prompter, lang="nl", privacy=PrivacyReview(prompter, "nl"), on_change=store.save
        )
        done = flow.run(draft)
        assert prompter.asked == ["privacy"]
        assert store.get(done.id).notes["respect"] == "moeder [NAAM-1] belde op [TELEFOON]"
        assert store.latest_draft() is None


def test_choices_have_shortcuts_in_both_languages():
    review = PrivacyReview(ScriptedPrompter(), "en")
    assert [(c.value, c.shortcut) for c in review.choices()] == [
        ("redact", "r"),
        ("keep", "k"),
        ("edit", "e"),
    ]
    assert [c.shortcut for c in PrivacyReview(ScriptedPrompter(), "nl").choices()] == [
        "v",
        "b",
        "a",
    ]
