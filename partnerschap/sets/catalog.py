"""Finding the principle sets a command may use, and choosing the ones asked for."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from partnerschap.errors import PartnerschapError
from partnerschap.paths import extra_principles_dirs, user_principles_dir
from partnerschap.sets.loader import Catalog, bundled_dir, discover

if TYPE_CHECKING:
    from partnerschap.sets.model import PrincipleSet

ALL = "all"
DEFAULT_SET = "partnerschap"


def load_catalog(principles_dir: Path | None = None) -> Catalog:
    sources = [("bundled", bundled_dir()), ("user", user_principles_dir())]
    sources += [("extra", d) for d in extra_principles_dirs(principles_dir)]
    return discover(sources)


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
