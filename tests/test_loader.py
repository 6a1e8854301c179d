"""The principle set loader: bundled sets, user sets, and every way a set can be wrong."""

from __future__ import annotations

from pathlib import Path

import pytest

from partnerschap.errors import FileProblems
from partnerschap.sets.loader import bundled_dir, discover, load_set_file, validate_file

MINIMAL = """\
schema: 1
id: mijnset
version: "1"
title: {nl: Mijn set, en: My set}
source: Eigen tekst van het team
principles:
  - id: luisteren
    title: {nl: Luister, en: Listen}
    explanation: {nl: Luisteren bouwt vertrouwen., en: Listening builds trust.}
    checks:
      - id: listened
        text: {nl: Heb je geluisterd?, en: Did you listen?}
      - id: summarised
        text: {nl: Heb je samengevat?, en: Did you summarise?}
    example_questions:
      - {nl: Wat vindt u belangrijk?, en: What matters to you?}
      - {nl: Wat gaat goed?, en: What goes well?}
      - {nl: Wat wilt u bereiken?, en: What do you want to achieve?}
scenarios:
  - id: angry
    title: {nl: Boos, en: Angry}
    description: {nl: Ouders werden boos., en: Parents got angry.}
    focus: [luisteren.listened]
general_questions:
  - {nl: Wat vindt u prettig?, en: What do you like?}
"""


def write(tmp_path: Path, text: str | bytes, name: str = "set.yaml") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def messages(path: Path, lang: str = "en") -> list[str]:
    return [p.render(lang) for p in validate_file(path)]


def test_bundled_sets_load_and_validate():
    catalog = discover([("bundled", bundled_dir())])
    assert catalog.broken == []
    assert {"partnerschap", "client-perspective"} <= set(catalog.ids)
    core = catalog.get("partnerschap")
    assert [p.id for p in core.principles] == [
        "respect",
        "person-not-abuse",
        "signs-of-safety",
        "child-central",
        "details",
        "their-wishes",
        "choices",
        "small-steps",
    ]
    assert [s.id for s in core.scenarios] == ["relieved", "angry", "no-trust", "other"]
    for principle in core.principles:
        assert 2 <= len(principle.checks) <= 4
        assert len(principle.example_questions) >= 3
        for check in principle.checks:
            assert check.text.nl.strip() and check.text.en
    assert core.scenario("relieved").strength_question is not None
    assert len(core.general_questions) >= 5
    assert "NJi" in core.source


def test_client_perspective_ids_and_sources():
    pset = load_set_file(bundled_dir() / "client-perspective.yaml")
    assert [p.id for p in pset.principles] == [
        "see-the-child",
        "ask-before-telling",
        "plain-language",
        "their-agreements",
        "equality",
        "take-time",
        "network",
        "achievable-goals",
    ]
    assert all(p.source for p in pset.principles)


def test_minimal_set_is_valid(tmp_path):
    path = write(tmp_path, MINIMAL)
    assert validate_file(path) == []
    pset = load_set_file(path, origin="user")
    assert pset.check("luisteren.listened").text.get("en") == "Did you listen?"
    assert pset.origin == "user" and len(pset.digest) == 16


def test_localized_text_falls_back_to_dutch(tmp_path):
    pset = load_set_file(write(tmp_path, MINIMAL))
    assert pset.title.get("en") == "My set"
    assert pset.title.get("fr") == "Mijn set"


