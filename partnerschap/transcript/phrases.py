"""Readable phrase patterns, compiled once into regular expressions.

Used for the coding cues in ``principles/analysis.yaml`` and for the ``signals`` of the
principles in a set. A phrase is matched **case- and accent-insensitively on word
boundaries** against the normalised text (see :func:`normalize`). Syntax:

``u moet``
    words, matched in this order, separated by spaces or punctuation within a sentence
    (a comma may stand between them; a full stop, question or exclamation mark may not).
``verander*``, ``*heid``
    ``*`` inside a word stands for any word characters (including none):
    ``verander*`` matches *veranderen*, *verandering*, *verander*.
``wat … goed`` or ``wat ... goed``
    a gap of a few words (zero to five).
``wanneer gaat het (wel) goed``
    words in parentheses are optional; ``(u|je|jij)`` is an optional choice (a ``?``
    written after the parenthesis, by regex habit, changes nothing).
``[u|je|jullie] moet``
    square brackets give a required choice; each choice may be several words.
``re:<regex>``
    a raw Python regular expression, matched on the normalised text (lower case, accents
    removed, typographic quotes made straight); word boundaries are then up to you.

Apostrophes and hyphens inside a word are literal (``what's``, ``e-mail``). Phrases are
compiled once; a set of phrases becomes one alternation, whose compiled form is kept on
disk between runs (:mod:`partnerschap.transcript.regex_cache`).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator

from partnerschap import regex_cache

_COMBINING = regex_cache.compile(
    r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_QUOTES = str.maketrans(
    {"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "„": '"', "–": "-", "—": "-"}
)

_WORD = regex_cache.compile(r"\w+")

#: Separator between two words of a phrase: anything but a word character or sentence end.
SEP = r"[^\w.?!]+"
#: A gap of zero to five words.
GAP = rf"{SEP}(?:[\w']+{SEP}){{0,5}}?"


def normalize(text: str) -> str:
    """Lower case, accents removed, typographic quotes and dashes made plain."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return _COMBINING.sub("", text).casefold()


class PhraseError(ValueError):
    """A phrase that cannot be compiled; ``phrase`` holds the offending text."""

    def __init__(self, phrase: str, reason: str) -> None:
        super().__init__(f"{phrase!r}: {reason}")
        self.phrase = phrase
        self.reason = reason


_TOKEN = regex_cache.compile(r"\.\.\.|[()\[\]|]|[^\s()\[\]|]+")


def _tokens(phrase: str) -> list[str]:
    out: list[str] = []
    for tok in _TOKEN.findall(phrase):
        # a word may end in "..." only as a gap of its own
        if len(tok) > 3 and tok.endswith("..."):
            out.extend([tok[:-3], "..."])
        else:
            out.append(tok)
    return out


def _word_rx(word: str) -> str:
    parts = word.split("*")
    return r"\w*".join(re.escape(p) for p in parts)


def _parse_seq(tokens: list[str], pos: int, closers: str) -> tuple[list, int]:
    """Items until a closer or '|'.

    Item: ('w', rx, word) | ('gap',) | ('grp', [seqs], optional)."""
    items: list = []
    while pos < len(tokens):
        tok = tokens[pos]
        if tok in closers or tok == "|":
            return items, pos
        if tok in (")", "]"):
            raise ValueError(f"unbalanced {tok!r}")
        if tok == "...":
            items.append(("gap",))
            pos += 1
        elif tok in ("(", "["):
            close = ")" if tok == "(" else "]"
            alts: list = []
            pos += 1
            while True:
                seq, pos = _parse_seq(tokens, pos, close)
                if not seq:
                    raise ValueError("empty choice")
                alts.append(seq)
                if pos >= len(tokens):
                    raise ValueError(f"missing {close!r}")
                if tokens[pos] == "|":
                    pos += 1
                    continue
                pos += 1  # the closer
                break
            items.append(("grp", alts, tok == "("))
            if pos < len(tokens) and tokens[pos] == "?":
                pos += 1  # "(a|b)?" is written by regex habit; "(a|b)" is optional already
        else:
            items.append(("w", _word_rx(tok), tok))
            pos += 1
    return items, pos


def _seq_rx(items: list) -> str:
    out = ""
    started = False
    gap = False
    for it in items:
        if it[0] == "gap":
            gap = True
            continue
        body = it[1] if it[0] == "w" else "(?:" + "|".join(_seq_rx(s) for s in it[1]) + ")"
        optional = it[0] == "grp" and it[2]
        sep = GAP if gap else SEP
        gap = False
        if not started:
            if optional:
                out += f"(?:{body}{SEP})?"
            else:
                out += body
                started = True
        elif optional:
            out += f"(?:{sep}{body})?"
        else:
            out += sep + body
    return out


