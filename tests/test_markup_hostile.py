"""User text is never read as rich markup (issue 15, item 3).

A kind ``huis[/x]bezoek`` crashed ``reflect`` and every later ``log show``; a trainee named
``[/x]…`` crashed ``drill report``; ``[link=…]`` in a title came out as a terminal hyperlink
and ``[bold red]`` as styling. Every renderer runs here over hostile text, on a console that
believes it is a colour terminal (so a hyperlink or a style would really be written), and
must show the text literally: exit code as usual, the text itself in the output, no
hyperlink escape, no traceback.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from partnerschap.markdown_text import escape_inline
from tests.test_cli_reflect import ANSWERS as PLAIN_ANSWERS
from tests.test_reflect_interactive import ENTER, quick_keys

CLOSE = "huis[/x]bezoek"
LINK = "[link=file:///etc/passwd]x[/link]"
RED = "[bold red]rood[/bold red]"
EMOJI = "hallo :warning: daar"
HOSTILE = (CLOSE, LINK, RED, EMOJI)
FILE_NAME = "[bold red]rood [link=file:x]y.txt"  # markup without a slash: a file's name
# Not markup but the same hole one level down: escape sequences (a hyperlink, clear screen)
# in text read from a file. rich keeps ESC in a Text; the consoles must not write it.
ESCAPES = "\x1b]8;;file:///etc/passwd\x1b\\stiekem\x1b]8;;\x1b\\ \x1b[2Jweg\x9b2J"

HYPERLINK = "\x1b]8;"
SGR = re.compile(r"\x1b\[[0-9;]*m")


@pytest.fixture(autouse=True)
def colour_terminal(monkeypatch):
    """rich writes styles and hyperlinks as it would on a real terminal."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("FORCE_COLOR", "1")
    monkeypatch.setenv("TTY_COMPATIBLE", "1")
    monkeypatch.setenv("TERM", "xterm-256color")
    monkeypatch.setenv("COLUMNS", "220")


def shown(result) -> str:
    """Everything the command wrote, styles removed (a style may sit inside a cell)."""
    text = result.stdout + result.stderr
    assert HYPERLINK not in text
    assert "Traceback" not in text and "MarkupError" not in text, text
    assert result.exception is None or isinstance(result.exception, SystemExit), repr(
        result.exception
    )
    out = SGR.sub("", text)
    assert "\x1b" not in out and "\x9b" not in out, repr(out)  # only rich's own styles
    return out


def test_the_console_really_writes_styles(invoke):
    """Otherwise every check for a hyperlink here would pass for the wrong reason."""
    result = invoke("principles", "list")
    assert result.exit_code == 0 and SGR.search(result.stdout)


def assert_literal(result, *texts: str, code: int = 0) -> str:
    out = shown(result)
    assert result.exit_code == code, out
    for text in texts:
        assert text in out, (text, out)
    return out


# --- reflect, log, export, import ----------------------------------------------------------

ANSWERS = f"""\
set: partnerschap
scenario: angry
language: nl
context: {{date: 2026-11-20, kind: "{CLOSE}", participants: ["{LINK}", "{RED}"]}}
answers: {{respect.listened: nee, signs-of-safety.compliments: deels, details.concrete: ja}}
notes: {{respect: "{LINK} en {EMOJI}"}}
strengths: "{RED} sterk"
next_step: "{CLOSE} {RED}"
"""


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    return path


def test_reflect_with_an_answers_file_shows_the_text_and_saves(invoke, answers):
    assert_literal(invoke("reflect", "--answers", answers), CLOSE, LINK, RED)
    listed = json.loads(invoke("log", "list", "--json").stdout)
    assert [row["kind"] for row in listed] == [CLOSE]


@pytest.fixture
def saved(make_reflection) -> str:
    """A reflection with hostile text in every typed field, saved through the core (so the
    log commands are tested apart from ``reflect``)."""
    from partnerschap.log.store import Store

    reflection = make_reflection(
        kind=CLOSE,
        participants=f"{LINK}, {RED}",
        answers={"respect.listened": "no", "details.concrete": "yes"},
        notes={"respect": f"{LINK} en {EMOJI}"},
        strengths=f"{RED} sterk",
        questions=[],
        intention=f"{CLOSE} {RED}",
    )
    with Store.open() as store:
        store.save(reflection)
    return reflection.id


def test_log_list_search_and_stats(invoke, saved):
    assert_literal(invoke("log", "list"), CLOSE)
    assert_literal(invoke("log", "search", "rood"), CLOSE, RED)
    assert_literal(invoke("log", "search", "passwd"), LINK)
    assert_literal(invoke("log", "stats"), CLOSE, RED)


