"""Quality of the transcript coding on the labelled development set.

Prints, per language: accuracy of the question type (per utterance: open / closed / none,
and per question where the number of questions agrees), precision and recall of
reflections, directives, compliments and jargon, and precision and recall of the principle
signals per principle and overall (honours and undermines counted together as
(principle, polarity) pairs).

Targets on this set: question type >= 0.9; principle signals precision >= 0.8 and recall
>= 0.7; directives and jargon recall >= 0.9.

    python benchmarks/analysis_quality.py [--set principles/partnerschap.yaml] [--errors]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from partnerschap.transcript import get_coder, load_signals_from_set_file  # noqa: E402
from partnerschap.transcript.coding import load_yaml  # noqa: E402

DATA = ROOT / "tests" / "data"


def utterance_type(types: list[str]) -> str:
    if not types:
        return "none"
    return "open" if "open" in types else "closed"


class PR:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, predicted: bool, actual: bool) -> None:
        self.tp += predicted and actual
        self.fp += predicted and not actual
        self.fn += actual and not predicted

    @property
    def precision(self) -> float | None:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    def row(self, name: str) -> str:
        def f(x: float | None) -> str:
            return "  -  " if x is None else f"{x:.2f}"

        n = self.tp + self.fn
        return f"  {name:<22} precision {f(self.precision)}  recall {f(self.recall)}  (n={n})"


def evaluate(lang: str, set_file: Path, show_errors: bool) -> dict[str, float | None]:
    items = load_yaml(DATA / f"utterances_{lang}.yaml")
    coder = get_coder(lang)
    signals = load_signals_from_set_file(set_file)
    utt_ok = 0
    q_ok = q_total = 0
    confusion: Counter[tuple[str, str]] = Counter()
    flags = {k: PR() for k in ("reflection", "directive", "compliment")}
    jargon = PR()
    per_principle: dict[str, PR] = {pid: PR() for pid in signals.ids}
    overall = PR()
    errors: list[str] = []
    for item in items:
        text = item["text"]
        coding = coder.code(text)
        want_types = list(item.get("questions") or [])
        got_types = [q.type for q in coding.questions]
        want_u, got_u = utterance_type(want_types), utterance_type(got_types)
        confusion[(want_u, got_u)] += 1
        utt_ok += want_u == got_u
        if len(want_types) == len(got_types):
            q_total += len(want_types)
            q_ok += sum(a == b for a, b in zip(want_types, got_types, strict=True))
        else:
            q_total += max(len(want_types), len(got_types))
        if want_types != got_types:
            errors.append(f"question {want_types} got {got_types}: {text}")
        for k, pr in flags.items():
            want, got = bool(item.get(k)), bool(getattr(coding, k))
            pr.add(got, want)
            if want != got:
                errors.append(f"{k} want {want} got {got}: {text}")
        want_j = {str(j).casefold() for j in item.get("jargon") or []}
        got_j = {j.casefold() for j in coding.jargon}
        for term in want_j | got_j:
            jargon.add(term in got_j, term in want_j)
        if want_j != got_j:
            errors.append(f"jargon want {sorted(want_j)} got {sorted(got_j)}: {text}")
        honours, undermines = signals.match(text, lang)
        for polarity, got_ids in (("honours", honours), ("undermines", undermines)):
            want_ids = set(item.get(polarity) or [])
            for pid in signals.ids:
                p, a = pid in got_ids, pid in want_ids
                per_principle[pid].add(p, a)
                overall.add(p, a)
            if want_ids != set(got_ids):
                errors.append(f"{polarity} want {sorted(want_ids)} got {sorted(got_ids)}: {text}")

    n = len(items)
    print(f"\n== {lang}: {n} utterances ==")
    print(f"  question type (utterance: open/closed/none)  accuracy {utt_ok / n:.2f}")
    if q_total:
        print(f"  question type (per question)                 accuracy {q_ok / q_total:.2f}")
    labels = ("open", "closed", "none")
    print("  confusion (rows = label, columns = coded):  " + "  ".join(f"{c:>6}" for c in labels))
    for w in labels:
        cells = "  ".join(f"{confusion[(w, g)]:>6}" for g in labels)
        print(f"    {w:<41} {cells}")
    for k, pr in flags.items():
        print(pr.row(k))
    print(jargon.row("jargon"))
    print("  principle signals:")
    for pid, pr in per_principle.items():
        print("  " + pr.row(pid))
    print(overall.row("signals overall"))
    if show_errors:
        print("  -- disagreements --")
        for e in errors:
            print("   ", e)
    return {
        "question_accuracy": utt_ok / n,
        "signals_precision": overall.precision,
        "signals_recall": overall.recall,
        "directive_recall": flags["directive"].recall,
        "jargon_recall": jargon.recall,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", default=str(ROOT / "principles" / "partnerschap.yaml"))
    ap.add_argument("--errors", action="store_true", help="list every disagreement")
    ap.add_argument("--lang", choices=["nl", "en"], action="append")
    args = ap.parse_args(argv)
    for lang in args.lang or ["nl", "en"]:
        evaluate(lang, Path(args.set), args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
