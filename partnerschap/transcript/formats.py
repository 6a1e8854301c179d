"""Parsers for the three transcript formats: plain text, WebVTT and SubRip.

Why a small parser of our own rather than webvtt-py or srt: the analysis must quote the
*line in the input file* where each turn starts, and neither library reports source line
numbers. webvtt-py reads files itself (no UTF-16, its own error types), keeps a voice tag
only as a cue attribute and knows nothing of Zoom's ``Name: text`` convention; srt is
strict about malformed blocks and has no notion of speakers at all. Both would still need
our own speaker extraction, cue merging and line bookkeeping, which is most of the work.
The formats are simple; about 200 lines here cover them, handle broken files leniently,
and add no runtime dependency.

All parsers take the decoded text as a list of lines (line ends removed; index 0 is line 1)
and return :class:`Turn` objects. Consecutive cues of one speaker are merged into one turn
(WebVTT, SubRip); in plain text each line with a speaker label is a turn of its own and a
line without one continues the previous turn. The ``line`` of a turn is the 1-based line
where its text starts (for cues: the first text line of the first cue); ``time`` is the
start time as ``HH:MM:SS`` or ``None``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from partnerschap import regex_cache


class Turn(NamedTuple):
    """One speaker turn as found in the file (speaker by name; roles come later)."""

    line: int
    time: str | None
    speaker: str
    text: str


_TS = r"(?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?"
_TSW = rf"(?:\[\s*{_TS}\s*\]|\(\s*{_TS}\s*\)|{_TS})"
_NAME = r"[^\W\d_][\w.'’&/()\- ]{0,39}?"

_TXT_TURN = regex_cache.compile(
    rf"^\s*(?:(?P<t1>{_TSW})\s*[-–]?\s*)?(?:[-–]\s*)?(?P<name>{_NAME})\s*(?:(?P<t2>{_TSW})\s*)?:"
    r"(?:\s+(?P<text>.*)|$)"
)
_TXT_TURN_BRACKET = regex_cache.compile(
    rf"^\s*(?:(?P<t1>{_TSW})\s*)?\[(?P<name>{_NAME})\]\s*(?:(?P<t2>{_TSW})\s*)?:?(?:\s+(?P<text>.*)|$)"
)
_TXT_HEADER = regex_cache.compile(
    rf"^\s*(?:\[(?P<bname>{_NAME})\]|(?P<name>{_NAME}))\s+(?P<t>{_TSW})\s*$"
)
_TS_PARTS = regex_cache.compile(r"(?:(\d{1,2}):)?(\d{1,2}):(\d{2})")
_TIMING = regex_cache.compile(rf"^\s*(?P<start>{_TS})\s*-->\s*(?P<end>{_TS})")
_VOICE = regex_cache.compile(r"<v(?:\.[^\s>]*)?\s+([^>]*)>", re.IGNORECASE)
_VOICE_END = regex_cache.compile(r"</v\s*>.*", re.S | re.I)
_TAG = regex_cache.compile(r"</?[^>\s][^>]*>")
_CUE_LABEL = regex_cache.compile(
    rf"^\s*(?:>>\s*|-\s*)?(?:\[(?P<bname>{_NAME})\]:?|(?P<name>{_NAME}):)\s+"
)

#: Labels that head metadata lines ("Datum: 3 maart"), never speakers.
_NOT_SPEAKERS = frozenset(
    [
        "datum",
        "date",
        "tijd",
        "time",
        "onderwerp",
        "subject",
        "titel",
        "title",
        "deelnemers",
        "participants",
        "aanwezig",
        "aanwezigen",
        "present",
        "locatie",
        "location",
        "plaats",
        "duur",
        "duration",
        "opname",
        "recording",
        "transcript",
        "transcriptie",
        "gesprek",
        "notitie",
        "notities",
        "note",
        "notes",
        "nota",
        "bene",
        "nb",
        "ps",
        "let",
        "op",
        "tip",
        "url",
        "link",
        "email",
        "e-mail",
        "tel",
        "telefoon",
        "http",
        "https",
        "vergadering",
        "meeting",
        "agenda",
        "bron",
        "source",
        "kenmerk",
        "dossier",
    ]
)
_PARTICLES = frozenset(
    ["de", "van", "der", "den", "ten", "ter", "het", "la", "le", "von", "da", "di", "du", "'t"]
)


def format_time(ts: str | None) -> str | None:
    """``1:23`` / ``[00:01:23]`` / ``00:01:23.456`` -> ``00:01:23``."""
    if not ts:
        return None
    if (  # the usual "00:01:23.456" or "00:01:23,456", without a regex
        len(ts) >= 8
        and ts[2] == ":" == ts[5]
        and ts[:2].isdigit()
        and ts[3:5].isdigit()
        and ts[6:8].isdigit()
        and (len(ts) == 8 or ts[8] in ".,")
    ):
        return ts[:8]
    m = _TS_PARTS.search(ts)
    if not m:
        return None
    h, mi, s = (int(x) if x else 0 for x in m.groups())
    return f"{h:02d}:{mi:02d}:{s:02d}"


def _plausible_label(label: str) -> bool:
    words = label.split()
    if not words or len(words) > 5 or len(label) > 40:
        return False
    if label.lower() in _NOT_SPEAKERS or words[0].lower() in _NOT_SPEAKERS:
        return False
    return not label.endswith(("-", "/", "&"))


def _accept_labels(labels: Sequence[str]) -> set[str]:
    """Which candidate labels are speakers: recurring ones, and capitalised one-offs."""
    counts = Counter(labels)
    accepted: set[str] = set()
    for label, n in counts.items():
        if not _plausible_label(label):
            continue
        if n >= 2:
            accepted.add(label)
            continue
        words = label.split()
        if len(words) <= 3 and all(
            w[0].isupper() or w[0].isdigit() or w.lower() in _PARTICLES for w in words
        ):
            accepted.add(label)
    return accepted


def _clean_name(name: str) -> str:
    return " ".join(name.split())


# --------------------------------------------------------------------------- plain text


def parse_txt(lines: Sequence[str]) -> list[Turn]:
    """``Naam: tekst`` per line, with an optional timestamp before or after the name.

    Also accepts header lines that carry only a speaker and a time (``[Naam] 00:01:23`` or
    ``Naam  1:23``, as Zoom and Otter write them), with the text on the following lines.
    """
    candidates: list[tuple[int, str, str | None, str | None, bool]] = []
    for i, raw in enumerate(lines):
        if not raw.strip():
            continue
        m = _TXT_HEADER.match(raw)
        if m:
            name = _clean_name(m.group("bname") or m.group("name"))
            candidates.append((i, name, m.group("t"), None, True))
            continue
        m = _TXT_TURN_BRACKET.match(raw) or _TXT_TURN.match(raw)
        if m:
            name = _clean_name(m.group("name"))
            candidates.append((i, name, m.group("t1") or m.group("t2"), m.group("text"), False))
    accepted = _accept_labels([c[1] for c in candidates])
    by_line = {c[0]: c for c in candidates if c[1] in accepted}

    turns: list[Turn] = []
    cur: list | None = None  # [line, time, speaker, parts]

    def flush() -> None:
        if cur is not None:
            text = " ".join(p for p in cur[3] if p)
            turns.append(Turn(cur[0], cur[1], cur[2], text))

    for i, raw in enumerate(lines):
        stripped = raw.strip()
        if not stripped:
            continue
        c = by_line.get(i)
        if c is not None:
            flush()
            _, name, ts, text, header = c
            text = (text or "").strip()
            # a header's text starts on the next non-empty line
            start = i + 1
            if header or not text:
                j = i + 1
                while j < len(lines) and not lines[j].strip():
                    j += 1
                start = j + 1 if j < len(lines) and j not in by_line else i + 1
            cur = [start, format_time(ts), name, [text]]
        elif cur is not None:
            cur[3].append(stripped)
    flush()
    return [t for t in turns if t.text]


# --------------------------------------------------------------------------- cues


class _Cue:
    __slots__ = ("line", "time", "speaker", "text")

    def __init__(self, line: int, time: str | None, speaker: str | None, text: str) -> None:
        self.line = line
        self.time = time
        self.speaker = speaker
        self.text = text


def _blocks(lines: Sequence[str]) -> list[list[tuple[int, str]]]:
    blocks: list[list[tuple[int, str]]] = []
    cur: list[tuple[int, str]] = []
    for i, raw in enumerate(lines):
        if raw and not raw.isspace():
            cur.append((i, raw))
        elif cur:
            blocks.append(cur)
            cur = []
    if cur:
        blocks.append(cur)
    return blocks


def _cue_segments(
    first_line: int, text_lines: list[tuple[int, str]]
) -> list[tuple[int, str | None, str]]:
    """Split a cue's text into (line, speaker, text) by voice tags or a ``Name:`` label."""
    if len(text_lines) == 1:  # the usual cue: one line, no tag or one voice tag in front
        line, raw = text_lines[0]
        full = raw.strip()
        if "<" not in full:
            return [(line, None, full)]
        m = _VOICE.match(full)
        if m is not None and _VOICE.search(full, m.end()) is None:
            body = full[m.end() :]
            body = _VOICE_END.sub("", body) if "</v" in body else body
            name = m.group(1)
            name = _clean_name(_unescape(name) if "&" in name else name)
            return [(line, name or None, body)]
    joined_parts: list[tuple[int, str]] = [(i, t.strip()) for i, t in text_lines]
    full = "\n".join(t for _, t in joined_parts)
    segments: list[tuple[int, str | None, str]] = []
    if "<" in full and _VOICE.search(full):
        # line bookkeeping: which line each voice tag starts on
        offsets: list[tuple[int, int]] = []
        pos = 0
        for i, t in joined_parts:
            offsets.append((pos, i))
            pos += len(t) + 1
        pieces = list(_VOICE.finditer(full))
        before = full[: pieces[0].start()]
        if _TAG.sub("", before).strip():
            segments.append((first_line, None, before))
        for k, m in enumerate(pieces):
            end = pieces[k + 1].start() if k + 1 < len(pieces) else len(full)
            body = full[m.end() : end]
            body = _VOICE_END.sub("", body) if "</v" in body else body
            line = max(li for off, li in offsets if off <= m.start())
            name = m.group(1)
            name = _clean_name(_unescape(name) if "&" in name else name)
            segments.append((line, name or None, body))
        return segments
    segments.append((first_line, None, full))
    return segments


