"""The interactive drill and ``--class`` mode, driven by real keystrokes through a pipe.

questionary (the answers) and the key reader (go on, reveal, next, back, quit) read from
the same prompt_toolkit pipe input, as they would read from one terminal. The pipe is
closed after the keys are sent, so a wrong number of keys ends the run instead of hanging.
"""

from __future__ import annotations

import io
import json

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from partnerschap.cli.drill.classroom import ClassMode
from partnerschap.cli.drill.keys import PromptToolkitKeyReader, ScriptedKeys, key_name
from partnerschap.drills import discover_banks
from partnerschap.drills.practice import Filters, select
from partnerschap.sets.loader import bundled_dir, discover

ENTER = "\r"
RIGHT = "\x1b[C"
LEFT = "\x1b[D"
DOWN = "\x1b[B"
PAGE_DOWN = "\x1b[6~"
CTRL_C = "\x03"


@pytest.fixture(scope="module")
def bundled():
    sets = discover([("bundled", bundled_dir())]).sets
    return sets, discover_banks([("bundled", bundled_dir())], sets)


def shown_for(bundled, seed: str, rounds: int, **filters):
    return select(bundled[1], Filters(**filters), rounds, seed)


# --- practice -----------------------------------------------------------------------------------


def test_practice_with_keystrokes(invoke, keyboard, bundled, isolated_home):
    shown = shown_for(bundled, "31", 3)
    numbers = [s.correct_number for s in shown]
    wrong = numbers[1] % 4 + 1
    keys = "Noor" + ENTER
    keys += str(numbers[0]) + ENTER + " "  # right; any key goes on
    keys += DOWN * ((wrong - 1) % 4) + ENTER + ENTER  # wrong, chosen with the arrow keys
    keys += str(numbers[2]) + ENTER  # right; the last item needs no key to go on
    keyboard(keys)
    result = invoke("drill", "--seed", "31", "--rounds", "3")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Oefening 1 van 3" in out and "Oefening 3 van 3" in out
    assert out.count("✓ Goed!") == 2 and out.count("✗ Niet goed.") == 1
    assert f"Het juiste antwoord: {numbers[1]}. " in out
    assert shown[1].item.explanation.nl[:60] in " ".join(out.split())
    assert "Vragen die helpen bij" in out
    assert "Je score: 2 van 3 goed" in out
    (saved,) = (isolated_home / "drills").glob("*.json")
    results = json.loads(saved.read_text("utf-8"))
    assert results["trainee"] == "Noor"
    assert [i["chosen_number"] for i in results["items"]] == [numbers[0], wrong, numbers[2]]
    assert [i["correct"] for i in results["items"]] == [True, False, True]
    assert "Voor je trainer" in result.stderr


def test_practice_in_english_with_results_for_the_trainer(invoke, keyboard, bundled, tmp_path):
    shown = shown_for(bundled, "32", 2)
    keys = ENTER  # no name
    keys += str(shown[0].correct_number % 4 + 1) + ENTER + " "
    keys += str(shown[1].correct_number) + ENTER
    keyboard(keys)
    target = tmp_path / "me.json"
    result = invoke("--lang", "en", "drill", "--seed", "32", "-n", "2", "-r", target)
    assert result.exit_code == 0, result.output
    assert "Item 1 of 2" in result.stdout and "✗ Not quite." in result.stdout
    assert shown[0].item.vignette.en.split()[0] in result.stdout
    assert "Your score: 1 of 2 right" in result.stdout
    results = json.loads(target.read_text("utf-8"))
    assert results["trainee"] is None and results["language"] == "en"


def test_q_after_the_feedback_stops_and_keeps_what_was_answered(
    invoke, keyboard, bundled, isolated_home
):
    shown = shown_for(bundled, "33", 5)
    keyboard(str(shown[0].correct_number) + ENTER + "q")
    result = invoke("drill", "--seed", "33", "-n", "5", "--name", "Bo")
    assert result.exit_code == 0, result.output
    assert "Gestopt na 1 van 5 oefeningen." in result.stdout
    (saved,) = (isolated_home / "drills").glob("*.json")
    data = json.loads(saved.read_text("utf-8"))
    assert data["stopped_early"] is True and len(data["items"]) == 1
    assert data["rounds"] == 5


