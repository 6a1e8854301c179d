"""`partnerschap reflect` saving, `paths` and `log list|show|search|delete|stats`, through
the CLI runner with a temporary PARTNERSCHAP_HOME."""

from __future__ import annotations

import json
import sqlite3

import pytest

from partnerschap.log.store import DB_NAME, Filters, Store

ANSWERS = """\
scenario: angry
context: {date: 2026-11-20, kind: huisbezoek, participants: [moeder, vader]}
answers: {respect.listened: nee, signs-of-safety.compliments: deels, details.concrete: ja}
notes: {respect: "# Ik ging snel | naar mijn zorgen."}
next_step: "Volgende keer eerst vragen wat goed gaat."
"""


@pytest.fixture
def answers_file(tmp_path):
    path = tmp_path / "antwoorden.yaml"
    path.write_text(ANSWERS, encoding="utf-8")
    return path


@pytest.fixture
def saved(make_reflection):
    """Three reflections in the store: January (angry), February (relieved), March."""
    items = [
        make_reflection(
            date="2026-01-05",
            kind="huisbezoek",
            scenario="angry",
            answers={"respect.listened": "no", "details.concrete": "partly"},
            notes={"respect": "Vader werd BOOS toen ik | het rapport noemde"},
            intention="Eerst vragen wat goed gaat",
        ),
        make_reflection(
            date="2026-02-10",
            kind="telefoongesprek",
            scenario="relieved",
            answers={"respect.listened": "yes", "details.concrete": "no", "choices.offered": "no"},
            strengths="Ik liet stiltes vallen",
            questions=["Wanneer gaat het wel goed thuis?"],
            intention="Concreet doorvragen",
        ),
        make_reflection(
            date="2026-03-15",
            kind="netwerkberaad",
            participants="oma, mentor",
            scenario="no-trust",
            answers={"respect.listened": "no"},
        ),
    ]
    with Store.open() as store:
        store.save_many(items)
    return items


def stored(filters: Filters | None = None):
    with Store.open(create=False) as store:
        return list(store.iter_reflections(filters))


# --- reflect saves -----------------------------------------------------------------------------


def test_reflect_saves_and_says_where(invoke, answers_file, isolated_home):
    result = invoke("reflect", "--answers", answers_file)
    assert result.exit_code == 0, result.output
    [reflection] = stored()
    assert reflection.complete and reflection.context.kind == "huisbezoek"
    assert reflection.notes["respect"] == "# Ik ging snel | naar mijn zorgen."
    assert reflection.id in result.stderr
    assert str(isolated_home / DB_NAME) in result.stderr
    assert "Opgeslagen" in result.stderr


