"""Suggested answers for the reflection's checks, from what a transcript shows (pure logic).

``reflect --transcript`` pre-selects an answer where the transcript gives a clear signal
for a principle; the user sees why (the quoted line) and confirms or changes it:

============================  =========================================
evidence of the principle      ``yes`` for each of its checks
only counter-evidence          ``no``
mixed                          ``partly``
no signals                     no suggestion (the user answers as usual)
============================  =========================================

A principle's signals are not tied to one check, so all checks of the principle get the
same suggestion; the reason quotes the line it came from.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, NamedTuple

from partnerschap.messages import t
from partnerschap.reflection.engine import Answer
from partnerschap.sets.model import Principle
from partnerschap.transcript import AnalysisResult, PrincipleEvidence
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


def suggest_answers(
    evidence: Iterable[PrincipleEvidence], principles: Iterable[Principle], lang: str
) -> dict[str, Hint]:
    """``{check ref: Hint}`` for the checks of every principle with a clear signal."""
    by_id = {p.id: p for p in principles}
    hints: dict[str, Hint] = {}
    for item in evidence:
        answer = SUGGESTED.get(item.status)
        principle = by_id.get(item.principle)
        if answer is None or principle is None:
            continue
        why = reason(item, lang)
        for check in principle.checks:
            hints[check.ref] = Hint(answer.value, why)
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
