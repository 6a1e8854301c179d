"""What the reports of a transcript analysis say (no terminal code).

Builds, from an :class:`~partnerschap.transcript.run.Analysis` (see :mod:`.run`), the
:class:`Report` that the terminal view and the markdown exporter both render: measures
with their references and MITI anchors, per-principle evidence with a few quotes, and the
lines that undermined a principle; and the ``--explain`` view of one line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from partnerschap.errors import PartnerschapError
from partnerschap.messages import t, t_n
from partnerschap.sets.model import PrincipleSet
from partnerschap.transcript import (
    NOTE,
    OTHER,
    PROFESSIONAL,
    REFERENCES,
    AnalysisResult,
    Quote,
    Transcript,
    rating,
    resolve_professionals,
    split_sentences,
)
from partnerschap.transcript.run import Analysis, user_errors

#: Quotes shown per principle in the text and markdown reports.
QUOTE_LIMIT = 3
#: Turns with a directive shown in the text and markdown reports.
DIRECTIVE_LIMIT = 5

#: The measures in the order of the report (the JSON ``metrics`` order).
MEASURES = (
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
    "simple_reflections",
    "complex_reflections",
    "complex_reflection_share",
)
_SHARES = {"open_question_share", "professional_word_share", "complex_reflection_share"}
_RATIOS = {"reflection_to_question"}


# --------------------------------------------------------------------------- formatting


def format_share(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    percent = round(value * 100)
    return f"{percent}%" if lang == "en" else f"{percent} %"


def format_ratio(value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    number = f"{value:g}"
    return f"{number}:1" if lang == "en" else f"{number.replace('.', ',')} : 1"


def format_value(measure: str, value: float | int | None, lang: str) -> str:
    if measure in _SHARES:
        return format_share(value, lang)
    if measure in _RATIOS:
        return format_ratio(value, lang)
    return "–" if value is None else str(value)


def quote_place(quote: Quote, lang: str) -> str:
    """``r. 12 · 00:01:23`` (``line 12`` in English; no time where the file has none)."""
    place = t("ui.analyze.line", lang, line=quote.line)
    return f"{place} · {quote.time}" if quote.time else place


def language_name(code: str, lang: str) -> str:
    return t(f"ui.analyze.language.{code}", lang)


# --------------------------------------------------------------------------- the report


class MetricRow(NamedTuple):
    key: str
    label: str
    value: str
    rating: str | None  # "below", "fair", "good" or None (no MITI threshold)
    rating_label: str
    meaning: str


class PrincipleRow(NamedTuple):
    id: str
    title: str
    status: str
    status_label: str
    honours: tuple[Quote, ...]  # the first QUOTE_LIMIT
    honours_total: int
    undermines_total: int

    @property
    def more(self) -> int:
        return self.honours_total - len(self.honours)


class UnderminingLine(NamedTuple):
    quote: Quote
    principles: tuple[str, ...]  # titles


class Report(NamedTuple):
    file: str
    format_label: str
    language_label: str
    set_title: str
    speakers: str
    metrics: tuple[MetricRow, ...]
    jargon: tuple[tuple[str, int], ...]
    principles: tuple[PrincipleRow, ...]
    undermining: tuple[UnderminingLine, ...]
    directives: tuple[Quote, ...]  # the first DIRECTIVE_LIMIT turns with a directive
    directives_total: int
    signals_note: str | None
    privacy_note: str
    note: str


def metric_rows(metrics: dict[str, float | int | None], lang: str) -> list[MetricRow]:
    rows = []
    for key in MEASURES:
        value = metrics.get(key)
        ref = REFERENCES.get(key)
        meaning = ref.get(lang, ref["en"]) if ref else t(f"ui.analyze.ref.{key}", lang)
        rated = rating(key, value) if ref else None
        rows.append(
            MetricRow(
                key=key,
                label=t(f"ui.analyze.m.{key}", lang),
                value=format_value(key, value, lang),
                rating=rated,
                rating_label=t(f"ui.analyze.rating.{rated}", lang) if rated else "",
                meaning=meaning,
            )
        )
    return rows


def saved_metric_rows(metrics: Mapping[str, Any], lang: str) -> list[MetricRow]:
    """The rows of measures a reflection saved (``reflect --transcript``), in report
    order; a measure the saving version did not have yet is left out."""
    return [row for row in metric_rows(dict(metrics), lang) if row.key in metrics]


def jargon_counts(result: AnalysisResult) -> list[tuple[str, int]]:
    counts: Counter[str] = Counter(
        term for u in result.utterances if u.role == PROFESSIONAL for term in u.jargon
    )
    return sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))


def _title(pset: PrincipleSet, principle_id: str, lang: str) -> str:
    principle = pset.principle(principle_id)
    return principle.title.get(lang) if principle else principle_id


def principle_rows(
    result: AnalysisResult, pset: PrincipleSet, lang: str, limit: int = QUOTE_LIMIT
) -> list[PrincipleRow]:
    return [
        PrincipleRow(
            id=p.principle,
            title=_title(pset, p.principle, lang),
            status=p.status,
            status_label=t(f"ui.analyze.status.{p.status}", lang),
            honours=p.honours[:limit],
            honours_total=len(p.honours),
            undermines_total=len(p.undermines),
        )
        for p in result.principles
    ]


def undermining_lines(
    result: AnalysisResult, pset: PrincipleSet, lang: str
) -> list[UnderminingLine]:
    """Every line that undermined a principle, in file order, with the principles' titles."""
    by_line: dict[tuple[int, str], tuple[Quote, list[str]]] = {}
    for p in result.principles:
        for quote in p.undermines:
            entry = by_line.setdefault((quote.line, quote.text), (quote, []))
            entry[1].append(_title(pset, p.principle, lang))
    return [
        UnderminingLine(quote, tuple(titles))
        for (_, _), (quote, titles) in sorted(by_line.items(), key=lambda kv: kv[0][0])
    ]


