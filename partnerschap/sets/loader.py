"""Load and validate principle sets from YAML, reporting every problem as ``file:line``.

Sets are found in this order, later ones adding to or overriding earlier ones by set id:
the bundled sets, the user's principles folder, then extra folders (``--principles DIR`` or
``PARTNERSCHAP_PRINCIPLES``). A broken file never stops the others from loading.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerschap.errors import FileProblems, Problem
from partnerschap.i18n import LANGS, LocalizedText
from partnerschap.safe_files import FileRefused, read_bounded
from partnerschap.sets.model import (
    EVIDENCE_KINDS,
    EXAMPLE_KINDS,
    QUESTION,
    Check,
    Principle,
    PrincipleSet,
    Scenario,
)
from partnerschap.sets.yaml_lines import MAX_BYTES, LineDict, LineList, read_yaml_file

SCHEMA_VERSION = 1
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
MIN_CHECKS, MAX_CHECKS = 2, 4
MIN_EXAMPLES = 3
# Files in a principles folder that are not principle sets.
NON_SET_KINDS = ("items", "coding")
BUNDLED = "bundled"


def bundled_dir() -> Path:
    """The folder with the sets shipped in the package (wheel) or in the source tree."""
    here = Path(__file__).resolve().parent.parent  # partnerschap/
    shipped = here / "_data" / "principles"
    if shipped.is_dir():
        return shipped
    return here.parent / "principles"


class _Validator:
    def __init__(self, display: str) -> None:
        self.display = display
        self.problems: list[Problem] = []

    def add(self, line: int | None, key: str, **params: Any) -> None:
        self.problems.append(Problem(self.display, line, key, params))

    def text(
        self, parent: LineDict, key: str, where: str, *, required: bool = True
    ) -> LocalizedText | None:
        line = parent.line_of(key)
        value = parent.get(key)
        if value is None:
            if required:
                self.add(parent.line, "set.missing_field", field=key, where=where)
            return None
        return self.localized(value, line, where, key)

    def localized(self, value: Any, line: int, where: str, what: str) -> LocalizedText | None:
        if not isinstance(value, dict):
            self.add(line, "set.not_bilingual", where=where, field=what)
            return None
        texts: dict[str, str] = {}
        for lang in LANGS:
            raw = value.get(lang)
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                key = "set.missing_dutch" if lang == "nl" else "set.missing_english"
                self.add(line, key, where=where, field=what)
            elif not isinstance(raw, str):
                self.add(
                    line, "set.wrong_type", field=f"{what}.{lang}", where=where, expected="text"
                )
            else:
                texts[lang] = raw.strip()
        for extra in value:
            if extra not in LANGS:
                self.add(line, "set.unknown_language", lang=str(extra), where=where)
        if "nl" not in texts:
            return None
        return LocalizedText(nl=texts["nl"], en=texts.get("en"))

    def id_of(self, data: LineDict, where: str) -> str | None:
        value = data.get("id")
        if value is None:
            self.add(data.line, "set.missing_id", where=where)
            return None
        if not isinstance(value, str) or not ID_RE.match(value):
            self.add(data.line_of("id"), "set.bad_id", id=str(value), where=where)
            return None
        return value

    def header(
        self, data: Any, *, where: str, allowed: set[str], not_mapping: str
    ) -> tuple[str | None, str] | None:
        """The checks every data file starts with: a mapping, a supported schema, known
        top-level fields, an id and a version. Returns ``(id, version)``, or None when the
        file is not a mapping at all."""
        if not isinstance(data, LineDict):
            kind = "list" if isinstance(data, list) else type(data).__name__
            self.add(getattr(data, "line", 1) or 1, not_mapping, kind=kind)
            return None
        schema = data.get("schema", SCHEMA_VERSION)
        if schema != SCHEMA_VERSION:
            self.add(
                data.line_of("schema"),
                "set.bad_schema",
                schema=str(schema),
                supported=SCHEMA_VERSION,
            )
        _unknown_keys(self, data, allowed, where)
        file_id = self.id_of(data, where)
        version = data.get("version", "1")
        if not isinstance(version, (str, int, float)):
            self.add(
                data.line_of("version"),
                "set.wrong_type",
                field="version",
                where=where,
                expected="text",
            )
            version = "1"
        return file_id, str(version)

    def source(self, data: LineDict, missing_key: str) -> str:
        """The file's ``source:``, which must name where the text comes from."""
        source = data.get("source")
        if not isinstance(source, str) or not source.strip():
            self.add(data.line_of("source"), missing_key)
            return ""
        return source

    def items(self, parent: LineDict, key: str, where: str) -> list[tuple[int, int, Any]]:
        """The items of a required, non-empty list as ``(index, line, item)``."""
        value = parent.get(key)
        if value is None:
            self.add(parent.line, "set.missing_field", field=key, where=where)
            return []
        if not isinstance(value, list):
            self.add(parent.line_of(key), "set.wrong_type", field=key, where=where, expected="list")
            return []
        if not value:
            self.add(parent.line_of(key), "set.empty_list", field=key, where=where)
            return []
        return [
            (index, value.line_of(index) if isinstance(value, LineList) else parent.line, item)
            for index, item in enumerate(value)
        ]

    def mapping_list(self, parent: LineDict, key: str, where: str) -> list[tuple[int, LineDict]]:
        out = []
        for index, line, item in self.items(parent, key, where):
            if isinstance(item, dict):
                out.append((line, item))
            else:
                field = f"{key}[{index + 1}]"
                self.add(line, "set.wrong_type", field=field, where=where, expected="mapping")
        return out

    def unique_mappings(
        self, parent: LineDict, key: str, where: str, duplicate: str
    ) -> list[tuple[int, LineDict]]:
        """Like :meth:`mapping_list`, leaving out (and reporting) entries whose id was
        already used; the problem names the id and the line of its first use."""
        out = []
        first: dict[str, int] = {}
        for line, data in self.mapping_list(parent, key, where):
            entry_id = data.get("id")
            if isinstance(entry_id, str):
                if entry_id in first:
                    self.add(data.line_of("id"), duplicate, id=entry_id, first=first[entry_id])
                    continue
                first[entry_id] = data.line_of("id")
            out.append((line, data))
        return out

    def text_list(self, parent: LineDict, key: str, where: str) -> list[LocalizedText]:
        texts = (
            self.localized(item, line, where, f"{key}[{index + 1}]")
            for index, line, item in self.items(parent, key, where)
        )
        return [text for text in texts if text]


