"""The class report: many trainees' results files put together. No terminal code.

Files are combined by item id, so results made with different bank versions or sets count
together. A file that is broken or is not a drill results file is named and skipped; the
same session handed in twice (same results id) counts once.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerschap.drills.model import DrillCatalog, DrillItem
from partnerschap.drills.results import NotResults, ResultsFile, read_results_file
from partnerschap.errors import PartnerschapError
from partnerschap.i18n import LocalizedText
from partnerschap.markdown_text import escape_inline
from partnerschap.messages import t, t_n
from partnerschap.sets.model import PrincipleSet

HARDEST = 3
BAR_WIDTH = 20


@dataclass(frozen=True)
class Skipped:
    path: str
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def message(self, lang: str) -> str:
        return t(self.reason, lang, **self.params)

    def render(self, lang: str) -> str:
        return f"{self.path}: {self.message(lang)}"


@dataclass(frozen=True)
class Tally:
    right: int
    total: int

    @property
    def share(self) -> float:
        return self.right / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.share)


@dataclass(frozen=True)
class PrincipleRow:
    set_id: str
    principle_id: str
    title: LocalizedText | None
    tally: Tally

    def label(self, lang: str) -> str:
        return self.title.get(lang) if self.title else self.principle_id


@dataclass(frozen=True)
class ItemRow:
    item_id: str
    principles: tuple[str, ...]
    tally: Tally
    item: DrillItem | None  # from the current bank, for the vignette and the explanation


@dataclass(frozen=True)
class TraineeRow:
    name: str | None
    tally: Tally
    sessions: int


@dataclass
class DrillReport:
    files: list[ResultsFile]
    skipped: list[Skipped]
    principles: list[PrincipleRow]
    hardest: list[ItemRow]
    trainees: list[TraineeRow]
    duplicates: list[str] = field(default_factory=list)

    @property
    def answers(self) -> int:
        return sum(len(f.entries) for f in self.files)

    @property
    def overall(self) -> Tally:
        return Tally(sum(f.right for f in self.files), self.answers)


def collect_paths(paths: Sequence[Path]) -> list[Path]:
    """Files as given; a folder gives the ``*.json`` files in it and below, sorted."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            # Anything but a folder: a FIFO or a device is named as skipped, not left out.
            out += sorted(p for p in path.rglob("*.json") if not p.is_dir())
        else:
            out.append(path)
    return out


def read_all(paths: Sequence[Path]) -> tuple[list[ResultsFile], list[Skipped], list[str]]:
    """Usable files, skipped files, and files skipped as a copy of one already read."""
    files: list[ResultsFile] = []
    skipped: list[Skipped] = []
    duplicates: list[str] = []
    seen_paths: set[Path] = set()
    seen_ids: set[str] = set()
    for path in collect_paths(paths):
        resolved = path.resolve()
        if resolved in seen_paths:
            continue
        seen_paths.add(resolved)
        if not path.exists():
            skipped.append(Skipped(str(path), "report.skip.not_found"))
            continue
        try:
            results = read_results_file(path)
        except NotResults as exc:
            skipped.append(Skipped(str(path), exc.reason, exc.params))
            continue
        if results.id in seen_ids:
            duplicates.append(str(path))
            continue
        seen_ids.add(results.id)
        files.append(results)
    return files, skipped, duplicates


def _principle_order(sets: Mapping[str, PrincipleSet]) -> dict[tuple[str, str], int]:
    """The core set first, then the others as found; principles in set order."""
    from partnerschap.sets.catalog import DEFAULT_SET

    order: dict[tuple[str, str], int] = {}
    for pset in sorted(sets.values(), key=lambda s: s.id != DEFAULT_SET):
        for principle in pset.principles:
            order[(pset.id, principle.id)] = len(order)
    return order


