"""A reflection: what the professional answered, and what came out of it.

The same record is a draft while it is being answered (``complete`` false) and a finished
reflection afterwards. It serialises to plain JSON-able data for the store and exports.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from partnerschap.i18n import LocalizedText
from partnerschap.prompts import without_nul
from partnerschap.reflection.engine import Answer, Finding, ReflectionPlan, Status, evaluate


def new_id() -> str:
    """A short random id; readable in file names, unique enough for one person's log."""
    return uuid.uuid4().hex[:10]


def now_iso() -> str:
    return dt.datetime.now(dt.timezone.utc).astimezone().isoformat(timespec="seconds")


@dataclass
class Context:
    date: str = ""  # ISO date of the conversation
    kind: str = ""  # kind of conversation, e.g. huisbezoek
    participants: list[str] = field(default_factory=list)  # roles, never names

    def to_json(self) -> dict[str, Any]:
        return {"date": self.date, "kind": self.kind, "participants": list(self.participants)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | None) -> Context:
        data = data or {}
        return cls(
            date=str(data.get("date") or ""),
            kind=str(data.get("kind") or ""),
            participants=[str(p) for p in data.get("participants") or []],
        )


@dataclass
class NextStep:
    questions: list[str] = field(default_factory=list)  # chosen example questions (as shown)
    intention: str = ""  # own intention for the next conversation

    def is_empty(self) -> bool:
        return not self.questions and not self.intention.strip()

    def to_json(self) -> dict[str, Any]:
        return {"questions": list(self.questions), "intention": self.intention}

    @classmethod
    def from_json(cls, data: Mapping[str, Any] | str | None) -> NextStep:
        if isinstance(data, str):
            return cls(intention=data)
        data = data or {}
        return cls(
            questions=[str(q) for q in data.get("questions") or []],
            intention=str(data.get("intention") or ""),
        )


@dataclass
class Reflection:
    id: str = field(default_factory=new_id)
    created: str = field(default_factory=now_iso)
    updated: str = field(default_factory=now_iso)
    language: str = "nl"
    set_ids: list[str] = field(default_factory=list)
    set_versions: dict[str, dict[str, str]] = field(default_factory=dict)
    scenario: str | None = None
    scenario_title: LocalizedText | None = None  # kept so a stored log renders without the set
    quick: bool = False
    context: Context = field(default_factory=Context)
    context_done: bool = False
    answers: dict[str, Answer] = field(default_factory=dict)
    asked: list[str] = field(default_factory=list)  # check refs presented (also skipped)
    notes: dict[str, str] = field(default_factory=dict)  # per principle id
    noted: list[str] = field(default_factory=list)  # principles whose note prompt was answered
    strengths: str | None = None
    findings: list[Finding] = field(default_factory=list)
    next_step: NextStep = field(default_factory=NextStep)
    next_questions_done: bool = False  # the questions to take along were chosen
    next_step_done: bool = False
    complete: bool = False
    extra: dict[str, Any] = field(default_factory=dict)  # e.g. transcript metrics

    def touch(self) -> None:
        self.updated = now_iso()

    def record_sets(self, plan: ReflectionPlan) -> None:
        self.set_ids = list(plan.set_ids)
        self.set_versions = {s.id: {"version": s.version, "digest": s.digest} for s in plan.sets}

    def evaluate(self, plan: ReflectionPlan) -> list[Finding]:
        self.findings = evaluate(plan, self.answers)
        return self.findings

    def count(self, status: Status) -> int:
        return sum(1 for f in self.findings if f.status is status)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "created": self.created,
            "updated": self.updated,
            "language": self.language,
            "sets": list(self.set_ids),
            "set_versions": self.set_versions,
            "scenario": self.scenario,
            "scenario_title": self.scenario_title.to_json() if self.scenario_title else None,
            "quick": self.quick,
            "context": self.context.to_json(),
            "context_done": self.context_done,
            "answers": {k: v.value for k, v in self.answers.items()},
            "asked": list(self.asked),
            "notes": dict(self.notes),
            "noted": list(self.noted),
            "strengths": self.strengths,
            "findings": [f.to_json() for f in self.findings],
            "next_step": self.next_step.to_json(),
            "next_questions_done": self.next_questions_done,
            "next_step_done": self.next_step_done,
            "complete": self.complete,
            "extra": self.extra,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Reflection:
        data = without_nul(dict(data))  # an imported file is input too
        return cls(
            id=str(data["id"]),
            created=str(data.get("created") or now_iso()),
            updated=str(data.get("updated") or data.get("created") or now_iso()),
            language=str(data.get("language") or "nl"),
            set_ids=[str(s) for s in data.get("sets") or []],
            set_versions=dict(data.get("set_versions") or {}),
            scenario=data.get("scenario"),
            scenario_title=(
                LocalizedText.from_json(data["scenario_title"])
                if data.get("scenario_title")
                else None
            ),
            quick=bool(data.get("quick", False)),
            context=Context.from_json(data.get("context")),
            context_done=bool(data.get("context_done", True)),
            answers={k: Answer(v) for k, v in (data.get("answers") or {}).items()},
            asked=[str(a) for a in data.get("asked") or []],
            notes={str(k): str(v) for k, v in (data.get("notes") or {}).items()},
            noted=[str(n) for n in data.get("noted") or []],
            strengths=data.get("strengths"),
            findings=[Finding.from_json(f) for f in data.get("findings") or []],
            next_step=NextStep.from_json(data.get("next_step")),
            next_questions_done=bool(data.get("next_questions_done", False)),
            next_step_done=bool(data.get("next_step_done", False)),
            complete=bool(data.get("complete", False)),
            extra=dict(data.get("extra") or {}),
        )


