"""One live class session as plain state: who joined, what they answered, where the class is.

No network and no terminal here: the web app and the keys call these methods and send the
views (:mod:`partnerschap.drills.live.views`) to the pages. Every change bumps ``version``.

The trainer moves through the phases ``lobby`` → ``question`` ⇄ ``revealed`` → … → ``end``.
A case once revealed stays revealed (going back to it shows the answer again): answers can
be given and changed only until the reveal, or until the countdown runs out.
"""

from __future__ import annotations

import re
import secrets
import time
import unicodedata
import uuid
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum

from partnerschap.drills.model import OPTION_COUNT
from partnerschap.drills.practice import Answer, PrincipleScore, ShownItem, score
from partnerschap.drills.results import now_iso
from partnerschap.sets.model import PrincipleSet

MAX_NAME = 30
MAX_TRAINEES = 500
HARDEST = 3
# Letters (any script), digits, spaces and the marks names have: Anne-Fleur, D'Souza, J.P.
_NAME = re.compile(r"^[^\W_](?:[\w .'\u2019-]*[\w.])?$")
# The code in the join address: no 0/o, 1/l/i, so it can be read aloud and typed.
CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
CODE_LENGTH = 20  # 20 × log2(31) ≈ 99 bits


def new_code() -> str:
    """The session token of the join address: random, at least 96 bits."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_secret() -> str:
    """A secret of 128 bits (the trainer's, or one trainee's browser)."""
    return secrets.token_urlsafe(16)


def group_code(code: str, size: int = 4) -> str:
    """``k7f39xq2…`` → ``k7f3-9xq2-…``: the code as it is shown to be typed."""
    return "-".join(code[i : i + size] for i in range(0, len(code), size))


class Phase(str, Enum):
    LOBBY = "lobby"
    QUESTION = "question"
    REVEALED = "revealed"
    END = "end"


class LiveError(Exception):
    """Something a trainee or the trainer cannot do now; ``key`` is a message key."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params


def check_name(raw: object) -> str:
    """A trainee's name: trimmed, 1 to 30 characters, letters, digits and . ' - only."""
    if not isinstance(raw, str):
        raise LiveError("live.error.name_empty")
    name = " ".join(unicodedata.normalize("NFC", raw).split())
    if not name:
        raise LiveError("live.error.name_empty")
    if len(name) > MAX_NAME:
        raise LiveError("live.error.name_long", max=MAX_NAME)
    if not _NAME.match(name):
        raise LiveError("live.error.name_chars")
    return name


@dataclass
class Trainee:
    token: str  # the secret the trainee's browser keeps; never shown to anyone else
    number: int  # 1, 2, … in the order of joining
    name: str | None  # None when the session is anonymous
    answers: dict[int, str] = field(default_factory=dict)  # case index → option id
    results_id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    joined: str = field(default_factory=now_iso)


@dataclass(frozen=True)
class CaseTally:
    index: int
    counts: tuple[int, ...]  # per shown option number (1 is counts[0])
    right: int

    @property
    def total(self) -> int:
        return sum(self.counts)

    def percent(self, number: int) -> int:
        """The share of option ``number`` (1-based) in whole percent of the answers."""
        return round(100 * self.counts[number - 1] / self.total) if self.total else 0