def _unescape(text: str) -> str:
    import html  # only for a text with an entity: it loads a table of 2,000 names

    return html.unescape(text)


def _clean_text(text: str) -> str:
    if "<" in text:
        text = _TAG.sub("", text)
    if "&" in text:
        text = _unescape(text)
    if not text.isascii():
        text = text.replace("\u200e", "").replace("\u200f", "")
    return " ".join(text.split())


def _cues_to_turns(cues: list[_Cue]) -> list[Turn]:
    # Zoom style: "Name: text" inside the cue; accept labels like in plain text
    unlabeled = [c for c in cues if c.speaker is None]
    labels: list[tuple[_Cue, str, str]] = []
    for c in unlabeled:
        m = _CUE_LABEL.match(c.text)
        if m:
            labels.append((c, _clean_name(m.group("bname") or m.group("name")), c.text[m.end() :]))
    accepted = _accept_labels([name for _, name, _ in labels])
    for c, name, rest in labels:
        if name in accepted:
            c.speaker = name
            c.text = rest

    turns: list[Turn] = []
    cur: list | None = None
    for c in cues:
        text = _clean_text(c.text)
        if not text:
            continue
        if c.speaker is None or (cur is not None and c.speaker == cur[2]):
            if cur is not None:
                cur[3].append(text)
            continue
        if cur is not None:
            turns.append(Turn(cur[0], cur[1], cur[2], " ".join(cur[3])))
        cur = [c.line + 1, c.time, c.speaker, [text]]
    if cur is not None:
        turns.append(Turn(cur[0], cur[1], cur[2], " ".join(cur[3])))
    return turns


