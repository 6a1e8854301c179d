"""What each page is sent: plain JSON-ready dicts, texts already in the session's language.

A trainee's view holds only what that trainee may see: the case, their own answer and, after
the reveal, whether it was right; never another trainee's name or answer. The projector's view
holds the counts and, after the reveal, the shares.
"""

from __future__ import annotations

import math
from typing import Any

from partnerschap.drills.live.session import CaseTally, LiveSession, Phase, Trainee
from partnerschap.drills.model import ItemType
from partnerschap.drills.practice import PrincipleScore, ShownItem, score
from partnerschap.messages import t

MAX_EXAMPLES = 3
SNIPPET = 110


def percent(right: int, total: int) -> int:
    return round(100 * right / total) if total else 0


def principle_title(session: LiveSession, set_id: str, principle_id: str) -> str:
    pset = session.sets.get(set_id)
    principle = pset.principle(principle_id) if pset else None
    return principle.title.get(session.lang) if principle else principle_id


def scores_json(session: LiveSession, scores: list[PrincipleScore]) -> list[dict[str, Any]]:
    return [
        {
            "title": principle_title(session, s.set_id, s.principle_id),
            "right": s.right,
            "total": s.total,
            "percent": percent(s.right, s.total),
        }
        for s in scores
    ]


def case_json(session: LiveSession, shown: ShownItem, revealed: bool) -> dict[str, Any]:
    lang = session.lang
    item = shown.item
    case: dict[str, Any] = {
        "number": session.index + 1,
        "total": session.total,
        "title": t("live.case_title", lang, number=session.index + 1, total=session.total),
        "kind": t(f"ui.drill.type.{item.type.value}", lang),
        "vignette": item.vignette.get(lang).strip(),
        # A 'better' vignette ends with its own question ("What do you ask?").
        "question": t("prompt.drill.spot", lang) if item.type is ItemType.SPOT else None,
        "options": [o.label.get(lang) for o in shown.options],
    }
    if revealed:
        case["correct"] = shown.correct_number
        case["explanation"] = item.explanation.get(lang).strip()
        case["pitfalls"] = [
            t(f"ui.drill.pitfall.{o.pitfall}", lang) if o.pitfall and not o.correct else None
            for o in shown.options
        ]
    return case


def timer_json(session: LiveSession) -> dict[str, Any] | None:
    left = session.time_left()
    if left is None:
        return None
    return {"left": math.ceil(left - 1e-6), "total": session.timer}


def examples_json(session: LiveSession, shown: ShownItem) -> list[dict[str, Any]]:
    pset = session.sets.get(shown.item.set_id)
    out = []
    room = MAX_EXAMPLES  # in all: the reveal has to fit the projector above its buttons
    for pid in shown.item.principles:
        principle = pset.principle(pid) if pset else None
        if principle is None:
            continue
        title = principle.title.get(session.lang)
        blocks = (
            ("ui.drill.examples_for", principle.questions),
            ("ui.drill.practice_for", principle.illustrations),
        )
        for key, texts in blocks:
            if texts and room > 0:  # questions for any parent, then lines from practice
                taken = texts[:room]
                room -= len(taken)
                out.append(
                    {
                        "heading": t(key, session.lang, principle=title),
                        "questions": [q.get(session.lang) for q in taken],
                    }
                )
    return out


def snippet(text: str, width: int = SNIPPET) -> str:
    line = " ".join(text.split())
    return line if len(line) <= width else line[: width - 1].rsplit(" ", 1)[0] + " …"


def hardest_json(session: LiveSession, tally: CaseTally) -> dict[str, Any]:
    shown = session.items[tally.index]
    return {
        "number": tally.index + 1,
        "vignette": snippet(shown.item.vignette.get(session.lang)),
        "answer": shown.item.correct.label.get(session.lang),
        "right": tally.right,
        "total": tally.total,
        "percent": percent(tally.right, tally.total),
    }


def projector_view(session: LiveSession) -> dict[str, Any]:
    view: dict[str, Any] = {
        "role": "projector",
        "phase": session.phase.value,
        "version": session.version,
        "joined": len(session.trainees),
        "anonymous": session.anonymous,
    }
    if session.phase is Phase.LOBBY:
        view["names"] = [] if session.anonymous else session.names()
        return view
    if session.phase is Phase.END:
        view["principles"] = scores_json(session, session.class_result())
        view["hardest"] = [hardest_json(session, c) for c in session.hardest()]
        view["cases"] = session.cases_shown
        if session.ranking:
            view["ranking"] = [
                {
                    "place": place,
                    "name": trainee.name
                    or t("live.anonymous_name", session.lang, n=trainee.number),
                    "right": right,
                }
                for place, trainee, right in session.ranking_rows()
            ]
        return view
    shown = session.items[session.index]
    revealed = session.phase is Phase.REVEALED
    view["case"] = case_json(session, shown, revealed)
    view["answered"] = session.answered_count()
    view["timer"] = timer_json(session)
    view["first"] = session.index == 0
    view["last"] = session.index + 1 >= session.total
    if revealed:
        tally = session.tally(session.index)
        view["shares"] = [
            {"count": tally.counts[n - 1], "percent": tally.percent(n)}
            for n in range(1, len(shown.options) + 1)
        ]
        view["examples"] = examples_json(session, shown)
    return view


def trainee_view(session: LiveSession, trainee: Trainee) -> dict[str, Any]:
    view: dict[str, Any] = {
        "role": "trainee",
        "phase": session.phase.value,
        "version": session.version,
        "name": trainee.name,
    }
    if session.phase is Phase.LOBBY:
        return view
    if session.phase is Phase.END:
        answers = session.answers_of(trainee)
        view["right"] = sum(a.correct for a in answers)
        view["answered"] = len(answers)
        view["cases"] = session.cases_shown  # the same count as the projector's
        view["principles"] = scores_json(session, score(answers))
        return view
    shown = session.items[session.index]
    revealed = session.phase is Phase.REVEALED
    case = case_json(session, shown, revealed)
    view["case"] = case
    view["chosen"] = session.chosen_number(trainee)
    view["timer"] = timer_json(session)
    view["open"] = session.open_for_answers()
    if revealed:
        view["right"] = None if view["chosen"] is None else view["chosen"] == case["correct"]
    return view
