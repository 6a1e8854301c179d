"""Dutch and English for the help boilerplate and usage errors that Click/Typer print."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "click.usage": ("Gebruik: ", "Usage: "),
    "click.options": ("Opties:", "Options:"),
    "click.commands": ("Opdrachten:", "Commands:"),
    "click.arguments": ("Argumenten:", "Arguments:"),
    "click.help_option": ("Toon deze hulp en stop.", "Show this message and exit."),
    "click.error": ("Fout: ", "Error: "),
    "click.try_help": ("Typ '{command}' voor hulp.", "Try '{command}' for help."),
    "click.missing_argument": ("Argument {name} ontbreekt.", "Missing argument {name}."),
    "click.missing_option": ("Optie {name} ontbreekt.", "Missing option {name}."),
    "click.no_such_option": ("Onbekende optie: {name}", "No such option: {name}"),
    "click.extra_one": ("Onverwacht extra argument: {args}", "Unexpected extra argument: {args}"),
    "click.extra_many": (
        "Onverwachte extra argumenten: {args}",
        "Unexpected extra arguments: {args}",
    ),
}