def _principle(v: _Validator, line: int, data: LineDict, set_id: str) -> Principle | None:
    pid = v.id_of(data, "principle")
    where = f"principle|{pid or '?'}"
    title = v.text(data, "title", where)
    explanation = v.text(data, "explanation", where)
    checks: list[Check] = []
    seen: set[str] = set()
    check_items = v.mapping_list(data, "checks", where)
    if check_items and not (MIN_CHECKS <= len(check_items) <= MAX_CHECKS):
        v.add(
            data.line_of("checks"),
            "set.check_count",
            where=where,
            count=len(check_items),
            min=MIN_CHECKS,
            max=MAX_CHECKS,
        )
    for cline, cdata in check_items:
        cid = v.id_of(cdata, f"check|?|{pid or '?'}")
        if cid is None:
            continue
        cwhere = f"check|{cid}|{pid or '?'}"
        if cid in seen:
            v.add(cdata.line_of("id"), "set.duplicate_check", id=cid, where=where)
            continue
        seen.add(cid)
        text = v.text(cdata, "text", cwhere)
        evidence = _evidence(v, cdata, cwhere)
        if text and pid:
            checks.append(Check(id=cid, principle_id=pid, text=text, line=cline, evidence=evidence))
    examples, kinds = _examples(v, data, where)
    raw_examples = data.get("example_questions")
    if isinstance(raw_examples, list) and 0 < len(raw_examples) < MIN_EXAMPLES:
        v.add(
            data.line_of("example_questions"),
            "set.example_count",
            where=where,
            count=len(raw_examples),
            min=MIN_EXAMPLES,
        )
    signals = data.get("signals") or {}
    if signals:
        _check_signals(v, data, where)
    source = data.get("source")
    if source is not None and not isinstance(source, str):
        v.add(
            data.line_of("source"), "set.wrong_type", field="source", where=where, expected="text"
        )
        source = None
    if not (pid and title and explanation):
        return None
    return Principle(
        id=pid,
        set_id=set_id,
        title=title,
        explanation=explanation,
        checks=tuple(checks),
        example_questions=tuple(examples),
        source=source,
        signals=signals,
        line=line,
        example_kinds=tuple(kinds),
    )


