"""Finding the principle sets a command may use, and choosing the ones asked for."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from partnerschap.errors import PartnerschapError
from partnerschap.paths import extra_principles_dirs, user_principles_dir
from partnerschap.sets.loader import Catalog, bundled_dir, discover

if TYPE_CHECKING:
    from partnerschap.sets.model import Principle, PrincipleSet

ALL = "all"
DEFAULT_SET = "partnerschap"


def load_catalog(
    principles_dir: Path | None = None, wanted: Collection[str] | None = None
) -> Catalog:
    """Every set a command may use; with ``wanted`` (set ids), the other bundled sets are
    read only when asked for."""
    sources = [("bundled", bundled_dir()), ("user", user_principles_dir())]
    sources += [("extra", d) for d in extra_principles_dirs(principles_dir)]
    return discover(sources, wanted)


def select_sets(catalog: Catalog, set_id: str | None) -> list[PrincipleSet]:
    """The sets ``--set`` asks for: one id, ``all``, or comma-separated ids, in order."""
    wanted = set_id or DEFAULT_SET
    if wanted == ALL:
        ids = [i for i in catalog.ids if catalog.sets[i].origin == "bundled"] + [
            i for i in catalog.ids if catalog.sets[i].origin != "bundled"
        ]
        # The bundled core set first, then the others in the order found.
        ids.sort(key=lambda i: 0 if i == DEFAULT_SET else 1)
    else:
        ids = [part.strip() for part in wanted.split(",") if part.strip()]
    missing = [i for i in ids if i not in catalog.sets]
    if missing:
        raise PartnerschapError(
            "error.unknown_set", set=missing[0], available=", ".join(catalog.ids) or "-"
        )
    return [catalog.sets[i] for i in ids]


def find_principle(
    catalog: Catalog, principle_id: str, set_id: str | None = None
) -> tuple[PrincipleSet, Principle]:
    """The principle ``principle_id`` and its set. Without ``set_id`` every set is searched;
    an id found in more than one set needs ``--set`` (the error names the sets), an id found
    nowhere lists the ids of every set."""
    if set_id is not None:
        pset = catalog.get(set_id)
        if pset is None:
            raise PartnerschapError(
                "error.unknown_set", set=set_id, available=", ".join(catalog.ids) or "-"
            )
        principle = pset.principle(principle_id)
        if principle is None:
            raise PartnerschapError(
                "error.unknown_principle",
                principle=principle_id,
                set=pset.id,
                available=", ".join(p.id for p in pset.principles),
            )
        return pset, principle
    found = [
        (catalog.sets[i], p) for i in catalog.ids if (p := catalog.sets[i].principle(principle_id))
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise PartnerschapError(
            "error.principle_ambiguous",
            principle=principle_id,
            sets=", ".join(pset.id for pset, _ in found),
        )
    raise PartnerschapError(
        "error.unknown_principle_any",
        principle=principle_id,
        available="; ".join(
            f"{i}: {', '.join(p.id for p in catalog.sets[i].principles)}" for i in catalog.ids
        ),
    )
