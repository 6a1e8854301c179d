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

from partnerschap.cli.safe_text import plain
from partnerschap.messages import t
from partnerschap.reflection.privacy import (
    PrivacyReport,
    field_title,
    kind_name,
    summary_lines,
)

if TYPE_CHECKING:
    from partnerschap.privacy import Finding
    from partnerschap.prompts import Prompter
    from partnerschap.reflection.engine import ReflectionPlan
    from partnerschap.reflection.privacy import PrivacyReview, Redactor
    from partnerschap.reflection.record import Reflection

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
        self,
        console: Console,
        lang: str,
        principle_titles: Mapping[str, str] | None = None,
        *,
        saved: bool = True,
    ) -> None:
        self.console = console
        self.lang = lang
        self.principle_titles = dict(principle_titles or {})
        self.saved = saved  # False with --no-save: "kept as typed" must not say "saved"

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
                title=plain(t("ui.privacy.title", lang)),
                title_align="left",
                border_style="yellow",
                expand=False,
            )
        )

    def privacy_done(self, choice: str, report: PrivacyReport) -> None:
        style = "green" if choice in ("redact", "edit") else "yellow"
        key = f"ui.privacy.done.{choice}"
        if choice == "keep" and not self.saved:
            key = "ui.privacy.done.keep_unsaved"
        message = t(key, self.lang, count=report.count())
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


def check_deduce(deduce: bool) -> None:
    """With ``--deduce``: a user error when the extra is missing, else start loading it
    in the background (it takes seconds to minutes) while the user answers."""
    if not deduce:
        return
    from partnerschap.errors import PartnerschapError
    from partnerschap.privacy import PrivacyExtraMissing, warm_up_in_background

    try:
        warm_up_in_background()
    except PrivacyExtraMissing as exc:
        raise PartnerschapError("error.privacy.no_deduce") from exc


def guard_answers(
    reflection: Reflection, mode: str | None, lang: str, *, deduce: bool, saved: bool = True
) -> Reflection:
    """``reflect --answers``: apply ``--privacy`` (default ``warn``) and say so on stderr
    (``saved`` False with ``--no-save``: the warning then says nothing was saved)."""
    from partnerschap.cli import state
    from partnerschap.reflection.privacy import guard

    mode = mode or "warn"
    result, report = guard(reflection, mode, lang, use_deduce=deduce)
    if report:
        console = state.err()
        if mode == "redact":
            print_report(console, "ui.privacy.redacted", report, lang)
        else:
            heading = "ui.privacy.warn" if saved else "ui.privacy.warn_unsaved"
            print_report(console, heading, report, lang)
            console.print(Text(t("ui.privacy.warn.hint", lang), style="dim"), soft_wrap=True)
    return result


def interactive_review(
    prompter: Prompter,
    console: Console,
    lang: str,
    plan: ReflectionPlan,
    mode: str | None,
    *,
    deduce: bool,
    saved: bool = True,
) -> PrivacyReview:
    """The choice before saving, shown in the terminal (``mode`` answers it beforehand)."""
    from partnerschap.reflection.privacy import PrivacyReview

    titles = {p.id: p.title.get(lang) for p in plan.principles()}
    return PrivacyReview(
        prompter,
        lang,
        RichPrivacyPresenter(console, lang, titles, saved=saved),
        use_deduce=deduce,
        preset=mode,
        principle_titles=titles,
    )


def check_mode(mode: str | None) -> None:
    """``--privacy`` must be one of redact, warn, block (a user error otherwise)."""
    from partnerschap.errors import PartnerschapError
    from partnerschap.reflection.privacy import MODES

    if mode is not None and mode not in MODES:
        raise PartnerschapError("error.privacy.bad_mode", mode=mode, modes="|".join(MODES))


def export_redactor(keep_identifiers: bool, deduce: bool) -> Redactor | None:
    """The export's redactor (None with ``--keep-identifiers``, which is said on stderr)."""
    from partnerschap.cli import state
    from partnerschap.reflection.privacy import Redactor

    if keep_identifiers:
        message = t("ui.export.keep_identifiers", state.lang())
        state.err().print(Text(message, style="yellow"), soft_wrap=True)
        return None
    check_deduce(deduce)
    return Redactor(use_deduce=deduce)


def export_privacy_notice(redactor: Redactor | None, lang: str) -> None:
    """Once, on stderr, when the export replaced something."""
    from partnerschap.cli import state

    if redactor is not None and redactor.redacted_count:
        message = t("ui.export.redacted", lang, count=redactor.redacted_count)
        state.err().print(Text(message), soft_wrap=True)
