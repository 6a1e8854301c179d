"""``partnerschap paths``: where the log, the settings and the user's own sets live."""

from __future__ import annotations

from collections.abc import Callable

import typer


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    @app.command("paths", help=h("help.paths"))
    def paths(as_json: bool = typer.Option(False, "--json", help=h("help.json"))) -> None:
        import json
        import sys

        from partnerschap.cli import state
        from partnerschap.config import config_path
        from partnerschap.log.crypto import is_encrypted
        from partnerschap.log.store import db_path
        from partnerschap.messages import t
        from partnerschap.paths import data_dir, extra_principles_dirs, user_principles_dir

        rows = [
            ("data", "ui.paths.data", data_dir()),
            ("database", "ui.paths.db", db_path()),
            ("principles", "ui.paths.principles", user_principles_dir()),
            ("config", "ui.paths.config", config_path()),
        ]
        extra = extra_principles_dirs()
        encrypted = is_encrypted(db_path())
        if as_json:
            data: dict[str, object] = {name: str(path) for name, _key, path in rows}
            data["database_encrypted"] = encrypted
            data["extra_principles"] = [str(p) for p in extra]
            sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
            return
        lang = state.lang()
        rows += [("extra", "ui.paths.extra", p) for p in extra]
        width = max(len(t(key, lang)) for _n, key, _p in rows)
        missing = t("ui.paths.missing", lang)
        for name, key, path in rows:
            note = "" if path.exists() else f"  {missing}"
            if name == "database" and path.exists():
                note = "  " + t(
                    "ui.paths.encrypted" if encrypted else "ui.paths.not_encrypted", lang
                )
            sys.stdout.write(f"{t(key, lang):<{width}}  {path}{note}\n")