def build_report(
    files: Sequence[ResultsFile],
    skipped: Sequence[Skipped] = (),
    *,
    drills: DrillCatalog | None = None,
    sets: Mapping[str, PrincipleSet] | None = None,
    duplicates: Sequence[str] = (),
) -> DrillReport:
    """Per principle, the hardest items and per trainee, over all ``files``."""
    sets = sets or {}
    per_principle: dict[tuple[str, str], list[int]] = {}
    per_item: dict[str, list[int]] = {}
    item_principles: dict[str, tuple[str, ...]] = {}
    per_trainee: dict[str | None, list[int]] = {}
    for results in files:
        trainee = per_trainee.setdefault(results.trainee, [0, 0, 0])
        trainee[2] += 1
        for entry in results.entries:
            trainee[0] += int(entry.correct)
            trainee[1] += 1
            counts = per_item.setdefault(entry.item_id, [0, 0])
            counts[0] += int(entry.correct)
            counts[1] += 1
            item_principles.setdefault(entry.item_id, entry.principles)
            for pid in entry.principles:
                counts = per_principle.setdefault((entry.set_id, pid), [0, 0])
                counts[0] += int(entry.correct)
                counts[1] += 1
    order = _principle_order(sets)
    principles = []
    for key in sorted(per_principle, key=lambda k: (order.get(k, len(order)), k)):
        pset = sets.get(key[0])
        principle = pset.principle(key[1]) if pset else None
        right, total = per_principle[key]
        principles.append(
            PrincipleRow(
                key[0], key[1], principle.title if principle else None, Tally(right, total)
            )
        )
    items = [
        ItemRow(
            item_id,
            item_principles[item_id],
            Tally(*counts),
            drills.get(item_id) if drills else None,
        )
        for item_id, counts in per_item.items()
        if counts[0] < counts[1]
    ]
    items.sort(key=lambda row: (row.tally.share, -row.tally.total, row.item_id))
    trainees = [
        TraineeRow(name, Tally(right, total), sessions)
        for name, (right, total, sessions) in per_trainee.items()
    ]
    trainees.sort(key=lambda row: (row.name is None, (row.name or "").casefold()))
    return DrillReport(
        files=list(files),
        skipped=list(skipped),
        principles=principles,
        hardest=items[:HARDEST],
        trainees=trainees,
        duplicates=list(duplicates),
    )


MAX_SKIPS_SHOWN = 20


def report_from_paths(
    paths: Sequence[Path],
    *,
    drills: DrillCatalog | None = None,
    sets: Mapping[str, PrincipleSet] | None = None,
) -> DrillReport:
    """Read and combine; raises when not a single usable file is left."""
    files, skipped, duplicates = read_all(paths)
    if not files and not skipped and not duplicates:
        raise PartnerschapError(
            "error.drill.no_results_found", paths=", ".join(str(p) for p in paths)
        )
    if not files:
        from partnerschap.i18n import current

        lines = [f"  {skip.render(current())}" for skip in skipped[:MAX_SKIPS_SHOWN]]
        if len(skipped) > MAX_SKIPS_SHOWN:
            lines.append(f"  … ({len(skipped) - MAX_SKIPS_SHOWN})")
        raise PartnerschapError(
            "error.drill.no_results", count=len(skipped), files="\n".join(lines)
        )
    return build_report(files, skipped, drills=drills, sets=sets, duplicates=duplicates)


def bar(share: float, width: int = BAR_WIDTH) -> str:
    """``█████░░░``: a bar that reads in a terminal, in markdown and in a plain e-mail."""
    filled = round(share * width)
    return "█" * filled + "░" * (width - filled)


def trainee_label(name: str | None, lang: str) -> str:
    return name if name else t("ui.drill.no_name", lang)


def item_texts(row: ItemRow, lang: str) -> dict[str, str | None]:
    """Vignette, right answer and explanation of an item from the current bank."""
    item = row.item
    if item is None:
        return {"vignette": None, "answer": None, "explanation": None}
    return {
        "vignette": item.vignette.get(lang),
        "answer": item.correct.label.get(lang),
        "explanation": item.explanation.get(lang),
    }


