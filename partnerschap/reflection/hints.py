"""Suggested answers for the reflection's checks, from what a transcript shows (pure logic).

``reflect --transcript`` pre-selects an answer only for a check the transcript speaks to;
the user sees why (the quoted line) and confirms or changes it. Each check of a set names
the kinds of evidence that speak to it (``evidence:`` in the set's YAML, see
:data:`~partnerschap.sets.model.EVIDENCE_KINDS`); a check without any gets no suggestion,
and so does a check the transcript is silent on:

=================  ============================================================
``signals``        the principle's lines: honouring ``yes``, only undermining
                   ``no``, both ``partly``
``honours``        a honouring line of the principle: ``yes`` (undermining lines
                   deny nothing)
``undermines``     an undermining line of the principle: ``no`` (honouring lines
                   confirm nothing)
``exceptions``     the professional asked when things do go well: ``yes``
``compliment``     a compliment naming the effect: ``yes``; only compliments
                   without an effect: ``partly``
``understanding``  the professional checked understanding: ``yes``; a parent
                   asked "wat is ...?" after jargon: ``no``; both ``partly``
``jargon``         jargon explained in the same turn: ``yes``; a parent asked
                   what it means: ``no``; both ``partly``
=================  ============================================================

The extra phrases (an effect, checking understanding, explaining, asking what something
means) are in ``principles/analysis-hints.yaml`` per transcript language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from partnerschap.messages import t
from partnerschap.reflection.engine import Answer
from partnerschap.sets.model import Principle
from partnerschap.transcript import OTHER, PROFESSIONAL, AnalysisResult, PrincipleEvidence, Quote
from partnerschap.transcript.analysis import Utterance
from partnerschap.transcript.report import quote_place

SUGGESTED: Mapping[str, Answer] = {
    "evidence": Answer.YES,
    "counter_evidence": Answer.NO,
    "mixed": Answer.PARTLY,
}
#: Longest quote in a reason, in characters (a prompt line should stay readable).
QUOTE_CHARS = 70


class Hint(NamedTuple):
    """A suggested answer (an :class:`Answer` value) and why, with the quoted line."""

    answer: str
    reason: str


def shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    return flat[: limit - 1].rstrip(" ,;:") + "…"


def reason(evidence: PrincipleEvidence, lang: str) -> str:
    """Why the answer is suggested: the first quoted line (both kinds when mixed)."""
    if evidence.status == "mixed":
        good, bad = evidence.honours[0], evidence.undermines[0]
        return t(
            "ui.hint.reason.mixed",
            lang,
            line=quote_place(good, lang),
            quote=shorten(good.text, QUOTE_CHARS // 2 + 5),
            line2=quote_place(bad, lang),
            quote2=shorten(bad.text, QUOTE_CHARS // 2 + 5),
        )
    quote = (evidence.honours or evidence.undermines)[0]
    return t(
        f"ui.hint.reason.{evidence.status}",
        lang,
        line=quote_place(quote, lang),
        quote=shorten(quote.text),
    )


HINTS_FILE = "analysis-hints.yaml"
CUE_KINDS = ("effect", "checks_understanding", "explains", "asks_meaning", "exceptions")


def _pattern(phrase: str) -> str:
    """A cue phrase as a regular expression: whole words, ``*`` alone for one to three
    words, ``word*`` for any ending."""
    parts = []
    for word in phrase.casefold().split():
        if word == "*":
            parts.append(r"\S+(?:\s+\S+){0,2}")
        elif word.endswith("*"):
            parts.append(re.escape(word[:-1]) + r"\w*")
        else:
            parts.append(re.escape(word))
    return r"(?<!\w)" + r"\s+".join(parts) + r"(?!\w)"


@functools.lru_cache(maxsize=4)
def load_cues(lang: str) -> dict[str, re.Pattern[str] | None]:
    """The cues of ``principles/analysis-hints.yaml`` for a transcript language, compiled."""
    from partnerschap.transcript.coding import find_data_file, load_yaml

    data = load_yaml(find_data_file(HINTS_FILE)) or {}
    spec = data.get(lang) or data.get("nl") or {}
    cues: dict[str, re.Pattern[str] | None] = {}
    for kind in CUE_KINDS:
        phrases = [str(p) for p in spec.get(kind) or []]
        cues[kind] = re.compile("|".join(map(_pattern, phrases))) if phrases else None
    return cues


def _says(cues: Mapping[str, re.Pattern[str] | None], kind: str, text: str) -> bool:
    pattern = cues.get(kind)
    return bool(pattern and pattern.search(" ".join(text.casefold().split())))


def _quote(u: Utterance) -> Quote:
    return Quote(u.line, u.time, u.text)


class Turns:
    """What the turns of a transcript show for the checks that are not about one
    principle's signals (compliments, understanding, jargon)."""

    def __init__(self, utterances: Sequence[Utterance], cues: Mapping[str, Any]) -> None:
        prof = [u for u in utterances if u.role == PROFESSIONAL]
        self.compliments = [u for u in prof if u.compliment]
        self.with_effect = [u for u in self.compliments if _says(cues, "effect", u.text)]
        self.checked = [u for u in prof if _says(cues, "checks_understanding", u.text)]
        self.explained = [u for u in prof if u.jargon and _says(cues, "explains", u.text)]
        self.exceptions = [u for u in prof if _says(cues, "exceptions", u.text)]
        self.asked_meaning: list[Utterance] = []
        last_professional: Utterance | None = None
        for u in utterances:
            if u.role == PROFESSIONAL:
                last_professional = u
            elif (
                u.role == OTHER
                and last_professional is not None
                and last_professional.jargon
                and _says(cues, "asks_meaning", u.text)
            ):
                self.asked_meaning.append(u)


