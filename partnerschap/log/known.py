"""Which principles a filter of the log may name (``log list --missed``).

A principle exists when a set defines it or the log holds a finding of it (a reflection of
a set whose file has since been removed can still be found). An unknown one is an error
that lists what exists, per set, never a silently empty list. No terminal code here.
"""

from __future__ import annotations

from collections.abc import Iterable

from partnerschap.errors import PartnerschapError
from partnerschap.sets.loader import Catalog


def known_principles(catalog: Catalog, logged: Iterable[tuple[str, str]]) -> dict[str, list[str]]:
    """``{set id: [principle ids]}``: the catalogue's sets in order, then what only the log has."""
    known = {i: [p.id for p in catalog.sets[i].principles] for i in catalog.ids}
    for set_id, principle_id in logged:
        ids = known.setdefault(set_id, [])
        if principle_id not in ids:
            ids.append(principle_id)
    return known


def check_principle(value: str, known: dict[str, list[str]]) -> None:
    """Refuse ``value`` (``respect`` or ``partnerschap/respect``) when no set has it."""
    set_id, _, principle = value.rpartition("/")
    if set_id:
        found = principle in known.get(set_id, ())
    else:
        found = any(principle in ids for ids in known.values())
    if found:
        return
    raise PartnerschapError(
        "error.unknown_principle_any",
        principle=value,
        available="; ".join(f"{s}: {', '.join(ids)}" for s, ids in known.items() if ids) or "-",
    )
