"""What a professional's log says over months: per principle how often it was honoured,
partly met or missed; the principle missed most; the trend per month; the latest next
steps.

Two ways to the same :class:`Stats`: :func:`compute` over reflections (pure, used by tests
and small logs) and :func:`from_store` from SQL aggregates (fast for a large log). No
terminal code here.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from partnerschap.i18n import LocalizedText
from partnerschap.reflection.record import Reflection

if TYPE_CHECKING:
    from partnerschap.log.store import Filters, Store

STATUSES = ("honoured", "partly", "missed", "not_applicable", "not_asked")
RECENT_NEXT_STEPS = 5


@dataclass
class PrincipleCount:
    set_id: str
    principle_id: str
    title: LocalizedText
    honoured: int = 0
    partly: int = 0
    missed: int = 0
    not_applicable: int = 0
    not_asked: int = 0

    @property
    def answered(self) -> int:
        return self.honoured + self.partly + self.missed

    def add(self, status: str, count: int = 1) -> None:
        if status in STATUSES:
            setattr(self, status, getattr(self, status) + count)

    def sort_key(self) -> tuple[int, int, int, str, str]:
        return (-self.missed, -self.partly, -self.honoured, self.set_id, self.principle_id)

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "set": self.set_id,
            "principle": self.principle_id,
            "title": self.title.get(lang),
            **{s: getattr(self, s) for s in STATUSES},
        }


@dataclass
class MonthCount:
    month: str  # YYYY-MM
    reflections: int = 0
    honoured: int = 0
    partly: int = 0
    missed: int = 0

    @property
    def answered(self) -> int:
        return self.honoured + self.partly + self.missed

    def add(self, status: str, count: int = 1) -> None:
        if status in ("honoured", "partly", "missed"):
            setattr(self, status, getattr(self, status) + count)

    def to_json(self) -> dict[str, Any]:
        return {
            "month": self.month,
            "reflections": self.reflections,
            "honoured": self.honoured,
            "partly": self.partly,
            "missed": self.missed,
        }


@dataclass
class NextStepEntry:
    id: str
    date: str
    kind: str
    intention: str
    questions: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "date": self.date,
            "kind": self.kind,
            "intention": self.intention,
            "questions": list(self.questions),
        }


@dataclass
class Stats:
    reflections: int
    principles: list[PrincipleCount]
    months: list[MonthCount]
    next_steps: list[NextStepEntry]

    @property
    def most_missed(self) -> PrincipleCount | None:
        return most_missed(self.principles)

    def to_json(self, lang: str) -> dict[str, Any]:
        top = self.most_missed
        return {
            "reflections": self.reflections,
            "principles": [p.to_json(lang) for p in self.principles],
            "most_missed": top.to_json(lang) if top else None,
            "months": [m.to_json() for m in self.months],
            "recent_next_steps": [n.to_json() for n in self.next_steps],
        }


def most_missed(counts: Iterable[PrincipleCount]) -> PrincipleCount | None:
    """The principle missed most often (ties: the one also partly met most often)."""
    ranked = sorted((c for c in counts if c.missed), key=PrincipleCount.sort_key)
    return ranked[0] if ranked else None


# --- pure functions over reflections ---------------------------------------------------------


def _date(reflection: Reflection) -> str:
    return reflection.context.date or reflection.created[:10]


def _order(reflection: Reflection) -> tuple[str, str, str]:
    return (_date(reflection), reflection.created, reflection.id)


def principle_counts(reflections: Iterable[Reflection]) -> list[PrincipleCount]:
    counts: dict[tuple[str, str], PrincipleCount] = {}
    latest: dict[tuple[str, str], str] = {}
    for reflection in reflections:
        if not reflection.complete:
            continue
        date = _date(reflection)
        for finding in reflection.findings:
            key = (finding.set_id, finding.principle_id)
            count = counts.get(key)
            if count is None:
                count = counts[key] = PrincipleCount(
                    finding.set_id, finding.principle_id, finding.title
                )
            if date >= latest.get(key, ""):
                latest[key] = date
                count.title = finding.title
            count.add(finding.status.value)
    return sorted(counts.values(), key=PrincipleCount.sort_key)


def monthly_trend(reflections: Iterable[Reflection]) -> list[MonthCount]:
    months: dict[str, MonthCount] = {}
    for reflection in reflections:
        if not reflection.complete:
            continue
        month = _date(reflection)[:7]
        entry = months.setdefault(month, MonthCount(month))
        entry.reflections += 1
        for finding in reflection.findings:
            entry.add(finding.status.value)
    return [months[m] for m in sorted(months)]


def recent_next_steps(
    reflections: Iterable[Reflection], limit: int = RECENT_NEXT_STEPS
) -> list[NextStepEntry]:
    chosen = [
        r
        for r in reflections
        if r.complete and (r.next_step.intention != "" or r.next_step.questions)
    ]
    chosen.sort(key=_order, reverse=True)
    return [
        NextStepEntry(
            r.id, _date(r), r.context.kind, r.next_step.intention, list(r.next_step.questions)
        )
        for r in chosen[:limit]
    ]


def compute(reflections: Iterable[Reflection]) -> Stats:
    items = [r for r in reflections if r.complete]
    return Stats(
        reflections=len(items),
        principles=principle_counts(items),
        months=monthly_trend(items),
        next_steps=recent_next_steps(items),
    )


# --- the same from SQL aggregates ------------------------------------------------------------


def from_store(store: Store, filters: Filters | None = None) -> Stats:
    rows = store.principle_counts(filters)
    texts = store.texts(title for _s, _p, _c, title in rows)
    counts = []
    for set_id, principle_id, by_status, title in rows:
        count = PrincipleCount(
            set_id, principle_id, LocalizedText.from_json(texts.get(title) or principle_id)
        )
        for status, n in by_status.items():
            count.add(status, n)
        counts.append(count)
    months = [
        MonthCount(month, reflections=n, honoured=honoured, partly=partly, missed=missed)
        for month, n, honoured, partly, missed in store.monthly_counts(filters)
    ]
    steps = []
    for rid, date, kind, raw in store.recent_next_steps(filters, RECENT_NEXT_STEPS):
        step = json.loads(raw) if raw else {}
        steps.append(
            NextStepEntry(
                rid,
                date,
                kind,
                str(step.get("intention") or ""),
                [str(q) for q in step.get("questions") or []],
            )
        )
    return Stats(
        reflections=store.count(filters),
        principles=sorted(counts, key=PrincipleCount.sort_key),
        months=sorted(months, key=lambda m: m.month),
        next_steps=steps,
    )
