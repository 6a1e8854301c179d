"""Reporting the result of checking set files and drill banks (``principles validate``,
``drill validate``): every problem as ``file:line: message`` on stderr, exit 2 if any."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

import typer

from partnerschap.cli import state
from partnerschap.errors import Problem
from partnerschap.messages import t


@dataclass(frozen=True)
class Checked:
    path: Path
    problems: list[Problem]
    count: int  # principles of a set, items of a bank
    bank: bool = False


def check_set(path: Path) -> Checked:
    from partnerschap.sets.loader import load_set_file, validate_file

    problems = validate_file(path)
    return Checked(path, problems, 0 if problems else len(load_set_file(path).principles))


def check_bank(path: Path, sets: dict) -> Checked:
    from partnerschap.drills.bank import load_bank_file, validate_bank_file

    problems = validate_bank_file(path, sets)
    count = 0 if problems else len(load_bank_file(path, sets).items)
    return Checked(path, problems, count, bank=True)


def report(results: list[Checked], as_json: bool) -> None:
    lang = state.lang()
    failed = any(r.problems for r in results)
    if as_json:
        files = [
            {
                "file": str(r.path),
                "valid": not r.problems,
                ("items" if r.bank else "principles"): r.count,
                "problems": [p.to_json(lang) for p in r.problems],
            }
            for r in results
        ]
        sys.stdout.write(
            json.dumps({"valid": not failed, "files": files}, ensure_ascii=False, indent=2) + "\n"
        )
    else:
        out, err = state.out(), state.err()
        for r in results:
            for problem in r.problems:
                err.print(problem.render(lang), markup=False, highlight=False)
            if not r.problems:
                key = "ui.drill.valid" if r.bank else "ui.valid"
                out.print(t(key, lang, file=str(r.path), count=r.count), markup=False)
    if failed:
        raise typer.Exit(2)
