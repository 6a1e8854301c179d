"""The drill bank model: items with a vignette, four options and an explanation.

Two item types: ``spot`` (which principle went missing? the options are principles of the
item's set) and ``better`` (which question serves partnership best? one good question and
three typical pitfalls). Plain typed dataclasses, like :mod:`partnerschap.sets.model`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import Enum

from partnerschap.errors import Problem
from partnerschap.i18n import LocalizedText

OPTION_COUNT = 4
PITFALLS = ("closed", "directive", "judging", "jargon", "knows-better")


class ItemType(str, Enum):
    SPOT = "spot"
    BETTER = "better"


@dataclass(frozen=True)
class Option:
    """One answer option.

    ``id`` is stable across shuffles and bank versions: the principle id for a ``spot``
    option, ``o1``..``o4`` (the position in the bank) for a ``better`` option. ``label`` is
    what the trainee reads: the principle's title, or the question.
    """

    id: str
    label: LocalizedText
    correct: bool = False
    principle: str | None = None
    pitfall: str | None = None


@dataclass(frozen=True)
class DrillItem:
    id: str
    type: ItemType
    set_id: str
    principles: tuple[str, ...]
    vignette: LocalizedText
    options: tuple[Option, ...]
    explanation: LocalizedText
    source: str | None = None
    bank_id: str = ""
    path: str = ""
    line: int | None = None

    @property
    def correct(self) -> Option:
        return next(o for o in self.options if o.correct)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


@dataclass(frozen=True)
class DrillBank:
    """One ``drills*.yaml`` file."""

    id: str
    version: str
    title: LocalizedText
    source: str
    items: tuple[DrillItem, ...]
    path: str = ""
    origin: str = "bundled"
    digest: str = ""

    def ref(self) -> dict[str, str]:
        """How a results file names this bank."""
        return {"id": self.id, "version": self.version, "digest": self.digest}


@dataclass
class DrillCatalog:
    """Every usable item from every bank found; later banks add items or override by id."""

    banks: list[DrillBank] = field(default_factory=list)
    items: dict[str, DrillItem] = field(default_factory=dict)
    broken: list[Problem] = field(default_factory=list)
    overridden: list[DrillItem] = field(default_factory=list)

    def add(self, bank: DrillBank) -> None:
        self.banks.append(bank)
        for item in bank.items:
            if item.id in self.items:
                self.overridden.append(self.items[item.id])
            self.items[item.id] = item

    def __iter__(self) -> Iterator[DrillItem]:
        return iter(self.items.values())

    def __len__(self) -> int:
        return len(self.items)

    def get(self, item_id: str) -> DrillItem | None:
        return self.items.get(item_id)

    def bank_of(self, item: DrillItem) -> DrillBank | None:
        """The bank (file) an item came from."""
        return next((b for b in self.banks if b.path == item.path), None)

    def set_ids(self) -> list[str]:
        """The sets that have items, in the order first met."""
        return list(dict.fromkeys(item.set_id for item in self))
