"""Click's usage errors and help boilerplate follow the user's language."""

from __future__ import annotations

import pytest
from typer.testing import CliRunner

from partnerschap.cli.app import COMMANDS, app

runner = CliRunner()
ENGLISH_CLICK = ("Show this message and exit.", "Usage:", "Options:", "Commands:", "Error:")


def test_missing_argument_in_dutch() -> None:
    result = runner.invoke(app, ["--lang", "nl", "principles", "show"])
    assert result.exit_code == 2
    assert "Fout: Argument 'ID' ontbreekt." in result.output
    assert "show -h' voor hulp." in result.output
    assert "Missing argument" not in result.output


def test_extra_arguments_singular_and_plural() -> None:
    one = runner.invoke(app, ["--lang", "nl", "paths", "x"])
    two = runner.invoke(app, ["--lang", "nl", "paths", "x", "y"])
    assert "Onverwacht extra argument: x" in one.output
    assert "Onverwachte extra argumenten: x y" in two.output


def test_english_stays_english() -> None:
    result = runner.invoke(app, ["--lang", "en", "log", "list", "--bogus"])
    assert result.exit_code == 2
    assert "Error: No such option: --bogus" in result.output


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_dutch_help_has_no_english_click_words(command: str) -> None:
    args = ["--lang", "nl", *([command] if command else []), "--help"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0
    assert "Gebruik: " in result.output
    for word in ENGLISH_CLICK:
        assert word not in result.output