def directive_turns(result: AnalysisResult) -> list[Quote]:
    """The professional's turns coded as a directive or advice, as quotes."""
    return [
        Quote(u.line, u.time, u.text)
        for u in result.utterances
        if u.role == PROFESSIONAL and u.directive
    ]


def speakers_line(analysis: Analysis, lang: str) -> str:
    speakers = analysis.transcript.speakers()
    with user_errors():
        professionals = len(resolve_professionals(analysis.transcript, analysis.professionals))
    return t(
        "ui.analyze.speakers.value",
        lang,
        professionals=t_n("count.professionals", professionals, lang),
        others=t_n("count.others", len(speakers) - professionals, lang),
        turns=t_n("count.turns", len(analysis.transcript.turns), lang),
    )


def privacy_note(
    analysis: Analysis, result: AnalysisResult, directives: Sequence[Quote], lang: str
) -> str:
    """What the privacy guard did to the quotes shown, and how many to read again: a name
    without a role word ("met Daan thuis") is not found, so the note never says more."""
    if not analysis.redacted:
        return t("ui.analyze.not_redacted", lang)
    from partnerschap.transcript.privacy import quotes_to_check

    shown = [q.text for row in principle_rows(result, analysis.pset, lang) for q in row.honours]
    shown += [q.text for p in result.principles for q in p.undermines]
    shown += [q.text for q in directives]
    note = t("ui.analyze.redacted", lang)
    count = quotes_to_check(shown)
    if count:
        key = "ui.analyze.check_one" if count == 1 else "ui.analyze.check_many"
        note += " " + t(key, lang, count=count)
    return note


def build_report(analysis: Analysis, lang: str) -> Report:
    """Everything the text and markdown reports show, in the interface language ``lang``."""
    result = analysis.result
    language = language_name(result.language, lang)
    if not analysis.language_given:
        language = t("ui.analyze.language.detected", lang, language=language)
    directives = directive_turns(result)
    signals_note = None
    if not analysis.has_signals:
        if any(p.signals for p in analysis.pset.principles):
            signals_note = t(
                "ui.analyze.no_signals_lang",
                lang,
                language=language_name(result.language, lang),
            )
        else:
            signals_note = t("ui.analyze.no_signals", lang)
    return Report(
        file=result.file,
        format_label=t(f"ui.analyze.format.{analysis.transcript.format}", lang),
        language_label=language,
        set_title=f"{analysis.pset.title.get(lang)} · {analysis.pset.id}",
        speakers=speakers_line(analysis, lang),
        metrics=tuple(metric_rows(result.metrics.to_dict(), lang)),
        jargon=tuple(jargon_counts(result)),
        principles=tuple(principle_rows(result, analysis.pset, lang)),
        undermining=tuple(undermining_lines(result, analysis.pset, lang)),
        directives=tuple(directives[:DIRECTIVE_LIMIT]),
        directives_total=len(directives),
        signals_note=signals_note,
        privacy_note=privacy_note(analysis, result, directives[:DIRECTIVE_LIMIT], lang),
        note=NOTE.get(lang, NOTE["en"]),
    )


