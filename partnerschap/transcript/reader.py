"""Reading a transcript file: size limit, encodings, binary detection, format dispatch.

The size is checked with ``stat`` before anything is read, so a file over
:data:`MAX_BYTES` (50 MB) is refused without being loaded. Files under the limit are read
whole (a one-hour transcript is well under 1 MB). Encodings: UTF-8, UTF-8 with BOM,
UTF-16/UTF-32 with BOM, UTF-16 without BOM (recognised by its NUL pattern), and Windows-1252
as a last resort for old Notepad files. CRLF and lone CR line ends are accepted; line
numbers count ``\\n``, ``\\r\\n`` and ``\\r`` as line ends, as editors do.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import NamedTuple

from partnerschap import regex_cache

from .errors import TranscriptError
from .formats import PARSERS, Turn, sniff_format

#: Largest file that is read, in bytes (tests monkeypatch this).
MAX_BYTES = 50 * 1024 * 1024

_WORD = regex_cache.compile(r"\w+(?:['’\-]\w+)*")
_CONTROL = regex_cache.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def count_words(text: str) -> int:
    """Number of words in ``text`` (contractions and hyphenated words count once)."""
    return len(_WORD.findall(text))


class SpeakerShare(NamedTuple):
    """A speaker with their number of turns and words and their share of all words."""

    name: str
    turns: int
    words: int
    share: float


class Transcript(NamedTuple):
    """A parsed transcript: the turns of every speaker in file order."""

    path: Path | None
    format: str
    encoding: str
    turns: tuple[Turn, ...]

    @property
    def name(self) -> str:
        return self.path.name if self.path is not None else "-"

    def speakers(self) -> list[SpeakerShare]:
        """Speakers in order of first appearance, with their share of the words."""
        turns: dict[str, int] = {}
        words: dict[str, int] = {}
        for t in self.turns:
            turns[t.speaker] = turns.get(t.speaker, 0) + 1
            words[t.speaker] = words.get(t.speaker, 0) + count_words(t.text)
        total = sum(words.values()) or 1
        return [
            SpeakerShare(name, turns[name], words[name], round(words[name] / total, 4))
            for name in turns
        ]


def decode_bytes(data: bytes, path: str | Path | None = None) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding) or raises ``TranscriptError`` 'binary'."""
    if data.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    elif data.startswith((b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        enc = "utf-32"
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        enc = "utf-16"
    elif b"\x00" in data[:4096]:
        sample = data[:4096]
        even = sample[0::2].count(0) / max(1, len(sample[0::2]))
        odd = sample[1::2].count(0) / max(1, len(sample[1::2]))
        if odd > 0.3 and even < 0.02:
            enc = "utf-16-le"
        elif even > 0.3 and odd < 0.02:
            enc = "utf-16-be"
        else:
            raise TranscriptError(path, None, "binary")
    else:
        enc = "utf-8"
    try:
        text = data.decode(enc)
    except UnicodeDecodeError:
        if enc != "utf-8":
            raise TranscriptError(path, None, "binary") from None
        try:
            text = data.decode("cp1252")
            enc = "cp1252"
        except UnicodeDecodeError:
            raise TranscriptError(path, None, "binary") from None
    controls = len(_CONTROL.findall(text, 0, 200_000))
    if "\x00" in text or controls > max(2, len(text[:200_000]) // 100):
        raise TranscriptError(path, None, "binary")
    return text, enc


def split_lines(text: str) -> list[str]:
    """Lines without their ends; ``\\r\\n``, ``\\r`` and ``\\n`` each end one line."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def parse_text(
    text: str,
    path: str | Path | None = None,
    *,
    fmt: str | None = None,
    encoding: str = "utf-8",
) -> Transcript:
    """Parse an already decoded transcript. ``fmt``: "txt", "vtt", "srt" or None (sniff)."""
    p = Path(path) if path is not None else None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise TranscriptError(p, None, "empty")
    lines: Sequence[str] = split_lines(text)
    kind = fmt or sniff_format(lines, p.suffix if p is not None else "")
    if kind not in PARSERS:
        raise ValueError(f"unknown transcript format: {kind}")
    turns = PARSERS[kind](lines)
    if not turns:
        raise TranscriptError(p, None, "no_speaker")
    return Transcript(p, kind, encoding, tuple(turns))


def read_transcript(path: str | Path, *, fmt: str | None = None) -> Transcript:
    """Read and parse a transcript file (txt, vtt or srt; sniffed from the content).

    Raises :class:`TranscriptError` for a missing, unreadable, too large, binary or empty
    file, and for a file in which no speaker can be recognised.
    """
    p = Path(path)
    try:
        st = p.stat()
    except FileNotFoundError:
        raise TranscriptError(p, None, "not_found") from None
    except OSError as exc:
        raise TranscriptError(p, None, "unreadable", reason=exc.strerror or str(exc)) from None
    if p.is_dir() or not p.is_file():
        raise TranscriptError(p, None, "not_a_file")
    if st.st_size > MAX_BYTES:
        raise TranscriptError(
            p,
            None,
            "too_large",
            size_mb=round(st.st_size / 1024 / 1024, 1),
            limit_mb=round(MAX_BYTES / 1024 / 1024, 1),
        )
    if st.st_size == 0:
        raise TranscriptError(p, None, "empty")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise TranscriptError(p, None, "unreadable", reason=exc.strerror or str(exc)) from None
    text, enc = decode_bytes(data, p)
    return parse_text(text, p, fmt=fmt, encoding=enc)
