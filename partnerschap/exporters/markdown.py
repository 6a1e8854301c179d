"""Reflections as markdown a supervisor can read without the tool.

Text typed by the user is escaped so it cannot break the document's structure: a note that
starts with ``#`` or contains ``|`` stays a note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from partnerschap import __version__
from partnerschap.engine import Status, suggestions_in_order
from partnerschap.messages import t
from partnerschap.reflection import Reflection

STATUS_SYMBOL = {
    Status.MISSED: "✗",
    Status.PARTLY: "◐",
    Status.HONOURED: "✓",
    Status.NOT_APPLICABLE: "–",
    Status.NOT_ASKED: "·",
}

_ESCAPE = re.compile(r"([\\`*_\[\]<>|~])")
_BLOCK_START = re.compile(r"^([#+=-])")
_LIST_NUMBER = re.compile(r"^(\d+)([.)])")


def escape_inline(text: str) -> str:
    """Escape markdown syntax in one line of user text (newlines become spaces).

    Inline markup characters are escaped everywhere; block markers (``#``, ``-``, ``1.``)
    only where they would start a block.
    """
    flat = _ESCAPE.sub(r"\\\1", " ".join(text.split()))
    flat = _BLOCK_START.sub(r"\\\1", flat)
    return _LIST_NUMBER.sub(r"\1\\\2", flat)


def escape_block(text: str) -> list[str]:
    """User text of several lines as escaped lines (paragraph breaks kept)."""
    return [escape_inline(line) if line.strip() else "" for line in text.strip().splitlines()]


def reflection_to_markdown(
    reflection: Reflection, lang: str, *, scenario_title: str | None = None, heading_level: int = 1
) -> str:
    h = "#" * heading_level
    ctx = reflection.context
    title = t("ui.md.title", lang)
    kind = escape_inline(ctx.kind) if ctx.kind else ""
    lines = [
        f"{h} {title} {ctx.date or reflection.created[:10]}" + (f": {kind}" if kind else ""),
        "",
    ]
    scenario = scenario_title or reflection.scenario or "-"
    lines += [
        f"- **{t('ui.date', lang)}:** {ctx.date or '-'}",
        f"- **{t('ui.kind', lang)}:** {kind or '-'}",
        f"- **{t('ui.participants', lang)}:** "
        + (", ".join(escape_inline(p) for p in ctx.participants) or "-"),
        f"- **{t('ui.scenario', lang)}:** {escape_inline(scenario)}",
        f"- **{t('ui.set', lang)}:** {', '.join(reflection.set_ids)}",
        f"- **{t('ui.id', lang)}:** {reflection.id}",
        "",
        f"{h}# {t('ui.findings', lang)}",
        "",
    ]
    multi = len({f.set_id for f in reflection.findings}) > 1
    if multi:
        lines += [
            f"| {t('ui.set', lang)} | {t('ui.principle', lang)} | {t('ui.status', lang)} |",
            "| --- | --- | --- |",
        ]
    else:
        lines += [f"| {t('ui.principle', lang)} | {t('ui.status', lang)} |", "| --- | --- |"]
    for f in reflection.findings:
        status = f"{STATUS_SYMBOL[f.status]} {t('status.' + f.status.value, lang)}"
        cells = [escape_inline(f.title.get(lang)), status]
        if multi:
            cells.insert(0, f.set_id)
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("")
    if reflection.strengths:
        lines += [f"{h}# {t('ui.strengths', lang)}", "", *escape_block(reflection.strengths), ""]
    if reflection.notes:
        lines += [f"{h}# {t('ui.notes', lang)}", ""]
        titles = {f.principle_id: f.title.get(lang) for f in reflection.findings}
        for pid, note in reflection.notes.items():
            lines.append(f"**{escape_inline(titles.get(pid, pid))}**")
            lines.append("")
            lines += escape_block(note)
            lines.append("")
    ordered = suggestions_in_order(reflection.findings)
    if ordered:
        lines += [f"{h}# {t('ui.suggestions', lang)}", ""]
        for f in ordered:
            lines.append(f"**{STATUS_SYMBOL[f.status]} {escape_inline(f.title.get(lang))}**")
            lines.append("")
            lines += [f"- {escape_inline(q.get(lang))}" for q in f.suggestions]
            lines.append("")
    lines += [f"{h}# {t('ui.next_step', lang)}", ""]
    if reflection.next_step.questions:
        lines.append(f"{t('ui.chosen_questions', lang)}:")
        lines.append("")
        lines += [f"- {escape_inline(q)}" for q in reflection.next_step.questions]
        lines.append("")
    lines.append(
        f"{t('ui.intention', lang)}: "
        + (
            escape_inline(reflection.next_step.intention)
            if reflection.next_step.intention
            else t("ui.none", lang)
        )
    )
    lines.append("")
    return "\n".join(lines)


def reflections_to_markdown(
    reflections: Iterable[Reflection], lang: str, *, scenario_titles: dict[str, str] | None = None
) -> str:
    titles = scenario_titles or {}
    parts = [reflection_to_markdown(r, lang, scenario_title=titles.get(r.id)) for r in reflections]
    footer = f"_{t('ui.md.generated', lang, version=__version__)}_\n"
    return "\n---\n\n".join(parts) + "\n" + footer
