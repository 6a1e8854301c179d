"""Long questions and messages break between words, never inside one.

A terminal does not wrap words: a prompt or message longer than the line was broken
wherever the edge fell (``(Enter = geen notit`` / ``ie)``, ``log show 4376f`` / ``e127a``).
The questions are rendered here by prompt_toolkit into a 60-column screen, as a terminal
would show them; the messages by the stderr console on a terminal and in a pipe.
"""

from __future__ import annotations

import io
import re

import pytest
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from rich.console import Console

from partnerschap.cli import safe_text
from partnerschap.cli.prompter import QuestionaryPrompter
from partnerschap.prompts import Choice

WIDTH = 60
CSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
NOTE = (
    "Notitie bij Ga na wat de ouder of jeugdige wil: wat deed je concreet, "
    "en wat zou je de volgende keer anders doen?"
)
CHECK = "Heb je de ouders gevraagd wat zij willen bereiken met hun kind op school?"
CHECK_HINT = "(j = ja, d = deels, n = nee, v = nvt)"


def drawn(raw: str) -> list[list[str]]:
    """The drawings of a prompt (prompt_toolkit erases, then draws), each as its lines."""
    drawings = [CSI.sub("", d).replace("\r", "") for d in raw.split("\x1b[J")]
    return [d.rstrip("\n").split("\n") for d in drawings if d.strip()]


def last_screen(raw: str) -> list[str]:
    """The lines of the last drawing of the prompt (after the answer), as shown."""
    return drawn(raw)[-1]


def ask(keys: str, asking, width: int = WIDTH) -> tuple[object, list[str]]:
    buf = io.StringIO()
    output = Vt100_Output(buf, lambda: Size(rows=24, columns=width), term="xterm")
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        answer = asking(QuestionaryPrompter(input=pipe, output=output))
    return answer, last_screen(buf.getvalue())


def words_of(lines: list[str]) -> list[str]:
    return " ".join(line.strip() for line in lines).split()


def test_a_long_note_question_breaks_between_words_and_keeps_its_hint_whole():
    answer, lines = ask(
        "Ik vroeg niet door.\r",
        lambda p: p.text("note", NOTE, instruction="(Enter = geen notitie)"),
    )
    assert answer == "Ik vroeg niet door."
    assert all(len(line) <= WIDTH for line in lines), lines
    assert words_of(lines) == [
        "?",
        *NOTE.split(),
        "(Enter",
        "=",
        "geen",
        "notitie)",
        "Ik",
        "vroeg",
        "niet",
        "door.",
    ]
    # later lines start under the question's first word
    assert all(line.startswith("  ") and not line.startswith("   ") for line in lines[1:])
    assert any(line.strip().startswith("(Enter = geen notitie)") for line in lines)


def test_a_check_whose_hint_does_not_fit_puts_the_hint_on_a_line_of_its_own():
    question = (
        "Heb je de ouders gevraagd wat zij willen bereiken, ook als dat anders is dan wat jij wilt?"
    )
    choices = [Choice("yes", "ja", shortcut="j"), Choice("no", "nee", shortcut="n")]
    buf = io.StringIO()
    output = Vt100_Output(buf, lambda: Size(rows=24, columns=WIDTH), term="xterm")
    with create_pipe_input() as pipe:
        pipe.send_text("j\r")
        answer = QuestionaryPrompter(input=pipe, output=output).select(
            "c", question, choices, instruction=CHECK_HINT
        )
    assert answer == "yes"
    first, last = drawn(buf.getvalue())[0], drawn(buf.getvalue())[-1]
    assert first[:3] == [
        "? Heb je de ouders gevraagd wat zij willen bereiken, ook",
        "  als dat anders is dan wat jij wilt?",
        "  " + CHECK_HINT,
    ]
    assert last == [  # once answered, the answer follows the question
        "? Heb je de ouders gevraagd wat zij willen bereiken, ook",
        "  als dat anders is dan wat jij wilt? ja",
    ]


@pytest.mark.parametrize("width", [40, 80, 120])
def test_the_hint_is_never_split_at_any_width(width):
    choices = [Choice("yes", "ja", shortcut="j"), Choice("no", "nee", shortcut="n")]
    buf = io.StringIO()
    output = Vt100_Output(buf, lambda: Size(rows=24, columns=width), term="xterm")
    with create_pipe_input() as pipe:
        pipe.send_text("n\r")
        QuestionaryPrompter(input=pipe, output=output).select(
            "c", CHECK, choices, instruction=CHECK_HINT
        )
    first_drawing = drawn(buf.getvalue())[0]
    assert any(CHECK_HINT in line for line in first_drawing), first_drawing
    assert all(len(line) <= width for line in first_drawing), first_drawing
    assert first_drawing[0].startswith("? Heb je")


def terminal(width: int) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    console = safe_text.make_console(file=buf, width=width, force_terminal=True, color_system=None)
    return console, buf


