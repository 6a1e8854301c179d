"""Detecting whether a transcript is in Dutch or English, from common function words."""

from __future__ import annotations

from collections.abc import Iterable

from partnerschap import regex_cache

_WORD = regex_cache.compile(r"[a-zà-ÿ']+")

_NL = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "ik",
        "je",
        "jij",
        "u",
        "uw",
        "dat",
        "die",
        "dit",
        "is",
        "niet",
        "wat",
        "op",
        "zijn",
        "er",
        "met",
        "voor",
        "maar",
        "ook",
        "dan",
        "nog",
        "wel",
        "hij",
        "zij",
        "ze",
        "we",
        "wij",
        "hoe",
        "waarom",
        "wanneer",
        "hebt",
        "heeft",
        "heb",
        "ben",
        "bent",
        "kan",
        "kunt",
        "wil",
        "wilt",
        "gaat",
        "naar",
        "als",
        "zo",
        "nou",
        "eens",
        "toch",
        "hè",
        "mijn",
        "jullie",
        "geen",
        "om",
        "bij",
        "uit",
        "nu",
        "al",
    ]
)
_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "and",
        "of",
        "i",
        "you",
        "your",
        "that",
        "this",
        "not",
        "what",
        "it",
        "to",
        "for",
        "but",
        "with",
        "do",
        "does",
        "have",
        "has",
        "be",
        "were",
        "are",
        "he",
        "she",
        "they",
        "we",
        "how",
        "why",
        "when",
        "can",
        "could",
        "would",
        "will",
        "my",
        "me",
        "so",
        "just",
        "about",
        "there",
        "if",
        "or",
        "at",
        "on",
        "don't",
        "it's",
        "that's",
        "i'm",
        "you're",
    ]
)

LANGUAGES = ("nl", "en")
#: The function words of both languages (what a phrase prefilter avoids relying on).
FUNCTION_WORDS = _NL | _EN


def detect_language(texts: Iterable[str], default: str = "nl", max_words: int = 4000) -> str:
    """``"nl"`` or ``"en"``: whichever language's function words are more frequent."""
    nl = en = seen = 0
    for text in texts:
        for w in _WORD.findall(text.lower()):
            nl += w in _NL
            en += w in _EN
            seen += 1
        if seen >= max_words:
            break
    if nl == en:
        return default
    return "nl" if nl > en else "en"