def test_log_show(invoke, saved):
    assert_literal(invoke("log", "show", saved), CLOSE, LINK, RED, EMOJI)


def test_delete_confirmation_names_the_kind(invoke, saved):
    result = invoke("log", "delete", saved, input="nee\n")
    assert_literal(result, CLOSE, code=1)


def test_markdown_export_is_markdown_not_rich(invoke, saved):
    result = invoke("export", "--keep-identifiers")
    out = result.stdout
    assert result.exit_code == 0, result.output
    assert "\x1b" not in out  # no terminal codes at all: the export is not rendered by rich
    for text in (CLOSE, LINK, RED):
        assert escape_inline(text) in out, (text, out)


def test_json_export_to_stdout_and_import_elsewhere(invoke, saved, tmp_path, monkeypatch):
    result = invoke("export", "--format", "json", "--keep-identifiers")
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout
    data = json.loads(result.stdout)
    assert data["reflections"][0]["context"]["kind"] == CLOSE
    backup = tmp_path / "backup.json"
    backup.write_text(result.stdout, encoding="utf-8")
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "elders"))
    imported = invoke("import", backup)
    assert_literal(imported)
    assert_literal(invoke("log", "show", saved), CLOSE, LINK, RED, EMOJI)
    assert_literal(invoke("log", "list"), CLOSE)


def test_typed_reflection(invoke, keyboard):
    keys, _ = quick_keys("angry", "n")
    keys = keys.replace("huisbezoek", CLOSE, 1).replace("moeder, vader", LINK, 1)
    keys += ENTER + RED + ENTER  # no question chosen; the intention
    keyboard(keys)
    result = invoke("reflect", "--quick")
    assert_literal(result, CLOSE, LINK, RED)
    rid = json.loads(invoke("log", "list", "--json").stdout)[0]["id"]
    assert_literal(invoke("log", "show", rid), CLOSE, LINK, RED)


def test_the_privacy_review_of_a_typed_note(invoke, keyboard):
    from tests.test_privacy_cli import keys_until_the_choice

    note = f"{RED} moeder Fatima belde op 0612345678 {LINK}"
    keyboard(keys_until_the_choice(note) + ENTER)  # replace by placeholders
    result = invoke("reflect", "--quick")
    assert_literal(result, f"wordt: {RED} moeder [NAAM-1] belde op [TELEFOON] {LINK}")


# --- a user's own set ----------------------------------------------------------------------

HOSTILE_SET = f"""\
schema: 1
id: vijandig
version: "{CLOSE}"
title: {{nl: "{LINK}", en: "{LINK}"}}
source: "{RED}"
principles:
  - id: luisteren
    title: {{nl: "{CLOSE}", en: "{CLOSE}"}}
    explanation: {{nl: "{RED} uitleg", en: "{RED} uitleg"}}
    source: "{EMOJI}"
    checks:
      - id: listened
        text: {{nl: "{LINK} geluisterd?", en: "{LINK} geluisterd?"}}
      - id: summarised
        text: {{nl: "{CLOSE} samengevat?", en: "{CLOSE} samengevat?"}}
    example_questions:
      - {{nl: "{RED} vraag?", en: "{RED} vraag?"}}
      - {{nl: "{CLOSE} vraag?", en: "{CLOSE} vraag?"}}
      - {{nl: "{LINK} vraag?", en: "{LINK} vraag?"}}
scenarios:
  - id: angry
    title: {{nl: "{EMOJI}", en: "{EMOJI}"}}
    description: {{nl: Ouders werden boos., en: Parents got angry.}}
    focus: [luisteren.listened]
general_questions:
  - {{nl: "{CLOSE} algemeen?", en: "{CLOSE} algemeen?"}}
"""


@pytest.fixture
def hostile_set(isolated_home: Path) -> Path:
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    path = folder / "vijandig.yaml"
    path.write_text(HOSTILE_SET, encoding="utf-8")
    return path


def test_principles_list_and_show(invoke, hostile_set):
    assert_literal(invoke("principles", "list", "--set", "vijandig"), CLOSE, LINK, RED)
    assert_literal(invoke("principles", "list"), CLOSE, LINK)  # the table of every set
    shown_principle = invoke("principles", "show", "luisteren", "--set", "vijandig")
    assert_literal(shown_principle, CLOSE, LINK, RED, EMOJI)


