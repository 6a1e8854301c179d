"""The live class session without any network: joining, answering, the trainer's control,
the class result, and the results files that ``drill report`` reads."""

from __future__ import annotations

import json
import os
import stat

import pytest

from partnerschap.drills import load_drills
from partnerschap.drills.live.results import ResultsWriter, default_folder
from partnerschap.drills.live.session import (
    CODE_ALPHABET,
    LiveError,
    LiveSession,
    Phase,
    check_name,
    group_code,
)
from partnerschap.drills.live.views import projector_view, trainee_view
from partnerschap.drills.practice import Filters, select
from partnerschap.drills.report import report_from_paths
from partnerschap.sets.catalog import load_catalog


@pytest.fixture(scope="module")
def sets():
    return dict(load_catalog().sets)


@pytest.fixture(scope="module")
def shown():
    return select(load_drills(), Filters(), 4, "4711")


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def new_session(shown, sets, **kwargs) -> LiveSession:
    return LiveSession(items=shown, sets=sets, **kwargs)


def wrong_number(item) -> int:
    return next(n for n in range(1, 5) if n != item.correct_number)


# --- joining ----------------------------------------------------------------------------------


def test_code_and_secrets_are_long_random_and_typable(shown, sets):
    a, b = new_session(shown, sets), new_session(shown, sets)
    assert a.code != b.code and a.secret != b.secret
    assert len(a.code) == 20 and set(a.code) <= set(CODE_ALPHABET)
    assert len(a.code) * 4.95 >= 96  # log2(31) > 4.95
    assert group_code("abcdefgh") == "abcd-efgh"


@pytest.mark.parametrize(
    ("raw", "key"),
    [
        ("", "live.error.name_empty"),
        ("   ", "live.error.name_empty"),
        (None, "live.error.name_empty"),
        (42, "live.error.name_empty"),
        ("x" * 31, "live.error.name_long"),
        ("<b>Sam</b>", "live.error.name_chars"),
        ("Sam&Co", "live.error.name_chars"),
        ('Sam"', "live.error.name_chars"),
        ("Sam\x00", "live.error.name_chars"),
    ],
)
def test_bad_names_are_refused(raw, key):
    with pytest.raises(LiveError) as caught:
        check_name(raw)
    assert caught.value.key == key


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("  Sam  ", "Sam"),
        ("Anne-Fleur", "Anne-Fleur"),
        ("D'Souza", "D'Souza"),
        ("Zoë  van Dijk", "Zoë van Dijk"),
        ("x" * 30, "x" * 30),
        ("J.P.", "J.P."),
    ],
)
def test_good_names_are_kept_tidy(raw, name):
    assert check_name(raw) == name


def test_taken_names_get_a_number(shown, sets):
    session = new_session(shown, sets)
    names = [session.join(n).name for n in ("Sam", "sam", "Sam", "Kim")]
    assert names == ["Sam", "sam 2", "Sam 3", "Kim"]
    long = session.join("y" * 30).name
    again = session.join("y" * 30).name
    assert long == "y" * 30 and again == "y" * 28 + " 2" and len(again) == 30


def test_anonymous_session_keeps_no_names(shown, sets):
    session = new_session(shown, sets, anonymous=True)
    first, second = session.join(None), session.join("ignored")
    assert first.name is None and second.name is None
    assert projector_view(session)["names"] == []
    assert projector_view(session)["joined"] == 2


def test_each_trainee_gets_an_own_secret_token(shown, sets):
    session = new_session(shown, sets)
    sam, kim = session.join("Sam"), session.join("Kim")
    assert sam.token != kim.token and len(sam.token) >= 16
    assert session.trainee(sam.token) is sam
    assert session.trainee("not-a-token") is None
    assert session.trainee(None) is None


# --- answering ---------------------------------------------------------------------------------


def test_answer_change_and_one_answer_per_case(shown, sets):
    session = new_session(shown, sets)
    sam = session.join("Sam")
    with pytest.raises(LiveError) as caught:
        session.answer(sam.token, 1)
    assert caught.value.key == "live.error.closed"  # still in the lobby
    session.next()
    session.answer(sam.token, 1)
    session.answer(sam.token, 3)
    session.answer(sam.token, 3)
    assert session.answered_count() == 1
    assert session.chosen_number(sam) == 3
    assert sam.answers == {0: shown[0].options[2].id}


@pytest.mark.parametrize("bad", [0, 5, -1, "1", 1.0, True, None])
def test_option_numbers_out_of_range_are_refused(shown, sets, bad):
    session = new_session(shown, sets)
    sam = session.join("Sam")
    session.next()
    with pytest.raises(LiveError) as caught:
        session.answer(sam.token, bad)
    assert caught.value.key == "live.error.bad_option"
    assert sam.answers == {}


def test_unknown_trainee_cannot_answer(shown, sets):
    session = new_session(shown, sets)
    session.next()
    with pytest.raises(LiveError) as caught:
        session.answer("forged", 1)
    assert caught.value.key == "live.error.unknown_trainee"