# Each case: a change to MINIMAL (or a whole file), the line reported, and what the user reads.
BAD_CASES = [
    (
        "syntax error",
        MINIMAL.replace("title: {nl: Luister, en: Listen}", "title: {nl: Luister, en: Listen"),
        9,
        "not valid YAML",
    ),
    (
        "tab indent",
        MINIMAL.replace("    title: {nl: Luister", "\ttitle: {nl: Luister"),
        8,
        "tab found",
    ),
    ("list not mapping", "- id: a\n- id: b\n", 1, "must be a mapping"),
    ("scalar file", "gewoon tekst\n", 1, "must be a mapping"),
    (
        "unsafe python object",
        "!!python/object/apply:os.system ['echo hi']\n",
        1,
        "YAML tag not allowed",
    ),
    ("unsafe python name", "id: !!python/name:os.system\n", 1, "YAML tag not allowed"),
    ("unknown tag", "id: !eigen x\n", 1, "YAML tag not allowed"),
    (
        "billion laughs",
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
        "d: [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n",
        1,
        "anchors and aliases",
    ),
    (
        "duplicate key",
        MINIMAL.replace('version: "1"\n', 'version: "1"\nid: ander\n'),
        4,
        "key 'id' appears twice",
    ),
    ("missing id", MINIMAL.replace("id: mijnset\n", ""), 1, "set has no id"),
    ("bad set id", MINIMAL.replace("id: mijnset", "id: Mijn Set"), 2, "invalid id 'Mijn Set'"),
    (
        "missing source",
        MINIMAL.replace("source: Eigen tekst van het team\n", ""),
        1,
        "has no 'source'",
    ),
    (
        "missing dutch title",
        MINIMAL.replace("title: {nl: Luister, en: Listen}", "title: {en: Listen}"),
        8,
        "'title' of principle 'luisteren' has no Dutch text",
    ),
    (
        "missing english check",
        MINIMAL.replace(
            "{nl: Heb je geluisterd?, en: Did you listen?}", "{nl: Heb je geluisterd?}"
        ),
        12,
        "check 'listened' in principle 'luisteren' has no English text",
    ),
    (
        "text not bilingual",
        MINIMAL.replace(
            "explanation: {nl: Luisteren bouwt vertrouwen., en: Listening builds trust.}",
            "explanation: Luisteren bouwt vertrouwen.",
        ),
        9,
        "must be text per language",
    ),
    (
        "unknown language",
        MINIMAL.replace(
            "title: {nl: Mijn set, en: My set}", "title: {nl: Mijn set, en: My set, de: Mein Set}"
        ),
        4,
        "unknown language 'de'",
    ),
    (
        "duplicate principle",
        MINIMAL.replace("scenarios:", "  - id: luisteren\n    title: {nl: X, en: X}\nscenarios:"),
        19,
        "principle 'luisteren' appears twice",
    ),
    (
        "duplicate check",
        MINIMAL.replace("id: summarised", "id: listened"),
        13,
        "check 'listened' appears twice",
    ),
    (
        "unknown focus check",
        MINIMAL.replace("focus: [luisteren.listened]", "focus: [luisteren.gehoord]"),
        23,
        "names an unknown check 'luisteren.gehoord'",
    ),
    (
        "empty focus",
        MINIMAL.replace("focus: [luisteren.listened]", "focus: []"),
        23,
        "'focus' of scenario 'angry' is empty",
    ),
    (
        "empty principles",
        MINIMAL.split("principles:")[0] + "principles: []\nscenarios: []\ngeneral_questions: []\n",
        6,
        "'principles' of the set is empty",
    ),
    (
        "empty checks",
        MINIMAL.replace(
            "    checks:\n      - id: listened\n        text: {nl: Heb je geluisterd?, en: Did you "
            "listen?}\n      - id: summarised\n        text: {nl: Heb je samengevat?, en: Did you "
            "summarise?}\n",
            "    checks: []\n",
        ),
        10,
        "'checks' of principle 'luisteren' is empty",
    ),
    (
        "one check only",
        MINIMAL.replace(
            "      - id: summarised\n        text: {nl: Heb je samengevat?, en: Did you "
            "summarise?}\n",
            "",
        ),
        10,
        "has 1 check question; it needs 2 to 4",
    ),
    (
        "too few examples",
        MINIMAL.replace(
            "      - {nl: Wat wilt u bereiken?, en: What do you want to achieve?}\n", ""
        ),
        15,
        "has 2 example questions; at least 3",
    ),
    (
        "checks wrong type",
        MINIMAL.replace(
            "    checks:\n      - id: listened", "    checks: veel\n    oud:\n      - id: listened"
        ),
        10,
        "'checks' of principle 'luisteren' must be a list",
    ),
    (
        "principle not mapping",
        MINIMAL.replace("  - id: luisteren\n", "  - luisteren\n  - id: x\n"),
        7,
        "must be a mapping",
    ),
    (
        "unknown field",
        MINIMAL.replace("    explanation:", "    uitleg: x\n    explanation:"),
        9,
        "unknown field 'uitleg' in principle 'luisteren'",
    ),
    ("bad schema", MINIMAL.replace("schema: 1", "schema: 7"), 1, "schema 7 is not supported"),
    (
        "bad signal regex",
        MINIMAL.replace(
            "    example_questions:",
            "    signals:\n      nl: {honours: ['re:(open']}\n    example_questions:",
        ),
        16,
        "invalid pattern 're:(open'",
    ),
    (
        "signals wrong kind",
        MINIMAL.replace(
            "    example_questions:",
            "    signals:\n      nl: {helpt: [goed]}\n    example_questions:",
        ),
        16,
        "unknown field 'signals.nl.helpt'",
    ),
    ("non utf8", MINIMAL.replace("Mijn set", "Mijn s\u00e9t").encode("latin-1"), 4, "not UTF-8"),
    ("empty file", "", None, "file is empty"),
    ("only comments", "# niets\n", None, "file is empty"),
]


@pytest.mark.parametrize("name,text,line,expected", BAD_CASES, ids=[c[0] for c in BAD_CASES])
def test_bad_sets_report_file_line_and_message(tmp_path, name, text, line, expected):
    path = write(tmp_path, text)
    problems = validate_file(path)
    assert problems, f"{name}: expected a problem"
    rendered = [p.render("en") for p in problems]
    match = [r for r in rendered if expected in r]
    assert match, rendered
    prefix = f"{path}:{line}: " if line else f"{path}: "
    assert any(r.startswith(prefix) for r in match), rendered


