"""The questionary implementation of :class:`partnerschap.prompts.Prompter`."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

from partnerschap.errors import PartnerschapError
from partnerschap.prompts import Choice, PromptAborted, Validator, typed

#: What questionary puts before a checkbox choice: the pointer (3) and the indicator (2).
CHOICE_INDENT = 5


def choice_width() -> int:
    """The room for a choice's text in the terminal (questionary does not wrap: a longer
    line is cut off at the terminal's edge)."""
    import shutil

    return max(20, shutil.get_terminal_size().columns - CHOICE_INDENT - 1)


def wrapped_label(label: str, width: int, indent: int = CHOICE_INDENT) -> str:
    """``label`` wrapped at ``width``, later lines indented under the first (by ``indent``):
    the whole question stays readable however long it is."""
    import textwrap

    lines = textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False)
    return ("\n" + " " * indent).join(lines) or label


#: What questionary puts before a question: the mark and a space (``? ``).
QUESTION_INDENT = 2
#: The room a typed answer gets behind a text question's instruction before it goes below.
ANSWER_ROOM = 30


def fitted(
    message: str, instruction: str | None, width: int, gap: int = 1, answer_room: int = 0
) -> tuple[str, str | None]:
    """The question and its instruction wrapped between words to fit ``width`` (the terminal
    does not wrap, it breaks lines inside a word: ``(Enter = geen notit`` / ``ie)``). Later
    lines are indented under the question's first word; an instruction that does not fit
    behind the question's last line goes on a line of its own. ``gap``: the spaces
    questionary writes between the question and the instruction (one; two for a text).
    ``answer_room``: the columns a typed answer needs behind the instruction; with less
    room left the answer starts on a line of its own."""
    from partnerschap.cli.safe_text import wrap_words

    room = max(20, width - QUESTION_INDENT - 1)
    indent = " " * QUESTION_INDENT
    text = wrap_words(message, room).replace("\n", "\n" + indent)
    if not instruction:
        return text, instruction
    last = len(text.rsplit("\n", 1)[-1].strip())
    if last + 1 + len(instruction) <= room:
        return text, instruction
    hint = wrap_words(instruction, room).replace("\n", "\n" + indent)
    if answer_room and len(hint.rsplit("\n", 1)[-1]) + QUESTION_INDENT + answer_room > room:
        hint += "\n" + indent[:-1]  # questionary writes a space after the instruction
    return text + "\n" + indent[: max(0, QUESTION_INDENT - gap)], hint


