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
  two later: "Het is dus vooral …").
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


class Question(NamedTuple):
    """One question in a turn: ``type`` is "open" or "closed"; ``text`` the sentence."""

    type: str
    text: str


class Coding(NamedTuple):
    """The codes of one turn (all sentences together)."""

    questions: tuple[Question, ...] = ()
    reflection: bool = False
    directive: bool = False
    compliment: bool = False
    jargon: tuple[str, ...] = ()

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
            if word and len(word.group(1)) == 1 and word.group(1).isalpha():
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
        toks = self._skip(toks)
        if not toks:
            return None
        if toks[0] in r.wh_prepositions and len(toks) > 1 and r.wh_any.first_at(toks, 1):
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
        if not m:
            return None
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
        r = self.r
        if norm is None:
            norm = normalize(sentence)
        if r.directive_question and r.directive_question.search(norm):
            return CLOSED  # "Waarom belt u niet gewoon …?": advice asking for a yes
        if req is False:
            req = self._request(norm)
        if req is not None:
            return req[0]
        all_toks = _TOKEN.findall(norm)
        stripped = tuple(self._skip(all_toks, connectives=False))
        if tuple(all_toks) in r.open_elliptical or stripped in r.open_elliptical:
            return OPEN
        clauses = [c for c in (_TOKEN.findall(x) for x in _CLAUSE.split(norm)) if c]
        if not clauses:
            return CLOSED
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
            return CLOSED
        kind, toks = onset
        if kind == "verb":
            return CLOSED
        if self._is_exclamative(toks):
            return CLOSED
        if tagged and len(toks) <= 2:
            return CLOSED
        return self._wh_type(toks)

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

    def _reflection(self, norm: str, toks: list[str]) -> bool:
        r = self.r
        if r.reflection and r.reflection.search(norm):
            return True
        head = self._skip(toks, connectives=False)
        had_so = False
        while head and (head[0] in r.reflection_so or head[0] in r.fillers):
            had_so = had_so or head[0] in r.reflection_so
            head = head[1:]
        head = self._skip(head)
        if not head or head[0] in r.first_person:
            return False
        if not had_so and any(t in r.reflection_so_inner for t in head[1:4]):
            had_so = True  # "Het is dus vooral …", "U bent dus …"
        if had_so and len(head) >= 3 and not any(t in r.first_person for t in head[:4]):
            return True  # "Dus de oma's helpen al mee": restating
        if any(t in r.reflection_you for t in head[:3]):
            if had_so and len(head) >= 2:
                return True
            return bool(r.reflection_states and r.reflection_states.search(" ".join(head)))
        return False

    def code_sentence(
        self, sentence: str, unpunctuated: bool = False, norm: str | None = None
    ) -> tuple[Question | None, bool, bool, bool]:
        """(question or None, reflection, directive, compliment) for one sentence
        (``norm``: the sentence normalised, when the caller has it already)."""
        r = self.r
        if norm is None:
            norm = normalize(sentence)
        toks = _TOKEN.findall(norm)
        if not toks:
            return None, False, False, False
        is_q = sentence.rstrip(" \"')]").endswith("?")
        req = self._request(norm)
        if not is_q:
            # "Vertel eens …" is an open question; "Let me know if …" is none
            is_q = req is not None and req[1]
        if not is_q and unpunctuated:
            is_q = self._looks_like_question(sentence)
        question = Question(self.question_type(sentence, norm, req), sentence) if is_q else None
        compliment = bool(r.compliment and unnegated(r.compliment, norm, r.negations))
        directive = self._directive(norm, toks, is_q)
        if compliment and not is_q:
            directive = directive and not re.search(r"\b(proud|trots)\b", norm)
        reflection = not is_q and not directive and not compliment and self._reflection(norm, toks)
        return question, reflection, directive, compliment

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
    ) -> Coding:
        """Code one turn. A caller that has them already may pass the turn normalised
        (``norm``) and its sentences with theirs (``sentences``, from :func:`sentences_of`).
        """
        unpunctuated = not _PUNCT.search(text)
        if unpunctuated:
            pairs: Sequence[tuple[str, str | None]] = [(text.strip(), None)]
        elif sentences is not None:
            pairs = sentences
        else:
            pairs = [(s, None) for s in split_sentences(text)]
        questions: list[Question] = []
        refl = direc = compl = False
        for s, n in pairs:
            q, rf, d, c = self.code_sentence(s, unpunctuated, n)
            if q is not None:
                questions.append(q)
            refl, direc, compl = refl or rf, direc or d, compl or c
        return Coding(tuple(questions), refl, direc, compl, self.jargon(text, norm))


@functools.lru_cache(maxsize=8)
def get_coder(lang: str, path: str | None = None) -> Coder:
    """The coder for ``lang`` ("nl" or "en") with the bundled or given ``analysis.yaml``."""
    return Coder(load_language_rules(lang, path))


def code_turn(text: str, lang: str) -> Coding:
    """Convenience: code one professional turn in ``lang``."""
    return get_coder(lang).code(text)