def test_reflect_json_stdout_stays_json_when_saving(invoke, answers_file):
    result = invoke("reflect", "--answers", answers_file, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["id"] == stored()[0].id


def test_reflect_no_save(invoke, answers_file, isolated_home):
    result = invoke("reflect", "--answers", answers_file, "--no-save")
    assert result.exit_code == 0, result.output
    assert "Opgeslagen" not in result.output
    assert not (isolated_home / DB_NAME).exists()


@pytest.mark.parametrize(
    "args,key",
    [
        (["--resume", "--no-save"], "--resume en --no-save"),
        (["--resume", "--answers", "x.yaml"], "--resume en --answers"),
    ],
)
def test_reflect_resume_conflicts(invoke, args, key):
    result = invoke("reflect", *args)
    assert result.exit_code == 2
    assert key in result.stderr


def test_reflect_refuses_a_newer_store(invoke, answers_file, isolated_home):
    Store.open().close()
    conn = sqlite3.connect(isolated_home / DB_NAME)
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()
    result = invoke("reflect", "--answers", answers_file)
    assert result.exit_code == 2
    assert "nieuwere versie" in result.stderr and "Traceback" not in result.output
    result = invoke("--lang", "en", "log", "list")
    assert result.exit_code == 2
    assert "newer version" in result.stderr


# --- paths -------------------------------------------------------------------------------------


def test_paths(invoke, isolated_home):
    result = invoke("paths")
    assert result.exit_code == 0, result.output
    assert str(isolated_home / DB_NAME) in result.stdout
    assert str(isolated_home / "principles") in result.stdout
    assert "Logboek" in result.stdout and "Eigen sets" in result.stdout
    data = json.loads(invoke("paths", "--json").stdout)
    assert data["database"] == str(isolated_home / DB_NAME)
    assert data["principles"] == str(isolated_home / "principles")
    assert data["extra_principles"] == []
    assert "Own principle sets" in invoke("--lang", "en", "paths").stdout


# --- log list ----------------------------------------------------------------------------------


def test_list_empty_log(invoke, isolated_home):
    result = invoke("log", "list")
    assert result.exit_code == 0
    assert "nog leeg" in result.stdout
    assert not (isolated_home / DB_NAME).exists()  # reading does not create a store
    assert json.loads(invoke("log", "list", "--json").stdout) == []


def test_list_newest_first(invoke, saved):
    result = invoke("log", "list")
    assert result.exit_code == 0, result.output
    out = result.stdout
    positions = [out.index(r.id) for r in saved]
    assert positions[2] < positions[1] < positions[0]
    assert "netwerkberaad" in out and "Ouders worden boos" in out


def test_list_json_counts(invoke, saved):
    data = json.loads(invoke("log", "list", "--json").stdout)
    assert [d["id"] for d in data] == [r.id for r in reversed(saved)]
    first = data[-1]
    assert (first["date"], first["kind"], first["scenario"]) == (
        "2026-01-05",
        "huisbezoek",
        "angry",
    )
    assert (first["missed"], first["partly"]) == (1, 1)
    assert first["scenario_title"] == "Ouders worden boos"


@pytest.mark.parametrize(
    "args,expected",
    [
        (["--limit", "1"], [2]),
        (["-n", "2"], [2, 1]),
        (["--limit", "0"], [2, 1, 0]),
        (["--since", "2026-02-01"], [2, 1]),
        (["--since", "01-02-2026"], [2, 1]),
        (["--until", "2026-02-10"], [1, 0]),
        (["--since", "2026-02-01", "--until", "10-02-2026"], [1]),
        (["--scenario", "relieved"], [1]),
        (["--scenario", "opgelucht"], [1]),
        (["--scenario", "Geen vertrouwen"], [2]),
        (["--missed", "respect"], [2, 0]),
        (["--missed", "choices"], [1]),
        (["--missed", "partnerschap/details"], [1]),
        (["--missed", "child-central"], []),
    ],
)
def test_list_options(invoke, saved, args, expected):
    result = invoke("log", "list", "--json", *args)
    assert result.exit_code == 0, result.output
    assert [d["id"] for d in json.loads(result.stdout)] == [saved[i].id for i in expected]


def test_list_says_when_more_exist(invoke, saved):
    result = invoke("log", "list", "--limit", "1")
    assert "1 van 3 getoond" in result.stderr


def test_list_no_match(invoke, saved):
    result = invoke("log", "list", "--scenario", "other")
    assert result.exit_code == 0
    assert "Geen reflecties gevonden" in result.stdout


def test_list_drafts(invoke, saved, make_reflection):
    draft = make_reflection(kind="kennismaking")
    draft.complete = False
    with Store.open() as store:
        store.save(draft)
    result = invoke("log", "list", "--drafts")
    assert result.exit_code == 0
    assert draft.id in result.stdout and saved[0].id not in result.stdout
    assert draft.id not in invoke("log", "list").stdout


@pytest.mark.parametrize("value", ["gisteren", "2026-02-30", "2026/13/01"])
def test_bad_dates_are_user_errors(invoke, saved, value):
    for command in (["log", "list"], ["log", "stats"], ["export"], ["log", "search", "x"]):
        result = invoke(*command, "--since", value)
        assert result.exit_code == 2, (command, result.output)
        assert f"'{value}' is geen datum" in result.stderr
        assert "Traceback" not in result.output


# --- log show ----------------------------------------------------------------------------------


def test_show(invoke, saved):
    reflection = saved[0]
    result = invoke("log", "show", reflection.id[:6])
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Reflectie 2026-01-05: huisbezoek" in out
    assert "✗ gemist" in out and "◐ deels" in out  # findings table
    assert "Waarom is dit zo belangrijk voor u als ouders?" in out  # suggestions
    assert "Vader werd BOOS toen ik | het rapport noemde" in out  # the note, as typed
    assert "Samenvatting" in out and "Eerst vragen wat goed gaat" in out
    assert "Ouders worden boos" in out


def test_show_json_and_english(invoke, saved):
    data = json.loads(invoke("log", "show", saved[1].id, "--json").stdout)
    assert data["id"] == saved[1].id
    assert data["strengths"] == "Ik liet stiltes vallen"
    out = invoke("--lang", "en", "log", "show", saved[1].id).stdout
    assert "The parents are relieved" in out and "Summary" in out


@pytest.mark.parametrize("ident,message", [("nope", "Geen reflectie met id 'nope'"), ("", "")])
def test_show_unknown_id(invoke, saved, ident, message):
    result = invoke("log", "show", ident)
    assert result.exit_code == 2
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_show_ambiguous_id(invoke, make_reflection):
    a, b = make_reflection(), make_reflection()
    a.id, b.id = "aaaa111111", "aaaa222222"
    with Store.open() as store:
        store.save_many([a, b])
    result = invoke("log", "show", "aaaa")
    assert result.exit_code == 2
    assert "past bij meer reflecties" in result.stderr
    assert invoke("log", "show", "aaaa1").exit_code == 0


# --- log search --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("boos", [0]),  # a note, case-insensitive
        ("RAPPORT", [0]),
        ("concreet", [1]),  # the intention of a next step
        ("goed thuis", [1]),  # a chosen question
        ("mentor", [2]),  # context: participants
        ("netwerk", [2]),  # context: kind
        ("stiltes", [1]),  # what worked
        ("geen-treffer", []),
    ],
)
def test_search(invoke, saved, text, expected):
    result = invoke("log", "search", text, "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [d["id"] for d in data] == [saved[i].id for i in expected]
    for item in data:
        assert text.casefold() in item["match"]["text"].casefold()


def test_search_table_shows_where(invoke, saved):
    result = invoke("log", "search", "boos")
    assert result.exit_code == 0
    assert saved[0].id in result.stdout
    assert "notitie" in result.stdout and "Gevonden in" in result.stdout
    assert "Geen reflecties" in invoke("log", "search", "xyz").stdout


def test_search_options(invoke, saved):
    ids = [d["id"] for d in json.loads(invoke("log", "search", "e", "--json", "-n", "1").stdout)]
    assert ids == [saved[2].id]
    data = json.loads(invoke("log", "search", "o", "--json", "--until", "2026-01-31").stdout)
    assert [d["id"] for d in data] == [saved[0].id]
    data = json.loads(invoke("log", "search", "o", "--json", "--since", "2026-03-01").stdout)
    assert [d["id"] for d in data] == [saved[2].id]


# --- log delete --------------------------------------------------------------------------------


def test_delete_asks_first(invoke, saved):
    result = invoke("log", "delete", saved[0].id, input="n\n")
    assert result.exit_code == 1
    assert "Dit wordt verwijderd" in result.stdout and saved[0].id in result.stdout
    assert "Niets verwijderd" in result.stderr
    assert len(stored()) == 3
    result = invoke("log", "delete", saved[0].id, saved[1].id[:5], input="j\n")
    assert result.exit_code == 0, result.output
    assert "2 reflecties verwijderd" in result.stdout
    assert [r.id for r in stored()] == [saved[2].id]


def test_delete_in_english_with_yes_word(invoke, saved):
    result = invoke("--lang", "en", "log", "delete", saved[0].id, input="yes\n")
    assert result.exit_code == 0
    assert "1 reflection deleted" in result.stdout


def test_delete_without_answer_deletes_nothing(invoke, saved):
    assert invoke("log", "delete", saved[0].id).exit_code == 1  # end of input
    assert len(stored()) == 3


def test_delete_yes_and_drafts(invoke, saved, make_reflection):
    draft = make_reflection()
    draft.complete = False
    with Store.open() as store:
        store.save(draft)
    result = invoke("log", "delete", "--yes", saved[2].id, draft.id)
    assert result.exit_code == 0, result.output
    assert [r.id for r in stored()] == [saved[0].id, saved[1].id]
    assert stored(Filters(drafts=True)) == []


def test_delete_unknown_id_deletes_nothing(invoke, saved):
    result = invoke("log", "delete", "-y", saved[0].id, "onbekend")
    assert result.exit_code == 2
    assert "onbekend" in result.stderr
    assert len(stored()) == 3


# --- log stats ---------------------------------------------------------------------------------


def test_stats_empty(invoke):
    result = invoke("log", "stats")
    assert result.exit_code == 0
    assert "Nog geen reflecties" in result.stdout
    assert json.loads(invoke("log", "stats", "--json").stdout)["reflections"] == 0


def test_stats_table_chart_trend_and_next_steps(invoke, saved):
    result = invoke("log", "stats")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "3 reflecties" in out
    assert "Per uitgangspunt" in out and "✗ gemist" in out
    assert "█" in out and "░" in out  # the bar chart (and its legend)
    # the share decides: choices missed 1 of 1 times, respect 2 of 3
    assert "Het vaakst gemist: Bied keuzemogelijkheden (1 van de 1 keer)" in out
    assert "Per maand" in out and "2026-01" in out and "2026-03" in out
    assert "Je laatste volgende stappen" in out
    assert out.index("Concreet doorvragen") < out.index("Eerst vragen wat goed gaat")


def test_stats_json(invoke, saved):
    data = json.loads(invoke("log", "stats", "--json").stdout)
    assert data["reflections"] == 3
    by_id = {p["principle"]: p for p in data["principles"]}
    assert (by_id["respect"]["honoured"], by_id["respect"]["missed"]) == (1, 2)
    assert (by_id["details"]["partly"], by_id["details"]["missed"]) == (1, 1)
    assert by_id["respect"]["title"].startswith("Respecteer")
    assert data["most_missed"]["principle"] == "choices"
    assert [m["month"] for m in data["months"]] == ["2026-01", "2026-02", "2026-03"]
    assert [m["reflections"] for m in data["months"]] == [1, 1, 1]
    steps = data["recent_next_steps"]
    assert [s["id"] for s in steps] == [saved[1].id, saved[0].id]
    assert steps[0]["questions"] == ["Wanneer gaat het wel goed thuis?"]


def test_stats_date_range(invoke, saved):
    data = json.loads(invoke("log", "stats", "--json", "--since", "2026-02-01").stdout)
    assert data["reflections"] == 2 and data["since"] == "2026-02-01"
    result = invoke("log", "stats", "--until", "31-01-2026")
    assert "1 reflectie" in result.stdout
    assert "Per maand" not in result.stdout  # one month: no trend
    assert "tot en met 2026-01-31" in result.stdout


def test_stats_in_english(invoke, saved):
    out = invoke("--lang", "en", "log", "stats").stdout
    assert "Missed most often: Offer choices (1 of 1 times)" in out and "Per month" in out


@pytest.mark.parametrize(
    "args",
    [
        ["log"],
        ["log", "list"],
        ["log", "show"],
        ["log", "search"],
        ["log", "delete"],
        ["log", "stats"],
        ["export"],
        ["import"],
        ["paths"],
    ],
)
def test_help(invoke, args):
    result = invoke(*args, "--help")
    assert result.exit_code == 0
    assert "Gebruik: " in result.stdout  # Click's boilerplate in Dutch too


def test_most_missed_share_before_count_and_ties_named_together(invoke, make_reflection):
    from partnerschap.log.store import Store

    # respect: missed 2 of 4 (50 %); details: missed 2 of 2 (100 %); choices: 2 of 2 too.
    reflections = [
        make_reflection(answers={"respect.listened": "no"}),
        make_reflection(answers={"respect.listened": "no"}),
        make_reflection(answers={"respect.listened": "yes"}),
        make_reflection(answers={"respect.listened": "yes"}),
    ]
    reflections[0] = make_reflection(
        answers={"respect.listened": "no", "details.concrete": "no", "choices.offered": "no"}
    )
    reflections[1] = make_reflection(
        answers={"respect.listened": "no", "details.concrete": "no", "choices.offered": "no"}
    )
    with Store.open() as store:
        for reflection in reflections:
            store.save(reflection)
    out = " ".join(invoke("log", "stats").stdout.split())
    said = out[out.index("Het vaakst gemist") :].split(").")[0]
    assert said == (
        "Het vaakst gemist: Bied keuzemogelijkheden en Zoek altijd naar de details en naar "
        "uitzonderingen (elk 2 van de 2 keer"
    )
    data = json.loads(invoke("log", "stats", "--json").stdout)
    assert [p["principle"] for p in data["most_missed_tied"]] == ["choices", "details"]
    assert data["most_missed"]["principle"] == "choices"
