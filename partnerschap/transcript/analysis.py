"""Analysing a transcript: roles, coding, metrics and per-principle evidence.

:func:`analyze` turns a parsed :class:`~partnerschap.transcript.reader.Transcript` into an
:class:`AnalysisResult` whose :meth:`~AnalysisResult.to_json` is the analysis JSON (its keys
are fixed: new keys are added, none are renamed or removed).
Speakers are referred to by role only (``professional`` / ``other``): names never appear in
the result, and where a speaker's name occurs inside a quoted text it is replaced by
``[professional]`` or ``[other]``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from .coding import Question, SentenceCode, get_coder, sentences_of, turn_question_type
from .errors import TranscriptError, speaker_list
from .language import LANGUAGES, detect_language
from .metrics import OTHER, PROFESSIONAL, Metrics, compute_metrics
from .phrases import PhrasePattern, normalize, unnegated
from .reader import Transcript, count_words, read_transcript
from .signals import _NEGATIONS, CompiledSignals, load_signals_from_set_file

STATUSES = ("evidence", "counter_evidence", "mixed", "none")

_ROLE_WORDS = frozenset(
    [
        "moeder",
        "vader",
        "mama",
        "papa",
        "ouder",
        "ouders",
        "kind",
        "jongere",
        "jeugdige",
        "hulpverlener",
        "professional",
        "gezinsvoogd",
        "jeugdbeschermer",
        "medewerker",
        "client",
        "cliënt",
        "interviewer",
        "spreker",
        "speaker",
        "mother",
        "father",
        "mum",
        "mom",
        "dad",
        "parent",
        "child",
        "young",
        "person",
        "worker",
        "social",
        "therapist",
        "counsellor",
        "counselor",
        "caseworker",
        "teacher",
        "leerkracht",
        "opa",
        "oma",
        "grandma",
        "grandpa",
        "partner",
        "mevrouw",
        "meneer",
        "dhr",
        "mevr",
        "mr",
        "mrs",
        "ms",
        "dr",
        "gv",
        "vt",
        "raad",
        "coach",
        "trainer",
        "acteur",
        "actor",
        "rollenspeler",
    ]
)
_PARTICLES = frozenset(
    ["de", "van", "der", "den", "ten", "ter", "het", "la", "le", "von", "da", "di", "du"]
)


class Quote(NamedTuple):
    """A quoted line: where the turn starts in the file, its time, and the words."""

    line: int
    time: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"line": self.line, "time": self.time, "text": self.text}


class Utterance(NamedTuple):
    """One turn of any speaker; coded fields are filled for the professional's turns."""

    line: int
    time: str | None
    role: str
    text: str
    words: int
    questions: tuple[Question, ...] = ()
    reflection: bool = False
    directive: bool = False
    compliment: bool = False
    jargon: tuple[str, ...] = ()
    honours: tuple[str, ...] = ()
    undermines: tuple[str, ...] = ()
    reflection_type: str | None = None
    why: tuple[str, ...] = ()
    sentences: tuple[SentenceCode, ...] = ()  # per sentence (for ``--explain``; not in JSON)

    @property
    def question_type(self) -> str | None:
        """open if any question is open, closed if there are only closed ones, else None."""
        return turn_question_type(self.questions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "line": self.line,
            "time": self.time,
            "role": self.role,
            "text": self.text,
            "questions": [{"type": q.type, "text": q.text} for q in self.questions],
            "reflection": self.reflection,
            "directive": self.directive,
            "compliment": self.compliment,
            "jargon": list(self.jargon),
            "honours": list(self.honours),
            "undermines": list(self.undermines),
            "question_type": turn_question_type(self.questions),
            "words": self.words,
            "reflection_type": self.reflection_type,
            "why": list(self.why),
        }


class PrincipleEvidence(NamedTuple):
    """What the professional's turns show for one principle."""

    principle: str
    status: str
    honours: tuple[Quote, ...]
    undermines: tuple[Quote, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "principle": self.principle,
            "status": self.status,
            "honours": [q.to_dict() for q in self.honours],
            "undermines": [q.to_dict() for q in self.undermines],
        }