def _evidence(v: _Validator, data: LineDict, where: str) -> tuple[str, ...]:
    """A check's ``evidence``: a list of :data:`EVIDENCE_KINDS` (optional, default none)."""
    raw = data.get("evidence")
    if raw is None:
        return ()
    line = data.line_of("evidence")
    if not isinstance(raw, list) or not all(isinstance(k, str) for k in raw):
        v.add(line, "set.wrong_type", field="evidence", where=where, expected="list of text")
        return ()
    for kind in raw:
        if kind not in EVIDENCE_KINDS:
            v.add(
                line,
                "set.bad_evidence_kind",
                kind=kind,
                where=where,
                kinds=", ".join(EVIDENCE_KINDS),
            )
    return tuple(dict.fromkeys(k for k in raw if k in EVIDENCE_KINDS))


def _examples(v: _Validator, data: LineDict, where: str) -> tuple[list[LocalizedText], list[str]]:
    """The example questions and the kind of each: ``kind: question`` (the default) or
    ``kind: illustration``, next to ``nl`` and ``en``."""
    examples: list[LocalizedText] = []
    kinds: list[str] = []
    for index, line, item in v.items(data, "example_questions", where):
        what = f"example_questions[{index + 1}]"
        kind = QUESTION
        if isinstance(item, dict) and "kind" in item:
            raw = item["kind"]
            if raw in EXAMPLE_KINDS:
                kind = raw
            else:
                v.add(
                    line,
                    "set.bad_example_kind",
                    kind=str(raw),
                    field=what,
                    where=where,
                    kinds=", ".join(EXAMPLE_KINDS),
                )
            item = {k: value for k, value in item.items() if k != "kind"}
        text = v.localized(item, line, where, what)
        if text:
            examples.append(text)
            kinds.append(kind)
    return examples, kinds


def _check_signals(v: _Validator, data: LineDict, where: str) -> None:
    signals = data["signals"]
    line = data.line_of("signals")
    if not isinstance(signals, dict):
        v.add(line, "set.wrong_type", field="signals", where=where, expected="mapping")
        return
    for lang, block in signals.items():
        bline = signals.line_of(lang) if isinstance(signals, LineDict) else line
        if lang not in LANGS:
            v.add(bline, "set.unknown_language", lang=str(lang), where=where)
            continue
        if not isinstance(block, dict):
            v.add(bline, "set.wrong_type", field=f"signals.{lang}", where=where, expected="mapping")
            continue
        for kind, phrases in block.items():
            kline = block.line_of(kind) if isinstance(block, LineDict) else bline
            if kind not in ("honours", "undermines"):
                v.add(kline, "set.unknown_field", field=f"signals.{lang}.{kind}", where=where)
            elif not isinstance(phrases, list) or not all(isinstance(p, str) for p in phrases):
                v.add(
                    kline,
                    "set.wrong_type",
                    field=f"signals.{lang}.{kind}",
                    where=where,
                    expected="list of text",
                )
            else:
                for phrase in phrases:
                    if phrase.startswith("re:"):
                        try:
                            re.compile(phrase[3:])
                        except re.error as exc:
                            v.add(
                                kline, "set.bad_regex", pattern=phrase, where=where, detail=str(exc)
                            )


_PRINCIPLE_KEYS = {"id", "title", "explanation", "checks", "example_questions", "signals", "source"}
_SET_KEYS = {
    "schema",
    "id",
    "version",
    "title",
    "description",
    "source",
    "principles",
    "scenarios",
    "general_questions",
}
_SCENARIO_KEYS = {"id", "title", "description", "focus", "strength_question"}


