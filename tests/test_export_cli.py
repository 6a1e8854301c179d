"""`partnerschap export` and `partnerschap import` through the CLI runner."""

from __future__ import annotations

import json
import re

import pytest

from partnerschap.log.store import Filters, Store


@pytest.fixture
def saved(make_reflection):
    items = [
        make_reflection(
            date="2026-11-20",
            kind="Huisbezoek (moeder)",
            scenario="angry",
            answers={"respect.listened": "no", "details.concrete": "partly"},
            notes={"respect": "# Geen kop | geen tabel\n- geen lijst\n1. geen nummer *nadruk*"},
            questions=["Wanneer gaat het wel goed thuis?"],
            intention="Eerst vragen wat goed gaat",
        ),
        make_reflection(
            date="2026-12-01",
            kind="telefoongesprek",
            scenario="relieved",
            answers={"respect.listened": "yes"},
            strengths="Stiltes laten vallen",
        ),
        make_reflection(date="2027-01-15", kind="", scenario="other", set_id="all"),
    ]
    with Store.open() as store:
        store.save_many(items)
    return items


def headings(markdown: str) -> list[str]:
    return [line for line in markdown.splitlines() if line.startswith("#")]


def test_export_markdown_to_stdout(invoke, saved):
    result = invoke("export")
    assert result.exit_code == 0, result.output
    md = result.stdout
    assert headings(md)[0] == "# Reflectie 2026-11-20: Huisbezoek (moeder)"
    titles = [h for h in headings(md) if h.startswith("# ")]
    assert titles == [
        "# Reflectie 2026-11-20: Huisbezoek (moeder)",
        "# Reflectie 2026-12-01: telefoongesprek",
        "# Reflectie 2027-01-15",
    ]  # oldest first, one heading per reflection
    assert md.count("\n---\n") == 2
    first = md.split("\n---\n")[0]
    assert "- **Verloop:** Ouders worden boos" in first
    assert "- **Deelnemers:** moeder" in first
    assert "| Uitgangspunt | Resultaat |" in first
    assert (
        "| Respecteer ouders en jeugdigen als personen die het waard zijn om mee te werken"
        " | ✗ gemist |" in first
    )
    assert "## Notities" in first and "## Vragen voor het volgende gesprek" in first
    assert "- Waarom is dit zo belangrijk voor u als ouders?" in first
    assert "## Volgende stap" in first and "Voornemen: Eerst vragen wat goed gaat" in first
    assert "- Wanneer gaat het wel goed thuis?" in first
    assert "## Wat werkte" in md and "Stiltes laten vallen" in md
    assert "| Set | Uitgangspunt | Resultaat |" in md  # the reflection over two sets
    assert md.rstrip().endswith("kijk zelf na of er geen namen van cliënten meer in staan._")


def test_user_text_cannot_break_the_markdown(invoke, saved):
    md = invoke("export", saved[0].id).stdout
    # The note's lines stay text: no extra heading, list item or table row.
    assert r"\# Geen kop \| geen tabel" in md
    assert r"\- geen lijst" in md
    assert r"1\. geen nummer \*nadruk\*" in md
    assert [h for h in headings(md) if "Geen kop" in h] == []
    table_rows = [line for line in md.splitlines() if line.startswith("| ")]
    assert len(table_rows) == 2 + 8  # header, rule, one row per principle


def test_export_in_english(invoke, saved):
    md = invoke("--lang", "en", "export", saved[1].id).stdout
    assert md.startswith("# Reflection 2026-12-01: telefoongesprek")
    assert "| Principle | Result |" in md and "The parents are relieved" in md
    assert "## What worked" in md


@pytest.mark.parametrize(
    "args,expected",
    [
        ([], [0, 1, 2]),
        (["--since", "2026-12-01"], [1, 2]),
        (["--until", "01-12-2026"], [0, 1]),
        (["--since", "2026-11-21", "--until", "2026-12-31"], [1]),
    ],
)
def test_export_date_range(invoke, saved, args, expected):
    data = json.loads(invoke("export", "--format", "json", *args).stdout)
    assert [r["id"] for r in data["reflections"]] == [saved[i].id for i in expected]


def test_export_ids(invoke, saved):
    data = json.loads(invoke("export", "-f", "json", saved[2].id[:7], saved[0].id).stdout)
    assert [r["id"] for r in data["reflections"]] == [saved[0].id, saved[2].id]
    result = invoke("export", "onbekend")
    assert result.exit_code == 2 and "onbekend" in result.stderr


