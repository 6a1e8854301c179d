"""Tests for partnerschap.privacy: the corpus, each kind, numbering, fields, overlaps."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import types
from collections import Counter
from pathlib import Path

import pytest
import yaml
from stdnum.nl import bsn as stdnum_bsn

from partnerschap.privacy import (
    DEFAULT_REDACT_KINDS,
    Finding,
    Kind,
    PrivacyExtraMissing,
    deduce_backend,
    detect,
    detect_fields,
    redact,
    redact_fields,
)

CORPUS_PATH = Path(__file__).parent / "data" / "privacy_corpus.yaml"
CORPUS = yaml.safe_load(CORPUS_PATH.read_text(encoding="utf-8"))


def found(text: str, **kwargs: object) -> list[tuple[str, str]]:
    return [(str(f.kind), f.text) for f in detect(text, **kwargs)]


def kinds_of(text: str) -> set[str]:
    return {str(f.kind) for f in detect(text)}


# ------------------------------------------------------------------------------ corpus


def _corpus_params() -> list[object]:
    params = []
    for i, entry in enumerate(CORPUS):
        marks = []
        if entry.get("xfail"):
            marks.append(pytest.mark.xfail(reason=entry["xfail"], strict=True))
        params.append(pytest.param(entry, id=f"{i:03d}", marks=marks))
    return params


@pytest.mark.parametrize("entry", _corpus_params())
def test_corpus_sentence(entry: dict) -> None:
    expected = Counter((e["kind"], str(e["text"])) for e in entry["expect"])
    assert Counter(found(entry["text"])) == expected


def test_corpus_shape() -> None:
    assert len(CORPUS) >= 110
    negatives = [e for e in CORPUS if not e["expect"]]
    assert len(negatives) >= 30
    known = {k.value for k in Kind}
    for entry in CORPUS:
        assert set(entry) <= {"text", "expect", "xfail", "section"}
        for item in entry["expect"]:
            assert item["kind"] in known
            assert str(item["text"]) in entry["text"]
            if item["kind"] == "bsn":
                # the digits: "111\u200b222\u200b333" is typed with a zero-width space
                assert stdnum_bsn.is_valid("".join(c for c in str(item["text"]) if c.isdigit()))
    # every structured kind occurs in the corpus
    kinds = {item["kind"] for entry in CORPUS for item in entry["expect"]}
    assert kinds == known


# -------------------------------------------------------------------------------- BSN


@pytest.mark.parametrize("number", ["111222333", "123456782", "111.222.333", "1234.56.782"])
def test_bsn_valid(number: str) -> None:
    assert found(f"BSN {number} bekend.") == [("bsn", number)]


@pytest.mark.parametrize("number", ["123456789", "222333444", "987654321", "12345678"])
def test_nine_digits_failing_elfproef_is_not_a_bsn(number: str) -> None:
    assert found(f"Nummer {number} genoteerd.") == []


def test_labelled_dossier_number_is_not_a_bsn_even_if_elfproef_passes() -> None:
    assert found("Dossiernummer 111222333 aangemaakt.") == []
    assert found("Zaaknr. 123456782.") == []
    assert found("BSN 111222333, dossier 222333444") == [("bsn", "111222333")]


def test_bsn_inside_longer_number_is_not_detected() -> None:
    assert found("Registratie 1112223330 en 01112223339.") == []


# ------------------------------------------------------------------------------- IBAN


def test_iban_with_and_without_spaces() -> None:
    assert found("IBAN NL91 ABNA 0417 1643 00.") == [("iban", "NL91 ABNA 0417 1643 00")]
    assert found("Rekening NL91ABNA0417164300 van moeder") == [("iban", "NL91ABNA0417164300")]


def test_iban_with_wrong_checksum_is_nothing() -> None:
    assert found("Rekening NL12 ABNA 0123 4567 89 klopt niet") == []


def test_iban_wins_over_digits_inside_it() -> None:
    assert kinds_of("NL44RABO0123456789") == {"iban"}


# ------------------------------------------------------------------------------ phone


@pytest.mark.parametrize(
    "number",
    [
        "06-12345678",
        "06 1234 5678",
        "0612345678",
        "(030) 123 45 67",
        "+31 6 12345678",
        "0031 20 1234567",
        "+31 (0)6 87654321",
        "020 - 123 45 67",
        "0587-123456",
    ],
)
def test_phone_formats(number: str) -> None:
    assert found(f"Bel {number} na vijven.") == [("phone", number)]


def test_a_date_followed_by_a_number_is_not_a_phone() -> None:
    assert found("geboren op 01-01-2005. 45% van de tijd") == [("birth_date", "01-01-2005")]
    assert found("op 01-01-2005 12 uur") == [("date", "01-01-2005")]


def test_role_word_with_colon() -> None:
    assert found("Kind: Daan, groep 4. Moeder: Fatima.") == [("name", "Daan"), ("name", "Fatima")]


def test_phone_in_brackets_excludes_the_brackets() -> None:
    assert found("Vader (06-12345678) belde.") == [("phone", "06-12345678")]


@pytest.mark.parametrize("text", ["0800-2000", "061234567", "06123456789", "om 14:30"])
def test_not_phones(text: str) -> None:
    assert found(f"Zie {text} hier.") == []


# ------------------------------------------------------------------------------ email


def test_email() -> None:
    assert found("Mail naar s.bakker@school-voorbeeld.nl graag.") == [
        ("email", "s.bakker@school-voorbeeld.nl")
    ]


# --------------------------------------------------------------------- postcode, place


def test_postcode_forms_and_place() -> None:
    assert found("1234 AB Utrecht") == [("postcode", "1234 AB"), ("place", "Utrecht")]
    assert found("postcode 3511CD.") == [("postcode", "3511CD")]


@pytest.mark.parametrize(
    "text", ["1234 en 5678", "in 2023 VT-melding", "2019 GI betrokken", "1500 MB data"]
)
def test_postcode_look_alikes(text: str) -> None:
    assert "postcode" not in kinds_of(text)


def test_place_after_living_verb() -> None:
    assert found("Moeder woont sinds kort in Amersfoort.") == [("place", "Amersfoort")]
    assert found("Het gezin woont in Nederland.") == []


# ---------------------------------------------------------------------------- address


@pytest.mark.parametrize(
    "address",
    [
        "Kerkstraat 12",
        "Lange Nieuwstraat 4a",
        "Van Limburg Stirumlaan 3-II",
        "Burgemeester van Walsumweg 5",
        "Prinsengracht 263-1",
        "Dorpsweg 88",
        "Oudegracht 12 bis",
    ],
)
def test_address(address: str) -> None:
    assert found(f"Ze woont aan de {address}, al twee jaar.") == [("address", address)]


def test_address_drops_sentence_words_in_front() -> None:
    assert found("Bij Hoofdweg 3 staat een bankje.") == [("address", "Hoofdweg 3")]


@pytest.mark.parametrize("text", ["op nummer 12", "huisnummer 7", "kamer 3", "Kerkstraat"])
def test_not_addresses(text: str) -> None:
    assert found(f"Zie {text} daar.") == []


# ------------------------------------------------------------------------------ dates


@pytest.mark.parametrize(
    "date",
    [
        "12-03-2024",
        "12/3/2024",
        "12 maart 2024",
        "2024-03-12",
        "12.03.2024",
        "12 March 2024",
        "March 12, 2024",
        "1 september",
    ],
)
def test_meeting_dates_are_low_sensitivity_dates(date: str) -> None:
    assert found(f"Gesprek op {date} met moeder.") == [("date", date)]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("geboren op 12-03-2015", "12-03-2015"),
        ("geb. 12-03-2015", "12-03-2015"),
        ("(8 jaar, geboren 3 mei 2016)", "3 mei 2016"),
        ("Geboortedatum: 2015-03-12", "2015-03-12"),
        ("is op 14 februari 2017 geboren", "14 februari 2017"),
        ("(8 jaar, 12-03-2016)", "12-03-2016"),
        ("Date of birth: 7 January 2014", "7 January 2014"),
    ],
)
def test_birth_dates(text: str, date: str) -> None:
    assert found(text) == [("birth_date", date)]


@pytest.mark.parametrize("text", ["31-13-2024", "maart 2024", "week 12", "versie 2.1", "1.2.24"])
def test_not_dates(text: str) -> None:
    assert found(f"Zie {text} daar.") == []


def test_redaction_replaces_birth_dates_but_not_plain_dates_by_default() -> None:
    text = "Geboren op 12-03-2015; gesprek op 12-03-2024."
    assert redact(text) == "Geboren op [GEBOORTEDATUM]; gesprek op 12-03-2024."
    everything = set(DEFAULT_REDACT_KINDS) | {"date"}
    assert redact(text, kinds=everything) == "Geboren op [GEBOORTEDATUM]; gesprek op [DATUM]."


# ----------------------------------------------------------------------------- plates


@pytest.mark.parametrize("plate", ["12-ABC-3", "AB-123-C", "GZ-12-BX", "1-ABC-23", "99-XX-99"])
def test_plates(plate: str) -> None:
    assert found(f"Auto {plate} gezien.") == [("plate", plate)]


@pytest.mark.parametrize("text", ["COVID-19", "ab-123-C", "AB-123C", "AB-1234-C", "12-34-56"])
def test_not_plates(text: str) -> None:
    assert "plate" not in kinds_of(f"Zie {text} hier.")


# ------------------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("moeder Fatima belde", ["Fatima"]),
        ("vader Jan kwam niet", ["Jan"]),
        ("meneer De Vries zweeg", ["De Vries"]),
        ("mevrouw van den Berg zweeg", ["van den Berg"]),
        ("zoon Mohammed en dochter Sanne", ["Mohammed", "Sanne"]),
        ("Pietje (8) speelde", ["Pietje"]),
        ("oma Ria past op", ["Ria"]),
        ("Beste Karin,", ["Karin"]),
        ("Moeder (Sanne) belde", ["Sanne"]),
        ("dhr. A. de Vries", ["A. de Vries"]),
        ("de moeder van Sanne", ["Sanne"]),
        ("ouders Jan en Fatima", ["Jan", "Fatima"]),
        ("Het kind heet Sem.", ["Sem"]),
        ("Groet, Karin Visser", ["Karin Visser"]),
        ("vader Mustafa Öztürk", ["Mustafa Öztürk"]),
        ("Daarna Sem (8) en Lotte (5 jaar)", ["Sem", "Lotte"]),
    ],
)
def test_names(text: str, names: list[str]) -> None:
    assert [t for k, t in found(text) if k == "name"] == names


@pytest.mark.parametrize(
    "text",
    [
        "Veilig Thuis belde met de Raad.",
        "Jeugdzorg komt op Maandag in Januari.",
        "Zoon (8) en dochter (5).",
        "Moeder Veilig Thuis gebeld.",
        "Vader Zaterdag niet gezien.",
        "Beste collega's,",
        "Ik sprak Moeder en Vader.",
        "Het meisje (14) wil bij oma wonen.",
    ],
)
def test_capitalised_words_that_are_not_names(text: str) -> None:
    assert "name" not in kinds_of(text)


def test_a_found_name_is_found_everywhere_in_the_text() -> None:
    text = "Moeder Fatima belde. Later zei Fatima dat het goed ging."
    assert found(text) == [("name", "Fatima"), ("name", "Fatima")]


# ------------------------------------------------------------------------ numbering


def test_same_name_same_placeholder_and_case_insensitive_particles() -> None:
    text = "meneer De Vries en moeder Fatima; later belde de Vries. Fatima niet."
    findings = detect(text)
    assert [(f.text, f.placeholder) for f in findings] == [
        ("De Vries", "[NAAM-1]"),
        ("Fatima", "[NAAM-2]"),
        ("de Vries", "[NAAM-1]"),
        ("Fatima", "[NAAM-2]"),
    ]
    assert redact(text) == (
        "meneer [NAAM-1] en moeder [NAAM-2]; later belde [NAAM-1]. [NAAM-2] niet."
    )


def test_placeholders_of_each_kind() -> None:
    text = (
        "Moeder Sanne, BSN 111222333, NL91ABNA0417164300, 0612345678, s@example.nl, "
        "Kerkstraat 12, 1234 AB Utrecht, geb. 12-03-2015, gesprek 12-03-2024, 12-ABC-3, "
        "basisschool De Regenboog."
    )
    assert redact(text, kinds={k.value for k in Kind}) == (
        "Moeder [NAAM-1], BSN [BSN], [IBAN], [TELEFOON], [E-MAIL], "
        "[ADRES], [POSTCODE] [PLAATS], geb. [GEBOORTEDATUM], gesprek [DATUM], [KENTEKEN], "
        "basisschool [INSTELLING]."
    )


def test_numbering_continues_after_placeholders_already_in_the_text() -> None:
    assert redact("[NAAM-1] en [NAAM-3] met vader Jan") == "[NAAM-1] en [NAAM-3] met vader [NAAM-4]"


def test_digits_glued_to_a_placeholder_are_treated_as_before_redaction() -> None:
    # the BSN-like digits glued to the IBAN are not a BSN, before or after redaction
    text = "NL91ABNA0417164300111222333"
    assert found(text) == [("iban", "NL91ABNA0417164300")]
    assert redact(text) == "[IBAN]111222333"
    assert detect("[IBAN]111222333") == []


def test_numbering_restarts_per_text() -> None:
    assert detect("vader Jan")[0].placeholder == "[NAAM-1]"
    assert detect("moeder Fatima")[0].placeholder == "[NAAM-1]"


# ---------------------------------------------------------------------------- fields


def test_detect_fields_numbers_names_across_fields() -> None:
    fields = {
        "context.kind": "Gesprek met moeder Fatima en zoon Daan (8).",
        "notes.respect": "Fatima voelde zich gehoord; Daan was er niet bij.",
        "notes.empty": "",
    }
    result = detect_fields(fields)
    assert list(result) == list(fields)
    assert [(f.text, f.placeholder) for f in result["context.kind"]] == [
        ("Fatima", "[NAAM-1]"),
        ("Daan", "[NAAM-2]"),
    ]
    assert [(f.text, f.placeholder) for f in result["notes.respect"]] == [
        ("Fatima", "[NAAM-1]"),
        ("Daan", "[NAAM-2]"),
    ]
    assert result["notes.empty"] == []
    assert redact_fields(fields) == {
        "context.kind": "Gesprek met moeder [NAAM-1] en zoon [NAAM-2] (8).",
        "notes.respect": "[NAAM-1] voelde zich gehoord; [NAAM-2] was er niet bij.",
        "notes.empty": "",
    }


def test_redact_fields_with_given_findings_and_kinds() -> None:
    fields = {"a": "vader Jan, 0612345678"}
    findings = detect_fields(fields)
    assert redact_fields(fields, findings, kinds={"phone"}) == {"a": "vader Jan, [TELEFOON]"}


# --------------------------------------------------------------------------- overlaps


def test_overlap_longest_wins() -> None:
    # the postcode-looking "4567 89" and phone-looking digits are inside the IBAN
    assert found("NL02 ABNA 0123 4567 89") == [("iban", "NL02 ABNA 0123 4567 89")]
    # a name inside an e-mail address is part of the address
    text = "moeder Sanne mailt vanaf Sanne.Bakker@example.nl"
    assert found(text) == [("name", "Sanne"), ("email", "Sanne.Bakker@example.nl")]


def test_overlap_most_specific_wins_on_equal_span() -> None:
    assert found("geb. 12-03-2015") == [("birth_date", "12-03-2015")]


def test_findings_never_overlap_and_match_the_text() -> None:
    text = " ".join(e["text"] for e in CORPUS)
    findings = detect(text)
    for a, b in zip(findings, findings[1:], strict=False):
        assert a.end <= b.start
    for f in findings:
        assert text[f.start : f.end] == f.text


# ------------------------------------------------------------------------ redaction


def test_redact_is_idempotent_and_placeholders_are_not_detected() -> None:
    text = "Moeder (Sanne) belde op 0612345678, geb. 12-03-2015, BSN 111222333."
    once = redact(text)
    assert once == "Moeder ([NAAM-1]) belde op [TELEFOON], geb. [GEBOORTEDATUM], BSN [BSN]."
    assert redact(once) == once
    assert detect("[NAAM-1] [BSN] [TELEFOON] [DATUM] [NAAM-12]") == []


def test_redact_rejects_unknown_kind_and_foreign_findings() -> None:
    with pytest.raises(ValueError, match="unknown kind"):
        redact("x", kinds={"shoe_size"})
    alien = Finding(Kind.NAME, 0, 3, "Jan", "[NAAM-1]")
    with pytest.raises(ValueError, match="does not belong"):
        redact("Piet", [alien])


def test_finding_is_frozen_and_kind_compares_as_string() -> None:
    finding = detect("BSN 111222333")[0]
    assert finding == Finding(Kind.BSN, 4, 13, "111222333", "[BSN]")
    assert finding.kind == "bsn"
    assert str(finding.kind) == "bsn"
    assert f"{finding.kind}" == "bsn"
    with pytest.raises(AttributeError):
        finding.start = 0  # type: ignore[misc]


def test_library_imports_no_terminal_code_and_not_deduce() -> None:
    code = (
        "import sys, partnerschap.privacy as p; "
        "p.redact('moeder Sanne 0612345678'); "
        "bad = {'rich', 'typer', 'questionary', 'deduce'} & set(sys.modules); "
        "print(sorted(bad))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


# ---------------------------------------------------------------------- deduce backend


@pytest.fixture
def fresh_backend(monkeypatch: pytest.MonkeyPatch) -> types.ModuleType:
    monkeypatch.setattr(deduce_backend, "_instance", None)
    monkeypatch.setattr(deduce_backend, "_warm_thread", None)
    return deduce_backend


def test_missing_deduce_raises_privacy_extra_missing(
    fresh_backend: types.ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "deduce", None)  # makes "import deduce" fail
    assert fresh_backend.deduce_available() is False
    with pytest.raises(PrivacyExtraMissing, match=r"partnerschap\[privacy\]"):
        detect("moeder Sanne", use_deduce=True)
    with pytest.raises(PrivacyExtraMissing):
        fresh_backend.warm_up_in_background()
    assert issubclass(PrivacyExtraMissing, ImportError)
    # the rules alone still work
    assert found("moeder Sanne") == [("name", "Sanne")]


class _FakeAnnotation:
    def __init__(self, text: str, start: int, tag: str) -> None:
        self.text, self.start_char, self.end_char, self.tag = text, start, start + len(text), tag


class _FakeDeduce:
    constructed = 0

    def __init__(self) -> None:
        type(self).constructed += 1

    def deidentify(self, text: str) -> types.SimpleNamespace:
        annotations = []
        for needle, tag in [
            ("Jan de Vries", "persoon"),
            ("Amersfoort", "locatie"),
            ("UMC Utrecht", "ziekenhuis"),
            ("12 maart 2024", "datum"),
            ("Ahmed", "patient"),
        ]:
            start = text.find(needle)
            if start >= 0:
                annotations.append(_FakeAnnotation(needle, start, tag))
        return types.SimpleNamespace(annotations=annotations)


@pytest.fixture
def fake_deduce(fresh_backend: types.ModuleType, monkeypatch: pytest.MonkeyPatch) -> type:
    module = types.ModuleType("deduce")
    module.Deduce = _FakeDeduce  # type: ignore[attr-defined]
    _FakeDeduce.constructed = 0
    monkeypatch.setitem(sys.modules, "deduce", module)
    monkeypatch.setattr(fresh_backend, "deduce_available", lambda: True)
    return _FakeDeduce


def test_deduce_tags_map_to_kinds_and_instance_is_cached(fake_deduce: type) -> None:
    text = "Jan de Vries uit Amersfoort lag in het UMC Utrecht op 12 maart 2024. Jan belde."
    assert found(text, use_deduce=True) == [
        ("name", "Jan de Vries"),
        ("place", "Amersfoort"),
        ("institution", "UMC Utrecht"),
        ("date", "12 maart 2024"),  # from the rules; deduce's datum tag is not used
        ("name", "Jan"),  # the first name found by deduce, propagated
    ]
    found("Ahmed kwam.", use_deduce=True)
    assert fake_deduce.constructed == 1
    # without use_deduce nothing of deduce is used
    assert found("Jan de Vries uit Amersfoort") == []


def test_warm_up_builds_once_in_a_daemon_thread(fake_deduce: type) -> None:
    thread = deduce_backend.warm_up_in_background()
    assert isinstance(thread, threading.Thread)
    assert thread.daemon
    thread.join(5)
    assert deduce_backend.warm_up_in_background() is thread
    assert found("Ahmed kwam.", use_deduce=True) == [("name", "Ahmed")]
    assert fake_deduce.constructed == 1


@pytest.mark.skipif(
    os.environ.get("PARTNERSCHAP_TEST_DEDUCE") != "1",
    reason="set PARTNERSCHAP_TEST_DEDUCE=1 to run the real deduce backend (slow)",
)
def test_real_deduce_backend(fresh_backend: types.ModuleType) -> None:
    pytest.importorskip("deduce")
    text = "Gesprek met Jan de Vries uit Amersfoort. Moeder Fatima belde op 06-12345678."
    result = found(text, use_deduce=True)
    assert ("name", "Jan de Vries") in result
    assert ("place", "Amersfoort") in result
    assert ("name", "Fatima") in result
    assert ("phone", "06-12345678") in result


TRIGGERED = [
    "_RE_ROLE_NAME",
    "_RE_ROLE_PAREN",
    "_RE_FORMAL_NAME",
    "_RE_PLURAL_NAMES",
    "_RE_INSTITUTION",
    "_RE_PLACE_AFTER_VERB",
    "_RE_GREETING",
    "_RE_SIGNATURE",
    "_RE_NAMING",
]
TRIGGER_TEXTS = [
    "MOEDER Jansen belde, en Vader: Pieter de Vries ook.",
    "De moeder van Sanne (mevr. A. de Boer) woont in Den Haag.",
    "Ze zit op Basisschool De Regenboog en de Kinderen Anna en Tim.",
    "Zij VERHUISDE vorig jaar naar Utrecht; meneer Yilmaz niet.",
    "Cliënt Özdemir woont in Zaandam, bij oma Fatma.",
    "Niets om te vinden hier, alleen gewone woorden.",
    "moederschap en schoolplein en ouderschap Zonder Naam",
    "Hallo Sanne, Dag Pieter, dag Tim. Groeten, Jan Visser",
    "Zijn voornaam: Ahmed; hij heet Ali en de naam van de vader: Omar Yilmaz.",
]


@pytest.mark.parametrize("name", TRIGGERED)
def test_triggered_patterns_find_exactly_what_the_pattern_finds(name: str) -> None:
    detect_module = sys.modules["partnerschap.privacy.detect"]
    triggered = getattr(detect_module, name)
    texts = TRIGGER_TEXTS + [str(item["text"]) for item in CORPUS]
    found = 0
    for text in texts:
        expected = [m.span() for m in triggered.regex.finditer(text)]
        assert [m.span() for m in triggered.finditer(text)] == expected, text
        found += bool(expected)
    assert found >= 2  # the texts exercise the pattern


def test_finders_skipped_without_a_digit_would_find_nothing() -> None:
    detect_module = sys.modules["partnerschap.privacy.detect"]
    texts = TRIGGER_TEXTS + [str(item["text"]) for item in CORPUS]
    texts += ["mail naar jan@voorbeeld.nl", "Kerkstraat twaalf", "AB-CD-EF", "drie maart"]
    for text in texts:
        everything = [c for finder in detect_module._FINDERS for c in finder(text)]
        assert detect_module._structured_candidates(text) == everything, text


def test_one_pass_finds_every_start_of_every_trigger_word() -> None:
    detect_module = sys.modules["partnerschap.privacy.detect"]
    sources = detect_module._Triggered.sources
    union = re.compile(detect_module._union_of_triggers(sources))
    singles = [re.compile(f"(?=(?:{source}))") for source in sources]
    texts = TRIGGER_TEXTS + [str(item["text"]) for item in CORPUS] + ["ex-partner", "de  heer"]
    for text in texts:
        lower = text.lower()
        expected = sorted({m.start() for rx in singles for m in rx.finditer(lower)})
        assert [m.start() for m in union.finditer(lower)] == expected, text


# The patterns as first written, with the look-behind in front: the faster forms in
# detect.py must match exactly as these.
LOOKBEHIND_FIRST = {
    "_RE_POSTCODE": (r"(?<![\w-])[1-9]\d{3}(?P<space>[ ]?)(?P<letters>[A-Z]{2}|[a-z]{2})(?![\w-])"),
    "_RE_DATE_NUMERIC": (
        r"(?<![\w./-])(?P<d>\d{1,2})(?P<sep>[-/.])(?P<m>\d{1,2})(?P=sep)"
        r"(?P<y>\d{4}|'?\d{2})(?![\w])(?![./-]\d)"
    ),
    "_RE_DATE_ISO": r"(?<![\w./-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\w-])",
}
DIGIT_TEXTS = [
    "1234 AB Utrecht, x1234 AB, -1234 AB, 1234AB, 12345 AB, 1234 ab, 1234 Ab",
    "op 3-4-2015, a3-4-2015, .3-4-2015, 03/04/15, 1.2.24 en 31-12-1999.",
    "2015-04-03, x2015-04-03, /2015-04-03, 12015-04-03",
    "3 maart, 31e december 2020, a3 maart, 03 mrt., 1st of May",
]


@pytest.mark.parametrize("name", sorted(LOOKBEHIND_FIRST))
def test_digit_first_patterns_match_as_the_lookbehind_first_ones(name: str) -> None:
    detect_module = sys.modules["partnerschap.privacy.detect"]
    fast = getattr(detect_module, name)
    reference = re.compile(LOOKBEHIND_FIRST[name])
    texts = DIGIT_TEXTS + TRIGGER_TEXTS + [str(item["text"]) for item in CORPUS]
    found = 0
    for text in texts:
        expected = [(m.span(), m.groupdict()) for m in reference.finditer(text)]
        assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == expected, text
        for start in range(len(text)):  # .match at every position, as the finders use it
            a, b = fast.match(text, start), reference.match(text, start)
            assert (a and a.span()) == (b and b.span())
        found += len(expected)
    assert found >= 3


def test_digit_first_text_date_matches_as_the_lookbehind_first_one() -> None:
    detect_module = sys.modules["partnerschap.privacy.detect"]
    fast = detect_module._RE_DATE_TEXT
    reference = re.compile(
        fast.pattern.replace(r"(?P<d>\d(?<![\w.,/-]\d)\d?)", r"(?<![\w.,/-])(?P<d>\d{1,2})", 1)
    )
    assert reference.pattern != fast.pattern
    for text in DIGIT_TEXTS + [str(item["text"]) for item in CORPUS]:
        assert [m.span() for m in fast.finditer(text)] == [
            m.span() for m in reference.finditer(text)
        ], text
