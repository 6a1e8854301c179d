"""Errors a user can cause. The CLI renders them and exits with code 2."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class PartnerschapError(Exception):
    """Base for errors caused by user input (files, options, answers).

    Carries a message key and parameters so the CLI can render it in the user's language.
    """

    def __init__(self, key: str, /, **params: Any) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def render(self, lang: str) -> str:
        from partnerschap.messages import t

        return t(self.key, lang, **self.params)


@dataclass(frozen=True)
class Problem:
    """One problem found in a user file, with where it is."""

    file: str
    line: int | None
    key: str
    params: dict[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        from partnerschap.messages import all_messages, t

        params = dict(self.params)
        for name in ("expected", "kind"):
            # YAML's kinds of value (list, mapping, text ...) in the user's language
            value = params.get(name)
            if isinstance(value, str) and f"type.{value}" in all_messages():
                params[name] = t(f"type.{value}", lang)
        if "where" in params:
            params["where"] = describe_where(str(params["where"]), lang)
        return t(self.key, lang, **params)

    def render(self, lang: str) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message(lang)}"

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "file": self.file,
            "line": self.line,
            "code": self.key,
            "message": self.message(lang),
            **{k: v for k, v in self.params.items() if isinstance(v, (str, int))},
        }


def describe_where(where: str, lang: str) -> str:
    """Render a location inside a file ("principle|respect", "check|listened|respect") in
    the user's language."""
    from partnerschap.messages import t

    kind, *ids = where.split("|")
    if kind == "check":
        return t("where.check", lang, id=ids[0], principle=ids[1] if len(ids) > 1 else "?")
    if kind in ("principle", "scenario", "item"):
        if not ids or ids[0] == "?":
            return t(f"where.{kind}.anon", lang)
        return t(f"where.{kind}", lang, id=ids[0])
    if kind == "set":
        return t("where.set", lang)
    return where


class FileProblems(PartnerschapError):
    """One or more problems in a file; all of them, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("error.file_problems", count=len(problems))
        self.problems = problems

    def render(self, lang: str) -> str:
        return "\n".join(p.render(lang) for p in self.problems)
