"""``partnerschap principles list|show|validate``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    sub = typer.Typer(help=h("help.principles"), no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(sub, name="principles")

    @sub.command("list", help=h("help.principles.list"))
    def list_(
        set_id: str = typer.Option(None, "--set", "-s", help=h("help.set")),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
        principles_dir: Path = typer.Option(
            None, "--principles", help=h("help.principles.dir"), file_okay=False
        ),
    ) -> None:
        from partnerschap.cli.principles.view import list_principles

        list_principles(set_id, as_json, principles_dir)

    @sub.command("show", help=h("help.principles.show"))
    def show(
        principle_id: str = typer.Argument(..., metavar="ID"),
        set_id: str = typer.Option(None, "--set", "-s", help=h("help.set")),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
        principles_dir: Path = typer.Option(
            None, "--principles", help=h("help.principles.dir"), file_okay=False
        ),
    ) -> None:
        from partnerschap.cli.principles.view import show_principle

        show_principle(principle_id, set_id, as_json, principles_dir)

    @sub.command("init", help=h("help.principles.init"))
    def init(
        file: Path = typer.Argument(..., metavar="FILE.yaml", dir_okay=False),
        from_set: str = typer.Option(None, "--from", help=h("help.principles.init.from")),
        force: bool = typer.Option(False, "--force", help=h("help.principles.init.force")),
        principles_dir: Path = typer.Option(
            None, "--principles", help=h("help.principles.dir"), file_okay=False
        ),
    ) -> None:
        from partnerschap.cli.principles.view import init_set

        init_set(file, from_set, force, principles_dir)

    @sub.command("validate", help=h("help.principles.validate"))
    def validate(
        files: list[Path] = typer.Argument(..., metavar="FILE..."),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
    ) -> None:
        from partnerschap.cli.principles.view import validate_files

        validate_files(files, as_json)