def test_no_changes_after_the_reveal(shown, sets):
    session = new_session(shown, sets)
    sam = session.join("Sam")
    session.next()
    session.answer(sam.token, 2)
    session.reveal()
    with pytest.raises(LiveError):
        session.answer(sam.token, 1)
    session.next()
    session.previous()
    assert session.phase is Phase.REVEALED  # a revealed case stays revealed
    with pytest.raises(LiveError):
        session.answer(sam.token, 1)
    assert session.chosen_number(sam, 0) == 2


def test_countdown_closes_the_case(shown, sets):
    clock = FakeClock()
    session = new_session(shown, sets, timer=30, clock=clock)
    sam = session.join("Sam")
    session.next()
    assert projector_view(session)["timer"] == {"left": 30, "total": 30}
    clock.now += 29.5
    session.answer(sam.token, 1)
    assert trainee_view(session, sam)["timer"]["left"] == 1
    clock.now += 0.5
    with pytest.raises(LiveError) as caught:
        session.answer(sam.token, 2)
    assert caught.value.key == "live.error.time_up"
    assert trainee_view(session, sam)["open"] is False
    session.restart_timer()
    session.answer(sam.token, 2)
    assert session.chosen_number(sam) == 2


def test_going_back_to_a_case_keeps_its_countdown(shown, sets):
    """← then → does not reopen a case whose time ran out, nor give it a fresh minute; only
    t (restart) does."""
    clock = FakeClock()
    session = new_session(shown, sets, timer=30, clock=clock)
    sam = session.join("Sam")
    session.next()
    clock.now += 31
    assert session.open_for_answers() is False
    session.next()  # case 2, unanswered case 1 left behind
    assert projector_view(session)["timer"] == {"left": 30, "total": 30}
    clock.now += 10
    session.previous()
    assert session.open_for_answers() is False
    with pytest.raises(LiveError) as caught:
        session.answer(sam.token, 1)
    assert caught.value.key == "live.error.time_up"
    session.next()
    assert projector_view(session)["timer"]["left"] == 20
    session.previous()
    session.restart_timer()
    assert projector_view(session)["timer"]["left"] == 30
    session.answer(sam.token, 1)
    assert session.chosen_number(sam) == 1


def test_late_join_and_reconnect(shown, sets):
    session = new_session(shown, sets)
    sam = session.join("Sam")
    session.next()
    session.answer(sam.token, 1)
    session.reveal()
    session.next()
    late = session.join("Late")
    view = trainee_view(session, late)
    assert view["phase"] == "question" and view["case"]["number"] == 2
    assert view["chosen"] is None
    session.answer(sam.token, 4)
    back = session.trainee(sam.token)  # the phone slept; the browser comes back
    assert back is sam
    view = trainee_view(session, back)
    assert view["case"]["number"] == 2 and view["chosen"] == 4


def test_nobody_joins_after_the_end(shown, sets):
    session = new_session(shown, sets)
    session.end()
    with pytest.raises(LiveError) as caught:
        session.join("Sam")
    assert caught.value.key == "live.error.ended"


# --- the trainer's control ------------------------------------------------------------------


def test_next_previous_forward_and_end(shown, sets):
    session = new_session(shown, sets)
    assert session.phase is Phase.LOBBY
    session.previous()
    assert session.phase is Phase.LOBBY
    session.forward()  # lobby → case 1
    assert (session.phase, session.index) == (Phase.QUESTION, 0)
    session.forward()  # reveal
    assert session.phase is Phase.REVEALED
    session.forward()  # case 2
    assert (session.phase, session.index) == (Phase.QUESTION, 1)
    session.previous()
    assert (session.phase, session.index) == (Phase.REVEALED, 0)
    for _ in range(6):
        session.next()
    assert session.phase is Phase.END
    session.previous()  # back from the end: the last case again
    assert (session.phase, session.index) == (Phase.QUESTION, len(shown) - 1)
    before = session.version
    session.reveal()
    session.reveal()
    assert session.version == before + 1


# --- views: who sees what ----------------------------------------------------------------------


def test_trainees_never_see_other_answers_or_names(shown, sets):
    session = new_session(shown, sets)
    sam, kim = session.join("Sam"), session.join("Kim")
    session.next()
    session.answer(sam.token, shown[0].correct_number)
    session.answer(kim.token, wrong_number(shown[0]))
    for phase_step in (lambda: None, session.reveal, session.end):
        phase_step()
        text = json.dumps(trainee_view(session, kim), ensure_ascii=False)
        assert "Sam" not in text and sam.token not in text
        assert "shares" not in text and "answered_count" not in text


