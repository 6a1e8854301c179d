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


# ------------------------------------------- 7: transcript measures in log show and export

TRANSCRIPTS = Path(__file__).parent / "data" / "transcripts"


def transcript_summary():
    from partnerschap.reflection.hints import saved_summary
    from partnerschap.transcript import analyze_file

    result = analyze_file(
        TRANSCRIPTS / "teams_nl.vtt",
        ["anna"],
        set_file=Path(__file__).parent.parent / "principles" / "partnerschap.yaml",
    )
    return saved_summary([result])


@pytest.fixture
def with_measures(make_reflection):
    """A reflection saved as ``reflect --transcript`` saves it, and one without measures."""
    from partnerschap.log.store import Store

    measured = make_reflection(answers={"respect.listened": "no"})
    measured.extra["transcript"] = transcript_summary()
    plain = make_reflection(date="2026-11-21", answers={"respect.listened": "yes"})
    with Store.open() as store:
        store.save(measured)
        store.save(plain)
    return measured, plain


def test_log_show_lists_the_transcript_measures(invoke, with_measures):
    measured, plain = with_measures
    metrics = measured.extra["transcript"]["metrics"]
    result = invoke("log", "show", measured.id)
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Gemeten in het transcript" in out
    assert "Open vragen" in out
    assert str(metrics["professional_turns"]) in out
    shown = invoke("log", "show", plain.id).stdout
    assert "Gemeten in het transcript" not in shown
    english = invoke("--lang", "en", "log", "show", measured.id).stdout
    assert "Measured in the transcript" in english


def test_markdown_export_lists_the_transcript_measures(invoke, with_measures):
    measured, plain = with_measures
    result = invoke("export")
    assert result.exit_code == 0, result.output
    first, second = result.stdout.split("\n---\n")
    assert "## Gemeten in het transcript" in first
    assert "| Maat | Waarde |" in first
    assert "Gemeten in het transcript" not in second
    one = invoke("export", measured.id).stdout
    assert "## Gemeten in het transcript" in one


def test_measures_of_reflections_saved_before_the_outline_had_them(invoke, with_measures):
    """A log written by an earlier version: the outline lacks the measures; opening the log
    brings them in from the stored document."""
    import sqlite3

    from partnerschap.log.migrations import latest_version
    from partnerschap.log.store import Store

    with Store.open() as store:
        path = store.path
    conn = sqlite3.connect(path)
    conn.execute("UPDATE reflections SET outline = json_remove(outline, '$.x')")
    conn.execute(f"PRAGMA user_version = {latest_version() - 1}")
    conn.execute("DELETE FROM _migrations WHERE name = 'm004_transcript_measures'")
    conn.commit()
    assert (
        "Gemeten" not in conn.execute("SELECT group_concat(outline) FROM reflections").fetchone()[0]
    )
    conn.close()
    result = invoke("export")
    assert result.exit_code == 0, result.output
    assert "## Gemeten in het transcript" in result.stdout


# ------------------------------------------------------------ 19: drafts in the JSON backup


@pytest.fixture
def with_draft(make_reflection):
    from dataclasses import replace

    from partnerschap.log.store import Store

    done = make_reflection(answers={"respect.listened": "no"}, notes={"respect": "Te snel."})
    draft = replace(
        make_reflection(date="2026-11-22", answers={"respect.listened": "partly"}),
        complete=False,
    )
    with Store.open() as store:
        store.save(done)
        store.save(draft)
    return done, draft


def test_json_backup_with_drafts_round_trips(invoke, with_draft, tmp_path, monkeypatch):
    import json

    done, draft = with_draft
    backup = tmp_path / "backup.json"
    result = invoke("export", "--format", "json", "--drafts", "--output", backup)
    assert result.exit_code == 0, result.output
    docs = {d["id"]: d for d in json.loads(backup.read_text(encoding="utf-8"))["reflections"]}
    assert set(docs) == {done.id, draft.id}
    assert docs[draft.id]["complete"] is False
    # Without --drafts the backup holds the complete reflections only, as before.
    plain = json.loads(invoke("export", "--format", "json").stdout)["reflections"]
    assert [d["id"] for d in plain] == [done.id]

    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "elsewhere"))
    imported = invoke("import", backup)
    assert imported.exit_code == 0, imported.output
    drafts = invoke("log", "list", "--drafts")
    assert draft.id in drafts.stdout
    assert done.id not in drafts.stdout
    assert done.id in invoke("log", "list").stdout
    again = invoke("export", "--format", "json", "--drafts").stdout
    assert again == backup.read_text(encoding="utf-8")


