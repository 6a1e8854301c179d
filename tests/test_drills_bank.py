"""The drill bank: the bundled bank is complete and valid; broken banks report file:line."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from partnerschap.drills import ItemType, discover_banks, load_drills, validate_bank_file
from partnerschap.drills.bank import load_bank_file
from partnerschap.errors import FileProblems
from partnerschap.messages import drills as drill_messages
from partnerschap.messages import t
from partnerschap.sets.catalog import load_catalog
from partnerschap.sets.loader import bundled_dir


@pytest.fixture(scope="module")
def sets():
    return load_catalog().sets


# Line numbers matter: the cases below name them.
MINIMAL = """\
schema: 1
id: mijn-oefeningen
version: "1"
title: {nl: Mijn oefeningen, en: My drills}
source: Eigen casuïstiek
items:
  - id: spot-een
    type: spot
    set: partnerschap
    principles: [respect]
    vignette: {nl: "Vader zegt iets.", en: "Father says something."}
    options:
      - {principle: respect, correct: true}
      - {principle: details}
      - {principle: choices}
      - {principle: small-steps}
    explanation: {nl: Uitleg., en: Explanation.}
  - id: better-een
    type: better
    set: partnerschap
    principles: [details]
    vignette: {nl: "Wat vraag je?", en: "What do you ask?"}
    options:
      - text: {nl: "Hoe vaak gebeurt dat?", en: "How often does that happen?"}
        correct: true
      - text: {nl: "Gaat het goed?", en: "Is it going well?"}
        pitfall: closed
      - text: {nl: "Doe het anders.", en: "Do it differently."}
        pitfall: directive
      - text: {nl: "Dat is fout.", en: "That is wrong."}
        pitfall: judging
    explanation: {nl: Uitleg., en: Explanation.}
