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
    PLACEHOLDER_RE,
    Finding,
    Kind,
    detect,
    detect_fields,
)

__all__ = ["apply_findings", "fit_for_a_file_name", "redact", "redact_fields"]


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

    ``findings`` defaults to ``detect(text, use_deduce=use_deduce)``, repeated on the result
    until nothing changes (so ``redact(redact(t)) == redact(t)``). ``kinds`` selects the
    kinds to replace (default: all but ``date``). New names are numbered after any
    ``[NAAM-n]`` already in the text.
    """
    if findings is not None:
        return apply_findings(text, findings, kinds=kinds)
    # Redact until nothing changes: a replacement can change the context of a neighbour
    # (in contrived texts such as digits glued to an IBAN). This makes redact idempotent.
    # It ends because every round turns text outside placeholders into placeholders.
    while True:
        redacted = apply_findings(text, detect(text, use_deduce=use_deduce), kinds=kinds)
        if redacted == text:
            return redacted
        text = redacted


def redact_fields(
    fields: Mapping[str, str],
    findings: Mapping[str, list[Finding]] | None = None,
    *,
    kinds: set[str] | None = None,
    use_deduce: bool = False,
) -> dict[str, str]:
    """Redact each named field of one reflection, with one name numbering for all fields."""
    if findings is not None:
        return {
            key: apply_findings(value, list(findings.get(key, [])), kinds=kinds)
            for key, value in fields.items()
        }
    current = dict(fields)
    while True:  # until nothing changes, as in redact()
        found = detect_fields(current, use_deduce=use_deduce)
        redacted = {
            key: apply_findings(value, found[key], kinds=kinds) for key, value in current.items()
        }
        if redacted == current:
            return redacted
        current = redacted


def fit_for_a_file_name(text: str) -> bool:
    """Whether ``text`` may go into a file name the tool makes: the guard finds nothing in
    it and it holds no placeholder (a name redacted as ``[NAAM-1]`` still says there was
    one). A file name is seen in every folder listing, mail attachment and backup."""
    return not PLACEHOLDER_RE.search(text) and not detect(text)
