"""The ``reflect`` command as one class (commitizen style): it wires the core together and
renders. The questions themselves live in :mod:`partnerschap.reflection_flow`."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from partnerschap.catalog import choose_sets, load_catalog
from partnerschap.cli import state
from partnerschap.cli.render import RichPresenter, render_summary
from partnerschap.engine import ReflectionPlan, suggestions_in_order
from partnerschap.errors import PartnerschapError
from partnerschap.i18n import set_current
from partnerschap.messages import t
from partnerschap.prompts import PromptAborted
from partnerschap.reflection import Reflection
from partnerschap.reflection_flow import ReflectionFlow


def warn_broken(problems: list) -> None:
    if not problems:
        return
    console = state.err()
    console.print(t("ui.broken_skipped"), style="yellow")
    for problem in problems:
        console.print(f"  {problem.render(state.lang())}", highlight=False, markup=False)


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


@dataclass
class ReflectCommand:
    set_id: str | None = None
    scenario: str | None = None
    quick: bool = False
    answers: Path | None = None
    as_json: bool = False
    output: Path | None = None
    principles_dir: Path | None = None

    def run(self) -> None:
        catalog = load_catalog(self.principles_dir)
        warn_broken(catalog.broken)
        if self.answers is not None:
            reflection, plan = self.from_answers_file(catalog)
        else:
            reflection, plan = self.interactive(catalog)
        lang = state.lang()
        if self.output is not None:
            self.write_markdown(reflection, plan, lang)
        if self.as_json:
            import sys

            sys.stdout.write(
                json.dumps(findings_json(reflection, lang), ensure_ascii=False, indent=2) + "\n"
            )

    def scenario_title(self, plan: ReflectionPlan, reflection: Reflection, lang: str) -> str:
        scenario = plan.scenario(reflection.scenario or "")
        return scenario.title.get(lang) if scenario else (reflection.scenario or "")

    def check_scenario(self, plan: ReflectionPlan) -> None:
        if self.scenario and self.scenario not in plan.scenario_ids():
            raise PartnerschapError(
                "error.unknown_scenario",
                scenario=self.scenario,
                available=", ".join(plan.scenario_ids()),
            )

    def from_answers_file(self, catalog) -> tuple[Reflection, ReflectionPlan]:
        from partnerschap.answers_file import prompter_for, read_answers_file, scripted_answers

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
        if not self.as_json:
            console = state.out()
            from partnerschap.cli.render import render_findings

            render_findings(console, reflection, plan, lang)
            render_summary(console, reflection, lang, self.scenario_title(plan, reflection, lang))
        return reflection, plan

    def interactive(self, catalog) -> tuple[Reflection, ReflectionPlan]:
        from rich.panel import Panel

        from partnerschap.cli.prompter import make_prompter

        lang = state.lang()
        plan = choose_sets(catalog, self.set_id or state.default_set())
        self.check_scenario(plan)
        prompter = make_prompter()
        console = state.out()
        titles = " + ".join(s.title.get(lang) for s in plan.sets)
        console.print(
            Panel(
                t("ui.reflect.intro", lang, set=titles),
                title=t("ui.reflect.title", lang),
                title_align="left",
                expand=False,
            )
        )
        flow = ReflectionFlow(plan, prompter, lang=lang, presenter=RichPresenter(console, lang))
        try:
            reflection = flow.run(scenario=self.scenario, quick=self.quick)
        except PromptAborted:
            state.interrupted()
        render_summary(console, reflection, lang, self.scenario_title(plan, reflection, lang))
        return reflection, plan

    def write_markdown(self, reflection: Reflection, plan: ReflectionPlan, lang: str) -> None:
        from partnerschap.exporters.markdown import reflections_to_markdown

        path = self.output
        assert path is not None
        try:
            path.write_text(
                reflections_to_markdown(
                    [reflection],
                    lang,
                    scenario_titles={reflection.id: self.scenario_title(plan, reflection, lang)},
                ),
                encoding="utf-8",
            )
        except OSError as exc:
            raise PartnerschapError(
                "error.write_failed", path=str(path), detail=exc.strerror or str(exc)
            ) from exc
        state.err().print(t("ui.written", lang, path=str(path)))