def report_json(report: DrillReport, lang: str) -> dict[str, Any]:
    return {
        "files": [f.path for f in report.files],
        "skipped": [{"file": s.path, "reason": s.message(lang)} for s in report.skipped],
        "duplicates": report.duplicates,
        "answers": report.answers,
        "right": report.overall.right,
        "principles": [
            {
                "set": row.set_id,
                "principle": row.principle_id,
                "title": row.label(lang),
                "right": row.tally.right,
                "total": row.tally.total,
                "share": round(row.tally.share, 3),
            }
            for row in report.principles
        ],
        "hardest": [
            {
                "id": row.item_id,
                "principles": list(row.principles),
                "right": row.tally.right,
                "total": row.tally.total,
                **item_texts(row, lang),
            }
            for row in report.hardest
        ],
        "trainees": [
            {
                "name": row.name,
                "right": row.tally.right,
                "total": row.tally.total,
                "sessions": row.sessions,
            }
            for row in report.trainees
        ],
    }


def _cell(text: str) -> str:
    """A table cell of a trainee's name or a label: markdown in it is escaped."""
    return escape_inline(text)


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line.strip() else ">" for line in text.strip().splitlines())


def report_markdown(report: DrillReport, lang: str) -> str:
    """The report for the trainer's follow-up e-mail."""
    from partnerschap import __version__

    def m(key: str, **params: Any) -> str:
        return t(key, lang, **params)

    lines = [f"# {m('ui.drill.report.title')}", ""]
    overall = report.overall
    lines += [
        m(
            "ui.drill.report.overview",
            files=t_n("count.results_files", len(report.files), lang),
            trainees=t_n("count.trainees", len(report.trainees), lang),
            answers=t_n("count.answers", report.answers, lang),
            right=overall.right,
            percent=overall.percent,
        ),
        "",
        f"## {m('ui.drill.report.per_principle')}",
        "",
        f"| {m('ui.principle')} | {m('ui.drill.right')} | % | |",
        "|---|---:|---:|---|",
    ]
    for row in report.principles:
        lines.append(
            f"| {_cell(row.label(lang))} | {row.tally.right}/{row.tally.total} "
            f"| {row.tally.percent}% | `{bar(row.tally.share)}` |"
        )
    lines += ["", f"## {m('ui.drill.report.hardest')}", ""]
    if not report.hardest:
        lines += [m("ui.drill.report.none_hard"), ""]
    for number, row in enumerate(report.hardest, 1):
        texts = item_texts(row, lang)
        lines += [
            f"### {number}. {row.item_id}: "
            + m(
                "ui.drill.report.item_score",
                right=row.tally.right,
                total=row.tally.total,
                percent=row.tally.percent,
            ),
            "",
        ]
        if texts["vignette"] is None:
            lines += [m("ui.drill.report.item_gone"), ""]
            continue
        lines += [
            _quote(texts["vignette"] or ""),
            "",
            f"**{m('ui.drill.answer')}:** {texts['answer']}",
            "",
            f"**{m('ui.drill.explanation')}:** {texts['explanation']}",
            "",
        ]
    lines += [
        f"## {m('ui.drill.report.per_trainee')}",
        "",
        f"| {m('ui.drill.name')} | {m('ui.drill.right')} | % | {m('ui.drill.sessions')} |",
        "|---|---:|---:|---:|",
    ]
    for trainee in report.trainees:
        lines.append(
            f"| {_cell(trainee_label(trainee.name, lang))} | "
            f"{trainee.tally.right}/{trainee.tally.total} | {trainee.tally.percent}% | "
            f"{trainee.sessions} |"
        )
    if report.skipped or report.duplicates:
        lines += ["", f"## {m('ui.drill.report.skipped')}", ""]
        lines += [f"- `{s.path}`: {s.message(lang)}" for s in report.skipped]
        lines += [f"- `{d}`: {m('report.skip.duplicate')}" for d in report.duplicates]
    lines += ["", f"_{m('ui.drill.report.generated', version=__version__)}_", ""]
    return "\n".join(lines)
