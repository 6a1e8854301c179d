"""Transcripts: what was actually said in a conversation, principle by principle.

Owns reading transcripts (plain text, WebVTT and SubRip), the
coding of each professional turn (questions, reflections, directives, jargon), the
principle signals of a set, the measures with their reference values, running an
analysis for a command (:mod:`.run`), the report the commands show (:mod:`.report`), its
markdown (:mod:`.markdown`), and the privacy guard
applied to the quotes of an analysis (:mod:`.privacy`). No terminal code. Typical use::

    from partnerschap.transcript import read_transcript, analyze, load_signals_from_set_file

    transcript = read_transcript("gesprek.vtt")        # TranscriptError on bad input
    transcript.speakers()                               # [SpeakerShare(name, turns, words, share)]
    signals = load_signals_from_set_file("principles/partnerschap.yaml")
    result = analyze(transcript, ["Anna"], signals=signals)   # language detected
    print(result.to_json())                             # the analysis JSON

Importing this package is cheap: PyYAML is imported only when a YAML file is read.

May use: ``sets``, ``privacy`` and the shared ground.
"""

from .analysis import (
    STATUSES,
    AnalysisResult,
    PrincipleEvidence,
    Quote,
    Utterance,
    analyze,
    analyze_file,
    resolve_professionals,
)
from .coding import Coder, Coding, Question, code_turn, get_coder, split_sentences
from .errors import MESSAGES, TranscriptError
from .formats import Turn
from .language import LANGUAGES, detect_language
from .metrics import NOTE, OTHER, PROFESSIONAL, REFERENCES, Metrics, compute_metrics, rating
from .reader import MAX_BYTES, SpeakerShare, Transcript, parse_text, read_transcript
from .signals import CompiledSignals, compile_signals, load_signals_from_set_file

__all__ = [
    "LANGUAGES",
    "MAX_BYTES",
    "MESSAGES",
    "NOTE",
    "OTHER",
    "PROFESSIONAL",
    "REFERENCES",
    "STATUSES",
    "AnalysisResult",
    "Coder",
    "Coding",
    "CompiledSignals",
    "Metrics",
    "PrincipleEvidence",
    "Question",
    "Quote",
    "SpeakerShare",
    "Transcript",
    "TranscriptError",
    "Turn",
    "Utterance",
    "analyze",
    "analyze_file",
    "code_turn",
    "compile_signals",
    "compute_metrics",
    "detect_language",
    "get_coder",
    "load_signals_from_set_file",
    "parse_text",
    "rating",
    "read_transcript",
    "resolve_professionals",
    "split_sentences",
]