class AnalysisResult(NamedTuple):
    """The whole analysis; :meth:`to_json` gives the analysis JSON."""

    file: str
    language: str
    set: str | None
    metrics: Metrics
    principles: tuple[PrincipleEvidence, ...]
    utterances: tuple[Utterance, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "language": self.language,
            "set": self.set,
            "metrics": self.metrics.to_dict(),
            "principles": [p.to_dict() for p in self.principles],
            "utterances": [u.to_dict() for u in self.utterances],
        }

    def to_json(self, indent: int | None = None) -> str:
        """The JSON text; ``indent=None`` (compact) is several times faster than ``indent=2``."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def evidence_counts(self) -> dict[str, dict[str, int]]:
        """``{principle: {"honours": n, "undermines": m}}``: what a saved reflection keeps."""
        return {
            p.principle: {"honours": len(p.honours), "undermines": len(p.undermines)}
            for p in self.principles
        }

    def summary(self) -> dict[str, Any]:
        """Metrics and evidence counts without any transcript text (safe to save)."""
        return {
            "file": self.file,
            "language": self.language,
            "set": self.set,
            "metrics": self.metrics.to_dict(),
            "principles": {
                p.principle: {
                    "status": p.status,
                    "honours": len(p.honours),
                    "undermines": len(p.undermines),
                }
                for p in self.principles
            },
        }


# --------------------------------------------------------------------------- roles


def _key(name: str) -> str:
    return " ".join(normalize(name).split())


def resolve_professionals(transcript: Transcript, names: Iterable[str]) -> set[str]:
    """The speaker names meant by ``names`` (case- and accent-insensitive).

    A name matches a speaker exactly, or else the one speaker whose name starts with it as
    a whole word ("Anna" for "Anna de Vries"). Raises :class:`TranscriptError`
    ``professional_required`` without names and ``unknown_professional`` for a name that
    matches no speaker (or several); both list the speakers with their share of words.
    """
    wanted = [n for n in names if n and n.strip()]
    if not wanted:
        raise TranscriptError(
            transcript.path,
            None,
            "professional_required",
            speakers=speaker_list(transcript.speakers()),
        )
    # names in order of first appearance (the shares of words only for a message)
    by_key = {_key(name): name for name in dict.fromkeys(t.speaker for t in transcript.turns)}
    chosen: set[str] = set()
    for name in wanted:
        k = _key(name)
        if k in by_key:
            chosen.add(by_key[k])
            continue
        prefix = [full for key, full in by_key.items() if key.startswith(k + " ")]
        if len(prefix) == 1:
            chosen.add(prefix[0])
            continue
        raise TranscriptError(
            transcript.path,
            None,
            "unknown_professional",
            name=name,
            speakers=speaker_list(transcript.speakers()),
        )
    return chosen


#: Up to this many names, one alternation with a substring test in front (fastest for the
#: usual two or three speakers); more are looked up word by word, so that the work per text
#: does not grow with the number of speakers (10,000 distinct speakers took 22 s).
_NAMES_PER_PATTERN = 64
_WORD_RUN = re.compile(r"\w+")


def _name_redactor(transcript: Transcript, professionals: set[str]):
    """A function replacing speakers' names in a text by their role in brackets."""
    pairs: list[tuple[str, str]] = []
    for speaker in {t.speaker for t in transcript.turns}:
        role = f"[{PROFESSIONAL if speaker in professionals else OTHER}]"
        pairs.append((speaker, role))
        for tok in re.findall(r"[^\W\d_][\w'-]+", speaker):
            low = tok.lower()
            if tok[0].isupper() and low not in _ROLE_WORDS and low not in _PARTICLES:
                pairs.append((tok, role))
    pairs = [(n, r) for n, r in pairs if len(n) >= 2 and n.lower() not in _ROLE_WORDS]
    if not pairs:
        return lambda text: text
    pairs.sort(key=lambda p: len(p[0]), reverse=True)
    roles = dict(pairs)
    if len(roles) > _NAMES_PER_PATTERN:
        return _indexed_name_redactor(roles)
    rx = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in roles) + r")(?!\w)")
    # most texts hold no name at all: a substring test is much cheaper than the regex
    shortest = {n for n in roles if not any(o != n and o in n for o in roles)}

    def redact(text: str) -> str:
        if not any(n in text for n in shortest):
            return text
        return rx.sub(lambda m: roles[m.group(1)], text)

    return redact


