"""``drill --class``: one item at a time on the projector; the trainer reveals and moves on.

Nothing is scored or saved. Keys (a presenter clicker sends PageDown/PageUp or arrows):

- Space, Enter, →, PageDown, n: reveal the answer; when it is shown, go to the next item
- ←, PageUp, b, p, Backspace: hide the answer again; when it is hidden, go back one item
- a: show or hide the answer     t: start the countdown again     q, Esc, Ctrl-C: stop
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from rich.align import Align
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from partnerschap.cli.drill.keys import KeyReader
from partnerschap.cli.drill.view import (
    bullets,
    example_blocks,
    kind_label,
    pitfall_label,
    principles_of,
)
from partnerschap.drills.model import ItemType
from partnerschap.drills.practice import ShownItem
from partnerschap.messages import t
from partnerschap.sets.model import PrincipleSet

FORWARD = {"space", "enter", "right", "pagedown", "down", "n"}
BACK = {"left", "pageup", "up", "b", "p", "backspace"}
TOGGLE = {"a"}
RESTART_TIMER = {"t"}
QUIT = {"q", "escape", "c-c"}
MAX_WIDTH = 110
WARN_SECONDS = 10
COMPACT_LEVELS = 3  # full; without example questions; without blank lines


@dataclass
class ClassMode:
    items: Sequence[ShownItem]
    keys: KeyReader
    console: Console
    lang: str
    sets: Mapping[str, PrincipleSet] = field(default_factory=dict)
    timer: int | None = None
    clock: Callable[[], float] = time.monotonic
    index: int = 0
    revealed: bool = False
    deadline: float | None = None
    screens: int = 0

    # --- state ---------------------------------------------------------------------------

    @property
    def at_end(self) -> bool:
        return self.index >= len(self.items)

    def start_timer(self) -> None:
        self.deadline = self.clock() + self.timer if self.timer else None

    def remaining(self) -> int | None:
        """Whole seconds left on the countdown, or None when there is none running."""
        if self.deadline is None or self.revealed or self.at_end:
            return None
        return max(0, math.ceil(self.deadline - self.clock() - 1e-6))

    def forward(self) -> bool:
        """Reveal, or go on; False when past the end (stop)."""
        if self.at_end:
            return False
        if not self.revealed:
            self.revealed = True
            return True
        self.index += 1
        self.revealed = False
        self.start_timer()
        return True

    def back(self) -> None:
        if self.revealed:
            self.revealed = False
            return
        if self.index > 0:
            from_end = self.at_end
            self.index -= 1
            # Back from the end screen: the last item as it was left, answer shown.
            self.revealed = from_end
            self.start_timer()

    def handle(self, key: str) -> bool:
        """Apply one key; False means stop."""
        if key in QUIT:
            return False
        if key in FORWARD:
            return self.forward()
        if key in BACK:
            self.back()
        elif key in TOGGLE and not self.at_end:
            self.revealed = not self.revealed
        elif key in RESTART_TIMER and not self.at_end:
            self.revealed = False
            self.start_timer()
        return True

    def wait(self) -> float | None:
        """How long to wait for a key before the countdown must be redrawn."""
        left = self.remaining()
        if left is None or left <= 0:
            return None
        assert self.deadline is not None
        until_tick = (self.deadline - self.clock()) - (left - 1)
        return max(0.05, min(1.0, until_tick))

    def run(self) -> None:
        self.start_timer()
        try:
            while True:
                self.draw()
                try:
                    key = self.keys.read_key(timeout=self.wait())
                except EOFError:
                    break
                if key is not None and not self.handle(key):
                    break
        finally:
            self.console.clear()
            self.console.print(t("ui.drill.class.bye", self.lang, count=len(self.items)))

    # --- screens -------------------------------------------------------------------------

    def draw(self) -> None:
        self.screens += 1
        self.console.clear()
        self.console.print(self.screen())

    def width(self) -> int:
        return min(self.console.width, MAX_WIDTH)

    def screen(self) -> RenderableType:
        """The item as large and airy as the terminal allows: on a short screen the example
        questions go first, then the blank lines, so the case itself never scrolls away."""
        if self.at_end:
            return self.end_screen()
        for compact in range(COMPACT_LEVELS):
            screen = Group(self.item_panel(compact), *self.answer_parts(compact), self.footer())
            lines = self.console.render_lines(screen, self.console.options, pad=False)
            if len(lines) < self.console.height:
                break
        return screen

    def timer_text(self) -> Text | None:
        left = self.remaining()
        if left is None:
            return None
        if left == 0:
            return Text(f" ⏱ {t('ui.drill.class.time_up', self.lang)} ", style="bold reverse red")
        style = "bold red" if left <= WARN_SECONDS else "bold"
        return Text(f" ⏱ {left // 60}:{left % 60:02d} ", style=style)

    def item_panel(self, compact: int = 0) -> Panel:
        shown = self.items[self.index]
        lang = self.lang
        body: list[RenderableType] = [Text(shown.item.vignette.get(lang).strip(), style="bold")]
        if shown.item.type is ItemType.SPOT:
            # A 'better' vignette ends with its own question ("What do you ask?").
            body += [Text(""), Text(t("prompt.drill.spot", lang), style="bold cyan")]
        options = Table.grid(padding=(0 if compact >= 2 else 1, 1))
        options.add_column(no_wrap=True, style="bold cyan")
        options.add_column(no_wrap=True, width=1)
        options.add_column(overflow="fold")
        right_id = shown.item.correct.id
        for number, option in enumerate(shown.options, 1):
            label = Text(option.label.get(lang))
            if not self.revealed:
                options.add_row(str(number), "", label)
            elif option.id == right_id:
                label.stylize("bold green")
                options.add_row(str(number), Text("✓", style="bold green"), label)
            else:
                label.stylize("dim")
                if option.pitfall:
                    label.append(f"  ({pitfall_label(option.pitfall, lang)})", style="yellow")
                options.add_row(Text(str(number), style="dim"), "", label)
        body += [Text(""), options]
        title = t("ui.drill.item_title", lang, number=self.index + 1, total=len(self.items))
        return Panel(
            Group(*body),
            title=Text(f" {title} · {kind_label(shown.item.type, lang)} ", style="bold"),
            title_align="left",
            subtitle=self.timer_text(),
            subtitle_align="right",
            padding=(0, 2) if compact >= 2 else (1, 3),
            width=self.width(),
            border_style="cyan",
        )

    def answer_parts(self, compact: int = 0) -> list[RenderableType]:
        if not self.revealed:
            return []
        shown = self.items[self.index]
        lang = self.lang
        body: list[RenderableType] = [Text(shown.item.explanation.get(lang).strip())]
        for principle in principles_of(shown, self.sets) if compact == 0 else []:
            for key, examples in example_blocks(principle):
                body += [
                    Text(""),
                    Text(t(key, lang, principle=principle.title.get(lang)), style="bold"),
                ]
                body.append(bullets([q.get(lang) for q in examples]))
        return [
            Panel(
                Group(*body),
                title=Text(f" {t('ui.drill.explanation', lang)} ", style="bold"),
                title_align="left",
                padding=(0, 2) if compact >= 2 else (1, 3),
                width=self.width(),
                border_style="green",
            )
        ]

    def footer(self) -> Text:
        """The keys, and under them the item's number and set (a set's title is too long to
        share the line on a projector)."""
        key = "ui.drill.class.keys_revealed" if self.revealed else "ui.drill.class.keys"
        return Text.assemble(
            (t(key, self.lang), "dim"), ("\n" + self.where(), "dim italic"), justify="left"
        )

    def where(self) -> str:
        """The item's number and set, for the trainer to keep their place. Never the item
        id: ids name the principle practised, so on the projector they give the answer away."""
        set_id = self.items[self.index].item.set_id
        pset = self.sets.get(set_id)
        return t(
            "ui.drill.class.where",
            self.lang,
            number=self.index + 1,
            total=len(self.items),
            set=pset.title.get(self.lang) if pset else set_id,
        )

    def end_screen(self) -> RenderableType:
        return Panel(
            Align.center(
                Group(
                    Text(
                        t("ui.drill.class.end", self.lang, count=len(self.items)),
                        style="bold",
                        justify="center",
                    ),
                    Text(""),
                    Text(t("ui.drill.class.end_keys", self.lang), style="dim", justify="center"),
                )
            ),
            padding=(2, 3),
            width=self.width(),
            border_style="cyan",
        )
