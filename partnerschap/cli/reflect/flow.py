"""The ``reflect`` command as one class (commitizen style): it wires the core together and
renders. The questions themselves live in :mod:`partnerschap.reflection.flow`."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from partnerschap.cli import state
from partnerschap.cli.render import RichPresenter, render_summary
from partnerschap.cli.safe_text import plain
from partnerschap.cli.state import warn_broken
from partnerschap.errors import PartnerschapError
from partnerschap.i18n import set_current
from partnerschap.messages import t, t_n
from partnerschap.prompts import PromptAborted, Prompter
from partnerschap.reflection.engine import ReflectionPlan, choose_sets, suggestions_in_order
from partnerschap.reflection.flow import ReflectionFlow
from partnerschap.reflection.record import Reflection
from partnerschap.sets.catalog import load_catalog

if TYPE_CHECKING:
    from partnerschap.log.store import Store
    from partnerschap.sets.loader import Catalog


def findings_json(reflection: Reflection, lang: str) -> dict:
    return {
        "id": reflection.id,
        "scenario": reflection.scenario,
        "sets": reflection.set_ids,
        "language": lang,
        "context": reflection.context.to_json(),
        "findings": [
            {
                "set": f.set_id,
                "principle": f.principle_id,
                "title": f.title.get(lang),
                "status": f.status.value,
                "answers": {k: v.value for k, v in f.answers.items()},
                "suggestions": [q.get(lang) for q in f.suggestions],
            }
            for f in reflection.findings
        ],
        "suggestions": [
            {"principle": f.principle_id, "questions": [q.get(lang) for q in f.suggestions]}
            for f in suggestions_in_order(reflection.findings)
        ],
        "notes": reflection.notes,
        "strengths": reflection.strengths,
        "next_step": reflection.next_step.to_json(),
    }


def say(message: str) -> None:
    """A message on stderr (see :func:`partnerschap.cli.safe_text.say`)."""
    from partnerschap.cli import safe_text

    safe_text.say(state.err(), message)


def draft_label(draft: Reflection, lang: str) -> str:
    """``2026-11-20, huisbezoek, 7 antwoorden en 2 notities``: enough to recognise a draft."""
    notes = len(draft.notes)
    return t(
        "ui.store.draft_label_notes" if notes else "ui.store.draft_label",
        lang,
        date=draft.context.date or draft.created[:10],
        kind=draft.context.kind or "-",
        answers=t_n("count.answers", len(draft.answers), lang),
        notes=t_n("count.notes", notes, lang),
    )


def save_or_keep(store: Store, reflection: Reflection) -> None:
    """Save ``reflection``; when the log cannot take it, keep what was typed: as a draft in
    the log, else in a recovery file (an export, 0600) in the data dir, else on stdout."""
    try:
        store.save(reflection)
        return
    except PartnerschapError as exc:
        problem = exc.render(state.lang())
        failure = exc
    if reflection.complete:
        from dataclasses import replace

        draft = replace(reflection, complete=False)
        try:
            store.save(draft)
        except PartnerschapError:
            pass
        else:
            raise PartnerschapError(
                "error.store.save_failed_draft", problem=problem, id=reflection.id
            ) from failure
    from partnerschap.atomic_write import write_text
    from partnerschap.log.exporters.json_export import reflections_to_json
    from partnerschap.paths import data_dir, ensure_private_dir

    text = reflections_to_json([reflection])
    file = data_dir() / f"recovery-{reflection.id}.json"
    try:
        ensure_private_dir(file.parent)
        write_text(file, text)
    except OSError as exc:
        import sys

        sys.stdout.write(text)
        sys.stdout.flush()
        raise PartnerschapError(
            "error.store.save_failed_nowhere", problem=problem, detail=exc.strerror or str(exc)
        ) from failure
    raise PartnerschapError(
        "error.store.save_failed_recovery", problem=problem, file=str(file)
    ) from failure


@dataclass
class ReflectCommand:
    set_id: str | None = None
    scenario: str | None = None
    quick: bool = False
    answers: Path | None = None
    as_json: bool = False
    output: Path | None = None
    principles_dir: Path | None = None
    save: bool = True
    resume: bool = False
    privacy: str | None = None  # redact|warn|block; None: ask (interactive) or warn
    deduce: bool = False
    transcript: Path | None = None  # suggested answers from a transcript (interactive only)
    professionals: Sequence[str] = ()

    def run(self) -> None:
        if self.resume and not self.save:
            raise PartnerschapError("error.store.resume_no_save")
        if self.resume and self.answers is not None:
            raise PartnerschapError("error.store.resume_answers")
        if self.transcript is not None and self.answers is not None:
            raise PartnerschapError("error.analyze.transcript_answers")
        from partnerschap.cli.privacy.view import check_deduce, check_mode

        check_mode(self.privacy)
        check_deduce(self.deduce)
        catalog = load_catalog(self.principles_dir)
        warn_broken(catalog.broken)
        store = self.open_store()
        encrypted = store is not None and store.encrypted
        try:
            if self.answers is not None:
                reflection, plan = self.from_answers_file(catalog)
                if store is not None:
                    save_or_keep(store, reflection)
            else:
                reflection, plan = self.interactive(catalog, store)
            if store is not None:
                say(t("ui.store.saved", state.lang(), id=reflection.id, path=store.display_path))
        finally:
            if store is not None:
                store.close()
        lang = state.lang()
        if self.output is not None:
            self.write_markdown(reflection, plan, lang)
            if encrypted:  # the log is encrypted, the markdown is not (on purpose)
                say(t("ui.crypto.export_plain", lang))
        if self.as_json:
            import sys

            sys.stdout.write(
                json.dumps(findings_json(reflection, lang), ensure_ascii=False, indent=2) + "\n"
            )

    def scenario_title(self, plan: ReflectionPlan, reflection: Reflection, lang: str) -> str:
        scenario = plan.scenario(reflection.scenario or "")
        return scenario.title.get(lang) if scenario else (reflection.scenario or "")

    def check_scenario(self, plan: ReflectionPlan) -> None:
        """``--scenario`` as an id or a Dutch word (``boos``); replaced by the id."""
        if not self.scenario:
            return
        known = plan.scenario_id(self.scenario)
        if known is not None:
            self.scenario = known
        else:
            raise PartnerschapError(
                "error.unknown_scenario",
                scenario=self.scenario,
                available=", ".join(plan.scenario_ids()),
            )

    def from_answers_file(self, catalog) -> tuple[Reflection, ReflectionPlan]:
        from partnerschap.reflection.answers_file import (
            prompter_for,
            read_answers_file,
            scripted_answers,
        )

        af = read_answers_file(self.answers)  # type: ignore[arg-type]
        if af.language and not state.explicit_lang():
            set_current(af.language)  # type: ignore[arg-type]
        lang = state.lang()
        plan = choose_sets(catalog, self.set_id or af.set_id or state.default_set())
        self.check_scenario(plan)
        script, scenario = scripted_answers(af, plan)
        flow = ReflectionFlow(plan, prompter_for(script), lang=lang)
        reflection = flow.run(
            scenario=self.scenario or scenario, quick=self.quick or bool(script.get("__quick__"))
        )
        from partnerschap.cli.privacy.view import guard_answers

        reflection = guard_answers(
            reflection, self.privacy, lang, deduce=self.deduce, saved=self.save
        )
        if not self.as_json:
            console = state.out()
            from partnerschap.cli.render import render_findings

            render_findings(console, reflection, plan, lang)
            render_summary(console, reflection, lang, self.scenario_title(plan, reflection, lang))
        return reflection, plan

    def open_store(self) -> Store | None:
        if not self.save:
            return None
        from partnerschap.cli.unlock import open_log

        return open_log()

    def choose_draft(self, store: Store | None, prompter: Prompter) -> Reflection | None:
        """The draft to continue: the latest with ``--resume``, else offered when there is one."""
        if store is None:
            return None
        draft = store.latest_draft()
        if self.resume:
            if draft is None:
                raise PartnerschapError("error.store.no_draft")
            return draft
        if draft is None:
            return None
        lang = state.lang()
        try:
            if prompter.confirm("resume", t("prompt.resume", lang, draft=draft_label(draft, lang))):
                return draft
            if prompter.confirm("keep_draft", t("prompt.keep_draft", lang)):
                say(t("ui.store.draft_for_later", lang, id=draft.id))
            else:
                store.delete([draft.id])
                say(t("ui.store.draft_discarded", lang, id=draft.id))
        except PromptAborted:
            say(t("ui.store.draft_kept", lang, id=draft.id))
            raise typer.Exit(130) from None
        return None

    def plan_for_draft(self, catalog: Catalog, draft: Reflection) -> ReflectionPlan:
        try:
            plan = choose_sets(catalog, ",".join(draft.set_ids) or None)
        except PartnerschapError as exc:
            raise PartnerschapError(
                "error.store.draft_sets", id=draft.id, detail=exc.render(state.lang())
            ) from exc
        # A set may have changed since the draft was written: drop answers it no longer asks.
        known = set(plan.check_refs())
        draft.answers = {ref: a for ref, a in draft.answers.items() if ref in known}
        draft.asked = [ref for ref in draft.asked if ref in known]
        return plan

    def interactive(
        self, catalog: Catalog, store: Store | None = None
    ) -> tuple[Reflection, ReflectionPlan]:
        from rich.panel import Panel

        from partnerschap.cli.prompter import make_prompter

        lang = state.lang()
        prompter = make_prompter()
        draft = self.choose_draft(store, prompter)
        if draft is not None:
            plan = self.plan_for_draft(catalog, draft)
            self.check_scenario(plan)
            reflection = draft
        else:
            plan = choose_sets(catalog, self.set_id or state.default_set())
            self.check_scenario(plan)
            reflection = Reflection(language=lang, quick=self.quick)
            reflection.record_sets(plan)
        console = state.out()
        titles = " + ".join(s.title.get(lang) for s in plan.sets)
        console.print(
            Panel(
                t("ui.reflect.intro", lang, set=titles),
                title=plain(t("ui.reflect.title", lang)),
                title_align="left",
                expand=False,
            )
        )
        if draft is not None:
            from partnerschap.cli import safe_text

            message = t("ui.store.resuming", lang, id=draft.id, draft=draft_label(draft, lang))
            safe_text.say(console, message, "bold")
        written: list[str] = []

        def keep_draft(changed: Reflection) -> None:
            # Every answer is in the store before the next question is asked.
            if store is not None:
                save_or_keep(store, changed)
                written.append(changed.id)

        from partnerschap.cli.privacy.view import interactive_review

        review = interactive_review(
            prompter, console, lang, plan, self.privacy, deduce=self.deduce, saved=self.save
        )
        hints = None
        if self.transcript is not None:
            from partnerschap.cli.analyze.flow import reflection_hints

            hints, reflection.extra["transcript"] = reflection_hints(
                self.transcript, self.professionals, plan, prompter, lang
            )
        flow = ReflectionFlow(
            plan,
            prompter,
            lang=lang,
            presenter=RichPresenter(console, lang),
            on_change=keep_draft,
            privacy=review,
            hints=hints,
        )
        try:
            reflection = flow.run(reflection, scenario=self.scenario, quick=self.quick)
        except (PromptAborted, KeyboardInterrupt):
            if store is not None and (written or draft is not None):
                say(t("ui.store.draft_kept", lang, id=reflection.id))
                raise typer.Exit(130) from None
            state.interrupted()
        render_summary(console, reflection, lang, self.scenario_title(plan, reflection, lang))
        return reflection, plan

    def write_markdown(self, reflection: Reflection, plan: ReflectionPlan, lang: str) -> None:
        from partnerschap.log.exporters.markdown import reflections_to_markdown

        path = self.output
        assert path is not None
        from partnerschap.atomic_write import write_file

        titles = {reflection.id: self.scenario_title(plan, reflection, lang)}
        write_file(path, reflections_to_markdown([reflection], lang, scenario_titles=titles))
        state.err().print(t("ui.written", lang, path=str(path)))
