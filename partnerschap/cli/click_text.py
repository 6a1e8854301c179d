"""Click's help boilerplate and usage errors in the user's language.

Typer (<0.29) vendors Click with its English strings written in place, so gettext cannot
reach them. A few narrow hooks, installed once, translate instead; each follows the
current language at the moment it runs:

- the help formatter's output and the message a usage error prints (Dutch only: English
  stays as Click writes it);
- the word for an option's kind of value (``TEKST``, ``GETAL``, ``BESTAND`` ... in Dutch,
  ``TEXT``, ``NUMBER``, ``FILE`` ... in English, instead of ``<str>`` or ``<int range>``),
  and the ``[default: ...; x>=1]`` after an option's help (``[standaard: ...; minstens 1]``);
- ``--lang`` in the help of every command (the root's parser takes it anywhere on the
  line, so the command itself never sees it);
- the examples at the end of every command's help (``examples.<command path>``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from partnerschap.i18n import current
from partnerschap.messages import all_messages, t


class _Pattern:
    """A regular expression compiled when it is first used (most of them are for errors,
    which a help text never needs), with the literal text it starts with: a rule whose
    start is not in the text is skipped without compiling it."""

    __slots__ = ("_compiled", "args", "start")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.args = (pattern, flags)
        self.start = _literal_start(pattern)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        if self._compiled is None:
            self._compiled = re.compile(*self.args)
        return getattr(self._compiled, name)


def _literal_start(pattern: str) -> str:
    """The literal text a pattern starts with (``"Usage: "`` for ``^Usage: ``)."""
    out: list[str] = []
    i = 1 if pattern.startswith("^") else 0
    while i < len(pattern):
        c = pattern[i]
        if c == "\\" and i + 1 < len(pattern) and not pattern[i + 1].isalnum():
            out.append(pattern[i + 1])
            i += 2
            continue
        if c in ".^$*+?{}[]()|\\":
            if c in "?*{" and out:
                out.pop()  # the character before is optional
            break
        out.append(c)
        i += 1
    return "".join(out)


Rule = tuple[_Pattern, Callable[[re.Match[str]], str]]


def describe_range(text: str) -> str:
    """Click's ``x>=1``, ``x<5``, ``1<=x<=65535`` in words (unchanged if not a range)."""
    m = re.fullmatch(r"(-?[\d.]+)(<=?)x(<=?)(-?[\d.]+)", text)
    if m:
        low, high = m[1], m[4]
        if m[2] == "<":
            return f"{t('click.range.above', min=low)}, {t('click.range.below', max=high)}"
        if m[3] == "<":
            return f"{t('click.range.min', min=low)}, {t('click.range.below', max=high)}"
        return t("click.range.between", min=low, max=high)
    m = re.fullmatch(r"x(>=|>|<=|<)(-?[\d.]+)", text)
    if m:
        key = {">=": "min", ">": "above", "<=": "max", "<": "below"}[m[1]]
        return t(f"click.range.{key}", min=m[2], max=m[2])
    return text


def _value_message(message: str) -> str:
    """The part after "Invalid value ...:" in the current language."""
    for pattern, replace in _VALUE_RULES:
        m = pattern.fullmatch(message)
        if m:
            return replace(m)
    return message


def _path_rule(kind_key: str) -> Callable[[re.Match[str]], str]:
    return lambda m: t(f"click.path.{kind_key}", kind=t(f"click.path.{m[1].lower()}"), path=m[2])


_VALUE_RULES: tuple[Rule, ...] = (
    (
        _Pattern(r"(.+) is not a valid (?:int|integer|int range)\."),
        lambda m: t("click.not_a_number", value=m[1]),
    ),
    (
        _Pattern(r"(.+) is not a valid (?:float|float range)\."),
        lambda m: t("click.not_a_decimal", value=m[1]),
    ),
    (
        _Pattern(r"(.+) is not in the range (.+)\."),
        lambda m: t("click.out_of_range", value=m[1], range=describe_range(m[2])),
    ),
    (
        _Pattern(r"(.+) is not one of (.+)\.", re.S),
        lambda m: t("click.not_a_choice", value=m[1], choices=m[2]),
    ),
    (_Pattern(r"(File|Directory|Path) (.+) does not exist\."), _path_rule("missing")),
    (_Pattern(r"(File|Directory|Path) (.+) is a file\."), _path_rule("is_file")),
    (_Pattern(r"(File|Directory|Path) (.+) is a directory\."), _path_rule("is_dir")),
    (_Pattern(r"(File|Directory|Path) (.+) is not readable\."), _path_rule("unreadable")),
    (_Pattern(r"(File|Directory|Path) (.+) is not writable\."), _path_rule("unwritable")),
)

