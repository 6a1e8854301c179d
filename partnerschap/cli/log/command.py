"""``partnerschap log list|show|search|delete|stats|check|encrypt|decrypt|passphrase``.
Option parsing only; the work is in :mod:`partnerschap.cli.log.view` and
:mod:`partnerschap.cli.log.crypto` (imported when a command runs)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import typer


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    sub = typer.Typer(help=h("help.log"), no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(sub, name="log")

    @sub.command("list", help=h("help.log.list"))
    def list_(
        limit: int = typer.Option(20, "--limit", "-n", min=0, help=h("help.log.limit")),
        since: str = typer.Option(None, "--since", metavar="DATE", help=h("help.log.since")),
        until: str = typer.Option(None, "--until", metavar="DATE", help=h("help.log.until")),
        scenario: str = typer.Option(None, "--scenario", help=h("help.log.scenario")),
        missed: str = typer.Option(
            None, "--missed", metavar="PRINCIPLE", help=h("help.log.missed")
        ),
        drafts: bool = typer.Option(False, "--drafts", help=h("help.log.drafts")),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
    ) -> None:
        from partnerschap.cli.log import view as log_view

        log_view.list_reflections(
            limit=limit,
            since=since,
            until=until,
            scenario=scenario,
            missed=missed,
            drafts=drafts,
            as_json=as_json,
        )

    @sub.command("show", help=h("help.log.show"))
    def show(
        reflection_id: str = typer.Argument(..., metavar="ID", help=h("help.log.id")),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
    ) -> None:
        from partnerschap.cli.log import view as log_view

        log_view.show_reflection(reflection_id, as_json=as_json)

    @sub.command("search", help=h("help.log.search"))
    def search(
        text: str = typer.Argument(..., metavar="TEXT", help=h("help.log.text")),
        limit: int = typer.Option(20, "--limit", "-n", min=0, help=h("help.log.limit")),
        since: str = typer.Option(None, "--since", metavar="DATE", help=h("help.log.since")),
        until: str = typer.Option(None, "--until", metavar="DATE", help=h("help.log.until")),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
    ) -> None:
        from partnerschap.cli.log import view as log_view

        log_view.search_reflections(text, limit=limit, since=since, until=until, as_json=as_json)

    @sub.command("delete", help=h("help.log.delete"))
    def delete(
        ids: list[str] = typer.Argument(..., metavar="ID...", help=h("help.log.id")),
        yes: bool = typer.Option(False, "--yes", "-y", help=h("help.log.yes")),
    ) -> None:
        from partnerschap.cli.log import view as log_view

        log_view.delete_reflections(ids, yes=yes)

    @sub.command("stats", help=h("help.log.stats"))
    def stats(
        since: str = typer.Option(None, "--since", metavar="DATE", help=h("help.log.since")),
        until: str = typer.Option(None, "--until", metavar="DATE", help=h("help.log.until")),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
    ) -> None:
        from partnerschap.cli.log import view as log_view

        log_view.show_stats(since=since, until=until, as_json=as_json)

    @sub.command("check", help=h("help.log.check"))
    def check(
        output: Path = typer.Option(
            None, "--output", "-o", metavar="FILE", help=h("help.log.check.output")
        ),
        as_json: bool = typer.Option(False, "--json", help=h("help.json")),
    ) -> None:
        from partnerschap.cli.log import view as log_view

        log_view.check_log(output=output, as_json=as_json)

    @sub.command("encrypt", help=h("help.log.encrypt"))
    def encrypt(
        remember: bool = typer.Option(False, "--remember", help=h("help.log.remember")),
    ) -> None:
        from partnerschap.cli.log import crypto as crypto_view

        crypto_view.encrypt_log(remember=remember)

    @sub.command("decrypt", help=h("help.log.decrypt"))
    def decrypt() -> None:
        from partnerschap.cli.log import crypto as crypto_view

        crypto_view.decrypt_log()

    @sub.command("passphrase", help=h("help.log.passphrase"))
    def passphrase(
        new_file: Path = typer.Option(
            None, "--new-passphrase-file", metavar="FILE", help=h("help.log.new_passphrase_file")
        ),
    ) -> None:
        from partnerschap.cli.log import crypto as crypto_view

        crypto_view.change_passphrase(new_file=new_file)
