"""The ``drill`` and ``drill report`` commands as classes: they wire the core together and
render. Selection, asking and scoring live in :mod:`partnerschap.drills`; the report in
:mod:`partnerschap.drills.report`."""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerschap.cli import state
from partnerschap.cli.reflect.flow import warn_broken
from partnerschap.cli.safe_text import plain
from partnerschap.errors import PartnerschapError
from partnerschap.messages import t
from partnerschap.prompts import PromptAborted
from partnerschap.sets.catalog import load_catalog

if TYPE_CHECKING:
    from partnerschap.drills.model import DrillCatalog
    from partnerschap.drills.practice import Answer, Filters, ShownItem
    from partnerschap.drills.results import DrillResults
    from partnerschap.sets.model import PrincipleSet


def _write_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


@dataclass
class DrillCommand:
    rounds: int = 10
    set_id: str | None = None
    principle: str | None = None
    item_type: str | None = None
    seed: str | None = None
    name: str | None = None
    results: Path | None = None
    list_items: bool = False
    as_json: bool = False
    answers: str | None = None
    class_mode: bool = False
    timer: int | None = None
    principles_dir: Path | None = None
    save: bool = True
    sets: dict[str, PrincipleSet] = field(default_factory=dict)

    # --- options -------------------------------------------------------------------------

    def check_options(self) -> None:
        def conflict(first: str, second: str) -> PartnerschapError:
            return PartnerschapError("error.drill.options_clash", first=first, second=second)

        if self.class_mode:
            for flag, used in (
                ("--list", self.list_items),
                ("--answers", self.answers is not None),
                ("--json", self.as_json),
                ("--name", self.name is not None),
                ("--results", self.results is not None),
                ("--no-save", not self.save),
            ):
                if used:
                    raise conflict("--class", flag)
        elif self.timer is not None:
            raise PartnerschapError("error.drill.timer_needs_class")
        if self.list_items and self.answers is not None:
            raise conflict("--list", "--answers")
        if self.list_items and (self.results is not None or self.name is not None):
            raise conflict("--list", "--results" if self.results is not None else "--name")
        if self.as_json and not (self.list_items or self.answers is not None):
            raise PartnerschapError("error.drill.json_needs")

    # --- running -------------------------------------------------------------------------

    def load(self) -> DrillCatalog:
        from partnerschap.drills.bank import load_drills

        catalog = load_catalog(self.principles_dir)
        warn_broken(catalog.broken)
        self.sets = dict(catalog.sets)
        drills = load_drills(self.principles_dir, self.sets)
        warn_broken(drills.broken)
        if not len(drills):
            raise PartnerschapError("error.drill.no_bank")
        return drills

    def run(self) -> None:
        from partnerschap.drills.practice import Filters, new_seed, select

        self.check_options()
        drills = self.load()
        filters = Filters.parse(self.set_id, self.principle, self.item_type)
        filters.check(drills, self.sets)
        seed = self.seed if self.seed not in (None, "") else new_seed()
        shown = select(drills, filters, self.rounds, seed)
        if not shown:
            raise PartnerschapError("error.drill.no_items")
        lang = state.lang()
        if self.list_items:
            self.show_list(shown, seed, filters)
            return
        if self.class_mode:
            self.run_class(shown)
            return
        if self.answers is not None:
            answered, stopped = self.from_answers(shown)
            name = self.name
        else:
            answered, stopped, name = self.interactive(shown, seed)
        from partnerschap.drills.results import DrillResults, clean_name

        results = DrillResults(
            answers=answered,
            seed=str(seed),
            rounds=len(shown),
            filters=filters,
            trainee=clean_name(name),
            language=lang,
            banks=self.bank_refs(drills, shown),
            sets=self.set_refs(shown),
            stopped_early=stopped,
        )
        self.keep(results)
        if self.as_json:
            _write_json(results.to_json())

    def show_list(self, shown: list[ShownItem], seed: str, filters: Filters) -> None:
        from partnerschap.cli.drill.view import list_items, list_json

        lang = state.lang()
        if self.as_json:
            _write_json(list_json(shown, lang, seed, filters.to_json()))
        else:
            list_items(state.out(), shown, lang, seed)

    def run_class(self, shown: list[ShownItem]) -> None:
        from partnerschap.cli.drill import keys as drill_keys
        from partnerschap.cli.drill.classroom import ClassMode

        keys = drill_keys.make_key_reader()
        ClassMode(shown, keys, state.out(), state.lang(), sets=self.sets, timer=self.timer).run()

    def from_answers(self, shown: list[ShownItem]) -> tuple[list[Answer], bool]:
        from partnerschap.cli.drill.view import RichDrillPresenter, render_score
        from partnerschap.drills.practice import DrillSession, parse_answer_numbers, prompt_key
        from partnerschap.prompts import ScriptedPrompter

        numbers = parse_answer_numbers(self.answers or "", len(shown))
        script = {
            prompt_key(item.id): item.options[number - 1].id
            for item, number in zip(shown, numbers, strict=True)
        }
        lang = state.lang()
        presenter: Any = (
            _Silent()
            if self.as_json
            else RichDrillPresenter(state.out(), lang, self.sets, scripted=True)
        )
        session = DrillSession(shown, ScriptedPrompter(script), presenter, lang=lang)
        answered = session.run()
        if not self.as_json:
            render_score(state.out(), answered, self.sets, lang)
        return answered, session.stopped_early

    def interactive(self, shown: list[ShownItem], seed: str) -> tuple[list[Answer], bool, str]:
        from rich.panel import Panel

        from partnerschap.cli import prompter as prompter_module
        from partnerschap.cli.drill import keys as drill_keys
        from partnerschap.cli.drill.view import RichDrillPresenter, render_score
        from partnerschap.drills.practice import DrillSession

        lang = state.lang()
        try:
            prompter = prompter_module.make_prompter()
        except PartnerschapError as exc:
            if exc.key == "error.not_interactive":
                raise PartnerschapError("error.drill.not_interactive") from exc
            raise
        keys = drill_keys.make_key_reader()
        console = state.out()
        console.print(
            Panel(
                t("ui.drill.intro", lang, count=len(shown), seed=seed),
                title=plain(t("ui.drill.title", lang)),
                title_align="left",
                expand=False,
            )
        )
        presenter = RichDrillPresenter(console, lang, self.sets, keys)
        session = DrillSession(
            shown, prompter, presenter, lang=lang, label_width=presenter.label_width
        )
        try:
            name = self.name
            if name is None:
                name = prompter.text(
                    "name",
                    t("prompt.drill.name", lang),
                    instruction=t("prompt.drill.name.instruction", lang),
                )
            answered = session.run()
        except (PromptAborted, KeyboardInterrupt, EOFError):
            state.interrupted()
        render_score(console, answered, self.sets, lang)
        if session.stopped_early:
            console.print(
                t("ui.drill.stopped_early", lang, done=len(answered), total=len(shown)),
                style="dim",
            )
        return answered, session.stopped_early, name

    # --- results -------------------------------------------------------------------------

    def bank_refs(self, drills: DrillCatalog, shown: list[ShownItem]) -> list[dict[str, str]]:
        from partnerschap.drills.results import bank_refs

        refs = []
        for item in shown:
            bank = drills.bank_of(item.item)
            if bank is not None:
                refs.append(bank.ref())
        return bank_refs(refs)

    def set_refs(self, shown: list[ShownItem]) -> list[dict[str, str]]:
        refs: dict[str, dict[str, str]] = {}
        for item in shown:
            pset = self.sets.get(item.item.set_id)
            if pset is not None and pset.id not in refs:
                refs[pset.id] = {"id": pset.id, "version": pset.version, "digest": pset.digest}
        return list(refs.values())

    def keep(self, results: DrillResults) -> None:
        from partnerschap.drills.results import save

        lang = state.lang()
        if not results.answers:
            state.err().print(t("ui.drill.not_saved_empty", lang))
            return
        targets: list[Path | None] = []
        if self.save:
            targets.append(None)
        if self.results is not None:
            targets.append(self.results)
        for target in targets:
            try:
                path = save(results, target)
            except OSError as exc:
                raise PartnerschapError(
                    "error.write_failed",
                    path=str(target or "drills"),
                    detail=exc.strerror or str(exc),
                ) from exc
            key = "ui.drill.saved" if target is None else "ui.drill.saved_for_trainer"
            state.err().print(t(key, lang, path=str(path)), highlight=False, markup=False)
        if self.results is None and self.save and self.answers is None:
            state.err().print(t("ui.drill.hand_in", lang), style="dim", highlight=False)


