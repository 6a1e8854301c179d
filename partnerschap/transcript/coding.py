"""Coding one professional turn: sentences, questions (open/closed), reflections,
directives, compliments and jargon, after MITI 4.2.1, in Dutch and English.

The words and phrases live in ``principles/analysis.yaml``; this module holds only the
rules that combine them:

* A turn is split into sentences (``.``, ``?``, ``!``; common abbreviations and pauses
  written as ``...`` do not end a sentence). A turn with no punctuation at all is one
  sentence, which is a question when it starts like one.
* A sentence is a **question** when it ends in ``?`` or is a request for a story
  (``open_requests``: "Vertel eens …", "Tell me about …").
* Its **type**: a request is open, unless what it asks is a specific fact (``closed_wh``)
  or a yes/no (``embedded_yes_no``: "… vertellen of …"). Otherwise the sentence is cut
  into clauses at commas, dashes and pauses, leading fillers and connectives are skipped
  ("eh", "nou", "so, um"), and the *last* clause that starts a question decides (false
  starts and "Als …, wat …?" are coded by what was finally asked). A wh-start in
  ``wh_open`` (wat/hoe/waarom, what/how/why) is open unless it asks one specific fact
  ("hoe oud", "how many"); one in ``wh_conditional`` (wanneer/waar/wie/welke,
  when/where/who/which) is open only when the question asks for experience or opinion
  (``experience``: "Wanneer gaat het wel goed?"), or, in Dutch, for a split *waar … op*
  ("Waar bent u trots op?"). Verb-first questions, statements with a question mark
  ("Dus u bent moe?"), tag questions ("…, toch?"), choices between given answers
  ("Welke van de twee …?", ``choice``) and advice phrased as a question ("Waarom belt u niet
  gewoon …?", ``directive_question``) are closed. A few ellipses that ask for more
  ("En toen?", "Like what?") are open. Asides at the end that ask the same question
  ("…, denkt u?", ``parentheticals``) and an added alternative ("…, of heeft u een
  andere?") do not change the type. "Ik vraag me af of …" (``curiosity`` before a yes/no)
  is a closed question; "Laat het me weten als …" is no question.
* A **reflection** is a sentence that is not a question, not a directive and not a
  compliment, and either has a reflection cue ("het klinkt alsof", "so you're saying",
  "als ik u goed begrijp", a summary) or is a statement about the other person
  ("u"/"you") that names what they feel, think, want or went through
  (``reflection_states``), or restates them after "dus"/"so" (Dutch "dus" also a word or
  two later: "Het is dus vooral …"; or ", dus."/", then." at the end,
  ``reflection_so_final``). Judged against the other's turn (see :meth:`Coder.context`),
  also: the other's words given back (``overlap``, by stem, stop words out); an *echo* of a
  run of the other's words with "u"/"you" for "ik"/"I" (``mirror_pronouns``,
  ``mirror_verbs``, ``echo_hedges`` left out), even without content words ("U bent op.");
  a statement with "u"/"you" as its subject that is no permission or information
  (``modal_after_you``); a frame about the other ("Het voelt als … voor u"); a short
  fragment about the other ("Even voor uzelf."); "En …" after a reflection in the same
  turn. Disagreeing (``disagreement``) and emphasising autonomy (``autonomy``) are never
  reflections; ``courtesies`` ("Dank u wel.") are no fragments about the other.
* A **directive** is advice or an instruction without permission: a ``directive`` phrase
  not negated just before it ("u hoeft niet …" is none), an imperative at the start of a
  statement (``imperatives``, minus invitations such as "kijk eens wat …"), or advice in
  question form ("Why don't you …?"). ``directive_exceptions`` rule out look-alikes such as
  "u moet wel moe zijn".
* A **compliment** names behaviour ("wat goed dat u …", "well done").
* **Jargon** terms are reported by their list entry, once per turn.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, NamedTuple

from partnerschap import regex_cache

from .phrases import (
    NamedPhrases,
    PhrasePattern,
    compile_named,
    compile_phrases,
    normalize,
    unnegated,
)

ANALYSIS_FILE = "analysis.yaml"

_ABBREVIATIONS = frozenset(
    [
        "bijv",
        "bv",
        "bijvoorbeeld",
        "o.a",
        "d.w.z",
        "m.a.w",
        "i.p.v",
        "e.d",
        "enz",
        "etc",
        "mevr",
        "dhr",
        "mr",
        "mrs",
        "ms",
        "dr",
        "drs",
        "ir",
        "e.g",
        "i.e",
        "vs",
        "st",
        "nr",
        "jl",
        "resp",
        "ca",
        "zgn",
        "evt",
        "incl",
        "excl",
    ]
)
_SENT_END = regex_cache.compile(r"(\?+!*|!+\?*|\.{2,}|…|\.)([\"')\]]*)(?=\s|$)")
_CLAUSE = regex_cache.compile(r"[,;:()]|\s[-–—]+\s|\.\.\.+|…|--+|\s[-–—]+$|^[-–—]+\s")
_TOKEN = regex_cache.compile(r"\w+(?:'\w+)*")
_PUNCT = regex_cache.compile(r"[.?!,;:…]")

OPEN = "open"
CLOSED = "closed"
_OR_AND = frozenset(["en", "and", "maar", "but", "of", "or"])
#: Entries a coder keeps of stems per word and per text before it starts afresh.
_CACHE_LIMIT = 20_000


class Question(NamedTuple):
    """One question in a turn: ``type`` is "open" or "closed"; ``text`` the sentence."""

    type: str
    text: str


REFLECTION = "reflection"
OTHER_CODE = "other"
SIMPLE = "simple"
COMPLEX = "complex"


class SentenceCode(NamedTuple):
    """The code of one sentence: ``type`` is "open", "closed", "reflection" or "other";
    ``reflection`` "simple", "complex" or None; ``why`` the rules that fired."""

    type: str
    reflection: str | None = None
    why: tuple[str, ...] = ()


class Context(NamedTuple):
    """What the other person said just before a professional turn, as the coder sees it.

    ``stems``: content words (stemmed, stop words out) of the other's turns since the
    professional last spoke; ``earlier``: the same per earlier turn of the other (for
    summaries); ``asked``: the other's last sentence was a question (an answer to it is
    information, not a reflection); ``open_end``: the other's turn breaks off ("…", a
    dash, a trailing "en"), so the professional may complete it; ``said``: those turns,
    normalised (did the other name a feeling, set two things side by side?).
    """

    stems: frozenset[str] = frozenset()
    earlier: tuple[frozenset[str], ...] = ()
    asked: bool = False
    open_end: bool = False
    said: str = ""  # the other's turns since the professional last spoke, normalised


NO_CONTEXT = Context()


class Coding(NamedTuple):
    """The codes of one turn (all sentences together)."""

    questions: tuple[Question, ...] = ()
    reflection: bool = False
    directive: bool = False
    compliment: bool = False
    jargon: tuple[str, ...] = ()
    reflection_type: str | None = None
    why: tuple[str, ...] = ()
    sentences: tuple[SentenceCode, ...] = ()

    @property
    def question_type(self) -> str | None:
        """One type for the whole turn (see :func:`turn_question_type`)."""
        return turn_question_type(self.questions)


def turn_question_type(questions: tuple[Question, ...]) -> str | None:
    """One type for a whole turn: open if any question is open, else closed, else None."""
    if not questions:
        return None
    return OPEN if any(q.type == OPEN for q in questions) else CLOSED


def find_data_file(name: str) -> Path:
    """A file in ``principles/`` of the source tree, or in the installed package data."""
    here = Path(__file__).resolve().parent.parent  # partnerschap/
    for candidate in (here / "_data" / "principles" / name, here.parent / "principles" / name):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(name)


def load_yaml(path: Path) -> Any:
    with open(path, encoding="utf-8") as fh:
        return parse_yaml(fh.read())


def parse_yaml(text: str) -> Any:
    import yaml  # imported here: keeps ``import partnerschap.transcript`` light

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader


def _words(items: Any) -> frozenset[str]:
    return frozenset(normalize(str(x)) for x in (items or []))


def _multi(items: Any) -> tuple[tuple[str, ...], ...]:
    """Multi-word entries as token tuples, longest first."""
    out = {tuple(_TOKEN.findall(normalize(str(x)))) for x in (items or [])}
    return tuple(sorted((t for t in out if t), key=lambda t: (-len(t), t)))


def _suffixes(items: Any) -> tuple[tuple[str, str], ...]:
    """Endings to cut off, longest first: ``"ies>y"`` replaces the ending, ``"ing"`` drops it."""
    out = set()
    for x in items or []:
        end, _, repl = normalize(str(x)).partition(">")
        if end:
            out.add((end, repl))
    return tuple(sorted(out, key=lambda p: (-len(p[0]), p)))


def _mirror(d: Any) -> dict[str, frozenset[str]]:
    """A mapping of second-person words to the first-person words they give back
    (``{u: ik, jou: [mij, me]}``)."""
    if not isinstance(d, Mapping):
        return {}
    out: dict[str, frozenset[str]] = {}
    for k, v in d.items():
        vals = v if isinstance(v, list) else [v]
        out[normalize(str(k))] = frozenset(normalize(str(x)) for x in vals)
    return out


def _canonical(term: str) -> str:
    t = re.sub(r"\([^)]*\)", "", term.removeprefix("re:"))
    t = re.sub(r"\[([^|\]]*)[^\]]*\]", r"\1", t)
    return " ".join(t.replace("*", "").replace("...", " ").replace("…", " ").split())


class _Phrases:
    """Word sequences (a YAML list of multi-word entries), indexed by their first word."""

    __slots__ = ("by_first",)

    def __init__(self, phrases: tuple[tuple[str, ...], ...]) -> None:
        by_first: dict[str, list[tuple[str, ...]]] = {}
        for ph in phrases:
            by_first.setdefault(ph[0], []).append(ph)
        self.by_first = {word: tuple(group) for word, group in by_first.items()}

    def first_at(self, toks: list[str], i: int = 0) -> tuple[str, ...] | None:
        """The first phrase (in list order) that ``toks`` continue with from ``i``."""
        if i >= len(toks):
            return None
        for ph in self.by_first.get(toks[i], ()):
            if tuple(toks[i : i + len(ph)]) == ph:
                return ph
        return None


class WordCues:
    """A list of words (``verander*`` for a prefix) and phrases of several words, looked up
    in a sentence's tokens: cheaper than a regex over every sentence, as a ``*`` leaves a
    phrase pattern no words to skip texts by."""

    __slots__ = ("exact", "prefixes", "phrases")

    def __init__(self, items: Any) -> None:
        words = [normalize(str(x)).strip() for x in items or []]
        single = [w for w in words if w and " " not in w and "*" not in w[:-1]]
        self.exact = frozenset(w for w in single if not w.endswith("*"))
        self.prefixes = tuple(w[:-1] for w in single if w.endswith("*"))
        self.phrases = compile_phrases([w for w in words if w and w not in single])

    def find(self, toks: Sequence[str], norm: str) -> list[str]:
        """The cues in the sentence: its matching words, then its matching phrases."""
        found = [
            t for t in toks if t in self.exact or (self.prefixes and t.startswith(self.prefixes))
        ]
        if self.phrases:
            found += [m.group(0) for m in self.phrases.finditer(norm)]
        return found


class Rules:
    """The compiled coding cues of one language (a plain class: a dataclass of this size
    costs a few milliseconds to create at import, and ``analyze`` should start fast)."""

    lang: str
    fillers: frozenset[str]
    filler_phrases: tuple[tuple[str, ...], ...]
    connectives: tuple[tuple[str, ...], ...]
    wh_open: tuple[tuple[str, ...], ...]
    wh_conditional: tuple[tuple[str, ...], ...]
    wh_prepositions: frozenset[str]
    closed_wh: PhrasePattern | None
    experience: PhrasePattern | None
    waar_split: frozenset[str]
    open_requests: PhrasePattern | None
    embedded_yes_no: frozenset[str]
    open_elliptical: frozenset[tuple[str, ...]]
    tags: tuple[tuple[str, ...], ...]
    parentheticals: tuple[tuple[str, ...], ...]
    curiosity: PhrasePattern | None
    choice: PhrasePattern | None
    aux: frozenset[str]
    subjects: frozenset[str]
    non_verbs: frozenset[str]
    cleft_after_wh: frozenset[str]
    exclamative: frozenset[str]
    reflection: PhrasePattern | None
    reflection_you: frozenset[str]
    reflection_so: frozenset[str]
    reflection_so_inner: frozenset[str]
    reflection_states: PhrasePattern | None
    first_person: frozenset[str]
    directive: PhrasePattern | None
    directive_question: PhrasePattern | None
    directive_exceptions: PhrasePattern | None
    imperatives: frozenset[str]
    imperative_exceptions: PhrasePattern | None
    compliment: PhrasePattern | None
    negations: frozenset[str]
    jargon: NamedPhrases | None
    stop_words: frozenset[str]
    stem_suffixes: tuple[tuple[str, str], ...]
    stem_prefixes: tuple[str, ...]
    stem_final: tuple[str, ...]
    clause_subjects: frozenset[str]
    second_person: frozenset[str]
    continuation: frozenset[str]
    feelings: WordCues
    reflection_double: PhrasePattern | None
    reflection_summary: PhrasePattern | None
    open_phrases: PhrasePattern | None
    scale: PhrasePattern | None
    v2_adverbs: frozenset[str]
    reflection_frames: PhrasePattern | None
    reflection_contrast: PhrasePattern | None
    modal_after_you: frozenset[str]
    frame_subjects: frozenset[str]
    mirror_pronouns: Mapping[str, frozenset[str]]
    mirror_verbs: Mapping[str, frozenset[str]]
    reflection_so_final: frozenset[str]
    echo_hedges: frozenset[str]
    disagreement: PhrasePattern | None
    autonomy: PhrasePattern | None
    courtesies: WordCues
    future_markers: WordCues

    def __init__(self, lang: str, **cues: Any) -> None:
        fields = type(self).__annotations__
        unknown = [k for k in cues if k not in fields]
        missing = [k for k in fields if k != "lang" and k not in cues]
        if unknown or missing:
            raise TypeError(f"Rules: unknown cues {unknown}, missing cues {missing}")
        self.lang = lang
        self.__dict__.update(cues)
        # word lists indexed by their first (or, for tags, last) word: a lookup finds the
        # few phrases worth comparing, in the order of the list
        self.skip_fillers = _Phrases(self.filler_phrases)
        self.skip_all = _Phrases(self.filler_phrases + self.connectives)
        self.wh_open_index = _Phrases(self.wh_open)
        self.wh_conditional_index = _Phrases(self.wh_conditional)
        self.wh_any = _Phrases(self.wh_open + self.wh_conditional)
        self.tags_by_last: dict[str, tuple[tuple[str, ...], ...]] = {}
        for tag in self.tags:
            self.tags_by_last[tag[-1]] = (*self.tags_by_last.get(tag[-1], ()), tag)
        # words that carry no content: the stop words and every grammatical word list
        self.no_content = (
            self.stop_words
            | self.fillers
            | self.aux
            | self.subjects
            | self.first_person
            | self.reflection_you
            | self.second_person
            | self.negations
            | frozenset(w for ph in self.connectives + self.filler_phrases for w in ph)
        )

    @classmethod
    def from_mapping(cls, lang: str, d: Mapping[str, Any]) -> Rules:
        return cls(
            lang=lang,
            fillers=_words(d.get("fillers")),
            filler_phrases=_multi(d.get("filler_phrases")),
            connectives=_multi(d.get("connectives")),
            wh_open=_multi(d.get("wh_open")),
            wh_conditional=_multi(d.get("wh_conditional")),
            wh_prepositions=_words(d.get("wh_prepositions")),
            closed_wh=compile_phrases(d.get("closed_wh") or []),
            experience=compile_phrases(d.get("experience") or []),
            waar_split=_words(d.get("waar_split")),
            open_requests=compile_phrases(d.get("open_requests") or []),
            embedded_yes_no=_words(d.get("embedded_yes_no")),
            open_elliptical=frozenset(_multi(d.get("open_elliptical"))),
            tags=_multi(d.get("tags")),
            parentheticals=_multi(d.get("parentheticals")),
            curiosity=compile_phrases(d.get("curiosity") or []),
            choice=compile_phrases(d.get("choice") or []),
            aux=_words(d.get("aux")),
            subjects=_words(d.get("subjects")),
            non_verbs=_words(d.get("non_verbs")),
            cleft_after_wh=_words(d.get("cleft_after_wh")),
            exclamative=_words(d.get("exclamative")),
            reflection=compile_phrases(d.get("reflection") or []),
            reflection_you=_words(d.get("reflection_you")),
            reflection_so=_words(d.get("reflection_so")),
            reflection_so_inner=_words(d.get("reflection_so_inner")),
            reflection_states=compile_phrases(d.get("reflection_states") or []),
            first_person=_words(d.get("first_person")),
            directive=compile_phrases(d.get("directive") or []),
            directive_question=compile_phrases(d.get("directive_question") or []),
            directive_exceptions=compile_phrases(d.get("directive_exceptions") or []),
            imperatives=_words(d.get("imperatives")),
            imperative_exceptions=compile_phrases(d.get("imperative_exceptions") or []),
            compliment=compile_phrases(d.get("compliment") or []),
            negations=_words(d.get("negations")),
            jargon=compile_named((_canonical(str(t)), [str(t)]) for t in d.get("jargon") or []),
            stop_words=_words(d.get("stop_words")),
            stem_suffixes=_suffixes(d.get("stem_suffixes")),
            stem_prefixes=tuple(normalize(str(x)) for x in d.get("stem_prefixes") or []),
            stem_final=tuple(normalize(str(x)) for x in d.get("stem_final") or []),
            clause_subjects=_words(d.get("clause_subjects")),
            second_person=_words(d.get("second_person")),
            continuation=_words(d.get("continuation")),
            feelings=WordCues(d.get("feelings")),
            reflection_double=compile_phrases(d.get("reflection_double") or []),
            reflection_summary=compile_phrases(d.get("reflection_summary") or []),
            open_phrases=compile_phrases(d.get("open_phrases") or []),
            scale=compile_phrases(d.get("scale") or []),
            v2_adverbs=_words(d.get("v2_adverbs")),
            reflection_frames=compile_phrases(d.get("reflection_frames") or []),
            reflection_contrast=compile_phrases(d.get("reflection_contrast") or []),
            modal_after_you=_words(d.get("modal_after_you")),
            frame_subjects=_words(d.get("frame_subjects")),
            mirror_pronouns=_mirror(d.get("mirror_pronouns")),
            mirror_verbs=_mirror(d.get("mirror_verbs")),
            reflection_so_final=_words(d.get("reflection_so_final")),
            echo_hedges=_words(d.get("echo_hedges")),
            disagreement=compile_phrases(d.get("disagreement") or []),
            autonomy=compile_phrases(d.get("autonomy") or []),
            courtesies=WordCues(d.get("courtesies")),
            future_markers=WordCues(d.get("future_markers")),
        )


@functools.lru_cache(maxsize=8)
def _analysis_data(path: str | None) -> dict[str, Any]:
    p = Path(path) if path else find_data_file(ANALYSIS_FILE)
    text = p.read_text(encoding="utf-8")
    # parsed once per version of the file; later runs load the stored result
    data = regex_cache.cached_data(f"{ANALYSIS_FILE}\0{text}", lambda: parse_yaml(text)) or {}
    return {lang: spec for lang, spec in data.items() if isinstance(spec, Mapping)}


@functools.lru_cache(maxsize=16)
def load_language_rules(lang: str, path: str | None = None) -> Rules:
    """Compile the coding cues of one language of ``analysis.yaml`` (cached)."""
    data = _analysis_data(path)
    if lang not in data:
        raise ValueError(f"no coding rules for language {lang!r}")
    return Rules.from_mapping(lang, data[lang])


def load_rules(path: str | None = None) -> dict[str, Rules]:
    """Compile the coding cues of every language in ``analysis.yaml`` (cached)."""
    return {lang: load_language_rules(lang, path) for lang in _analysis_data(path)}


def split_sentences(text: str) -> list[str]:
    """Sentences of a spoken turn; abbreviations and mid-sentence pauses do not split."""
    out: list[str] = []
    start = 0
    for m in _SENT_END.finditer(text):
        punct = m.group(1)
        end = m.end()
        if punct == ".":
            word = re.search(r"([\w.]+)\.$", text[start : m.start() + 1])
            if word and word.group(1).lower().rstrip(".") in _ABBREVIATIONS:
                continue
            if word and len(word.group(1)) == 1 and word.group(1).isupper():
                continue  # an initial: "J. de Vries"
        elif punct.startswith(".") or punct == "…":
            nxt = text[end:].lstrip()[:1]
            if not nxt or not nxt.isupper():
                continue
        piece = text[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    rest = text[start:].strip()
    if rest:
        out.append(rest)
    return out


def sentences_of(text: str) -> list[tuple[str, str]]:
    """The sentences of a turn, each with its normalised form."""
    return [(s, normalize(s)) for s in split_sentences(text)]


class Coder:
    """Codes the turns of one language; build it once, call :meth:`code` per turn."""

    def __init__(self, rules: Rules) -> None:
        self.r = rules
        # stems per word and content stems per text of the other: a conversation repeats
        # its words, and each turn of the other is compared with several turns
        self._stem_of: dict[str, str] = {}
        self._stems_of: dict[str, frozenset[str]] = {}
        self._seq_of: dict[str, tuple[list[str], dict[str, list[int]]]] = {}

    # ---------------------------------------------------------------- token helpers

    def _skip(self, toks: list[str], connectives: bool = True) -> list[str]:
        """Drop leading fillers (and connectives): "eh, nou, en wat …" -> "wat …"."""
        r = self.r
        i = 0
        phrases = r.skip_all if connectives else r.skip_fillers
        while i < len(toks):
            if toks[i] in r.fillers:
                i += 1
                continue
            ph = phrases.first_at(toks, i)
            if ph is None:
                break
            i += len(ph)
        return toks[i:] if i else toks

    def _onset(self, toks: list[str]) -> tuple[str, list[str]] | None:
        """("wh", tokens from the wh-word) or ("verb", tokens) if a clause starts a question."""
        r = self.r
        full = toks
        toks = self._skip(toks)
        if not toks:
            return None
        if (
            r.v2_adverbs
            and len(toks) < len(full)
            and full[len(full) - len(toks) - 1] in (r.v2_adverbs)
        ):
            return None  # "…, dan schreeuwt hij?": the adverb takes first place, a statement
        if toks[0] in r.wh_prepositions and len(toks) > 1 and r.wh_any.first_at(toks, 1):
            if r.closed_wh and r.closed_wh.search(" ".join(toks[:3])):
                return "wh", toks  # "Sinds wanneer …?": one fact
            toks = toks[1:]
        wh = r.wh_any.first_at(toks)
        if wh:
            if len(toks) > len(wh) and toks[len(wh)] in r.cleft_after_wh:
                return None  # "wat ik hoor is …": a statement
            return "wh", toks
        if toks[0] in r.aux:
            return "verb", toks
        if (
            r.subjects
            and len(toks) > 1
            and toks[1] in r.subjects
            and len(toks[0]) > 2
            and toks[0].endswith("t")
            and toks[0] not in r.non_verbs
            and toks[0] not in r.fillers
        ):
            return "verb", toks
        return None

    def _is_exclamative(self, toks: list[str]) -> bool:
        """ "Wat fijn!", "What a great idea": a wh-word followed by an adjective."""
        return (
            len(toks) >= 2
            and toks[0] in ("wat", "what", "how", "hoe")
            and toks[1] in self.r.exclamative
        )

    def _wh_type(self, toks: list[str]) -> str:
        r = self.r
        ctx = " ".join(toks)
        if r.closed_wh and r.closed_wh.search(ctx):
            return CLOSED
        if r.choice and r.choice.search(ctx):
            return CLOSED
        if r.wh_open_index.first_at(toks):
            return OPEN
        if r.lang == "nl" and toks[0] == "waar" and any(t in r.waar_split for t in toks[2:]):
            return OPEN
        if r.experience and r.experience.search(ctx):
            return OPEN
        return CLOSED

    # ---------------------------------------------------------------- questions

    def _request(self, norm: str) -> tuple[str, bool] | None:
        """(type, is a question) of a request for a story ("vertel eens …"), or None.

        A request followed by "of"/"if" asks a yes/no: a closed question after curiosity
        ("ik vraag me af of …"), no question at all otherwise ("let me know if …").
        """
        r = self.r
        if not r.open_requests:
            return None
        m = r.open_requests.search(norm)
        if not m or any(t in r.negations for t in _TOKEN.findall(m.group(0))):
            return None  # "Ik mag u niet vertellen wie …": a statement
        rest = self._skip(_TOKEN.findall(norm[m.end() :]), connectives=False)
        if rest and rest[0] in r.embedded_yes_no:
            curious = bool(r.curiosity and r.curiosity.search(m.group(0)))
            return CLOSED, curious
        return self._request_type(norm, m, rest), True

    def _request_type(self, norm: str, m: re.Match[str], rest: list[str]) -> str:
        r = self.r
        if r.closed_wh and r.closed_wh.search(norm[m.start() :]):
            return CLOSED
        if rest and r.wh_conditional_index.first_at(rest):
            return self._wh_type(rest)
        return OPEN

    def question_type(self, sentence: str, norm: str | None = None, req: Any = False) -> str:
        """Open or closed, for a sentence already known to be a question."""
        return self.question(sentence, norm, req)[0]

    def question(self, sentence: str, norm: str | None = None, req: Any = False) -> tuple[str, str]:
        """(open or closed, the rule that decided) for a sentence known to be a question.

        The rules: ``directive-question``, ``request``, ``elliptical``, ``open-phrase``,
        ``wh:<word>``, ``fact``, ``choice``, ``verb-first``, ``exclamative``, ``tag`` and
        ``declarative`` (no question start: a statement with a question mark).
        """
        r = self.r
        if norm is None:
            norm = normalize(sentence)
        if r.directive_question and r.directive_question.search(norm):
            return CLOSED, "directive-question"  # "Waarom belt u niet gewoon …?": advice
        if req is False:
            req = self._request(norm)
        if req is not None:
            return req[0], "request"
        all_toks = _TOKEN.findall(norm)
        stripped = tuple(self._skip(all_toks, connectives=False))
        if tuple(all_toks) in r.open_elliptical or stripped in r.open_elliptical:
            return OPEN, "elliptical"
        if r.scale and r.scale.search(norm):
            return CLOSED, "scale"  # "On a scale of 0 to 10, how ready …?" asks a number
        if r.open_phrases and r.open_phrases.search(norm):
            return OPEN, "open-phrase"  # "Anything else going on …?", "Hoe komt het …?"
        clauses = [c for c in (_TOKEN.findall(x) for x in _CLAUSE.split(norm)) if c]
        if not clauses:
            return CLOSED, "declarative"
        # asides at the end ("…, denkt u?", "…, as you see it?") ask the same question
        while len(clauses) > 1 and tuple(self._skip(clauses[-1], False)) in r.parentheticals:
            clauses = clauses[:-1]
        # a tag at the end ("…, toch?", "… right?") is dropped; what remains decides
        tagged = False
        last = clauses[-1]
        for tag in r.tags_by_last.get(last[-1], ()) if last else ():
            if len(last) >= len(tag) and tuple(last[-len(tag) :]) == tag:
                rest = last[: -len(tag)]
                if rest and not self._skip(rest):
                    rest = []
                if rest or len(clauses) > 1:
                    tagged = True
                    clauses = clauses[:-1] + ([rest] if rest else [])
                break
        onset = None
        for clause in clauses:
            if onset is not None and clause[0] in ("of", "or"):
                continue  # "Welke past u, of heeft u een andere?": an added alternative
            o = self._onset(clause)
            if o is not None:
                onset = o
        if onset is None:
            return CLOSED, "tag" if tagged else "declarative"
        kind, toks = onset
        if kind == "verb":
            return CLOSED, "verb-first"
        if self._is_exclamative(toks):
            return CLOSED, "exclamative"
        if tagged and len(toks) <= 2:
            return CLOSED, "tag"
        return self._wh_type(toks), "wh:" + toks[0]

    def _looks_like_question(self, sentence: str) -> bool:
        """For unpunctuated turns: does the sentence start like a question?"""
        norm = normalize(sentence)
        clauses = [c for c in (_TOKEN.findall(x) for x in _CLAUSE.split(norm)) if c]
        if not clauses:
            return False
        o = self._onset(clauses[0])
        if o is None:
            return False
        kind, toks = o
        if kind == "wh":
            return not self._is_exclamative(toks)
        return (
            toks[0] in self.r.aux
            and len(toks) > 1
            and (toks[1] in self.r.subjects or self.r.lang == "en")
        )

    # ---------------------------------------------------------------- other codes

    def _directive(self, norm: str, toks: list[str], is_question: bool) -> bool:
        r = self.r
        if is_question:
            return bool(r.directive_question and unnegated(r.directive_question, norm, frozenset()))
        if r.directive_exceptions and r.directive_exceptions.search(norm):
            return False
        if r.directive and unnegated(r.directive, norm, r.negations):
            return True
        head = self._skip(toks)
        if head and head[0] in r.imperatives:
            if r.imperative_exceptions and r.imperative_exceptions.search(norm):
                return False
            # "Kijk, …" / "Look, …": a discourse marker, not an instruction
            first = re.search(re.escape(head[0]) + r"\s*([,:])", norm)
            if first and first.start() == norm.find(head[0]):
                return False
            if r.lang == "nl" and len(head) > 1 and head[1] in ("u", "je", "jij", "jullie"):
                return "maar" in head[2:4]  # "Belt u maar": polite imperative
            return not (len(head) > 1 and head[1] in r.subjects and r.lang == "en")
        return False

    # ---------------------------------------------------------------- listening

    def stem(self, word: str) -> str:
        """A crude stem: a prefix and up to two endings (``stem_suffixes``) cut off, then a
        last ``stem_final`` letter, doubled letters at the end made single ("drinkt",
        "drinken" → "drink"; "zware", "zwaar" → "zwar"). Crude but consistent: every form
        of a word gets the same stem far more often than two words share one."""
        known = self._stem_of.get(word)
        if known is not None:
            return known
        if len(self._stem_of) > _CACHE_LIMIT:
            self._stem_of.clear()
        stem = self._stem_of[word] = self._stem(word)
        return stem

    def _stem(self, word: str) -> str:
        r = self.r
        w = word.replace("'", "") if "'" in word and not word.endswith("'s") else word
        for pre in r.stem_prefixes:
            if w.startswith(pre) and len(w) - len(pre) >= 4:
                w = w[len(pre) :]
                break
        for _ in range(2):  # "properly" → "proper" → "prop", as "proper" → "prop"
            for end, repl in r.stem_suffixes:
                if w.endswith(end) and len(w) - len(end) >= 3:
                    w = w[: len(w) - len(end)] + repl
                    break
            else:
                break
        if len(w) >= 4 and w[-1] in r.stem_final:
            w = w[:-1]
        if len(w) >= 4 and w[-1] == w[-2] and w[-1] not in "aeiou":
            w = w[:-1]
        if len(w) >= 4 and w[-2] == w[-3] and w[-2] in "aeou" and w[-1] not in "aeiou":
            w = w[:-3] + w[-2:]
        if len(w) >= 4 and w[-1] == w[-2] and w[-1] in "aou":
            w = w[:-1]  # "staat" → "staa" → "sta", as "staan" → "sta"
        return w

    def content(self, toks: Sequence[str]) -> list[tuple[str, str]]:
        """(word, stem) of the content words of ``toks``: stop words and short words out."""
        no = self.r.no_content
        return [(t, self.stem(t)) for t in toks if t not in no and (len(t) > 2 or t.isdigit())]

    def _stems(self, text: str) -> frozenset[str]:
        known = self._stems_of.get(text)
        if known is None:
            if len(self._stems_of) > _CACHE_LIMIT:
                self._stems_of.clear()
            known = frozenset(st for _, st in self.content(_TOKEN.findall(normalize(text))))
            self._stems_of[text] = known
        return known

    def context(self, recent: Sequence[str], earlier: Sequence[str] = ()) -> Context:
        """The :class:`Context` of a professional turn: ``recent`` the other's turns since
        the professional last spoke, ``earlier`` the other's turns before those (newest
        last)."""
        if not recent and not earlier:
            return NO_CONTEXT
        if len(recent) == 1:
            stems = self._stems(recent[0])
        else:
            stems = frozenset().union(*(self._stems(t) for t in recent))
        last = recent[-1].rstrip() if recent else ""
        open_end = bool(last) and last.endswith(("...", "…", "-", "–", "—", ","))
        if last and not open_end and not _PUNCT.search(last[-1:]):
            toks = _TOKEN.findall(normalize(last))
            open_end = bool(toks) and toks[-1] in self.r.continuation | _OR_AND
        return Context(
            stems=stems,
            earlier=tuple(self._stems(t) for t in earlier),
            asked=last.endswith("?"),
            open_end=open_end,
            said=" . ".join(normalize(t) for t in recent),
        )

    def _feelings(self, norm: str, toks: Sequence[str] | None = None) -> list[str]:
        return self.r.feelings.find(_TOKEN.findall(norm) if toks is None else toks, norm)

    def _restates(
        self, norm: str, toks: list[str], ctx: Context, asked: bool, after: bool = False
    ) -> tuple[bool, list[str]]:
        """Whether a statement (``asked``: with a question mark or tag) gives back what the
        other said, with the rules that fired (see the module's docstring); ``after``: the
        sentence before it in the same turn was a reflection."""
        r = self.r
        head = self._skip(toks, connectives=False)
        had_so = False
        while head and (head[0] in r.reflection_so or head[0] in r.fillers):
            had_so = had_so or head[0] in r.reflection_so
            head = head[1:]
        head = self._skip(head)
        if not had_so and len(head) >= 3 and head[-1] in r.reflection_so_final:
            # "Een manier om stoom af te blazen, dus.", "A bit of time to yourself, then."
            had_so = bool(re.search(r",\s*" + re.escape(head[-1]) + r"\W*$", norm))
        words = self.content(head) if ctx.stems else []
        shared = list(dict.fromkeys(w for w, st in words if st in ctx.stems))
        why: list[str] = []
        if r.reflection:
            m = r.reflection.search(norm)
            if m:
                why.append("lead:" + " ".join(m.group(0).split()))
        if not why and r.reflection_double and r.reflection_double.search(norm):
            why.append("double-sided")
        if not why:
            why = self._restating_rules(norm, toks, head, had_so, words, shared, ctx, asked)
        if not why and ctx.stems and not ctx.asked:
            why = self._listening_rules(norm, toks, head, ctx, asked, after)
        if not why:
            return False, why
        if shared and not any(w.startswith("overlap:") for w in why):
            why.append("overlap:" + ",".join(shared))
        return True, why

    def _echo(self, head: list[str], norm: str, ctx: Context) -> bool:
        """Whether the sentence gives back a run of the other's own words, "ik"/"I" turned
        into "u"/"you": the whole sentence or its first clause (two words or more), or a
        run of three words or more, one with content, that is half the sentence or more."""
        r = self.r
        other, where = self._sequence(ctx.said)
        if not other or len(head) < 2:
            return False
        hedges = r.echo_hedges
        head = [t for t in head if t not in hedges] or head
        mine = self._mirrored(head)
        if sum(1 for alts in mine if not where.keys().isdisjoint(alts)) < 2:
            return False  # every echo gives back two of the other's words or more
        # the longest run of the other's words: runs ending at each place of the other's turn
        best = best_end = 0
        prev: dict[int, int] = {}
        for i, alts in enumerate(mine):
            cur: dict[int, int] = {}
            for alt in alts:
                for j in where.get(alt, ()):
                    n = cur[j] = prev.get(j - 1, 0) + 1
                    if n > best:
                        best, best_end = n, i + 1
            prev = cur
        if best == len(head):
            return True
        first = self._skip(_TOKEN.findall(_CLAUSE.split(norm, maxsplit=1)[0]))
        first = [t for t in first if t not in hedges]
        # the first clause wholly one of the other's runs: "Eén keer, maar …"
        n = len(first)
        if 2 <= n < len(head) and first == head[:n] and self._run_at_start(mine[:n], other) == n:
            return True
        run = head[best_end - best : best_end]
        content = any(t not in r.no_content and len(t) > 2 for t in run)
        return best >= 3 and content and best * 2 >= len(head)

    @staticmethod
    def _run_at_start(mine: list[frozenset[str]], other: list[str]) -> int:
        """The longest run of ``other`` that ``mine`` starts with."""
        best = 0
        for j in range(len(other)):
            n = 0
            while n < len(mine) and j + n < len(other) and other[j + n] in mine[n]:
                n += 1
            best = max(best, n)
        return best

    def _mirrored(self, toks: list[str]) -> list[frozenset[str]]:
        """Per token the forms the other would have used: "u" → "ik", and a verb next to
        it turned as well ("bent u" → "ben ik"); other words by their stem."""
        r = self.r
        out: list[frozenset[str]] = []
        for i, t in enumerate(toks):
            alts = r.mirror_pronouns.get(t)
            if alts is None and t in r.mirror_verbs:
                near = toks[i - 1 : i] + toks[i + 1 : i + 2]
                if any(n in r.mirror_pronouns for n in near):
                    alts = r.mirror_verbs[t]
            out.append(frozenset(map(self.stem, alts)) if alts else frozenset((self.stem(t),)))
        return out

    def _sequence(self, said: str) -> tuple[list[str], dict[str, list[int]]]:
        """The stems of every word the other said, in order, and where each stands
        (cached per text)."""
        known = self._seq_of.get(said)
        if known is None:
            if len(self._seq_of) > _CACHE_LIMIT:
                self._seq_of.clear()
            hedges = self.r.echo_hedges
            seq = [self.stem(t) for t in _TOKEN.findall(said) if t not in hedges]
            where: dict[str, list[int]] = {}
            for j, st in enumerate(seq):
                where.setdefault(st, []).append(j)
            known = self._seq_of[said] = (seq, where)
        return known

    def _verbless(self, head: list[str]) -> bool:
        """No finite verb in the main clause: none before the first word that starts a
        clause of its own ("More when work is stressful.": verbless; "The limit is …": not)."""
        r = self.r
        for i, t in enumerate(head):
            if t in r.aux:
                return False
            if i and (t in r.continuation or r.wh_any.first_at(head, i)):
                return True
        return True

    def _listening_rules(
        self,
        norm: str,
        toks: list[str],
        head: list[str],
        ctx: Context,
        asked: bool,
        after: bool,
    ) -> list[str]:
        """Reflections that share few content words with the other's turn (MITI 4.2.1): an
        echo of the other's words, a statement about the other, a frame or fragment about
        the other, a sentence that carries on a reflection just given."""
        r = self.r
        if not head or any(t in r.first_person for t in toks):
            return []  # the professional's own view or plan
        if self._is_exclamative(head) or r.courtesies.find(toks, norm):
            return []  # "Wat erg!", "Dank u wel."
        if self._echo(head, norm, ctx):
            return ["echo"]
        if asked:
            return []  # a question mark: only the other's own words make it a reflection
        you = any(t in r.second_person for t in toks)
        verb = any(t in r.aux for t in head)
        fragment = not verb and not any(t in r.clause_subjects for t in head)
        # "u"/"you" as subject, also after a verb in second place ("Zo bent u …")
        subject = head[0] in r.reflection_you or any(
            len(head) > i + 1 and head[i] in r.aux and head[i + 1] in r.reflection_you
            for i in (0, 1)
        )
        modal = any(t in r.modal_after_you for t in head[1:4])
        if (subject or you) and r.future_markers.find(toks, norm):
            return []  # "U heeft morgen een afspraak.": an arrangement, information
        if subject and not modal and len(head) >= 3:
            return ["you-statement"]  # "U heeft geleerd om …", "You didn't choose to come."
        if you and r.reflection_frames and r.reflection_frames.search(norm) and not modal:
            return ["frame+you"]  # "Het voelt als een oordeel over u."
        short = len(head) >= 2 and len(toks) <= 8 and head[0] not in r.imperatives
        if you and fragment and short:
            return ["fragment+you"]  # "Niet als uzelf.", "A bit of time to yourself."
        opening = self._skip(toks, connectives=False)
        verbless = self._verbless(head)
        if after and opening and opening[0] in r.continuation and (fragment or verbless or you):
            return ["continues-reflection"]  # "Lonely, yes. And nobody close by …"
        return []

    def _restating_rules(
        self,
        norm: str,
        toks: list[str],
        head: list[str],
        had_so: bool,
        words: list[tuple[str, str]],
        shared: list[str],
        ctx: Context,
        asked: bool,
    ) -> list[str]:
        r = self.r
        if not head or head[0] in r.first_person:
            return []  # the professional's own view or plan
        if not had_so and any(t in r.reflection_so_inner for t in head[1:4]):
            had_so = True  # "Het is dus vooral …", "U bent dus …"
        you_head = any(t in r.reflection_you for t in head[:3])
        if had_so and len(head) >= 3 and not any(t in r.first_person for t in head[:4]):
            return ["so-restatement"]  # "Dus de oma's helpen al mee": restating
        if you_head and had_so and len(head) >= 2:
            return ["so-restatement"]
        # "U hoeft niet …", "You can …": permission or information, not a reflection
        modal = len(head) > 1 and head[0] in r.reflection_you and head[1] in r.modal_after_you
        if you_head and not modal and r.reflection_states:
            m = r.reflection_states.search(" ".join(head))
            if m:
                return ["you+state:" + m.group(0)]
        if any(t in r.first_person for t in head[:2]):
            return []  # "Het lijkt me …", "Dat wil ik …": the professional's own
        if self._is_exclamative(head):
            return []  # "Wat erg!": the professional's own reaction
        you = any(t in r.second_person for t in toks)
        # a fragment has no subject ("Eenzaam, ja."); for the other's words to make it a
        # reflection it has no finite verb either: "Een tik is niet toegestaan, ook niet op
        # de billen" is information of the professional's own
        fragment = not any(t in r.clause_subjects for t in head)
        verbless = fragment and self._verbless(head)
        opening = self._skip(toks, connectives=False)
        carries_on = bool(opening) and opening[0] in r.continuation or head[0] in r.continuation
        feelings = self._feelings(norm, toks)
        framed = head[0] in r.frame_subjects or bool(
            r.reflection_frames and r.reflection_frames.search(norm)
        )
        if feelings and not modal and (you or fragment or framed or carries_on):
            return ["feeling:" + feelings[0]]
        if not asked and not ctx.asked and ctx.stems and not modal:
            if you_head and carries_on:
                return ["you+continuation"]  # "And you're the one who has to …"
            if fragment and 1 <= len(words) <= 4 and len(ctx.stems) >= 3 and len(toks) <= 8:
                return ["fragment"]  # "A setback.", "Een kort lontje, dus."
        if not shared:
            return []
        n = len(shared)
        much = n >= 3 and n * 2 >= len(words)  # mostly the other's own words
        if asked:
            # a question mark makes a question likelier: more evidence of restating
            enough = n >= 2 or (fragment and n >= 1)
            much = much or (n >= 2 and n * 3 >= 2 * len(words))
        else:
            enough = n >= 2 or len(words) <= 3
            enough = enough and n * 10 >= 3 * len(words)  # not mostly new information
        if ((you and not modal) or verbless or carries_on or had_so) and enough or much:
            if ctx.asked and not asked and not you:
                return []  # the other asked: an answer is information
            why = ["overlap:" + ",".join(shared)]
            if fragment and not you:
                why.append("fragment")
            if carries_on and ctx.open_end:
                why.append("completes-turn")
            return why
        return []

    def _depth(self, norm: str, toks: list[str], ctx: Context, why: list[str]) -> str:
        """Simple or complex (MITI 4.2.1): complex adds meaning or emphasis — a feeling the
        other did not name, two sides at once, a summary, carrying on the other's
        sentence, or mostly words of the professional's own."""
        r = self.r
        if r.reflection_double and r.reflection_double.search(norm):
            why.append("double-sided")
            return COMPLEX
        if r.reflection_summary and r.reflection_summary.search(norm):
            why.append("summary")
            return COMPLEX
        if "completes-turn" in why or "continues-reflection" in why:
            return COMPLEX
        # "…, maar helemaal zeker weet u het niet"; not when it is the other's own contrast
        contrast = r.reflection_contrast
        if contrast and contrast.search(norm) and not (ctx.said and contrast.search(ctx.said)):
            why.append("contrast")
            return COMPLEX
        words = self.content(toks)
        has_context = bool(ctx.stems)
        if has_context:
            said = ctx.stems
            for feeling in self._feelings(norm, toks):
                fw = [self.stem(t) for t in _TOKEN.findall(feeling)]
                if not any(st in said for st in fw):
                    why.append("feeling-not-said:" + feeling)
                    return COMPLEX
            turns = sum(
                1 for stems in (ctx.stems, *ctx.earlier) if any(st in stems for _, st in words)
            )
            if len(ctx.earlier) and turns >= 3:
                why.append(f"summary-of-turns:{turns}")
                return COMPLEX
            states = r.reflection_states
            new = [w for w, st in words if st not in said and not (states and states.search(w))]
            shared = len(words) - len(new)
            if len(new) >= 2 and len(new) > shared:
                why.append("adds-meaning")
                return COMPLEX
        return SIMPLE

    # ---------------------------------------------------------------- sentences

    def code_sentence(
        self,
        sentence: str,
        unpunctuated: bool = False,
        norm: str | None = None,
        context: Context = NO_CONTEXT,
    ) -> tuple[Question | None, bool, bool, bool]:
        """(question or None, reflection, directive, compliment) for one sentence
        (``norm``: the sentence normalised, when the caller has it already)."""
        code, d, c = self.code_one(sentence, unpunctuated, norm, context)
        q = Question(code.type, sentence) if code.type in (OPEN, CLOSED) else None
        return q, code.type == REFLECTION, d, c

    def code_one(
        self,
        sentence: str,
        unpunctuated: bool = False,
        norm: str | None = None,
        context: Context = NO_CONTEXT,
        after: bool = False,
    ) -> tuple[SentenceCode, bool, bool]:
        """(the sentence's :class:`SentenceCode`, directive, compliment); ``after``: the
        sentence before it in the turn was a reflection."""
        r = self.r
        if norm is None:
            norm = normalize(sentence)
        toks = _TOKEN.findall(norm)
        if not toks:
            return SentenceCode(OTHER_CODE), False, False
        is_q = sentence.rstrip(" \"')]").endswith("?")
        req = self._request(norm)
        if not is_q:
            # "Vertel eens …" is an open question; "Let me know if …" is none
            is_q = req is not None and req[1]
        if not is_q and unpunctuated:
            is_q = self._looks_like_question(sentence)
        compliment = bool(r.compliment and unnegated(r.compliment, norm, r.negations))
        directive = self._directive(norm, toks, is_q)
        if compliment and not is_q:
            directive = directive and not re.search(r"\b(proud|trots)\b", norm)
        if is_q:
            qtype, rule = self.question(sentence, norm, req)
            if rule in ("declarative", "tag") and not directive:
                # a statement with a question mark or a tag that restates: a reflection
                ok, why = self._restates(norm, toks, context, True)
                if ok and not self._not_reflecting(norm):
                    why.append("declarative+?" if rule == "declarative" else "declarative+tag")
                    depth = self._depth(norm, toks, context, why)
                    return SentenceCode(REFLECTION, depth, tuple(why)), directive, compliment
            return SentenceCode(qtype, None, (f"{qtype}:{rule}",)), directive, compliment
        if directive or compliment:
            return SentenceCode(OTHER_CODE), directive, compliment
        ok, why = self._restates(norm, toks, context, False, after)
        if ok and not self._not_reflecting(norm):
            depth = self._depth(norm, toks, context, why)
            return SentenceCode(REFLECTION, depth, tuple(why)), directive, compliment
        return SentenceCode(OTHER_CODE), directive, compliment

    def _not_reflecting(self, norm: str) -> bool:
        """Disagreeing ("Niemand zegt dat …") or emphasising autonomy ("Dat is uw keuze"):
        other, whatever of the other's words it takes up."""
        r = self.r
        return bool(
            (r.disagreement and r.disagreement.search(norm))
            or (r.autonomy and r.autonomy.search(norm))
        )

    def jargon(self, text: str, norm: str | None = None) -> tuple[str, ...]:
        """Jargon terms in ``text`` by their list entry, in order of first use, once each."""
        r = self.r
        if not r.jargon:
            return ()
        found: list[str] = []
        for term in r.jargon.finditer_names(normalize(text) if norm is None else norm):
            if term not in found:
                found.append(term)
        return tuple(found)

    def code(
        self,
        text: str,
        norm: str | None = None,
        sentences: Sequence[tuple[str, str]] | None = None,
        context: Context = NO_CONTEXT,
    ) -> Coding:
        """Code one turn. A caller that has them already may pass the turn normalised
        (``norm``) and its sentences with theirs (``sentences``, from :func:`sentences_of`);
        ``context`` is what the other person said just before (:meth:`context`).
        """
        unpunctuated = not _PUNCT.search(text)
        if unpunctuated:
            pairs: Sequence[tuple[str, str | None]] = [(text.strip(), None)]
        elif sentences is not None:
            pairs = sentences
        else:
            pairs = [(s, None) for s in split_sentences(text)]
        questions: list[Question] = []
        codes: list[SentenceCode] = []
        direc = compl = False
        for s, n in pairs:
            after = bool(codes) and codes[-1].type == REFLECTION
            code, d, c = self.code_one(s, unpunctuated, n, context, after)
            codes.append(code)
            if code.type in (OPEN, CLOSED):
                questions.append(Question(code.type, s))
            direc, compl = direc or d, compl or c
        kinds = [c.reflection for c in codes if c.reflection]
        rtype = (COMPLEX if COMPLEX in kinds else SIMPLE) if kinds else None
        why = tuple(dict.fromkeys(w for c in codes for w in c.why))
        return Coding(
            tuple(questions),
            rtype is not None,
            direc,
            compl,
            self.jargon(text, norm),
            rtype,
            why,
            tuple(codes),
        )


@functools.lru_cache(maxsize=8)
def get_coder(lang: str, path: str | None = None) -> Coder:
    """The coder for ``lang`` ("nl" or "en") with the bundled or given ``analysis.yaml``."""
    return Coder(load_language_rules(lang, path))


def code_turn(text: str, lang: str, before: Sequence[str] = ()) -> Coding:
    """Convenience: code one professional turn in ``lang``; ``before``: what the other
    person said just before (their turns since the professional last spoke)."""
    coder = get_coder(lang)
    return coder.code(text, context=coder.context(before))