def test_ctrl_c_stops_without_saving(invoke, keyboard, isolated_home):
    keyboard("Sam" + ENTER + CTRL_C)
    result = invoke("drill", "--seed", "34", "-n", "3")
    assert result.exit_code == 130
    assert "Traceback" not in result.output
    assert "niets opgeslagen" in result.stderr
    assert not (isolated_home / "drills").exists()


def test_closed_input_stops_without_saving(invoke, keyboard, isolated_home):
    keyboard("Sam" + ENTER)  # then the pipe closes: like Ctrl-D
    result = invoke("drill", "--seed", "35", "-n", "3")
    assert result.exit_code == 130
    assert not (isolated_home / "drills").exists()


# --- class mode through the pipe --------------------------------------------------------------


def test_class_mode_with_keystrokes(invoke, keyboard, bundled, isolated_home):
    shown = shown_for(bundled, "41", 2)
    first, second = shown
    keys = " "  # reveal item 1
    keys += RIGHT  # item 2
    keys += LEFT  # back to item 1 (hidden again)
    keys += PAGE_DOWN + PAGE_DOWN  # reveal, item 2
    keys += "a"  # reveal item 2
    keys += RIGHT  # end screen
    keys += "q"
    keyboard(keys)
    result = invoke("drill", "--class", "--seed", "41", "-n", "2", "--timer", "60")
    assert result.exit_code == 0, result.output
    out = result.stdout
    flat = " ".join(out.split())
    assert flat.count("Oefening 1 van 2") == 4  # shown, revealed, back, revealed
    assert flat.count("Oefening 2 van 2") == 3  # shown, after revealing, ... and again
    assert first.item.explanation.nl[:50] in flat
    assert second.item.explanation.nl[:50] in flat
    assert "⏱ 1:00" in out
    assert "Klaar: 2 casussen besproken." in out
    assert "Er is niets gescoord of opgeslagen." in out
    assert not (isolated_home / "drills").exists()


def test_class_mode_in_english_escape_quits(invoke, keyboard, bundled):
    shown = shown_for(bundled, "42", 3, type=None)
    keyboard(" " + "\x1b")
    result = invoke("--lang", "en", "drill", "--class", "--seed", "42", "-n", "3")
    assert result.exit_code == 0, result.output
    flat = " ".join(result.stdout.split())
    assert "Item 1 of 3" in flat
    assert shown[0].item.explanation.en[:50] in flat
    assert "Class drill closed" in flat


# --- class mode, step by step -----------------------------------------------------------------


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


class TickingKeys(ScriptedKeys):
    """A timeout (None) lets the clock run on by the time waited."""

    def __init__(self, keys, clock: FakeClock) -> None:
        super().__init__(keys)
        self.clock = clock

    def read_key(self, timeout=None):
        key = super().read_key(timeout)
        if key is None:
            assert timeout is not None, "waited for a timeout without a countdown"
            self.clock.now += timeout
        return key


def class_mode(bundled, keys, *, timer=None, rounds=3, lang="nl", clock=None):
    console = Console(file=io.StringIO(), width=100, color_system=None)
    mode = ClassMode(
        shown_for(bundled, "51", rounds),
        keys,
        console,
        lang,
        sets=bundled[0],
        timer=timer,
        clock=clock or FakeClock(),
    )
    return mode, console


def test_class_mode_navigation(bundled):
    mode, _ = class_mode(bundled, ScriptedKeys([]))
    assert (mode.index, mode.revealed) == (0, False)
    mode.handle("left")  # nothing before the first item
    assert (mode.index, mode.revealed) == (0, False)
    mode.handle("space")
    assert (mode.index, mode.revealed) == (0, True)
    mode.handle("left")  # hides the answer first
    assert (mode.index, mode.revealed) == (0, False)
    for key in ("right", "pagedown", "enter"):
        mode.handle(key)
    assert (mode.index, mode.revealed) == (1, True)
    mode.handle("a")
    assert mode.revealed is False
    mode.handle("n")
    mode.handle("n")
    mode.handle("n")
    mode.handle("n")
    assert mode.at_end
    mode.handle("pageup")  # back from the end: the last item, answer shown
    assert (mode.index, mode.revealed) == (2, True)
    mode.handle("right")
    assert mode.handle("space") is False  # past the end: close
    assert mode.handle("q") is False


