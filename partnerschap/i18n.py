"""Language choice and bilingual text.

Dutch is the primary language; English is complete. The language is chosen by, in order:
the ``--lang`` option, ``PARTNERSCHAP_LANG``, the ``language`` setting in the config file,
and the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``): an English locale gives English,
anything else Dutch.
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
DEFAULT_LANG: Lang = "nl"

_current: Lang = DEFAULT_LANG


@dataclass(frozen=True, slots=True)
class LocalizedText:
    """A user-facing text in Dutch and (optionally) English; falls back to Dutch."""

    nl: str
    en: str | None = None

    def get(self, lang: str) -> str:
        if lang == "en" and self.en:
            return self.en
        return self.nl

    def to_json(self) -> dict[str, str]:
        out = {"nl": self.nl}
        if self.en:
            out["en"] = self.en
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, str] | str) -> LocalizedText:
        if isinstance(data, str):
            return cls(nl=data)
        return cls(nl=data.get("nl") or data.get("en") or "", en=data.get("en"))


def normalize_lang(value: str | None) -> Lang | None:
    """Map 'nl', 'NL', 'nl_NL.UTF-8', 'en', 'en_GB', 'english' ... to a supported language."""
    if not value:
        return None
    v = value.strip().lower()
    if v.startswith("en"):
        return "en"
    if v.startswith("nl") or v.startswith("dutch") or v.startswith("ned"):
        return "nl"
    return None


def _locale_lang(env: Mapping[str, str]) -> Lang | None:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value and value not in ("C", "POSIX", "C.UTF-8", "C.utf8"):
            return "en" if normalize_lang(value) == "en" else "nl"
    return None


def resolve_lang(
    option: str | None = None,
    env: Mapping[str, str] | None = None,
    config_value: str | None = None,
) -> Lang:
    """The language to use, from the option, the environment, the config file, the locale."""
    env = os.environ if env is None else env
    for candidate in (option, env.get("PARTNERSCHAP_LANG"), config_value):
        lang = normalize_lang(candidate)
        if lang:
            return lang
    return _locale_lang(env) or DEFAULT_LANG


def lang_from_argv(argv: Sequence[str]) -> str | None:
    """Find ``--lang X`` or ``--lang=X`` in argv before the parser runs (for help texts)."""
    for i, arg in enumerate(argv):
        if arg == "--lang" and i + 1 < len(argv):
            return argv[i + 1]
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
    return None


def set_current(lang: Lang) -> None:
    global _current
    _current = lang


def current() -> Lang:
    return _current