def test_drafts_only_in_the_json_backup(invoke, with_draft):
    result = invoke("export", "--drafts")
    assert result.exit_code == 2
    assert "--format json" in result.stderr


def test_export_of_a_draft_by_id_with_drafts(invoke, with_draft):
    import json

    _done, draft = with_draft
    assert invoke("export", "--format", "json", draft.id).exit_code == 2
    result = invoke("export", "--format", "json", "--drafts", draft.id)
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in json.loads(result.stdout)["reflections"]] == [draft.id]


# --------------------------------------- 3: suggested questions that fit any family next time

#: Lines of the source about one family; never offered as a question for the next talk.
ILLUSTRATIVE = {
    "nl": ("Ik begrijp dat u graag wijn drinkt", "gevaarlijke weg naar school", "goede gelovige"),
    "en": ("you like to drink wine", "dangerous road to school", "good believer"),
}


def offered_next_questions(set_id: str, lang: str) -> list[str]:
    """The choices of the next-step list after a reflection with every check missed."""
    from partnerschap.prompts import ScriptedPrompter
    from partnerschap.reflection.engine import choose_sets
    from partnerschap.reflection.flow import ReflectionFlow
    from partnerschap.sets.catalog import load_catalog

    plan = choose_sets(load_catalog(), set_id)
    offered: list[str] = []

    class Recording(ScriptedPrompter):
        def checkbox(self, key, message, choices, instruction=None):
            if key == "next.questions":
                offered.extend(c.value for c in choices)
            return []

    script = {"scenario": plan.scenario_ids()[0]}
    script.update({f"check:{ref}": "no" for ref in plan.check_refs()})
    ReflectionFlow(plan, Recording(script), lang=lang).run()
    return offered


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("set_id", ["partnerschap", "client-perspective"])
def test_next_step_offers_only_general_questions(set_id, lang):
    from partnerschap.sets.catalog import load_catalog

    pset = load_catalog().get(set_id)
    offered = offered_next_questions(set_id, lang)
    illustrations = {q.get(lang) for p in pset.principles for q in p.illustrations}
    assert not illustrations & set(offered)
    for line in ILLUSTRATIVE[lang]:
        assert not any(line in q for q in offered), line
    general = [q.get(lang) for q in pset.general_questions]
    expected = [q.get(lang) for p in pset.principles for q in p.questions[:3]] + general
    assert offered == list(dict.fromkeys(expected))
    for principle in pset.principles:
        own = [q.get(lang) for q in principle.questions]
        assert 1 <= len([q for q in offered if q in own]) <= 3, principle.id


def test_shipped_sets_mark_the_source_lines_as_illustrations():
    from partnerschap.sets.catalog import load_catalog

    core = load_catalog().get("partnerschap")
    marked = {q.get("nl") for p in core.principles for q in p.illustrations}
    for line in ILLUSTRATIVE["nl"]:
        assert any(line in q for q in marked), line
    # Every principle still has questions to ask any parent.
    for pset in (core, load_catalog().get("client-perspective")):
        assert all(len(p.questions) >= 2 for p in pset.principles)


def test_answers_json_suggests_no_illustrations(invoke, tmp_path):
    import json

    path = tmp_path / "a.yaml"
    path.write_text(
        "set: partnerschap\nscenario: angry\n"
        "answers: {child-central.who-keeps-safe: nee, choices.offered: nee}\n",
        encoding="utf-8",
    )
    result = invoke("reflect", "--answers", path, "--json", "--no-save")
    assert result.exit_code == 0, result.output
    text = json.dumps(json.loads(result.stdout)["suggestions"], ensure_ascii=False)
    assert "wijn" not in text and "gevaarlijke weg" not in text
    assert "Wat wilt u het allerliefst voor uw kind?" in text


def test_principles_show_has_the_examples_from_practice(invoke):
    import json

    result = invoke("principles", "show", "child-central")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Voorbeelden uit de praktijk" in out
    practice = out.split("Voorbeelden uit de praktijk")[1]
    assert "Ik begrijp dat u graag wijn drinkt" in " ".join(practice.split())
    questions = out.split("Voorbeeldvragen")[1].split("Voorbeelden uit de praktijk")[0]
    assert "wijn" not in questions
    data = json.loads(invoke("principles", "show", "child-central", "--json").stdout)
    [principle] = data["principles"]
    assert any("wijn" in q for q in principle["examples_from_practice"])
    assert not any("wijn" in q for q in principle["example_questions"])


