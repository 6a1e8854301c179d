"""``partnerschap analyze FILE``: option parsing only; the work is in
:mod:`partnerschap.cli.analyze.flow` (imported when the command runs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    @app.command("analyze", help=h("help.analyze"))
    def analyze(
        file: Path = typer.Argument(..., metavar="FILE", help=h("help.analyze.file")),
        professional: list[str] = typer.Option(
            None, "--professional", "-p", metavar="NAME", help=h("help.analyze.professional")
        ),
        set_id: str = typer.Option(None, "--set", "-s", help=h("help.analyze.set")),
        transcript_lang: str = typer.Option(
            None, "--transcript-lang", metavar="nl|en", help=h("help.analyze.transcript_lang")
        ),
        fmt: str = typer.Option(
            "text", "--format", "-f", metavar="text|md|json", help=h("help.analyze.format")
        ),
        output: Path = typer.Option(
            None, "--output", "-o", help=h("help.analyze.output"), dir_okay=False
        ),
        keep_identifiers: bool = typer.Option(
            False, "--keep-identifiers", help=h("help.analyze.keep_identifiers")
        ),
        principles_dir: Path = typer.Option(
            None, "--principles", help=h("help.principles.dir"), file_okay=False
        ),
    ) -> None:
        from partnerschap.cli.analyze.flow import AnalyzeCommand

        AnalyzeCommand(
            file=file,
            professionals=professional or [],
            set_id=set_id,
            transcript_lang=transcript_lang,
            fmt=fmt,
            output=output,
            keep_identifiers=keep_identifiers,
            principles_dir=principles_dir,
        ).run()
