"""The one exception of the transcript library, with its messages in Dutch and English.

The library never prints. Whatever goes wrong with an input file is raised as
:class:`TranscriptError`, carrying the file, the line (where there is one), a message id
and its parameters; the command-line layer chooses the language and renders it
(``error.message("nl")``) and exits with status 2.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

#: Message texts by id, each ``{"nl": ..., "en": ...}``; ``{file}`` and ``{line}`` are
#: always available, the other fields come from the error's ``params``.
MESSAGES: dict[str, dict[str, str]] = {
    "not_found": {
        "nl": "{file}: dit bestand bestaat niet.",
        "en": "{file}: this file does not exist.",
    },
    "not_a_file": {
        "nl": "{file}: dit is geen gewoon bestand.",
        "en": "{file}: this is not a regular file.",
    },
    "unreadable": {
        "nl": "{file}: kan het bestand niet lezen ({reason}).",
        "en": "{file}: cannot read the file ({reason}).",
    },
    "too_large": {
        "nl": "{file}: het bestand is {size_mb} MB; transcripten tot {limit_mb} MB worden gelezen.",
        "en": "{file}: the file is {size_mb} MB; transcripts up to {limit_mb} MB are read.",
    },
    "binary": {
        "nl": "{file}: dit lijkt geen tekstbestand (binaire inhoud of onbekende codering).",
        "en": "{file}: this does not look like a text file (binary content or unknown encoding).",
    },
    "empty": {
        "nl": "{file}: het bestand is leeg.",
        "en": "{file}: the file is empty.",
    },
    "no_speaker": {
        "nl": (
            "{file}: geen sprekers gevonden. Verwacht wordt per beurt 'Naam: tekst', "
            "WebVTT met <v Naam> of 'Naam: tekst' in de cue, of SubRip (.srt)."
        ),
        "en": (
            "{file}: no speakers found. Expected 'Name: text' per turn, WebVTT with "
            "<v Name> or 'Name: text' in the cue, or SubRip (.srt)."
        ),
    },
    "professional_required": {
        "nl": (
            "{file}: geef aan wie de professional is (--professional NAAM). Sprekers: {speakers}."
        ),
        "en": "{file}: say who the professional is (--professional NAME). Speakers: {speakers}.",
    },
    "unknown_professional": {
        "nl": "{file}: geen spreker met de naam {name}. Sprekers: {speakers}.",
        "en": "{file}: no speaker named {name}. Speakers: {speakers}.",
    },
    "invalid_signal": {
        "nl": "{file}: signaal {signal!r} van {principle} is ongeldig: {reason}.",
        "en": "{file}: signal {signal!r} of {principle} is invalid: {reason}.",
    },
    "invalid_set": {
        "nl": "{file}: geen geldige set met principes ({reason}).",
        "en": "{file}: not a valid principle set ({reason}).",
    },
}

_LINE_PREFIX = {"nl": "regel {line}: ", "en": "line {line}: "}


def _fmt_param(value: Any) -> Any:
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return value


class TranscriptError(Exception):
    """A problem with an input file that the user can fix; render with :meth:`message`."""

    def __init__(
        self, path: str | Path | None, line: int | None, message_key: str, **params: Any
    ) -> None:
        if message_key not in MESSAGES:
            raise KeyError(f"unknown message key: {message_key}")
        self.path = Path(path) if path is not None else None
        self.line = line
        self.message_key = message_key
        self.params: dict[str, Any] = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        """The message in ``lang`` ("nl" or "en"; anything else falls back to English)."""
        texts = MESSAGES[self.message_key]
        text = texts.get(lang) or texts["en"]
        fields = {k: _fmt_param(v) for k, v in self.params.items()}
        fields["file"] = self.path.name if self.path is not None else "-"
        fields["line"] = self.line
        out = text.format(**fields)
        if self.line is not None:
            prefix = _LINE_PREFIX.get(lang, _LINE_PREFIX["en"]).format(line=self.line)
            name = fields["file"]
            if out.startswith(f"{name}: "):
                out = f"{name}: {prefix}{out[len(name) + 2 :]}"
        return out


def speaker_list(speakers: Sequence[Any]) -> list[str]:
    """'Name (46 %)' strings for messages that list the speakers of a transcript."""
    return [f"{s.name} ({round(s.share * 100)}%)" for s in speakers]
