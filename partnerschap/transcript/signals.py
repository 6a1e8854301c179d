"""Principle signals: phrases per principle and language that honour or undermine it.

Every principle of a set may carry, in its YAML, an optional ``signals`` block::

    signals:
      nl: {honours: ["wanneer gaat het (wel) goed*"], undermines: ["u moet gewoon*"]}
      en: {honours: ["when … go* well"], undermines: ["you just have to*"]}

Phrases use the syntax of :mod:`partnerschap.transcript.phrases`: readable words matched
**case- and accent-insensitively on word boundaries**, ``*`` = any word characters,
``…`` / ``...`` = a gap of a few words, ``(a|b)`` optional, ``[a|b]`` required choice,
``re:`` prefix for a raw regular expression on the normalised text. Each principle's
phrases are compiled once, on first use, into one alternation per language and polarity.

An *undermines* phrase does not count where a negation stands just before it, within the
same sentence ("ik zeg níet dat u een slechte moeder bent", "u hoeft niet alles in één
keer"). This module takes plain data (ids and ``signals`` mappings), so it does not depend
on the set model; :func:`load_signals_from_set_file` reads a set YAML directly.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from .errors import TranscriptError
from .phrases import (
    PhraseError,
    PhrasePattern,
    check_phrase,
    compile_phrases,
    compiled_before,
    normalize,
    unnegated,
    words_of,
)

POLARITIES = ("honours", "undermines")

_NEGATIONS = {
    "nl": frozenset(["niet", "geen", "nooit", "hoeft", "hoeven", "hoef"]),
    "en": frozenset(["not", "never", "no", "don't", "doesn't", "didn't", "won't", "isn't"]),
}


class PrincipleSignals:
    """The signals of one principle; each (polarity, language) alternation is compiled once,
    on first use (a Dutch transcript never pays for compiling the English phrases)."""

    def __init__(self, principle: str, phrases: Mapping[str, Mapping[str, tuple[str, ...]]]):
        self.principle = principle
        self.phrases = phrases  # {polarity: {lang: phrases}}
        self._compiled: dict[tuple[str, str], PhrasePattern | None] = {}

    def pattern(self, polarity: str, lang: str) -> PhrasePattern | None:
        key = (polarity, lang)
        if key not in self._compiled:
            self._compiled[key] = compile_phrases(self.phrases.get(polarity, {}).get(lang, ()))
        return self._compiled[key]

    def _all(self, polarity: str) -> dict[str, PhrasePattern]:
        out = {}
        for lang in self.phrases.get(polarity, {}):
            pat = self.pattern(polarity, lang)
            if pat is not None:
                out[lang] = pat
        return out

    @property
    def honours(self) -> dict[str, PhrasePattern]:
        return self._all("honours")

    @property
    def undermines(self) -> dict[str, PhrasePattern]:
        return self._all("undermines")

    def __repr__(self) -> str:
        return f"PrincipleSignals({self.principle!r})"


class CompiledSignals:
    """All principles of a set, in set order (principles without signals included)."""

    __slots__ = ("set_id", "principles", "_tables")

    def __init__(self, set_id: str | None, principles: tuple[PrincipleSignals, ...]) -> None:
        self.set_id = set_id
        self.principles = principles
        self._tables: dict[str, list[tuple[str, PhrasePattern | None, PhrasePattern | None]]] = {}

    def __repr__(self) -> str:
        return f"CompiledSignals({self.set_id!r}, {len(self.principles)} principles)"

    @property
    def ids(self) -> list[str]:
        return [p.principle for p in self.principles]

    def languages(self) -> set[str]:
        return {lang for p in self.principles for by in p.phrases.values() for lang in by}

    def match(self, text: str, lang: str, norm: str | None = None) -> tuple[list[str], list[str]]:
        """(honoured ids, undermined ids) for one utterance, in set order."""
        if norm is None:
            norm = normalize(text)
        words = words_of(norm)
        negations = _NEGATIONS.get(lang, frozenset())
        honours: list[str] = []
        undermines: list[str] = []
        for pid, h, u in self._table(lang):
            # the text's words are known once: most principles are skipped on them
            if h is not None and h.may_match(words, norm) and h.regex.search(norm):
                honours.append(pid)
            if u is not None and u.may_match(words, norm) and unnegated(u.regex, norm, negations):
                undermines.append(pid)
        return honours, undermines

    def _table(self, lang: str) -> list[tuple[str, PhrasePattern | None, PhrasePattern | None]]:
        """(principle id, honours pattern, undermines pattern) of every principle with
        signals in ``lang``, compiled on first use."""
        table = self._tables.get(lang)
        if table is None:
            rows = [
                (p.principle, p.pattern("honours", lang), p.pattern("undermines", lang))
                for p in self.principles
            ]
            table = self._tables[lang] = [r for r in rows if r[1] is not None or r[2] is not None]
        return table


def compile_signals(
    principles: Iterable[tuple[str, Mapping[str, Any] | None]],
    *,
    set_id: str | None = None,
    source: str | Path | None = None,
) -> CompiledSignals:
    """Check and prepare ``(principle id, signals mapping or None)`` pairs, keeping their order.

    Every phrase is parsed (and every ``re:`` regex compiled) here, so a bad phrase raises
    :class:`TranscriptError` ``invalid_signal`` (naming ``source``, the principle and the
    phrase) at load time; the alternations themselves are compiled on first use. A group
    of phrases that the pattern cache has compiled before is valid and not parsed again.
    """
    out: list[PrincipleSignals] = []
    for pid, signals in principles:
        phrases: dict[str, dict[str, tuple[str, ...]]] = {"honours": {}, "undermines": {}}
        for lang, spec in (signals or {}).items():
            if not isinstance(spec, Mapping):
                continue
            for polarity in POLARITIES:
                items = spec.get(polarity) or []
                if isinstance(items, str):
                    items = [items]
                items = tuple(str(p) for p in items)
                if compiled_before(items):
                    phrases[polarity][str(lang)] = items
                    continue
                for phrase in items:
                    try:
                        check_phrase(phrase)
                    except PhraseError as exc:
                        raise TranscriptError(
                            source,
                            None,
                            "invalid_signal",
                            signal=exc.phrase,
                            principle=pid,
                            reason=exc.reason,
                        ) from None
                if items:
                    phrases[polarity][str(lang)] = items
        out.append(PrincipleSignals(str(pid), phrases))
    return CompiledSignals(set_id, tuple(out))


def load_signals_from_set_file(path: str | Path) -> CompiledSignals:
    """Read a principle set YAML (``yaml.safe_load``) and compile its principles' signals."""
    from .coding import load_yaml

    p = Path(path)
    try:
        data = load_yaml(p)
    except FileNotFoundError:
        raise TranscriptError(p, None, "not_found") from None
    except Exception as exc:  # yaml errors, decoding errors
        raise TranscriptError(p, None, "invalid_set", reason=str(exc).splitlines()[0]) from None
    if not isinstance(data, Mapping) or not isinstance(data.get("principles"), list):
        raise TranscriptError(p, None, "invalid_set", reason="no 'principles' list")
    pairs = [
        (str(pr.get("id")), pr.get("signals"))
        for pr in data["principles"]
        if isinstance(pr, Mapping) and pr.get("id")
    ]
    return compile_signals(pairs, set_id=data.get("id"), source=p)