def _unknown_keys(v: _Validator, data: LineDict, allowed: set[str], where: str) -> None:
    for key in data:
        if key not in allowed:
            v.add(data.line_of(key), "set.unknown_field", field=str(key), where=where)


def _scenario(v: _Validator, line: int, data: LineDict, refs: set[str]) -> Scenario | None:
    sid = v.id_of(data, "scenario")
    where = f"scenario|{sid or '?'}"
    _unknown_keys(v, data, _SCENARIO_KEYS, where)
    title = v.text(data, "title", where)
    description = v.text(data, "description", where)
    focus: list[str] = []
    raw = data.get("focus")
    if raw is not None:
        if not isinstance(raw, list):
            v.add(
                data.line_of("focus"), "set.wrong_type", field="focus", where=where, expected="list"
            )
        elif not raw:
            v.add(data.line_of("focus"), "set.empty_list", field="focus", where=where)
        else:
            for index, ref in enumerate(raw):
                rline = raw.line_of(index) if isinstance(raw, LineList) else line
                if not isinstance(ref, str) or ref not in refs:
                    v.add(rline, "set.unknown_check_ref", ref=str(ref), where=where)
                elif ref in focus:
                    v.add(rline, "set.duplicate_focus", ref=ref, where=where)
                else:
                    focus.append(ref)
    strength = None
    if data.get("strength_question") is not None:
        strength = v.text(data, "strength_question", where)
    if not (sid and title and description):
        return None
    return Scenario(
        id=sid,
        title=title,
        description=description,
        focus=tuple(focus),
        strength_question=strength,
        line=line,
    )


def _raw_check_refs(raw: Any) -> set[str]:
    """Check refs as written, so a broken principle does not also break its scenarios."""
    refs: set[str] = set()
    for pdata in raw if isinstance(raw, list) else []:
        if not isinstance(pdata, dict) or not isinstance(pdata.get("id"), str):
            continue
        for cdata in pdata.get("checks") if isinstance(pdata.get("checks"), list) else []:
            if isinstance(cdata, dict) and isinstance(cdata.get("id"), str):
                refs.add(f"{pdata['id']}.{cdata['id']}")
    return refs


def validate_set_data(
    data: Any, display: str, *, origin: str = "bundled", digest: str = ""
) -> tuple[PrincipleSet | None, list[Problem]]:
    """Check parsed YAML data of one set; return the set (if usable) and all problems."""
    v = _Validator(display)
    header = v.header(data, where="set", allowed=_SET_KEYS, not_mapping="set.not_mapping")
    if header is None:
        return None, v.problems
    set_id, version = header
    title = v.text(data, "title", "set")
    description = v.text(data, "description", "set", required=False)
    source = v.source(data, "set.missing_source")
    principles: list[Principle] = []
    for line, pdata in v.unique_mappings(data, "principles", "set", "set.duplicate_principle"):
        _unknown_keys(v, pdata, _PRINCIPLE_KEYS, f"principle|{pdata.get('id')}")
        principle = _principle(v, line, pdata, set_id or "")
        if principle:
            principles.append(principle)
    refs = _raw_check_refs(data.get("principles"))
    scenarios: list[Scenario] = []
    for line, sdata in v.unique_mappings(data, "scenarios", "set", "set.duplicate_scenario"):
        scenario = _scenario(v, line, sdata, refs)
        if scenario:
            scenarios.append(scenario)
    general = v.text_list(data, "general_questions", "set")
    if v.problems or not set_id or not title:
        return None, v.problems
    return (
        PrincipleSet(
            id=set_id,
            version=str(version),
            title=title,
            description=description or LocalizedText(""),
            source=source,
            principles=tuple(principles),
            scenarios=tuple(scenarios),
            general_questions=tuple(general),
            path=display,
            origin=origin,
            digest=digest,
        ),
        [],
    )


def _digest(path: Path) -> str:
    try:
        return hashlib.sha256(read_bounded(path, MAX_BYTES)).hexdigest()[:16]
    except FileRefused:
        return ""