def _required_words(items: list) -> frozenset[str] | None:
    """Words one of which every match of the sequence ``items`` contains as a whole word
    (a run of word characters with none beside it), or None when there are none to tell.

    A word of a phrase stands between word boundaries and separators (:data:`SEP`), so each
    run of word characters in it is a whole word of the text it matches. Of the required
    parts of the sequence (words without ``*``, required choices) the most selective is
    taken (:func:`_selectivity`): a rare word before a function word, a single long word
    before a choice of several.
    """
    best: frozenset[str] | None = None
    prefix: frozenset[str] = frozenset()  # a word's start, when no whole word is required
    for it in items:
        if it[0] == "w":
            if "*" in it[2]:
                # "stapje*": the text has a whole word starting with "stapje" (kept as
                # the marker "stapje*"); a star anywhere else tells nothing
                head = it[2][:-1]
                if it[2].endswith("*") and head and _WORD.fullmatch(head) and not prefix:
                    prefix = frozenset([it[2]])
                continue
            runs = _WORD.findall(it[2])
            if not runs:
                continue
            found: frozenset[str] | None = frozenset([max(runs, key=len)])
        elif it[0] == "grp" and not it[2]:
            alts = [_required_words(seq) for seq in it[1]]
            if any(a is None for a in alts):
                continue
            found = frozenset().union(*alts)  # type: ignore[arg-type]
        else:
            continue
        assert found is not None
        if best is None or _selectivity(found) < _selectivity(best):
            best = found
    return best if best is not None else (prefix or None)


def _selectivity(words: frozenset[str]) -> tuple[int, int, int]:
    """How many texts a set of required words lets through, roughly (smaller is better):
    common function words ("dat", "wat", "niet") first, then the number of words, then
    short words."""
    from partnerschap.transcript.language import FUNCTION_WORDS

    return (len(words & FUNCTION_WORDS), len(words), -min(map(len, words)))


def _raw_required(regex: str) -> frozenset[str] | None:
    """The word every match of a raw regex contains, when it starts with one: a word
    boundary, a run of word characters, then a space or a word boundary (``\\bwat (?:…``,
    ``\\bliever\\b.*``); None for any other regex (read by Python's own regex parser, so
    an alternation, an optional or repeated letter or a class is never taken for a word)."""
    try:  # the parser re itself uses (its opcodes come with it)
        from re import _parser as sre_parser
    except ImportError:  # pragma: no cover - Python 3.10
        import sre_parse as sre_parser  # type: ignore[no-redef]
    try:
        items = list(sre_parser.parse(regex))
    except (re.error, RecursionError):
        return None
    AT, AT_BOUNDARY, LITERAL = sre_parser.AT, sre_parser.AT_BOUNDARY, sre_parser.LITERAL
    if len(items) < 3 or items[0] != (AT, AT_BOUNDARY):
        return None
    word = ""
    for op, arg in items[1:]:
        if op is LITERAL and chr(arg).isascii() and (chr(arg).isalnum() or chr(arg) == "_"):
            word += chr(arg)
            continue
        if word and (op, arg) in ((LITERAL, ord(" ")), (AT, AT_BOUNDARY)):
            return frozenset([word.lower()])
        return None
    return None


def _phrase_parts(phrase: str) -> tuple[str, bool, frozenset[str] | None, list]:
    """(regex body without word boundaries, is a raw ``re:`` regex, required words, parsed
    items)."""
    if not isinstance(phrase, str) or not phrase.strip():
        raise PhraseError(str(phrase), "empty phrase")
    if phrase.startswith("re:"):
        raw = phrase[3:].strip()
        return f"(?:{raw})", True, _raw_required(raw), []
    try:
        tokens = _tokens(normalize(phrase))
        items, pos = _parse_seq(tokens, 0, "")
        if pos < len(tokens):
            raise ValueError("'|' outside brackets")
        body = _seq_rx(items)
        if not body:
            raise ValueError("no words")
    except ValueError as exc:
        raise PhraseError(phrase, str(exc)) from None
    return f"(?:{body})", False, _required_words(items), items


def _phrase_body(phrase: str) -> tuple[str, bool]:
    """(regex body without word boundaries, is a raw ``re:`` regex)."""
    body, raw, _, _ = _phrase_parts(phrase)
    return body, raw


