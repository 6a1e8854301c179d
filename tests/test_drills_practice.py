"""Selection and seeding, the session, scoring, and the results file."""

from __future__ import annotations

import json
import os
import stat

import pytest

from partnerschap.drills import ItemType, load_drills
from partnerschap.drills.practice import (
    Answer,
    DrillSession,
    Filters,
    parse_answer_numbers,
    prompt_key,
    score,
    select,
    shorten,
)
from partnerschap.drills.results import (
    FORMAT,
    DrillResults,
    NotResults,
    clean_name,
    drills_dir,
    parse_results,
    read_results_file,
    save,
)
from partnerschap.errors import PartnerschapError
from partnerschap.prompts import ScriptedPrompter


@pytest.fixture(scope="module")
def drills():
    return load_drills()


def ids(shown):
    return [s.id for s in shown]


def orders(shown):
    return [tuple(o.id for o in s.options) for s in shown]


# --- selection ----------------------------------------------------------------------------------


def test_same_seed_same_items_and_option_order(drills):
    first = select(drills, Filters(), 10, "4711")
    again = select(drills, Filters(), 10, "4711")
    assert ids(first) == ids(again)
    assert orders(first) == orders(again)
    assert len(first) == 10 and len(set(ids(first))) == 10


def test_other_seed_other_draw(drills):
    draws = {tuple(ids(select(drills, Filters(), 10, seed))) for seed in ("1", "2", "3")}
    assert len(draws) == 3


def test_options_are_shuffled_but_complete(drills):
    shown = select(drills, Filters(), 60, "9")
    assert any(
        order != tuple(o.id for o in s.item.options)
        for s, order in zip(shown, orders(shown), strict=True)
    )
    for s in shown:
        assert sorted(o.id for o in s.options) == sorted(o.id for o in s.item.options)
    # the right answer is not always in the same place
    assert len({s.correct_number for s in shown}) == 4


def test_integer_and_string_seed_agree(drills):
    assert ids(select(drills, Filters(), 5, 42)) == ids(select(drills, Filters(), 5, "42"))


def test_filters(drills):
    spot = select(drills, Filters(type=ItemType.SPOT), 100, "1")
    assert spot and all(s.item.type is ItemType.SPOT for s in spot)
    assert len(spot) == sum(1 for i in drills if i.type is ItemType.SPOT)
    client = select(drills, Filters(sets=("client-perspective",)), 100, "1")
    assert client and all(s.item.set_id == "client-perspective" for s in client)
    respect = select(drills, Filters(principles=("respect",)), 100, "1")
    assert len(respect) >= 4 and all("respect" in s.item.principles for s in respect)
    both = select(drills, Filters(principles=("respect",), type=ItemType.BETTER), 100, "1")
    assert both and all(s.item.type is ItemType.BETTER for s in both)
    assert len(both) < len(respect)


def test_rounds_larger_than_the_pool_gives_the_pool(drills):
    shown = select(drills, Filters(principles=("network",)), 50, "1")
    assert len(shown) == sum(1 for i in drills if "network" in i.principles)


def test_filters_parse_and_check(drills):
    from partnerschap.sets.catalog import load_catalog

    sets = load_catalog().sets
    assert Filters.parse("all", None, None) == Filters()
    parsed = Filters.parse("partnerschap, client-perspective", "respect,details", "spot")
    assert parsed.sets == ("partnerschap", "client-perspective")
    assert parsed.principles == ("respect", "details")
    assert parsed.type is ItemType.SPOT
    with pytest.raises(PartnerschapError) as info:
        Filters.parse("nope", None, None).check(drills, sets)
    assert info.value.key == "error.drill.unknown_set"
    with pytest.raises(PartnerschapError) as info:
        Filters.parse("client-perspective", "respect", None).check(drills, sets)
    assert info.value.key == "error.drill.unknown_principle"
    Filters.parse("partnerschap", "respect", None).check(drills, sets)


def test_zero_rounds_refused(drills):
    with pytest.raises(PartnerschapError):
        select(drills, Filters(), 0, "1")


# --- answering and scoring ----------------------------------------------------------------------


def test_parse_answer_numbers():
    assert parse_answer_numbers("2, 1,4", 3) == [2, 1, 4]
    for bad in ("2,5", "2,x", "2,,1", "0"):
        with pytest.raises(PartnerschapError) as info:
            parse_answer_numbers(bad, len(bad.split(",")))
        assert info.value.key == "error.drill.bad_answer"
    with pytest.raises(PartnerschapError) as info:
        parse_answer_numbers("1,2", 3)
    assert info.value.key == "error.drill.answer_count"


class Recorder:
    def __init__(self, stop_after: int | None = None) -> None:
        self.events: list[tuple] = []
        self.stop_after = stop_after

    def item(self, shown, number, total):
        self.events.append(("item", shown.id, number, total))

    def feedback(self, shown, answer):
        self.events.append(("feedback", shown.id, answer.correct))

    def go_on(self, number, total):
        return self.stop_after is None or number < self.stop_after


def test_session_asks_every_item_and_records_answers(drills):
    shown = select(drills, Filters(), 4, "5")
    script = {prompt_key(s.id): s.item.correct.id for s in shown[:2]}
    script.update({prompt_key(s.id): s.options[s.correct_number % 4].id for s in shown[2:]})
    prompter = ScriptedPrompter(script, strict=True)
    presenter = Recorder()
    answers = DrillSession(shown, prompter, presenter).run()
    assert prompter.asked == [prompt_key(s.id) for s in shown]
    assert [a.correct for a in answers] == [True, True, False, False]
    assert [e[0] for e in presenter.events] == ["item", "feedback"] * 4
    assert answers[2].chosen_number == shown[2].correct_number % 4 + 1


