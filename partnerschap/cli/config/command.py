"""``partnerschap config show|set``."""

from __future__ import annotations

from collections.abc import Callable

import typer

from partnerschap.cli import state


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    sub = typer.Typer(help=h("help.config"), no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(sub, name="config")

    @sub.command("show", help=h("help.config.show"))
    def show(as_json: bool = typer.Option(False, "--json", help=h("help.json"))) -> None:
        import json
        import os
        import sys

        from partnerschap.config import config_path, read_settings
        from partnerschap.i18n import normalize_lang
        from partnerschap.messages import t

        lang = state.lang()
        stored = read_settings()
        if normalize_lang(stored.get("language")) is None:
            stored.pop("language", None)  # not used (the warning says why)
        effective = {
            "language": (
                lang,
                "option"
                if state.explicit_lang()
                else "file"
                if "language" in stored
                else "default",
            ),
            "default_set": (
                state.default_set() or "partnerschap",
                "option"
                if os.environ.get("PARTNERSCHAP_SET")
                else "file"
                if "default_set" in stored
                else "default",
            ),
        }
        if as_json:
            sys.stdout.write(
                json.dumps(
                    {
                        "file": str(config_path()),
                        "settings": {k: {"value": v, "from": f} for k, (v, f) in effective.items()},
                    },
                    ensure_ascii=False,
                    indent=2,
                )
                + "\n"
            )
            return
        from rich.table import Table

        table = Table(
            title=t("ui.config_file", lang, path=str(config_path())), title_justify="left"
        )
        table.add_column(t("ui.setting", lang), style="cyan")
        table.add_column(t("ui.value", lang))
        table.add_column(t("ui.from", lang), style="dim")
        for key, (value, source) in effective.items():
            table.add_row(key, value, t(f"ui.from.{source}", lang))
        state.out().print(table)

    @sub.command("set", help=h("help.config.set"))
    def set_(
        key: str = typer.Argument(..., metavar="KEY"),
        value: str = typer.Argument(..., metavar="VALUE"),
    ) -> None:
        from partnerschap.config import write_setting
        from partnerschap.messages import t

        if key == "default_set":  # one that exists: a set id, several, or "all"
            from partnerschap.sets.catalog import load_catalog, select_sets

            select_sets(load_catalog(), value)
        path = write_setting(key, value)
        state.out().print(
            t("ui.config_set", state.lang(), key=key, value=value, path=str(path)), markup=False
        )
