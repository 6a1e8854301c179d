"""Click's help boilerplate and usage errors in the user's language.

Typer (<0.29) vendors Click with its English strings written in place, so gettext cannot
reach them. Two narrow hooks translate the finished text instead: the help formatter's
output and the message a usage error prints. Installed once; each call follows the
current language, so English stays exactly as Click writes it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from partnerschap.i18n import current
from partnerschap.messages import t

_LINE_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"^Usage: ", re.M), lambda m: t("click.usage")),
    (re.compile(r"^Options:$", re.M), lambda m: t("click.options")),
    (re.compile(r"^Commands:$", re.M), lambda m: t("click.commands")),
    (re.compile(r"^Arguments:$", re.M), lambda m: t("click.arguments")),
    (re.compile(r"Show this message and exit\."), lambda m: t("click.help_option")),
    (re.compile(r"^Try '(.+?)' for help\.$", re.M), lambda m: t("click.try_help", command=m[1])),
    (re.compile(r"^Error: ", re.M), lambda m: t("click.error")),
    (
        re.compile(r"Missing argument (.+?)\.$", re.M),
        lambda m: t("click.missing_argument", name=m[1]),
    ),
    (re.compile(r"Missing option (.+?)\.$", re.M), lambda m: t("click.missing_option", name=m[1])),
    (re.compile(r"No such option: (\S+)"), lambda m: t("click.no_such_option", name=m[1])),
    (
        re.compile(r"Got unexpected extra argument\(s\) \((.*)\)$", re.M),
        lambda m: t("click.extra_one" if " " not in m[1] else "click.extra_many", args=m[1]),
    ),
)


def translate(text: str) -> str:
    """Click's English output in the current language (unchanged in English)."""
    if current() == "en":
        return text
    for pattern, replace in _LINE_RULES:
        text = pattern.sub(replace, text)
    return text


_installed = False


def install() -> None:
    """Hook the help formatter and the error output of the Click that Typer uses."""
    global _installed
    if _installed:
        return
    from typer._click import exceptions, formatting

    getvalue = formatting.HelpFormatter.getvalue

    def translated_getvalue(self: Any) -> str:
        return translate(getvalue(self))

    formatting.HelpFormatter.getvalue = translated_getvalue  # type: ignore[method-assign]
    echo = exceptions.echo

    def translated_echo(message: Any = None, *args: Any, **kwargs: Any) -> None:
        if isinstance(message, str):
            message = translate(message)
        echo(message, *args, **kwargs)

    exceptions.echo = translated_echo  # type: ignore[assignment]
    _installed = True
