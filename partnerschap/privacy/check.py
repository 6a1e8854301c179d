"""``partnerschap privacy check``: the findings of any text (no terminal code).

Notes written elsewhere (a text file, the clipboard through standard input) are read as
UTF-8 (a byte order mark is allowed; UTF-16 with a byte order mark too, as Windows
Notepad writes it); a binary file is refused, and so is a text over :data:`MAX_BYTES`
(the limit of transcripts), from a file or standard input, before more than that is read.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from partnerschap.errors import PartnerschapError

if TYPE_CHECKING:
    from partnerschap.privacy import Finding

__all__ = ["MAX_BYTES", "CheckResult", "check_text", "decode_text", "read_stream", "read_text_file"]

_SNIFF = 8192
#: Largest text that is checked, in bytes: the same as ``partnerschap.transcript.reader``'s
#: (not imported from there, which would load the transcript analysis; a test compares them).
MAX_BYTES = 50 * 1024 * 1024


def _too_large(display: str) -> PartnerschapError:
    return PartnerschapError(
        "error.privacy.too_large", path=display, limit_mb=round(MAX_BYTES / 1024 / 1024)
    )


def read_stream(stream: IO[bytes], display: str) -> str:
    """The text of a binary stream (standard input), refused when over :data:`MAX_BYTES`."""
    data = stream.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise _too_large(display)
    return decode_text(data, display)


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
    """The text of a regular file of at most :data:`MAX_BYTES`.

    Checked before anything is read: a directory, a device (``/dev/zero``), a FIFO or a
    socket is refused at once instead of read without end or waited on forever.
    """
    from partnerschap.safe_files import FileRefused, open_checked

    display = str(path)
    try:
        with open_checked(path, MAX_BYTES) as stream:  # grows while read: at most the limit
            data = stream.read(MAX_BYTES + 1)
    except FileRefused as exc:
        if exc.reason == "too_big":
            raise _too_large(display) from None
        if exc.reason in ("not_found", "is_dir", "unreadable"):
            raise PartnerschapError(f"error.privacy.{exc.reason}", **exc.params) from None
        raise
    except OSError as exc:
        raise PartnerschapError(
            "error.privacy.unreadable", path=display, detail=exc.strerror or str(exc)
        ) from exc
    if len(data) > MAX_BYTES:
        raise _too_large(display)
    return decode_text(data, display)


@dataclass(frozen=True)
class CheckResult:
    text: str
    findings: list[Finding]
    redacted: str

    def positions(self) -> list[tuple[int, int]]:
        """``(line, column)`` of every finding, both counted from 1."""
        starts = [0]
        find = self.text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
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
        apply_findings,
        detect,
        redact,
    )

    kinds = set(DEFAULT_REDACT_KINDS | {Kind.DATE}) if dates else set(DEFAULT_REDACT_KINDS)
    try:
        findings = [f for f in detect(text, use_deduce=use_deduce) if f.kind in kinds]
        redacted = text
        if findings:  # as redact(text) does, without detecting the first round again
            first = apply_findings(text, findings, kinds=kinds)
            redacted = redact(first, kinds=kinds, use_deduce=use_deduce)
    except PrivacyExtraMissing as exc:
        raise PartnerschapError("error.privacy.no_deduce") from exc
    return CheckResult(text, findings, redacted)