def speaker_choices(transcript: Transcript, lang: str) -> list[tuple[str, str]]:
    """``(name, label)`` per speaker for choosing the professional, with their share of words."""
    return [
        (
            s.name,
            t_n(
                "prompt.analyze.speaker",
                s.turns,
                lang,
                name=s.name,
                share=format_share(s.share, lang),
            ),
        )
        for s in transcript.speakers()
    ]


# --------------------------------------------------------------------------- --explain

#: The rules a ``why`` entry can name (the part before ":"), each with a message.
WHY_RULES = (
    "lead",
    "double-sided",
    "so-restatement",
    "you+state",
    "feeling",
    "overlap",
    "fragment",
    "completes-turn",
    "echo",
    "you-statement",
    "frame+you",
    "fragment+you",
    "continues-reflection",
    "declarative+?",
    "declarative+tag",
    "summary",
    "summary-of-turns",
    "feeling-not-said",
    "contrast",
    "adds-meaning",
    "open",
    "closed",
)


class ExplainedSentence(NamedTuple):
    text: str | None  # None when the shown (redacted) turn splits otherwise
    label: str  # open question, closed question, simple reflection, …
    reasons: tuple[str, ...]  # the rules that fired, in words


class Explanation(NamedTuple):
    """What ``analyze FILE --explain LINE`` shows: one turn, what the other said just
    before (what the coder compared it with), and per sentence its code and the rules."""

    line: int
    time: str | None
    professional: bool
    text: str
    before: tuple[Quote, ...]
    sentences: tuple[ExplainedSentence, ...]


def why_text(rule: str, lang: str) -> str:
    """One ``why`` entry in words: ``overlap:alcohol,week`` → "takes up the other's words:
    alcohol, week"; a rule without a message is shown as it is."""
    name, _, detail = rule.partition(":")
    if name not in WHY_RULES:
        return rule
    if name in ("open", "closed"):
        kind, _, word = detail.partition(":")
        key = f"ui.analyze.why.q.{kind}"
        text = t(key, lang, word=word) if kind else ""
        return f"{t(f'ui.analyze.why.{name}', lang)}: {text}" if text else rule
    return t(f"ui.analyze.why.{name}", lang, detail=detail.replace(",", ", "))


def sentence_label(kind: str, depth: str | None, lang: str) -> str:
    if kind == "reflection":
        return t(f"ui.analyze.explain.{depth or 'simple'}", lang)
    return t(f"ui.analyze.explain.{kind}", lang)


def explain_line(analysis: Analysis, line: int) -> Explanation:
    """The turn at ``line`` of the file (the turn that starts there, or the one the line
    belongs to) explained; :class:`PartnerschapError` (exit 2) when the file has no turn
    there."""
    utterances = analysis.result.utterances
    at = [i for i, u in enumerate(utterances) if u.line <= line]
    if not at:
        raise PartnerschapError(
            "error.analyze.explain_line", path=analysis.transcript.name, line=line
        )
    i = at[-1]
    u = utterances[i]
    before: list[Quote] = []
    for prev in reversed(utterances[:i]):
        if prev.role != OTHER:
            break
        before.insert(0, Quote(prev.line, prev.time, prev.text))
    return Explanation(
        line=u.line,
        time=u.time,
        professional=u.role == PROFESSIONAL,
        text=u.text,
        before=tuple(before),
        sentences=tuple(_explained(u.text, u.sentences)),
    )


def _explained(text: str, codes: Sequence) -> list[tuple]:
    shown = split_sentences(text) if codes else []
    texts: Sequence[str | None] = shown if len(shown) == len(codes) else [None] * len(codes)
    return [
        (sentence, c.type, c.reflection, c.why) for sentence, c in zip(texts, codes, strict=True)
    ]


def explanation_rows(explanation: Explanation, lang: str) -> tuple[ExplainedSentence, ...]:
    """The sentences of an explanation with their labels and reasons in ``lang``."""
    return tuple(
        ExplainedSentence(
            text, sentence_label(kind, depth, lang), tuple(why_text(w, lang) for w in why)
        )
        for text, kind, depth, why in explanation.sentences
    )