# --- checking a document read from outside (an imported backup) -------------------------------

_TEXT, _FLAG, _TEXTS, _TEXT_MAP, _OBJECT, _LOCALIZED = (
    "text",
    "flag",
    "texts",
    "text_map",
    "object",
    "localized",
)
# Each field of a stored reflection: what it must be, and whether null is allowed. A field
# may be missing (older backups), never of another type.
_FIELDS: dict[str, tuple[str, bool]] = {
    "id": (_TEXT, False),
    "created": (_TEXT, False),
    "updated": (_TEXT, False),
    "language": (_TEXT, False),
    "sets": (_TEXTS, False),
    "set_versions": (_OBJECT, False),
    "scenario": (_TEXT, True),
    "scenario_title": (_LOCALIZED, True),
    "quick": (_FLAG, False),
    "context": (_OBJECT, False),
    "context_done": (_FLAG, False),
    "answers": (_TEXT_MAP, False),
    "asked": (_TEXTS, False),
    "notes": (_TEXT_MAP, False),
    "noted": (_TEXTS, False),
    "strengths": (_TEXT, True),
    "findings": ("findings", False),
    "next_step": ("next_step", False),
    "next_questions_done": (_FLAG, False),
    "next_step_done": (_FLAG, False),
    "complete": (_FLAG, False),
    "extra": (_OBJECT, False),
}
_CONTEXT = {"date": (_TEXT, True), "kind": (_TEXT, True), "participants": (_TEXTS, False)}
_FINDING = {
    "set": (_TEXT, False),
    "principle": (_TEXT, False),
    "title": (_LOCALIZED, False),
    "status": (_TEXT, False),
    "answers": (_TEXT_MAP, False),
    "suggestions": ("localized_list", False),
}
_NEXT_STEP = {"questions": (_TEXTS, False), "intention": (_TEXT, False)}


@dataclass(frozen=True)
class FieldProblem:
    """A field of a document that is not what a reflection holds there: ``path`` as
    ``findings[2].status``, ``expected`` a kind of value (``text``, ``flag``, ``texts``,
    ``text_map``, ``object``, ``localized``, ``findings``, ``next_step``, ``answer``,
    ``status``), ``found`` the value's JSON type or the wrong word."""

    path: str
    expected: str
    found: str


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return "number"
    if isinstance(value, str):
        return "text"
    return "list" if isinstance(value, list) else "object"


def _is_localized(value: Any) -> bool:
    return isinstance(value, str) or (
        isinstance(value, dict) and all(isinstance(v, (str, type(None))) for v in value.values())
    )


def _fits(kind: str, value: Any) -> bool:
    if kind == _TEXT:
        return isinstance(value, str)
    if kind == _FLAG:
        return isinstance(value, bool)
    if kind == _TEXTS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == _TEXT_MAP:
        return isinstance(value, dict) and all(isinstance(v, str) for v in value.values())
    if kind == _LOCALIZED:
        return _is_localized(value)
    if kind == "localized_list":
        return isinstance(value, list) and all(_is_localized(v) for v in value)
    if kind == "findings":
        return isinstance(value, list)
    if kind == "next_step":
        return isinstance(value, (dict, str))
    return isinstance(value, dict)  # object


def _check_fields(
    data: Mapping[str, Any], spec: Mapping[str, tuple[str, bool]], prefix: str
) -> FieldProblem | None:
    for name, (kind, nullable) in spec.items():
        if name not in data or (nullable and data[name] is None):
            continue
        value = data[name]
        if not _fits(kind, value):
            return FieldProblem(prefix + name, kind, _json_type(value))
    return None


def _check_words(values: Mapping[str, Any], path: str) -> FieldProblem | None:
    allowed = {a.value for a in Answer}
    for ref, value in values.items():
        if value not in allowed:
            return FieldProblem(f"{path}.{ref}", "answer", str(value)[:40])
    return None


def document_problem(data: Mapping[str, Any]) -> FieldProblem | None:
    """The first field of ``data`` (a reflection as exported) that a reflection cannot
    hold, or ``None``: so a backup with ``notes: 5`` or ``complete: "no"`` is refused with
    the field named instead of imported as something else."""
    problem = _check_fields(data, _FIELDS, "")
    if problem:
        return problem
    if "context" in data:
        problem = _check_fields(data["context"], _CONTEXT, "context.")
        if problem:
            return problem
    problem = _check_words(data.get("answers") or {}, "answers")
    if problem:
        return problem
    statuses = {s.value for s in Status}
    for number, finding in enumerate(data.get("findings") or []):
        path = f"findings[{number}]"
        if not isinstance(finding, dict):
            return FieldProblem(path, _OBJECT, _json_type(finding))
        for required in ("set", "principle", "title", "status"):
            if required not in finding:
                return FieldProblem(f"{path}.{required}", _FINDING[required][0], "missing")
        problem = _check_fields(finding, _FINDING, path + ".")
        if problem:
            return problem
        if finding["status"] not in statuses:
            return FieldProblem(f"{path}.status", "status", str(finding["status"])[:40])
        problem = _check_words(finding.get("answers") or {}, path + ".answers")
        if problem:
            return problem
    next_step = data.get("next_step")
    if isinstance(next_step, dict):
        return _check_fields(next_step, _NEXT_STEP, "next_step.")
    return None
