"""File names an export makes carry the date, the kind of conversation (only when the
privacy guard finds nothing in it) and the id: never a name or an identifier, also not with
``--keep-identifiers`` (issue 14, item 15)."""

from __future__ import annotations

import re

import pytest

from partnerschap.log.store import Store


@pytest.fixture
def named_kinds(make_reflection):
    made = [
        make_reflection(date="2026-11-20", kind="huisbezoek bij moeder Fatima"),
        make_reflection(date="2026-11-21", kind="telefoongesprek 06-12345678"),
        make_reflection(date="2026-11-22", kind="Huisbezoek (moeder)"),
    ]
    with Store.open() as store:
        store.save_many(made)
    return made


@pytest.mark.parametrize("fmt", ["md", "json"])
@pytest.mark.parametrize("keep", [False, True])
def test_folder_export_names_carry_no_identifier(invoke, named_kinds, tmp_path, fmt, keep):
    out = tmp_path / "uit"
    args = ["export", "--format", fmt, "--output", f"{out}/"]
    result = invoke(*args, *(["--keep-identifiers"] if keep else []))
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 3, names
    joined = " ".join(names).lower()
    for leak in ("fatima", "12345678", "naam", "telefoon"):
        assert leak not in joined, names
    ids = {r.id for r in named_kinds}
    for name in names:
        match = re.fullmatch(r"(2026-11-2[0-2])(-[a-z0-9-]+)?-([A-Za-z0-9_-]+)\." + fmt, name)
        assert match, name
    # The harmless kind stays in its name, so a folder still reads as a list of visits.
    assert any(name.startswith("2026-11-22-huisbezoek-moeder-") for name in names), names
    assert all(any(i in name for i in ids) for name in names)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_markdown_footer_claims_no_more_than_the_export_did(invoke, named_kinds, lang):
    """The footer promised "no client names" always, also in an export made with
    --keep-identifiers that holds "moeder Fatima" and a phone number."""
    kept = invoke("--lang", lang, "export", "--keep-identifiers").stdout
    assert "Fatima" in kept and "12345678" in kept
    footer = kept.rstrip().splitlines()[-1]
    assert "geen namen" not in footer and "no client names" not in footer
    assert ("niet vervangen" if lang == "nl" else "not replaced") in footer
    # Redacted: the names found are replaced; the footer says so and asks to check.
    redacted = invoke("--lang", lang, "export").stdout
    assert "Fatima" not in redacted
    footer = redacted.rstrip().splitlines()[-1]
    assert ("kijk zelf" if lang == "nl" else "check yourself") in footer, footer