class QuestionaryPrompter:
    """Asks with questionary; Ctrl-C raises :class:`PromptAborted`.

    ``input``/``output`` are prompt_toolkit objects; tests pass a pipe input and a
    ``DummyOutput`` to feed real keystrokes.
    """

    def __init__(self, input: Any = None, output: Any = None) -> None:
        self.kwargs: dict[str, Any] = {}
        if input is not None:
            self.kwargs["input"] = input
        if output is not None:
            self.kwargs["output"] = output

    def _fit(
        self, message: str, instruction: str | None, gap: int = 1, answer_room: int = 0
    ) -> tuple[str, str | None]:
        output = self.kwargs.get("output")
        if output is not None:
            width = output.get_size().columns
        else:
            import shutil

            width = shutil.get_terminal_size().columns
        return fitted(message, instruction, width, gap, answer_room)

    def _ask(self, question: Any) -> Any:
        try:
            answer = question.unsafe_ask()
        except KeyboardInterrupt as exc:
            raise PromptAborted() from exc
        except EOFError as exc:
            raise PromptAborted() from exc
        return answer

    def select(
        self,
        key: str,
        message: str,
        choices: Sequence[Choice],
        default: str | None = None,
        instruction: str | None = None,
        preselect: bool = True,
    ) -> str | None:
        import questionary

        use_shortcuts = all(c.shortcut for c in choices) and len(choices) <= 36
        # the pointer (3), and the shortcut with its bracket and a space (3)
        width = choice_width() + CHOICE_INDENT - (6 if use_shortcuts else 3)
        qchoices = [
            questionary.Choice(
                wrapped_label(c.label, width, 6 if use_shortcuts else 3),
                value=c.value,
                shortcut_key=c.shortcut or True,
            )
            for c in choices
        ]
        echoes = {q.title: c.echo for q, c in zip(qchoices, choices, strict=True) if c.echo}
        message, instruction = self._fit(message, instruction)
        question = questionary.select(
            message,
            choices=qchoices,
            default=default,
            instruction=instruction,
            use_shortcuts=use_shortcuts,
            use_arrow_keys=True,
            use_jk_keys=False,
            **self.kwargs,
        )
        if default is None and not preselect:
            without_default(question)
        echo_answer(question, echoes)
        return self._ask(question)

    def checkbox(
        self, key: str, message: str, choices: Sequence[Choice], instruction: str | None = None
    ) -> list[str]:
        import questionary

        width = choice_width()
        qchoices = [
            questionary.Choice(wrapped_label(c.label, width), value=c.value, checked=c.checked)
            for c in choices
        ]
        message, instruction = self._fit(message, instruction)
        question = questionary.checkbox(
            message, choices=qchoices, instruction=instruction, **self.kwargs
        )
        localize_checkbox(question)
        return list(self._ask(question) or [])

    def text(
        self,
        key: str,
        message: str,
        default: str = "",
        instruction: str | None = None,
        validate: Validator | None = None,
        multiline: bool = False,
    ) -> str:
        import questionary

        def check(value: str) -> bool | str:
            if validate is None:
                return True
            problem = validate(value)
            return problem if problem else True

        message, instruction = self._fit(message, instruction, gap=2, answer_room=ANSWER_ROOM)
        question = questionary.text(
            message,
            default=default,
            instruction=instruction,
            validate=check,
            multiline=multiline,
            **self.kwargs,
        )
        return typed(str(self._ask(question) or ""))

    def confirm(self, key: str, message: str, default: bool = True) -> bool:
        message, _ = self._fit(message, None)
        return bool(self._ask(localized_confirm(message, default, **self.kwargs)))


def localize_checkbox(question: Any) -> None:
    """questionary's checkbox says "done (3 selections)" when answered: in the user's
    language instead (``klaar (3 gekozen)``)."""
    import re

    from prompt_toolkit.formatted_text import to_formatted_text

    from partnerschap.messages import t_n

    def localized(tokens: Any) -> Any:
        out = []
        for style, text, *rest in to_formatted_text(tokens):
            if style == "class:answer":
                if text == "done":
                    text = t_n("prompt.checkbox.done", 0)
                elif m := re.fullmatch(r"done \((\d+) selections\)", text):
                    text = t_n("prompt.checkbox.done", int(m[1]))
            out.append((style, text, *rest))
        return out

    for session in prompt_sessions(question):
        session.message = lambda original=session.message: localized(original)


def echo_answer(question: Any, echoes: dict[str, str]) -> None:
    """Once answered, a select shows the short ``echo`` of the chosen choice instead of its
    whole (wrapped) label (``Ouders worden boos``, not the scenario's description too),
    behind the question's last line: the line kept free for the instruction is not needed
    any more."""
    from prompt_toolkit.formatted_text import to_formatted_text

    def echoed(tokens: Any) -> Any:
        parts = to_formatted_text(tokens)
        if not any(style == "class:answer" for style, *_ in parts):
            return parts
        out = []
        for style, text, *rest in parts:
            if style == "class:answer":
                text = echoes.get(text, text)
            elif style == "class:question" and text.rstrip(" ").endswith("\n"):
                text = text.rstrip(" ")[:-1] + " "
            out.append((style, text, *rest))
        return out

    for session in prompt_sessions(question):
        session.message = lambda original=session.message: echoed(original)