_LINE_RULES: tuple[Rule, ...] = (
    (_Pattern(r"^Usage: ", re.M), lambda m: t("click.usage")),
    (_Pattern(r"^Options:$", re.M), lambda m: t("click.options")),
    (_Pattern(r"^Commands:$", re.M), lambda m: t("click.commands")),
    (_Pattern(r"^Arguments:$", re.M), lambda m: t("click.arguments")),
    (_Pattern(r" \[OPTIONS\]"), lambda m: " " + t("click.usage.options")),
    (_Pattern(r" COMMAND \[ARGS\]\.\.\."), lambda m: " " + t("click.usage.command")),
    (_Pattern(r"Show this message and exit\."), lambda m: t("click.help_option")),
    (_Pattern(r"^Try '(.+?)' for help\.$", re.M), lambda m: t("click.try_help", command=m[1])),
    (_Pattern(r"^Error: ", re.M), lambda m: t("click.error")),
    (
        _Pattern(r"Invalid value for (.+?): (.*)$", re.M | re.S),
        lambda m: t("click.invalid_value_for", name=m[1], message=_value_message(m[2])),
    ),
    (
        _Pattern(r"Invalid value: (.*)$", re.M | re.S),
        lambda m: t("click.invalid_value", message=_value_message(m[1])),
    ),
    (
        _Pattern(r"Missing argument (.+?)\.$", re.M),
        lambda m: t("click.missing_argument", name=m[1]),
    ),
    (_Pattern(r"Missing option (.+?)\.", re.M), lambda m: t("click.missing_option", name=m[1])),
    (
        _Pattern(r"Missing parameter (.+?)\.", re.M),
        lambda m: t("click.missing_parameter", name=m[1]),
    ),
    (_Pattern(r"Missing command\."), lambda m: t("click.missing_command")),
    (_Pattern(r"^Choose from:", re.M), lambda m: t("click.choose_from")),
    (_Pattern(r"No such option: (\S+)"), lambda m: t("click.no_such_option", name=m[1])),
    (
        _Pattern(r"\(Possible options: (.+?)\)"),
        lambda m: t("click.possible_options", names=m[1]),
    ),
    (
        _Pattern(r"No such command (.+?)\.(?= |$)", re.M),
        lambda m: t("click.no_such_command", name=m[1]),
    ),
    (_Pattern(r"Did you mean (.+?)\?"), lambda m: t("click.did_you_mean", names=m[1])),
    (
        _Pattern(r"Option (\S+) requires an argument\."),
        lambda m: t("click.requires_value", name=m[1]),
    ),
    (
        _Pattern(r"Option (\S+) requires (\d+) arguments\."),
        lambda m: t("click.requires_values", name=m[1], count=m[2]),
    ),
    (
        _Pattern(r"Option (\S+) does not take a value\."),
        lambda m: t("click.takes_no_value", name=m[1]),
    ),
    (
        _Pattern(r"Got unexpected extra argument\(s\) \((.*)\)$", re.M),
        lambda m: t("click.extra_one" if " " not in m[1] else "click.extra_many", args=m[1]),
    ),
)


def translate(text: str) -> str:
    """Click's English output in the current language (unchanged in English)."""
    if current() == "en":
        return text
    for pattern, replace in _LINE_RULES:
        if pattern.start in text:
            text = pattern.sub(replace, text)
    return text


# --- the words for the kind of value an option takes ------------------------------------

_WORD = _Pattern(r"\b[A-Z][A-Z_]*\b")


def words(metavar: str) -> str:
    """``FILE.json`` -> ``BESTAND.json`` in Dutch: each capital word that has a
    ``metavar.WORD`` message in the current language."""
    known = all_messages()

    def one(m: re.Match[str]) -> str:
        key = f"metavar.{m[0]}"
        return t(key) if key in known else m[0]

    return _WORD.sub(one, metavar)


def type_word(param: Any, ctx: Any) -> str | None:
    """The English word for a parameter's type (``TEXT``, ``NUMBER`` ...), or None."""
    from typer import _types, models
    from typer._click import types

    kind = param.type
    if isinstance(kind, _types.TyperChoice):
        return str(kind.get_metavar(param, ctx)).strip("<>[]")
    if isinstance(kind, models.TyperPath):
        return {"file": "FILE", "directory": "DIRECTORY"}.get(kind.name, "PATH")
    if isinstance(kind, types.File):
        return "FILE"
    if isinstance(kind, types.DateTime):
        return "DATE"
    if isinstance(kind, (types.IntParamType, types.FloatParamType)):
        return "NUMBER"
    if isinstance(kind, types.StringParamType):
        return "TEXT"
    return None


