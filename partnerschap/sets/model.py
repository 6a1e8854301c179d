"""The principle set model: sets, principles, checks, scenarios. Plain typed dataclasses.

Pydantic was considered and left out: it adds about 0.2 s to every start, and the loader
needs its own line-aware validation anyway (every problem as ``file:line: message``).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from partnerschap.i18n import LocalizedText

#: What in a transcript can speak to a check (``evidence:`` on a check in a set):
#: ``signals`` the principle's honouring and undermining lines; ``honours`` only its
#: honouring lines (they say "yes", undermining lines deny nothing); ``undermines`` only
#: its undermining lines (they say "no", honouring lines confirm nothing); ``exceptions``
#: the professional asking when things do go well; ``compliment``
#: compliments, with or without the effect named; ``understanding`` the professional
#: checking that the parents understood, against a parent asking what a term means;
#: ``jargon`` jargon explained, against a parent asking what it means.
EVIDENCE_KINDS = (
    "signals",
    "honours",
    "undermines",
    "exceptions",
    "compliment",
    "understanding",
    "jargon",
)


@dataclass(frozen=True)
class Check:
    """A yes/no question a professional asks themself after the conversation."""

    id: str
    principle_id: str
    text: LocalizedText
    line: int | None = None
    #: The kinds of transcript evidence that speak to this check (:data:`EVIDENCE_KINDS`);
    #: ``reflect --transcript`` suggests an answer only from these, none when empty.
    evidence: tuple[str, ...] = ()

    @property
    def ref(self) -> str:
        """The stable reference ``principle.check``."""
        return f"{self.principle_id}.{self.id}"


#: The kinds of an example question: ``question`` is general enough to ask any parent next
#: time (the default, so older sets keep working); ``illustration`` is a line from the
#: source about one family ("die gevaarlijke weg naar school"), shown as an example from
#: practice but never offered as a question for the next conversation.
QUESTION = "question"
ILLUSTRATION = "illustration"
EXAMPLE_KINDS = (QUESTION, ILLUSTRATION)


@dataclass(frozen=True)
class Principle:
    id: str
    set_id: str
    title: LocalizedText
    explanation: LocalizedText
    checks: tuple[Check, ...]
    example_questions: tuple[LocalizedText, ...]  # every example, in the file's order
    source: str | None = None
    signals: Mapping[str, Any] = field(default_factory=dict)
    line: int | None = None
    #: The kind of each example question (same order); missing ones are ``question``.
    example_kinds: tuple[str, ...] = ()

    def example_kind(self, index: int) -> str:
        kinds = self.example_kinds
        return kinds[index] if index < len(kinds) else QUESTION

    @property
    def questions(self) -> tuple[LocalizedText, ...]:
        """The example questions to ask any parent next time (``kind: question``)."""
        return tuple(
            q for i, q in enumerate(self.example_questions) if self.example_kind(i) == QUESTION
        )

    @property
    def illustrations(self) -> tuple[LocalizedText, ...]:
        """The examples from practice, about one family (``kind: illustration``)."""
        return tuple(
            q for i, q in enumerate(self.example_questions) if self.example_kind(i) == ILLUSTRATION
        )


@dataclass(frozen=True)
class Scenario:
    """How the conversation went; its focus checks are asked first."""

    id: str
    title: LocalizedText
    description: LocalizedText
    focus: tuple[str, ...] = ()
    strength_question: LocalizedText | None = None
    line: int | None = None


@dataclass(frozen=True)
class PrincipleSet:
    id: str
    version: str
    title: LocalizedText
    description: LocalizedText
    source: str
    principles: tuple[Principle, ...]
    scenarios: tuple[Scenario, ...]
    general_questions: tuple[LocalizedText, ...]
    path: str = ""
    origin: str = "bundled"
    digest: str = ""

    def principle(self, principle_id: str) -> Principle | None:
        return next((p for p in self.principles if p.id == principle_id), None)

    def scenario(self, scenario_id: str) -> Scenario | None:
        return next((s for s in self.scenarios if s.id == scenario_id), None)

    def checks(self) -> Iterator[Check]:
        for principle in self.principles:
            yield from principle.checks

    def check(self, ref: str) -> Check | None:
        return next((c for c in self.checks() if c.ref == ref), None)
