"""Fault suite for streams, the settings file and permissions (issue 15, items 12-14; issue 14,
item 17): a closed pipe and a full device on standard output, hostile and unknown settings,
a directory where the settings file belongs, and the mode of every folder and file the tool
creates. Each case checks the exit code, the message and what is on disk afterwards."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
import yaml

from partnerschap.log.store import Store
from tests.conftest import REPO
from tests.test_cli_reflect import ANSWERS


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def child_env(home: Path, **extra: str) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "PARTNERSCHAP_HOME": str(home), **extra}
    env.pop("PARTNERSCHAP_REGEX_CACHE", None)
    return env


def run_cli(args, env, stdout, stdin=subprocess.DEVNULL) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "partnerschap", *map(str, args)],
        stdin=stdin,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=REPO,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def many(tmp_path_factory) -> Path:
    """A home with sixty reflections (more than one chunk of an export), shared by the
    stream tests: only read by them, and its pattern cache is warm after the first run."""
    from partnerschap.prompts import ScriptedPrompter
    from partnerschap.reflection.engine import choose_sets
    from partnerschap.reflection.flow import ReflectionFlow
    from partnerschap.sets.catalog import load_catalog

    home = tmp_path_factory.mktemp("streams") / "home"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARTNERSCHAP_HOME", str(home))
        plan = choose_sets(load_catalog(), "partnerschap")
        script = {
            "context.date": "2026-11-20",
            "context.kind": "huisbezoek",
            "context.participants": "moeder",
            "scenario": "angry",
            "next.questions": [],
            "next.intention": "",
            "check:respect.listened": "no",
            "note:respect": "x" * 200,
        }
        with Store.open() as store:
            store.save_many(
                ReflectionFlow(plan, ScriptedPrompter(dict(script)), lang="nl").run()
                for _ in range(60)
            )
    return home


# --- 12: broken streams ---------------------------------------------------------------------

STREAM_COMMANDS = [
    ["export"],
    ["export", "--format", "json"],
    ["log", "list", "--limit", "0"],
    ["log", "list", "--json"],
    ["log", "stats"],
    ["config", "show"],
    ["paths"],
    ["principles", "list"],
    ["principles", "show", "respect"],
    ["analyze", REPO / "tests" / "data" / "transcripts" / "huisbezoek_nl.txt", "-p", "Anna"],
    ["--version"],
]


@pytest.mark.parametrize("args", STREAM_COMMANDS, ids=lambda args: " ".join(map(str, args[:3])))
def test_a_closed_pipe_ends_quietly(many, args):
    """As ``partnerschap export | head -c 100`` when head has gone: the reader's end is
    closed before anything is written, so every write meets a broken pipe (no race)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = run_cli(args, child_env(many), stdout=write_end)
    finally:
        os.close(write_end)
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert "closed database" not in done.stderr
    assert done.returncode == 0, done.stderr