class _Silent:
    """Presenter for ``--answers --json``: only the JSON goes to stdout."""

    def item(self, shown: ShownItem, number: int, total: int) -> None:
        pass

    def feedback(self, shown: ShownItem, answer: Answer) -> None:
        pass

    def go_on(self, number: int, total: int) -> bool:
        return True


@dataclass
class DrillReportCommand:
    paths: list[Path]
    output: Path | None = None
    as_json: bool = False
    principles_dir: Path | None = None

    def run(self) -> None:
        from partnerschap.drills.bank import load_drills
        from partnerschap.drills.report import report_from_paths, report_json, report_markdown

        lang = state.lang()
        catalog = load_catalog(self.principles_dir)
        drills = load_drills(self.principles_dir, catalog.sets)
        report = report_from_paths(self.paths, drills=drills, sets=catalog.sets)
        err = state.err()
        if report.skipped or report.duplicates:
            err.print(t("ui.drill.report.skipped_files", lang), style="yellow")
            for skipped in report.skipped:
                err.print(f"  {skipped.render(lang)}", highlight=False, markup=False)
            for path in report.duplicates:
                err.print(
                    f"  {path}: {t('report.skip.duplicate', lang)}", highlight=False, markup=False
                )
        if self.output is not None:
            from partnerschap.atomic_write import write_file

            write_file(self.output, report_markdown(report, lang))
            err.print(
                t("ui.drill.report.written", lang, path=str(self.output)),
                highlight=False,
                markup=False,
            )
        if self.as_json:
            _write_json(report_json(report, lang))
        else:
            from partnerschap.cli.drill.view import render_report

            render_report(state.out(), report, lang)


def validate_banks(files: list[Path], as_json: bool, principles_dir: Path | None) -> None:
    """``drill validate``: every problem of each bank as ``file:line``; exit 2 if any."""
    from partnerschap.cli.validation_view import check_bank, report

    sets = load_catalog(principles_dir).sets
    report([check_bank(path, sets) for path in files], as_json)
