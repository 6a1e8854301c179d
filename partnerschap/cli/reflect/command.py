"""``partnerschap reflect``: option parsing and rendering around the reflection flow."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    @app.command("reflect", help=h("help.reflect"))
    def reflect(
        set_id: str = typer.Option(None, "--set", "-s", help=h("help.reflect.set")),
        scenario: str = typer.Option(None, "--scenario", help=h("help.reflect.scenario")),
        quick: bool = typer.Option(False, "--quick", "-q", help=h("help.reflect.quick")),
        answers: Path = typer.Option(
            None, "--answers", "-a", help=h("help.reflect.answers"), dir_okay=False
        ),
        as_json: bool = typer.Option(False, "--json", help=h("help.reflect.json")),
        output: Path = typer.Option(
            None, "--output", "-o", help=h("help.reflect.output"), dir_okay=False
        ),
        principles_dir: Path = typer.Option(
            None, "--principles", help=h("help.principles.dir"), file_okay=False
        ),
        no_save: bool = typer.Option(False, "--no-save", help=h("help.reflect.no_save")),
        resume: bool = typer.Option(False, "--resume", help=h("help.reflect.resume")),
        privacy: str = typer.Option(
            None, "--privacy", metavar="redact|warn|block", help=h("help.reflect.privacy")
        ),
        deduce: bool = typer.Option(False, "--deduce", help=h("help.privacy.deduce")),
        transcript: Path = typer.Option(
            None, "--transcript", "-t", metavar="FILE", help=h("help.reflect.transcript")
        ),
        professional: list[str] = typer.Option(
            None, "--professional", "-p", metavar="NAME", help=h("help.reflect.professional")
        ),
    ) -> None:
        from partnerschap.cli.reflect.flow import ReflectCommand

        ReflectCommand(
            set_id=set_id,
            scenario=scenario,
            quick=quick,
            answers=answers,
            as_json=as_json,
            output=output,
            principles_dir=principles_dir,
            save=not no_save,
            resume=resume,
            privacy=privacy,
            deduce=deduce,
            transcript=transcript,
            professionals=professional or [],
        ).run()
