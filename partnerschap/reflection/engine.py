"""The reflection engine: answers in, findings out. Pure: no terminal, no files.

A principle is *missed* if any answered check is ``no``; *partly* if any is ``partly`` and
none ``no``; *honoured* if every answered check is ``yes`` (``na`` is ignored); *not
applicable* if every answered check is ``na``; *not asked* if none was answered.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from typing import TYPE_CHECKING, Any

from partnerschap.errors import PartnerschapError
from partnerschap.i18n import LocalizedText
from partnerschap.sets.catalog import select_sets
from partnerschap.sets.model import Principle, PrincipleSet, Scenario

if TYPE_CHECKING:
    from partnerschap.sets.loader import Catalog

MAX_SUGGESTIONS_PER_PRINCIPLE = 3


class Answer(str, Enum):
    YES = "yes"
    PARTLY = "partly"
    NO = "no"
    NA = "na"


ANSWER_WORDS: dict[str, Answer] = {
    "ja": Answer.YES,
    "yes": Answer.YES,
    "j": Answer.YES,
    "y": Answer.YES,
    "deels": Answer.PARTLY,
    "partly": Answer.PARTLY,
    "gedeeltelijk": Answer.PARTLY,
    "nee": Answer.NO,
    "no": Answer.NO,
    "n": Answer.NO,
    "nvt": Answer.NA,
    "n.v.t.": Answer.NA,
    "na": Answer.NA,
    "n/a": Answer.NA,
}


#: The scenarios' ids as a Dutch user may type them (``--scenario boos``), like the answer
#: words above. The ids themselves are shared by every set that has the scenario.
SCENARIO_WORDS: dict[str, str] = {
    "boos": "angry",
    "opgelucht": "relieved",
    "geen-vertrouwen": "no-trust",
    "geen vertrouwen": "no-trust",
    "anders": "other",
}


def scenario_word(word: str) -> str:
    """The scenario id ``word`` stands for: a Dutch word (``boos``) becomes its id
    (``angry``); anything else is the id as typed, case and spaces aside."""
    key = " ".join(str(word).split()).lower()
    return SCENARIO_WORDS.get(key, key)


def parse_answer(word: Any) -> Answer | None:
    """An answer word in Dutch or English (``ja``/``yes``, ``deels``/``partly`` ...)."""
    if isinstance(word, bool):  # YAML 1.1 reads bare yes/no as booleans
        return Answer.YES if word else Answer.NO
    if not isinstance(word, str):
        return None
    return ANSWER_WORDS.get(word.strip().lower())


class Status(str, Enum):
    MISSED = "missed"
    PARTLY = "partly"
    HONOURED = "honoured"
    NOT_APPLICABLE = "not_applicable"
    NOT_ASKED = "not_asked"


def principle_status(answers: Sequence[Answer]) -> Status:
    if not answers:
        return Status.NOT_ASKED
    if Answer.NO in answers:
        return Status.MISSED
    if Answer.PARTLY in answers:
        return Status.PARTLY
    if all(a is Answer.NA for a in answers):
        return Status.NOT_APPLICABLE
    return Status.HONOURED


@dataclass(frozen=True)
class Finding:
    """The outcome for one principle. Texts are kept so a stored log renders unchanged."""

    set_id: str
    principle_id: str
    title: LocalizedText
    status: Status
    answers: dict[str, Answer] = field(default_factory=dict)
    suggestions: tuple[LocalizedText, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "set": self.set_id,
            "principle": self.principle_id,
            "title": self.title.to_json(),
            "status": self.status.value,
            "answers": {k: v.value for k, v in self.answers.items()},
            "suggestions": [s.to_json() for s in self.suggestions],
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Finding:
        return cls(
            set_id=data["set"],
            principle_id=data["principle"],
            title=LocalizedText.from_json(data["title"]),
            status=Status(data["status"]),
            answers={k: Answer(v) for k, v in data.get("answers", {}).items()},
            suggestions=tuple(LocalizedText.from_json(s) for s in data.get("suggestions", [])),
        )


class ReflectionPlan:
    """One or more sets reflected on together, with the scenario chosen.

    Principle ids must be unique across the sets of one plan: answers are keyed by
    ``principle.check``.
    """

    def __init__(self, sets: Sequence[PrincipleSet]) -> None:
        if not sets:
            raise PartnerschapError("error.no_sets")
        self.sets = tuple(sets)
        owner: dict[str, str] = {}
        for pset in self.sets:
            for principle in pset.principles:
                if principle.id in owner:
                    raise PartnerschapError(
                        "error.sets_clash",
                        principle=principle.id,
                        first=owner[principle.id],
                        second=pset.id,
                    )
                owner[principle.id] = pset.id

    @property
    def set_ids(self) -> tuple[str, ...]:
        return tuple(s.id for s in self.sets)

    def principles(self) -> list[Principle]:
        return [p for s in self.sets for p in s.principles]

    def principle(self, principle_id: str) -> Principle | None:
        return next((p for p in self.principles() if p.id == principle_id), None)

    def check_refs(self) -> list[str]:
        return [c.ref for p in self.principles() for c in p.checks]

    def check(self, ref: str):  # -> Check | None
        for pset in self.sets:
            found = pset.check(ref)
            if found:
                return found
        return None

    def scenario_ids(self) -> list[str]:
        ids: list[str] = []
        for pset in self.sets:
            ids.extend(s.id for s in pset.scenarios if s.id not in ids)
        return ids

    def scenarios(self) -> list[Scenario]:
        return [self.scenario(sid) for sid in self.scenario_ids()]  # type: ignore[misc]

    def scenario_id(self, word: str) -> str | None:
        """The id of the scenario ``word`` names: its id or its Dutch word, any case."""
        found = scenario_word(word)
        return found if found in self.scenario_ids() else None

    def scenario(self, scenario_id: str) -> Scenario | None:
        """The scenario merged across sets: first set's texts, every set's focus in order."""
        found = [s for pset in self.sets if (s := pset.scenario(scenario_id))]
        if not found:
            return None
        first = found[0]
        focus = tuple(ref for s in found for ref in s.focus)
        strength = next((s.strength_question for s in found if s.strength_question), None)
        return Scenario(
            id=first.id,
            title=first.title,
            description=first.description,
            focus=focus,
            strength_question=strength,
            line=first.line,
        )

    def ordered_principles(
        self, scenario_id: str | None, *, quick: bool = False
    ) -> list[tuple[Principle, list[str]]]:
        """Principles in asking order, each with its check refs in asking order.

        The scenario's focus principles come first (in the order the focus names them), each
        with its focus checks first and then its other checks; then the other principles in
        set order. ``quick`` keeps only the focus checks. A principle's checks are asked
        together, under its heading.
        """
        scenario = self.scenario(scenario_id) if scenario_id else None
        focus = [ref for ref in (scenario.focus if scenario else ()) if self.check(ref)]
        by_id = {p.id: p for p in self.principles()}
        order = [pid for pid in dict.fromkeys(ref.split(".", 1)[0] for ref in focus)]
        if not quick:
            order += [pid for pid in by_id if pid not in order]
        groups = []
        for pid in order:
            principle = by_id[pid]
            own = [ref for ref in focus if ref.split(".", 1)[0] == pid]
            if not quick:
                own += [c.ref for c in principle.checks if c.ref not in own]
            groups.append((principle, own))
        return groups

    def ordered_checks(self, scenario_id: str | None, *, quick: bool = False) -> list[str]:
        """Check refs in asking order (see :meth:`ordered_principles`)."""
        return [
            ref for _, refs in self.ordered_principles(scenario_id, quick=quick) for ref in refs
        ]

    def general_questions(self) -> list[LocalizedText]:
        return [q for s in self.sets for q in s.general_questions]


def evaluate(plan: ReflectionPlan, answers: Mapping[str, Answer]) -> list[Finding]:
    """Findings for every principle of the plan, in the sets' order."""
    unknown = [ref for ref in answers if plan.check(ref) is None]
    if unknown:
        raise PartnerschapError("error.unknown_check", ref=unknown[0])
    findings = []
    for principle in plan.principles():
        given = {c.ref: answers[c.ref] for c in principle.checks if c.ref in answers}
        status = principle_status(list(given.values()))
        suggestions: tuple[LocalizedText, ...] = ()
        if status in (Status.MISSED, Status.PARTLY):
            suggestions = principle.questions[:MAX_SUGGESTIONS_PER_PRINCIPLE]
        findings.append(
            Finding(
                set_id=principle.set_id,
                principle_id=principle.id,
                title=principle.title,
                status=status,
                answers=given,
                suggestions=suggestions,
            )
        )
    return findings


def suggestions_in_order(findings: Sequence[Finding]) -> list[Finding]:
    """Findings with suggestions: missed principles first, then partly, each in set order."""
    missed = [f for f in findings if f.status is Status.MISSED]
    partly = [f for f in findings if f.status is Status.PARTLY]
    return missed + partly


def choose_sets(catalog: Catalog, set_id: str | None) -> ReflectionPlan:
    """The plan for ``--set``: one id, ``all``, or comma-separated ids."""
    return ReflectionPlan(select_sets(catalog, set_id))
