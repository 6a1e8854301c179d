"""Text from users, files and sets in the terminal: shown as it is, never read as rich markup.

A kind ``huis[/x]bezoek`` would make rich raise (nothing saved, and every later ``log show``
crashing); ``[link=file:///etc/passwd]x[/link]`` in a title would become a terminal
hyperlink, ``[bold red]`` a style, ``:warning:`` an emoji. Two layers keep that out:

- the consoles of :mod:`partnerschap.cli.state` read no markup and no emoji codes at all, so
  a plain string printed, put in a table cell, a table title or a rule is shown literally
  (partnerschap's own messages contain no markup; styles are given as ``style=``);
- :func:`plain` makes a :class:`rich.text.Text` for the places that read markup whatever the
  console says (a panel's title and subtitle) and for user text that gets a style.

Both also show control characters as visible escapes (``\\x1b``), so an escape sequence in
an imported reflection or a set cannot move the cursor, clear the screen or write a link.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterator

    from rich.console import Console
    from rich.segment import Segment
    from rich.style import Style
    from rich.text import Text

# C0 controls except tab and newline, DEL, and the C1 controls (U+0080-U+009F: U+009B is a
# one-character CSI on some terminals).
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    return f"\\x{ord(match[0]):02x}"


def printable(value: object) -> str:
    """``value`` as a string whose control characters are shown, not obeyed."""
    text = value if isinstance(value, str) else str(value)
    return _CONTROL.sub(_visible, text) if _CONTROL.search(text) else text


def plain(value: object, style: str | Style = "", **kwargs: Any) -> Text:
    """``value`` as rich text, exactly as written: no markup, no emoji codes, no controls."""
    from rich.text import Text

    return Text(printable(value), style=style, **kwargs)


@cache
def _console_class() -> type[Console]:
    from rich.console import Console
    from rich.segment import Segment

    class LiteralConsole(Console):
        """Every string it is given is rendered literally, even by a caller that asks for
        markup (``print(..., markup=True)``) or by a renderable that does (a table cell)."""

        def render_str(self, text: str, **options: Any) -> Text:
            options["markup"] = False
            options["emoji"] = False
            return super().render_str(printable(text), **options)

        def render(self, renderable: Any, options: Any = None) -> Iterator[Segment]:
            # The net under text that reached a Text without plain(): a control character
            # in it is left out (it takes no cell, so the layout stays as measured). rich's
            # own control codes (cursor moves of a live display) are segments of their own.
            for segment in super().render(renderable, options):
                if segment.control is None and _CONTROL.search(segment.text):
                    yield Segment(_CONTROL.sub("", segment.text), segment.style)
                else:
                    yield segment

    return LiteralConsole


def make_console(**kwargs: Any) -> Console:
    """A console that shows strings literally (see the module's docstring)."""
    kwargs.setdefault("highlight", False)
    return _console_class()(markup=False, emoji=False, **kwargs)


# A command to type, kept on one line: ``partnerschap log show 4376fe127a``.
_COMMAND = re.compile(r"\b(?:partnerschap|pip install)(?: [^\s,;)]+)+")
_JOIN = "\ue000"  # a private-use character: holds a command's words together while wrapping


def wrap_words(message: str, width: int, indent: str = "") -> str:
    """``message`` with line breaks between words so that no line is wider than ``width``
    (later lines of a paragraph start with ``indent``). A word is never cut: a path or an
    id longer than the line stays whole, for the terminal to fold and a copy to keep; a
    command to type (``partnerschap log show 4376fe127a``) stays on one line."""
    import textwrap

    lines: list[str] = []
    for paragraph in message.split("\n"):
        held = _COMMAND.sub(lambda m: m[0].replace(" ", _JOIN), paragraph)
        lines.extend(
            textwrap.wrap(
                held,
                max(20, width),
                subsequent_indent=indent,
                break_long_words=False,
                break_on_hyphens=False,
            )
            or [held]
        )
    return "\n".join(lines).replace(_JOIN, " ")


def pack_entries(message: str, width: int, separator: str = " · ") -> str:
    """A list of entries (``"a: x · b: y · c: z"``) broken between entries, never inside
    one, so that no line is wider than ``width`` (an entry wider than that stands alone)."""
    lines: list[str] = []
    for entry in message.split(separator):
        if lines and len(lines[-1]) + len(separator) + len(entry) <= width:
            lines[-1] += separator + entry
        else:
            lines.append(entry)
    return "\n".join(lines)


def say(console: Console, message: str, style: str = "") -> None:
    """One message of our own on ``console``: shown literally; on a terminal wrapped between
    words at its width (never inside a path or an id); in a pipe or a file one line as it is,
    for a script to read."""
    text = wrap_words(message, console.width) if console.is_terminal else message
    console.print(plain(text, style=style), soft_wrap=True)
