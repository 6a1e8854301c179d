"""What the ``log`` commands do and show. Imported only when such a command runs."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import typer
from rich.console import Console
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from partnerschap.cli import state
from partnerschap.cli.safe_text import say
from partnerschap.cli.unlock import open_log
from partnerschap.log.outline import transcript_measures
from partnerschap.log.stats import PrincipleCount, Stats, from_store
from partnerschap.log.store import Filters, Store, Summary, parse_date_option
from partnerschap.messages import t
from partnerschap.reflection.record import Reflection

YES_WORDS = {"j", "ja", "y", "yes"}
BAR_WIDTH = 40
TREND_WIDTH = 20


def write_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def date_filters(since: str | None, until: str | None, **other: Any) -> Filters:
    return Filters(since=parse_date_option(since), until=parse_date_option(until), **other)


# --- list and search -------------------------------------------------------------------------


def summaries_table(
    rows: Sequence[Summary],
    lang: str,
    *,
    drafts: bool = False,
    extra: dict[str, Text] | None = None,
    extra_title: str = "",
) -> Table:
    table = Table(
        title=t("ui.log.drafts_title" if drafts else "ui.log.title", lang), title_justify="left"
    )
    table.add_column(t("ui.id", lang), style="cyan", no_wrap=True)
    table.add_column(t("ui.date", lang), no_wrap=True)
    table.add_column(t("ui.kind", lang), overflow="fold")
    table.add_column(t("ui.scenario", lang), overflow="fold")
    counts = extra is None
    if drafts:
        table.add_column(t("ui.log.updated", lang), no_wrap=True)
    elif counts:
        table.add_column(t("ui.log.missed", lang), justify="right")
        table.add_column(t("ui.log.partly", lang), justify="right")
    if extra is not None:
        table.add_column(extra_title, overflow="fold")
    for row in rows:
        cells: list[Any] = [
            row.id,
            row.date,
            Text(row.kind or "-"),
            Text(row.scenario_label(lang) or "-"),
        ]
        if drafts:
            cells.append(row.updated[:16].replace("T", " "))
        elif counts:
            cells += [
                Text(str(row.missed), style="red" if row.missed else "dim"),
                Text(str(row.partly), style="yellow" if row.partly else "dim"),
            ]
        if extra is not None:
            cells.append(extra.get(row.id, Text("")))
        table.add_row(*cells)
    return table


def list_reflections(
    *,
    limit: int,
    since: str | None,
    until: str | None,
    scenario: str | None,
    missed: str | None,
    drafts: bool,
    as_json: bool,
) -> None:
    lang = state.lang()
    from partnerschap.reflection.engine import scenario_word

    scenario = scenario_word(scenario) if scenario else None  # boos = angry
    filters = date_filters(since, until, scenario=scenario, missed=missed, drafts=drafts)
    with open_log(create=False) as store:
        if missed:
            check_missed(store, missed)
        rows = store.summaries(filters, limit=limit or None)
        total = store.count(filters) if limit and len(rows) == limit else len(rows)
    if as_json:
        write_json([row.to_json(lang) for row in rows])
        return
    console = state.out()
    if not rows:
        filtered = any((since, until, scenario, missed))
        key = "ui.log.no_drafts" if drafts else ("ui.log.no_match" if filtered else "ui.log.empty")
        say(console, t(key, lang))
        return
    console.print(summaries_table(rows, lang, drafts=drafts))
    if len(rows) < total:
        state.err().print(t("ui.log.shown", lang, shown=len(rows), total=total), style="dim")


def check_missed(store: Store, principle: str) -> None:
    """``--missed`` names a principle of a set or of the log (an error lists them)."""
    from partnerschap.log.known import check_principle, known_principles
    from partnerschap.sets.catalog import load_catalog

    check_principle(principle, known_principles(load_catalog(), store.principle_ids()))


def find_snippet(
    doc: dict[str, Any], needle: str, lang: str, width: int = 40
) -> tuple[str, str] | None:
    """Where ``needle`` occurs in a stored reflection: (field label, text around it)."""
    wanted = needle.casefold()
    step = doc.get("next_step") or {}
    ctx = doc.get("context") or {}
    fields: list[tuple[str, str]] = [
        ("ui.log.field.note", str(n)) for n in (doc.get("notes") or {}).values()
    ]
    fields.append(("ui.log.field.strengths", str(doc.get("strengths") or "")))
    fields.append(("ui.log.field.next", str(step.get("intention") or "")))
    fields += [("ui.log.field.next", str(q)) for q in step.get("questions") or []]
    fields.append(("ui.log.field.context", str(ctx.get("kind") or "")))
    fields += [("ui.log.field.context", str(p)) for p in ctx.get("participants") or []]
    for key, value in fields:
        flat = " ".join(value.split())
        folded = flat.casefold()
        at = folded.find(wanted)
        if at < 0:
            continue
        if len(folded) != len(flat):  # case folding changed the length: show the start
            at = 0
        start = max(0, at - width)
        end = min(len(flat), at + len(needle) + width)
        text = ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")
        return t(key, lang), text
    return None


def search_reflections(
    text: str, *, limit: int, since: str | None, until: str | None, as_json: bool
) -> None:
    lang = state.lang()
    filters = date_filters(since, until, text=text)
    with open_log(create=False) as store:
        rows = store.summaries(filters, limit=limit or None)
        total = store.count(filters) if limit and len(rows) == limit else len(rows)
        docs = store.docs_by_id(row.id for row in rows)
    snippets = {row.id: find_snippet(docs[row.id], text, lang) for row in rows}
    if as_json:
        out = []
        for row in rows:
            item = row.to_json(lang)
            found = snippets[row.id]
            item["match"] = {"field": found[0], "text": found[1]} if found else None
            out.append(item)
        write_json(out)
        return
    console = state.out()
    if not rows:
        say(console, t("ui.log.no_match", lang))
        return
    extra = {}
    for rid, found in snippets.items():
        if found:
            extra[rid] = Text.assemble((f"{found[0]}: ", "dim"), found[1])
    console.print(summaries_table(rows, lang, extra=extra, extra_title=t("ui.log.found_in", lang)))
    if len(rows) < total:
        state.err().print(t("ui.log.shown", lang, shown=len(rows), total=total), style="dim")


# --- show ------------------------------------------------------------------------------------


def render_reflection(console: Console, reflection: Reflection, lang: str) -> None:
    """A stored reflection, shown like the end of the interactive flow (and its notes)."""
    from partnerschap.cli.render import render_findings, render_summary

    ctx = reflection.context
    heading = f"{t('ui.md.title', lang)} {ctx.date or reflection.created[:10]}"
    if ctx.kind:
        heading += f": {ctx.kind}"
    console.print(Text(heading, style="bold"), Text(f"({reflection.id})", style="dim"))
    if not reflection.complete:
        console.print(Text(t("ui.log.draft_title", lang), style="yellow"))
    if reflection.findings:
        render_findings(console, reflection, None, lang)
    else:
        console.print()
    if reflection.notes:
        titles = {f.principle_id: f.title.get(lang) for f in reflection.findings}
        console.print(Text(t("ui.notes", lang), style="bold"))
        for pid, note in reflection.notes.items():
            console.print(Padding(Text(titles.get(pid, pid), style="cyan"), (0, 0, 0, 2)))
            console.print(Padding(Text(note), (0, 0, 0, 4)))
        console.print()
    measures = transcript_measures(reflection.to_json())
    if measures:
        console.print(measures_table(measures, lang))
        console.print()
    title = reflection.scenario_title.get(lang) if reflection.scenario_title else None
    render_summary(console, reflection, lang, title)


def measures_table(metrics: dict[str, Any], lang: str) -> Table:
    """The transcript measures ``reflect --transcript`` saved with the reflection."""
    from partnerschap.cli.analyze.view import RATING_STYLE
    from partnerschap.transcript.report import saved_metric_rows

    table = Table(title=t("ui.transcript_measures", lang), title_justify="left", expand=False)
    table.add_column(t("ui.analyze.measure", lang), overflow="fold", min_width=10)
    table.add_column(t("ui.analyze.value", lang), justify="right", no_wrap=True)
    table.add_column(t("ui.analyze.anchor", lang), overflow="fold", min_width=6)
    for row in saved_metric_rows(metrics, lang):
        rated = Text("")
        if row.rating:
            symbol, style = RATING_STYLE[row.rating]
            rated = Text(f"{symbol} {row.rating_label}", style=style)
        table.add_row(Text(row.label), Text(row.value, style="bold"), rated)
    return table


def show_reflection(reflection_id: str, *, as_json: bool) -> None:
    with open_log(create=False) as store:
        reflection = store.get(store.resolve(reflection_id))
    if as_json:
        write_json(reflection.to_json())
        return
    render_reflection(state.out(), reflection, state.lang())


# --- delete ----------------------------------------------------------------------------------


def delete_reflections(ids: Sequence[str], *, yes: bool) -> None:
    lang = state.lang()
    with open_log(create=False) as store:
        chosen = list(dict.fromkeys(store.resolve(i) for i in ids))
        if not yes:
            rows = store.summaries(Filters(ids=tuple(chosen)))
            rows += store.summaries(Filters(ids=tuple(chosen), drafts=True))
            console = state.out()
            say(console, t("ui.log.to_delete", lang))
            for row in rows:
                label = f"{row.date}  {row.kind or '-'}"
                if not row.complete:
                    label += f"  ({t('ui.log.draft', lang)})"
                console.print(Text.assemble("  ", (row.id, "cyan"), "  ", label))
            try:
                answer = typer.prompt(
                    t("prompt.log.delete", lang, count=len(chosen)),
                    default="",
                    show_default=False,
                    prompt_suffix=" ",
                )
            except typer.Abort:
                answer = ""
            if answer.strip().casefold() not in YES_WORDS:
                say(state.err(), t("ui.log.not_deleted", lang))
                raise typer.Exit(1)
        count = store.delete(chosen)
    say(state.out(), t("ui.log.deleted", lang, count=count))


# --- stats -----------------------------------------------------------------------------------


def stacked_bar(honoured: int, partly: int, missed: int, width: int) -> Text:
    """A horizontal bar: honoured, partly and missed as shares of ``width`` cells."""
    total = honoured + partly + missed
    bar = Text()
    if not total:
        return bar
    upto_honoured = round(width * honoured / total)
    upto_partly = round(width * (honoured + partly) / total)
    cells = [upto_honoured, upto_partly - upto_honoured, width - upto_partly]
    bar.append("█" * cells[0], style="green")
    bar.append("▒" * cells[1], style="yellow")
    bar.append("░" * cells[2], style="red")
    return bar


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "-"


def principles_stats_table(principles: Sequence[PrincipleCount], lang: str) -> Table:
    table = Table(title=t("ui.stats.table", lang), title_justify="left")
    table.add_column(t("ui.principle", lang), overflow="fold")
    table.add_column(f"✓ {t('status.honoured', lang)}", justify="right")
    table.add_column(f"◐ {t('status.partly', lang)}", justify="right")
    table.add_column(f"✗ {t('status.missed', lang)}", justify="right")
    table.add_column(f"– {t('status.not_applicable', lang)}", justify="right", style="dim")
    table.add_column(f"% {t('status.missed', lang)}", justify="right")
    for p in principles:
        table.add_row(
            Text(p.title.get(lang)),
            str(p.honoured),
            str(p.partly),
            Text(str(p.missed), style="red" if p.missed else ""),
            str(p.not_applicable),
            percent(p.missed, p.answered),
        )
    return table


def principles_chart(principles: Sequence[PrincipleCount], lang: str) -> Table:
    chart = Table.grid(padding=(0, 1))
    chart.add_column(max_width=44, no_wrap=True, overflow="ellipsis")
    chart.add_column(no_wrap=True)
    chart.add_column(justify="right", style="dim", no_wrap=True)
    for p in principles:
        chart.add_row(
            Text(p.title.get(lang)),
            stacked_bar(p.honoured, p.partly, p.missed, BAR_WIDTH),
            str(p.answered),
        )
    return chart


def trend_table(stats: Stats, lang: str) -> Table:
    table = Table(title=t("ui.stats.trend", lang), title_justify="left")
    table.add_column(t("ui.stats.month", lang), no_wrap=True)
    table.add_column(t("ui.stats.reflections", lang), justify="right")
    table.add_column(f"✓ {t('status.honoured', lang)}", justify="right")
    table.add_column(f"◐ {t('status.partly', lang)}", justify="right")
    table.add_column(f"✗ {t('status.missed', lang)}", justify="right")
    table.add_column(f"% {t('status.missed', lang)}", justify="right")
    table.add_column("", no_wrap=True)
    for m in stats.months:
        share = m.missed / m.answered if m.answered else 0.0
        table.add_row(
            m.month,
            str(m.reflections),
            str(m.honoured),
            str(m.partly),
            str(m.missed),
            percent(m.missed, m.answered),
            Text("░" * round(TREND_WIDTH * share), style="red"),
        )
    return table


def stats_span(first: str, last: str, lang: str) -> str:
    """`` van 2026-10 tot en met 2026-12``, or `` in december 2026`` for one month."""
    if not first:
        return ""
    if first == last and len(first) == 7 and first[4] == "-" and first[5:].isdigit():
        month = t(f"month.{int(first[5:])}", lang)
        return t("ui.stats.range_month", lang, month=f"{month} {first[:4]}")
    return t("ui.stats.range", lang, since=first, until=last)


def render_stats(
    console: Console, stats: Stats, lang: str, since: str | None, until: str | None
) -> None:
    first = since or (stats.months[0].month if stats.months else "")
    last = until or (stats.months[-1].month if stats.months else "")
    span = stats_span(first, last, lang)
    console.print(
        Text(t("ui.stats.heading", lang, count=stats.reflections, range=span), style="bold")
    )
    console.print()
    console.print(principles_stats_table(stats.principles, lang))
    console.print()
    console.print(Text(t("ui.stats.chart", lang), style="bold"))
    console.print(principles_chart(stats.principles, lang))
    console.print(Text(t("ui.stats.legend", lang), style="dim"))
    console.print()
    top = stats.most_missed
    if not top:
        console.print(Text(t("ui.stats.none_missed", lang), style="green"))
    else:
        titles = [c.title.get(lang) for c in top]
        named = (
            titles[0]
            if len(titles) == 1
            else t("ui.list.and", lang, first=", ".join(titles[:-1]), last=titles[-1])
        )
        console.print(
            Text(
                t(
                    "ui.stats.most_missed" if len(top) == 1 else "ui.stats.most_missed_tied",
                    lang,
                    title=named,
                    missed=top[0].missed,
                    answered=top[0].answered,
                ),
                style="bold red",
            )
        )
    if len(stats.months) > 1:
        console.print()
        console.print(trend_table(stats, lang))
    if stats.next_steps:
        console.print()
        console.print(Text(t("ui.stats.next_steps", lang), style="bold"))
        for step in stats.next_steps:
            head = Text.assemble((step.date, "cyan"), " ", (step.kind or "-", "dim"))
            if step.intention:
                head.append(f"  {step.intention}")
            console.print(Padding(head, (0, 0, 0, 2)))
            for question in step.questions:
                console.print(Padding(Text(f"• {question}"), (0, 0, 0, 4)))


def show_stats(*, since: str | None, until: str | None, as_json: bool) -> None:
    lang = state.lang()
    filters = date_filters(since, until)
    with open_log(create=False) as store:
        stats = from_store(store, filters)
        encrypted = store.encrypted
    if as_json:
        data = stats.to_json(lang)
        data["since"] = filters.since.isoformat() if filters.since else None
        data["until"] = filters.until.isoformat() if filters.until else None
        data["encrypted"] = encrypted
        write_json(data)
        return
    console = state.out()
    if not stats.reflections:
        say(console, t("ui.stats.empty", lang))
    else:
        render_stats(
            console,
            stats,
            lang,
            filters.since.isoformat() if filters.since else None,
            filters.until.isoformat() if filters.until else None,
        )
        console.print()
    say(console, t("ui.stats.encrypted" if encrypted else "ui.stats.not_encrypted", lang), "dim")


# --- check -----------------------------------------------------------------------------------


def check_log(*, output: Path | None, as_json: bool) -> None:
    """Report what ``integrity_check`` says and which reflections can still be read; exit 1
    when the log is damaged. Changes nothing; ``output`` gets the readable ones."""
    from partnerschap.log.check import check_store, readable_docs
    from partnerschap.log.store import db_path

    lang = state.lang()
    path = db_path()
    err = state.err()
    if not path.exists() and not path.is_symlink():
        say(err, t("ui.log.check.missing", lang, path=str(path)))
        return
    from functools import cache

    from partnerschap.cli.unlock import key_for

    unlock = cache(key_for)  # asked once, for the check and for --output
    result = check_store(path, unlock=unlock)
    written = 0
    if output is not None and result.readable:
        from partnerschap.atomic_write import atomic_open, write_failed
        from partnerschap.log.exporters.json_export import json_document

        def counted_docs() -> Iterator[str]:
            nonlocal written
            for doc in readable_docs(path, result.readable, unlock=unlock):
                written += 1
                yield doc

        try:
            with atomic_open(output) as out:
                for piece in json_document(counted_docs()):
                    out.write(piece)
        except OSError as exc:
            raise write_failed(output, exc) from exc
    if as_json:
        write_json(
            {
                "path": result.path,
                "sound": result.sound,
                "problems": result.problems,
                "readable": result.readable,
                "unreadable": result.unreadable,
                "list_error": result.list_error,
                "open_error": result.open_error,
            }
        )
    else:
        render_check(state.out(), result, lang)
    if output is not None and result.readable:
        say(err, t("ui.log.check.written", lang, count=written, path=str(output)))
    if not result.sound:
        raise typer.Exit(1)


def render_check(console: Console, result: Any, lang: str) -> None:
    if result.sound:
        say(console, t("ui.log.check.ok", lang, path=result.path, count=result.total))
        return
    if result.open_error:
        say(console, t("ui.log.check.unopenable", lang, path=result.path, detail=result.open_error))
        return
    say(console, t("ui.log.check.damaged", lang, path=result.path), style="bold")
    for line in result.problems or ["ok"]:
        console.print(Padding(Text(line), (0, 0, 0, 2)))
    if result.list_error:
        say(console, t("ui.log.check.no_list", lang, detail=result.list_error))
    else:
        say(
            console,
            t("ui.log.check.readable", lang, readable=len(result.readable), total=result.total),
        )
        if result.unreadable:
            shown = ", ".join(result.unreadable[:20]) + (
                " …" if len(result.unreadable) > 20 else ""
            )
            say(console, t("ui.log.check.unreadable", lang, ids=shown))
    say(console, t("ui.log.check.advice", lang))
