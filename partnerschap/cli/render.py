"""Rich rendering of principles, findings and reflections. No business logic here."""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from partnerschap.cli.safe_text import plain
from partnerschap.messages import t
from partnerschap.reflection.engine import Finding, ReflectionPlan, Status, suggestions_in_order
from partnerschap.reflection.record import Reflection
from partnerschap.sets.model import Principle, PrincipleSet

STATUS_STYLE = {
    Status.MISSED: ("✗", "bold red"),
    Status.PARTLY: ("◐", "yellow"),
    Status.HONOURED: ("✓", "green"),
    Status.NOT_APPLICABLE: ("–", "dim"),
    Status.NOT_ASKED: ("·", "dim"),
}


def status_text(status: Status, lang: str) -> Text:
    symbol, style = STATUS_STYLE[status]
    return Text(f"{symbol} {t('status.' + status.value, lang)}", style=style)


def findings_table(findings: Sequence[Finding], lang: str, *, show_set: bool = False) -> Table:
    table = Table(title=t("ui.findings", lang), title_justify="left", expand=False)
    if show_set:
        table.add_column(t("ui.set", lang), style="dim")
    table.add_column(t("ui.principle", lang), overflow="fold")
    table.add_column(t("ui.status", lang), no_wrap=True)
    for finding in findings:
        row = [Text(finding.title.get(lang)), status_text(finding.status, lang)]
        if show_set:
            row.insert(0, Text(finding.set_id))
        table.add_row(*row)
    return table


def suggestions_block(findings: Sequence[Finding], lang: str) -> Group | None:
    ordered = suggestions_in_order(findings)
    if not ordered:
        return None
    parts: list = [Text(t("ui.suggestions", lang), style="bold")]
    for finding in ordered:
        symbol, style = STATUS_STYLE[finding.status]
        parts.append(hanging(symbol, finding.title.get(lang), style=style))
        for question in finding.suggestions:
            parts.append(hanging("•", question.get(lang), indent=2))
    return Group(*parts)


def hanging(marker: str, text: str, style: str = "", indent: int = 0) -> Padding:
    """``marker text`` with the text's later lines under its first word, not under the
    marker: a long question stays one readable block."""
    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True, style=style)
    grid.add_column(style=style)
    grid.add_row(marker, Text(text))
    return Padding(grid, (0, 0, 0, indent))


def general_questions_block(plan: ReflectionPlan | None, lang: str) -> Group | None:
    if plan is None:
        return None
    questions = plan.general_questions()
    if not questions:
        return None
    parts: list = [Text(t("ui.general_questions", lang), style="bold")]
    parts += [hanging("•", q.get(lang), indent=2) for q in questions]
    return Group(*parts)


def render_findings(
    console: Console, reflection: Reflection, plan: ReflectionPlan | None, lang: str
) -> None:
    console.print()
    console.print(
        findings_table(
            reflection.findings, lang, show_set=len(set(f.set_id for f in reflection.findings)) > 1
        )
    )
    block = suggestions_block(reflection.findings, lang)
    console.print()
    if block is None:
        console.print(Text(t("ui.nothing_missed", lang), style="green"))
    else:
        console.print(block)
    general = general_questions_block(plan, lang)
    if general is not None:
        console.print()
        console.print(general)
    console.print()


def counts_line(reflection: Reflection, lang: str) -> str:
    return t("ui.summary.counts", lang, **{s.value: reflection.count(s) for s in Status})


def render_summary(
    console: Console, reflection: Reflection, lang: str, scenario_title: str | None = None
) -> None:
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="bold")
    rows.add_column(overflow="fold")
    ctx = reflection.context
    rows.add_row(t("ui.date", lang), ctx.date or "-")
    rows.add_row(t("ui.kind", lang), ctx.kind or "-")
    rows.add_row(t("ui.participants", lang), ", ".join(ctx.participants) or "-")
    rows.add_row(t("ui.scenario", lang), scenario_title or reflection.scenario or "-")
    rows.add_row(t("ui.findings", lang), counts_line(reflection, lang))
    if reflection.strengths:
        rows.add_row(t("ui.strengths", lang), reflection.strengths)
    for index, question in enumerate(reflection.next_step.questions):
        rows.add_row(t("ui.chosen_questions", lang) if index == 0 else "", f"• {question}")
    rows.add_row(t("ui.intention", lang), reflection.next_step.intention or t("ui.none", lang))
    console.print(Panel(rows, title=plain(t("ui.summary", lang)), title_align="left", expand=False))


class RichPresenter:
    """Shows the flow's intermediate output in the terminal."""

    def __init__(self, console: Console, lang: str) -> None:
        self.console = console
        self.lang = lang

    def principle_intro(self, principle: Principle, reflection: Reflection) -> None:
        self.console.print()
        title = principle.title.get(self.lang)
        if cell_len(title) + 4 <= self.console.width:
            self.console.print(Rule(Text(title, style="bold cyan"), align="left"))
        else:  # a rule would cut the title short ("… om mee te werk…"): the whole title
            self.console.print(Text(title, style="bold cyan"))
            self.console.print(Rule(style="cyan"))
        self.console.print(Text(principle.explanation.get(self.lang), style="dim"))

    def findings(self, reflection: Reflection, plan: ReflectionPlan) -> None:
        render_findings(self.console, reflection, plan, self.lang)


def principle_detail(principle: Principle, lang: str) -> Group:
    parts: list = [
        Text(principle.title.get(lang), style="bold"),
        Text(f"{principle.set_id} / {principle.id}", style="dim"),
        Text(""),
        Text(t("ui.explanation", lang), style="bold"),
        Padding(Text(principle.explanation.get(lang)), (0, 0, 0, 2)),
        Text(""),
        Text(t("ui.checks", lang), style="bold"),
    ]
    for check in principle.checks:
        parts.append(
            Padding(Text.assemble((f"{check.ref}  ", "dim"), check.text.get(lang)), (0, 0, 0, 2))
        )
    parts += [Text(""), Text(t("ui.example_questions", lang), style="bold")]
    parts += [Padding(Text(f"• {q.get(lang)}"), (0, 0, 0, 2)) for q in principle.questions]
    if principle.illustrations:
        parts += [Text(""), Text(t("ui.examples_from_practice", lang), style="bold")]
        parts += [
            Padding(Text(f"• {q.get(lang)}", style="italic"), (0, 0, 0, 2))
            for q in principle.illustrations
        ]
    if principle.source:
        parts += [Text(""), Text(f"{t('ui.source', lang)}: {principle.source}", style="dim")]
    return Group(*parts)


def principles_table(pset: PrincipleSet, lang: str) -> Table:
    table = Table(
        title=plain(f"{pset.title.get(lang)} ({pset.id} {pset.version})"),
        title_justify="left",
        caption=plain(f"{t('ui.source', lang)}: {pset.source}"),
        caption_justify="left",
    )
    table.add_column(t("ui.id", lang), style="cyan", no_wrap=True)
    table.add_column(t("ui.title", lang), overflow="fold")
    table.add_column(t("ui.checks_count", lang), justify="right")
    for principle in pset.principles:
        table.add_row(principle.id, principle.title.get(lang), str(len(principle.checks)))
    return table
