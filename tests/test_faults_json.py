"""JSON that a user hands the tool (a backup to import, drill results) never ends in a
traceback: too deep, too long a number, a byte order mark, wrong types inside a valid
backup. Each is a located message and exit 2, and nothing is imported (issue 15, item 7)."""

from __future__ import annotations

import json

import pytest

from partnerschap.log.store import Store
from partnerschap.safe_files import JsonProblem, parse_json


def no_traceback(result) -> None:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.fixture
def backup(invoke, make_reflection, tmp_path, monkeypatch):
    with Store.open() as store:
        store.save(make_reflection(notes={"respect": "Eerst geluisterd."}))
    path = tmp_path / "backup.json"
    result = invoke("export", "--format", "json", "--output", path)
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "nieuw"))
    return path


def imported_count() -> int:
    with Store.open() as store:
        return store.count()


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("[" * 100_000, 1, "te diep in elkaar genest"),
        ('{\n "format": ' + "9" * 5000 + "}", 2, "een getal van 5000 cijfers is te lang"),
        ('{"reflections": [1,}', 1, "hier ontbreekt een waarde — Expecting value"),
        ('{"a": 1}\n{"b": 2}', 2, "er staat nog tekst na het einde — Extra data"),
    ],
)
def test_import_of_json_that_does_not_parse_names_the_line(invoke, tmp_path, text, line, words):
    path = tmp_path / "kapot.json"
    path.write_text(text, encoding="utf-8")
    result = invoke("import", path)
    no_traceback(result)
    assert result.exit_code == 2
    assert f"{path} is geen geldige JSON (regel {line})" in result.output
    assert words in result.output


def test_the_english_message_keeps_the_parser_words(invoke, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("[" * 5000, encoding="utf-8")
    result = invoke("--lang", "en", "import", path)
    assert result.exit_code == 2
    assert "is not valid JSON (line 1): arrays or objects nested too deeply" in result.output


def test_a_backup_with_a_byte_order_mark_imports(invoke, backup):
    backup.write_bytes(b"\xef\xbb\xbf" + backup.read_bytes())
    result = invoke("import", backup)
    assert result.exit_code == 0, result.output
    assert imported_count() == 1


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        (lambda d: d.update(notes=5), "notes", "een object met teksten verwacht"),
        (lambda d: d.update(context=None), "context", "een object verwacht, maar hier staat null"),
        (lambda d: d.update(complete="no"), "complete", "true of false verwacht"),
        (lambda d: d.update(findings="x"), "findings", "een lijst met bevindingen verwacht"),
        (lambda d: d["findings"][0].update(status="bad"), "findings[0].status", "'bad'"),
        (lambda d: d.update(answers={"respect.listened": "misschien"}), "answers.", "'misschien'"),
        (
            lambda d: d["context"].update(participants="moeder"),
            "context.participants",
            "een lijst met teksten verwacht, maar hier staat een tekst",
        ),
    ],
)
def test_wrong_types_in_a_valid_backup_are_refused_with_the_field(
    invoke, backup, change, field, words
):
    data = json.loads(backup.read_text(encoding="utf-8"))
    change(data["reflections"][0])
    backup.write_text(json.dumps(data), encoding="utf-8")
    result = invoke("import", backup)
    no_traceback(result)
    assert result.exit_code == 2, result.output
    assert f"veld {field}" in result.output and words in result.output
    assert "er is niets geïmporteerd" in result.output
    assert imported_count() == 0


def test_drill_report_skips_results_that_do_not_parse(invoke, tmp_path):
    folder = tmp_path / "resultaten"
    folder.mkdir()
    (folder / "diep.json").write_text("[" * 100_000, encoding="utf-8")
    (folder / "getal.json").write_text('{"x": ' + "7" * 5000 + "}", encoding="utf-8")
    result = invoke("drill", "report", folder)
    no_traceback(result)
    assert result.exit_code == 2
    assert "te diep in elkaar genest" in result.output
    assert "een getal van 5000 cijfers is te lang" in result.output


def test_parse_json_raises_only_its_own_problem():
    for text in ("[" * 3000, "1" * 6000, '{"a": [}', "\ufeff[1, 2"):
        with pytest.raises(JsonProblem):
            parse_json(text)
    assert parse_json('\ufeff{"a": [1]}') == {"a": [1]}
