"""Precision and recall of partnerschap.privacy over the test corpus.

Usage: python benchmarks/privacy_quality.py [--deduce] [--corpus PATH] [--show-errors]

Counts (kind, text) pairs per sentence of tests/data/privacy_corpus.yaml, including the
entries marked xfail (the known misses), and prints per kind and overall for the
structured identifiers, plus the number of false BSN findings.
Targets: recall >= 0.95 for the structured identifiers, no false BSN.

Then per section of the corpus (entries without ``section`` and ``section: typed``, the
identifiers as people type them) what a user sees: the share of the identifiers that no
longer appear after ``redact`` with every kind (*redacted*), and the share of the harmless
sentences (``expect: []``) that ``redact`` leaves exactly as they were (*kept*).
Targets for the typed section: redacted >= 0.90, kept >= 0.95. A file written after the
rules, to check they are not fitted to the corpus: --corpus tests/data/privacy_heldout.yaml.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from partnerschap.privacy import STRUCTURED_KINDS, Kind, detect, redact  # noqa: E402

DEFAULT_CORPUS = REPO / "tests" / "data" / "privacy_corpus.yaml"
RECALL_TARGET = 0.95
REDACTED_TARGET = 0.90
KEPT_TARGET = 0.95
ALL_KINDS = {k.value for k in Kind}


def ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def fmt(value: float | None) -> str:
    return "   -  " if value is None else f"{value:6.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--deduce", action="store_true", help="also use the deduce backend")
    parser.add_argument("--show-errors", action="store_true", help="print every miss and extra")
    args = parser.parse_args(argv)

    corpus = yaml.safe_load(args.corpus.read_text(encoding="utf-8"))
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    errors: list[str] = []
    started = time.perf_counter()
    for entry in corpus:
        expected = Counter((item["kind"], str(item["text"])) for item in entry["expect"])
        got = Counter((str(f.kind), f.text) for f in detect(entry["text"], use_deduce=args.deduce))
        for (kind, _text), n in (expected & got).items():
            tp[kind] += n
        for (kind, text), n in (got - expected).items():
            fp[kind] += n
            errors.append(f"  extra   {kind:<11} {text!r:<28} in {entry['text']!r}")
        for (kind, text), n in (expected - got).items():
            fn[kind] += n
            errors.append(f"  missed  {kind:<11} {text!r:<28} in {entry['text']!r}")
    elapsed = time.perf_counter() - started

    backend = "rules + deduce" if args.deduce else "rules only"
    print(f"Privacy detection quality ({backend}): {len(corpus)} sentences, {elapsed:.2f} s")
    print(
        f"{'kind':<12} {'expected':>8} {'found':>6} {'TP':>4} {'FP':>4} {'FN':>4} "
        f"{'precision':>9} {'recall':>7}"
    )
    for kind in Kind:
        k = kind.value
        exp, got = tp[k] + fn[k], tp[k] + fp[k]
        if not exp and not got:
            continue
        marker = "*" if kind in STRUCTURED_KINDS else " "
        print(
            f"{k + marker:<12} {exp:>8} {got:>6} {tp[k]:>4} {fp[k]:>4} {fn[k]:>4} "
            f"{fmt(ratio(tp[k], got)):>9} {fmt(ratio(tp[k], exp)):>7}"
        )

    def total(kinds: set[str]) -> tuple[int, int, int]:
        return (
            sum(tp[k] for k in kinds),
            sum(fp[k] for k in kinds),
            sum(fn[k] for k in kinds),
        )

    structured = {k.value for k in STRUCTURED_KINDS}
    s_tp, s_fp, s_fn = total(structured)
    a_tp, a_fp, a_fn = total({k.value for k in Kind})
    s_recall = ratio(s_tp, s_tp + s_fn)
    print(
        f"{'structured*':<12} {s_tp + s_fn:>8} {s_tp + s_fp:>6} {s_tp:>4} {s_fp:>4} {s_fn:>4} "
        f"{fmt(ratio(s_tp, s_tp + s_fp)):>9} {fmt(s_recall):>7}"
    )
    print(
        f"{'all kinds':<12} {a_tp + a_fn:>8} {a_tp + a_fp:>6} {a_tp:>4} {a_fp:>4} {a_fn:>4} "
        f"{fmt(ratio(a_tp, a_tp + a_fp)):>9} {fmt(ratio(a_tp, a_tp + a_fn)):>7}"
    )
    print(f"false BSN findings: {fp['bsn']}")
    ok = (s_recall or 0.0) >= RECALL_TARGET and fp["bsn"] == 0
    print(
        f"targets (structured recall >= {RECALL_TARGET}, no false BSN): "
        f"{'met' if ok else 'NOT met'}"
    )
    ok = sections(corpus, args.deduce, errors) and ok
    if args.show_errors and errors:
        print("errors:")
        print("\n".join(errors))
    return 0 if ok else 1


def sections(corpus: list[dict], deduce: bool, errors: list[str]) -> bool:
    """Print per section what redaction leaves of the identifiers and of harmless text."""
    per: dict[str, Counter[str]] = {}
    for entry in corpus:
        count = per.setdefault(entry.get("section", "main"), Counter())
        text = entry["text"]
        redacted = redact(text, kinds=ALL_KINDS, use_deduce=deduce)
        if not entry["expect"]:
            count["harmless"] += 1
            if redacted == text:
                count["kept"] += 1
            else:
                errors.append(f"  changed {redacted!r:<40} from {text!r}")
        for item in entry["expect"]:
            count["identifiers"] += 1
            value = str(item["text"])
            if value in redacted:
                errors.append(f"  left    {item['kind']:<11} {value!r:<28} in {redacted!r}")
            else:
                count["redacted"] += 1
    print(f"{'section':<12} {'identifiers':>11} {'redacted':>8} {'harmless':>8} {'kept':>6}")
    ok = True
    for name, c in per.items():
        share = ratio(c["redacted"], c["identifiers"])
        kept = ratio(c["kept"], c["harmless"])
        print(
            f"{name:<12} {c['identifiers']:>11} {fmt(share):>8} {c['harmless']:>8} {fmt(kept):>6}"
        )
        if name != "main":
            ok = ok and (share or 0.0) >= REDACTED_TARGET and (kept or 0.0) >= KEPT_TARGET
    if len(per) > 1:
        print(
            f"targets (sections other than main: redacted >= {REDACTED_TARGET}, "
            f"kept >= {KEPT_TARGET}): {'met' if ok else 'NOT met'}"
        )
    return ok


if __name__ == "__main__":
    raise SystemExit(main())
