"""MITI-style measures over the coded turns, and the reference values to show beside them.

Counts are per professional turn for reflections, directives and compliments (a turn with
two reflective sentences counts once, as the per-utterance JSON shows one boolean; it is a
complex reflection when one of its reflective sentences is complex), per
question for questions (several questions in one turn each count), and per distinct term
per turn for jargon. Shares and ratios are rounded to two decimals and are ``None`` when
there is nothing to divide by (no questions).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, Protocol

PROFESSIONAL = "professional"
OTHER = "other"


class _Coded(Protocol):
    role: str
    words: int
    questions: Sequence[Any]
    reflection: bool
    reflection_type: str | None
    directive: bool
    compliment: bool
    jargon: Sequence[str]


class Metrics(NamedTuple):
    """The measures of the issue's JSON ``metrics`` object, in its key order."""

    professional_turns: int
    questions: int
    open_questions: int
    closed_questions: int
    open_question_share: float | None
    reflections: int
    reflection_to_question: float | None
    directives: int
    compliments: int
    jargon: int
    professional_word_share: float
    longest_professional_run: int
    simple_reflections: int = 0
    complex_reflections: int = 0
    complex_reflection_share: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return self._asdict()


def _ratio(a: int, b: int) -> float | None:
    return round(a / b, 2) if b else None


def compute_metrics(utterances: Sequence[_Coded]) -> Metrics:
    """Measures over all turns (``role`` tells which are the professional's)."""
    prof = [u for u in utterances if u.role == PROFESSIONAL]
    questions = sum(len(u.questions) for u in prof)
    open_q = sum(1 for u in prof for q in u.questions if q.type == "open")
    reflections = sum(1 for u in prof if u.reflection)
    complex_r = sum(1 for u in prof if u.reflection and u.reflection_type == "complex")
    words_all = sum(u.words for u in utterances)
    words_prof = sum(u.words for u in prof)
    run = longest = 0
    for u in utterances:
        run = run + 1 if u.role == PROFESSIONAL else 0
        longest = max(longest, run)
    return Metrics(
        professional_turns=len(prof),
        questions=questions,
        open_questions=open_q,
        closed_questions=questions - open_q,
        open_question_share=_ratio(open_q, questions),
        reflections=reflections,
        reflection_to_question=_ratio(reflections, questions),
        directives=sum(1 for u in prof if u.directive),
        compliments=sum(1 for u in prof if u.compliment),
        jargon=sum(len(u.jargon) for u in prof),
        professional_word_share=round(words_prof / words_all, 2) if words_all else 0.0,
        longest_professional_run=longest,
        simple_reflections=reflections - complex_r,
        complex_reflections=complex_r,
        complex_reflection_share=_ratio(complex_r, reflections),
    )


#: Reference values to show beside the measures (MITI thresholds as the anchor), with a
#: plain-language explanation in both languages. ``thresholds`` are (value, label) pairs.
REFERENCES: dict[str, dict[str, Any]] = {
    "open_question_share": {
        "thresholds": [(0.5, "fair"), (0.7, "good")],
        "nl": (
            "Deel open vragen. MITI 3.1.1: 50 % is beginnende vaardigheid, 70 % is "
            "competent. Open vragen nodigen uit tot een verhaal of een eigen kijk."
        ),
        "en": (
            "Share of open questions. MITI 3.1.1: 50% is beginning proficiency, 70% is "
            "competency. Open questions invite a story or a view of their own."
        ),
    },
    "reflection_to_question": {
        "thresholds": [(1.0, "fair"), (2.0, "good")],
        "nl": (
            "Reflecties per vraag. MITI 4.2.1: 1 : 1 is redelijk, 2 : 1 is goed. Wie "
            "teruggeeft wat de ander zegt, laat merken dat die gehoord is."
        ),
        "en": (
            "Reflections per question. MITI 4.2.1: 1:1 is fair, 2:1 is good. Saying back "
            "what the other person said shows them they were heard."
        ),
    },
    "complex_reflection_share": {
        "thresholds": [(0.4, "fair"), (0.5, "good")],
        "nl": (
            "Deel complexe reflecties. MITI 4.2.1: 40 % is redelijk, 50 % is goed. Een "
            "complexe reflectie voegt iets toe: een gevoel dat de ander niet noemde, twee "
            "kanten tegelijk, een samenvatting."
        ),
        "en": (
            "Share of complex reflections. MITI 4.2.1: 40% is fair, 50% is good. A complex "
            "reflection adds something: a feeling the other did not name, two sides at once, "
            "a summary."
        ),
    },
    "professional_word_share": {
        "thresholds": [],
        "nl": "Jouw deel van alle woorden. Wie vooral luistert, praat minder dan de helft.",
        "en": "Your share of all words. Someone who mostly listens speaks less than half.",
    },
    "directives": {
        "thresholds": [],
        "nl": "Beurten met een opdracht of advies zonder toestemming ('u moet …').",
        "en": "Turns with an instruction or advice given without permission ('you have to …').",
    },
    "compliments": {
        "thresholds": [],
        "nl": "Beurten met een compliment dat gedrag benoemt ('wat goed dat u …').",
        "en": "Turns with a compliment that names behaviour ('well done for …').",
    },
    "jargon": {
        "thresholds": [],
        "nl": "Vaktermen die ouders vaak niet kennen ('regie', 'netwerk', 'OTS').",
        "en": "Professional terms parents often don't know ('core group', 'safety plan').",
    },
    "longest_professional_run": {
        "thresholds": [],
        "nl": "Meeste beurten van professionals achter elkaar, zonder dat de ander sprak.",
        "en": "Most professional turns in a row without the other person speaking.",
    },
}

#: The one note the report shows about all of this.
NOTE = {
    "nl": "Dit zijn signalen om over na te denken, geen oordeel over het gesprek.",
    "en": "These are signals to reflect on, not a verdict on the conversation.",
}


def rating(measure: str, value: float | None) -> str | None:
    """ "below", "fair" or "good" against the MITI thresholds, or None without thresholds."""
    ref = REFERENCES.get(measure)
    if value is None or not ref or not ref["thresholds"]:
        return None
    label = "below"
    for threshold, name in ref["thresholds"]:
        if value >= threshold:
            label = name
    return label
