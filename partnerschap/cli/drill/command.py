"""``partnerschap drill`` (practice, ``--list``, ``--answers``, ``--class``) and
``partnerschap drill report``.

``drill`` is a group that runs its own callback when no subcommand is given
(``invoke_without_command``), so the practice options sit on ``drill`` itself and ``report``
is a subcommand beside them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer

from partnerschap.drills.model import ItemType


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    drill = typer.Typer(
        help=h("help.drill"),
        invoke_without_command=True,
        no_args_is_help=False,
        rich_markup_mode=None,
    )
    app.add_typer(drill, name="drill")

    @drill.callback()
    def practice(
        ctx: typer.Context,
        rounds: int = typer.Option(10, "--rounds", "-n", min=1, help=h("help.drill.rounds")),
        set_id: str = typer.Option(None, "--set", "-s", help=h("help.drill.set")),
        principle: str = typer.Option(None, "--principle", "-p", help=h("help.drill.principle")),
        item_type: ItemType = typer.Option(None, "--type", "-t", help=h("help.drill.type")),
        seed: str = typer.Option(None, "--seed", help=h("help.drill.seed")),
        name: str = typer.Option(None, "--name", help=h("help.drill.name")),
        results: Path = typer.Option(None, "--results", "-r", help=h("help.drill.results")),
        list_items: bool = typer.Option(False, "--list", help=h("help.drill.list")),
        as_json: bool = typer.Option(False, "--json", help=h("help.drill.json")),
        answers: str = typer.Option(
            None, "--answers", "-a", metavar="2,1,4,…", help=h("help.drill.answers")
        ),
        class_mode: bool = typer.Option(False, "--class", help=h("help.drill.class")),
        timer: int = typer.Option(
            None, "--timer", min=1, metavar="SECONDS", help=h("help.drill.timer")
        ),
        principles_dir: Path = typer.Option(
            None, "--principles", help=h("help.principles.dir"), file_okay=False
        ),
        no_save: bool = typer.Option(False, "--no-save", help=h("help.drill.no_save")),
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        from partnerschap.cli.drill.flow import DrillCommand

        DrillCommand(
            rounds=rounds,
            set_id=set_id,
            principle=principle,
            item_type=item_type.value if item_type else None,
            seed=seed,
            name=name,
            results=results,
            list_items=list_items,
            as_json=as_json,
            answers=answers,
            class_mode=class_mode,
            timer=timer,
            principles_dir=principles_dir,
            save=not no_save,
        ).run()

    @drill.command("report", help=h("help.drill.report"), short_help=h("help.drill.report.short"))
    def report(
        paths: list[Path] = typer.Argument(..., metavar="RESULTS...", help=h("help.drill.paths")),
        output: Path = typer.Option(
            None, "--output", "-o", dir_okay=False, help=h("help.drill.output")
        ),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
        principles_dir: Path = typer.Option(
            None, "--principles", help=h("help.principles.dir"), file_okay=False
        ),
    ) -> None:
        from partnerschap.cli.drill.flow import DrillReportCommand

        DrillReportCommand(
            paths=paths, output=output, as_json=as_json, principles_dir=principles_dir
        ).run()

    @drill.command(
        "validate", help=h("help.drill.validate"), short_help=h("help.drill.validate.short")
    )
    def validate(
        files: list[Path] = typer.Argument(..., metavar="FILE..."),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
        principles_dir: Path = typer.Option(
            None, "--principles", help=h("help.principles.dir"), file_okay=False
        ),
    ) -> None:
        from partnerschap.cli.drill.flow import validate_banks

        validate_banks(files, as_json, principles_dir)