def test_export_to_one_file(invoke, saved, tmp_path):
    path = tmp_path / "supervisie.md"
    result = invoke("export", "--output", path)
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8") == invoke("export").stdout
    assert f"3 reflecties geschreven naar {path}" in result.stderr


def test_export_one_file_per_reflection(invoke, saved, tmp_path):
    folder = tmp_path / "export"
    result = invoke("export", "--output", f"{folder}/")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in folder.iterdir())
    assert names == [
        f"2026-11-20-huisbezoek-moeder-{saved[0].id}.md",
        f"2026-12-01-telefoongesprek-{saved[1].id}.md",
        f"2027-01-15-{saved[2].id}.md",
    ]
    one = (folder / names[0]).read_text(encoding="utf-8")
    assert one == invoke("export", saved[0].id).stdout  # each a complete document
    # An existing folder works without the slash too; JSON files are importable exports.
    result = invoke("export", "--format", "json", "--output", folder)
    assert result.exit_code == 0
    json_file = folder / f"2026-12-01-telefoongesprek-{saved[1].id}.json"
    assert json.loads(json_file.read_text())["reflections"][0]["id"] == saved[1].id


def test_export_nothing(invoke, tmp_path):
    result = invoke("export")
    assert result.exit_code == 0
    assert result.stdout == "" and "Geen reflecties om te exporteren" in result.stderr
    data = json.loads(invoke("export", "--format", "json").stdout)
    assert data["reflections"] == []


def test_export_bad_format(invoke, saved):
    result = invoke("export", "--format", "pdf")
    assert result.exit_code == 2
    assert "Onbekend formaat 'pdf'" in result.stderr


def test_export_refuses_a_draft(invoke, make_reflection):
    draft = make_reflection()
    draft.complete = False
    with Store.open() as store:
        store.save(draft)
    result = invoke("export", draft.id)
    assert result.exit_code == 2 and "concept" in result.stderr


def test_export_write_error(invoke, saved, tmp_path):
    result = invoke("export", "--output", tmp_path / "missing" / "x.md")
    assert result.exit_code == 2
    assert "Kon" in result.stderr and "Traceback" not in result.output


# --- import ------------------------------------------------------------------------------------


def test_export_import_export_is_identical(invoke, saved, tmp_path, monkeypatch):
    first = tmp_path / "eerste.json"
    assert invoke("export", "--format", "json", "--output", first).exit_code == 0
    md_before = invoke("export").stdout
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "other-home"))
    result = invoke("import", first)
    assert result.exit_code == 0, result.output
    assert "3 reflecties geïmporteerd" in result.stdout and "0 overgeslagen" in result.stdout
    second = tmp_path / "tweede.json"
    assert invoke("export", "--format", "json", "--output", second).exit_code == 0
    assert second.read_bytes() == first.read_bytes()
    assert invoke("export").stdout == md_before
    # Importing again adds nothing and says so.
    result = invoke("import", first)
    assert "0 reflecties geïmporteerd" in result.stdout and "3 overgeslagen" in result.stdout
    assert saved[0].id in result.stdout


def test_import_keeps_everything(invoke, saved, tmp_path, monkeypatch):
    path = tmp_path / "export.json"
    invoke("export", "--format", "json", "--output", path)
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "elsewhere"))
    invoke("import", path)
    with Store.open() as store:
        for original in saved:
            assert store.get(original.id).to_json() == original.to_json()
        assert store.summaries(Filters(missed="respect"))[0].id == saved[0].id


def test_import_only_adds_missing(invoke, saved, tmp_path):
    path = tmp_path / "export.json"
    invoke("export", "--format", "json", "--output", path)
    with Store.open() as store:
        store.delete([saved[1].id])
    result = invoke("--lang", "en", "import", path)
    assert result.exit_code == 0
    assert "1 reflection imported" in result.stdout and "2 skipped" in result.stdout
    with Store.open() as store:
        assert store.count() == 3


