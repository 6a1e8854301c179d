"""Drills for trainers: the drill bank, selection and scoring, and results files.

No terminal code here; the ``drill`` command lives in :mod:`partnerschap.cli.drill_cmd`.
"""

from partnerschap.drills.bank import discover_banks, load_bank_file, load_drills, validate_bank_file
from partnerschap.drills.model import (
    OPTION_COUNT,
    PITFALLS,
    DrillBank,
    DrillCatalog,
    DrillItem,
    ItemType,
    Option,
)

__all__ = [
    "OPTION_COUNT",
    "PITFALLS",
    "DrillBank",
    "DrillCatalog",
    "DrillItem",
    "ItemType",
    "Option",
    "discover_banks",
    "load_bank_file",
    "load_drills",
    "validate_bank_file",
]