def _check(phrase: str, rx: str) -> None:
    try:
        regex_cache.compile(rx)
    except re.error as exc:
        raise PhraseError(phrase, str(exc)) from None


def check_phrase(phrase: str) -> None:
    """Raise :class:`PhraseError` if ``phrase`` is not valid; cheap for plain phrases."""
    body, raw = _phrase_body(phrase)
    if raw:
        _check(phrase, body)


def phrase_regex(phrase: str) -> str:
    """The regular expression (for normalised text) of one phrase, with word boundaries."""
    body, raw = _phrase_body(phrase)
    rx = body if raw else rf"(?<!\w){body}(?!\w)"
    _check(phrase, rx)
    return rx


def _alternation(phrases: list[str]) -> str | None:
    """The plain alternation of ``phrases``: the reference that :func:`_grouped_alternation`
    (what :func:`compile_phrases` compiles) must match exactly as."""
    words: list[str] = []
    raws: list[str] = []
    for p in phrases:
        body, raw = _phrase_body(p)
        (raws if raw else words).append(body)
    parts = []
    if words:
        # one pair of boundaries around the whole alternation: about 100 times faster to
        # search than a lookbehind in front of every branch
        parts.append(r"(?<!\w)(?:" + "|".join(words) + r")(?!\w)")
    parts.extend(raws)
    return "|".join(parts) if parts else None


#: Most variants a phrase is unfolded into (see :func:`_unfold`).
_UNFOLD_LIMIT = 16


def _unfold(items: list) -> list[list] | None:
    """The phrase ``items`` as variants, in order, each starting with a word whose first
    letter is fixed, or None. ``(a|b) c`` becomes ``a c``, ``b c``, ``c``; ``[a|b] c``
    becomes ``a c``, ``b c``. A regex tries them in the same order as the original's
    choices, so the first match is the same."""
    if not items:
        return None
    first = items[0]
    if first[0] == "gap":  # a gap in front changes nothing (see _seq_rx)
        return _unfold(items[1:])
    if first[0] == "w":
        return [items] if first[2][:1].isalnum() else None
    alts = first[1]
    if any(not alt or alt[0][0] == "gap" or alt[-1][0] == "gap" for alt in alts):
        return None
    rest = items[1:]
    if first[2]:  # optional: after it, a gap in front of the next word changes nothing
        while rest and rest[0][0] == "gap":
            rest = rest[1:]
    out: list[list] = []
    for variant in [alt + rest for alt in alts] + ([rest] if first[2] else []):
        unfolded = _unfold(variant)
        if unfolded is None:
            return None
        out.extend(unfolded)
        if len(out) > _UNFOLD_LIMIT:
            return None
    return out


def _grouped_alternation(phrases: list[str]) -> tuple[str | None, frozenset[str] | None]:
    """The alternation of ``phrases``, grouped for speed, and the words one of which every
    match contains (None when some phrase has no such word, such as a raw ``re:`` regex).

    Python's regex engine tries every branch of an alternation at every position of the
    text. Here the branches are grouped by their first letter (``a(?:…|…)|b(?:…)``), so
    at a position only the branches starting with its letter are tried; when every branch
    starts with a fixed letter, the word boundary moves behind that letter and the engine
    skips positions whose letter starts no branch. Branches keep their order, so each match
    is the same as with :func:`_alternation` (tested).
    """
    branches: list[tuple[str, str]] = []  # (first letter or "", rest or whole body)
    raws: list[str] = []
    required: set[str] | None = set()
    for p in phrases:
        body, raw, need, items = _phrase_parts(p)
        if raw:
            raws.append(body)
        else:
            variants = _unfold(items)
            if variants is None:
                branches.append(("", body))
            else:
                for variant in variants:
                    rx = _seq_rx(variant)
                    branches.append((rx[0], rx[1:]))
        if need is None:
            required = None
        elif required is not None:
            required |= need
    words = frozenset(required) if required is not None else None
    parts: list[str] = []
    if branches and all(letter for letter, _ in branches):
        by_letter: dict[str, list[str]] = {}
        for letter, rest in branches:
            by_letter.setdefault(letter, []).append(rest)
        # "c(?<!\w\w)": the letter is a word character, so this is "no word character
        # before c"; starting with a letter lets the engine skip ahead (raw regexes come
        # after, as in the plain alternation)
        alts = [rf"{letter}(?<!\w\w)(?:{'|'.join(rests)})" for letter, rests in by_letter.items()]
        return "|".join(["(?:" + "|".join(alts) + r")(?!\w)", *raws]), words
    if branches:
        groups: list[str] = []
        run: dict[str, list[str]] = {}  # consecutive branches with a first letter

        def close_run() -> None:
            groups.extend(f"{letter}(?:{'|'.join(rests)})" for letter, rests in run.items())
            run.clear()

        for letter, rest in branches:
            if letter:
                run.setdefault(letter, []).append(rest)
            else:  # a branch without a first letter keeps its place between the runs
                close_run()
                groups.append(rest)
        close_run()
        parts.append(r"(?<!\w)(?:" + "|".join(groups) + r")(?!\w)")
    parts.extend(raws)
    return ("|".join(parts) if parts else None), words


