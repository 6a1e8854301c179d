"""The results file of one practice session (JSON), as a trainee hands it to the trainer.

Written by ``partnerschap drill`` and read by ``partnerschap drill report``. A results file
names the bank(s) and set(s) it was made with (id, version and digest), but the report
combines files by item id, so results of different bank versions can be put together.

Format (``format_version`` 1)::

    {"format": "partnerschap-drill-results", "format_version": 1, "id": "…",
     "created": "2026-11-20T14:03:12+01:00", "app_version": "…", "trainee": "Sam",
     "language": "nl", "seed": "4711", "rounds": 10, "filters": {…}, "stopped_early": false,
     "banks": [{"id", "version", "digest"}], "sets": [{"id", "version", "digest"}],
     "items": [{"id", "type", "set", "principles", "options", "chosen", "chosen_number",
                "correct_option", "correct", "pitfall"}],
     "summary": {"right", "total", "principles": [{"set", "principle", "right", "total"}]}}
"""

from __future__ import annotations

import datetime as dt
import json
import re
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerschap.drills.practice import Answer, Filters, score
from partnerschap.safe_files import FileRefused, JsonProblem, parse_json, read_bounded

FORMAT = "partnerschap-drill-results"
FORMAT_VERSION = 1
MAX_NAME = 60
MAX_BYTES = 5 * 1024 * 1024

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def clean_name(name: str | None) -> str | None:
    """A trainee's name as typed, without control characters, trimmed; None when empty."""
    if name is None:
        return None
    cleaned = " ".join(_CONTROL.sub(" ", name).split())[:MAX_NAME]
    return cleaned or None


def now_iso() -> str:
    return dt.datetime.now().astimezone().isoformat(timespec="seconds")


@dataclass
class DrillResults:
    answers: list[Answer]
    seed: str
    rounds: int
    filters: Filters = field(default_factory=Filters)
    trainee: str | None = None
    language: str = "nl"
    banks: list[dict[str, str]] = field(default_factory=list)
    sets: list[dict[str, str]] = field(default_factory=list)
    stopped_early: bool = False
    id: str = field(default_factory=lambda: uuid.uuid4().hex[:12])
    created: str = field(default_factory=now_iso)

    @property
    def right(self) -> int:
        return sum(a.correct for a in self.answers)

    def summary(self) -> dict[str, Any]:
        return {
            "right": self.right,
            "total": len(self.answers),
            "principles": [
                {"set": s.set_id, "principle": s.principle_id, "right": s.right, "total": s.total}
                for s in score(self.answers)
            ],
        }

    def to_json(self) -> dict[str, Any]:
        from partnerschap import __version__

        return {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "id": self.id,
            "created": self.created,
            "app_version": __version__,
            "trainee": self.trainee,
            "language": self.language,
            "seed": self.seed,
            "rounds": self.rounds,
            "filters": self.filters.to_json(),
            "stopped_early": self.stopped_early,
            "banks": self.banks,
            "sets": self.sets,
            "items": [
                {
                    "id": a.item_id,
                    "type": a.type.value,
                    "set": a.set_id,
                    "principles": list(a.principles),
                    "options": list(a.shown),
                    "chosen": a.chosen,
                    "chosen_number": a.chosen_number,
                    "correct_option": a.correct_option,
                    "correct": a.correct,
                    "pitfall": a.pitfall,
                }
                for a in self.answers
            ],
            "summary": self.summary(),
        }

    def file_name(self) -> str:
        stamp = self.created[:19].replace(":", "-")
        return f"drill-{stamp}-{self.id[:6]}.json"

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"


