"""The Dutch meaning of error details that come from elsewhere: the operating system,
the YAML and JSON parsers, SQLite. They are English; in Dutch the meaning comes first and
the original follows after a dash (it is what a search engine or a helpdesk knows)."""

from __future__ import annotations

import re

MESSAGES: dict[str, tuple[str, str]] = {}

# (how the English detail starts, case-insensitive; its Dutch meaning)
DUTCH: tuple[tuple[str, str], ...] = (
    # the operating system (strerror)
    (r"no such file or directory", "het bestand of de map bestaat niet"),
    (r"permission denied", "geen toestemming"),
    (r"is a directory", "dit is een map"),
    (r"not a directory", "dit is geen map"),
    (r"no space left on device", "de schijf is vol"),
    (r"disk quota exceeded", "je schijfruimte is op"),
    (r"read-only file system", "de schijf is alleen-lezen"),
    (r"file exists", "het bestand bestaat al"),
    (r"directory not empty", "de map is niet leeg"),
    (r"operation not permitted", "dit mag niet"),
    (r"too many open files", "te veel bestanden tegelijk open"),
    (r"file name too long", "de bestandsnaam is te lang"),
    (r"address already in use", "het adres is al in gebruik"),
    (r"cannot assign requested address", "dit adres hoort niet bij deze computer"),
    (r"input/output error", "lees- of schrijffout van de schijf"),
    (r"'utf-8' codec can't decode", "dit is geen UTF-8-tekst"),
    # JSON (json.JSONDecodeError.msg)
    (r"expecting value", "hier ontbreekt een waarde"),
    (
        r"expecting property name enclosed in double quotes",
        "naam tussen dubbele aanhalingstekens verwacht",
    ),
    (r"expecting ',' delimiter", "hier ontbreekt een komma"),
    (r"expecting ':' delimiter", "hier ontbreekt een dubbele punt"),
    (r"unterminated string", "een aanhalingsteken wordt niet gesloten"),
    (r"extra data", "er staat nog tekst na het einde"),
    (r"invalid control character", "ongeldig stuurteken in een tekst"),
    (r"invalid \\escape", "ongeldige backslash-code"),
    # YAML (MarkedYAMLError.problem)
    (
        r"mapping values are not allowed",
        "hier mag geen dubbele punt staan; zet de tekst tussen aanhalingstekens",
    ),
    (r"could not find expected ':'", "hier ontbreekt een dubbele punt"),
    (r"did not find expected key", "sleutel verwacht; klopt het inspringen?"),
    (r"did not find expected node content", "hier ontbreekt een waarde"),
    (r"expected <block end>", "het inspringen klopt niet"),
    (r"found unexpected end of stream", "het bestand houdt onverwacht op"),
    (r"found unexpected ':'", "onverwachte dubbele punt"),
    (
        r"found character .* that cannot start any token",
        "dit teken kan hier niet; zet de tekst tussen aanhalingstekens",
    ),
    (r"found unknown escape character", "onbekende backslash-code"),
    (r"expected a comment or a line break", "na de waarde mag alleen nog commentaar staan"),
    (r"found duplicate anchor|found undefined alias", "ankers en aliassen mogen niet"),
    # SQLite
    (r"file is not a database", "dit is geen logboek (geen database)"),
    (r"database is locked", "het logboek is bezet door een ander programma"),
    (r"database disk image is malformed", "het logboek is beschadigd"),
)

_compiled: tuple[tuple[re.Pattern[str], str], ...] = ()


def dutch_meaning(detail: str) -> str | None:
    """The Dutch meaning of an English detail, or None when it is not known."""
    global _compiled
    if not _compiled:  # compiled when a detail is first shown, not at every start
        _compiled = tuple((re.compile(pattern, re.I), dutch) for pattern, dutch in DUTCH)
    for pattern, dutch in _compiled:
        if pattern.match(detail.strip()):
            return dutch
    return None


def in_dutch(detail: str) -> str:
    """``het bestand of de map bestaat niet — No such file or directory``, or the detail as
    it is when its meaning is not known."""
    dutch = dutch_meaning(detail)
    if dutch is None:
        return detail
    return f"{dutch} — {detail.strip()}"