_HEADERS = ("WEBVTT", "NOTE", "STYLE", "REGION")


def _parse_cues(lines: Sequence[str], skip_header: bool) -> list[Turn]:
    cues: list[_Cue] = []
    for block in _blocks(lines):
        if skip_header and block[0][1].lstrip().startswith(_HEADERS):
            # a header block may be directly followed by a cue in broken files
            rest = [b for b in block if "-->" in b[1]]
            if not rest:
                continue
        for k, (_, t) in enumerate(block):  # noqa: B007 - the timing line, used below
            if "-->" in t:
                break
        else:
            continue
        m = _TIMING.match(block[k][1])
        time = format_time(m.group("start")) if m else None
        text_lines = block[k + 1 :]
        if not text_lines:
            continue
        for line, speaker, text in _cue_segments(text_lines[0][0], text_lines):
            cues.append(_Cue(line, time, speaker, text))
    return _cues_to_turns(cues)


def parse_vtt(lines: Sequence[str]) -> list[Turn]:
    """WebVTT: Teams voice tags (``<v Naam>…</v>``) or Zoom labels (``Naam: …``)."""
    return _parse_cues(lines, skip_header=True)


def parse_srt(lines: Sequence[str]) -> list[Turn]:
    """SubRip: numbered cues; speakers as ``Naam: …``, ``[Naam] …`` or voice tags."""
    return _parse_cues(lines, skip_header=False)


def sniff_format(lines: Sequence[str], suffix: str = "") -> str:
    """``"vtt"``, ``"srt"`` or ``"txt"``, by content first, then by file extension."""
    first = next((t.strip() for t in lines[:50] if t.strip()), "")
    if first.startswith("WEBVTT"):
        return "vtt"
    head = [t.strip() for t in lines[:20] if t.strip()]
    if len(head) >= 2 and head[0].isdigit() and "-->" in head[1]:
        return "srt"
    if any(_TIMING.match(t) for t in head[:3]):
        return "vtt" if suffix.lower() == ".vtt" else "srt"
    return "txt"


PARSERS = {"txt": parse_txt, "vtt": parse_vtt, "srt": parse_srt}