def test_bad_corpus_is_large_enough():
    assert len(BAD_CASES) >= 30


def test_big_file_is_refused_before_parsing(tmp_path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"# " + b"x" * (10 * 1024 * 1024) + b"\n")
    assert messages(path) == [f"{path}: file is too big (10.0 MB); at most 2 MB is read"]


def test_missing_file(tmp_path):
    assert messages(tmp_path / "nope.yaml") == [f"{tmp_path / 'nope.yaml'}: file not found"]


def test_all_problems_reported_in_one_run(tmp_path):
    text = (
        MINIMAL.replace("{nl: Heb je geluisterd?, en: Did you listen?}", "{nl: Heb je geluisterd?}")
        .replace("focus: [luisteren.listened]", "focus: [luisteren.nope]")
        .replace("source: Eigen tekst van het team\n", "")
    )
    problems = messages(write(tmp_path, text))
    assert len(problems) == 3
    assert any("has no English text" in p for p in problems)
    assert any("unknown check 'luisteren.nope'" in p for p in problems)
    assert any("has no 'source'" in p for p in problems)


def test_dutch_messages(tmp_path):
    path = write(
        tmp_path, MINIMAL.replace("title: {nl: Luister, en: Listen}", "title: {en: Listen}")
    )
    assert messages(path, "nl") == [
        f"{path}:8: 'title' van uitgangspunt 'luisteren' heeft geen Nederlandse tekst"
    ]


def test_load_set_file_raises_with_every_problem(tmp_path):
    path = write(tmp_path, "- a\n")
    with pytest.raises(FileProblems) as info:
        load_set_file(path)
    assert info.value.render("en") == f"{path}:1: a set must be a mapping (key: value), not a list"


def test_discovery_order_overrides_and_skips_broken(tmp_path):
    user = tmp_path / "user"
    extra = tmp_path / "extra"
    user.mkdir()
    extra.mkdir()
    write(user, MINIMAL, "mijn.yaml")
    write(user, "- kapot\n", "kapot.yaml")
    write(extra, MINIMAL.replace('version: "1"', 'version: "2"'), "mijn.yaml")
    catalog = discover([("bundled", bundled_dir()), ("user", user), ("extra", extra)])
    assert catalog.get("mijnset").version == "2"
    assert catalog.get("mijnset").origin == "extra"
    assert [s.origin for s in catalog.overridden] == ["user"]
    assert "partnerschap" in catalog.ids
    assert [p.file for p in catalog.broken] == [str(user / "kapot.yaml")]


def test_a_command_that_wants_one_set_reads_only_that_bundled_file(tmp_path, monkeypatch):
    """``analyze`` asks for one set: the other bundled sets are named (listed as available)
    but not parsed until asked for; the user's sets are still all read, so a broken one is
    reported and one overriding the wanted id wins."""
    from partnerschap.sets import loader

    user = tmp_path / "user"
    user.mkdir()
    write(user, "- kapot\n", "kapot.yaml")
    read: list[str] = []
    real = loader.read_yaml_file
    monkeypatch.setattr(loader, "read_yaml_file", lambda p: (read.append(p.name), real(p))[1])
    catalog = discover([("bundled", bundled_dir()), ("user", user)], wanted=("partnerschap",))
    assert read == ["partnerschap.yaml", "kapot.yaml"]
    assert catalog.ids == ["partnerschap", "client-perspective"]
    assert [p.file for p in catalog.broken] == [str(user / "kapot.yaml")]
    assert catalog.get("client-perspective").title.get("en")
    assert read[-1] == "client-perspective.yaml"

    write(user, MINIMAL.replace("id: mijnset", "id: client-perspective"), "eigen.yaml")
    catalog = discover([("bundled", bundled_dir()), ("user", user)], wanted=("partnerschap",))
    assert catalog.get("client-perspective").origin == "user"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("schema: 1\nid: team-a  # ons team\n", "team-a"),
        ("id: 'team-b'\n", "team-b"),
        ("id: team\nprinciples:\n  - id: luisteren\n", "team"),
        ("title: x\n", None),
        ("id: een\nid: twee\n", None),
        ("id: 'half\n", None),
    ],
)
def test_a_set_id_is_read_from_its_line_or_not_at_all(tmp_path, text, expected):
    from partnerschap.sets.loader import peek_id

    assert peek_id(write(tmp_path, text)) == expected


def test_drill_bank_is_not_taken_for_a_set(tmp_path):
    write(tmp_path, "id: drills\nitems: []\n", "drills.yaml")
    catalog = discover([("user", tmp_path)])
    assert catalog.ids == [] and catalog.broken == []
