"""Principle signals: compiling plain data, matching, negation, set files."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerschap.transcript import TranscriptError, compile_signals, load_signals_from_set_file

DATA = Path(__file__).parent / "data" / "transcripts"
ROOT = Path(__file__).parent.parent


def test_compile_and_match_keeps_set_order() -> None:
    signals = compile_signals(
        [
            ("details", {"nl": {"honours": ["hoe vaak", "hoe komt het"]}}),
            (
                "small-steps",
                {"nl": {"honours": ["(eerste) kleine stap*"], "undermines": ["alles moet anders"]}},
            ),
            ("respect", None),
        ],
        set_id="s",
    )
    assert signals.ids == ["details", "small-steps", "respect"]
    assert signals.languages() == {"nl"}
    assert signals.match("Hoe vaak? En wat is een kleine stapje?", "nl") == (
        ["details", "small-steps"],
        [],
    )
    assert signals.match("Nee, álles moet anders!", "nl") == ([], ["small-steps"])
    assert signals.match("Hoe vaak", "en") == ([], [])


def test_negation_before_an_undermining_phrase_cancels_it() -> None:
    signals = compile_signals(
        [
            (
                "respect",
                {"nl": {"undermines": ["slechte moeder"]}, "en": {"undermines": ["bad mother"]}},
            )
        ]
    )
    assert signals.match("U bent een slechte moeder.", "nl") == ([], ["respect"])
    assert signals.match("Ik zeg niet dat u een slechte moeder bent.", "nl") == ([], [])
    assert signals.match("I'm not saying you're a bad mother.", "en") == ([], [])
    assert signals.match("You're not perfect. You're a bad mother.", "en") == ([], ["respect"])


def test_invalid_phrase_names_file_principle_and_phrase(tmp_path: Path) -> None:
    f = tmp_path / "set.yaml"
    f.write_text(
        "id: x\nprinciples:\n  - id: details\n    signals:\n      nl: {honours: ['re:(']}\n",
        encoding="utf-8",
    )
    with pytest.raises(TranscriptError) as info:
        load_signals_from_set_file(f)
    err = info.value
    assert err.message_key == "invalid_signal"
    assert err.params["principle"] == "details" and err.params["signal"] == "re:("
    assert err.message("nl").startswith("set.yaml: signaal 're:(' van details is ongeldig")


def test_bad_set_files(tmp_path: Path) -> None:
    f = tmp_path / "x.yaml"
    f.write_text("just: text\n", encoding="utf-8")
    with pytest.raises(TranscriptError) as info:
        load_signals_from_set_file(f)
    assert info.value.message_key == "invalid_set"
    with pytest.raises(TranscriptError) as info:
        load_signals_from_set_file(tmp_path / "missing.yaml")
    assert info.value.message_key == "not_found"


def test_test_set_file_loads() -> None:
    signals = load_signals_from_set_file(DATA / "test-set.yaml")
    assert signals.set_id == "test-set"
    assert signals.ids == ["details", "signs-of-safety", "respect", "choices"]


@pytest.mark.parametrize("name", ["partnerschap.yaml", "client-perspective.yaml"])
def test_bundled_sets_compile(name: str) -> None:
    path = ROOT / "principles" / name
    if not path.exists():
        pytest.skip(f"{name} not there yet")
    signals = load_signals_from_set_file(path)
    assert signals.ids
