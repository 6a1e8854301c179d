"""``partnerschap privacy check FILE|-``. Option parsing and output only; the work is in
:mod:`partnerschap.privacy.check`.

Exit codes: 0 nothing found, 1 something found, 2 a user error (missing or binary file,
deduce asked for but not installed).
"""

from __future__ import annotations

from collections.abc import Callable

import typer

from partnerschap.cli import state


def register(app: typer.Typer, h: Callable[[str], str]) -> None:
    sub = typer.Typer(help=h("help.privacy"), no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(sub, name="privacy")

    @sub.command("check", help=h("help.privacy.check"))
    def check(
        file: str = typer.Argument(..., metavar="FILE|-", help=h("help.privacy.check.file")),
        as_json: bool = typer.Option(False, "--json", help=h("help.privacy.check.json")),
        redact: bool = typer.Option(False, "--redact", help=h("help.privacy.check.redact")),
        dates: bool = typer.Option(False, "--dates", help=h("help.privacy.check.dates")),
        deduce: bool = typer.Option(False, "--deduce", help=h("help.privacy.deduce")),
    ) -> None:
        found = run_check(file, as_json=as_json, redact=redact, dates=dates, deduce=deduce)
        raise typer.Exit(1 if found else 0)


def run_check(file: str, *, as_json: bool, redact: bool, dates: bool, deduce: bool) -> bool:
    """Print the findings (or the redacted text); True when something was found."""
    import json
    import sys
    from pathlib import Path

    from rich.text import Text

    from partnerschap.errors import PartnerschapError
    from partnerschap.messages import t
    from partnerschap.privacy.check import check_text, read_stream, read_text_file

    lang = state.lang()
    if file == "-":
        source = t("ui.privacy.stdin", lang)
        text = read_stream(sys.stdin.buffer, "-")
    else:
        source = file
        text = read_text_file(Path(file))
    if deduce:
        from partnerschap.privacy import deduce_available

        if not deduce_available():
            raise PartnerschapError("error.privacy.no_deduce")
        state.err().print(Text(t("ui.privacy.deduce_loading", lang), style="dim"), soft_wrap=True)
    result = check_text(text, dates=dates, use_deduce=deduce)
    if as_json:
        data = result.to_json(with_redacted=redact)
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    elif redact:
        sys.stdout.write(result.redacted)
        sys.stdout.flush()
    elif result.findings:
        from partnerschap.cli.privacy.view import findings_table
        from partnerschap.reflection.privacy import kind_name

        rows = [
            (kind_name(str(f.kind), lang), f.text, f"{line}:{column}", f.placeholder)
            for f, (line, column) in zip(result.findings, result.positions(), strict=True)
        ]
        state.out().print(findings_table(rows, lang))
    key = "ui.privacy.check.found" if result.findings else "ui.privacy.check.none"
    state.err().print(Text(t(key, lang, count=len(result.findings), source=source)), soft_wrap=True)
    return bool(result.findings)
