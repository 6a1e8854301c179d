"""Quality of the coding that listens (issue 17) on the labelled dialogues.

Each dialogue gives the turn(s) before a professional turn and the labels of that turn's
sentences (open, closed, reflection with simple or complex, other), as an MI coder would
give them. The coder sees the other person's turns of the context, as in a transcript.
Prints, per language and for the first and the second half of each file apart (the first
half was looked at while the rules were written, the second half was not):

* open/closed agreement: of the turns the labels give a question type (open if any
  sentence is an open question, else closed), the share the coder gives the same type;
* Cohen's kappa for none/open/closed over all turns;
* reflections: precision and recall per turn (a turn with a reflective sentence) and per
  sentence (where the coder splits the turn into as many sentences as the labels);
* simple/complex agreement on the turns both call a reflection (complex if any sentence
  is a complex reflection);
* the open-question share of all questions, labelled and coded (as for a session).

Targets on these dialogues: open/closed >= 0.90, reflections precision >= 0.80 and
recall >= 0.75, per language.

    python benchmarks/dialogue_quality.py [--errors] [--lang nl] [--part dev|held-out|all|whole]
        [--data FOLDER]

``--part whole`` takes a file as one part: for a set that is held out as a whole, such as
``tests/data/heldout2`` (written after the rules of December 2026, before they were run on
it; its errors are not to be read for new rules).
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.analysis_quality import PR  # noqa: E402
from partnerschap.transcript import get_coder  # noqa: E402
from partnerschap.transcript.coding import load_yaml  # noqa: E402

DATA = ROOT / "tests" / "data"
LABELS = ("none", "open", "closed")


def turn_type(types: list[str]) -> str:
    if "open" in types:
        return "open"
    return "closed" if "closed" in types else "none"


def kappa(confusion: Counter[tuple[str, str]]) -> float | None:
    n = sum(confusion.values())
    if not n:
        return None
    observed = sum(confusion[(c, c)] for c in LABELS) / n
    expected = sum(
        sum(confusion[(c, g)] for g in LABELS) * sum(confusion[(w, c)] for w in LABELS)
        for c in LABELS
    ) / (n * n)
    return (observed - expected) / (1 - expected) if expected < 1 else None


class _Sentence(NamedTuple):
    type: str
    reflection: str | None = None


def code(coder: Any, text: str, recent: list[str], earlier: list[str]) -> Any:
    """The coder's codes of a turn; a coder from before issue 17 (no context, no codes per
    sentence) gets its questions and its reflection as sentences, for a figure before."""
    if hasattr(coder, "context"):
        return coder.code(text, context=coder.context(recent, earlier))
    c = coder.code(text)
    sentences = [_Sentence(q.type) for q in c.questions]
    if c.reflection:
        sentences.append(_Sentence("reflection", "simple"))
    return SimpleNamespace(
        questions=c.questions,
        reflection=c.reflection,
        reflection_type="simple" if c.reflection else None,
        sentences=sentences,
        why=(),
    )


def parts(items: list, part: str) -> list[tuple[str, list]]:
    half = (len(items) + 1) // 2
    chosen = {"dev": [("dev half", items[:half])], "held-out": [("held-out half", items[half:])]}
    if part == "all":
        return chosen["dev"] + chosen["held-out"]
    if part == "whole":
        return [("whole file", items)]
    return chosen[part]


def evaluate(lang: str, name: str, items: list, show_errors: bool) -> None:
    coder = get_coder(lang)
    confusion: Counter[tuple[str, str]] = Counter()
    oc_ok = oc_n = 0
    turn_refl, sent_refl = PR(), PR()
    depth_ok = depth_n = 0
    open_want = q_want = open_got = q_got = 0
    aligned = 0
    errors: list[str] = []
    for item in items:
        recent: list[str] = []
        earlier: list[str] = []
        for turn in item.get("context") or []:
            if turn.get("speaker") == "professional":
                earlier.extend(recent)
                recent = []
            else:
                recent.append(str(turn["text"]))
        coding = code(coder, str(item["text"]), recent, earlier)
        labels = list(item.get("sentences") or [])
        want_types = [s["type"] for s in labels]
        got_types = [s.type for s in coding.sentences]
        want_t, got_t = turn_type(want_types), turn_type(got_types)
        confusion[(want_t, got_t)] += 1
        if want_t != "none":
            oc_n += 1
            oc_ok += want_t == got_t
        want_r = "reflection" in want_types
        turn_refl.add(coding.reflection, want_r)
        if len(labels) == len(coding.sentences):
            aligned += 1
            for w, g in zip(want_types, got_types, strict=True):
                sent_refl.add(g == "reflection", w == "reflection")
        if want_r and coding.reflection:
            kinds = [s.get("reflection") for s in labels if s["type"] == "reflection"]
            want_depth = "complex" if "complex" in kinds else "simple"
            depth_n += 1
            depth_ok += want_depth == coding.reflection_type
            if want_depth != coding.reflection_type:
                errors.append(
                    f"depth want {want_depth} got {coding.reflection_type}: {item['text']}"
                )
        q_want += sum(t in ("open", "closed") for t in want_types)
        open_want += want_types.count("open")
        q_got += len(coding.questions)
        open_got += sum(q.type == "open" for q in coding.questions)
        if want_types != got_types:
            errors.append(f"want {want_types} got {got_types} {list(coding.why)}: {item['text']}")
    n = len(items)
    print(f"\n== {lang}, {name}: {n} dialogues ({aligned} with as many sentences as labels) ==")
    if oc_n:
        print(f"  open/closed agreement (turns with a question)  {oc_ok / oc_n:.2f}  (n={oc_n})")
    k = kappa(confusion)
    print(f"  kappa none/open/closed (all turns)             {'-' if k is None else f'{k:.2f}'}")
    print(turn_refl.row("reflections (turns)"))
    print(sent_refl.row("reflections (sentences)"))
    if depth_n:
        print(f"  simple/complex agreement{'':23s}{depth_ok / depth_n:.2f}  (n={depth_n})")
    share = (open_want / q_want if q_want else 0.0, open_got / q_got if q_got else 0.0)
    print(f"  open-question share: labelled {share[0]:.2f}, coded {share[1]:.2f}")
    if show_errors:
        print("  -- disagreements --")
        for e in errors:
            print("   ", e)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    ap.add_argument("--lang", choices=["nl", "en"], action="append")
    ap.add_argument("--part", choices=["dev", "held-out", "all", "whole"], default="all")
    ap.add_argument("--data", type=Path, default=DATA, help="folder with dialogues_*.yaml")
    args = ap.parse_args(argv)
    for lang in args.lang or ["nl", "en"]:
        path = args.data / f"dialogues_{lang}.yaml"
        if not path.is_file():
            print(f"\n== {lang}: no {path} ==")
            continue
        items = load_yaml(path) or []
        for name, chunk in parts(items, args.part):
            evaluate(lang, name, chunk, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