def _line(key: str, u: Utterance, lang: str) -> str:
    return t(key, lang, line=quote_place(_quote(u), lang), quote=shorten(u.text))


def _both(good: Utterance, bad: Utterance, lang: str) -> str:
    half = QUOTE_CHARS // 2 + 5
    return t(
        "ui.hint.reason.mixed",
        lang,
        line=quote_place(_quote(good), lang),
        quote=shorten(good.text, half),
        line2=quote_place(_quote(bad), lang),
        quote2=shorten(bad.text, half),
    )


def _for_or_against(good: Sequence[Utterance], bad: Sequence[Utterance], lang: str) -> Hint | None:
    """``yes`` for a good line, ``no`` for a parent asking what a term means, both ``partly``."""
    if good and bad:
        return Hint(Answer.PARTLY.value, _both(good[0], bad[0], lang))
    if bad:
        return Hint(Answer.NO.value, _line("ui.hint.reason.asked_meaning", bad[0], lang))
    if good:
        return Hint(Answer.YES.value, _line("ui.hint.reason.evidence", good[0], lang))
    return None


def _signals(item: PrincipleEvidence | None, turns: Turns, lang: str) -> Hint | None:
    answer = SUGGESTED.get(item.status) if item else None
    return Hint(answer.value, reason(item, lang)) if item and answer else None


def _honours(item: PrincipleEvidence | None, turns: Turns, lang: str) -> Hint | None:
    if not item or not item.honours:
        return None
    quote = item.honours[0]
    why = t(
        "ui.hint.reason.evidence", lang, line=quote_place(quote, lang), quote=shorten(quote.text)
    )
    return Hint(Answer.YES.value, why)


def _exceptions(item: PrincipleEvidence | None, turns: Turns, lang: str) -> Hint | None:
    if not turns.exceptions:
        return None
    return Hint(Answer.YES.value, _line("ui.hint.reason.evidence", turns.exceptions[0], lang))


def _undermines(item: PrincipleEvidence | None, turns: Turns, lang: str) -> Hint | None:
    if not item or not item.undermines:
        return None
    quote = item.undermines[0]
    why = t(
        "ui.hint.reason.counter_evidence",
        lang,
        line=quote_place(quote, lang),
        quote=shorten(quote.text),
    )
    return Hint(Answer.NO.value, why)


def _compliment(item: PrincipleEvidence | None, turns: Turns, lang: str) -> Hint | None:
    if turns.with_effect:
        return Hint(Answer.YES.value, _line("ui.hint.reason.evidence", turns.with_effect[0], lang))
    if turns.compliments:
        return Hint(
            Answer.PARTLY.value, _line("ui.hint.reason.no_effect", turns.compliments[0], lang)
        )
    return None


def _understanding(item: PrincipleEvidence | None, turns: Turns, lang: str) -> Hint | None:
    return _for_or_against(turns.checked, turns.asked_meaning, lang)


def _jargon(item: PrincipleEvidence | None, turns: Turns, lang: str) -> Hint | None:
    return _for_or_against(turns.explained, turns.asked_meaning, lang)


KINDS: Mapping[str, Callable[[PrincipleEvidence | None, Turns, str], Hint | None]] = {
    "signals": _signals,
    "honours": _honours,
    "undermines": _undermines,
    "exceptions": _exceptions,
    "compliment": _compliment,
    "understanding": _understanding,
    "jargon": _jargon,
}


def suggest_answers(
    evidence: Iterable[PrincipleEvidence],
    principles: Iterable[Principle],
    lang: str,
    utterances: Sequence[Utterance] = (),
    transcript_lang: str | None = None,
) -> dict[str, Hint]:
    """``{check ref: Hint}`` for each check the transcript speaks to, judged by the kinds
    of evidence the check names (the first kind with something to say); ``utterances``
    are the analysed turns, ``transcript_lang`` their language (for the cues)."""
    by_principle = {item.principle: item for item in evidence}
    turns: Turns | None = None
    hints: dict[str, Hint] = {}
    for principle in principles:
        item = by_principle.get(principle.id)
        for check in principle.checks:
            for kind in check.evidence:
                if turns is None:
                    turns = Turns(utterances, load_cues(transcript_lang or lang))
                hint = KINDS[kind](item, turns, lang)
                if hint is not None:
                    hints[check.ref] = hint
                    break
    return hints


def hint_text(hint: Hint, lang: str) -> str:
    """The suggestion and its reason, as shown before a check's own key hints:
    ``voorstel uit het transcript: ja, r. 26 · 00:00:23 "Hoe vaak …"``."""
    suggested = t("ui.hint.suggested", lang, answer=t(f"answer.{hint.answer}", lang))
    return f"{suggested}, {hint.reason}"


def flow_hints(hints: Mapping[str, Hint], lang: str) -> dict[str, tuple[str, str]]:
    """``{ref: (answer, text)}`` as :class:`~partnerschap.reflection.flow.ReflectionFlow`
    takes them: the answer pre-selected, the text shown in the prompt."""
    return {ref: (hint.answer, hint_text(hint, lang)) for ref, hint in hints.items()}


def saved_summary(results: Sequence[AnalysisResult]) -> dict[str, Any]:
    """What a saved reflection keeps of the analyses (one per set): the transcript's
    language, the metrics and per principle the status and evidence counts. No transcript
    text, no speaker names and no file name (which may hold a family's name)."""
    first = results[0].summary()
    principles: dict[str, Any] = {}
    for result in results:
        principles.update(result.summary()["principles"])
    return {
        "language": first["language"],
        "sets": [r.set for r in results],
        "metrics": first["metrics"],
        "principles": principles,
    }
