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
