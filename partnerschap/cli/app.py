"""The ``partnerschap`` command. Kept light: ``--version`` and ``--help`` import no YAML,
no questionary and no store; each command imports what it needs when it runs."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from typer.core import TyperGroup

from partnerschap import __version__
from partnerschap.cli import click_text, state
from partnerschap.errors import PartnerschapError
from partnerschap.i18n import lang_from_argv
from partnerschap.messages import t

if TYPE_CHECKING:
    import click

# Help texts are built when the app is, so they follow --lang/PARTNERSCHAP_LANG/LANG too.
HELP_LANG = state.resolve(lang_from_argv(sys.argv[1:]))


click_text.install()


def h(key: str) -> str:
    return t(key, HELP_LANG)


def _install_completion(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
    """Typer's --install-completion, saying what it did in the user's language."""
    if not value or ctx.resilient_parsing:
        return value
    from typer._completion_shared import install

    shell, path = install(shell=value) if isinstance(value, str) else install()
    typer.secho(t("click.completion.installed", shell=shell, path=path), fg="green")
    typer.echo(t("click.completion.restart"))
    raise typer.Exit()


class LangGroup(TyperGroup):
    """Accepts ``--lang`` anywhere on the line and renders user errors without a traceback."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        rest: list[str] = []
        lang_option = None
        i = 0
        while i < len(args):
            arg = args[i]
            if arg == "--lang" and i + 1 < len(args):
                lang_option = args[i + 1]
                i += 2
                continue
            if arg.startswith("--lang="):
                lang_option = arg.split("=", 1)[1]
                i += 1
                continue
            if arg == "--":
                rest.extend(args[i:])
                break
            rest.append(arg)
            i += 1
        # Said once, by the outermost group (a command group inside activates again).
        state.activate(lang_option, warn=ctx.parent is None)
        return super().parse_args(ctx, rest)

    def get_params(self, ctx: click.Context) -> list[click.Parameter]:
        """Typer's two completion options, with their help in the user's language."""
        params = super().get_params(ctx)
        for param in params:
            if "--install-completion" in param.opts:
                param.help = t("click.completion.install")
                param.callback = _install_completion
            elif "--show-completion" in param.opts:
                param.help = t("click.completion.show")
        return params

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except PartnerschapError as exc:
            state.fail(exc)
        except (KeyboardInterrupt, EOFError):
            state.interrupted()
        except OSError as exc:  # standard output: before Click makes a closed pipe exit 1
            from partnerschap.cli import streams

            streams.handle(exc)
            raise


app = typer.Typer(
    cls=LangGroup,
    help=h("help.app"),
    no_args_is_help=True,
    add_completion=True,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        sys.stdout.write(f"partnerschap {__version__}\n")
        raise typer.Exit()


@app.callback()
def root(
    version: bool = typer.Option(
        False, "--version", "-V", callback=_version, is_eager=True, help=h("help.version")
    ),
    lang: str = typer.Option(None, "--lang", metavar="nl|en", help=h("help.lang")),
    principles_dir: Path = typer.Option(
        None, "--principles", help=h("help.principles.dir"), file_okay=False
    ),
) -> None:
    """partnerschap."""
    from partnerschap.paths import set_principles_dir

    set_principles_dir(principles_dir)


COMMANDS = (
    "reflect",
    "log",
    "export",
    "principles",
    "drill",
    "analyze",
    "privacy",
    "config",
    "paths",
)


def _register() -> None:
    """Each command's folder has a ``command`` module with ``register(app, h)``."""
    from importlib import import_module

    for name in COMMANDS:
        import_module(f"partnerschap.cli.{name}.command").register(app, h)


_register()


def main() -> None:
    # The program's name in the usage line, and in the completion scripts' variable
    # (_PARTNERSCHAP_COMPLETE), also when run as ``python -m partnerschap``.
    app(prog_name="partnerschap")


if __name__ == "__main__":  # pragma: no cover
    main()
