"""``partnerschap privacy check``: the findings of any text (no terminal code).

Notes written elsewhere (a text file, the clipboard through standard input) are read as
UTF-8 (a byte order mark is allowed; UTF-16 with a byte order mark too, as Windows
Notepad writes it); a binary file is refused.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from partnerschap.errors import PartnerschapError

if TYPE_CHECKING:
    from partnerschap.privacy import Finding

__all__ = ["CheckResult", "check_text", "decode_text", "read_text_file"]

_SNIFF = 8192


def decode_text(data: bytes, display: str) -> str:
    """Bytes of a text file as text; a user error for binary or non-UTF-8 data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise PartnerschapError("error.privacy.not_utf8", path=display) from exc
    if b"\x00" in data[:_SNIFF]:
        raise PartnerschapError("error.privacy.binary", path=display)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise PartnerschapError("error.privacy.not_utf8", path=display) from exc
    # Control characters other than tab, newline, carriage return and form feed: not text.
    sample = text[:_SNIFF]
    controls = sum(1 for c in sample if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > max(2, len(sample) // 100):
        raise PartnerschapError("error.privacy.binary", path=display)
    return text


def read_text_file(path: Path) -> str:
    display = str(path)
    try:
        if path.is_dir():
            raise PartnerschapError("error.privacy.is_dir", path=display)
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise PartnerschapError("error.privacy.not_found", path=display) from exc
    except OSError as exc:
        raise PartnerschapError(
            "error.privacy.unreadable", path=display, detail=exc.strerror or str(exc)
        ) from exc
    return decode_text(data, display)


@dataclass(frozen=True)
class CheckResult:
    text: str
    findings: list[Finding]
    redacted: str

    def positions(self) -> list[tuple[int, int]]:
        """``(line, column)`` of every finding, both counted from 1."""
        starts = [0]
        for i, char in enumerate(self.text):
            if char == "\n":
                starts.append(i + 1)
        result = []
        for finding in self.findings:
            line = bisect.bisect_right(starts, finding.start)
            result.append((line, finding.start - starts[line - 1] + 1))
        return result

    def to_json(self, *, with_redacted: bool) -> dict[str, Any]:
        data: dict[str, Any] = {
            "findings": [
                {
                    "kind": str(f.kind),
                    "text": f.text,
                    "start": f.start,
                    "end": f.end,
                    "line": line,
                    "column": column,
                    "placeholder": f.placeholder,
                }
                for f, (line, column) in zip(self.findings, self.positions(), strict=True)
            ]
        }
        if with_redacted:
            data["redacted"] = self.redacted
        return data


def check_text(text: str, *, dates: bool = False, use_deduce: bool = False) -> CheckResult:
    """The findings that redaction replaces (plain dates too with ``dates``) and the
    redacted text. A missing deduce extra is a user error."""
    from partnerschap.privacy import (
        DEFAULT_REDACT_KINDS,
        Kind,
        PrivacyExtraMissing,
        detect,
        redact,
    )

    kinds = set(DEFAULT_REDACT_KINDS | {Kind.DATE}) if dates else set(DEFAULT_REDACT_KINDS)
    try:
        findings = [f for f in detect(text, use_deduce=use_deduce) if f.kind in kinds]
        redacted = redact(text, kinds=kinds, use_deduce=use_deduce) if findings else text
    except PrivacyExtraMissing as exc:
        raise PartnerschapError("error.privacy.no_deduce") from exc
    return CheckResult(text, findings, redacted)
