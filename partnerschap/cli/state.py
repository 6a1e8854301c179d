"""Per-invocation state of the CLI: the language and the consoles (created lazily, so the
test runner's streams are used, and rich is only imported when something is printed)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, NoReturn

import typer

from partnerschap.errors import PartnerschapError
from partnerschap.i18n import Lang, current, normalize_lang, resolve_lang, set_current
from partnerschap.messages import t

if TYPE_CHECKING:
    from rich.console import Console


def config_language() -> str | None:
    from partnerschap.config import read_setting

    return read_setting("language")


def resolve(option: str | None) -> Lang:
    return resolve_lang(option, config_value=config_language())


_explicit = False


def activate(option: str | None, *, warn: bool = True) -> None:
    global _explicit
    if option is not None and normalize_lang(option) is None:
        set_current("nl")
        fail(PartnerschapError("error.bad_lang", lang=option))
    _explicit = option is not None or bool(os.environ.get("PARTNERSCHAP_LANG"))
    set_current(resolve(option))
    if warn:
        warn_settings_file(language=not _explicit)


def warn_settings_file(*, language: bool) -> None:
    """Say so when the settings file cannot be read (a device, a FIFO, not UTF-8: the
    defaults apply), or, with ``language``, names a language that does not exist."""
    from partnerschap.config import SETTINGS, config_path, read_checked

    if os.environ.get("PARTNERSCHAP_HOME") is None and os.environ.get("PARTNERSCHAP_NO_CONFIG"):
        return
    settings, problem = read_checked()
    if problem is not None:
        err().print(
            t("warning.config_unreadable", problem=problem.render(current())),
            style="yellow",
            markup=False,
        )
        return
    if not language:
        return
    value, line = settings.get("language", ("", 0))
    if not value or normalize_lang(value) is not None:
        return
    allowed = SETTINGS["language"] or ()
    err().print(
        t(
            "warning.config_language",
            path=str(config_path()),
            line=line,
            value=value if len(value) <= 40 else value[:39] + "…",
            allowed=", ".join(allowed),
            chosen=current(),
        ),
        style="yellow",
        markup=False,
    )


def explicit_lang() -> bool:
    """Whether the language was chosen by option or environment (not by file or locale)."""
    return _explicit


def default_set() -> str | None:
    from partnerschap.config import read_setting

    return os.environ.get("PARTNERSCHAP_SET") or read_setting("default_set")


def lang() -> Lang:
    return current()


def out() -> Console:
    """The console for results. Like :func:`err` it shows every string literally: no rich
    markup, emoji codes or control characters are read from user text (``safe_text``)."""
    from partnerschap.cli import streams
    from partnerschap.cli.safe_text import make_console

    console = make_console(soft_wrap=False)
    console.on_broken_pipe = streams.pipe_closed  # type: ignore[method-assign]
    return console


def err() -> Console:
    from partnerschap.cli.safe_text import make_console

    return make_console(stderr=True, soft_wrap=True)


def fail(exc: PartnerschapError) -> NoReturn:
    console = err()
    text = exc.render(lang())
    from partnerschap.cli.safe_text import plain

    console.print(plain(f"{t('error.prefix')}: ", style="bold red") + plain(text))
    raise typer.Exit(2)


def interrupted(key: str = "ui.aborted") -> NoReturn:
    err().print(t(key))
    raise typer.Exit(130)


def warn_broken(problems: list) -> None:
    """Name the set files that were skipped because they have problems (to stderr)."""
    if not problems:
        return
    console = err()
    console.print(t("ui.broken_skipped"), style="yellow")
    for problem in problems:
        console.print(f"  {problem.render(lang())}", highlight=False, markup=False)
