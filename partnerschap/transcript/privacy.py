"""Redacting the texts of a transcript analysis with the privacy guard (no terminal code).

Every text in an :class:`~partnerschap.transcript.AnalysisResult` (the turns, the questions
and the quoted lines) goes through :mod:`partnerschap.privacy` in one call, so a name gets
the same placeholder everywhere and a name found in one turn is removed from the others too.
Speakers' own names were already replaced by ``[professional]`` / ``[other]``.

The privacy rules are costly (about 0.1 ms per turn, and their import takes longer than
the whole analysis of a short transcript), so texts that cannot hold an identifier are
skipped: :func:`may_identify` is False for a text without digits, without ``@`` or
"(at)", without a capitalised word other than the first word of a sentence and without a
listed name in lower case or capitals. Every rule of the privacy guard needs one of those
(a name is a capitalised word after a trigger such as "moeder", "mevrouw" or "hallo", or a
listed name typed in lower case or capitals after one; the structured identifiers need
digits or ``@``). A skipped turn that
contains a word of a name found elsewhere ("Lisa slaapt slecht." after "uw dochter Lisa")
is redacted too. ``tests/test_analyze_cli.py`` checks on every corpus in ``tests/data`` that
a skipped text is one in which the guard finds nothing.

What the guard does is limited: it replaces identifiers and names after a role word, a
title or a greeting. A name without one ("met Daan thuis") stays. :func:`quotes_to_check`
counts the quotes shown that still hold a word the guard could not judge
(:func:`partnerschap.privacy.possible_names`), so that the report says what was done and
which quotes to read again, never that the quotes are anonymous.
"""

from __future__ import annotations

from collections.abc import Iterable

from partnerschap import regex_cache
from partnerschap.name_lists import may_hold_typed_name
from partnerschap.transcript import AnalysisResult, Question, Quote, Utterance
from partnerschap.transcript.analysis import visible_why

_UP = "A-ZÀ-ÖØ-Þ\u0100-\u017f"
_LO = "a-zß-öø-ÿ\u0100-\u017f"
_RISK = regex_cache.compile(rf"[\d@]|[{_UP}][{_LO}]")
# A sentence ends at "?" or "!", or at "." after a word (not an initial) that is no abbreviation
# ("mevr. Yilmaz", "A. Jansen" and "geb. 3-4-2015" go on).
_SENTENCE_END = regex_cache.compile(
    r"(?:[?!]|(?<![\w.])(?P<word>[A-Za-zß-ÿ][a-zß-ÿ]+)\.)[ \t\r\n]+$"
)
_ABBREVIATIONS = frozenset(
    {"mevr", "mw", "mej", "dhr", "hr", "mr", "mrs", "ms", "mx", "dr", "drs", "ir", "ing"}
    | {"prof", "ds", "jr", "sr", "geb", "nr", "fam", "wed", "st", "bc", "mgr", "ca"}
)
_TYPED_EMAIL = regex_cache.compile(r"(?i:[(\[{][ \t]*(?:at|apenstaartje)[ \t]*[)\]}])|[ \t]AT[ \t]")
_WORD = regex_cache.compile(r"[\w'-]+")


def may_identify(text: str) -> bool:
    """Whether the privacy guard could find anything in ``text`` (False only when it can't)."""
    first = len(text) - len(text.lstrip())  # where the text proper begins
    for m in _RISK.finditer(text):
        if len(m.group(0)) == 1:  # a digit or "@"
            return True
        start = m.start()
        if start <= first:  # the first word of the text
            continue
        # only the end of what comes before (copying all of it made long texts quadratic)
        end = _SENTENCE_END.search(text[max(0, start - 24) : start])
        if end is None or (end.group("word") or "").casefold() in _ABBREVIATIONS:
            return True
    # typed as people type: "jan(at)example.nl", "moeder fatima", "MOEDER FATIMA"
    return bool(_TYPED_EMAIL.search(text)) or may_hold_typed_name(text)


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def redact_texts(texts: Iterable[str]) -> dict[str, str]:
    """``{text: redacted text}`` for the given texts, redacted together (one numbering)."""
    unique = list(dict.fromkeys(texts))
    out = {text: text for text in unique}
    chosen = [text for text in unique if may_identify(text)]
    if not chosen:
        return out  # without importing the privacy rules
    from partnerschap.privacy import Kind, apply_findings, detect_fields

    found = detect_fields({str(i): text for i, text in enumerate(chosen)})
    names: set[str] = set()
    for findings in found.values():
        names |= {w for f in findings if f.kind == Kind.NAME for w in _words(f.text)}
    if names:
        taken = set(chosen)
        extra = [t for t in unique if t not in taken and _words(t) & names]
        if extra:  # a found name elsewhere: redact again with those turns, for one numbering
            chosen += extra
            found = detect_fields({str(i): text for i, text in enumerate(chosen)})
    current = {str(i): apply_findings(text, found[str(i)]) for i, text in enumerate(chosen)}
    # As privacy.redact does: again until nothing changes (only the changed texts).
    changed = [k for k, text in zip(current, chosen, strict=True) if current[k] != text]
    while changed:
        again = detect_fields({k: current[k] for k in changed})
        new = {k: apply_findings(current[k], again[k]) for k in changed}
        changed = [k for k in changed if new[k] != current[k]]
        current.update(new)
    for i, text in enumerate(chosen):
        out[text] = current[str(i)]
    return out


def redact_result(result: AnalysisResult) -> AnalysisResult:
    """The result with every turn, question and quote redacted."""
    texts: list[str] = []
    for u in result.utterances:
        texts.append(u.text)
        texts.extend(q.text for q in u.questions)
    for p in result.principles:
        texts.extend(q.text for q in (*p.honours, *p.undermines))
    red = redact_texts(texts)
    if all(red[text] == text for text in red):
        return result

    def quotes(items: tuple[Quote, ...]) -> tuple[Quote, ...]:
        if all(red[q.text] == q.text for q in items):
            return items
        return tuple(q._replace(text=red[q.text]) for q in items)

    def utterance(u: Utterance) -> Utterance:
        if red[u.text] == u.text and all(red[q.text] == q.text for q in u.questions):
            return u
        text = red[u.text]
        return u._replace(
            text=text,
            questions=tuple(Question(q.type, red[q.text]) for q in u.questions),
            why=visible_why(u.why, text),
            sentences=tuple(c._replace(why=visible_why(c.why, text)) for c in u.sentences),
        )

    return result._replace(
        utterances=tuple(utterance(u) for u in result.utterances),
        principles=tuple(
            p._replace(honours=quotes(p.honours), undermines=quotes(p.undermines))
            for p in result.principles
        ),
    )


_CAPITAL = regex_cache.compile(rf"[{_UP}]")


def quotes_to_check(texts: Iterable[str]) -> int:
    """How many of the (redacted) ``texts`` hold a word that may be a name the guard could
    not judge; texts without a capital letter cannot, and need no privacy rules."""
    unique = [text for text in dict.fromkeys(texts) if _CAPITAL.search(text)]
    if not unique:
        return 0
    from partnerschap.privacy import possible_names

    return sum(1 for text in unique if possible_names(text))
