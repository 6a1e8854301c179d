"""Reflections as markdown a supervisor can read without the tool.

Text typed by the user is escaped so it cannot break the document's structure: a note that
starts with ``#`` or contains ``|`` stays a note.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from partnerschap import __version__
from partnerschap.log.outline import TextTable, outline
from partnerschap.markdown_text import escape_block, escape_inline
from partnerschap.messages import t
from partnerschap.reflection.engine import Status
from partnerschap.reflection.record import Reflection

STATUS_SYMBOL = {
    Status.MISSED: "✗",
    Status.PARTLY: "◐",
    Status.HONOURED: "✓",
    Status.NOT_APPLICABLE: "–",
    Status.NOT_ASKED: "·",
}


class MarkdownWriter:
    """Renders reflections as markdown in one language.

    It works on outlines (:mod:`partnerschap.log.outline`): small records whose principle texts
    are numbers in a text table, so an export of thousands of reflections decodes little
    and escapes each principle's title and questions once. Labels are looked up once.
    """

    def __init__(
        self, lang: str, texts: Mapping[int, Any] | None = None, privacy: str | None = None
    ) -> None:
        self.lang = lang
        #: What the footer may say about personal data: ``"redacted"`` (an export that
        #: replaced what it found), ``"as_stored"`` (``--keep-identifiers``) or None.
        self.privacy = privacy
        self.table = TextTable(texts)
        keys = (
            "ui.md.title",
            "ui.date",
            "ui.kind",
            "ui.participants",
            "ui.scenario",
            "ui.set",
            "ui.id",
            "ui.findings",
            "ui.principle",
            "ui.status",
            "ui.strengths",
            "ui.notes",
            "ui.transcript_measures",
            "ui.suggestions",
            "ui.next_step",
            "ui.chosen_questions",
            "ui.intention",
            "ui.none",
        )
        self.label = {key: t(key, lang) for key in keys}
        self.status = {
            s.value: f"{STATUS_SYMBOL[s]} {t('status.' + s.value, lang)}" for s in Status
        }
        self.symbol = {s.value: STATUS_SYMBOL[s] for s in Status}
        self._escaped: dict[int, str] = {}
        self._rows: dict[tuple[Any, ...], str] = {}

    def local(self, value: Any) -> str:
        """A localized text (``{nl, en}`` or a plain string) in this writer's language."""
        if isinstance(value, str):
            return value
        if not value:
            return ""
        en = value.get("en")
        if self.lang == "en" and en:
            return en
        return value.get("nl") or en or ""

    def text(self, number: int) -> str:
        """Text ``number`` of the table, localized and escaped (cached)."""
        found = self._escaped.get(number)
        if found is None:
            found = self._escaped[number] = escape_inline(self.local(self.table.get(number)))
        return found

    def footer(self) -> str:
        key = f"ui.md.generated.{self.privacy}" if self.privacy else "ui.md.generated"
        return f"_{t(key, self.lang, version=__version__)}_\n"

    def render(
        self, doc: Mapping[str, Any], *, scenario_title: str | None = None, heading_level: int = 1
    ) -> str:
        """A reflection's JSON document (:meth:`Reflection.to_json`) as markdown."""
        return self.render_outline(
            outline(doc, self.table.intern),
            scenario_title=scenario_title,
            heading_level=heading_level,
        )

    def render_outline(
        self, o: Mapping[str, Any], *, scenario_title: str | None = None, heading_level: int = 1
    ) -> str:
        label = self.label
        h = "#" * heading_level
        date = o["d"]
        kind = escape_inline(o["k"]) if o["k"] else ""
        findings = o["f"]
        if scenario_title is not None:
            scenario = escape_inline(scenario_title or o["s"] or "-")
        elif o["st"] is not None:
            scenario = self.text(o["st"]) or escape_inline(o["s"] or "-")
        else:
            scenario = escape_inline(o["s"] or "-")
        participants = ", ".join(escape_inline(p) for p in o["p"])
        lines = [
            f"{h} {label['ui.md.title']} {date or o['c'][:10]}" + (f": {kind}" if kind else ""),
            "",
            f"- **{label['ui.date']}:** {date or '-'}",
            f"- **{label['ui.kind']}:** {kind or '-'}",
            f"- **{label['ui.participants']}:** {participants or '-'}",
            f"- **{label['ui.scenario']}:** {scenario}",
            f"- **{label['ui.set']}:** {', '.join(o['sets'])}",
            f"- **{label['ui.id']}:** {o['id']}",
            "",
            f"{h}# {label['ui.findings']}",
            "",
        ]
        multi = len({f[0] for f in findings}) > 1
        if multi:
            lines.append(
                f"| {label['ui.set']} | {label['ui.principle']} | {label['ui.status']} |"
                "\n| --- | --- | --- |"
            )
        else:
            lines.append(f"| {label['ui.principle']} | {label['ui.status']} |\n| --- | --- |")
        rows = self._rows
        for f in findings:
            key = (multi, f[0], f[2], f[3])
            row = rows.get(key)
            if row is None:
                cells = [self.text(f[2]), self.status[f[3]]]
                if multi:
                    cells.insert(0, f[0])
                row = rows[key] = "| " + " | ".join(cells) + " |"
            lines.append(row)
        lines.append("")
        if o["w"]:
            lines += [f"{h}# {label['ui.strengths']}", "", *escape_block(o["w"]), ""]
        if o["n"]:
            lines += [f"{h}# {label['ui.notes']}", ""]
            titles = {f[1]: f[2] for f in findings}
            for pid, note in o["n"]:
                number = titles.get(pid)
                title = self.text(number) if number is not None else escape_inline(pid)
                lines += [f"**{title}**", "", *escape_block(note), ""]
        if o.get("x"):
            lines += [f"{h}# {label['ui.transcript_measures']}", "", *self.measures(o["x"]), ""]
        ordered = [f for f in findings if f[3] == "missed"]
        ordered += [f for f in findings if f[3] == "partly"]
        if ordered:
            lines += [f"{h}# {label['ui.suggestions']}", ""]
            for f in ordered:
                key = ("s", f[2], f[3], *f[4])
                block = rows.get(key)
                if block is None:
                    block = rows[key] = "\n".join(
                        [f"**{self.symbol[f[3]]} {self.text(f[2])}**", ""]
                        + [f"- {self.text(q)}" for q in f[4]]
                        + [""]
                    )
                lines.append(block)
        lines += [f"{h}# {label['ui.next_step']}", ""]
        if o["q"]:
            lines += [f"{label['ui.chosen_questions']}:", ""]
            lines += [f"- {escape_inline(q)}" for q in o["q"]]
            lines.append("")
        intention = o["i"]
        lines.append(
            f"{label['ui.intention']}: "
            + (escape_inline(intention) if intention else label["ui.none"])
        )
        lines.append("")
        return "\n".join(lines)

    def measures(self, metrics: Mapping[str, Any]) -> list[str]:
        """The saved transcript measures as a table (measure, value, MITI anchor)."""
        from partnerschap.transcript.markdown import RATING_SYMBOL
        from partnerschap.transcript.report import saved_metric_rows

        lang = self.lang
        lines = [
            f"| {t('ui.analyze.measure', lang)} | {t('ui.analyze.value', lang)} "
            f"| {t('ui.analyze.anchor', lang)} |",
            "| --- | ---: | --- |",
        ]
        for row in saved_metric_rows(metrics, lang):
            rated = f"{RATING_SYMBOL[row.rating]} {row.rating_label}" if row.rating else ""
            lines.append(f"| {escape_inline(row.label)} | {escape_inline(row.value)} | {rated} |")
        return lines

    def document(self, outlines: Iterable[Mapping[str, Any]]) -> Iterator[str]:
        """The pieces of one markdown document holding every reflection, in order."""
        first = True
        for o in outlines:
            if not first:
                yield "\n---\n\n"
            first = False
            yield self.render_outline(o)
        yield "\n" + self.footer()


def reflection_to_markdown(
    reflection: Reflection, lang: str, *, scenario_title: str | None = None, heading_level: int = 1
) -> str:
    return MarkdownWriter(lang).render(
        reflection.to_json(), scenario_title=scenario_title, heading_level=heading_level
    )


def reflections_to_markdown(
    reflections: Iterable[Reflection],
    lang: str,
    *,
    scenario_titles: dict[str, str] | None = None,
    privacy: str | None = None,
) -> str:
    """``privacy`` as for :class:`MarkdownWriter`: what the footer says about personal data."""
    titles = scenario_titles or {}
    writer = MarkdownWriter(lang, privacy=privacy)
    parts = [writer.render(r.to_json(), scenario_title=titles.get(r.id)) for r in reflections]
    return "\n---\n\n".join(parts) + "\n" + writer.footer()
