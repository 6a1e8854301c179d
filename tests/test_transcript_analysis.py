"""Analysis: roles, hand-checked metrics, evidence quoting and the analysis JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from partnerschap.transcript import (
    TranscriptError,
    analyze,
    analyze_file,
    compile_signals,
    load_signals_from_set_file,
    parse_text,
    rating,
    read_transcript,
)

DATA = Path(__file__).parent / "data" / "transcripts"
EXPECTED = yaml.safe_load((DATA / "expected.yaml").read_text(encoding="utf-8"))
TEST_SET = DATA / "test-set.yaml"

METRIC_KEYS = [
    "professional_turns",
    "questions",
    "open_questions",
    "closed_questions",
    "open_question_share",
    "reflections",
    "reflection_to_question",
    "directives",
    "compliments",
    "jargon",
    "professional_word_share",
    "longest_professional_run",
]
UTTERANCE_KEYS = [
    "line",
    "time",
    "role",
    "text",
    "questions",
    "reflection",
    "directive",
    "compliment",
    "jargon",
    "honours",
    "undermines",
]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_metrics_roles_and_language_on_hand_checked_transcripts(name: str) -> None:
    exp = EXPECTED[name]
    result = analyze_file(DATA / name, [exp["professional"]], set_file=TEST_SET)
    assert result.language == exp["language"]
    assert result.metrics.to_dict() == exp["metrics"]
    assert [[u.line, u.time, u.role] for u in result.utterances] == exp["turns"]


def test_json_shape_is_exactly_the_issue_shape() -> None:
    result = analyze_file(DATA / "teams_nl.vtt", ["Anna de Vries"], set_file=TEST_SET)
    data = json.loads(result.to_json())
    assert list(data) == ["file", "language", "set", "metrics", "principles", "utterances"]
    assert (data["file"], data["language"], data["set"]) == ("teams_nl.vtt", "nl", "test-set")
    assert list(data["metrics"]) == METRIC_KEYS
    assert [p["principle"] for p in data["principles"]] == [
        "details",
        "signs-of-safety",
        "respect",
        "choices",
    ]
    for p in data["principles"]:
        assert list(p) == ["principle", "status", "honours", "undermines"]
        for q in p["honours"] + p["undermines"]:
            assert list(q) == ["line", "time", "text"]
    for u in data["utterances"]:
        assert list(u)[: len(UTTERANCE_KEYS)] == UTTERANCE_KEYS
        for q in u["questions"]:
            assert list(q) == ["type", "text"]
    other = data["utterances"][1]
    assert other["role"] == "other" and other["questions"] == [] and other["honours"] == []
    assert isinstance(data["metrics"]["open_question_share"], float)


def test_evidence_quotes_the_sentence_with_line_and_time() -> None:
    result = analyze_file(DATA / "teams_nl.vtt", ["Anna de Vries"], set_file=TEST_SET)
    by_id = {p.principle: p for p in result.principles}
    details = by_id["details"]
    assert details.status == "evidence"
    assert [q.to_dict() for q in details.honours] == [
        {"line": 18, "time": "00:00:14", "text": "Hoe komt het dat het 's ochtends wel lukt?"},
        {"line": 26, "time": "00:00:23", "text": "Hoe vaak gaat het 's avonds echt mis?"},
    ]
    sos = by_id["signs-of-safety"]
    assert [(q.line, q.text) for q in sos.honours] == [
        (18, "Dus de ochtenden gaan goed."),
        (26, "Wat goed dat u dat zo samen doet."),
    ]
    respect = by_id["respect"]
    assert respect.status == "counter_evidence"
    assert [(q.line, q.time, q.text) for q in respect.undermines] == [
        (34, "00:00:33", "U moet gewoon eerder ingrijpen.")
    ]
    assert by_id["choices"].status == "none"
    assert result.evidence_counts()["details"] == {"honours": 2, "undermines": 0}
    utt = {u.line: u for u in result.utterances}
    assert utt[18].honours == ("details", "signs-of-safety")
    assert utt[34].undermines == ("respect",) and utt[34].jargon == ("OTS", "netwerk")


def test_mixed_status_and_negated_undermining() -> None:
    text = (
        "Anna: Wat vindt u zelf van het plan?\nPiet: Slecht.\n"
        "Anna: U moet gewoon luisteren.\nPiet: Nee.\n"
        "Anna: Ik zeg niet dat u moet gewoon stoppen.\n"
    )
    result = analyze(
        parse_text(text, "m.txt"), ["Anna"], signals=load_signals_from_set_file(TEST_SET)
    )
    respect = {p.principle: p for p in result.principles}["respect"]
    assert respect.status == "mixed"
    assert [q.line for q in respect.honours] == [1]
    assert [q.line for q in respect.undermines] == [3]


def test_speaker_names_never_appear_in_the_json() -> None:
    for name, prof in (("teams_nl.vtt", "Anna de Vries"), ("zoom_en.vtt", "Sarah Cole")):
        t = read_transcript(DATA / name)
        out = analyze(t, [prof], signals=load_signals_from_set_file(TEST_SET)).to_json()
        for speaker in t.speakers():
            assert speaker.name not in out
            for part in speaker.name.split():
                if part[0].isupper():
                    assert part not in out, (name, part)
    result = analyze_file(DATA / "zoom_en.vtt", ["sarah cole"])
    assert result.utterances[0].text.startswith("Hi [other], thanks")
    assert result.utterances[0].questions[0].text == "How have things been?"


def test_professional_is_chosen_by_name_case_insensitively() -> None:
    t = read_transcript(DATA / "teams_nl.vtt")
    for name in ("ANNA DE VRIES", "anna", "Anna  de  Vries"):
        roles = [u.role for u in analyze(t, [name]).utterances]
        assert roles[:2] == ["professional", "other"]
    both = analyze(t, ["anna", "mark jansen"])
    assert {u.role for u in both.utterances} == {"professional"}
    assert both.metrics.longest_professional_run == 9


def test_missing_or_unknown_professional_lists_the_speakers() -> None:
    t = read_transcript(DATA / "teams_nl.vtt")
    with pytest.raises(TranscriptError) as info:
        analyze(t, [])
    assert info.value.message_key == "professional_required"
    assert "Anna de Vries (63%)" in info.value.message("nl")
    with pytest.raises(TranscriptError) as info:
        analyze(t, ["Piet"])
    assert info.value.message_key == "unknown_professional"
    assert "Piet" in info.value.message("en") and "Mark Jansen (37%)" in info.value.message("en")


def test_language_is_detected_and_can_be_overridden() -> None:
    t = read_transcript(DATA / "zoom_en.vtt")
    assert analyze(t, ["Sarah Cole"]).language == "en"
    assert analyze(t, ["Sarah Cole"], language="nl").language == "nl"
    with pytest.raises(ValueError):
        analyze(t, ["Sarah Cole"], language="de")


def test_a_set_without_signals_still_gets_the_coding() -> None:
    signals = compile_signals([("respect", None), ("details", {})], set_id="bare")
    result = analyze(read_transcript(DATA / "zoom_en.vtt"), ["Sarah Cole"], signals=signals)
    assert [(p.principle, p.status) for p in result.principles] == [
        ("respect", "none"),
        ("details", "none"),
    ]
    assert result.set == "bare"
    assert result.metrics.questions == 3


def test_no_questions_gives_null_ratios() -> None:
    result = analyze(parse_text("A: Goedemorgen.\nB: Hallo.\n", "x.txt"), ["A"])
    data = json.loads(result.to_json())
    assert data["metrics"]["open_question_share"] is None
    assert data["metrics"]["reflection_to_question"] is None
    assert data["principles"] == [] and data["set"] is None


def test_summary_keeps_no_transcript_text() -> None:
    result = analyze_file(DATA / "teams_nl.vtt", ["Anna"], set_file=TEST_SET)
    summary = json.dumps(result.summary())
    assert "ochtenden" not in summary and "Anna" not in summary
    assert result.summary()["principles"]["details"] == {
        "status": "evidence",
        "honours": 2,
        "undermines": 0,
    }


def test_rating_against_miti_thresholds() -> None:
    assert rating("open_question_share", 0.45) == "below"
    assert rating("open_question_share", 0.5) == "fair"
    assert rating("open_question_share", 0.75) == "good"
    assert rating("reflection_to_question", 2.0) == "good"
    assert rating("directives", 3) is None
    assert rating("open_question_share", None) is None
