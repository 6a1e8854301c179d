"""``principles show ID`` searches every set; ``--set`` is needed only when the id is in
more than one (issue 14, item 20)."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import PRINCIPLES


def own_copy(tmp_path: Path) -> Path:
    """A folder with an organisation's copy of the core set under its own id: every principle
    id of ``partnerschap`` is then in two sets."""
    folder = tmp_path / "sets"
    folder.mkdir()
    text = (PRINCIPLES / "partnerschap.yaml").read_text(encoding="utf-8")
    (folder / "ons-team.yaml").write_text(
        text.replace("\nid: partnerschap\n", "\nid: ons-team\n", 1), encoding="utf-8"
    )
    return folder


def test_an_id_of_another_set_is_found_without_set(invoke):
    data = json.loads(invoke("principles", "show", "plain-language", "--json").stdout)
    assert data["set"] == "client-perspective"
    assert data["principles"][0]["id"] == "plain-language"


def test_an_id_in_two_sets_asks_for_set(invoke, tmp_path):
    folder = own_copy(tmp_path)
    result = invoke("principles", "show", "respect", "--principles", folder)
    assert result.exit_code == 2
    assert "meer dan één set" in result.stderr
    assert "partnerschap" in result.stderr and "ons-team" in result.stderr
    assert "--set" in result.stderr
    chosen = invoke("principles", "show", "respect", "--set", "ons-team", "--principles", folder)
    assert chosen.exit_code == 0, chosen.output
    data = json.loads(
        invoke(
            "principles", "show", "respect", "--set", "ons-team", "--json", "--principles", folder
        ).stdout
    )
    assert data["set"] == "ons-team"


def test_an_unknown_id_lists_the_ids_of_every_set(invoke):
    result = invoke("principles", "show", "nope")
    assert result.exit_code == 2
    assert "Onbekend uitgangspunt 'nope'" in result.stderr
    # Both sets and one id of each are named, so the user sees what exists.
    for text in ("partnerschap:", "respect", "client-perspective:", "plain-language"):
        assert text in result.stderr


def test_an_unknown_id_in_a_named_set(invoke):
    result = invoke("principles", "show", "respect", "--set", "client-perspective")
    assert result.exit_code == 2
    assert "in set 'client-perspective'" in result.stderr
    assert "plain-language" in result.stderr


def test_english(invoke, tmp_path):
    folder = own_copy(tmp_path)
    result = invoke("--lang", "en", "principles", "show", "respect", "--principles", folder)
    assert result.exit_code == 2 and "more than one set" in result.stderr