def test_a_user_set_without_kinds_offers_every_example(tmp_path):
    from partnerschap.sets.loader import load_set_file, validate_file
    from tests.test_loader import MINIMAL

    path = tmp_path / "set.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    assert validate_file(path) == []
    principle = load_set_file(path).principles[0]
    assert len(principle.questions) == 3 and principle.illustrations == ()
    marked = MINIMAL.replace(
        "- {nl: Wat gaat goed?, en: What goes well?}",
        "- {nl: Wat gaat goed?, en: What goes well?, kind: illustration}",
    )
    path.write_text(marked, encoding="utf-8")
    principle = load_set_file(path).principles[0]
    assert [q.get("nl") for q in principle.illustrations] == ["Wat gaat goed?"]
    assert len(principle.questions) == 2


def test_an_unknown_kind_is_a_located_problem(tmp_path):
    from partnerschap.sets.loader import validate_file
    from tests.test_loader import MINIMAL

    bad = MINIMAL.replace(
        "- {nl: Wat gaat goed?, en: What goes well?}",
        "- {nl: Wat gaat goed?, en: What goes well?, kind: voorbeeld}",
    )
    path = tmp_path / "set.yaml"
    path.write_text(bad, encoding="utf-8")
    [problem] = validate_file(path)
    line = (
        bad.splitlines().index("      - {nl: Wat gaat goed?, en: What goes well?, kind: voorbeeld}")
        + 1
    )
    assert f":{line}:" in problem.render("en")
    assert "voorbeeld" in problem.render("en") and "illustration" in problem.render("en")


def test_long_questions_are_wrapped_not_cut():
    from partnerschap.cli.prompter import CHOICE_INDENT, wrapped_label

    question = (
        "U vertelt dat uw zoon rustiger is, en dat u minder snel boos wordt, als hij in de "
        "speeltuin heeft kunnen rennen. Zou u dat vaker kunnen doen? Zou dat helpen?"
    )
    label = wrapped_label(question, 60)
    lines = label.split("\n")
    assert len(lines) == 3
    assert all(len(line) <= 60 + CHOICE_INDENT for line in lines)
    assert all(line.startswith(" " * CHOICE_INDENT) for line in lines[1:])
    assert " ".join(label.split()) == question
    assert wrapped_label("Kort?", 60) == "Kort?"


# ------------------------------------------------- 4: transcript hints per check, with reasons

OTS_TALK = """\
Anna: Wat fijn dat u ook leuke dingen met uw kind doet!
Moeder: Ja, we gaan vaak naar het park.
Anna: Er loopt een OTS. Daarom ben ik hier.
Moeder: Wat is een OTS?
Anna: Wanneer gaat het wel goed thuis?
Moeder: Als hij lekker heeft gespeeld.
"""

EFFECT_TALK = """\
Anna: Wat goed dat u hem zelf naar school bracht, daardoor kwam hij rustig binnen.
Moeder: Dat was wel zwaar.
Anna: Er loopt een OTS, dat wil zeggen dat de kinderrechter een gezinsvoogd heeft gegeven.
Moeder: Oké.
Anna: Is dat duidelijk, of zal ik het anders uitleggen?
Moeder: Ja, dat is duidelijk.
"""


def hints_for(tmp_path: Path, text: str, set_id: str = "partnerschap", lang: str = "nl"):
    from partnerschap.reflection.hints import suggest_answers
    from partnerschap.sets.catalog import load_catalog
    from partnerschap.transcript import analyze_file

    pset = load_catalog().get(set_id)
    path = tmp_path / "gesprek.txt"
    path.write_text(text, encoding="utf-8")
    result = analyze_file(path, ["Anna"], set_file=pset.path)
    return suggest_answers(
        result.principles, pset.principles, lang, result.utterances, result.language
    )


def test_hints_go_per_check_not_per_principle(tmp_path):
    hints = hints_for(tmp_path, OTS_TALK)
    # signs-of-safety has evidence; only the checks the transcript speaks to get a hint
    assert hints["signs-of-safety.what-goes-well"].answer == "yes"
    assert "signs-of-safety.not-only-wrong" not in hints
    assert "signs-of-safety.use-strengths" not in hints
    # nothing where the transcript is silent
    assert not any(ref.startswith("respect.") for ref in hints)
    assert not any(ref.startswith("small-steps.") for ref in hints)


def test_a_compliment_without_its_effect_is_partly(tmp_path):
    hint = hints_for(tmp_path, OTS_TALK)["signs-of-safety.compliments"]
    assert hint.answer == "partly"
    assert hint.reason.startswith("compliment zonder het effect erbij, r. 1")
    with_effect = hints_for(tmp_path, EFFECT_TALK)["signs-of-safety.compliments"]
    assert with_effect.answer == "yes" and "daardoor" in with_effect.reason


