"""Load and validate drill banks (``drills*.yaml``), reporting every problem as ``file:line``.

Banks are found where principle sets are: the bundled folder, the user's principles folder
and extra folders, in that order; a later bank adds items or overrides an item with the same
id. A bank is checked against the principle sets found, so every principle it names must
exist in the set the item names. A broken bank is skipped and its problems are reported;
it never stops the other banks from loading.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from partnerschap.drills.model import (
    OPTION_COUNT,
    PITFALLS,
    DrillBank,
    DrillCatalog,
    DrillItem,
    ItemType,
    Option,
)
from partnerschap.errors import FileProblems, Problem
from partnerschap.sets.loader import _digest, _unknown_keys, _Validator
from partnerschap.sets.model import PrincipleSet
from partnerschap.sets.yaml_lines import LineDict, LineList, read_yaml_file

BANK_PREFIX = "drills"
_BANK_KEYS = {"schema", "id", "version", "title", "source", "items"}
_ITEM_KEYS = {
    "id",
    "type",
    "set",
    "principles",
    "source",
    "vignette",
    "options",
    "explanation",
}
_SPOT_OPTION_KEYS = {"principle", "correct"}
_BETTER_OPTION_KEYS = {"text", "correct", "pitfall"}


def is_bank_file(path: Path) -> bool:
    return path.name.startswith(BANK_PREFIX) and path.suffix in (".yaml", ".yml")


def bank_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if is_bank_file(p) and p.is_file())


class _BankValidator(_Validator):
    """Problems at the top of a bank get their own messages ("the drill bank has no
    'title'"); problems inside an item name the item (``item|<id>``)."""

    def add(self, line: int | None, key: str, **params: Any) -> None:
        if params.get("where") == "bank" and key.startswith("set."):
            del params["where"]
            key = "drill.bank." + key[len("set.") :]
        super().add(line, key, **params)


class _ItemChecker:
    def __init__(self, v: _Validator, sets: Mapping[str, PrincipleSet]) -> None:
        self.v = v
        self.sets = sets

    def principles(self, data: LineDict, where: str, pset: PrincipleSet | None) -> list[str]:
        raw = data.get("principles")
        line = data.line_of("principles")
        if raw is None:
            self.v.add(data.line, "set.missing_field", field="principles", where=where)
            return []
        if not isinstance(raw, list):
            self.v.add(line, "set.wrong_type", field="principles", where=where, expected="list")
            return []
        if not raw:
            self.v.add(line, "set.empty_list", field="principles", where=where)
            return []
        out: list[str] = []
        for index, pid in enumerate(raw):
            pline = raw.line_of(index) if isinstance(raw, LineList) else line
            if not isinstance(pid, str):
                self.v.add(
                    pline, "drill.unknown_principle", principle=str(pid), where=where, set=""
                )
            elif pset is not None and pset.principle(pid) is None:
                self.v.add(
                    pline,
                    "drill.unknown_principle",
                    principle=pid,
                    set=pset.id,
                    where=where,
                    available=", ".join(p.id for p in pset.principles),
                )
            elif pid in out:
                self.v.add(pline, "drill.duplicate_principle", principle=pid, where=where)
            else:
                out.append(pid)
        return out

    def spot_option(
        self, index: int, line: int, data: LineDict, where: str, pset: PrincipleSet | None
    ) -> Option | None:
        _unknown_keys(self.v, data, _SPOT_OPTION_KEYS, where)
        pid = data.get("principle")
        if pid is None:
            self.v.add(line, "drill.spot_option", where=where, number=index + 1)
            return None
        if not isinstance(pid, str):
            self.v.add(
                data.line_of("principle"),
                "drill.unknown_principle",
                principle=str(pid),
                set="",
                where=where,
            )
            return None
        if pset is None:
            return None
        principle = pset.principle(pid)
        if principle is None:
            self.v.add(
                data.line_of("principle"),
                "drill.unknown_principle",
                principle=pid,
                set=pset.id,
                where=where,
                available=", ".join(p.id for p in pset.principles),
            )
            return None
        return Option(
            id=pid, label=principle.title, correct=data.get("correct") is True, principle=pid
        )

    def better_option(self, index: int, line: int, data: LineDict, where: str) -> Option | None:
        _unknown_keys(self.v, data, _BETTER_OPTION_KEYS, where)
        if data.get("text") is None:
            self.v.add(line, "drill.better_option", where=where, number=index + 1)
            return None
        text = self.v.text(data, "text", where)
        pitfall = data.get("pitfall")
        correct = data.get("correct") is True
        if pitfall is not None and pitfall not in PITFALLS:
            self.v.add(
                data.line_of("pitfall"),
                "drill.bad_pitfall",
                pitfall=str(pitfall),
                where=where,
                available=", ".join(PITFALLS),
            )
            pitfall = None
        if pitfall is not None and correct:
            self.v.add(data.line_of("pitfall"), "drill.correct_with_pitfall", where=where)
        if text is None:
            return None
        return Option(id=f"o{index + 1}", label=text, correct=correct, pitfall=pitfall)

    def options(
        self, data: LineDict, where: str, kind: ItemType | None, pset: PrincipleSet | None
    ) -> tuple[list[Option], bool]:
        """The options, and whether they are complete (so the item can be used)."""
        items = self.v.mapping_list(data, "options", where)
        raw = data.get("options")
        line = data.line_of("options")
        if isinstance(raw, list) and raw and len(raw) != OPTION_COUNT:
            self.v.add(line, "drill.option_count", where=where, count=len(raw), need=OPTION_COUNT)
        out: list[Option] = []
        complete = isinstance(raw, list) and len(items) == len(raw) == OPTION_COUNT
        correct_lines: list[int] = []
        seen: set[str] = set()
        for index, (oline, odata) in enumerate(items):
            flag = odata.get("correct")
            if flag is not None and not isinstance(flag, bool):
                self.v.add(odata.line_of("correct"), "drill.bad_correct", where=where)
            elif flag:
                correct_lines.append(odata.line_of("correct"))
            if kind is ItemType.SPOT:
                option = self.spot_option(index, oline, odata, where, pset)
            elif kind is ItemType.BETTER:
                option = self.better_option(index, oline, odata, where)
            else:
                option = None
            if option is None:
                complete = False
                continue
            if option.principle and option.principle in seen:
                self.v.add(
                    odata.line_of("principle"),
                    "drill.duplicate_option",
                    principle=option.principle,
                    where=where,
                )
                complete = False
            seen.add(option.principle or option.id)
            out.append(option)
        if isinstance(raw, list) and raw and len(correct_lines) != 1:
            self.v.add(
                correct_lines[1] if len(correct_lines) > 1 else line,
                "drill.correct_count",
                where=where,
                count=len(correct_lines),
            )
            complete = False
        return out, complete

    def item(self, line: int, data: LineDict, bank_id: str, display: str) -> DrillItem | None:
        v = self.v
        item_id = v.id_of(data, "item")
        where = f"item|{item_id or '?'}"
        _unknown_keys(v, data, _ITEM_KEYS, where)
        kind: ItemType | None = None
        raw_type = data.get("type")
        if raw_type is None:
            v.add(data.line, "set.missing_field", field="type", where=where)
        elif raw_type not in (t.value for t in ItemType):
            v.add(data.line_of("type"), "drill.bad_type", type=str(raw_type), where=where)
        else:
            kind = ItemType(raw_type)
        pset: PrincipleSet | None = None
        set_id = data.get("set")
        if set_id is None:
            v.add(data.line, "set.missing_field", field="set", where=where)
        elif not isinstance(set_id, str) or set_id not in self.sets:
            v.add(
                data.line_of("set"),
                "drill.unknown_set",
                set=str(set_id),
                where=where,
                available=", ".join(self.sets) or "-",
            )
        else:
            pset = self.sets[set_id]
        principles = self.principles(data, where, pset)
        source = data.get("source")
        if source is not None and not isinstance(source, str):
            v.add(
                data.line_of("source"),
                "set.wrong_type",
                field="source",
                where=where,
                expected="text",
            )
            source = None
        vignette = v.text(data, "vignette", where)
        options, complete = self.options(data, where, kind, pset)
        explanation = v.text(data, "explanation", where)
        if kind is ItemType.SPOT and complete and principles:
            right = next(o for o in options if o.correct)
            if right.principle not in principles:
                v.add(
                    data.line_of("principles"),
                    "drill.correct_not_listed",
                    principle=right.principle,
                    where=where,
                )
                complete = False
        if not (item_id and kind and pset and principles and vignette and explanation):
            return None
        if not complete:
            return None
        return DrillItem(
            id=item_id,
            type=kind,
            set_id=pset.id,
            principles=tuple(principles),
            vignette=vignette,
            options=tuple(options),
            explanation=explanation,
            source=source,
            bank_id=bank_id,
            path=display,
            line=line,
        )


def validate_bank_data(
    data: Any,
    display: str,
    sets: Mapping[str, PrincipleSet],
    *,
    origin: str = "bundled",
    digest: str = "",
) -> tuple[DrillBank | None, list[Problem]]:
    """Check parsed YAML of one bank against the principle sets; the bank (if usable) and
    all problems found."""
    v = _BankValidator(display)
    header = v.header(data, where="bank", allowed=_BANK_KEYS, not_mapping="drill.not_mapping")
    if header is None:
        return None, v.problems
    bank_id, version = header
    title = v.text(data, "title", "bank")
    source = v.source(data, "drill.missing_source")
    checker = _ItemChecker(v, sets)
    items: list[DrillItem] = []
    for line, idata in v.unique_mappings(data, "items", "bank", "drill.duplicate_item"):
        item = checker.item(line, idata, bank_id or "", display)
        if item:
            items.append(item)
    if v.problems or not bank_id or not title:
        return None, v.problems
    return (
        DrillBank(
            id=bank_id,
            version=str(version),
            title=title,
            source=source,
            items=tuple(items),
            path=display,
            origin=origin,
            digest=digest,
        ),
        [],
    )


def validate_bank_file(
    path: Path | str, sets: Mapping[str, PrincipleSet], display: str | None = None
) -> list[Problem]:
    """All problems of one bank file (empty if it is fine)."""
    path = Path(path)
    data, problems = read_yaml_file(path, display)
    if problems:
        return problems
    _, problems = validate_bank_data(data, display or str(path), sets)
    return problems


def load_bank_file(
    path: Path | str,
    sets: Mapping[str, PrincipleSet],
    *,
    origin: str = "bundled",
    display: str | None = None,
) -> DrillBank:
    """Load one bank; raises :class:`FileProblems` with every problem found."""
    path = Path(path)
    display = display or str(path)
    data, problems = read_yaml_file(path, display)
    if not problems:
        bank, problems = validate_bank_data(
            data, display, sets, origin=origin, digest=_digest(path)
        )
        if bank:
            return bank
    raise FileProblems(problems)


def discover_banks(
    sources: Iterable[tuple[str, Path]], sets: Mapping[str, PrincipleSet]
) -> DrillCatalog:
    """Every bank in the folders given as ``(origin, folder)`` pairs, in order."""
    catalog = DrillCatalog()
    for origin, folder in sources:
        for path in bank_files(folder):
            try:
                catalog.add(load_bank_file(path, sets, origin=origin))
            except FileProblems as exc:
                catalog.broken.extend(exc.problems)
    return catalog


def load_drills(
    principles_dir: Path | None = None, sets: Mapping[str, PrincipleSet] | None = None
) -> DrillCatalog:
    """The drill items of the bundled, user and extra folders (as :func:`load_catalog`)."""
    from partnerschap.paths import extra_principles_dirs, user_principles_dir
    from partnerschap.sets.catalog import load_catalog
    from partnerschap.sets.loader import bundled_dir

    if sets is None:
        sets = load_catalog(principles_dir).sets
    sources = [("bundled", bundled_dir()), ("user", user_principles_dir())]
    sources += [("extra", d) for d in extra_principles_dirs(principles_dir)]
    return discover_banks(sources, sets)
