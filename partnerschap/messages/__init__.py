"""Every user-facing message, in Dutch and English, in one place.

Each module of this package holds the messages of one concern as
``MESSAGES = {key: (dutch, english)}``; keys are unique across modules (a test checks).
Key prefixes: ``help.*`` (command help), ``prompt.*`` (questions asked), ``ui.*`` (labels and
headings), ``status.*``/``answer.*`` (words), ``error.*``, ``file.*``, ``yaml.*``, ``set.*``.
Placeholders use ``str.format``.

A message that counts something has two keys, ``KEY.one`` and ``KEY.many`` (and optionally
``KEY.zero``), and is asked for with :func:`t_n`, so that Dutch reads "1 reflectie",
"3 reflecties", never "reflectie(s)".
"""

from __future__ import annotations

import importlib
from typing import Any

MODULES = (
    "core",
    "store",
    "crypto",
    "drills",
    "live",
    "privacy",
    "transcript",
    "click_text",
    "details",
    "examples",
)
# Parameters that carry an error detail from elsewhere (the OS, a parser): in Dutch their
# meaning is given first (messages.details).
DETAIL_PARAMS = ("detail", "reason")

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
    messages = all_messages()
    pair = messages.get(key)
    if pair is None:
        count = params.get("count")
        if isinstance(count, int) and f"{key}.one" in messages:
            return t_n(key, count, lang, **params)
        return key
    text = pair[1] if lang == "en" else pair[0]
    if lang != "en" and any(isinstance(params.get(p), str) for p in DETAIL_PARAMS):
        from partnerschap.messages.details import in_dutch

        params = {
            k: in_dutch(v) if k in DETAIL_PARAMS and isinstance(v, str) else v
            for k, v in params.items()
        }
    if params:
        try:
            return text.format(**params)
        except (KeyError, IndexError, ValueError):
            return text
    return text


def t_n(key: str, n: int, lang: str | None = None, /, **params: Any) -> str:
    """The message ``key`` for a count of ``n``: ``KEY.zero`` (when there is one) for 0,
    ``KEY.one`` for 1, ``KEY.many`` otherwise; ``{n}`` is the count."""
    messages = all_messages()
    form = "one" if n == 1 else "many"
    if n == 0 and f"{key}.zero" in messages:
        form = "zero"
    return t(f"{key}.{form}", lang, **{"n": n, **params})