def test_projector_counts_before_and_shares_after_the_reveal(shown, sets):
    session = new_session(shown, sets)
    trainees = [session.join(n) for n in ("Sam", "Kim", "Ali", "Noor")]
    session.next()
    right, wrong = shown[0].correct_number, wrong_number(shown[0])
    for trainee, number in zip(trainees[:3], (right, right, wrong), strict=True):
        session.answer(trainee.token, number)
    view = projector_view(session)
    assert view["answered"] == 3 and view["joined"] == 4
    assert "shares" not in view and "correct" not in view["case"]
    session.reveal()
    view = projector_view(session)
    percents = [s["percent"] for s in view["shares"]]
    assert percents[right - 1] == 67 and percents[wrong - 1] == 33
    assert sum(s["count"] for s in view["shares"]) == 3
    assert view["case"]["correct"] == right
    assert view["case"]["explanation"]
    assert trainee_view(session, trainees[0])["right"] is True
    assert trainee_view(session, trainees[2])["right"] is False
    assert trainee_view(session, trainees[3])["right"] is None


def test_class_result_hardest_cases_and_optional_ranking(shown, sets):
    session = new_session(shown, sets, ranking=True)
    sam, kim = session.join("Sam"), session.join("Kim")
    session.next()
    session.answer(sam.token, shown[0].correct_number)
    session.answer(kim.token, shown[0].correct_number)
    session.reveal()
    session.next()
    session.answer(sam.token, shown[1].correct_number)
    session.answer(kim.token, wrong_number(shown[1]))
    session.reveal()
    session.end()
    view = projector_view(session)
    assert sum(p["total"] for p in view["principles"]) >= 4
    assert [h["number"] for h in view["hardest"]] == [2]
    assert view["hardest"][0]["percent"] == 50
    assert [(r["place"], r["name"], r["right"]) for r in view["ranking"]] == [
        (1, "Sam", 2),
        (2, "Kim", 1),
    ]
    mine = trainee_view(session, kim)
    assert (mine["right"], mine["answered"], mine["cases"]) == (1, 2, 2)
    assert "ranking" not in projector_view(new_session(shown, sets))


def test_a_session_stopped_halfway_counts_the_same_cases_everywhere(shown, sets):
    """Stopped after the first of four cases: the projector and every phone say one case."""
    session = new_session(shown, sets)
    sam = session.join("Sam")
    session.next()
    session.answer(sam.token, shown[0].correct_number)
    session.reveal()
    session.end()
    assert projector_view(session)["cases"] == 1
    mine = trainee_view(session, sam)
    assert (mine["right"], mine["answered"], mine["cases"]) == (1, 1, 1)


def test_equal_scores_share_a_place(shown, sets):
    session = new_session(shown, sets, ranking=True)
    a, b, c = (session.join(n) for n in ("A", "B", "C"))
    session.next()
    for trainee in (a, b):
        session.answer(trainee.token, shown[0].correct_number)
    session.answer(c.token, wrong_number(shown[0]))
    assert [(place, right) for place, _, right in session.ranking_rows()] == [
        (1, 1),
        (1, 1),
        (3, 0),
    ]


# --- results files ------------------------------------------------------------------------------


def test_results_files_are_read_by_drill_report(shown, sets, tmp_path):
    session = new_session(shown, sets)
    sam, kim, idle = session.join("Sam"), session.join("Kim"), session.join("Idle")
    session.next()
    session.answer(sam.token, shown[0].correct_number)
    session.answer(kim.token, wrong_number(shown[0]))
    session.reveal()
    session.next()
    session.answer(sam.token, wrong_number(shown[1]))  # answered, never revealed
    folder = tmp_path / "class"
    writer = ResultsWriter(folder, seed="4711", filters=Filters())
    first = writer.write(session)
    assert len(first) == 2  # 'Idle' answered nothing
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert all(stat.S_IMODE(p.stat().st_mode) == 0o600 for p in first)
    session.end()
    assert writer.write(session) == first  # rewritten in place, not added to
    assert not [p for p in os.listdir(folder) if p.startswith(".")]
    data = {d["trainee"]: d for d in (json.loads(p.read_text("utf-8")) for p in first)}
    assert data["Sam"]["stopped_early"] is True
    assert [i["correct"] for i in data["Sam"]["items"]] == [True, False]
    assert data["Kim"]["summary"]["right"] == 0
    assert data["Sam"]["rounds"] == len(shown) and data["Sam"]["seed"] == "4711"
    report = report_from_paths(first, drills=load_drills(), sets=sets)
    assert not report.skipped
    assert sorted(f.trainee for f in report.files) == ["Kim", "Sam"]
    assert idle.answers == {}


def test_nothing_answered_writes_nothing(shown, sets, tmp_path):
    session = new_session(shown, sets)
    session.join("Sam")
    session.end()
    assert ResultsWriter(tmp_path / "none", seed="1").write(session) == []
    assert not (tmp_path / "none").exists()


def test_default_folder_is_dated_in_the_data_dir(isolated_home):
    import datetime as dt

    folder = default_folder(dt.datetime(2026, 12, 2, 9, 30))
    assert folder.name == "live-2026-12-02-0930"
    assert str(folder).startswith(str(isolated_home))