def validate_file(path: Path | str, display: str | None = None) -> list[Problem]:
    """All problems of one set file (empty if it is fine)."""
    path = Path(path)
    data, problems = read_yaml_file(path, display)
    if problems:
        return problems
    _, problems = validate_set_data(data, display or str(path))
    return problems


def load_set_file(
    path: Path | str, *, origin: str = "bundled", display: str | None = None
) -> PrincipleSet:
    """Load one set; raises :class:`FileProblems` with every problem found."""
    path = Path(path)
    display = display or str(path)
    data, problems = read_yaml_file(path, display)
    if not problems:
        pset, problems = validate_set_data(data, display, origin=origin, digest=_digest(path))
        if pset:
            return pset
    raise FileProblems(problems)


def is_set_file(data: Any) -> bool:
    """Drill banks and coding files share the folder; anything else is taken for a set."""
    return not (isinstance(data, dict) and any(k in data for k in NON_SET_KINDS))


@dataclass
class Catalog:
    """All principle sets found, and the files that could not be used."""

    sets: dict[str, PrincipleSet] = field(default_factory=dict)
    broken: list[Problem] = field(default_factory=list)
    overridden: list[PrincipleSet] = field(default_factory=list)
    #: bundled sets known by id only, read when asked for (see :func:`discover`)
    unloaded: dict[str, Path] = field(default_factory=dict)

    def get(self, set_id: str) -> PrincipleSet | None:
        path = self.unloaded.pop(set_id, None)
        if path is not None:
            self.load(BUNDLED, path)
        return self.sets.get(set_id)

    @property
    def ids(self) -> list[str]:
        return [*self.sets, *(i for i in self.unloaded if i not in self.sets)]

    def load(self, origin: str, path: Path) -> None:
        """Read one set file into the catalog (or its problems into :attr:`broken`)."""
        data, problems = read_yaml_file(path)
        if problems:
            self.broken.extend(problems)
            return
        if not is_set_file(data):
            return
        pset, problems = validate_set_data(data, str(path), origin=origin, digest=_digest(path))
        if pset is None:
            self.broken.extend(problems[:1] if origin == BUNDLED else problems)
            return
        if pset.id in self.sets:
            self.overridden.append(self.sets[pset.id])
        self.unloaded.pop(pset.id, None)
        self.sets[pset.id] = pset


# Drill banks and the transcript coding file live beside the sets; they are told apart by
# name, so listing sets never has to parse them.
NON_SET_PREFIXES = ("drills", "analysis")


def _yaml_files(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted(
        p
        for p in folder.iterdir()
        if p.suffix in (".yaml", ".yml")
        and not p.name.startswith(NON_SET_PREFIXES)
        and not p.is_dir()
    )


def discover(sources: Iterable[tuple[str, Path]], wanted: Collection[str] | None = None) -> Catalog:
    """Load every set from the folders given as ``(origin, folder)`` pairs, in order.

    With ``wanted`` (set ids), a bundled set with another id is only named, and read when
    asked for (:meth:`Catalog.get`): a command that uses one set does not parse the others.
    Sets of the user's folders are always read, so a broken one is always reported."""
    catalog = Catalog()
    for origin, folder in sources:
        for path in _yaml_files(folder):
            if wanted is not None and origin == BUNDLED:
                set_id = peek_id(path)
                if set_id is not None and set_id not in wanted:
                    catalog.unloaded[set_id] = path
                    continue
            catalog.load(origin, path)
    return catalog


# A set's own id on its top-level ``id:`` line, read without parsing the file.
_ID_LINE = re.compile(r"^id:[ \t]*(['\"]?)([a-z0-9][a-z0-9-]*)\1[ \t]*(?:#.*)?$", re.M)


def peek_id(path: Path) -> str | None:
    """The set id of ``path`` from its one top-level ``id:`` line; None when it has not
    exactly one such line (the file is then read whole)."""
    try:
        text = read_bounded(path, MAX_BYTES).decode("utf-8")
    except (FileRefused, UnicodeDecodeError):
        return None
    found = _ID_LINE.findall(text)
    return found[0][1] if len(found) == 1 else None