def test_a_parent_asking_what_jargon_means_is_not_understood(tmp_path):
    hints = hints_for(tmp_path, OTS_TALK)
    hint = hints["choices.understood"]
    assert hint.answer == "no"
    assert hint.reason == "na een vakterm vroeg de ouder in r. 4 \u201cWat is een OTS?\u201d"
    cp = hints_for(tmp_path, OTS_TALK, "client-perspective")
    assert cp["plain-language.checked-understood"].answer == "no"
    assert cp["plain-language.jargon-explained"].answer == "no"
    explained = hints_for(tmp_path, EFFECT_TALK, "client-perspective")
    assert explained["plain-language.jargon-explained"].answer == "yes"
    assert explained["plain-language.checked-understood"].answer == "yes"
    assert hints_for(tmp_path, EFFECT_TALK)["choices.understood"].answer == "yes"


def test_undermining_lines_say_no_for_their_checks_only(tmp_path):
    talk = (
        "Anna: U bent een slechte moeder.\nMoeder: Hm.\n"
        "Anna: Hoe kijkt u zelf tegen de situatie aan?\nMoeder: Goed.\n"
        "Anna: Hoe vaak gebeurt dat?\n"
    )
    hints = hints_for(tmp_path, talk)
    assert hints["respect.not-judging"].answer == "no"
    assert hints["respect.not-judging"].reason.startswith("ondermijnd in r. 1")
    # the undermining line says nothing about asking for their view
    assert hints["respect.their-view"].answer == "yes"
    assert "respect.listened" not in hints and "respect.asked-feedback" not in hints
    # "how often" makes the worries concrete; it does not ask for exceptions
    assert hints["details.concrete"].answer == "yes"
    assert "details.exceptions" not in hints
    exceptions = hints_for(tmp_path, "Anna: Wanneer lukt het wel?\nMoeder: Soms.\n")
    assert exceptions["details.exceptions"].answer == "yes"


def test_every_shipped_check_names_known_evidence():
    from partnerschap.sets.catalog import load_catalog
    from partnerschap.sets.model import EVIDENCE_KINDS

    for set_id in ("partnerschap", "client-perspective"):
        checks = list(load_catalog().get(set_id).checks())
        assert any(c.evidence for c in checks)
        assert all(set(c.evidence) <= set(EVIDENCE_KINDS) for c in checks)
        assert not all(c.evidence for c in checks)  # some checks no transcript can answer


def test_an_unknown_evidence_kind_is_a_located_problem(tmp_path):
    from partnerschap.sets.loader import validate_file
    from tests.test_loader import MINIMAL

    bad = MINIMAL.replace(
        "        text: {nl: Heb je geluisterd?, en: Did you listen?}\n",
        "        text: {nl: Heb je geluisterd?, en: Did you listen?}\n        evidence: [gevoel]\n",
    )
    path = tmp_path / "set.yaml"
    path.write_text(bad, encoding="utf-8")
    [problem] = validate_file(path)
    text = problem.render("en")
    line = bad.splitlines().index("        evidence: [gevoel]") + 1
    assert f":{line}:" in text and "gevoel" in text and "understanding" in text


def test_reflect_transcript_shows_the_reason_with_the_preselection(tmp_path):
    from partnerschap.prompts import ScriptedPrompter
    from partnerschap.reflection.engine import choose_sets
    from partnerschap.reflection.flow import ReflectionFlow
    from partnerschap.reflection.hints import flow_hints
    from partnerschap.sets.catalog import load_catalog

    class Recording(ScriptedPrompter):
        def __init__(self) -> None:
            super().__init__({"scenario": "angry"})
            self.selects: dict[str, tuple] = {}

        def select(self, key, message, choices, default=None, instruction=None, preselect=True):
            self.selects[key] = (default, instruction)
            return default if key.startswith("check:") else super().select(key, message, choices)

    plan = choose_sets(load_catalog(), "partnerschap")
    prompter = Recording()
    hints = flow_hints(hints_for(tmp_path, OTS_TALK), "nl")
    reflection = ReflectionFlow(plan, prompter, lang="nl", hints=hints).run()
    default, instruction = prompter.selects["check:choices.understood"]
    assert default == "no"
    assert instruction.startswith("voorstel uit het transcript: nee, na een vakterm vroeg")
    assert prompter.selects["check:signs-of-safety.not-only-wrong"][0] is None
    assert reflection.answers["signs-of-safety.compliments"].value == "partly"