_last_words: tuple[str, frozenset[str]] = ("", frozenset())


def words_of(text: str) -> frozenset[str]:
    """The whole words of ``text`` (runs of word characters); the last answer is kept, as
    one text is searched by many patterns in a row."""
    global _last_words
    last = _last_words
    if last[0] is text or last[0] == text:
        return last[1]
    words = frozenset(_WORD.findall(text))
    _last_words = (text, words)  # one assignment: safe if another thread asks too
    return words


class PhrasePattern:
    """A compiled alternation of phrases that skips texts it cannot match.

    Every phrase of the alternation (unless it is a raw ``re:`` regex) needs one of a few
    words of its own; a text without any of them is not searched. That is exact, not a
    heuristic, and saves most searches: a turn contains the words of only a few of the
    principles' phrases. Used like the compiled regex: ``search``, ``finditer``,
    ``pattern``.
    """

    __slots__ = ("regex", "words", "pattern", "_exact", "_prefixes")

    def __init__(self, regex: re.Pattern[str], words: frozenset[str] | None) -> None:
        self.regex = regex
        self.words = words  # whole words, and "stapje*" for a word starting with "stapje"
        self.pattern = regex.pattern
        self._exact = frozenset(w for w in words or () if not w.endswith("*"))
        self._prefixes = tuple(w[:-1] for w in words or () if w.endswith("*"))

    def may_match(self, words: frozenset[str], text: str) -> bool:
        """Whether ``text``, with these whole words (:func:`words_of`), may match (a word
        start is looked for in the text: a word that begins so contains it)."""
        if self.words is None or not self._exact.isdisjoint(words):
            return True
        for prefix in self._prefixes:  # noqa: SIM110 - no generator: runs per text and pattern
            if prefix in text:
                return True
        return False

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if not self.may_match(words_of(text), text):
            return None
        return self.regex.search(text, pos)

    def finditer(self, text: str, pos: int = 0) -> Iterator[re.Match[str]]:
        if not self.may_match(words_of(text), text):
            return iter(())
        return self.regex.finditer(text, pos)

    def __repr__(self) -> str:
        return f"PhrasePattern({self.pattern[:40]!r}…)"


#: Raise when the same phrases compile to another pattern or other required words, so that
#: cached patterns of an earlier build are not used (the cache is also keyed by release).
COMPILER_REVISION = 5


def _material(items: list[str]) -> str:
    return f"{COMPILER_REVISION}\x1e" + "\x1f".join(items)


def compiled_before(phrases: Iterable[str]) -> bool:
    """Whether exactly these phrases were compiled before (from the pattern cache): then
    every one of them is valid and checking them again can be skipped."""
    return regex_cache.has_built(_material([str(p) for p in phrases]))


def compile_phrases(phrases: Iterable[str]) -> PhrasePattern | None:
    """One compiled alternation of all ``phrases``; ``None`` when there are none.

    Raises :class:`PhraseError` naming the first phrase that does not compile.
    """
    items = [str(p) for p in phrases]
    if not items:
        return None

    def build() -> tuple[str, tuple[str, ...] | None]:
        rx, words = _grouped_alternation(items)
        assert rx is not None  # every phrase gives a body or raises PhraseError
        return rx, tuple(sorted(words)) if words is not None else None

    try:
        # keyed by the phrases themselves: a warm run skips parsing them too
        regex, words = regex_cache.compile_built(
            _material(items), build, check=lambda extra: extra is None or type(extra) is tuple
        )
    except re.error:
        for p in items:  # find the culprit only when something is wrong
            phrase_regex(p)
        raise
    return PhrasePattern(regex, frozenset(words) if words is not None else None)


_SPLIT = regex_cache.compile(r"[^\w.?!]+")
_PLAIN = regex_cache.compile(r"[^*()\[\]|…]+")