@pytest.mark.skipif(
    not os.path.exists("/usr/bin/head") and not os.path.exists("/bin/head"), reason="needs head"
)
@pytest.mark.parametrize("fmt", ["md", "json"])
def test_export_into_head_as_the_issue_ran_it(many, fmt):
    """``partnerschap export | head -c 100``: the first 100 characters, nothing else said."""
    head = subprocess.Popen(["head", "-c", "100"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    assert head.stdin is not None and head.stdout is not None
    try:
        done = run_cli(["export", "--format", fmt], child_env(many), stdout=head.stdin)
    finally:
        head.stdin.close()
    shown = head.stdout.read()
    head.wait(timeout=60)
    assert len(shown) == 100
    assert done.stderr == ""
    assert done.returncode == 0


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="needs /dev/full")
@pytest.mark.parametrize(
    ("lang", "args"),
    [("nl", args) for args in STREAM_COMMANDS] + [("en", ["export"]), ("en", ["--version"])],
    ids=lambda value: value if isinstance(value, str) else " ".join(map(str, value[:3])),
)
def test_a_full_device_is_an_error(many, args, lang):
    with open("/dev/full", "w") as full:
        done = run_cli(args, child_env(many, PARTNERSCHAP_LANG=lang), stdout=full)
    assert "Traceback" not in done.stderr and "Exception ignored" not in done.stderr
    assert done.returncode == 1, done.stderr
    expected = {
        "nl": "Kon niet naar de standaarduitvoer schrijven",
        "en": "Could not write to standard output",
    }[lang]
    assert expected in done.stderr
    assert os.strerror(28) in done.stderr  # what the system said: no space left on device


# --- 13: the settings file ------------------------------------------------------------------


def settings_file(home: Path) -> Path:
    return home / "config.yaml"


def test_a_newline_in_a_value_writes_no_other_setting(invoke, isolated_home):
    result = invoke("config", "set", "default_set", "x\nlanguage: en")
    no_traceback(result)
    assert result.exit_code == 2
    assert "partnerschap" in result.output and "client-perspective" in result.output
    assert not settings_file(isolated_home).exists()
    shown = invoke("config", "show", "--json")
    assert '"value": "nl"' in shown.stdout


def test_a_newline_cannot_reach_the_file_through_the_library(isolated_home):
    """Even past the command's check, a value is written by the YAML emitter: one key."""
    from partnerschap.config import read_settings, write_setting

    path = write_setting("default_set", "x\nlanguage: en")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert data == {"default_set": "x\nlanguage: en"}
    assert "language" not in read_settings(path)


def test_settings_are_written_as_yaml(invoke, isolated_home):
    assert invoke("config", "set", "default_set", "client-perspective").exit_code == 0
    assert invoke("config", "set", "language", "en").exit_code == 0
    text = settings_file(isolated_home).read_text(encoding="utf-8")
    assert yaml.safe_load(text) == {"default_set": "client-perspective", "language": "en"}
    assert "language: en\n" in text


def test_default_set_accepts_all_and_several(invoke, isolated_home):
    assert invoke("config", "set", "default_set", "all").exit_code == 0
    assert invoke("config", "set", "default_set", "partnerschap,client-perspective").exit_code == 0
    data = yaml.safe_load(settings_file(isolated_home).read_text(encoding="utf-8"))
    assert data == {"default_set": "partnerschap,client-perspective"}


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", "Onbekende set"), ("en", "Unknown set")],
)
def test_unknown_default_set_is_an_error_listing_the_sets(invoke, isolated_home, lang, words):
    result = invoke("--lang", lang, "config", "set", "default_set", "UNKNOWN")
    no_traceback(result)
    assert result.exit_code == 2
    assert "UNKNOWN" in result.output and words in result.output
    assert "partnerschap" in result.output and "client-perspective" in result.output
    assert not settings_file(isolated_home).exists()


def test_a_set_from_the_user_folder_is_a_valid_default(invoke, isolated_home):
    from tests.test_loader import MINIMAL

    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    (folder / "team.yaml").write_text(MINIMAL, encoding="utf-8")
    result = invoke("config", "set", "default_set", "mijnset")
    assert result.exit_code == 0, result.output


def test_a_directory_at_the_settings_path(invoke, isolated_home):
    settings_file(isolated_home).mkdir(parents=True)
    result = invoke("config", "set", "language", "en")
    no_traceback(result)
    assert result.exit_code == 2
    assert str(settings_file(isolated_home)) in result.output.replace("\n", "")
    assert sorted(p.name for p in isolated_home.iterdir()) == ["config.yaml"]
    assert list(settings_file(isolated_home).iterdir()) == []
    # Reading it is harmless: every command still starts.
    assert invoke("paths").exit_code == 0


@pytest.mark.parametrize(
    ("locale", "words"),
    [("C.UTF-8", "taal"), ("en_GB.UTF-8", "language")],
)
def test_an_unknown_language_in_the_file_is_said(invoke, isolated_home, monkeypatch, locale, words):
    isolated_home.mkdir(parents=True)
    settings_file(isolated_home).write_text("# mine\nlanguage: xx\n", encoding="utf-8")
    # The language falls back to the locale's, and the run says why, in that language.
    monkeypatch.setenv("LANG", locale)
    result = invoke("paths")
    no_traceback(result)
    assert result.exit_code == 0
    assert '"xx"' in result.stderr and words in result.stderr
    assert "config.yaml:2" in result.stderr.replace("\n", "")
    assert "nl, en" in result.stderr


def test_a_language_given_on_the_line_needs_no_warning(invoke, isolated_home):
    isolated_home.mkdir(parents=True)
    settings_file(isolated_home).write_text("language: xx\n", encoding="utf-8")
    result = invoke("--lang", "en", "paths")
    assert result.exit_code == 0
    assert "xx" not in result.stderr


def test_config_show_marks_an_unknown_language(invoke, isolated_home):
    isolated_home.mkdir(parents=True)
    settings_file(isolated_home).write_text("language: xx\n", encoding="utf-8")
    result = invoke("config", "show")
    assert result.exit_code == 0
    assert "xx" in result.stderr
    assert "instellingenbestand" not in result.stdout.split("language", 1)[1].split("\n")[0]


def test_an_indented_line_is_not_a_setting(isolated_home):
    """A continued value (as the emitter writes a long one) never becomes a key."""
    from partnerschap.config import read_settings

    isolated_home.mkdir(parents=True)
    settings_file(isolated_home).write_text(
        "default_set: 'x\n\n  language: en'\n", encoding="utf-8"
    )
    assert "language" not in read_settings()


