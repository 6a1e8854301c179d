"""Property tests for partnerschap.privacy (hypothesis).

Texts are built from Dutch filler and generated identifiers (valid BSNs and IBANs, phone
numbers in every supported format, e-mail addresses, postcodes, addresses, birth dates,
plates and names after role words), joined by punctuation.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from stdnum import iban as stdnum_iban
from stdnum.nl import bsn as stdnum_bsn

from partnerschap.privacy import PLACEHOLDER_RE, Kind, detect, redact

ALL_KINDS = {k.value for k in Kind}
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

FILLER = [
    "het gesprek ging moeizaam",
    "moeder was boos",
    "vader luisterde goed",
    "de kinderen zitten in groep 7",
    "om 14:30 uur",
    "het kost € 250 per maand",
    "45% van de tijd",
    "zoon (8) was erbij",
    "Veilig Thuis belde",
    "de Raad start een onderzoek",
    "op Maandag in januari",
    "wat gaat goed",
    "zorgen over de veiligheid",
    "dossiernummer 202400123",
    "3 keer per week",
    "week 12",
    "ik vroeg door",
    "",
]
SEPARATORS = [", ", ". ", "; ", " en ", ".\n", " - "]
DIGIT = st.sampled_from("0123456789")


def _digits(n: int) -> st.SearchStrategy[str]:
    return st.text(DIGIT, min_size=n, max_size=n)


@st.composite
def bsns(draw: st.DrawFn) -> str:
    prefix = draw(_digits(8))
    valid = [prefix + d for d in "0123456789" if stdnum_bsn.is_valid(prefix + d)]
    number = draw(st.sampled_from(valid)) if valid else "111222333"
    style = draw(st.sampled_from(["plain", "dots", "old", "spaces"]))
    if style == "dots":
        return f"{number[:3]}.{number[3:6]}.{number[6:]}"
    if style == "old":
        return f"{number[:4]}.{number[4:6]}.{number[6:]}"
    if style == "spaces":
        return f"{number[:3]} {number[3:6]} {number[6:]}"
    return number


@st.composite
def ibans(draw: st.DrawFn) -> str:
    bank = draw(st.sampled_from(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB"]))
    account = draw(_digits(10))
    check = stdnum_iban.calc_check_digits(f"NL00{bank}{account}")
    compact = f"NL{check}{bank}{account}"
    if draw(st.booleans()):
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


@st.composite
def phones(draw: st.DrawFn) -> str:
    if draw(st.booleans()):
        rest = draw(_digits(8))
        return draw(
            st.sampled_from(
                [
                    f"06{rest}",
                    f"06-{rest}",
                    f"06 {rest[:4]} {rest[4:]}",
                    f"06 {rest[:2]} {rest[2:4]} {rest[4:6]} {rest[6:]}",
                    f"+31 6 {rest}",
                    f"+316{rest}",
                    f"0031 6 {rest}",
                ]
            )
        )
    area = draw(st.sampled_from(["10", "20", "30", "40", "50", "70", "587", "318"]))
    rest = draw(_digits(9 - len(area)))
    return draw(
        st.sampled_from(
            [
                f"0{area}-{rest}",
                f"(0{area}) {rest}",
                f"0{area} {rest}",
                f"+31 {area} {rest}",
                f"0031 {area} {rest}",
            ]
        )
    )


@st.composite
def emails(draw: st.DrawFn) -> str:
    lower = "abcdefghijklmnopqrstuvwxyz"
    local = draw(st.sampled_from(lower)) + draw(st.text(lower + "0123456789", max_size=8))
    if draw(st.booleans()):
        local += "." + draw(st.text(lower, min_size=1, max_size=6))
    domain = draw(st.sampled_from(["example.nl", "mail.example.com", "school-voorbeeld.nl"]))
    return f"{local}@{domain}"


@st.composite
def postcodes(draw: st.DrawFn) -> str:
    digits = draw(st.integers(1000, 9999))
    letters = draw(st.sampled_from(["AB", "CD", "GA", "XK", "RT", "ZZ", "BC", "LP"]))
    return f"{digits}{draw(st.sampled_from(['', ' ']))}{letters}"


@st.composite
def addresses(draw: st.DrawFn) -> str:
    street = draw(
        st.sampled_from(
            [
                "Kerkstraat",
                "Lange Nieuwstraat",
                "Van Limburg Stirumlaan",
                "Dorpsweg",
                "Prinsengracht",
                "Burgemeester van Walsumweg",
                "Molenkade",
                "Stationsplein",
            ]
        )
    )
    number = draw(st.integers(1, 999))
    suffix = draw(st.sampled_from(["", "a", "B", "-II", "-1", " hs"]))
    return f"{street} {number}{suffix}"


@st.composite
def birth_dates(draw: st.DrawFn) -> str:
    day, month, year = (
        draw(st.integers(1, 28)),
        draw(st.integers(1, 12)),
        draw(st.integers(2005, 2024)),
    )
    return draw(
        st.sampled_from(
            [
                f"{day:02d}-{month:02d}-{year}",
                f"{day}/{month}/{year}",
                f"{year}-{month:02d}-{day:02d}",
            ]
        )
    )


@st.composite
def plates(draw: st.DrawFn) -> str:
    shape = draw(st.sampled_from(["DD-LLL-D", "LL-DDD-L", "DD-LL-LL", "LL-DD-DD", "D-LLL-DD"]))
    letters = "BDFGHJKLNPRSTVXZ"
    return "".join(
        draw(st.sampled_from(letters)) if c == "L" else draw(DIGIT) if c == "D" else c
        for c in shape
    )


NAMES = ["Sanne", "Fatima", "Mohammed", "Daan", "Lotte", "Ria", "Kevin", "Yasmine", "Henk"]
ROLES = ["moeder", "vader", "zoon", "dochter", "oma", "opa", "tante", "juf"]

IDENTIFIERS = {
    "bsn": bsns(),
    "iban": ibans(),
    "phone": phones(),
    "email": emails(),
    "postcode": postcodes(),
    "address": addresses(),
    "birth_date": birth_dates(),
    "plate": plates(),
    "name": st.sampled_from(NAMES),
}


@st.composite
def notes(draw: st.DrawFn) -> tuple[str, list[tuple[str, str]]]:
    """A note and the identifiers (kind, text) put into it."""
    parts: list[str] = []
    inserted: list[tuple[str, str]] = []
    for _ in range(draw(st.integers(1, 8))):
        if draw(st.booleans()):
            parts.append(draw(st.sampled_from(FILLER)))
            continue
        kind = draw(st.sampled_from(sorted(IDENTIFIERS)))
        value = draw(IDENTIFIERS[kind])
        inserted.append((kind, value))
        if kind == "name":
            parts.append(f"{draw(st.sampled_from(ROLES))} {value} belde")
        elif kind == "birth_date":
            parts.append(f"geboren op {value}")
        else:
            parts.append(f"zie {value} hier")
    separators = [draw(st.sampled_from(SEPARATORS)) for _ in parts]
    text = "".join(p + s for p, s in zip(parts, separators, strict=True))
    return text, inserted


# Arbitrary text with placeholders and identifier-like pieces mixed in.
messy_text = st.lists(
    st.one_of(
        st.text(max_size=12),
        st.sampled_from(["[NAAM-1]", "[BSN]", "[TELEFOON]", "moeder ", "geb. ", "(8)", " "]),
        *IDENTIFIERS.values(),
    ),
    max_size=10,
).map("".join)


def _word_present(needle: str, haystack: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(needle)}(?!\w)", haystack) is not None


@SETTINGS
@given(notes())
def test_no_inserted_identifier_survives_redaction(note: tuple[str, list[tuple[str, str]]]) -> None:
    text, inserted = note
    redacted = redact(text, kinds=ALL_KINDS)
    for kind, value in inserted:
        assert not _word_present(value, redacted), (kind, value, redacted)


@SETTINGS
@given(notes())
def test_inserted_identifiers_are_found_with_their_kind(
    note: tuple[str, list[tuple[str, str]]],
) -> None:
    text, inserted = note
    found = {(str(f.kind), f.text) for f in detect(text)}
    for kind, value in inserted:
        assert (kind, value) in found, (kind, value, text, found)


@SETTINGS
@given(st.one_of(notes().map(lambda n: n[0]), messy_text))
def test_redaction_is_idempotent(text: str) -> None:
    for kinds in (None, ALL_KINDS):
        once = redact(text, kinds=kinds)
        assert redact(once, kinds=kinds) == once


@SETTINGS
@given(st.one_of(notes().map(lambda n: n[0]), messy_text))
def test_text_outside_findings_is_unchanged(text: str) -> None:
    findings = detect(text)
    # findings are sorted, do not overlap and are slices of the text
    for a, b in zip(findings, findings[1:], strict=False):
        assert a.end <= b.start
    for f in findings:
        assert text[f.start : f.end] == f.text
        assert PLACEHOLDER_RE.fullmatch(f.placeholder)
    redacted = redact(text, findings, kinds=ALL_KINDS)
    # Map the placeholders back: what lies between them is the original outside the spans.
    original_pieces, pos = [], 0
    for f in findings:
        original_pieces.append(text[pos : f.start])
        pos = f.end
    original_pieces.append(text[pos:])
    # Placeholders already in the input are kept as text and split the same way.
    expected_pieces: list[str] = []
    for piece in original_pieces:
        expected_pieces.extend(PLACEHOLDER_RE.split(piece))
    assert PLACEHOLDER_RE.split(redacted) == expected_pieces
    placeholders_in_input = len(PLACEHOLDER_RE.findall(text))
    assert len(PLACEHOLDER_RE.findall(redacted)) == placeholders_in_input + len(findings)
