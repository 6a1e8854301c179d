"""Rich rendering of a transcript analysis report. No business logic here: the report is
built by :mod:`partnerschap.transcript.report`."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from partnerschap.cli.safe_text import plain
from partnerschap.messages import t
from partnerschap.transcript.report import Explanation, Report, explanation_rows, quote_place

STATUS_STYLE = {
    "evidence": ("✓", "green"),
    "counter_evidence": ("✗", "bold red"),
    "mixed": ("◐", "yellow"),
    "none": ("·", "dim"),
}
RATING_STYLE = {"good": ("✓", "green"), "fair": ("◐", "yellow"), "below": ("○", "red")}


def header(report: Report, lang: str) -> Panel:
    rows = Table.grid(padding=(0, 2))
    rows.add_column(style="bold")
    rows.add_column(overflow="fold")
    rows.add_row(t("ui.analyze.file", lang), f"{report.file} ({report.format_label})")
    rows.add_row(t("ui.analyze.language", lang), report.language_label)
    rows.add_row(t("ui.analyze.set", lang), report.set_title)
    rows.add_row(t("ui.analyze.speakers", lang), report.speakers)
    return Panel(rows, title=plain(t("ui.analyze.title", lang)), title_align="left", expand=False)


def metrics_table(report: Report, lang: str) -> Table:
    table = Table(title=t("ui.analyze.measures", lang), title_justify="left", expand=False)
    table.add_column(t("ui.analyze.measure", lang), overflow="fold", min_width=10)
    table.add_column(t("ui.analyze.value", lang), justify="right", no_wrap=True)
    table.add_column(t("ui.analyze.anchor", lang), overflow="fold", min_width=6)
    table.add_column(t("ui.analyze.meaning", lang), overflow="fold", min_width=20)
    for row in report.metrics:
        rated = Text("")
        if row.rating:
            symbol, style = RATING_STYLE[row.rating]
            rated = Text(f"{symbol} {row.rating_label}", style=style)
        table.add_row(Text(row.label), Text(row.value, style="bold"), rated, Text(row.meaning))
    return table


def quote_text(text: str, style: str = "") -> Text:
    return Text(f"\u201c{text}\u201d", style=style)


def principles_grid(report: Report, lang: str) -> Table:
    """One row per principle: its status, then its title, counts and a few quotes."""
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for row in report.principles:
        symbol, style = STATUS_STYLE[row.status]
        status = Text(f"{symbol} {row.status_label}", style=style)
        if row.status == "none":
            grid.add_row(status, Text(row.title, style="dim"))
            continue
        counts = t(
            "ui.analyze.counts", lang, honours=row.honours_total, undermines=row.undermines_total
        )
        parts: list = [Text.assemble((row.title, "bold"), "  ", (counts, "dim"))]
        for quote in row.honours:
            parts.append(
                Text.assemble((quote_place(quote, lang), "dim"), "  ", quote_text(quote.text))
            )
        if row.more:
            parts.append(Text(t("ui.analyze.more", lang, count=row.more), style="dim"))
        grid.add_row(status, Group(*parts))
    return grid


def undermining_grid(report: Report, lang: str) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for line in report.undermining:
        grid.add_row(
            quote_place(line.quote, lang),
            Group(
                quote_text(line.quote.text, "red"),
                Text("→ " + "; ".join(line.principles), style="dim"),
            ),
        )
    return grid


def directives_grid(report: Report, lang: str) -> Table:
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True, style="dim")
    grid.add_column(overflow="fold")
    for quote in report.directives:
        grid.add_row(quote_place(quote, lang), quote_text(quote.text))
    more = report.directives_total - len(report.directives)
    if more:
        grid.add_row("", Text(t("ui.analyze.more", lang, count=more), style="dim"))
    return grid


def section(title: str) -> Rule:
    return Rule(Text(title, style="bold cyan"), align="left")


def render_report(console: Console, report: Report, lang: str) -> None:
    """The whole report: header, measures, per principle, undermining lines, the note."""
    console.print(header(report, lang))
    console.print()
    console.print(metrics_table(report, lang))
    if report.jargon:
        terms = ", ".join(f"{term} ({n})" for term, n in report.jargon)
        console.print(Text.assemble((f"{t('ui.analyze.jargon_terms', lang)}: ", "bold"), terms))
    console.print()
    console.print(section(t("ui.analyze.principles", lang)))
    if report.signals_note:
        console.print(Text(report.signals_note, style="dim"))
    if report.principles:
        console.print(principles_grid(report, lang))
    console.print()
    console.print(section(t("ui.analyze.undermined", lang)))
    if report.undermining:
        console.print(undermining_grid(report, lang))
    else:
        console.print(Text(t("ui.analyze.undermined.none", lang), style="green"))
    if report.directives:
        console.print()
        console.print(section(t("ui.analyze.directives", lang)))
        console.print(directives_grid(report, lang))
    console.print()
    console.print(Text(report.privacy_note, style="dim"))
    console.print(Text(report.note, style="bold"))


def evidence_panel(reports: list[Report], lang: str) -> Panel:
    """What ``reflect --transcript`` shows before the questions: the measures with a MITI
    anchor, the main counts, one line per principle (of every set asked) and the note."""
    first = reports[0]
    lines: list = [Text(f"{first.file} · {first.language_label}", style="dim")]
    for row in first.metrics:
        if row.rating:
            symbol, style = RATING_STYLE[row.rating]
            lines.append(
                Text.assemble(
                    (f"{row.label}: ", "bold"),
                    row.value,
                    "  ",
                    (f"{symbol} {row.rating_label}", style),
                )
            )
    lines.append(
        Text(
            "  ·  ".join(
                f"{row.label}: {row.value}"
                for row in first.metrics
                if row.key in ("questions", "reflections", "directives", "jargon")
            ),
            style="dim",
        )
    )
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for report in reports:
        for row in report.principles:
            symbol, style = STATUS_STYLE[row.status]
            grid.add_row(Text(f"{symbol} {row.status_label}", style=style), Text(row.title))
    lines += [Text(""), grid]
    lines += [Text(report.signals_note, style="dim") for report in reports if report.signals_note]
    lines += [Text(""), Text(t("ui.hint.intro", lang)), Text(first.note, style="bold")]
    return Panel(
        Group(*lines), title=plain(t("ui.hint.title", lang)), title_align="left", expand=False
    )


def render_explanation(console: Console, explanation: Explanation, lang: str) -> None:
    """``--explain LINE``: the turn, what the other said just before, and per sentence its
    code with the rules that fired."""
    place = quote_place(explanation, lang)  # type: ignore[arg-type]
    lines: list = [quote_text(explanation.text, "bold")]
    if not explanation.professional:
        lines.append(Text(t("ui.analyze.explain.not_professional", lang), style="dim"))
    else:
        if explanation.before:
            lines.append(Text(t("ui.analyze.explain.before", lang), style="dim"))
            for quote in explanation.before:
                lines.append(
                    Text.assemble((quote_place(quote, lang), "dim"), "  ", quote_text(quote.text))
                )
        else:
            lines.append(Text(t("ui.analyze.explain.nothing_before", lang), style="dim"))
        grid = Table.grid(padding=(0, 2))
        grid.add_column(no_wrap=True, style="bold")
        grid.add_column(overflow="fold")
        for n, row in enumerate(explanation_rows(explanation, lang), 1):
            parts: list = []
            if row.text is not None:
                parts.append(quote_text(row.text))
            parts.append(Text(row.label, style="cyan"))
            reasons = row.reasons or (t("ui.analyze.explain.no_rule", lang),)
            parts.extend(Text(f"· {reason}", style="dim") for reason in reasons)
            grid.add_row(t("ui.analyze.explain.sentence", lang, n=n), Group(*parts))
        lines += [Text(""), grid]
    console.print()
    console.print(
        Panel(
            Group(*lines),
            title=plain(t("ui.analyze.explain.title", lang, line=place)),
            title_align="left",
            expand=False,
        )
    )
