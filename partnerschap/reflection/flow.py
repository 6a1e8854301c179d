"""The reflection as a sequence of questions, asked through a :class:`Prompter`.

The flow is the same whether the answers come from questionary, from an answers file or
from a test. It keeps everything in a :class:`Reflection` and calls ``on_change`` after
every answer, so a caller can keep a draft; given a partly answered reflection it resumes
at the first unanswered step.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from typing import Protocol

from partnerschap.messages import t
from partnerschap.prompts import Choice, Prompter
from partnerschap.reflection.engine import Answer, ReflectionPlan, suggestions_in_order
from partnerschap.reflection.record import Reflection
from partnerschap.sets.model import Principle

ANSWER_SHORTCUTS = {
    "nl": {Answer.YES: "j", Answer.PARTLY: "d", Answer.NO: "n", Answer.NA: "v"},
    "en": {Answer.YES: "y", Answer.PARTLY: "p", Answer.NO: "n", Answer.NA: "a"},
}


class Presenter(Protocol):
    """What the flow shows between questions; the CLI renders it with rich."""

    def principle_intro(self, principle: Principle, reflection: Reflection) -> None: ...

    def findings(self, reflection: Reflection, plan: ReflectionPlan) -> None: ...


class SilentPresenter:
    def principle_intro(self, principle: Principle, reflection: Reflection) -> None:
        pass

    def findings(self, reflection: Reflection, plan: ReflectionPlan) -> None:
        pass


def parse_date(value: str) -> dt.date | None:
    """Accept ISO (2026-11-20) and Dutch (20-11-2026, 20/11/2026) dates."""
    value = value.strip()
    for fmt in ("%Y-%m-%d", "%d-%m-%Y", "%d/%m/%Y", "%d-%m-%y"):
        try:
            return dt.datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


def split_roles(value: str) -> list[str]:
    return [part.strip() for part in value.replace(";", ",").split(",") if part.strip()]


class ReflectionFlow:
    def __init__(
        self,
        plan: ReflectionPlan,
        prompter: Prompter,
        *,
        lang: str,
        presenter: Presenter | None = None,
        on_change: Callable[[Reflection], None] | None = None,
        today: dt.date | None = None,
        privacy: Callable[[Reflection], Reflection] | None = None,
        hints: Mapping[str, tuple[str, str]] | None = None,
    ) -> None:
        self.plan = plan
        self.prompter = prompter
        self.lang = lang
        self.presenter = presenter or SilentPresenter()
        self.on_change = on_change or (lambda reflection: None)
        self.today = today or dt.date.today()
        # Checks the typed texts before the reflection is complete (the draft keeps them);
        # returns the reflection to save (see partnerschap.reflection.privacy.PrivacyReview).
        self.privacy = privacy
        # Suggested answers per check ref, (answer, why), e.g. from a transcript
        # (partnerschap.reflection.hints): pre-selected, with the reason in the prompt.
        self.hints = dict(hints or {})

    # -- steps -----------------------------------------------------------------------------
    def run(
        self,
        reflection: Reflection | None = None,
        *,
        scenario: str | None = None,
        quick: bool = False,
    ) -> Reflection:
        """Ask everything not yet answered; return the completed reflection."""
        if reflection is None:
            reflection = Reflection(language=self.lang, quick=quick)
            reflection.record_sets(self.plan)
        if scenario and not reflection.scenario:
            reflection.scenario = scenario
        self.ask_context(reflection)
        self.ask_scenario(reflection)
        self.ask_checks(reflection)
        self.ask_strengths(reflection)
        reflection.evaluate(self.plan)
        self._changed(reflection)  # the draft shows the findings too
        self.presenter.findings(reflection, self.plan)
        self.ask_next_step(reflection)
        if self.privacy is not None:
            reflection = self.privacy(reflection)
        reflection.complete = True
        self._changed(reflection)
        return reflection

    def _changed(self, reflection: Reflection) -> None:
        reflection.touch()
        self.on_change(reflection)

    def ask_context(self, reflection: Reflection) -> None:
        if reflection.context_done:
            return
        today = self.today.isoformat()
        if not reflection.context.date:

            def valid(value: str) -> str | None:
                if not value.strip() or parse_date(value):
                    return None
                return t(
                    "prompt.bad_date",
                    self.lang,
                    today=today,
                    today_nl=self.today.strftime("%d-%m-%Y"),
                )

            raw = self.prompter.text(
                "context.date",
                t("prompt.date", self.lang),
                default=today,
                instruction=t("prompt.date.instruction", self.lang),
                validate=valid,
            )
            parsed = parse_date(raw) if raw.strip() else self.today
            reflection.context.date = (parsed or self.today).isoformat()
            self._changed(reflection)
        if not reflection.context.kind:
            reflection.context.kind = self.prompter.text(
                "context.kind",
                t("prompt.kind", self.lang),
                instruction=t("prompt.kind.instruction", self.lang),
            ).strip()
            self._changed(reflection)
        reflection.context.participants = split_roles(
            self.prompter.text(
                "context.participants",
                t("prompt.participants", self.lang),
                instruction=t("prompt.participants.instruction", self.lang),
            )
        )
        reflection.context_done = True
        self._changed(reflection)

    def ask_scenario(self, reflection: Reflection) -> None:
        if reflection.scenario:
            if reflection.scenario_title is None:
                self.keep_scenario_title(reflection)
                self._changed(reflection)
            return
        choices = [
            Choice(
                s.id,
                f"{s.title.get(self.lang)}: {s.description.get(self.lang)}",
                echo=s.title.get(self.lang),
            )
            for s in self.plan.scenarios()
        ]
        chosen = self.prompter.select(
            "scenario",
            t("prompt.scenario", self.lang),
            choices,
            instruction=t("prompt.select.instruction", self.lang),
            preselect=False,  # Enter alone must not record "relieved" for a tired user
        )
        reflection.scenario = chosen or "other"
        self.keep_scenario_title(reflection)
        self._changed(reflection)

    def keep_scenario_title(self, reflection: Reflection) -> None:
        """The scenario's title goes into the record, so a stored log renders without the set."""
        scenario = self.plan.scenario(reflection.scenario or "")
        reflection.scenario_title = scenario.title if scenario else None

    def answer_choices(self) -> list[Choice]:
        shortcuts = ANSWER_SHORTCUTS["en" if self.lang == "en" else "nl"]
        return [
            Choice(answer.value, t(f"answer.{answer.value}", self.lang), shortcuts[answer])
            for answer in Answer
        ]

    def ask_checks(self, reflection: Reflection) -> None:
        """Each principle in turn: its heading, its checks, then the note stored under it."""
        choices = self.answer_choices()
        groups = self.plan.ordered_principles(reflection.scenario, quick=reflection.quick)
        for principle, refs in groups:
            todo = [ref for ref in refs if ref not in reflection.asked]
            if not todo and principle.id in reflection.noted:
                continue
            self.presenter.principle_intro(principle, reflection)
            for ref in todo:
                check = self.plan.check(ref)
                assert check is not None  # ordered_principles gives known refs only
                hint = self.hints.get(ref)
                instruction = t("prompt.check.instruction", self.lang)
                value = self.prompter.select(
                    f"check:{ref}",
                    check.text.get(self.lang),
                    choices,
                    default=hint[0] if hint else None,
                    instruction=f"{hint[1]} {instruction}" if hint else instruction,
                    preselect=False,  # no answer nudged towards "ja" unless a hint gives one
                )
                if value is not None:
                    reflection.answers[ref] = Answer(value)
                reflection.asked.append(ref)
                self._changed(reflection)
            if principle.id not in reflection.noted:
                note = self.prompter.text(
                    f"note:{principle.id}",
                    t("prompt.note", self.lang, principle=principle.title.get(self.lang)),
                    instruction=t("prompt.note.instruction", self.lang),
                ).strip()
                if note:
                    reflection.notes[principle.id] = note
                reflection.noted.append(principle.id)
                self._changed(reflection)

    def ask_strengths(self, reflection: Reflection) -> None:
        scenario = self.plan.scenario(reflection.scenario or "")
        if reflection.strengths is not None or not scenario or not scenario.strength_question:
            return
        reflection.strengths = self.prompter.text(
            "strengths",
            t("prompt.strength", self.lang, question=scenario.strength_question.get(self.lang)),
            instruction=t("prompt.strength.instruction", self.lang),
        ).strip()
        self._changed(reflection)

    def ask_next_step(self, reflection: Reflection) -> None:
        if reflection.next_step_done:
            return
        questions = [
            q.get(self.lang)
            for f in suggestions_in_order(reflection.findings)
            for q in f.suggestions
        ]
        questions += [q.get(self.lang) for q in self.plan.general_questions()]
        unique = list(dict.fromkeys(questions))
        if unique and not reflection.next_questions_done:
            chosen = self.prompter.checkbox(
                "next.questions",
                t("prompt.next.questions", self.lang),
                [Choice(q, q) for q in unique],
                instruction=t("prompt.checkbox.instruction", self.lang),
            )
            reflection.next_step.questions = list(chosen)
            reflection.next_questions_done = True
            self._changed(reflection)
        reflection.next_step.intention = self.prompter.text(
            "next.intention",
            t("prompt.next.intention", self.lang),
            instruction=t("prompt.next.intention.instruction", self.lang),
        ).strip()
        reflection.next_step_done = True
        self._changed(reflection)