"""


def write(folder: Path, text: str, name: str = "drills-mijn.yaml") -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def replace_line(text: str, line: int, new: str | None) -> str:
    lines = text.splitlines()
    if new is None:
        del lines[line - 1]
    else:
        lines[line - 1] = new
    return "\n".join(lines) + "\n"


# --- the bundled bank --------------------------------------------------------------------------


def test_bundled_bank_is_valid_and_complete(sets):
    path = bundled_dir() / "drills.yaml"
    assert validate_bank_file(path, sets) == []
    bank = load_bank_file(path, sets)
    assert len(bank.items) >= 40
    ids = [item.id for item in bank.items]
    assert len(ids) == len(set(ids))
    assert {item.type for item in bank.items} == {ItemType.SPOT, ItemType.BETTER}
    per_principle = Counter((i.set_id, p) for i in bank.items for p in i.principles)
    for principle in sets["partnerschap"].principles:
        assert per_principle[("partnerschap", principle.id)] >= 4, principle.id
    for principle in sets["client-perspective"].principles:
        assert per_principle[("client-perspective", principle.id)] >= 2, principle.id


def test_bundled_items_are_well_formed(sets):
    bank = load_bank_file(bundled_dir() / "drills.yaml", sets)
    for item in bank.items:
        assert len(item.options) == 4
        assert sum(o.correct for o in item.options) == 1
        assert item.vignette.en and item.explanation.en, item.id
        assert 2 <= len(item.vignette.nl.splitlines()) <= 6, item.id
        if item.type is ItemType.SPOT:
            assert item.correct.principle in item.principles
            assert all(o.principle for o in item.options)
        else:
            assert all(o.label.en for o in item.options)
            assert [o.pitfall is None for o in item.options].count(True) == 1


# A trainee who always picks the longest option, or always the shortest, must not do well.
MAX_SHARE_BY_LENGTH = 0.4


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", list(ItemType))
def test_length_does_not_give_the_right_option_away(sets, kind, lang):
    items = [i for i in load_bank_file(bundled_dir() / "drills.yaml", sets).items if i.type is kind]
    longest, shortest = [], []
    for item in items:
        lengths = [len(option.label.get(lang)) for option in item.options]
        right = len(item.correct.label.get(lang))
        if right == max(lengths):
            longest.append(item.id)
        if right == min(lengths):
            shortest.append(item.id)
    limit = MAX_SHARE_BY_LENGTH * len(items)
    assert len(longest) <= limit, f"right option longest in {len(longest)}/{len(items)}: {longest}"
    assert len(shortest) <= limit, (
        f"right option shortest in {len(shortest)}/{len(items)}: {shortest}"
    )


def test_load_drills_finds_the_bundled_bank():
    catalog = load_drills()
    assert catalog.broken == []
    assert len(catalog) >= 40
    assert catalog.set_ids() == ["partnerschap", "client-perspective"]


def test_spot_options_carry_the_principle_title(sets):
    item = load_drills(sets=sets).get("spot-bedtime-respect")
    assert item is not None
    assert item.correct.id == "respect"
    assert item.correct.label == sets["partnerschap"].principle("respect").title


def test_minimal_bank_is_valid(tmp_path, sets):
    path = write(tmp_path, MINIMAL)
    assert validate_bank_file(path, sets) == []
    bank = load_bank_file(path, sets, origin="user")
    assert [i.id for i in bank.items] == ["spot-een", "better-een"]
    better = bank.items[1]
    assert [o.id for o in better.options] == ["o1", "o2", "o3", "o4"]
    assert [o.pitfall for o in better.options] == [None, "closed", "directive", "judging"]
    assert bank.items[0].line == 7


# --- broken banks: every problem as file:line -----------------------------------------------------

CASES = [
    ("unknown principle", 10, "    principles: [respekt]", 10, "names principle 'respekt'"),
    (
        "unknown spot option",
        14,
        "      - {principle: detials}",
        14,
        "names principle 'detials', which is not in set 'partnerschap'",
    ),
    (
        "two correct options",
        14,
        "      - {principle: details, correct: true}",
        14,
        "item 'spot-een' has 2 correct options",
    ),
    ("no correct option", 13, "      - {principle: respect}", 12, "has 0 correct options"),
    ("three options", 16, None, 12, "item 'spot-een' has 3 options; it needs exactly 4"),
    (
        "five options",
        16,
        "      - {principle: small-steps}\n      - {principle: child-central}",
        12,
        "has 5 options",
    ),
    (
        "no English vignette",
        11,
        '    vignette: {nl: "Vader zegt iets."}',
        11,
        "'vignette' of item 'spot-een' has no English text",
    ),
    (
        "no Dutch explanation",
        17,
        "    explanation: {en: Explanation.}",
        17,
        "'explanation' of item 'spot-een' has no Dutch text",
    ),
    (
        "vignette not bilingual",
        11,
        "    vignette: Vader zegt iets.",
        11,
        "must be text per language",
    ),
    ("missing vignette", 11, None, 7, "item 'spot-een' has no 'vignette'"),
    ("unknown set", 9, "    set: partnership", 9, "names an unknown set 'partnership'"),
    ("bad type", 8, "    type: kies", 8, "has type 'kies'; choose spot or better"),
    ("missing type", 8, None, 7, "item 'spot-een' has no 'type'"),
    (
        "duplicate item id",
        18,
        "  - id: spot-een",
        18,
        "item 'spot-een' appears twice (first on line 7)",
    ),
    ("bad item id", 7, "  - id: Spot Een", 7, "has an invalid id 'Spot Een'"),
    (
        "better option without a question",
        26,
        "      - correct: false",
        26,
        "option 2 of item 'better-een' must have a question",
    ),
    (
        "spot option without a principle",
        14,
        "      - {text: {nl: a, en: b}}",
        14,
        "option 2 of item 'spot-een' must name a principle",
    ),
    ("unknown pitfall", 27, "        pitfall: rude", 27, "unknown pitfall 'rude'"),
    (
        "correct option with a pitfall",
        25,
        "        correct: true\n        pitfall: closed",
        26,
        "the correct option of item 'better-een' has a pitfall",
    ),
    ("correct is not a boolean", 25, "        correct: 'ja'", 25, "'correct' in item 'better-een'"),
    (
        "correct answer not listed",
        10,
        "    principles: [details]",
        10,
        "the correct option of item 'spot-een' is 'respect', but it is not listed",
    ),
    ("principles not a list", 10, "    principles: respect", 10, "'principles' of item"),
    ("principles empty", 10, "    principles: []", 10, "'principles' of item 'spot-een' is empty"),
    (
        "principle twice",
        10,
        "    principles: [respect, respect]",
        10,
        "names principle 'respect' twice",
    ),
    (
        "duplicate option",
        14,
        "      - {principle: choices}",
        15,
        "offers principle 'choices' twice",
    ),
    ("unknown item field", 17, "    uitleg: {nl: a, en: b}", 17, "unknown field 'uitleg' in item"),
    ("missing bank title", 4, None, 1, "the drill bank has no 'title'"),
    ("missing bank source", 5, None, 1, "the drill bank has no 'source'"),
    ("bank title without English", 4, "title: {nl: Mijn}", 4, "'title' of the drill bank has no"),
    ("unknown bank field", 3, 'versie: "1"', 3, "unknown field 'versie' in the drill bank"),
    ("bad bank id", 2, "id: Mijn Oefeningen", 2, "the drill bank has an invalid id"),
    ("unsupported schema", 1, "schema: 2", 1, "schema 2 is not supported"),
    ("duplicate key", 9, "    set: partnerschap\n    set: partnerschap", 10, "appears twice"),
    ("tab", 9, "\tset: partnerschap", 9, "tab found"),
]


@pytest.mark.parametrize("name,line,new,at,expected", CASES, ids=[c[0] for c in CASES])
def test_broken_bank_reports_file_line(tmp_path, sets, name, line, new, at, expected):
    path = write(tmp_path, replace_line(MINIMAL, line, new))
    rendered = [p.render("en") for p in validate_bank_file(path, sets)]
    match = [r for r in rendered if expected in r]
    assert match, rendered
    assert any(r.startswith(f"{path}:{at}: ") for r in match), rendered


def test_whole_file_problems(tmp_path, sets):
    path = write(tmp_path, "- een\n- twee\n")
    assert [p.render("en") for p in validate_bank_file(path, sets)] == [
        f"{path}:1: a drill bank must be a mapping (key: value), not a list"
    ]
    empty = write(tmp_path, MINIMAL.split("items:")[0] + "items: []\n", "drills-leeg.yaml")
    assert [p.render("en") for p in validate_bank_file(empty, sets)] == [
        f"{empty}:6: 'items' of the drill bank is empty"
    ]


def test_every_problem_in_one_run(tmp_path, sets):
    text = replace_line(MINIMAL, 10, "    principles: [respekt]")
    text = replace_line(text, 27, "        pitfall: rude")
    text = replace_line(text, 5, None)
    problems = validate_bank_file(write(tmp_path, text), sets)
    assert len(problems) == 3


def test_dutch_messages_name_the_item(tmp_path, sets):
    path = write(tmp_path, replace_line(MINIMAL, 16, None))
    (problem,) = validate_bank_file(path, sets)
    assert problem.render("nl") == (
        f"{path}:12: oefening 'spot-een' heeft 3 antwoordmogelijkheden; "
        "het moeten er precies 4 zijn"
    )


def test_load_raises_with_all_problems(tmp_path, sets):
    path = write(tmp_path, replace_line(MINIMAL, 9, "    set: nope"))
    with pytest.raises(FileProblems) as info:
        load_bank_file(path, sets)
    assert "names an unknown set 'nope'" in info.value.render("en")


# --- discovery -----------------------------------------------------------------------------------


def test_user_bank_adds_and_overrides_items(tmp_path, sets):
    user = tmp_path / "user"
    user.mkdir()
    override = MINIMAL.replace("id: spot-een", "id: spot-bedtime-respect")
    write(user, override, "drills-eigen.yaml")
    write(user, "niet: een oefenbank\n", "mijn-set.yaml")  # not a drill bank name: ignored
    catalog = discover_banks([("bundled", bundled_dir()), ("user", user)], sets)
    assert catalog.broken == []
    assert catalog.get("better-een").bank_id == "mijn-oefeningen"
    replaced = catalog.get("spot-bedtime-respect")
    assert replaced.vignette.nl == "Vader zegt iets."
    assert [i.id for i in catalog.overridden] == ["spot-bedtime-respect"]
    assert catalog.bank_of(replaced).origin == "user"


def test_broken_user_bank_is_skipped_and_named(tmp_path, sets):
    user = tmp_path / "user"
    user.mkdir()
    broken = write(user, replace_line(MINIMAL, 9, "    set: nope"), "drills-kapot.yaml")
    catalog = discover_banks([("bundled", bundled_dir()), ("user", user)], sets)
    assert len(catalog) >= 40
    assert {p.file for p in catalog.broken} == {str(broken)}
    assert catalog.get("spot-een") is None


def test_user_bank_in_the_data_dir_is_found(isolated_home):
    folder = isolated_home / "principles"
    folder.mkdir(parents=True)
    write(folder, MINIMAL, "drills-team.yaml")
    assert load_drills().get("better-een") is not None


def test_every_drill_message_has_both_languages():
    for key, (nl, en) in drill_messages.MESSAGES.items():
        assert nl.strip() and en.strip(), key
        assert t(key, "en") == en or "{" in en


def test_drill_messages_do_not_clash_with_other_modules():
    import importlib

    from partnerschap.messages import MODULES

    others: set[str] = set()
    for name in MODULES:
        if name == "drills":
            continue
        try:
            others |= set(importlib.import_module(f"partnerschap.messages.{name}").MESSAGES)
        except ModuleNotFoundError:
            continue
    assert not others & set(drill_messages.MESSAGES)
