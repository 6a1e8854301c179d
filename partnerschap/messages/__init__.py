"""Every user-facing message, in Dutch and English, in one place.

Each module of this package holds the messages of one concern as
``MESSAGES = {key: (dutch, english)}``; keys are unique across modules (a test checks).
Key prefixes: ``help.*`` (command help), ``prompt.*`` (questions asked), ``ui.*`` (labels and
headings), ``status.*``/``answer.*`` (words), ``error.*``, ``file.*``, ``yaml.*``, ``set.*``.
Placeholders use ``str.format``.
"""

from __future__ import annotations

import importlib
from typing import Any

MODULES = ("core", "store", "crypto", "drills", "live", "privacy", "transcript", "click_text")

_all: dict[str, tuple[str, str]] | None = None


def all_messages() -> dict[str, tuple[str, str]]:
    global _all
    if _all is None:
        merged: dict[str, tuple[str, str]] = {}
        for name in MODULES:
            try:
                module = importlib.import_module(f"partnerschap.messages.{name}")
            except ModuleNotFoundError:
                continue
            merged.update(module.MESSAGES)
        _all = merged
    return _all


def t(key: str, lang: str | None = None, /, **params: Any) -> str:
    """The message ``key`` in ``lang`` (default: the current language), formatted."""
    if lang is None:
        from partnerschap.i18n import current

        lang = current()
    pair = all_messages().get(key)
    if pair is None:
        return key
    text = pair[1] if lang == "en" else pair[0]
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text