def _indexed_name_redactor(roles: dict[str, str]):
    """The same replacement as the alternation of :func:`_name_redactor` (the longest name
    at the leftmost place, not inside a word), with the names indexed by their first word.
    Names that begin with a sign other than a letter or digit keep an alternation."""
    by_word: dict[str, list[str]] = {}
    others: list[str] = []
    for name in roles:  # longest first
        first = _WORD_RUN.match(name)
        if first is None:
            others.append(name)
        else:
            by_word.setdefault(first.group(), []).append(name)
    rx_others = None
    starts = _WORD_RUN
    if others:
        rx_others = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in others) + r")(?!\w)")
        first_signs = "".join(sorted({re.escape(n[0]) for n in others}))
        starts = re.compile(rf"\w+|[{first_signs}]")

    def name_at(text: str, start: int) -> str | None:
        if rx_others is not None and not _WORD_RUN.match(text, start):
            m = rx_others.match(text, start)  # checks (?<!\w) itself
            return m.group(1) if m else None
        run = _WORD_RUN.match(text, start)
        for name in by_word.get(run.group() if run else "", ()):
            if text.startswith(name, start) and not _WORD_RUN.match(text, start + len(name)):
                return name
        return None

    def redact(text: str) -> str:
        parts: list[str] = []
        pos = 0
        for m in starts.finditer(text):  # where a word or a name of ``others`` can start
            start = m.start()
            if start < pos:
                continue
            name = name_at(text, start)
            if name is not None:
                parts += (text[pos:start], roles[name])
                pos = start + len(name)
        if not parts:
            return text
        parts.append(text[pos:])
        return "".join(parts)

    return redact


# --------------------------------------------------------------------------- analysis

#: Turns of the other person, before those just said, that a summary may take up.
EARLIER_TURNS = 4


def visible_why(why: tuple[str, ...], text: str) -> tuple[str, ...]:
    """The rules that fired, with only the words of their details that ``text`` (the turn
    as shown, redacted) still holds: a name the privacy guard took out of the turn does not
    come back through ``"overlap:lisa,school"``. Words no longer there become "…"."""
    if not any(":" in w for w in why):
        return why
    shown = frozenset(_WORDS.findall(normalize(text)))
    out = []
    for rule in why:
        name, sep, detail = rule.partition(":")
        if not sep or name in ("open", "closed"):
            out.append(rule)
            continue
        parts = []
        for part in detail.split(","):
            words = _WORDS.findall(part)
            parts.append(part if words and all(w in shown for w in words) else "…")
        out.append(f"{name}:{','.join(parts)}")
    return tuple(out)


_WORDS = re.compile(r"\w+(?:'\w+)*")


def _quote_sentence(
    text: str,
    sentences: list[tuple[str, str]],
    pattern: PhrasePattern,
    negations: frozenset[str],
) -> str:
    """The first sentence of ``text`` where ``pattern`` matches, or the whole text
    (``sentences``: the turn's sentences with their normalised forms)."""
    if len(sentences) > 1:
        for s, norm in sentences:
            if unnegated(pattern, norm, negations):
                return s
    return text