def test_reflect_over_the_hostile_set(invoke, hostile_set, tmp_path):
    path = tmp_path / "antwoorden.yaml"
    path.write_text(
        "set: vijandig\nscenario: angry\ncontext: {date: 2026-11-20}\n"
        "answers: {luisteren.listened: nee}\n",
        encoding="utf-8",
    )
    assert_literal(invoke("reflect", "--answers", path), CLOSE, RED, EMOJI)
    rid = json.loads(invoke("log", "list", "--json").stdout)[0]["id"]
    assert_literal(invoke("log", "show", rid), CLOSE, EMOJI)
    assert_literal(invoke("log", "stats"), CLOSE)


def test_a_broken_set_with_a_hostile_file_name(invoke, isolated_home):
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    name = "[bold red]rood[bold red].yaml"  # no slash: a real file name
    (folder / name).write_text("schema: 1\nid: kapot\n", encoding="utf-8")
    assert_literal(invoke("principles", "list"), name)
    assert_literal(invoke("principles", "validate", folder / name), name, code=2)


# --- drills --------------------------------------------------------------------------------


def test_drill_and_report_with_hostile_trainee_names(invoke, tmp_path):
    folder = tmp_path / "groep"
    folder.mkdir()
    for name in (CLOSE, LINK, RED):
        result = invoke(
            "drill", "--seed", "3", "-n", "2", "--name", name, "--no-save", "--answers", "1,2",
            "--results", folder / f"{len(list(folder.iterdir()))}.json",
        )  # fmt: skip
        assert_literal(result)
    assert_literal(invoke("drill", "report", folder), CLOSE, LINK, RED)
    markdown = tmp_path / "groep.md"
    assert_literal(invoke("drill", "report", folder, "--output", markdown), CLOSE)
    text = markdown.read_text(encoding="utf-8")
    assert "\x1b" not in text
    # escaped for markdown, so a viewer shows the name as typed and makes no link of it
    assert f"| {escape_inline(LINK)} |" in text and "](" not in text


def test_drill_report_names_a_skipped_hostile_file(invoke, tmp_path):
    folder = tmp_path / "groep"
    folder.mkdir()
    invoke("drill", "--seed", "3", "-n", "2", "--no-save", "--answers", "1,2", "--results",
           folder / "goed.json")  # fmt: skip
    broken = FILE_NAME.replace(".txt", ".json")
    (folder / broken).write_text("{", encoding="utf-8")
    assert_literal(invoke("drill", "report", folder), broken)


# --- transcripts and privacy ----------------------------------------------------------------

TRANSCRIPT = f"""\
Anna: Goedemiddag, wat vindt u belangrijk bij dit {CLOSE}?
Vader: Dat u luistert. {RED}
Anna: Wat ik hoor is dat u wilt dat ik luister. {LINK}
Vader: Ja. {EMOJI}
"""


def test_analyze(invoke, tmp_path):
    path = tmp_path / "gesprek.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    result = invoke("analyze", path, "--professional", "Anna", "--keep-identifiers")
    assert_literal(result, CLOSE)  # the quote of the open question
    explained = invoke("analyze", path, "-p", "Anna", "--explain", "3", "--keep-identifiers")
    assert_literal(explained, LINK, RED)  # the turn and the one before it
    explained = invoke("analyze", path, "-p", "Anna", "--explain", "4", "--keep-identifiers")
    assert_literal(explained, EMOJI)


def test_analyze_text_written_to_a_file(invoke, tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text(TRANSCRIPT, encoding="utf-8")
    target = tmp_path / "rapport.txt"
    args = ("analyze", path, "-p", "Anna", "--keep-identifiers", "-o", target)
    assert_literal(invoke(*args, "--explain", "3"))
    text = target.read_text(encoding="utf-8")
    for literal in (FILE_NAME, CLOSE, LINK, RED):
        assert literal in text, (literal, text)


def test_analyze_a_file_with_a_hostile_name(invoke, tmp_path):
    path = tmp_path / FILE_NAME
    path.write_text(TRANSCRIPT, encoding="utf-8")
    assert_literal(invoke("analyze", path, "--professional", "Anna"), FILE_NAME)


def test_analyze_with_a_hostile_professional(invoke, tmp_path):
    path = tmp_path / "gesprek.txt"
    path.write_text(TRANSCRIPT, encoding="utf-8")
    result = invoke("analyze", path, "--professional", RED)
    assert_literal(result, RED, code=2)  # no such speaker


def test_privacy_check(invoke, tmp_path):
    path = tmp_path / "notities.txt"
    path.write_text(f"{RED} moeder Fatima belde op 0612345678. {LINK}\n", encoding="utf-8")
    result = invoke("privacy", "check", path)
    assert_literal(result, "Fatima", code=1)
    redacted = invoke("privacy", "check", path, "--redact")
    assert_literal(redacted, RED, LINK, code=1)


# --- errors naming what the user gave -------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["reflect", "--answers"],
        ["analyze"],
        ["privacy", "check"],
        ["import"],
        ["principles", "validate"],
    ],
)
def test_a_missing_file_with_a_hostile_name(invoke, tmp_path, command):
    result = invoke(*command, tmp_path / CLOSE / FILE_NAME)
    out = shown(result)
    assert result.exit_code in (1, 2), out
    assert FILE_NAME in out, out


