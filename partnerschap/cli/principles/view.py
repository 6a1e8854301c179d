"""Rendering for the ``principles`` commands."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from partnerschap.cli import state
from partnerschap.cli.state import warn_broken
from partnerschap.errors import PartnerschapError
from partnerschap.messages import t
from partnerschap.sets.catalog import DEFAULT_SET, find_principle, load_catalog
from partnerschap.sets.loader import NON_SET_PREFIXES, Catalog
from partnerschap.sets.model import Principle, PrincipleSet


def principle_json(principle: Principle, lang: str) -> dict:
    return {
        "id": principle.id,
        "title": principle.title.get(lang),
        "explanation": principle.explanation.get(lang),
        "checks": [{"id": c.ref, "text": c.text.get(lang)} for c in principle.checks],
        "example_questions": [q.get(lang) for q in principle.questions],
        "examples_from_practice": [q.get(lang) for q in principle.illustrations],
        **({"source": principle.source} if principle.source else {}),
    }


def set_json(pset: PrincipleSet, lang: str) -> dict:
    return {
        "set": pset.id,
        "version": pset.version,
        "title": pset.title.get(lang),
        "source": pset.source,
        "origin": pset.origin,
        "path": pset.path,
        "principles": [principle_json(p, lang) for p in pset.principles],
    }


def _pick(catalog: Catalog, set_id: str | None) -> PrincipleSet:
    wanted = set_id or state.default_set() or DEFAULT_SET
    pset = catalog.get(wanted)
    if pset is None:
        raise PartnerschapError(
            "error.unknown_set", set=wanted, available=", ".join(catalog.ids) or "-"
        )
    return pset


def _write_json(data: object) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def list_principles(set_id: str | None, as_json: bool, principles_dir: Path | None) -> None:
    catalog = load_catalog(principles_dir)
    warn_broken(catalog.broken)
    pset = _pick(catalog, set_id)
    lang = state.lang()
    if as_json:
        _write_json(set_json(pset, lang))
        return
    from rich.table import Table

    from partnerschap.cli.render import principles_table

    console = state.out()
    console.print(principles_table(pset, lang))
    sets = Table(title=t("ui.sets", lang), title_justify="left")
    sets.add_column(t("ui.id", lang), style="cyan", no_wrap=True)
    sets.add_column(t("ui.title", lang), overflow="fold")
    sets.add_column(t("ui.version", lang))
    sets.add_column(t("ui.origin", lang))
    sets.add_column(t("ui.file", lang), overflow="fold", style="dim")
    for other in catalog.sets.values():
        sets.add_row(
            other.id,
            other.title.get(lang),
            other.version,
            t(f"ui.origin.{other.origin}", lang),
            other.path,
        )
    console.print(sets)


def show_principle(
    principle_id: str, set_id: str | None, as_json: bool, principles_dir: Path | None
) -> None:
    catalog = load_catalog(principles_dir)
    lang = state.lang()
    pset, principle = find_principle(catalog, principle_id, set_id)
    if as_json:
        _write_json({"set": pset.id, "principles": [principle_json(principle, lang)]})
        return
    from rich.panel import Panel

    from partnerschap.cli.render import principle_detail

    state.out().print(Panel(principle_detail(principle, lang), expand=False))


def validate_files(files: list[Path], as_json: bool) -> None:
    from partnerschap.cli.validation_view import check_bank, check_set, report

    sets = None
    results = []
    for path in files:
        if path.name.startswith(NON_SET_PREFIXES[:1]):
            # A drill bank beside the sets: check it as a bank, against the known sets.
            sets = sets if sets is not None else load_catalog().sets
            results.append(check_bank(path, sets))
        else:
            results.append(check_set(path))
    report(results, as_json)


def init_set(file: Path, from_set: str | None, force: bool, principles_dir: Path | None) -> None:
    from partnerschap.sets.template import copy_of, skeleton

    if file.exists() and not force:
        raise PartnerschapError("error.file_exists", path=str(file))
    if from_set:
        pset = _pick(load_catalog(principles_dir), from_set)
        text = copy_of(pset, file)
    else:
        text = skeleton(file)
    from partnerschap.atomic_write import write_failed, write_text
    from partnerschap.paths import make_private_dirs

    try:
        make_private_dirs(file.parent)
        write_text(file, text)
    except OSError as exc:
        raise write_failed(file, exc) from exc
    state.out().print(t("ui.init_written", state.lang(), path=str(file)), markup=False)