BAD_IMPORTS = [
    ("{not json", "geen geldige JSON (regel 1)"),
    ('{"format": "iets-anders", "reflections": []}', "geen export van partnerschap"),
    ('"just a string"', "geen export van partnerschap"),
    ('{"format": "partnerschap-reflections", "version": 9, "reflections": []}', "nieuwere versie"),
    ('{"reflections": [{"id": "ok1"}, {"id": 5}]}', "reflectie 2"),
    ('{"reflections": [{"id": "../../etc"}]}', "reflectie 1"),
    ('{"reflections": [{"id": "x1", "findings": [{"set": "s"}]}]}', "reflectie 1 (id x1)"),
    ('{"reflections": [{"id": "x1", "answers": {"a.b": "misschien"}}]}', "ongeldig"),
    ('{"reflections": [{"id": "x1", "context": {"date": "gisteren"}}]}', "context.date"),
    ('{"reflections": "nee"}', "geen export van partnerschap"),
]


@pytest.mark.parametrize("text,message", BAD_IMPORTS)
def test_bad_import_files(invoke, tmp_path, text, message):
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    result = invoke("import", path)
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output
    with Store.open(create=False) as store:
        assert store.count() == 0  # all or nothing


def test_import_missing_file_and_folder(invoke, tmp_path):
    result = invoke("import", tmp_path / "nope.json")
    assert result.exit_code == 2 and "niet gevonden" in result.stderr
    assert invoke("import", tmp_path).exit_code == 2


def test_import_not_utf8(invoke, tmp_path):
    path = tmp_path / "latin1.json"
    path.write_bytes('{"reflections": ["é"]}'.encode("latin-1"))
    result = invoke("import", path)
    assert result.exit_code == 2 and "Traceback" not in result.output


def test_import_a_single_reflection_or_a_list(invoke, saved, tmp_path, monkeypatch):
    with Store.open() as store:
        doc = store.get(saved[0].id).to_json()
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "h2"))
    single = tmp_path / "one.json"
    single.write_text(json.dumps(doc), encoding="utf-8")
    assert "1 reflectie geïmporteerd" in invoke("import", single).stdout
    listed = tmp_path / "list.json"
    listed.write_text(json.dumps([doc]), encoding="utf-8")
    assert "1 overgeslagen" in invoke("import", listed).stdout


# --- progress ----------------------------------------------------------------------------------


def test_progress_bar_for_many(invoke, saved, tmp_path, monkeypatch):
    from partnerschap.cli.export import view as export_view

    assert not export_view.progress_wanted(10_000, to_stdout=False)  # no terminal in tests
    monkeypatch.setattr(export_view, "stderr_is_terminal", lambda: True)
    assert not export_view.progress_wanted(export_view.PROGRESS_MIN, to_stdout=False)
    assert export_view.progress_wanted(export_view.PROGRESS_MIN + 1, to_stdout=False)
    monkeypatch.setattr(export_view, "PROGRESS_MIN", 1)
    path = tmp_path / "all.json"
    result = invoke("export", "--format", "json", "--output", path)
    assert result.exit_code == 0, result.output
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "h2"))
    result = invoke("import", path)
    assert result.exit_code == 0, result.output
    assert "3 reflecties geïmporteerd" in result.stdout


def test_export_filename_is_safe():
    from partnerschap.cli.export.view import export_filename, slug

    assert slug("Huisbezoek (moeder) / é ü") == "huisbezoek-moeder-e-u"
    assert slug("x" * 80) == "x" * 40
    name = export_filename(
        {
            "id": "ab/../cd",
            "created": "2026-01-01T10:00",
            "context": {"date": "../../x", "kind": "../.."},
        },
        "md",
    )
    assert name == "2026-01-01-abcd.md"
    assert re.fullmatch(r"[\w.-]+", name)


def test_large_exports_are_read_line_by_line(invoke, saved, tmp_path, monkeypatch):
    from partnerschap.log import importer

    path = tmp_path / "export.json"
    invoke("export", "--format", "json", "--output", path)
    monkeypatch.setattr(importer, "STREAM_MIN", 1)
    assert importer._streamable(path) == 3
    monkeypatch.setattr(importer, "_parse_whole", lambda *a: pytest.fail("parsed whole"))
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "h2"))
    result = invoke("import", path)
    assert result.exit_code == 0, result.output
    assert "3 reflecties geïmporteerd" in result.stdout
    # A broken line stops the import with its line number; nothing is imported.
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[5] = lines[5][:40] + "\n"
    broken = tmp_path / "broken.json"
    broken.write_text("".join(lines), encoding="utf-8")
    monkeypatch.setenv("PARTNERSCHAP_HOME", str(tmp_path / "h3"))
    result = invoke("import", broken)
    assert result.exit_code == 2 and "(regel 6)" in result.stderr
    with Store.open(create=False) as store:
        assert store.count() == 0