def test_a_message_on_a_terminal_wraps_between_words_and_keeps_a_path_whole():
    path = "/home/hulpverlener/.local/share/partnerschap/concepten/2026-12-03-huisbezoek.json"
    message = f"Je concept is bewaard; je antwoorden en notities zijn terug. Bestand: {path}"
    console, buf = terminal(50)
    safe_text.say(console, message)
    lines = buf.getvalue().rstrip("\n").split("\n")
    assert lines[0] == "Je concept is bewaard; je antwoorden en notities"
    assert path in lines  # on a line of its own, whole, for the terminal to fold
    assert words_of(lines) == message.split()


def test_a_message_in_a_pipe_stays_one_line_for_a_script():
    buf = io.StringIO()
    console = safe_text.make_console(file=buf, width=50)
    message = "Je concept is bewaard; je antwoorden en notities zijn terug: log show 4376fe127a"
    safe_text.say(console, message)
    assert buf.getvalue() == message + "\n"


def test_a_message_keeps_its_own_line_breaks_and_shows_markup_literally():
    console, buf = terminal(40)
    safe_text.say(console, "Eerste regel [bold]blijft[/bold]\ntweede regel")
    assert buf.getvalue() == "Eerste regel [bold]blijft[/bold]\ntweede regel\n"


def test_a_long_choice_wraps_under_itself_and_the_answer_echoes_its_short_title(monkeypatch):
    monkeypatch.setenv("COLUMNS", str(WIDTH))
    choices = [
        Choice(
            "angry",
            "Ouders worden boos: De ouders voelen zich niet gehoord of aangevallen, "
            "of ze ontkennen de zorgen.",
            echo="Ouders worden boos",
        ),
        Choice("other", "Anders: Geen van deze; je krijgt de gewone checkvragen.", echo="Anders"),
    ]
    buf = io.StringIO()
    output = Vt100_Output(buf, lambda: Size(rows=24, columns=WIDTH), term="xterm")
    with create_pipe_input() as pipe:
        pipe.send_text("\r")
        answer = QuestionaryPrompter(input=pipe, output=output).select(
            "scenario", "Hoe verliep het gesprek?", choices
        )
    assert answer == "angry"
    first, last = drawn(buf.getvalue())[0], drawn(buf.getvalue())[-1]
    assert all(len(line) <= WIDTH for line in first), first
    assert first[1:3] == [
        " » Ouders worden boos: De ouders voelen zich niet gehoord",
        "   of aangevallen, of ze ontkennen de zorgen.",
    ]
    assert last == ["? Hoe verliep het gesprek? Ouders worden boos"]


def test_a_typed_answer_behind_a_long_hint_starts_on_a_line_of_its_own():
    hint = "(bijv. moeder, vader, jeugdige, oma; met komma's; Enter = overslaan)"

    def asking(prompter):
        return prompter.text("context.participants", "Wie waren erbij?", instruction=hint)

    answer, lines = ask("moeder, vader, oma\r", asking, width=80)
    assert answer == "moeder, vader, oma"
    assert lines == ["? Wie waren erbij?", f"  {hint}", "  moeder, vader, oma"]
    # where the hint's last line leaves room, the answer follows it
    answer, lines = ask("moeder, vader, oma\r", asking, width=60)
    assert lines == [
        "? Wie waren erbij?",
        "  (bijv. moeder, vader, jeugdige, oma; met komma's; Enter =",
        "  overslaan) moeder, vader, oma",
    ]


def test_a_command_to_type_stays_on_one_line():
    message = (
        "Opgeslagen in je logboek met id aba1988f67 (/home/hulpverlener/partnerschap.db). "
        "Terugzien: partnerschap log show aba1988f67"
    )
    console, buf = terminal(80)
    safe_text.say(console, message)
    lines = buf.getvalue().rstrip("\n").split("\n")
    assert lines[-1].endswith("partnerschap log show aba1988f67")
    assert words_of(lines) == message.split()
    assert all(len(line) <= 80 for line in lines)


def test_a_long_suggested_question_hangs_under_its_first_word(invoke, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "60")
    path = tmp_path / "a.yaml"
    path.write_text(
        "scenario: angry\nanswers: {respect.listened: no}\n",
        encoding="utf-8",
    )
    result = invoke("reflect", "--answers", path)
    assert result.exit_code == 0, result.output
    lines = result.stdout.split("\n")
    start = lines.index("Vragen voor het volgende gesprek")
    block = lines[start + 1 : lines.index("", start)]
    assert any(line.startswith("  • ") for line in block)
    for before, line in zip(block, block[1:], strict=False):
        if before.startswith("  • ") and not line.startswith(("  • ", "✗", "~")):
            assert line.startswith("    ") and line[4] != " ", block  # under the text
    assert block[0].startswith("✗ Respecteer ouders en jeugdigen")
    assert block[1].startswith("  ") and not block[1].startswith("  •"), block  # title hangs


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("width", [60, 80, 100])
def test_the_live_keys_break_between_entries_never_inside_one(lang, width):
    from partnerschap.messages import t

    line = t("ui.live.keys", lang)
    packed = safe_text.pack_entries(line, width)
    rows = packed.split("\n")
    assert len(rows) > 1 and all(len(row) <= width for row in rows), packed
    entries = [e for row in rows for e in row.split(" · ")]
    assert entries == line.split(" · ")