def test_session_can_stop_early(drills):
    shown = select(drills, Filters(), 4, "5")
    script = {prompt_key(s.id): s.item.correct.id for s in shown}
    session = DrillSession(shown, ScriptedPrompter(script), Recorder(stop_after=2))
    assert len(session.run()) == 2
    assert session.stopped_early


def test_session_choices_are_numbered_and_shortened(drills):
    shown = select(drills, Filters(type=ItemType.BETTER), 1, "5")[0]
    session = DrillSession([shown], ScriptedPrompter(), Recorder(), lang="en", label_width=30)
    choices = session.choices(shown)
    assert [c.shortcut for c in choices] == ["1", "2", "3", "4"]
    assert [c.value for c in choices] == [o.id for o in shown.options]
    assert all(len(c.label) <= 30 for c in choices)
    assert any(c.label.endswith("…") for c in choices)
    assert shorten("a  b\nc", 80) == "a b c"


def answer_for(drills, item_id: str, right: bool) -> Answer:
    item = drills.get(item_id)
    shown = next(s for s in select(drills, Filters(), 100, "1") if s.id == item_id)
    chosen = item.correct.id if right else next(o.id for o in item.options if not o.correct)
    return Answer.of(shown, chosen)


def test_score_per_principle(drills):
    answers = [
        answer_for(drills, "spot-bedtime-respect", True),
        answer_for(drills, "better-saturday-shop-respect", False),
        answer_for(drills, "spot-lunch-details", True),
    ]
    rows = {(r.set_id, r.principle_id): (r.right, r.total) for r in score(answers)}
    assert rows == {("partnerschap", "respect"): (1, 2), ("partnerschap", "details"): (1, 1)}


def test_item_with_two_principles_counts_for_both(drills):
    item = next(i for i in drills if len(i.principles) == 2)
    shown = next(s for s in select(drills, Filters(), 100, "1") if s.id == item.id)
    rows = score([Answer.of(shown, item.correct.id)])
    assert [(r.principle_id, r.right, r.total) for r in rows] == [
        (p, 1, 1) for p in item.principles
    ]


def test_wrong_better_answer_records_its_pitfall(drills):
    answer = answer_for(drills, "better-saturday-shop-respect", False)
    assert not answer.correct
    assert answer.pitfall in ("judging", "knows-better", "directive")


# --- the results file ---------------------------------------------------------------------------


def make_results(drills) -> DrillResults:
    answers = [
        answer_for(drills, "spot-bedtime-respect", True),
        answer_for(drills, "better-saturday-shop-respect", False),
    ]
    return DrillResults(
        answers=answers,
        seed="4711",
        rounds=2,
        filters=Filters(principles=("respect",)),
        trainee=clean_name("  Sam\t de Vries "),
        banks=[{"id": "drills", "version": "1.0", "digest": "abc"}],
        sets=[{"id": "partnerschap", "version": "1.0", "digest": "def"}],
    )


def test_results_json_content(drills):
    data = make_results(drills).to_json()
    assert data["format"] == FORMAT and data["format_version"] == 1
    assert data["trainee"] == "Sam de Vries"
    assert data["seed"] == "4711" and data["rounds"] == 2
    assert data["filters"] == {"sets": None, "principles": ["respect"], "type": None}
    assert data["banks"] == [{"id": "drills", "version": "1.0", "digest": "abc"}]
    assert data["created"][:2] == "20" and "T" in data["created"]
    first, second = data["items"]
    assert first["id"] == "spot-bedtime-respect" and first["correct"] is True
    assert first["chosen"] == "respect" == first["correct_option"]
    assert first["principles"] == ["respect"] and first["set"] == "partnerschap"
    assert first["options"][first["chosen_number"] - 1] == "respect"
    assert second["correct"] is False and second["pitfall"]
    assert data["summary"] == {
        "right": 1,
        "total": 2,
        "principles": [{"set": "partnerschap", "principle": "respect", "right": 1, "total": 2}],
    }


def test_save_in_the_private_data_dir(drills, isolated_home):
    results = make_results(drills)
    path = save(results)
    assert path.parent == drills_dir() == isolated_home / "drills"
    if os.name == "posix":
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert json.loads(path.read_text(encoding="utf-8"))["id"] == results.id
    assert not list(path.parent.glob(".*.tmp"))


def test_save_to_a_file_or_into_a_folder(drills, tmp_path):
    results = make_results(drills)
    target = tmp_path / "voor-trainer.json"
    assert save(results, target) == target
    assert save(results, tmp_path).name == results.file_name()


def test_results_read_back(drills, tmp_path):
    path = save(make_results(drills), tmp_path / "r.json")
    read = read_results_file(path)
    assert read.trainee == "Sam de Vries"
    assert [(e.item_id, e.correct) for e in read.entries] == [
        ("spot-bedtime-respect", True),
        ("better-saturday-shop-respect", False),
    ]


@pytest.mark.parametrize(
    "data,reason",
    [
        ({"hello": 1}, "report.skip.foreign"),
        ([1, 2], "report.skip.foreign"),
        ({"format": FORMAT, "format_version": 99, "items": []}, "report.skip.version"),
        ({"format": FORMAT, "format_version": 1}, "report.skip.field"),
        ({"format": FORMAT, "format_version": 1, "items": [{"id": "x"}]}, "report.skip.item"),
    ],
)
def test_parse_results_refuses_what_is_not_results(data, reason):
    with pytest.raises(NotResults) as info:
        parse_results(data, "f.json")
    assert info.value.reason == reason


def test_clean_name():
    assert clean_name("  ") is None
    assert clean_name(None) is None
    assert clean_name("Noor\x1b[31m") == "Noor [31m"
    assert len(clean_name("x" * 500)) == 60
