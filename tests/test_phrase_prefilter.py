"""Compiled phrase patterns match exactly as the plain alternation of their phrases.

What :func:`compile_phrases` compiles is faster than the plain alternation: branches are
grouped by first letter and a word prefilter skips texts without the required words. Both
must be exact: every match (start, end) is the plain alternation's, and no text it matches
is skipped.

Checked for every phrase list that ships (the coding cues of ``analysis.yaml`` and the
signals of both bundled sets) on the labelled utterances and their sentences, and on texts
generated from each phrase itself (so every phrase is seen matching).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from partnerschap.transcript.coding import _analysis_data, load_yaml, split_sentences
from partnerschap.transcript.phrases import (
    PhrasePattern,
    _alternation,
    _parse_seq,
    _tokens,
    compile_phrases,
    normalize,
    words_of,
)

ROOT = Path(__file__).resolve().parent.parent


def phrase_lists() -> Iterator[tuple[str, list[str]]]:
    for lang, spec in _analysis_data(None).items():
        for key, items in spec.items():
            if key != "jargon" and isinstance(items, list) and items:
                phrases = [str(p) for p in items]
                if any(" " in p or "*" in p or p.startswith("re:") for p in phrases):
                    yield f"analysis.{lang}.{key}", phrases
        yield f"analysis.{lang}.jargon", [str(p) for p in spec.get("jargon") or []]
    for name in ("partnerschap", "client-perspective"):
        data = load_yaml(ROOT / "principles" / f"{name}.yaml")
        for principle in data["principles"]:
            for lang, block in (principle.get("signals") or {}).items():
                for polarity, phrases in block.items():
                    if phrases:
                        yield f"{name}.{principle['id']}.{lang}.{polarity}", list(phrases)


LISTS = list(phrase_lists())


def utterances() -> list[str]:
    texts = []
    for lang in ("nl", "en"):
        for item in load_yaml(ROOT / "tests" / "data" / f"utterances_{lang}.yaml"):
            text = str(item["text"])
            texts.append(normalize(text))
            texts.extend(normalize(s) for s in split_sentences(text))
    return texts


def realise(items: list, rng: random.Random) -> list[str]:
    """Words of one text that the parsed phrase ``items`` matches."""
    out: list[str] = []
    for it in items:
        if it[0] == "w":
            out.append(it[2].replace("*", rng.choice(["", "en", "heid"])))
        elif it[0] == "gap":
            out.extend(rng.choice([[], ["nou"], ["echt", "wel"]]))
        elif not it[2] or rng.random() < 0.5:
            out.extend(realise(rng.choice(it[1]), rng))
    return out


def samples(phrase: str, rng: random.Random) -> Iterator[str]:
    items, _ = _parse_seq(_tokens(normalize(phrase)), 0, "")
    for _ in range(6):
        words = realise(items, rng)
        sep = rng.choice([" ", ", ", " - "])
        yield f"{rng.choice(['', 'en ', 'nou, '])}{sep.join(words)}{rng.choice(['', '?', ' toch'])}"


def test_the_shipped_lists_are_checked() -> None:
    assert len(LISTS) > 60
    with_prefilter = [name for name, phrases in LISTS if compile_phrases(phrases).words]
    assert len(with_prefilter) > len(LISTS) // 2  # the prefilter is in use


@pytest.mark.parametrize("name, phrases", LISTS, ids=[name for name, _ in LISTS])
def test_compiled_pattern_matches_as_the_plain_alternation(name: str, phrases: list[str]) -> None:
    pattern = compile_phrases(phrases)
    assert isinstance(pattern, PhrasePattern)
    rng = random.Random(name)
    texts = utterances()
    generated = [t for p in phrases if not p.startswith("re:") for t in samples(p, rng)]
    reference = re.compile(_alternation(phrases))
    matched = 0
    for text in texts + generated:
        expected = reference.search(text)
        found = pattern.search(text)
        assert (found is None) == (expected is None), (phrases, text)
        if expected is not None:
            matched += 1
            assert found is not None and found.span() == expected.span(), (phrases, text)
            assert [m.span() for m in pattern.finditer(text)] == [
                m.span() for m in reference.finditer(text)
            ]
    assert matched >= len([p for p in phrases if not p.startswith("re:")])


def test_a_text_without_the_required_words_is_not_searched() -> None:
    pattern = compile_phrases(["wat … goed", "[hoe|wanneer] lukt het (wel)"])
    assert pattern is not None
    assert pattern.words == frozenset({"goed", "lukt"})
    assert pattern.search("wat ging er nou goed") is not None
    assert pattern.search("wanneer lukt het") is not None
    assert pattern.search("wat ging er mis") is None
    assert compile_phrases(["re:\\bgoed", "wat … goed"]).words is None  # raw regex: always
    assert compile_phrases(["*heid"]).words is None  # a word's end tells nothing: always


@pytest.mark.parametrize(
    "phrases, words, searched, skipped",
    [
        # a raw regex that starts with a whole word needs that word
        (
            ["re:\\bwat (?:zou )?(?:dit )?betekent", "goed"],
            {"wat", "goed"},
            "wat betekent",
            "watte",
        ),
        (["re:\\bliever\\b.*\\bof\\b"], {"liever"}, "liever dit of dat", "lievert of"),
        # a word with a star at its end needs a word starting so
        (["stapje*", "wat … goed"], {"stapje*", "goed"}, "kleine stapjes", "een stap"),
    ],
)
def test_raw_regexes_and_word_starts_have_required_words_too(phrases, words, searched, skipped):
    pattern = compile_phrases(phrases)
    assert pattern is not None and pattern.words == frozenset(words)
    assert pattern.may_match(words_of(searched), searched) and pattern.search(searched) is not None
    assert not pattern.may_match(words_of(skipped), skipped)


@pytest.mark.parametrize(
    "regex",
    [
        "\\bgoed",  # the word may go on: "goede"
        "\\bwat|hoe ",  # an alternation: "hoe" needs no "wat"
        "\\bwa?t ",  # an optional letter
        "\\b[wh]at ",  # a class
        "^\\W*(?:so|ok)\\b",  # no word boundary first
        "\\b(",  # not a regex at all
    ],
)
def test_a_raw_regex_without_a_certain_first_word_is_always_searched(regex):
    from partnerschap.transcript.phrases import _raw_required

    assert _raw_required(regex) is None
    if regex != "\\b(":
        assert compile_phrases([f"re:{regex}", "goed"]).words is None


@pytest.mark.parametrize(
    "phrases, text",
    [
        (["wat", "wat gaat goed", "waar"], "nou, wat gaat goed dan"),  # first branch wins
        (["wat gaat goed", "wat"], "nou, wat gaat goed dan"),
        (["(wel) … goed", "goed"], "het ging wel nou goed"),  # gap after an optional word
        (["[u|je] moet (gewoon)", "u moet gewoon"], "u moet gewoon slapen"),
        (["(u|je) (wel) moet", "je"], "je wel moet, je moet"),
        (["*heid", "veilig"], "veiligheid en veilig"),  # no first letter: keeps its place
        (["re:\\bhoe (vaak|lang)", "hoe"], "hoe vaak en hoe"),
    ],
)
def test_branch_order_and_unfolding_keep_the_first_match(phrases: list[str], text: str) -> None:
    pattern = compile_phrases(phrases)
    reference = re.compile(_alternation(phrases))
    assert pattern is not None
    assert [m.span() for m in pattern.finditer(text)] == [
        m.span() for m in reference.finditer(text)
    ]