def _literal_key(text: str) -> str:
    """Words of a text as a phrase separates them: any run of characters that is neither a
    word character nor a sentence end (:data:`SEP`) counts as one space."""
    return " ".join(w for w in _SPLIT.split(text) if w)


class NamedPhrases:
    """Phrase groups searched together; :meth:`finditer_names` tells which group matched.

    Telling which group a hit belongs to is cheap for groups of plain words (most jargon):
    a hit can only be such a group if it has the same words, so a dictionary gives the one
    candidate. Other groups (wildcards, choices, gaps, ``re:``) are tried in order; each
    group's own pattern is built and compiled only when it is needed.
    """

    def __init__(self, pattern: PhrasePattern, groups: tuple[tuple[str, tuple[str, ...]], ...]):
        self.pattern = pattern
        self.groups = groups  # (name, phrases) in order
        self._compiled: dict[int, re.Pattern[str]] = {}
        self._by_words: dict[str, int] = {}  # words of a plain group -> its first index
        self._other: list[int] = []  # indices of the groups that are not plain words
        self._starts: dict[int, tuple[str, ...]] = {}  # how a hit of such a group begins
        for i, (_, phrases) in enumerate(groups):
            if len(phrases) == 1 and not phrases[0].startswith("re:") and _plain(phrases[0]):
                self._by_words.setdefault(_literal_key(normalize(phrases[0])), i)
            else:
                self._other.append(i)
                self._starts[i] = tuple(_fixed_start(p) for p in phrases)
        self._names: dict[str, str | None] = {}

    def _fullmatch(self, i: int, hit: str) -> bool:
        rx = self._compiled.get(i)
        if rx is None:
            body = _alternation(list(self.groups[i][1]))
            assert body is not None
            rx = self._compiled[i] = regex_cache.compile(body)
        return rx.fullmatch(hit) is not None

    def name_of(self, hit: str) -> str | None:
        """The name of the first group (in order) whose phrases match all of ``hit``."""
        if hit in self._names:
            return self._names[hit]
        candidate = self._by_words.get(_literal_key(hit))
        # a plain group matches only a hit with its words: the groups before the candidate
        # that can match are the other groups
        order = [
            i
            for i in self._other
            if (candidate is None or i < candidate) and hit.startswith(self._starts[i])
        ]
        if candidate is not None:
            order.append(candidate)
        found = next((self.groups[i][0] for i in order if self._fullmatch(i, hit)), None)
        if found is None:  # not expected: the pattern matched, so some group does
            found = next(
                (name for i, (name, _) in enumerate(self.groups) if self._fullmatch(i, hit)),
                None,
            )
        self._names[hit] = found
        return found

    def finditer_names(self, text: str) -> Iterator[str]:
        for m in self.pattern.finditer(text):
            name = self.name_of(m.group(0))
            if name is not None:
                yield name


_START = regex_cache.compile(r"[^\s*()\[\]|…]*")


def _fixed_start(phrase: str) -> str:
    """The letters every match of ``phrase`` begins with ("" when it may begin otherwise)."""
    if phrase.startswith("re:"):
        return ""
    start = _START.match(normalize(phrase).lstrip())
    word = start.group(0) if start else ""
    return word.split("...", 1)[0]


def _plain(phrase: str) -> bool:
    """Only words (no ``*``, choices, gaps or parentheses)."""
    return _PLAIN.fullmatch(phrase) is not None and "..." not in phrase


def compile_named(entries: Iterable[tuple[str, Iterable[str]]]) -> NamedPhrases | None:
    """Groups of phrases, each with a name, searched as one alternation."""
    groups: list[tuple[str, tuple[str, ...]]] = []
    all_phrases: list[str] = []
    for name, phrases in entries:
        group = tuple(str(p) for p in phrases)
        if not group:
            continue
        groups.append((name, group))
        all_phrases.extend(group)
    pattern = compile_phrases(all_phrases)
    if pattern is None:
        return None
    return NamedPhrases(pattern, tuple(groups))


def unnegated(
    pattern: PhrasePattern | re.Pattern[str], text: str, negations: frozenset[str]
) -> bool:
    """Whether ``pattern`` matches ``text`` somewhere not preceded (within four words of
    the same sentence) by a negation such as *niet*, *geen*, *not*, *never*."""
    first = pattern.search(text)
    if first is None:
        return False
    if not negations:
        return True
    for m in pattern.finditer(text, first.start()):
        before = re.split(r"[.?!]", text[max(0, m.start() - 60) : m.start()])[-1]
        words = re.findall(r"[\w']+", before)[-4:]
        if not any(w in negations or w.endswith("n't") for w in words):
            return True
    return False