# --- issue 14, item 17: unknown principle for --missed ---------------------------------------


@pytest.mark.parametrize(
    ("lang", "words"),
    [("nl", "Onbekend uitgangspunt"), ("en", "Unknown principle")],
)
def test_log_list_missed_unknown_is_an_error(invoke, make_reflection, lang, words):
    with Store.open() as store:
        store.save(make_reflection(answers={"respect.listened": "no"}))
    result = invoke("--lang", lang, "log", "list", "--missed", "UNKNOWN")
    no_traceback(result)
    assert result.exit_code == 2
    assert "UNKNOWN" in result.output and words in result.output
    assert "respect" in result.output


def test_log_list_missed_known_still_filters(invoke, make_reflection):
    with Store.open() as store:
        store.save(make_reflection(answers={"respect.listened": "no"}))
    for value in ("respect", "partnerschap/respect"):
        result = invoke("log", "list", "--missed", value)
        assert result.exit_code == 0, result.output
        assert "huisbezoek" in result.output
    # A principle of a set that exists, never missed: nothing found, no error.
    result = invoke("log", "list", "--missed", "client-perspective/take-time")
    assert result.exit_code == 0, result.output
    assert "huisbezoek" not in result.output


def test_log_list_missed_wrong_set_is_an_error(invoke, make_reflection):
    with Store.open() as store:
        store.save(make_reflection(answers={"respect.listened": "no"}))
    result = invoke("log", "list", "--missed", "nosuchset/respect")
    no_traceback(result)
    assert result.exit_code == 2
    assert "nosuchset/respect" in result.output


def test_log_list_missed_of_a_removed_set_still_works(invoke, make_reflection, isolated_home):
    """A principle that is only in the log (its set's file was removed) can still be asked."""
    from tests.test_loader import MINIMAL

    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    team = folder / "team.yaml"
    team.write_text(MINIMAL, encoding="utf-8")
    reflection = make_reflection(set_id="mijnset", answers={"luisteren.listened": "no"})
    with Store.open() as store:
        store.save(reflection)
    team.unlink()
    for value in ("luisteren", "mijnset/luisteren"):
        result = invoke("log", "list", "--missed", value)
        assert result.exit_code == 0, result.output
        assert "huisbezoek" in result.output


# --- 14: permissions ------------------------------------------------------------------------


def modes(root: Path) -> dict[str, int]:
    """Every folder and file under ``root`` (and ``root`` itself) with its mode."""
    found = {".": stat.S_IMODE(root.stat().st_mode)}
    for path in root.rglob("*"):
        found[str(path.relative_to(root))] = stat.S_IMODE(path.lstat().st_mode)
    return found


def assert_private(root: Path) -> None:
    wrong = {
        name: oct(mode)
        for name, mode in modes(root).items()
        if mode != (0o700 if (root / name).is_dir() else 0o600)
    }
    assert wrong == {}, wrong


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    return path


TRANSCRIPT = REPO / "tests" / "data" / "transcripts" / "huisbezoek_nl.txt"

FIRST_COMMANDS = {
    "config": ["config", "set", "language", "en"],
    "drill": ["drill", "-n", "1", "--answers", "1"],
    "analyze": ["analyze", TRANSCRIPT, "--professional", "Anna"],
    "reflect": ["reflect", "--answers", "{answers}"],
}


@pytest.mark.parametrize("first", sorted(FIRST_COMMANDS))
def test_the_data_folder_is_private_whichever_command_runs_first(tmp_path, answers, first):
    home = tmp_path / "new" / "home"
    args = [str(a).replace("{answers}", str(answers)) for a in FIRST_COMMANDS[first]]
    done = run_cli(args, child_env(home), stdout=subprocess.PIPE)
    assert done.returncode == 0, done.stderr
    assert home.is_dir()
    assert_private(tmp_path / "new")


@pytest.mark.parametrize("first", sorted(FIRST_COMMANDS))
def test_the_platform_folders_are_private(tmp_path, answers, first):
    """Without PARTNERSCHAP_HOME: the config, data and cache folders of the platform."""
    root = tmp_path / "user"
    env = child_env(tmp_path / "unused")
    del env["PARTNERSCHAP_HOME"]
    env.pop("PARTNERSCHAP_NO_CONFIG", None)
    env.update(
        XDG_CONFIG_HOME=str(root / "config"),
        XDG_DATA_HOME=str(root / "data"),
        XDG_CACHE_HOME=str(root / "cache"),
        XDG_STATE_HOME=str(root / "state"),
    )
    args = [str(a).replace("{answers}", str(answers)) for a in FIRST_COMMANDS[first]]
    done = run_cli(args, env, stdout=subprocess.PIPE)
    assert done.returncode == 0, done.stderr
    if first in ("analyze", "reflect"):
        assert (root / "cache" / "partnerschap").is_dir()  # the pattern cache
    assert_private(root)


