"""Drills for trainers: the drill bank, selection and scoring, results files, the class report.

Owns the bank model and its loader and validator (:mod:`.model`, :mod:`.bank`), choosing
and scoring items (:mod:`.practice`), a trainee's results file (:mod:`.results`) and the
report of a class made from many results files (:mod:`.report`).

No terminal code here; the ``drill`` command lives in :mod:`partnerschap.cli.drill`.
May use: ``sets`` and the shared ground.
The bank loader (and with it YAML) is imported only when used, so ``partnerschap --help``
stays fast.
"""

from __future__ import annotations

from typing import Any

from partnerschap.drills.model import (
    OPTION_COUNT,
    PITFALLS,
    DrillBank,
    DrillCatalog,
    DrillItem,
    ItemType,
    Option,
)

_LAZY = ("discover_banks", "load_bank_file", "load_drills", "validate_bank_file")

__all__ = [
    "OPTION_COUNT",
    "PITFALLS",
    "DrillBank",
    "DrillCatalog",
    "DrillItem",
    "ItemType",
    "Option",
    *_LAZY,
]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from partnerschap.drills import bank

        return getattr(bank, name)
    raise AttributeError(name)
