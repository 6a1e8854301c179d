"""Replacing findings with Dutch placeholders ("[NAAM-1]", "[BSN]", ...).

By default every kind is replaced except plain dates (kind ``date``, e.g. the date of a
meeting), which are of low sensitivity; birth dates (``birth_date``) are always replaced
by default. Pass ``kinds`` to choose, e.g. ``kinds=DEFAULT_REDACT_KINDS | {"date"}``.

Redaction is idempotent: placeholders are never detected again.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from partnerschap.privacy.detect import (
    DEFAULT_REDACT_KINDS,
    Finding,
    Kind,
    detect,
    detect_fields,
)

__all__ = ["apply_findings", "redact", "redact_fields"]


def _wanted_kinds(kinds: Collection[str] | None) -> frozenset[Kind]:
    if kinds is None:
        return DEFAULT_REDACT_KINDS
    try:
        return frozenset(Kind(k) for k in kinds)
    except ValueError as exc:
        known = ", ".join(k.value for k in Kind)
        raise ValueError(f"unknown kind in {sorted(kinds)!r}; known kinds: {known}") from exc


def apply_findings(
    text: str, findings: list[Finding], *, kinds: Collection[str] | None = None
) -> str:
    """Replace the given findings (of the wanted kinds) by their placeholders.

    Findings must not overlap (those from :func:`detect` never do) and must belong to
    ``text``; a finding whose text does not match ``text`` at its span raises
    ``ValueError``.
    """
    wanted = _wanted_kinds(kinds)
    parts: list[str] = []
    pos = 0
    for finding in sorted(findings, key=lambda f: f.start):
        if finding.kind not in wanted:
            continue
        if text[finding.start : finding.end] != finding.text:
            raise ValueError(f"finding {finding!r} does not belong to this text")
        if finding.start < pos:
            raise ValueError(f"finding {finding!r} overlaps an earlier finding")
        parts.append(text[pos : finding.start])
        parts.append(finding.placeholder)
        pos = finding.end
    parts.append(text[pos:])
    return "".join(parts)


def redact(
    text: str,
    findings: list[Finding] | None = None,
    *,
    kinds: set[str] | None = None,
    use_deduce: bool = False,
) -> str:
    """Return ``text`` with personal data replaced by placeholders.

    ``findings`` defaults to ``detect(text, use_deduce=use_deduce)``. ``kinds`` selects the
    kinds to replace (default: all but ``date``).
    """
    if findings is None:
        findings = detect(text, use_deduce=use_deduce)
    return apply_findings(text, findings, kinds=kinds)


def redact_fields(
    fields: Mapping[str, str],
    findings: Mapping[str, list[Finding]] | None = None,
    *,
    kinds: set[str] | None = None,
    use_deduce: bool = False,
) -> dict[str, str]:
    """Redact each named field of one reflection, with one name numbering for all fields."""
    if findings is None:
        findings = detect_fields(fields, use_deduce=use_deduce)
    return {
        key: apply_findings(value, list(findings.get(key, [])), kinds=kinds)
        for key, value in fields.items()
    }
