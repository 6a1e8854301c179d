"""Choosing items, asking them, and scoring the answers. No terminal code.

One ``random.Random(seed)`` draws the items and then the option order of each item, so the
same seed and filters always give the same items with the same options in the same order.
"""

from __future__ import annotations

import random
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from partnerschap.drills.model import DrillCatalog, DrillItem, ItemType, Option
from partnerschap.errors import PartnerschapError
from partnerschap.messages import t
from partnerschap.prompts import Choice, Prompter
from partnerschap.sets.model import PrincipleSet

DEFAULT_ROUNDS = 10
ALL = "all"


def new_seed() -> str:
    """A short random seed, shown and saved so a session can be repeated."""
    return str(random.SystemRandom().randrange(1000, 100000))


@dataclass(frozen=True)
class Filters:
    """What to practise: ``None`` means no filter."""

    sets: tuple[str, ...] | None = None
    principles: tuple[str, ...] | None = None
    type: ItemType | None = None

    @classmethod
    def parse(cls, set_ids: str | None, principles: str | None, item_type: str | None) -> Filters:
        """From the command line: comma-separated ids, ``all`` for every set."""

        def split(value: str | None) -> tuple[str, ...] | None:
            if not value or value.strip() == ALL:
                return None
            parts = tuple(p.strip() for p in value.split(",") if p.strip())
            return parts or None

        return cls(
            sets=split(set_ids),
            principles=split(principles),
            type=ItemType(item_type) if item_type else None,
        )

    def to_json(self) -> dict[str, object]:
        return {
            "sets": list(self.sets) if self.sets else None,
            "principles": list(self.principles) if self.principles else None,
            "type": self.type.value if self.type else None,
        }

    def check(self, catalog: DrillCatalog, sets: dict[str, PrincipleSet]) -> None:
        """Refuse ids that no item could ever match, naming what there is."""
        available = catalog.set_ids()
        for set_id in self.sets or ():
            if set_id not in available:
                raise PartnerschapError(
                    "error.drill.unknown_set", set=set_id, available=", ".join(available) or "-"
                )
        in_scope = [sets[s] for s in (self.sets or available) if s in sets]
        known = [p.id for pset in in_scope for p in pset.principles]
        for pid in self.principles or ():
            if pid not in known:
                raise PartnerschapError(
                    "error.drill.unknown_principle",
                    principle=pid,
                    available=", ".join(dict.fromkeys(known)) or "-",
                )

    def matches(self, item: DrillItem) -> bool:
        if self.sets and item.set_id not in self.sets:
            return False
        if self.principles and not set(self.principles) & set(item.principles):
            return False
        return not (self.type and item.type is not self.type)


@dataclass(frozen=True)
class ShownItem:
    """An item with its options in the order shown (number 1 is ``options[0]``)."""

    item: DrillItem
    options: tuple[Option, ...]

    @property
    def id(self) -> str:
        return self.item.id

    def number_of(self, option_id: str) -> int:
        """The shown number (1-based) of an option."""
        return next(i for i, o in enumerate(self.options, 1) if o.id == option_id)

    @property
    def correct_number(self) -> int:
        return self.number_of(self.item.correct.id)


def select(
    items: Iterable[DrillItem], filters: Filters, rounds: int, seed: int | str
) -> list[ShownItem]:
    """Up to ``rounds`` items matching ``filters``, drawn and shuffled by ``seed``.

    Items are drawn in bank order before shuffling, so the result depends only on the
    items, the filters, the rounds and the seed.
    """
    if rounds < 1:
        raise PartnerschapError("error.drill.bad_rounds", rounds=rounds)
    rng = random.Random(str(seed))
    pool = [item for item in items if filters.matches(item)]
    chosen = rng.sample(pool, min(rounds, len(pool)))
    shown = []
    for item in chosen:
        options = list(item.options)
        rng.shuffle(options)
        shown.append(ShownItem(item, tuple(options)))
    return shown