def write_private(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file, readable for the owner only."""
    from partnerschap.atomic_write import write_text

    write_text(path, text)


def drills_dir() -> Path:
    """``<data dir>/drills``: where results are kept (created on first save, 0700)."""
    from partnerschap.paths import data_dir

    return data_dir() / "drills"


def save(results: DrillResults, target: Path | None = None) -> Path:
    """Save to ``target`` (a file, or an existing folder to put it in), or to the data dir."""
    from partnerschap.paths import ensure_private_dir

    if target is None:
        path = ensure_private_dir(drills_dir()) / results.file_name()
    elif target.is_dir():
        path = target / results.file_name()
    else:
        path = target
    write_private(path, results.dumps())
    return path


# --- reading ---------------------------------------------------------------------------------


class NotResults(Exception):
    """The file is not a drill results file (``reason`` is a message key)."""

    def __init__(self, reason: str, **params: Any) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params


@dataclass(frozen=True)
class ResultEntry:
    """One answered item as read back from a results file."""

    item_id: str
    set_id: str
    principles: tuple[str, ...]
    correct: bool
    type: str | None = None
    chosen: str | None = None
    pitfall: str | None = None


@dataclass(frozen=True)
class ResultsFile:
    path: str
    id: str
    trainee: str | None
    created: str
    entries: tuple[ResultEntry, ...]
    banks: tuple[Mapping[str, Any], ...] = ()
    sets: tuple[Mapping[str, Any], ...] = ()

    @property
    def right(self) -> int:
        return sum(e.correct for e in self.entries)


def _str_list(value: Any) -> tuple[str, ...] | None:
    if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
        return tuple(value)
    return None


def parse_results(data: Any, path: str) -> ResultsFile:
    """Check the JSON of a results file; raises :class:`NotResults` saying what is wrong."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise NotResults("report.skip.foreign")
    version = data.get("format_version")
    if not isinstance(version, int) or version > FORMAT_VERSION:
        raise NotResults("report.skip.version", version=str(version))
    items = data.get("items")
    if not isinstance(items, list):
        raise NotResults("report.skip.field", field="items")
    entries: list[ResultEntry] = []
    for index, item in enumerate(items, 1):
        if not isinstance(item, dict):
            raise NotResults("report.skip.item", number=index)
        item_id, set_id = item.get("id"), item.get("set")
        principles = _str_list(item.get("principles"))
        correct = item.get("correct")
        if not (
            isinstance(item_id, str)
            and isinstance(set_id, str)
            and principles
            and isinstance(correct, bool)
        ):
            raise NotResults("report.skip.item", number=index)
        entries.append(
            ResultEntry(
                item_id=item_id,
                set_id=set_id,
                principles=principles,
                correct=correct,
                type=item.get("type") if isinstance(item.get("type"), str) else None,
                chosen=item.get("chosen") if isinstance(item.get("chosen"), str) else None,
                pitfall=item.get("pitfall") if isinstance(item.get("pitfall"), str) else None,
            )
        )
    trainee = data.get("trainee")
    created = data.get("created")
    file_id = data.get("id")
    banks = data.get("banks") if isinstance(data.get("banks"), list) else []
    sets = data.get("sets") if isinstance(data.get("sets"), list) else []
    return ResultsFile(
        path=path,
        id=file_id if isinstance(file_id, str) and file_id else path,
        trainee=clean_name(trainee) if isinstance(trainee, str) else None,
        created=created if isinstance(created, str) else "",
        entries=tuple(entries),
        banks=tuple(b for b in banks if isinstance(b, dict)),
        sets=tuple(s for s in sets if isinstance(s, dict)),
    )


#: Why a results file is skipped, for each reason :mod:`partnerschap.safe_files` refuses one.
_SKIP_FOR_REFUSAL = {
    "not_found": "report.skip.not_found",
    "is_dir": "report.skip.not_regular",
    "not_regular": "report.skip.not_regular",
    "too_big": "report.skip.too_big",
    "unreadable": "report.skip.unreadable",
}


def read_results_file(path: Path, display: str | None = None) -> ResultsFile:
    """Read one results file; raises :class:`NotResults` for anything that is not one."""
    display = display or str(path)
    try:
        raw = read_bounded(path, MAX_BYTES)  # a FIFO or a device is refused, never waited on
    except FileRefused as exc:
        raise NotResults(_SKIP_FOR_REFUSAL[exc.reason], **exc.params) from None
    try:
        data = parse_json(raw.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise NotResults("report.skip.not_utf8") from exc
    except JsonProblem as exc:
        raise NotResults("report.skip.not_json", line=exc.line, detail=exc.detail) from exc
    return parse_results(data, display)


def bank_refs(refs: Sequence[Mapping[str, str]]) -> list[dict[str, str]]:
    """Unique bank or set references, in order."""
    seen: dict[tuple[str, ...], dict[str, str]] = {}
    for ref in refs:
        seen.setdefault(tuple(sorted(ref.items())), dict(ref))
    return list(seen.values())
