"""Writing your own set (`principles init`), user sets in `reflect`, and the settings file."""

from __future__ import annotations

import json

from tests.test_loader import MINIMAL


def test_init_skeleton_validates_as_written(invoke, tmp_path):
    path = tmp_path / "team-set.yaml"
    result = invoke("principles", "init", path)
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# Een eigen set")
    assert "id: team-set" in text
    result = invoke("principles", "validate", path)
    assert result.exit_code == 0 and "in orde" in result.stdout


def test_init_copy_of_a_set_validates_and_keeps_its_texts(invoke, tmp_path):
    path = tmp_path / "kopie.yaml"
    assert invoke("principles", "init", path, "--from", "partnerschap").exit_code == 0
    text = path.read_text(encoding="utf-8")
    assert "Kopie van de set 'partnerschap'" in text
    assert "Zoek altijd naar de details en naar uitzonderingen" in text
    assert invoke("principles", "validate", path).exit_code == 0


def test_init_refuses_to_overwrite(invoke, tmp_path):
    path = tmp_path / "bestaand.yaml"
    path.write_text("mijn werk\n", encoding="utf-8")
    result = invoke("principles", "init", path)
    assert result.exit_code == 2
    assert "bestaat al" in result.stderr
    assert path.read_text(encoding="utf-8") == "mijn werk\n"
    assert invoke("principles", "init", path, "--force").exit_code == 0


def test_init_from_unknown_set(invoke, tmp_path):
    result = invoke("principles", "init", tmp_path / "x.yaml", "--from", "nope")
    assert result.exit_code == 2 and "Onbekende set 'nope'" in result.stderr


def test_user_set_is_used_by_reflect(invoke, isolated_home, tmp_path):
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    (folder / "team.yaml").write_text(MINIMAL, encoding="utf-8")
    answers = tmp_path / "a.yaml"
    answers.write_text(
        "set: mijnset\nscenario: angry\nanswers: {luisteren.listened: nee}\n", encoding="utf-8"
    )
    data = json.loads(invoke("reflect", "--answers", answers, "--json", "--no-save").stdout)
    assert data["sets"] == ["mijnset"]
    assert data["findings"][0] == {
        "set": "mijnset",
        "principle": "luisteren",
        "title": "Luister",
        "status": "missed",
        "answers": {"luisteren.listened": "no"},
        "suggestions": ["Wat vindt u belangrijk?", "Wat gaat goed?", "Wat wilt u bereiken?"],
    }


def test_user_set_overrides_bundled_set_by_id(invoke, isolated_home):
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    (folder / "eigen.yaml").write_text(
        MINIMAL.replace("id: mijnset", "id: partnerschap"), encoding="utf-8"
    )
    data = json.loads(invoke("principles", "list", "--json").stdout)
    assert data["origin"] == "user"
    assert [p["id"] for p in data["principles"]] == ["luisteren"]


def test_config_set_and_show(invoke, isolated_home, tmp_path):
    result = invoke("config", "set", "language", "en")
    assert result.exit_code == 0
    assert (isolated_home / "config.yaml").read_text(encoding="utf-8").endswith("language: en\n")
    shown = json.loads(invoke("config", "show", "--json").stdout)
    assert shown["settings"]["language"] == {"value": "en", "from": "file"}
    # The setting is used ...
    assert "Always look for the details" in invoke("principles", "list").stdout
    assert "Zoek altijd" not in invoke("principles", "list").stdout
    # ... and an option wins over it.
    assert "Zoek altijd" in invoke("--lang", "nl", "principles", "list").stdout


def test_config_default_set(invoke):
    assert invoke("config", "set", "default_set", "client-perspective").exit_code == 0
    assert json.loads(invoke("principles", "list", "--json").stdout)["set"] == "client-perspective"


def test_config_rejects_unknown_key_and_value(invoke):
    result = invoke("--lang", "en", "config", "set", "kleur", "rood")
    assert result.exit_code == 2 and "Unknown setting 'kleur'" in result.stderr
    result = invoke("--lang", "en", "config", "set", "language", "fr")
    assert result.exit_code == 2 and "'fr' is not allowed for language" in result.stderr


def test_config_file_with_comments_and_quotes(isolated_home):
    from partnerschap.config import read_settings

    isolated_home.mkdir(parents=True, exist_ok=True)
    (isolated_home / "config.yaml").write_text(
        "# mijn instellingen\nlanguage: 'en'  \ndefault_set: all # beide\nonbekend: x\n",
        encoding="utf-8",
    )
    assert read_settings() == {"language": "en", "default_set": "all"}


def test_validate_hands_drill_banks_to_the_bank_validator(invoke, tmp_path):
    from tests.conftest import PRINCIPLES

    result = invoke("principles", "validate", PRINCIPLES / "drills.yaml")
    assert result.exit_code == 0
    assert "oefeningen" in result.stdout
    bad = tmp_path / "drills-team.yaml"
    bad.write_text("schema: 1\nid: team\nitems:\n  - id: a\n    type: spot\n", encoding="utf-8")
    result = invoke("principles", "validate", bad)
    assert result.exit_code == 2
    assert f"{bad}:4: " in result.stderr


def test_principles_option_before_the_command(invoke, tmp_path):
    folder = tmp_path / "sets"
    folder.mkdir()
    (folder / "team.yaml").write_text(MINIMAL, encoding="utf-8")
    result = invoke("--principles", folder, "principles", "list", "--set", "mijnset")
    assert result.exit_code == 0, result.output
    assert "Mijn set" in result.stdout or "mijnset" in result.stdout
    # the next run without the option does not keep the folder
    assert invoke("principles", "list", "--set", "mijnset").exit_code == 2
