"""Name detection does not backtrack and the redactor does not grow quadratically
(issue 15, items 4 and 5).

Before, a note of ``"De Vries " * 30`` took more than two minutes and ``"Meneer " * 8000``
13 s; ``analyze`` with 10,000 distinct speakers 22 s. These tests build texts of up to
100 KB from the patterns' own trigger words and check that detection finishes. They are
hang guards, not speed measurements (those are in ``benchmarks/privacy_speed.py``): each
example gets a generous alarm of 30 s, where a catastrophic pattern never finishes at all,
and detection of 100 KB takes well under a second here.
"""

from __future__ import annotations

import importlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from partnerschap.name_lists import FIRST_NAMES, SURNAMES
from partnerschap.privacy import detect, redact
from tests.guards import within

# The module itself (the package exports a function of the same name).
detect_module = importlib.import_module("partnerschap.privacy.detect")
GUARD_S = 30
MAX_CHARS = 100_000


def must_finish(what: str):
    """Fail (instead of hanging the suite) when the block runs longer than GUARD_S."""
    return within(GUARD_S, f"{what} did not finish within {GUARD_S} s: backtracking")


ROLES = sorted(
    {*detect_module._FAMILY_ROLES, *detect_module._PLURAL_ROLES, *detect_module._FORMAL_ROLES}
)
PARTICLES = sorted(detect_module._PARTICLE_WORDS)
NAMES = sorted(FIRST_NAMES)[:200] + sorted(SURNAMES)[:200]
TRIGGERS = (
    ROLES
    + [r.capitalize() for r in ROLES]
    + [r.upper() for r in ROLES[:20]]
    + PARTICLES
    + [p.capitalize() for p in PARTICLES]
    + NAMES
    + [n.lower() for n in NAMES[:100]]
    + ["De", "Vries", "Meneer", "Mevrouw", "fam.", "gezin", "Kerkstr.", "straat", "Dear", "Hi"]
    + ["bsn", "06", "1234", "AB", "NL91", "@", "(at)", "-", ".", ",", "'", "\u00a0", "\u200b"]
)
SEPARATORS = [" ", " ", " ", "\n", ", ", ". ", "-", "\t"]


@st.composite
def trigger_texts(draw) -> str:
    """A text of trigger words, repeated in a run so that it reaches up to 100 KB."""
    words = draw(st.lists(st.sampled_from(TRIGGERS), min_size=1, max_size=12))
    seps = draw(st.lists(st.sampled_from(SEPARATORS), min_size=len(words), max_size=len(words)))
    unit = "".join(w + s for w, s in zip(words, seps, strict=True))
    size = draw(st.sampled_from([1_000, 10_000, 50_000, MAX_CHARS]))
    return (unit * (size // len(unit) + 1))[:size]


@settings(
    max_examples=12,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(trigger_texts())
def test_any_text_of_trigger_words_is_checked(text: str) -> None:
    with must_finish(f"detect() of {len(text)} characters ({text[:40]!r}…)"):
        findings = detect(text)
        redacted = redact(text, findings)
    assert all(0 <= f.start < f.end <= len(text) for f in findings)
    assert isinstance(redacted, str)


@pytest.mark.parametrize(
    "unit",
    [
        "De Vries ",
        "Meneer ",
        "meneer ",
        "moeder Fatima van der ",
        "Mevrouw De Van Der ",
        "A. B. C. ",
        "Aa Bb ",
        "Kerk de ",
        "MOEDER FATIMA ",
        "fam. de ",
    ],
)
def test_the_reported_runs_are_checked_at_100_kb(unit: str) -> None:
    text = (unit * (MAX_CHARS // len(unit) + 1))[:MAX_CHARS]
    with must_finish(f"detect() of {unit!r} * {MAX_CHARS // len(unit)}"):
        detect(text)


def test_many_distinct_speakers_are_analysed(invoke, tmp_path) -> None:
    """10,000 distinct speakers: 22 s in the name redactor before; it must finish."""
    lines = ["Anna: Goedemiddag, ik ben van het wijkteam."]
    lines += [f"Spreker{i}: Hallo, hoe gaat het met u vandaag?" for i in range(10_000)]
    path = tmp_path / "veel-sprekers.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    with must_finish("analyze with 10,000 speakers"):
        result = invoke("analyze", path, "-p", "Anna")
    assert result.exit_code == 0, result.output
    assert "Spreker9999" not in result.output  # the others are [other] in the quotes


def test_privacy_check_refuses_a_text_above_the_transcript_limit(invoke, tmp_path) -> None:
    """``privacy check`` has the same size limit as transcripts, said before anything is
    read (a sparse file: nothing is written to disk)."""
    from partnerschap.privacy.check import MAX_BYTES

    path = tmp_path / "groot.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    result = invoke("privacy", "check", path)
    assert result.exit_code == 2, result.output
    assert "groter dan 50 MB" in result.output and "Traceback" not in result.output


def test_privacy_check_and_transcripts_share_one_limit() -> None:
    from partnerschap.privacy.check import MAX_BYTES as privacy_limit
    from partnerschap.transcript.reader import MAX_BYTES as transcript_limit

    assert privacy_limit == transcript_limit
