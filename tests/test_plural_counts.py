"""Counts in the last places that still said "1 beurten" or "1 van 3 hebben geantwoord"
(issue 14, item 9): the noun and the verb follow the number."""

from __future__ import annotations

import io
from types import SimpleNamespace

import pytest
from rich.console import Console

from partnerschap.cli.drill.live import LiveCommand
from partnerschap.drills.live.session import Phase
from partnerschap.transcript.reader import SpeakerShare
from partnerschap.transcript.report import speaker_choices


@pytest.mark.parametrize(
    ("lang", "turns", "words"),
    [("nl", 1, "1 beurt"), ("nl", 4, "4 beurten"), ("en", 1, "1 turn"), ("en", 4, "4 turns")],
)
def test_speaker_choice_counts_turns_right(lang, turns, words):
    transcript = SimpleNamespace(speakers=lambda: [SpeakerShare("Anna", turns, 10, 0.5)])
    (choice,) = speaker_choices(transcript, lang)
    assert choice[1].endswith(words)


@pytest.mark.parametrize(
    ("lang", "phase", "answered", "joined", "words"),
    [
        ("nl", Phase.QUESTION, 1, 3, "1 van 3 heeft geantwoord"),
        ("nl", Phase.QUESTION, 2, 3, "2 van 3 hebben geantwoord"),
        ("nl", Phase.REVEALED, 1, 1, "antwoord getoond · 1 van 1 heeft geantwoord"),
        ("en", Phase.QUESTION, 1, 3, "1 of 3 has answered"),
        ("nl", Phase.END, 0, 1, "Afgelopen · 1 deelnemer"),
        ("nl", Phase.END, 0, 5, "Afgelopen · 5 deelnemers"),
        ("en", Phase.END, 0, 1, "Finished · 1 trainee"),
    ],
)
def test_live_status_line_counts_right(lang, phase, answered, joined, words):
    session = SimpleNamespace(
        phase=phase,
        lang=lang,
        trainees=["x"] * joined,
        index=0,
        total=6,
        items=[1],
        answered_count=lambda: answered,
    )
    buffer = io.StringIO()
    line = LiveCommand.status(None, Console(file=buffer), session, None)
    assert line.endswith(words), line
    assert words in buffer.getvalue()