@dataclass
class LiveSession:
    items: Sequence[ShownItem]
    sets: Mapping[str, PrincipleSet] = field(default_factory=dict)
    lang: str = "nl"
    anonymous: bool = False
    ranking: bool = False
    timer: int | None = None
    clock: Callable[[], float] = time.monotonic
    code: str = field(default_factory=new_code)
    secret: str = field(default_factory=new_secret)
    phase: Phase = Phase.LOBBY
    index: int = 0
    revealed: set[int] = field(default_factory=set)
    deadline: float | None = None
    deadlines: dict[int, float] = field(default_factory=dict)  # each case keeps its countdown
    trainees: dict[str, Trainee] = field(default_factory=dict)
    version: int = 0
    started: str = field(default_factory=now_iso)
    reached: int = -1  # the furthest case shown so far

    def changed(self) -> None:
        self.version += 1

    @property
    def total(self) -> int:
        return len(self.items)

    @property
    def current(self) -> ShownItem | None:
        if self.phase in (Phase.QUESTION, Phase.REVEALED):
            return self.items[self.index]
        return None

    # --- trainees ------------------------------------------------------------------------

    def join(self, name: object = None) -> Trainee:
        """A new trainee; a name already taken gets a number: Sam, Sam 2, Sam 3."""
        if self.phase is Phase.END:
            raise LiveError("live.error.ended")
        if len(self.trainees) >= MAX_TRAINEES:
            raise LiveError("live.error.full")
        display = None if self.anonymous else self.free_name(check_name(name))
        token = new_secret()
        trainee = Trainee(token=token, number=len(self.trainees) + 1, name=display)
        self.trainees[token] = trainee
        self.changed()
        return trainee

    def free_name(self, name: str) -> str:
        taken = {t.name.casefold() for t in self.trainees.values() if t.name}
        if name.casefold() not in taken:
            return name
        suffix = 2
        while True:
            candidate = f"{name[: MAX_NAME - len(str(suffix)) - 1]} {suffix}"
            if candidate.casefold() not in taken:
                return candidate
            suffix += 1

    def trainee(self, token: object) -> Trainee | None:
        """The trainee of a browser coming back (same token), or None."""
        if not isinstance(token, str):
            return None
        return self.trainees.get(token)

    def names(self) -> list[str]:
        return [t.name for t in self.trainees.values() if t.name]

    # --- answering -----------------------------------------------------------------------

    def time_left(self) -> float | None:
        """Seconds left on the countdown of the current case; None without one."""
        if self.deadline is None or self.phase is not Phase.QUESTION:
            return None
        return max(0.0, self.deadline - self.clock())

    def open_for_answers(self) -> bool:
        left = self.time_left()
        return self.phase is Phase.QUESTION and (left is None or left > 0)

    def answer(self, token: object, number: object) -> str:
        """Record (or change) a trainee's answer to the current case: option ``number``
        as shown (1 to 4). Returns the option id."""
        trainee = self.trainee(token)
        if trainee is None:
            raise LiveError("live.error.unknown_trainee")
        if isinstance(number, bool) or not isinstance(number, int):
            raise LiveError("live.error.bad_option")
        shown = self.current
        if shown is None or self.phase is not Phase.QUESTION:
            raise LiveError("live.error.closed")
        if not 1 <= number <= min(OPTION_COUNT, len(shown.options)):
            raise LiveError("live.error.bad_option")
        if not self.open_for_answers():
            raise LiveError("live.error.time_up")
        option_id = shown.options[number - 1].id
        if trainee.answers.get(self.index) != option_id:
            trainee.answers[self.index] = option_id
            self.changed()
        return option_id

    def chosen_number(self, trainee: Trainee, index: int | None = None) -> int | None:
        index = self.index if index is None else index
        option_id = trainee.answers.get(index)
        return None if option_id is None else self.items[index].number_of(option_id)

    def answered_count(self, index: int | None = None) -> int:
        index = self.index if index is None else index
        return sum(index in t.answers for t in self.trainees.values())

    # --- the trainer's control -------------------------------------------------------------

    def show(self, index: int) -> None:
        self.index = index
        self.reached = max(self.reached, index)
        if index in self.revealed:
            self.phase = Phase.REVEALED
            self.deadline = None
        else:  # back to a case already shown: its countdown goes on (or stays run out)
            self.phase = Phase.QUESTION
            self.deadline = self.deadlines.get(index)
            if self.deadline is None:
                self.start_timer()
        self.changed()

    def start_timer(self) -> None:
        self.deadline = self.clock() + self.timer if self.timer else None
        if self.deadline is not None:
            self.deadlines[self.index] = self.deadline

    def restart_timer(self) -> None:
        if self.phase is Phase.QUESTION and self.timer:
            self.start_timer()
            self.changed()

    def reveal(self) -> None:
        if self.phase is Phase.QUESTION:
            self.revealed.add(self.index)
            self.phase = Phase.REVEALED
            self.deadline = None
            self.changed()

    def next(self) -> None:
        """From the lobby to the first case; from a case to the next; after the last: end."""
        if self.phase is Phase.LOBBY:
            if self.items:
                self.show(0)
        elif self.phase in (Phase.QUESTION, Phase.REVEALED):
            if self.index + 1 < self.total:
                self.show(self.index + 1)
            else:
                self.end()

    def previous(self) -> None:
        if self.phase is Phase.END:
            if self.reached >= 0:
                self.show(self.index)
        elif self.phase in (Phase.QUESTION, Phase.REVEALED) and self.index > 0:
            self.show(self.index - 1)

    def forward(self) -> None:
        """The key of ``drill --class``: reveal; when revealed, go on."""
        if self.phase is Phase.QUESTION:
            self.reveal()
        else:
            self.next()

    def end(self) -> None:
        if self.phase is not Phase.END:
            self.phase = Phase.END
            self.deadline = None
            self.changed()

    @property
    def ended(self) -> bool:
        return self.phase is Phase.END

    @property
    def cases_shown(self) -> int:
        """How many cases the class has seen (the count both end screens give)."""
        return self.reached + 1

    @property
    def stopped_early(self) -> bool:
        """Whether the class did not get through every case (with the answer shown)."""
        return len(self.revealed) < self.total

    # --- results -------------------------------------------------------------------------

    def answers_of(self, trainee: Trainee) -> list[Answer]:
        return [
            Answer.of(self.items[index], option_id)
            for index, option_id in sorted(trainee.answers.items())
        ]

    def tally(self, index: int) -> CaseTally:
        shown = self.items[index]
        counts = [0] * len(shown.options)
        for trainee in self.trainees.values():
            option_id = trainee.answers.get(index)
            if option_id is not None:
                counts[shown.number_of(option_id) - 1] += 1
        right = counts[shown.correct_number - 1]
        return CaseTally(index, tuple(counts), right)

    def class_result(self) -> list[PrincipleScore]:
        """Right and total per principle over every trainee's answers."""
        return score([a for t in self.trainees.values() for a in self.answers_of(t)])

    def hardest(self, limit: int = HARDEST) -> list[CaseTally]:
        """The answered cases with the smallest share right (at most ``limit``; ties in the
        order shown); only cases with at least one wrong answer."""
        tallies = [self.tally(i) for i in range(self.total)]
        wrong = [c for c in tallies if c.total and c.right < c.total]
        return sorted(wrong, key=lambda c: (c.right / c.total, c.index))[:limit]

    def ranking_rows(self) -> list[tuple[int, Trainee, int]]:
        """(place, trainee, right) by the number right; equal scores share a place."""
        scored = sorted(
            ((self.right_of(t), t) for t in self.trainees.values()),
            key=lambda pair: (-pair[0], pair[1].number),
        )
        rows: list[tuple[int, Trainee, int]] = []
        for position, (right, trainee) in enumerate(scored, 1):
            place = rows[-1][0] if rows and rows[-1][2] == right else position
            rows.append((place, trainee, right))
        return rows

    def right_of(self, trainee: Trainee) -> int:
        return sum(a.correct for a in self.answers_of(trainee))
