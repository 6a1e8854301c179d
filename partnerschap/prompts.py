"""The small interface every interactive flow asks its questions through.

Three implementations: questionary in a terminal (``partnerschap.cli.prompter``), a
scripted one that answers from a mapping (answers files, tests), and whatever a test needs.
Every prompt has a stable ``key`` (``check:respect.listened``, ``note:respect`` ...) so a
scripted prompter can answer by key.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

Validator = Callable[[str], str | None]  # returns an error message, or None when fine


def typed(value: str) -> str:
    """Typed or pasted text as it is kept: without NUL characters (no one means one, and
    SQLite's JSON functions end a string at it, so the log's SQL and Python would disagree)."""
    return value.replace("\x00", "")


def without_nul(data: Any) -> Any:
    """``data`` (JSON-like) with :func:`typed` applied to every string in it."""
    if isinstance(data, str):
        return typed(data)
    if isinstance(data, dict):
        return {without_nul(k): without_nul(v) for k, v in data.items()}
    if isinstance(data, list):
        return [without_nul(v) for v in data]
    return data


class PromptAborted(Exception):
    """The user pressed Ctrl-C (or closed the input) at a prompt."""


@dataclass(frozen=True)
class Choice:
    value: str
    label: str
    shortcut: str | None = None
    checked: bool = False
    #: What the answered question shows (``Ouders worden boos``); the label when ``None``.
    echo: str | None = None


class Prompter(Protocol):
    def select(
        self,
        key: str,
        message: str,
        choices: Sequence[Choice],
        default: str | None = None,
        instruction: str | None = None,
        preselect: bool = True,
    ) -> str | None:
        """One of ``choices``. ``default`` is pointed at first; without one the first choice
        is, unless ``preselect`` is False: then nothing is, and Enter alone chooses nothing."""
        ...

    def checkbox(
        self, key: str, message: str, choices: Sequence[Choice], instruction: str | None = None
    ) -> list[str]: ...

    def text(
        self,
        key: str,
        message: str,
        default: str = "",
        instruction: str | None = None,
        validate: Validator | None = None,
        multiline: bool = False,
    ) -> str: ...

    def confirm(self, key: str, message: str, default: bool = True) -> bool: ...


class ScriptedPrompter:
    """Answers prompts from a mapping of key to answer; missing keys give the default.

    A missing ``select`` answer returns None (the flow treats that as "skipped").
    With ``strict=True`` a missing key raises KeyError, which tests use to find out which
    prompts a flow asked. ``asked`` records every key in order.
    """

    def __init__(
        self,
        answers: Mapping[str, Any] | None = None,
        *,
        strict: bool = False,
        abort_at: str | None = None,
    ) -> None:
        self.answers = dict(answers or {})
        self.strict = strict
        self.abort_at = abort_at
        self.asked: list[str] = []

    def _get(self, key: str, default: Any) -> Any:
        self.asked.append(key)
        if key == self.abort_at:
            raise PromptAborted(key)
        if key in self.answers:
            return self.answers[key]
        if self.strict:
            raise KeyError(key)
        return default

    def select(
        self,
        key: str,
        message: str,
        choices: Sequence[Choice],
        default: str | None = None,
        instruction: str | None = None,
        preselect: bool = True,
    ) -> str | None:
        value = self._get(key, None)
        if value is None:
            return None
        values = [c.value for c in choices]
        if value not in values:
            raise ValueError(f"{key}: {value!r} is not one of {values}")
        return value

    def checkbox(
        self, key: str, message: str, choices: Sequence[Choice], instruction: str | None = None
    ) -> list[str]:
        value = self._get(key, [c.value for c in choices if c.checked])
        return list(value)

    def text(
        self,
        key: str,
        message: str,
        default: str = "",
        instruction: str | None = None,
        validate: Validator | None = None,
        multiline: bool = False,
    ) -> str:
        value = typed(str(self._get(key, default)))
        if validate and validate(value):
            raise ValueError(f"{key}: {validate(value)}")
        return value

    def confirm(self, key: str, message: str, default: bool = True) -> bool:
        return bool(self._get(key, default))
