"""A compact outline of a reflection: just what a markdown rendering needs.

The texts of principles (titles, suggested questions, scenario titles) are the same in
thousands of reflections, so the outline refers to them by number in a :class:`TextTable`
instead of repeating them. The store keeps an outline next to every reflection's full JSON
document, which makes exporting a large log as markdown fast: each outline is small to
decode, and each principle's text is escaped once.

Keys: ``c`` created, ``d`` date, ``k`` kind, ``p`` participants, ``s`` scenario id,
``st`` scenario title (text number or null), ``sets``, ``f`` findings as
``[set, principle, title number, status, [suggestion numbers]]``, ``w`` what worked
(strengths), ``n`` notes as ``[[principle, note], ...]``, ``q`` chosen questions,
``i`` intention, and only when ``reflect --transcript`` saved them, ``x`` the transcript's
measures (``{measure: value}``).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

Intern = Callable[[Any], int]


def text_key(value: Any) -> str:
    """The canonical form of a localized text (``{"nl": ..., "en": ...}`` or a string)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


class TextTable:
    """Localized texts by number (in memory; the store has the same in a table)."""

    def __init__(self, texts: Mapping[int, Any] | None = None) -> None:
        self.texts: dict[int, Any] = dict(texts or {})
        self.ids: dict[str, int] = {text_key(v): k for k, v in self.texts.items()}

    def intern(self, value: Any) -> int:
        key = text_key(value)
        found = self.ids.get(key)
        if found is None:
            found = self.ids[key] = len(self.texts) + 1
            while found in self.texts:
                found += 1
                self.ids[key] = found
            self.texts[found] = value
        return found

    def get(self, number: int | None) -> Any:
        return self.texts.get(number) if number is not None else None


def outline(doc: Mapping[str, Any], intern: Intern) -> dict[str, Any]:
    """The outline of a reflection's JSON document (:meth:`Reflection.to_json`)."""
    ctx = doc.get("context") or {}
    step = doc.get("next_step") or {}
    if isinstance(step, str):
        step = {"intention": step}
    title = doc.get("scenario_title")
    sketch = {
        "c": doc.get("created") or "",
        "d": ctx.get("date") or "",
        "k": ctx.get("kind") or "",
        "p": list(ctx.get("participants") or []),
        "s": doc.get("scenario"),
        "st": intern(title) if title else None,
        "sets": list(doc.get("sets") or []),
        "id": doc["id"],
        "f": [
            [
                f["set"],
                f["principle"],
                intern(f["title"]),
                f["status"],
                [intern(q) for q in f.get("suggestions") or []],
            ]
            for f in doc.get("findings") or []
        ],
        "w": doc.get("strengths") or "",
        "n": [[k, v] for k, v in (doc.get("notes") or {}).items()],
        "q": list(step.get("questions") or []),
        "i": step.get("intention") or "",
    }
    measures = transcript_measures(doc)
    if measures:
        sketch["x"] = measures
    return sketch


def transcript_measures(doc: Mapping[str, Any]) -> dict[str, Any]:
    """The measures ``reflect --transcript`` kept in the document's ``extra`` (or ``{}``)."""
    kept = (doc.get("extra") or {}).get("transcript") or {}
    metrics = kept.get("metrics") if isinstance(kept, Mapping) else None
    return dict(metrics) if isinstance(metrics, Mapping) else {}