def rewrite_extra(help_text: str) -> str:
    """``...  [default: 20; x>=0]`` -> ``...  [standaard: 20; minstens 0]``."""
    m = re.search(r"(^|  )\[([^\[\]]*)\]$", help_text)
    if not m:
        return help_text
    parts = []
    for part in m[2].split("; "):
        if part.startswith("default: "):
            parts.append(t("click.default", value=part.removeprefix("default: ")))
        elif part.startswith("env var: "):
            parts.append(t("click.env_var", name=part.removeprefix("env var: ")))
        elif part == "required":
            parts.append(t("click.required"))
        else:
            parts.append(describe_range(part))
    return f"{help_text[: m.start()]}{m[1]}[{'; '.join(parts)}]"


# --- --lang in every command, examples at the end ---------------------------------------


def command_names(ctx: Any) -> list[str]:
    """The names of the (sub)commands of ``ctx``, without the program's own name."""
    names: list[str] = []
    while ctx is not None and ctx.parent is not None:
        names.append(ctx.info_name or "")
        ctx = ctx.parent
    return names[::-1]


def examples_key(ctx: Any) -> str:
    return "examples." + (".".join(command_names(ctx)) or "root")


def write_examples(ctx: Any, formatter: Any) -> None:
    key = examples_key(ctx)
    if key not in all_messages():
        return
    with formatter.section(t("click.examples")):
        indent = " " * formatter.current_indent
        for line in t(key).splitlines():
            formatter.write(f"{indent}{line}\n" if line else "\n")


def _lang_option(command: Any) -> Any:
    from typer.core import TyperOption

    option = getattr(command, "_partnerschap_lang", None)
    if option is None:
        option = TyperOption(
            param_decls=["--lang"],
            type=str,
            metavar="nl|en",
            expose_value=False,
            help=t("help.lang"),
        )
        command._partnerschap_lang = option
    return option


_installed = False


def install() -> None:
    """Hook the help formatter, the parameters' help and the error output of the Click that
    Typer uses."""
    global _installed
    if _installed:
        return
    import typer.core
    from typer._click import core, exceptions, formatting

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

    gettext = typer.core._

    def typer_gettext(message: str) -> str:
        if message == "Aborted!" and current() != "en":
            return t("click.aborted")
        return gettext(message)

    typer.core._ = typer_gettext  # type: ignore[attr-defined]

    make_metavar = core.Parameter.make_metavar

    def worded_metavar(self: Any, ctx: Any) -> str:
        if self.metavar is not None:
            return words(self.metavar)
        word = type_word(self, ctx)
        if word is None:
            return make_metavar(self, ctx)
        return words(word) + ("..." if self.nargs != 1 else "")

    core.Parameter.make_metavar = worded_metavar  # type: ignore[method-assign]
    argument_metavar = typer.core.TyperArgument.make_metavar

    def worded_argument_metavar(self: Any, ctx: Any, *, usage: bool = False) -> str:
        return words(argument_metavar(self, ctx, usage=usage))

    typer.core.TyperArgument.make_metavar = worded_argument_metavar  # type: ignore[method-assign]

    for cls in (typer.core.TyperOption, typer.core.TyperArgument):
        record = cls.get_help_record

        def worded_record(self: Any, ctx: Any, _record: Any = record) -> Any:
            rv = _record(self, ctx)
            if rv is None:
                return rv
            return rv[0], rewrite_extra(rv[1])

        cls.get_help_record = worded_record  # type: ignore[method-assign]

    get_params = core.Command.get_params

    def params_with_lang(self: Any, ctx: Any) -> list[Any]:
        params = get_params(self, ctx)
        if any("--lang" in getattr(p, "opts", ()) for p in params):
            return params
        help_option = self.get_help_option(ctx)
        if help_option is not None and params and params[-1] is help_option:
            return [*params[:-1], _lang_option(self), help_option]
        return [*params, _lang_option(self)]

    core.Command.get_params = params_with_lang  # type: ignore[method-assign]
    format_epilog = core.Command.format_epilog

    def epilog_with_examples(self: Any, ctx: Any, formatter: Any) -> None:
        format_epilog(self, ctx, formatter)
        write_examples(ctx, formatter)

    core.Command.format_epilog = epilog_with_examples  # type: ignore[method-assign]
    _installed = True
