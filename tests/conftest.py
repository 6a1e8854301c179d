"""Shared fixtures: every test runs with a temporary home and a fixed environment."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings

REPO = Path(__file__).resolve().parent.parent

# Property tests are deterministic (the same examples on every run, in CI and on a fresh
# clone) and write no example database into the repository.
settings.register_profile("partnerschap", derandomize=True, database=None, print_blob=True)
settings.load_profile("partnerschap")
PRINCIPLES = REPO / "principles"

# Before any test module is imported: modules compile patterns through the pattern cache
# at import, which would otherwise read (and at exit write) the user's own cache folder.
# Removed at exit after the cache is saved there (exit handlers run last-registered first).
_SESSION_HOME = tempfile.mkdtemp(prefix="partnerschap-tests-")
atexit.register(shutil.rmtree, _SESSION_HOME, ignore_errors=True)
os.environ["PARTNERSCHAP_HOME"] = _SESSION_HOME
# The platform's folders too, for a test (or a child process) that runs without
# PARTNERSCHAP_HOME or with it empty: the user's own ~/.cache, ~/.config and
# ~/.local/share are never written by the tests (platformdirs follows these on Linux and
# the BSDs; PARTNERSCHAP_HOME covers macOS and Windows).
PLATFORM_HOME = Path(_SESSION_HOME) / "platform"
for _var, _folder in (
    ("XDG_CACHE_HOME", "cache"),
    ("XDG_CONFIG_HOME", "config"),
    ("XDG_DATA_HOME", "data"),
    ("XDG_STATE_HOME", "state"),
):
    os.environ[_var] = str(PLATFORM_HOME / _folder)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary PARTNERSCHAP_HOME and a Dutch, colourless environment for every test."""
    home = tmp_path / "home"
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(home))
    for var in (
        "PARTNERSCHAP_LANG",
        "PARTNERSCHAP_PRINCIPLES",
        "PARTNERSCHAP_SET",
        "LC_ALL",
        "LC_MESSAGES",
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    from partnerschap.i18n import set_current

    set_current("nl")
    return home


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


@pytest.fixture
def invoke(runner):
    """Run the CLI in-process: ``invoke("reflect", "--answers", f)`` -> click Result."""
    from partnerschap.cli.app import app

    def _invoke(*args: str, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input)

    return _invoke


@pytest.fixture
def make_reflection():
    """Build a complete reflection through the real flow (store tests):
    ``make_reflection(date="2026-11-20", answers={"respect.listened": "no"}, notes=...)``."""
    from functools import lru_cache

    from partnerschap.prompts import ScriptedPrompter
    from partnerschap.reflection.engine import choose_sets
    from partnerschap.reflection.flow import ReflectionFlow
    from partnerschap.sets.catalog import load_catalog

    plan_for = lru_cache(maxsize=None)(lambda set_id: choose_sets(load_catalog(), set_id))

    def _make(
        *,
        date="2026-11-20",
        kind="huisbezoek",
        participants="moeder",
        scenario="angry",
        answers=None,
        notes=None,
        strengths=None,
        questions=(),
        intention="",
        set_id="partnerschap",
        lang="nl",
    ):
        script = {
            "context.date": date,
            "context.kind": kind,
            "context.participants": participants,
            "scenario": scenario,
            "next.questions": list(questions),
            "next.intention": intention,
        }
        script.update({f"check:{ref}": value for ref, value in (answers or {}).items()})
        script.update({f"note:{pid}": note for pid, note in (notes or {}).items()})
        if strengths is not None:
            script["strengths"] = strengths
        plan = plan_for(set_id)
        return ReflectionFlow(plan, ScriptedPrompter(script), lang=lang).run()

    return _make


@pytest.fixture
def keyboard(monkeypatch):
    """Type keys into the next interactive run: ``keyboard("huisbezoek\\r" + ...)``.

    Each call makes a fresh prompt_toolkit pipe holding exactly these keys, read by the real
    questionary prompts (and the drill's single-key reader). The pipe is closed at once, so a
    flow that wants more keys than the test typed ends with end-of-input instead of hanging.
    """
    from contextlib import ExitStack

    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from partnerschap.cli import prompter as prompter_module
    from partnerschap.cli.drill import keys as drill_keys

    with ExitStack() as stack:

        def type_keys(keys: str) -> None:
            pipe = stack.enter_context(create_pipe_input())
            output = DummyOutput()
            pipe.send_text(keys)
            pipe.close()
            monkeypatch.setattr(
                prompter_module,
                "make_prompter",
                lambda: prompter_module.QuestionaryPrompter(input=pipe, output=output),
            )
            monkeypatch.setattr(
                drill_keys,
                "make_key_reader",
                lambda: drill_keys.PromptToolkitKeyReader(pipe, output),
            )

        yield type_keys
