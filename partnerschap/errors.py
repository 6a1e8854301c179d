"""Errors a user can cause. The CLI renders them and exits with code 2."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class PartnerschapError(Exception):
    """Base for errors caused by user input (files, options, answers).

    Carries a message key and parameters so the CLI can render it in the user's language.
    """

    def __init__(self, key: str, **params: Any) -> None:
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

    def render(self, lang: str) -> str:
        from partnerschap.messages import t

        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {t(self.key, lang, **self.params)}"

    def to_json(self, lang: str) -> dict[str, Any]:
        from partnerschap.messages import t

        return {
            "file": self.file,
            "line": self.line,
            "code": self.key,
            "message": t(self.key, lang, **self.params),
            **{k: v for k, v in self.params.items() if isinstance(v, (str, int))},
        }


class FileProblems(PartnerschapError):
    """One or more problems in a file; all of them, not just the first."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("error.file_problems", count=len(problems))
        self.problems = problems

    def render(self, lang: str) -> str:
        return "\n".join(p.render(lang) for p in self.problems)
