"""The privacy guard through the CLI: ``privacy check``, the choice in an interactive
``reflect`` (real keystrokes), ``reflect --answers --privacy`` and ``export``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from partnerschap.log.store import Filters, Store
from tests.test_reflect_interactive import DOWN, ENTER

TEXT = (
    "moeder Fatima belde op 0612345678.\n"
    "BSN kind 111222333, geboren op 12-03-2016.\n"
    "Gesprek op 3 mei 2024 ging goed.\n"
)


@pytest.fixture
def notes(tmp_path: Path) -> Path:
    path = tmp_path / "notities.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


# --- privacy check ------------------------------------------------------------------------


def test_check_prints_a_table_and_exits_1(invoke, notes):
    result = invoke("privacy", "check", notes)
    assert result.exit_code == 1, result.output
    rows = [line for line in result.stdout.splitlines() if "│" in line]
    assert len(rows) == 4
    assert "naam" in rows[0] and "Fatima" in rows[0] and "1:8" in rows[0]
    assert "[NAAM-1]" in rows[0]
    assert "telefoonnummer" in rows[1] and "1:24" in rows[1] and "[TELEFOON]" in rows[1]
    assert "BSN" in rows[2] and "2:10" in rows[2]
    assert "geboortedatum" in rows[3] and "12-03-2016" in rows[3]
    assert "3 mei 2024" not in result.stdout  # a meeting date is fine
    assert "4 persoonsgegevens gevonden" in result.stderr


def test_check_json(invoke, notes):
    result = invoke("privacy", "check", "--json", notes)
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert "redacted" not in data
    first = data["findings"][0]
    assert first == {
        "kind": "name",
        "text": "Fatima",
        "start": 7,
        "end": 13,
        "line": 1,
        "column": 8,
        "placeholder": "[NAAM-1]",
    }
    assert [f["kind"] for f in data["findings"]] == ["name", "phone", "bsn", "birth_date"]
    assert TEXT[first["start"] : first["end"]] == "Fatima"
    with_text = json.loads(invoke("privacy", "check", "--json", "--redact", notes).stdout)
    assert with_text["redacted"].startswith("moeder [NAAM-1] belde op [TELEFOON].")


def test_check_redact_prints_the_text(invoke, notes):
    result = invoke("privacy", "check", "--redact", notes)
    assert result.exit_code == 1
    assert result.stdout == (
        "moeder [NAAM-1] belde op [TELEFOON].\n"
        "BSN kind [BSN], geboren op [GEBOORTEDATUM].\n"
        "Gesprek op 3 mei 2024 ging goed.\n"
    )
    dated = invoke("privacy", "check", "--redact", "--dates", notes).stdout
    assert "Gesprek op [DATUM] ging goed." in dated


def test_check_stdin_and_nothing_found(invoke):
    result = invoke("privacy", "check", "-", input="Ik ging te snel naar mijn zorgen.\n")
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert "Geen persoonsgegevens gevonden in standaardinvoer" in result.stderr
    result = invoke("privacy", "check", "-", "--redact", input=TEXT)
    assert result.exit_code == 1 and "[BSN]" in result.stdout
    result = invoke("privacy", "check", "-", "--json", input="")
    assert result.exit_code == 0 and json.loads(result.stdout) == {"findings": []}


def test_check_reads_bom_and_utf16(invoke, tmp_path):
    bom = tmp_path / "bom.txt"
    bom.write_bytes("\ufeffmeneer Jansen belde.".encode())
    result = invoke("privacy", "check", "--json", bom)
    assert json.loads(result.stdout)["findings"][0]["column"] == 8  # the BOM is not text
    wide = tmp_path / "notepad.txt"
    wide.write_bytes("vader Ahmed belde.".encode("utf-16"))
    assert json.loads(invoke("privacy", "check", "--json", wide).stdout)["findings"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binair bestand"),
        ("moeder Fatima".encode("latin-1") + b"\xe9\xff", "geen UTF-8-tekst"),
        (bytes(range(1, 32)) * 4, "binair bestand"),
    ],
)
def test_check_refuses_binary_and_non_utf8(invoke, tmp_path, content, message):
    path = tmp_path / "bestand.bin"
    path.write_bytes(content)
    result = invoke("privacy", "check", path)
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.output


def test_check_missing_file_and_folder(invoke, tmp_path):
    result = invoke("privacy", "check", tmp_path / "weg.txt")
    assert result.exit_code == 2 and "bestand niet gevonden" in result.stderr
    result = invoke("privacy", "check", tmp_path)
    assert result.exit_code == 2 and "map" in result.stderr


def test_check_in_english(invoke, notes):
    result = invoke("--lang", "en", "privacy", "check", notes)
    assert "phone number" in result.stdout and "Line:column" in result.stdout
    assert "4 items of personal data found" in result.stderr


def test_check_deduce_missing(invoke, notes, monkeypatch):
    from partnerschap.privacy import deduce_backend

    monkeypatch.setattr(deduce_backend, "deduce_available", lambda: False)
    monkeypatch.setattr("partnerschap.privacy.deduce_available", lambda: False)
    result = invoke("privacy", "check", "--deduce", notes)
    assert result.exit_code == 2
    assert "pip install 'partnerschap[privacy]'" in result.stderr
    assert "2,5 minuut" in result.stderr


def test_check_deduce_adds_its_findings(invoke, tmp_path, monkeypatch):
    from partnerschap.privacy import deduce_backend

    def fake(text: str) -> list[tuple[int, int, str]]:
        start = text.find("Kees")
        return [] if start < 0 else [(start, start + len("Kees"), "name")]

    monkeypatch.setattr("partnerschap.privacy.deduce_available", lambda: True)
    monkeypatch.setattr(deduce_backend, "deduce_candidates", fake)
    path = tmp_path / "n.txt"
    path.write_text("Kees was er ook.", encoding="utf-8")
    assert invoke("privacy", "check", path).exit_code == 0  # the rules alone find nothing
    result = invoke("privacy", "check", "--deduce", "--redact", path)
    assert result.exit_code == 1, result.output
    assert result.stdout == "[NAAM-1] was er ook."
    assert "deduce laden" in result.stderr


def test_privacy_help(invoke):
    result = invoke("privacy", "check", "--help")
    assert result.exit_code == 0
    assert "Exitcode 0" in result.stdout and "--redact" in result.stdout


# --- reflect --answers --privacy ----------------------------------------------------------

ANSWERS = """\
set: partnerschap
scenario: angry
language: nl
context: {date: 2026-11-20, kind: huisbezoek, participants: [moeder Fatima, vader]}
answers: {respect.listened: nee}
notes: {respect: "Moeder Fatima belde op 0612345678, BSN kind 111222333."}
next_step: "Fatima terugbellen."
"""


@pytest.fixture
def answers(tmp_path: Path) -> Path:
    path = tmp_path / "antwoorden.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    return path


def stored() -> list:
    with Store.open() as store:
        return list(store.iter_reflections(Filters()))


def test_answers_warn_by_default(invoke, answers):
    result = invoke("reflect", "--answers", answers)
    assert result.exit_code == 0, result.output
    assert "bevat mogelijk persoonsgegevens" in result.stderr
    assert "notes.respect: naam (1 keer), telefoonnummer (1 keer), BSN (1 keer)" in result.stderr
    assert "context.participants: naam (1 keer)" in result.stderr
    assert "0612345678" not in result.stderr
    (saved,) = stored()
    assert saved.notes["respect"].endswith("0612345678, BSN kind 111222333.")


def test_answers_redact(invoke, answers):
    result = invoke("reflect", "--answers", answers, "--privacy", "redact", "--json")
    assert result.exit_code == 0, result.output
    assert "vervangen door placeholders" in result.stderr
    printed = json.loads(result.stdout)
    assert printed["notes"]["respect"] == "Moeder [NAAM-1] belde op [TELEFOON], BSN kind [BSN]."
    (saved,) = stored()
    assert saved.notes["respect"] == printed["notes"]["respect"]
    assert saved.context.participants == ["moeder [NAAM-1]", "vader"]
    assert saved.next_step.intention == "[NAAM-1] terugbellen."


def test_answers_block(invoke, answers):
    result = invoke("reflect", "--answers", answers, "--privacy", "block")
    assert result.exit_code == 2
    assert "niet opgeslagen" in result.stderr
    assert "notes.respect: naam (1 keer), telefoonnummer (1 keer), BSN (1 keer)" in result.stderr
    assert "0612345678" not in result.output and "Fatima" not in result.output
    assert stored() == []


def test_answers_block_lets_clean_answers_through(invoke, tmp_path):
    path = tmp_path / "schoon.yaml"
    clean = ANSWERS.replace("moeder Fatima", "moeder").replace(
        "Moeder Fatima belde op 0612345678, BSN kind 111222333.", "Ik was te snel."
    )
    path.write_text(clean.replace("Fatima terugbellen.", "Terugbellen."), encoding="utf-8")
    result = invoke("reflect", "--answers", path, "--privacy", "block")
    assert result.exit_code == 0, result.output
    assert "persoonsgegevens" not in result.stderr and len(stored()) == 1


def test_bad_privacy_mode(invoke, answers):
    result = invoke("reflect", "--answers", answers, "--privacy", "streng")
    assert result.exit_code == 2 and "redact|warn|block" in result.stderr
    assert stored() == []


# --- interactive reflect: the choice, with real keystrokes --------------------------------

BACKSPACE = "\x7f"
NOTE = "moeder Fatima belde op 0612345678"


def keys_until_the_choice(note: str = NOTE) -> str:
    """A --quick 'angry' reflection answering 'n', with ``note`` at the first principle."""
    from partnerschap.reflection.engine import choose_sets
    from partnerschap.sets.catalog import load_catalog

    plan = choose_sets(load_catalog(), "partnerschap")
    keys = ENTER + "huisbezoek" + ENTER + "moeder, vader" + ENTER
    keys += DOWN * (plan.scenario_ids().index("angry") + 1) + ENTER  # nothing pointed at first
    focus = list(plan.scenario("angry").focus)
    last = {ref.split(".")[0]: ref for ref in focus}
    first_note = True
    for ref in focus:
        keys += "n" + ENTER
        if last[ref.split(".")[0]] == ref:
            keys += (note if first_note else "") + ENTER
            first_note = False
    return keys + ENTER + ENTER  # no questions chosen, no intention


def the_note() -> str:
    (saved,) = stored()
    (note,) = saved.notes.values()
    return note


def test_interactive_default_replaces(invoke, keyboard):  # noqa: F811
    keyboard(keys_until_the_choice() + ENTER)
    result = invoke("reflect", "--quick")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Privacy" in out and "AVG" in out
    assert "wordt: moeder [NAAM-1] belde op [TELEFOON]" in out
    assert "Fatima  naam → [NAAM-1]" in out
    assert "2 persoonsgegevens vervangen door placeholders." in out
    assert the_note() == "moeder [NAAM-1] belde op [TELEFOON]"


def test_interactive_keep(invoke, keyboard):  # noqa: F811
    keyboard(keys_until_the_choice() + "b" + ENTER)
    result = invoke("reflect", "--quick")
    assert result.exit_code == 0, result.output
    assert "Opgeslagen zoals getypt" in result.stdout
    assert the_note() == NOTE


def test_interactive_edit_is_checked_again(invoke, keyboard):  # noqa: F811
    erase = BACKSPACE * len(NOTE)
    keys = keys_until_the_choice() + DOWN + DOWN + ENTER
    keys += erase + "moeder belde op 0612345678" + ENTER  # still a phone number
    keys += "a" + ENTER  # edit again
    keys += BACKSPACE * len("moeder belde op 0612345678") + "moeder belde" + ENTER
    keyboard(keys)
    result = invoke("reflect", "--quick")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("AVG") == 2  # shown again after the first edit
    assert "Aangepast; er zijn geen persoonsgegevens meer gevonden." in result.stdout
    assert the_note() == "moeder belde"


def test_interactive_preset_redacts_without_asking(invoke, keyboard):  # noqa: F811
    keyboard(keys_until_the_choice())
    result = invoke("reflect", "--quick", "--privacy", "redact")
    assert result.exit_code == 0, result.output
    assert the_note() == "moeder [NAAM-1] belde op [TELEFOON]"


# --- export -------------------------------------------------------------------------------


@pytest.fixture
def log(make_reflection):
    items = [
        make_reflection(
            kind="huisbezoek bij meneer Yilmaz",
            participants="moeder Fatima, vader",
            notes={"respect": NOTE},
            intention="Fatima terugbellen",
        ),
        make_reflection(date="2026-12-01", notes={"respect": "Ik was te snel."}),
    ]
    with Store.open() as store:
        store.save_many(items)
    return items


def test_export_redacts_by_default(invoke, log):
    result = invoke("export")
    assert result.exit_code == 0, result.output
    assert "Fatima" not in result.stdout and "0612345678" not in result.stdout
    assert "huisbezoek bij meneer \\[NAAM-1\\]" in result.stdout  # numbered in field order
    assert "moeder \\[NAAM-2\\] belde op \\[TELEFOON\\]" in result.stdout
    assert result.stderr.count("vervangen door placeholders in 1 reflectie") == 1
    data = json.loads(invoke("export", "--format", "json").stdout)
    first = data["reflections"][0]
    assert first["notes"]["respect"] == "moeder [NAAM-2] belde op [TELEFOON]"
    assert first["context"]["participants"] == ["moeder [NAAM-2]", "vader"]
    assert first["next_step"]["intention"] == "[NAAM-2] terugbellen"
    assert "Fatima" not in json.dumps(data)
    with Store.open() as store:  # the log itself is unchanged
        assert store.get(log[0].id).notes["respect"] == NOTE


def test_export_without_anything_to_replace_says_nothing(invoke, make_reflection):
    with Store.open() as store:
        store.save(make_reflection(notes={"respect": "Ik was te snel."}))
    result = invoke("export")
    assert result.exit_code == 0 and "placeholders" not in result.stderr


def test_export_keep_identifiers(invoke, log):
    result = invoke("export", "--format", "json", "--keep-identifiers")
    assert result.exit_code == 0
    assert "--keep-identifiers" in result.stderr and "Deel dit bestand niet" in result.stderr
    data = json.loads(result.stdout)
    assert data["reflections"][0]["notes"]["respect"] == NOTE
    assert "Fatima" in invoke("export", "--keep-identifiers").stdout


def test_export_folder_names_hold_no_identifiers(invoke, log, tmp_path):
    for fmt in ("md", "json"):
        folder = tmp_path / fmt
        assert invoke("export", "--format", fmt, "--output", f"{folder}/").exit_code == 0
        names = sorted(p.name for p in folder.iterdir())
        assert not any("yilmaz" in name for name in names), names
        assert all("Fatima" not in p.read_text(encoding="utf-8") for p in folder.iterdir())


@pytest.mark.parametrize("keep", [True, False])
def test_export_import_export_identical(invoke, log, tmp_path, monkeypatch, keep):
    """As stored (--keep-identifiers) the round trip is exact; redacted it is identical too,
    because redaction is idempotent (placeholders are never found again)."""
    extra = ["--keep-identifiers"] if keep else []
    first = tmp_path / "eerste.json"
    assert invoke("export", "-f", "json", "-o", first, *extra).exit_code == 0
    md_before = invoke("export", *extra).stdout
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "andere"))
    assert invoke("import", first).exit_code == 0
    second = tmp_path / "tweede.json"
    result = invoke("export", "-f", "json", "-o", second, *extra)
    assert second.read_bytes() == first.read_bytes()
    assert invoke("export", *extra).stdout == md_before
    if not keep:
        assert "placeholders" not in result.stderr  # nothing left to replace