def analyze(
    transcript: Transcript,
    professionals: Iterable[str],
    *,
    signals: CompiledSignals | None = None,
    language: str | None = None,
    set_id: str | None = None,
    redact_names: bool = True,
    rules_path: str | None = None,
) -> AnalysisResult:
    """Code and measure a parsed transcript.

    ``professionals``: speaker names of the professional(s) (see
    :func:`resolve_professionals`). ``signals``: the compiled principle signals of a set
    (without them every principle list is empty, the coding still runs). ``language``:
    "nl" or "en", detected from the text when None. ``set_id`` overrides the set id
    carried by ``signals``.
    """
    prof_names = resolve_professionals(transcript, professionals)
    if language is None:
        language = detect_language(t.text for t in transcript.turns)
    if language not in LANGUAGES:
        raise ValueError(f"unsupported transcript language: {language!r}")
    coder = get_coder(language, rules_path)
    redact = _name_redactor(transcript, prof_names) if redact_names else (lambda s: s)
    principle_ids = signals.ids if signals is not None else []
    honours_q: dict[str, list[Quote]] = {p: [] for p in principle_ids}
    undermines_q: dict[str, list[Quote]] = {p: [] for p in principle_ids}
    negations = _NEGATIONS.get(language, frozenset())
    by_id = {p.principle: p for p in signals.principles} if signals is not None else {}

    utterances: list[Utterance] = []
    recent: list[str] = []  # the other's turns since the professional last spoke
    earlier: list[str] = []  # the other's turns before those (a few, for summaries)
    for turn in transcript.turns:
        text = redact(turn.text)
        words = count_words(turn.text)
        if turn.speaker not in prof_names:
            utterances.append(Utterance(turn.line, turn.time, OTHER, text, words))
            recent.append(turn.text)
            continue
        norm = normalize(turn.text)
        sentences = sentences_of(turn.text)
        coding = coder.code(turn.text, norm, sentences, coder.context(recent, earlier))
        if recent:
            earlier = (earlier + recent)[-EARLIER_TURNS:]
            recent = []
        questions = tuple(Question(q.type, redact(q.text)) for q in coding.questions)
        honours: list[str] = []
        undermines: list[str] = []
        if signals is not None:
            honours, undermines = signals.match(turn.text, language, norm)
            for polarity, ids, quotes, negs in (
                ("honours", honours, honours_q, frozenset()),
                ("undermines", undermines, undermines_q, negations),
            ):
                for pid in ids:
                    pat = by_id[pid].pattern(polarity, language)
                    assert pat is not None
                    quote = redact(_quote_sentence(turn.text, sentences, pat, negs))
                    quotes[pid].append(Quote(turn.line, turn.time, quote))
        utterances.append(
            Utterance(
                turn.line,
                turn.time,
                PROFESSIONAL,
                text,
                words,
                questions,
                coding.reflection,
                coding.directive,
                coding.compliment,
                coding.jargon,
                tuple(honours),
                tuple(undermines),
                coding.reflection_type,
                coding.why if text == turn.text else visible_why(coding.why, text),
                coding.sentences
                if text == turn.text
                else tuple(c._replace(why=visible_why(c.why, text)) for c in coding.sentences),
            )
        )

    principles = []
    for pid in principle_ids:
        h, u = honours_q[pid], undermines_q[pid]
        status = "mixed" if h and u else "evidence" if h else "counter_evidence" if u else "none"
        principles.append(PrincipleEvidence(pid, status, tuple(h), tuple(u)))
    return AnalysisResult(
        file=transcript.name,
        language=language,
        set=set_id if set_id is not None else (signals.set_id if signals else None),
        metrics=compute_metrics(utterances),
        principles=tuple(principles),
        utterances=tuple(utterances),
    )


def analyze_file(
    path: str | Path,
    professionals: Sequence[str],
    *,
    set_file: str | Path | None = None,
    signals: CompiledSignals | None = None,
    language: str | None = None,
) -> AnalysisResult:
    """Read ``path`` and analyse it; ``set_file`` is a principle set YAML with signals."""
    transcript = read_transcript(path)
    if signals is None and set_file is not None:
        signals = load_signals_from_set_file(set_file)
    return analyze(transcript, professionals, signals=signals, language=language)