def test_class_mode_screens(bundled):
    mode, console = class_mode(bundled, ScriptedKeys(["space", "right", "q"]), lang="en")
    mode.run()
    out = console.file.getvalue()
    assert mode.screens == 3
    first = mode.items[0]
    assert "Item 1 of 3" in out and "Item 2 of 3" in out
    assert "✓" in out and first.item.explanation.en[:40] in " ".join(out.split())
    assert "Space/→ show answer" in out and "Space/→ next" in out
    if any(o.pitfall for o in first.options):
        assert "(" in out
    assert out.rstrip().endswith("Class drill closed. Nothing was scored or saved.")


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_class_screen_shows_number_and_set_but_never_the_item_id(bundled, lang):
    """Item ids name the principle practised ('spot-they-agreed-agreements'): on the
    projector, before the reveal, they would give the answer away."""
    sets, catalog = bundled
    items = select(catalog, Filters(), len(catalog), "61")
    console = Console(file=io.StringIO(), width=100, height=60, color_system=None)
    mode = ClassMode(items, ScriptedKeys([]), console, lang, sets=sets)
    for index, shown in enumerate(items):
        mode.index = index
        for revealed in (False, True):
            mode.revealed = revealed
            console.file = io.StringIO()
            console.print(mode.screen())
            screen = console.file.getvalue()
            assert shown.id not in " ".join(screen.split()), (shown.id, revealed)
            where = f"{index + 1}/{len(items)} · {sets[shown.item.set_id].title.get(lang)}"
            assert screen.splitlines()[-1].strip() == where


def test_countdown_ticks_and_says_time_is_up(bundled):
    clock = FakeClock()
    keys = TickingKeys([None, None, None, "space", "q"], clock)
    mode, console = class_mode(bundled, keys, timer=3, clock=clock)
    mode.run()
    out = console.file.getvalue()
    for shown in ("⏱ 0:03", "⏱ 0:02", "⏱ 0:01", "⏱ Tijd!"):
        assert shown in out
    # while counting it waits at most a second; after the time is up and once the answer
    # is shown it waits for a key without redrawing
    assert keys.timeouts[:3] == [1.0, 1.0, 1.0]
    assert keys.timeouts[3:] == [None, None]


def test_countdown_restarts_with_t_and_on_the_next_item(bundled):
    clock = FakeClock()
    keys = TickingKeys([None, None, "t", "space", "right"], clock)
    mode, _ = class_mode(bundled, keys, timer=5, clock=clock)
    assert mode.handle("t") is True
    mode.start_timer()
    assert mode.remaining() == 5
    clock.now += 2.5
    assert mode.remaining() == 3
    mode.handle("t")
    assert mode.remaining() == 5
    mode.handle("space")
    assert mode.remaining() is None  # no countdown over a revealed answer
    mode.handle("right")
    assert mode.remaining() == 5


def test_key_names():
    from prompt_toolkit.keys import Keys

    assert key_name(Keys.ControlM) == "enter"
    assert key_name(Keys.Right) == "right"
    assert key_name(" ") == "space"
    assert key_name("Q") == "q"


def test_key_reader_reads_keys_and_skips_terminal_answers():
    with create_pipe_input() as pipe:
        reader = PromptToolkitKeyReader(pipe, DummyOutput())
        pipe.send_text("\x1b[12;1R" + "a" + RIGHT + "\x1b[5~" + CTRL_C)
        assert [reader.read_key() for _ in range(4)] == ["a", "right", "pageup", "c-c"]
        assert reader.read_key(timeout=0.05) is None
        pipe.close()
        with pytest.raises(EOFError):
            reader.read_key()


def test_class_mode_fits_a_small_screen(bundled):
    def revealed_screen(height: int) -> list[str]:
        console = Console(file=io.StringIO(), width=80, height=height, color_system=None)
        mode = ClassMode(shown_for(bundled, "51", 1), ScriptedKeys([]), console, "nl", bundled[0])
        mode.revealed = True
        console.print(mode.screen())
        return console.file.getvalue().splitlines()

    tall, short = revealed_screen(60), revealed_screen(24)
    assert any("Vragen die helpen bij" in line for line in tall)
    assert not any("Vragen die helpen bij" in line for line in short)
    assert len(short) < 24 < len(tall)
    assert "Oefening 1 van 1" in short[0] and "Uitleg" in "".join(short)