@pytest.mark.parametrize(
    "args",
    [
        ["log", "show", RED],
        ["principles", "list", "--set", LINK],
        ["principles", "show", CLOSE],
        ["drill", "--list", "--set", RED],
        ["export", "--since", CLOSE],
        ["--lang", LINK, "log", "list"],
        ["drill", "--type", RED],  # a usage error of Click's own
        ["log", "list", "--limit", CLOSE],
    ],
)
def test_an_error_naming_a_hostile_value(invoke, tmp_path, args):
    answers = tmp_path / "gewoon.yaml"
    answers.write_text(PLAIN_ANSWERS, encoding="utf-8")
    assert invoke("reflect", "--answers", answers).exit_code == 0  # a log to look in
    result = invoke(*args)
    out = shown(result)
    assert result.exit_code == 2, out
    assert any(text in out for text in HOSTILE), out


# --- escape sequences ------------------------------------------------------------------------


@pytest.fixture
def escaped(make_reflection) -> str:
    from partnerschap.log.store import Store

    reflection = make_reflection(
        kind=f"huisbezoek {ESCAPES}",
        participants=ESCAPES,
        answers={"respect.listened": "no"},
        notes={"respect": f"noot {ESCAPES}"},
        intention=f"stap {ESCAPES}",
    )
    with Store.open() as store:
        store.save(reflection)
    return reflection.id


def test_escape_sequences_in_a_reflection_are_not_written(invoke, escaped):
    for args in (
        ["log", "list"],
        ["log", "show", escaped],
        ["log", "search", "stiekem"],
        ["log", "stats"],
    ):
        assert_literal(invoke(*args), "stiekem", "weg")


def test_escape_sequences_in_an_answers_file(invoke, tmp_path):
    import yaml

    path = tmp_path / "antwoorden.yaml"
    data = {
        "set": "partnerschap",
        "scenario": "angry",
        "context": {"date": "2026-11-20", "kind": ESCAPES, "participants": [ESCAPES]},
        "answers": {"respect.listened": "nee"},
        "next_step": ESCAPES,
    }
    path.write_text(yaml.safe_dump(data, allow_unicode=False), encoding="utf-8")
    assert_literal(invoke("reflect", "--answers", path), "stiekem", "weg")


def test_escape_sequences_in_a_set(invoke, hostile_set):
    title = 'title: {nl: "\\e]8;;file:x\\e\\\\xx\\e[2J"'  # YAML's own escapes
    hostile_set.write_text(HOSTILE_SET.replace(f'title: {{nl: "{CLOSE}"', title), encoding="utf-8")
    import yaml

    data = yaml.safe_load(hostile_set.read_text(encoding="utf-8"))
    assert data["principles"][0]["title"]["nl"] == "\x1b]8;;file:x\x1b\\xx\x1b[2J"
    assert_literal(invoke("principles", "list", "--set", "vijandig"), "xx")
    assert_literal(invoke("principles", "show", "luisteren", "--set", "vijandig"), "xx")


# --- the module itself -----------------------------------------------------------------------


def test_a_literal_console_reads_no_markup_even_when_asked():
    import io

    from rich.panel import Panel
    from rich.table import Table

    from partnerschap.cli.safe_text import make_console, plain

    buffer = io.StringIO()
    console = make_console(file=buffer, width=120, force_terminal=True)
    table = Table(title=RED)
    table.add_column(LINK)
    table.add_row(CLOSE)
    console.print(CLOSE, markup=True, emoji=True)
    console.print(table)
    console.print(Panel(EMOJI, title=plain(LINK), subtitle=plain(ESCAPES)))
    out = buffer.getvalue()
    assert HYPERLINK not in out
    plain_out = SGR.sub("", out)
    for text in HOSTILE:
        assert text in plain_out, (text, plain_out)
    assert "\\x1b]8;;file:///etc/passwd" in plain_out  # shown, not obeyed
    assert plain("a\x00b\tc\nd\x9b").plain == "a\\x00b\tc\nd\\x9b"