def test_an_existing_cache_file_is_rewritten_private(tmp_path):
    home = tmp_path / "home"
    from partnerschap import regex_cache

    cache = home / "cache"
    cache.mkdir(parents=True)
    os.chmod(cache, 0o755)  # as an earlier release left it
    stale = cache / regex_cache.FILE_NAME
    stale.write_bytes(b"not marshal")
    os.chmod(stale, 0o644)
    done = run_cli(
        ["analyze", TRANSCRIPT, "--professional", "Anna"], child_env(home), subprocess.PIPE
    )
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE(stale.stat().st_mode) == 0o600
    assert stat.S_IMODE(cache.stat().st_mode) == 0o700


def test_written_files_and_new_folders_are_private(invoke, answers, make_reflection, tmp_path):
    with Store.open() as store:
        store.save_many([make_reflection(), make_reflection(date="2026-11-21")])
    out = tmp_path / "out"
    out.mkdir()
    calls = [
        ("export", "--output", out / "exports" / ""),
        ("export", "--format", "json", "--output", out / "backup.json"),
        ("export", "--output", out / "all.md"),
        ("reflect", "--answers", answers, "--no-save", "--output", out / "reflectie.md"),
        ("analyze", TRANSCRIPT, "--professional", "Anna", "-o", out / "analyse.md"),
        ("principles", "init", out / "sets" / "team" / "team.yaml"),
        ("drill", "-n", "1", "--answers", "1", "--no-save", "--results", out / "drill.json"),
    ]
    for call in calls:
        args = [str(a) + ("/" if a == out / "exports" / "" else "") for a in call]
        result = invoke(*args)
        no_traceback(result)
        assert result.exit_code == 0, (call, result.output)
    assert (out / "exports").is_dir() and len(list((out / "exports").iterdir())) == 2
    wrong = {
        name: oct(mode)
        for name, mode in modes(out).items()
        if name != "." and mode != (0o700 if (out / name).is_dir() else 0o600)
    }
    assert wrong == {}, wrong


def test_an_existing_folder_keeps_its_mode(invoke, make_reflection, tmp_path):
    """Only what the tool creates is made private: a folder the user had stays as it was."""
    with Store.open() as store:
        store.save(make_reflection())
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o755)
    assert invoke("export", "--output", f"{shared}/").exit_code == 0
    assert stat.S_IMODE(shared.stat().st_mode) == 0o755


# --- the test run itself writes nothing outside its temporary folders ------------------------


def test_the_test_run_keeps_every_folder_in_a_temporary_one():
    """Every place the tool could write, with PARTNERSCHAP_HOME, without it or with it empty,
    is inside the session's temporary folder, never in the user's home (a full run once
    left a file in ~/.cache/partnerschap)."""
    from tests.conftest import PLATFORM_HOME

    session = PLATFORM_HOME.parent.resolve()
    code = (
        "from partnerschap import paths, regex_cache, config\n"
        "print(paths.data_dir()); print(paths.config_dir()); print(regex_cache.cache_path())\n"
        "print(config.config_path()); print(paths.user_principles_dir())\n"
    )
    for home in ("as set", None, ""):
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        env.pop("PARTNERSCHAP_REGEX_CACHE", None)
        if home is None:
            env.pop("PARTNERSCHAP_HOME", None)
        elif home == "":
            env["PARTNERSCHAP_HOME"] = ""
        lines = subprocess.run(
            [sys.executable, "-c", code],
            capture_output=True,
            text=True,
            env=env,
            cwd=REPO,
            check=True,
        ).stdout.splitlines()
        assert len(lines) == 5
        for line in lines:
            where = Path(line).resolve()
            assert where.is_relative_to(Path(tempfile.gettempdir()).resolve()), (home, where)
            if home != "as set":
                assert where.is_relative_to(session), (home, where)


def test_a_run_without_home_writes_into_the_session_folder(answers):
    """A command run without PARTNERSCHAP_HOME leaves its files in the session's folder."""
    from tests.conftest import PLATFORM_HOME

    env = {**os.environ, "PYTHONPATH": str(REPO)}
    env.pop("PARTNERSCHAP_HOME", None)
    env.pop("PARTNERSCHAP_REGEX_CACHE", None)
    done = run_cli(["reflect", "--answers", answers, "--no-save"], env, subprocess.PIPE)
    assert done.returncode == 0, done.stderr
    assert list((PLATFORM_HOME / "cache" / "partnerschap").iterdir())
