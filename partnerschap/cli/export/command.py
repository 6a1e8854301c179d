"""``partnerschap export`` and ``partnerschap import``. Option parsing only; the work is in
:mod:`partnerschap.cli.export.view` (imported when a command runs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    @app.command("export", help=h("help.export"))
    def export(
        ids: list[str] = typer.Argument(None, metavar="[ID...]", help=h("help.export.ids")),
        since: str = typer.Option(None, "--since", metavar="DATE", help=h("help.log.since")),
        until: str = typer.Option(None, "--until", metavar="DATE", help=h("help.log.until")),
        fmt: str = typer.Option(
            "md", "--format", "-f", metavar="md|json", help=h("help.export.format")
        ),
        # A string, not a Path: a trailing "/" (one file per reflection) must survive.
        output: str = typer.Option(
            None, "--output", "-o", metavar="PATH", help=h("help.export.output")
        ),
        keep_identifiers: bool = typer.Option(
            False, "--keep-identifiers", help=h("help.export.keep_identifiers")
        ),
        deduce: bool = typer.Option(False, "--deduce", help=h("help.privacy.deduce")),
        drafts: bool = typer.Option(False, "--drafts", help=h("help.export.drafts")),
    ) -> None:
        from partnerschap.cli.export.view import export_reflections

        export_reflections(
            ids or [],
            since=since,
            until=until,
            fmt=fmt,
            output=output,
            keep_identifiers=keep_identifiers,
            deduce=deduce,
            drafts=drafts,
        )

    @app.command("import", help=h("help.import"))
    def import_(
        file: Path = typer.Argument(..., metavar="FILE.json", help=h("help.import.file")),
    ) -> None:
        from partnerschap.cli.export.view import import_reflections

        import_reflections(file)
