"""Rich rendering of the privacy guard: the findings before saving, the warnings of
``reflect --privacy`` and the table of ``privacy check``. No business logic here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from partnerschap.messages import t
from partnerschap.reflection_privacy import (
    PrivacyReport,
    field_title,
    kind_name,
    summary_lines,
)

if TYPE_CHECKING:
    from partnerschap.privacy import Finding

HIGHLIGHT = "bold black on yellow"


def highlighted(text: str, findings: Sequence[Finding]) -> Text:
    """``text`` with every finding highlighted (findings never overlap)."""
    result = Text()
    pos = 0
    for finding in sorted(findings, key=lambda f: f.start):
        result.append(text[pos : finding.start])
        result.append(text[finding.start : finding.end], style=HIGHLIGHT)
        pos = finding.end
    result.append(text[pos:])
    return result


class RichPrivacyPresenter:
    """Shows the findings before the choice, and what was done after it."""

    def __init__(
        self, console: Console, lang: str, principle_titles: Mapping[str, str] | None = None
    ) -> None:
        self.console = console
        self.lang = lang
        self.principle_titles = dict(principle_titles or {})

    def privacy_findings(self, report: PrivacyReport) -> None:
        lang = self.lang
        parts: list = [Text(t("ui.privacy.explain", lang)), Text("")]
        for key, findings in report.findings.items():
            parts.append(Text(field_title(key, lang, self.principle_titles), style="bold"))
            parts.append(Padding(highlighted(report.fields[key], findings), (0, 0, 0, 2)))
            becomes = report.redacted.get(key, report.fields[key])
            parts.append(
                Padding(
                    Text.assemble((f"{t('ui.privacy.becomes', lang)}: ", "dim"), becomes),
                    (0, 0, 0, 2),
                )
            )
            for finding in findings:
                parts.append(
                    Padding(
                        Text.assemble(
                            "• ",
                            (finding.text, HIGHLIGHT),
                            f"  {kind_name(str(finding.kind), lang)} → {finding.placeholder}",
                        ),
                        (0, 0, 0, 4),
                    )
                )
        self.console.print()
        self.console.print(
            Panel(
                Group(*parts),
                title=t("ui.privacy.title", lang),
                title_align="left",
                border_style="yellow",
                expand=False,
            )
        )

    def privacy_done(self, choice: str, report: PrivacyReport) -> None:
        style = "green" if choice in ("redact", "edit") else "yellow"
        message = t(f"ui.privacy.done.{choice}", self.lang, count=report.count())
        self.console.print(Text(message, style=style), soft_wrap=True)


def print_report(console: Console, heading_key: str, report: PrivacyReport, lang: str) -> None:
    """A heading and ``field: kind (n keer)`` lines, without the identifiers themselves."""
    console.print(Text(t(heading_key, lang), style="yellow"), soft_wrap=True)
    for line in summary_lines(report, lang):
        console.print(Text(f"  {line}"), soft_wrap=True)


def findings_table(rows: Sequence[tuple[str, str, str, str]], lang: str) -> Table:
    """The table of ``privacy check``: kind, text, line:column, placeholder."""
    table = Table(expand=False)
    table.add_column(t("ui.privacy.col.kind", lang), no_wrap=True)
    table.add_column(t("ui.privacy.col.text", lang), style=HIGHLIGHT, overflow="fold")
    table.add_column(t("ui.privacy.col.where", lang), justify="right", no_wrap=True)
    table.add_column(t("ui.privacy.col.placeholder", lang), style="cyan", no_wrap=True)
    for row in rows:
        table.add_row(*(Text(cell) for cell in row))
    return table