@dataclass(frozen=True)
class Answer:
    """One answered item."""

    item_id: str
    set_id: str
    principles: tuple[str, ...]
    type: ItemType
    shown: tuple[str, ...]  # option ids in the shown order
    chosen: str  # option id
    correct_option: str  # option id
    pitfall: str | None = None  # the pitfall of the chosen option (better items)

    @property
    def correct(self) -> bool:
        return self.chosen == self.correct_option

    @property
    def chosen_number(self) -> int:
        return self.shown.index(self.chosen) + 1

    @classmethod
    def of(cls, shown: ShownItem, option_id: str) -> Answer:
        item = shown.item
        option = item.option(option_id)
        if option is None:
            raise ValueError(f"{item.id}: no option {option_id!r}")
        return cls(
            item_id=item.id,
            set_id=item.set_id,
            principles=item.principles,
            type=item.type,
            shown=tuple(o.id for o in shown.options),
            chosen=option_id,
            correct_option=item.correct.id,
            pitfall=option.pitfall,
        )


@dataclass(frozen=True)
class PrincipleScore:
    set_id: str
    principle_id: str
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0


def score(answers: Sequence[Answer]) -> list[PrincipleScore]:
    """Right and total per principle, in the order first practised. An item that practises
    two principles counts for both."""
    tally: dict[tuple[str, str], list[int]] = {}
    for answer in answers:
        for pid in answer.principles:
            counts = tally.setdefault((answer.set_id, pid), [0, 0])
            counts[0] += int(answer.correct)
            counts[1] += 1
    return [PrincipleScore(s, p, right, total) for (s, p), (right, total) in tally.items()]


def parse_answer_numbers(text: str, count: int) -> list[int]:
    """``"2,1,4"`` -> ``[2, 1, 4]``; exactly ``count`` numbers from 1 to 4."""
    parts = [p.strip() for p in text.replace(";", ",").split(",")]
    numbers: list[int] = []
    for part in parts:
        if not part.isdigit() or not 1 <= int(part) <= 4:
            raise PartnerschapError("error.drill.bad_answer", answer=part or "''")
        numbers.append(int(part))
    if len(numbers) != count:
        raise PartnerschapError("error.drill.answer_count", given=len(numbers), count=count)
    return numbers


def shorten(text: str, width: int | None) -> str:
    """``text`` on one line, cut at a word with "…" when longer than ``width``."""
    line = " ".join(text.split())
    if width is None or len(line) <= width:
        return line
    return textwrap.shorten(line, width=max(width, 10), placeholder=" …")


def prompt_key(item_id: str) -> str:
    """The prompter key of an item (``item:<id>``); a scripted prompter answers by it."""
    return f"item:{item_id}"


class DrillPresenter(Protocol):
    """Shows the session; the CLI implements it with rich."""

    def item(self, shown: ShownItem, number: int, total: int) -> None: ...

    def feedback(self, shown: ShownItem, answer: Answer) -> None: ...

    def go_on(self, number: int, total: int) -> bool:
        """After the feedback: whether to go on to the next item (False = stop here)."""
        ...


@dataclass
class DrillSession:
    """Asks the shown items one by one through a :class:`Prompter`; records the answers.

    A ``select`` answer of None (a scripted prompter without that item) skips the item.
    ``label_width`` shortens long options in the choice list (the presenter shows them in
    full).
    """

    items: Sequence[ShownItem]
    prompter: Prompter
    presenter: DrillPresenter
    lang: str = "nl"
    answers: list[Answer] = field(default_factory=list)
    stopped_early: bool = False
    label_width: int | None = None

    def question(self, shown: ShownItem) -> str:
        key = "prompt.drill.spot" if shown.item.type is ItemType.SPOT else "prompt.drill.better"
        return t(key, self.lang)

    def choices(self, shown: ShownItem) -> list[Choice]:
        return [
            Choice(
                value=o.id, label=shorten(o.label.get(self.lang), self.label_width), shortcut=str(n)
            )
            for n, o in enumerate(shown.options, 1)
        ]

    def run(self) -> list[Answer]:
        total = len(self.items)
        for number, shown in enumerate(self.items, 1):
            self.presenter.item(shown, number, total)
            chosen = self.prompter.select(
                prompt_key(shown.id),
                self.question(shown),
                self.choices(shown),
                instruction=t("prompt.drill.instruction", self.lang),
            )
            if chosen is None:
                continue
            answer = Answer.of(shown, chosen)
            self.answers.append(answer)
            self.presenter.feedback(shown, answer)
            if number < total and not self.presenter.go_on(number, total):
                self.stopped_early = True
                break
        return self.answers
