"""Rich rendering for the drills: items, feedback, scores, lists and the class report.
No business logic here."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.panel import Panel
from rich.rule import Rule
from rich.table import Table
from rich.text import Text

from partnerschap.cli.drill.keys import KeyReader
from partnerschap.cli.safe_text import plain
from partnerschap.drills.model import ItemType
from partnerschap.drills.practice import Answer, ShownItem, score
from partnerschap.drills.report import DrillReport, Tally, bar, item_texts, trainee_label
from partnerschap.i18n import LocalizedText
from partnerschap.messages import t, t_n
from partnerschap.sets.model import Principle, PrincipleSet

MAX_EXAMPLES = 3


def kind_label(kind: ItemType, lang: str) -> str:
    return t(f"ui.drill.type.{kind.value}", lang)


def pitfall_label(pitfall: str, lang: str) -> str:
    return t(f"ui.drill.pitfall.{pitfall}", lang)


def principles_of(shown: ShownItem, sets: Mapping[str, PrincipleSet]) -> list[Principle]:
    pset = sets.get(shown.item.set_id)
    if pset is None:
        return []
    return [p for pid in shown.item.principles if (p := pset.principle(pid)) is not None]


def vignette_panel(
    shown: ShownItem, number: int, total: int, lang: str, *, with_options: bool = False
) -> Panel:
    title = t("ui.drill.item_title", lang, number=number, total=total)
    body: list[RenderableType] = [Text(shown.item.vignette.get(lang).strip())]
    if with_options:
        grid = Table.grid(padding=(0, 1))
        grid.add_column(style="bold cyan", no_wrap=True)
        grid.add_column(overflow="fold")
        for n, option in enumerate(shown.options, 1):
            grid.add_row(f"{n})", option.label.get(lang))
        body += [Text(""), grid]
    return Panel(
        Group(*body),
        title=plain(f"{title} · {kind_label(shown.item.type, lang)}"),
        title_align="left",
        padding=(1, 2),
        width=None,
    )


def bullets(lines: Sequence[str], indent: int = 2) -> Padding:
    """A bulleted list whose wrapped lines stay under the text, not under the bullet."""
    grid = Table.grid(padding=(0, 1))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    for line in lines:
        grid.add_row("•", line)
    return Padding(grid, (0, 0, 0, indent))


def share_text(right: int, total: int) -> Text:
    percent = round(100 * right / total) if total else 0
    style = "green" if percent >= 75 else "yellow" if percent >= 50 else "red"
    return Text(f"{bar(right / total if total else 0.0)} {percent:>3}%", style=style)


def principle_title(
    sets: Mapping[str, PrincipleSet], set_id: str, principle_id: str, lang: str
) -> str:
    pset = sets.get(set_id)
    principle = pset.principle(principle_id) if pset else None
    return principle.title.get(lang) if principle else principle_id


def score_table(answers: Sequence[Answer], sets: Mapping[str, PrincipleSet], lang: str) -> Table:
    right = sum(a.correct for a in answers)
    table = Table(
        title=t("ui.drill.score_title", lang, right=right, total=len(answers)),
        title_justify="left",
        expand=False,
    )
    table.add_column(t("ui.principle", lang), overflow="fold", max_width=60)
    table.add_column(t("ui.drill.right", lang), justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    for row in score(answers):
        table.add_row(
            principle_title(sets, row.set_id, row.principle_id, lang),
            f"{row.right}/{row.total}",
            share_text(row.right, row.total),
        )
    return table


class RichDrillPresenter:
    """Shows a practice session; with a key reader it waits for a key after each feedback."""

    def __init__(
        self,
        console: Console,
        lang: str,
        sets: Mapping[str, PrincipleSet],
        keys: KeyReader | None = None,
        *,
        scripted: bool = False,
    ) -> None:
        self.console = console
        self.lang = lang
        self.sets = sets
        self.keys = keys
        # Answers given on the command line: show the options and the answer given, as
        # nobody saw them in a prompt.
        self.scripted = scripted
        # questionary shows each choice on one line, after " » 1) ".
        self.label_width = max(20, console.width - 8)

    def item(self, shown: ShownItem, number: int, total: int) -> None:
        long = self.scripted or any(
            len(o.label.get(self.lang)) > self.label_width for o in shown.options
        )
        self.console.print()
        self.console.print(vignette_panel(shown, number, total, self.lang, with_options=long))

    def feedback(self, shown: ShownItem, answer: Answer) -> None:
        if self.scripted:
            chosen = shown.options[answer.chosen_number - 1].label.get(self.lang)
            self.console.print(
                Text.assemble(
                    (f"{t('ui.drill.your_answer', self.lang)}: ", "bold"),
                    f"{answer.chosen_number}. {chosen}",
                )
            )
        self.console.print(feedback_block(shown, answer, self.sets, self.lang))

    def go_on(self, number: int, total: int) -> bool:
        if self.keys is None:
            return True
        self.console.print()
        self.console.print(Text(t("ui.drill.press_key", self.lang), style="dim"))
        key = self.keys.read_key()
        if key == "c-c":
            raise KeyboardInterrupt
        return key not in ("q", "escape")


def feedback_block(
    shown: ShownItem, answer: Answer, sets: Mapping[str, PrincipleSet], lang: str
) -> Group:
    item = shown.item
    right = item.correct
    parts: list[RenderableType] = []
    if answer.correct:
        parts.append(Text(f"✓ {t('ui.drill.right_answer', lang)}", style="bold green"))
    else:
        parts.append(Text(f"✗ {t('ui.drill.wrong_answer', lang)}", style="bold red"))
        parts.append(
            Padding(
                Text.assemble(
                    (f"{t('ui.drill.answer', lang)}: ", "bold"),
                    f"{shown.correct_number}. {right.label.get(lang)}",
                ),
                (0, 0, 0, 2),
            )
        )
        if answer.pitfall:
            parts.append(
                Padding(
                    Text(
                        t(
                            "ui.drill.your_pitfall",
                            lang,
                            pitfall=pitfall_label(answer.pitfall, lang),
                        ),
                        style="yellow",
                    ),
                    (0, 0, 0, 2),
                )
            )
    parts += [Text(""), Text(item.explanation.get(lang).strip())]
    for principle in principles_of(shown, sets):
        for key, examples in example_blocks(principle):
            parts += [
                Text(""),
                Text(t(key, lang, principle=principle.title.get(lang)), style="bold"),
            ]
            parts.append(bullets([q.get(lang) for q in examples]))
    return Group(*parts)


def example_blocks(principle: Principle) -> list[tuple[str, tuple[LocalizedText, ...]]]:
    """The examples a drill shows for a principle, as ``(heading key, texts)``: questions
    to ask any parent, then lines from practice (about one family), a few of each."""
    blocks = [
        ("ui.drill.examples_for", principle.questions[:MAX_EXAMPLES]),
        ("ui.drill.practice_for", principle.illustrations[:MAX_EXAMPLES]),
    ]
    return [(key, texts) for key, texts in blocks if texts]


def render_score(
    console: Console, answers: Sequence[Answer], sets: Mapping[str, PrincipleSet], lang: str
) -> None:
    console.print()
    console.print(Rule(style="dim"))
    if not answers:
        console.print(t("ui.drill.nothing_answered", lang))
        return
    console.print(score_table(answers, sets, lang))


def list_json(
    items: Sequence[ShownItem], lang: str, seed: str, filters: Mapping[str, Any]
) -> dict[str, Any]:
    return {
        "seed": seed,
        "language": lang,
        "filters": dict(filters),
        "count": len(items),
        "items": [
            {
                "number": number,
                "id": shown.id,
                "type": shown.item.type.value,
                "set": shown.item.set_id,
                "principles": list(shown.item.principles),
                "vignette": shown.item.vignette.get(lang),
                "options": [
                    {
                        "number": n,
                        "id": option.id,
                        "text": option.label.get(lang),
                        "correct": option.correct,
                        **({"pitfall": option.pitfall} if option.pitfall else {}),
                    }
                    for n, option in enumerate(shown.options, 1)
                ],
                "correct": shown.correct_number,
            }
            for number, shown in enumerate(items, 1)
        ],
    }


def list_items(console: Console, items: Sequence[ShownItem], lang: str, seed: str) -> None:
    console.print(Text(t("ui.drill.list_title", lang, count=len(items), seed=seed), style="bold"))
    for number, shown in enumerate(items, 1):
        item = shown.item
        console.print()
        console.print(
            Text.assemble(
                (f"{number}. {item.id}", "bold cyan"),
                (f"  {kind_label(item.type, lang)} · {item.set_id}: ", "dim"),
                (", ".join(item.principles), "dim"),
            )
        )
        for n, option in enumerate(shown.options, 1):
            console.print(Text(f"   {n}) {option.label.get(lang)}"))


# --- class report ------------------------------------------------------------------------------


def render_report(console: Console, report: DrillReport, lang: str) -> None:
    overall = report.overall
    console.print(Text(t("ui.drill.report.title", lang), style="bold"))
    console.print(
        t(
            "ui.drill.report.overview",
            lang,
            files=t_n("count.results_files", len(report.files), lang),
            trainees=t_n("count.trainees", len(report.trainees), lang),
            answers=t_n("count.answers", report.answers, lang),
            right=overall.right,
            percent=overall.percent,
        )
    )
    console.print()
    table = Table(title=t("ui.drill.report.per_principle", lang), title_justify="left")
    table.add_column(t("ui.principle", lang), overflow="fold", max_width=60)
    table.add_column(t("ui.drill.right", lang), justify="right", no_wrap=True)
    table.add_column("", no_wrap=True)
    for row in report.principles:
        table.add_row(
            row.label(lang), f"{row.tally.right}/{row.tally.total}", share_text(*_rt(row.tally))
        )
    console.print(table)
    console.print()
    console.print(Text(t("ui.drill.report.hardest", lang), style="bold"))
    if not report.hardest:
        console.print(Padding(t("ui.drill.report.none_hard", lang), (0, 0, 0, 2)))
    for number, row in enumerate(report.hardest, 1):
        texts = item_texts(row, lang)
        score_line = t(
            "ui.drill.report.item_score",
            lang,
            right=row.tally.right,
            total=row.tally.total,
            percent=row.tally.percent,
        )
        console.print()
        console.print(Text.assemble((f"{number}. {row.item_id}", "bold cyan"), f"  {score_line}"))
        if texts["vignette"] is None:
            console.print(Padding(t("ui.drill.report.item_gone", lang), (0, 0, 0, 3)))
            continue
        console.print(Padding(Text(texts["vignette"] or "", style="dim"), (0, 0, 0, 3)))
        console.print(
            Padding(
                Text.assemble((f"{t('ui.drill.answer', lang)}: ", "bold"), texts["answer"] or ""),
                (0, 0, 0, 3),
            )
        )
        console.print(Padding(Text(texts["explanation"] or ""), (0, 0, 0, 3)))
    console.print()
    trainees = Table(title=t("ui.drill.report.per_trainee", lang), title_justify="left")
    trainees.add_column(t("ui.drill.name", lang), overflow="fold")
    trainees.add_column(t("ui.drill.right", lang), justify="right", no_wrap=True)
    trainees.add_column("", no_wrap=True)
    trainees.add_column(t("ui.drill.sessions", lang), justify="right")
    for trainee in report.trainees:
        trainees.add_row(
            trainee_label(trainee.name, lang),
            f"{trainee.tally.right}/{trainee.tally.total}",
            share_text(*_rt(trainee.tally)),
            str(trainee.sessions),
        )
    console.print(trainees)


def _rt(tally: Tally) -> tuple[int, int]:
    return tally.right, tally.total