def prompt_sessions(question: Any) -> list[Any]:
    """The prompt_toolkit sessions behind a questionary question (their message is the
    question line with the answer)."""
    from prompt_toolkit.layout.controls import FormattedTextControl
    from prompt_toolkit.shortcuts import PromptSession

    sessions: list[Any] = []
    for control in question.application.layout.find_all_controls():
        if isinstance(control, FormattedTextControl):
            owner = getattr(control.text, "__self__", None)
            if isinstance(owner, PromptSession) and owner not in sessions:
                sessions.append(owner)
    return sessions


def without_default(question: Any) -> None:
    """Start a select with no answer pointed at: Enter does nothing until the user picks
    one (a shortcut key or the arrow keys). questionary always points at the first choice,
    which would let Enter answer "ja" for a tired professional."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings
    from prompt_toolkit.keys import Keys
    from questionary.prompts.common import InquirerControl

    app = question.application
    control = next(c for c in app.layout.find_all_controls() if isinstance(c, InquirerControl))
    control.pointed_at = -1  # nothing highlighted
    bindings = KeyBindings()

    @bindings.add(Keys.ControlM, eager=True)
    def _enter(event: Any) -> None:
        if control.pointed_at < 0:
            return  # nothing chosen yet
        control.is_answered = True
        event.app.exit(result=control.get_pointed_at().value)

    @bindings.add(Keys.Up, eager=True)
    def _up(event: Any) -> None:
        if control.pointed_at < 0:
            control.pointed_at = 0
        control.select_previous()
        while not control.is_selection_valid():
            control.select_previous()

    # The later bindings win over questionary's own for the same key.
    app.key_bindings = merge_key_bindings([app.key_bindings, bindings])


def localized_confirm(message: str, default: bool, **kwargs: Any) -> Any:
    """questionary's confirm, in the user's language: ``j``/``y`` for yes, ``n`` for no,
    Enter for the default, and the answer shown as ``ja``/``nee`` (questionary's own
    confirm knows only English)."""
    from prompt_toolkit import PromptSession
    from prompt_toolkit.formatted_text import to_formatted_text
    from prompt_toolkit.key_binding import KeyBindings
    from prompt_toolkit.keys import Keys
    from questionary.question import Question
    from questionary.styles import merge_styles_default

    from partnerschap.messages import t

    status: dict[str, Any] = {"answer": None}
    hint = t("prompt.confirm.default_yes" if default else "prompt.confirm.default_no")

    def tokens() -> Any:
        parts = [("class:qmark", "?"), ("class:question", f" {message} ")]
        if status["answer"] is None:
            parts.append(("class:instruction", f"{hint} "))
        else:
            parts.append(("class:answer", t("answer.yes" if status["answer"] else "answer.no")))
        return to_formatted_text(parts)

    bindings = KeyBindings()

    @bindings.add(Keys.ControlC, eager=True)
    def _abort(event: Any) -> None:
        event.app.exit(exception=KeyboardInterrupt, style="class:aborting")

    def answer(value: bool) -> Any:
        def handler(event: Any) -> None:
            status["answer"] = value
            event.app.exit(result=value)

        return handler

    for key in ("j", "J", "y", "Y"):
        bindings.add(key)(answer(True))
    for key in ("n", "N"):
        bindings.add(key)(answer(False))
    bindings.add(Keys.ControlM, eager=True)(answer(default))

    @bindings.add(Keys.Any)
    def _other(event: Any) -> None:
        """Other keys do nothing."""

    session = PromptSession(
        tokens, key_bindings=bindings, style=merge_styles_default([None]), **kwargs
    )
    return Question(session.app)


def make_prompter() -> QuestionaryPrompter:
    """The prompter for a real terminal; refuses when there is none."""
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise PartnerschapError("error.not_interactive")
    return QuestionaryPrompter()
