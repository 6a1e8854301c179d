"""Running a transcript analysis for a command (no terminal code).

Runs the analysis of :mod:`partnerschap.transcript` with the signals of a loaded principle
set (so user sets with ``signals`` work), redacts it through the privacy guard, and turns
its :class:`TranscriptError` into a user error. What the reports say about the result is
in :mod:`.report`; ``analyze --format json`` needs only this module, so it stays light.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import NamedTuple

from partnerschap.errors import PartnerschapError
from partnerschap.sets.model import PrincipleSet
from partnerschap.transcript import (
    LANGUAGES,
    AnalysisResult,
    CompiledSignals,
    Transcript,
    TranscriptError,
    analyze,
    compile_signals,
    resolve_professionals,
)

FORMATS = ("text", "md", "json")


class TranscriptProblem(PartnerschapError):
    """A :class:`TranscriptError` as a user error; renders the library's message, which
    names the file (and the line where there is one)."""

    def __init__(self, error: TranscriptError) -> None:
        super().__init__("error.transcript")
        self.error = error

    def render(self, lang: str) -> str:
        return self.error.message(lang)


@contextmanager
def user_errors() -> Iterator[None]:
    """Raise a library :class:`TranscriptError` as :class:`TranscriptProblem` (exit 2)."""
    try:
        yield
    except TranscriptError as exc:
        raise TranscriptProblem(exc) from None


def check_options(fmt: str, language: str | None) -> None:
    if fmt not in FORMATS:
        raise PartnerschapError("error.analyze.format", value=fmt)
    if language is not None and language not in LANGUAGES:
        raise PartnerschapError("error.analyze.language", value=language)


def signals_for_set(pset: PrincipleSet) -> CompiledSignals:
    """The compiled signals of a loaded set (principles without signals included)."""
    with user_errors():
        return compile_signals(
            ((p.id, p.signals) for p in pset.principles),
            set_id=pset.id,
            source=pset.path or None,
        )


# Records are NamedTuples: a frozen dataclass costs over 1 ms to create at import, and
# ``analyze --format json`` should start fast.


class Analysis(NamedTuple):
    """An analysis with what the reports say about it besides the result."""

    transcript: Transcript
    result: AnalysisResult
    pset: PrincipleSet
    professionals: tuple[str, ...]  # as given (--professional or the choice)
    language_given: bool
    redacted: bool
    has_signals: bool


def run_analysis(
    transcript: Transcript,
    professionals: Sequence[str],
    pset: PrincipleSet,
    *,
    language: str | None = None,
    redact: bool = True,
) -> Analysis:
    """Analyse against ``pset``'s signals; with ``redact`` every text goes through the
    privacy guard (:mod:`partnerschap.transcript.privacy`)."""
    signals = signals_for_set(pset)
    with user_errors():
        result = analyze(transcript, professionals, signals=signals, language=language)
    if redact:
        from partnerschap.transcript.privacy import redact_result

        result = redact_result(result)
    return Analysis(
        transcript=transcript,
        result=result,
        pset=pset,
        professionals=tuple(professionals),
        language_given=language is not None,
        redacted=redact,
        has_signals=result.language in signals.languages(),
    )


def professional_required(transcript: Transcript) -> TranscriptProblem:
    """The error of a non-interactive run without ``--professional`` (lists the speakers)."""
    try:
        resolve_professionals(transcript, [])
    except TranscriptError as exc:
        return TranscriptProblem(exc)
    raise AssertionError("resolve_professionals accepted no names")  # pragma: no cover
