"""Reading single keys (projector mode, "press a key to go on"), behind a small interface.

:class:`PromptToolkitKeyReader` reads one key at a time with prompt_toolkit key bindings and
draws nothing itself; tests give it a pipe input and a ``DummyOutput`` and send real
keystrokes. Keys come back as short names: a character (``"q"``, ``"1"``), or ``"left"``,
``"right"``, ``"up"``, ``"down"``, ``"pageup"``, ``"pagedown"``, ``"home"``, ``"end"``,
``"enter"``, ``"space"``, ``"escape"``, ``"backspace"``, ``"c-c"``.
"""

from __future__ import annotations

import sys
from collections import deque
from collections.abc import Iterable
from typing import Any, Protocol

from partnerschap.errors import PartnerschapError


class KeyReader(Protocol):
    def read_key(self, timeout: float | None = None) -> str | None:
        """The next key pressed; None when ``timeout`` seconds pass without one.
        Raises EOFError when the input is closed."""
        ...


_NAMES = {
    "c-m": "enter",
    "c-j": "enter",
    " ": "space",
    "c-h": "backspace",
    "backspace": "backspace",
    "c-@": "space",
    "c-i": "tab",
}


def key_name(key: Any) -> str:
    value = getattr(key, "value", key)
    value = str(value)
    if value in _NAMES:
        return _NAMES[value]
    return value.lower() if len(value) == 1 else value


class PromptToolkitKeyReader:
    """One tiny prompt_toolkit application per key: raw mode, any key ends it."""

    def __init__(self, input: Any = None, output: Any = None) -> None:
        self.input = input
        self.output = output

    def _output(self) -> Any:
        """The terminal output, without cursor position requests: nothing is drawn, and an
        answer that arrives after the key would only delay the exit and end up as a key."""
        if self.output is None:
            from prompt_toolkit.output import create_output

            self.output = create_output()
            if hasattr(self.output, "enable_cpr"):
                self.output.enable_cpr = False
        return self.output

    def read_key(self, timeout: float | None = None) -> str | None:
        import asyncio

        from prompt_toolkit.application import Application
        from prompt_toolkit.key_binding import KeyBindings
        from prompt_toolkit.keys import Keys
        from prompt_toolkit.layout import Layout, Window
        from prompt_toolkit.layout.controls import FormattedTextControl

        bindings = KeyBindings()

        def done(event: Any) -> None:
            name = key_name(event.key_sequence[0].key)
            if name == "<sigint>":
                name = "c-c"
            elif name.startswith("<"):
                # Not a key the user pressed: the terminal's answer to a cursor position
                # request, a mouse event, a paste ...
                return
            event.app.exit(result=name)

        # Keys.Any does not catch keys that have a meaning of their own; name those too.
        for key in (Keys.Any, Keys.ControlC, Keys.Escape, Keys.Enter, Keys.Tab, " "):
            bindings.add(key, eager=True)(done)
        app: Application[str | None] = Application(
            layout=Layout(Window(FormattedTextControl(""), height=0, always_hide_cursor=True)),
            key_bindings=bindings,
            input=self.input,
            output=self._output(),
            erase_when_done=True,
        )

        def start_timer() -> None:
            if timeout is None:
                return

            async def expire() -> None:
                await asyncio.sleep(timeout)
                if not app.future or not app.future.done():
                    app.exit(result=None)

            app.create_background_task(expire())

        return app.run(pre_run=start_timer, handle_sigint=False)


class ScriptedKeys:
    """Keys from a list (tests); ``None`` in the list stands for a timeout. EOFError at the end."""

    def __init__(self, keys: Iterable[str | None]) -> None:
        self.keys = deque(keys)
        self.timeouts: list[float | None] = []

    def read_key(self, timeout: float | None = None) -> str | None:
        self.timeouts.append(timeout)
        if not self.keys:
            raise EOFError
        return self.keys.popleft()


def make_key_reader() -> KeyReader:
    """The key reader for a real terminal; refuses when there is none."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise PartnerschapError("error.drill.not_interactive")
    return PromptToolkitKeyReader()
