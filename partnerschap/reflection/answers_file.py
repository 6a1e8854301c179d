"""Reflections from an answers file (YAML), run through the same flow as the prompts.

```yaml
set: partnerschap        # optional (one id, a list, or "all")
scenario: angry          # optional, default other
language: nl             # optional
quick: false             # optional
context: {date: 2026-11-20, kind: huisbezoek, participants: [moeder, vader]}
answers: {respect.listened: nee, signs-of-safety.compliments: deels}
notes: {respect: "Ik ging snel naar mijn zorgen."}
strengths: "..."         # optional, for the relieved scenario
next_step: "Volgende keer eerst vragen wat goed gaat."   # or {questions: [...], intention: ...}
```
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from partnerschap.errors import FileProblems, Problem
from partnerschap.i18n import normalize_lang
from partnerschap.prompts import ScriptedPrompter
from partnerschap.reflection.engine import ReflectionPlan, parse_answer
from partnerschap.sets.yaml_lines import LineDict, read_yaml_file

_KEYS = {
    "set",
    "scenario",
    "language",
    "quick",
    "context",
    "answers",
    "notes",
    "strengths",
    "next_step",
}


@dataclass
class AnswersFile:
    path: str
    data: LineDict
    set_id: str | None = None
    language: str | None = None
    problems: list[Problem] = field(default_factory=list)


def read_answers_file(path: Path) -> AnswersFile:
    """Parse the file and check its shape (not yet against a set)."""
    display = str(path)
    data, problems = read_yaml_file(path, display)
    if problems:
        raise FileProblems(problems)
    if not isinstance(data, LineDict):
        raise FileProblems([Problem(display, 1, "answers.not_mapping")])
    result = AnswersFile(display, data)
    for key in data:
        if key not in _KEYS:
            result.problems.append(
                Problem(display, data.line_of(key), "answers.unknown_field", {"field": str(key)})
            )
    raw_set = data.get("set")
    if isinstance(raw_set, list):
        result.set_id = ",".join(str(s) for s in raw_set)
    elif raw_set is not None:
        result.set_id = str(raw_set)
    if data.get("language") is not None:
        lang = normalize_lang(str(data["language"]))
        if lang is None:
            result.problems.append(
                Problem(
                    display,
                    data.line_of("language"),
                    "answers.bad_lang",
                    {"lang": str(data["language"])},
                )
            )
        result.language = lang
    return result


def scripted_answers(af: AnswersFile, plan: ReflectionPlan) -> tuple[dict[str, Any], str | None]:
    """Translate the file into prompt answers for :class:`ScriptedPrompter`.

    Raises :class:`FileProblems` with every problem (unknown checks, answer words ...).
    """
    d, display = af.data, af.path
    problems = list(af.problems)

    def problem(line: int, key: str, **params: Any) -> None:
        problems.append(Problem(display, line, key, params))

    script: dict[str, Any] = {}
    scenario = d.get("scenario")
    if scenario is not None:
        known = plan.scenario_id(str(scenario))
        if known is None:
            problem(
                d.line_of("scenario"),
                "answers.unknown_scenario",
                scenario=str(scenario),
                available=", ".join(plan.scenario_ids()),
            )
        script["scenario"] = known or str(scenario)
    else:
        script["scenario"] = "other" if "other" in plan.scenario_ids() else plan.scenario_ids()[0]

    context = d.get("context") or {}
    if not isinstance(context, dict):
        problem(d.line_of("context"), "answers.wrong_type", field="context", expected="mapping")
        context = {}
    raw_date = context.get("date")
    if isinstance(raw_date, dt.date):
        script["context.date"] = raw_date.isoformat()
    elif raw_date is not None:
        from partnerschap.reflection.flow import parse_date

        if parse_date(str(raw_date)) is None:
            problem(context.line_of("date"), "answers.bad_date", value=str(raw_date))
        else:
            script["context.date"] = str(raw_date)
    if context.get("kind") is not None:
        script["context.kind"] = str(context["kind"])
    participants = context.get("participants")
    if isinstance(participants, list):
        script["context.participants"] = ", ".join(str(p) for p in participants)
    elif participants is not None:
        script["context.participants"] = str(participants)

    answers = d.get("answers") or {}
    if not isinstance(answers, dict):
        problem(d.line_of("answers"), "answers.wrong_type", field="answers", expected="mapping")
        answers = {}
    for ref, word in answers.items():
        line = answers.line_of(ref) if isinstance(answers, LineDict) else d.line
        if plan.check(str(ref)) is None:
            problem(line, "answers.unknown_check", ref=str(ref))
            continue
        answer = parse_answer(word)
        if answer is None:
            problem(line, "answers.bad_answer", word=str(word), ref=str(ref))
            continue
        script[f"check:{ref}"] = answer.value

    notes = d.get("notes") or {}
    if not isinstance(notes, dict):
        problem(d.line_of("notes"), "answers.wrong_type", field="notes", expected="mapping")
        notes = {}
    for pid, note in notes.items():
        if plan.principle(str(pid)) is None:
            problem(notes.line_of(pid), "answers.unknown_principle", principle=str(pid))
            continue
        script[f"note:{pid}"] = "" if note is None else str(note)

    if d.get("strengths") is not None:
        script["strengths"] = str(d["strengths"])
    next_step = d.get("next_step")
    if isinstance(next_step, dict):
        script["next.questions"] = [str(q) for q in next_step.get("questions") or []]
        script["next.intention"] = str(next_step.get("intention") or "")
    elif next_step is not None:
        script["next.questions"] = []
        script["next.intention"] = str(next_step)
    else:
        script["next.questions"] = []
    if problems:
        raise FileProblems(problems)
    quick = bool(d.get("quick", False))
    script["__quick__"] = quick
    return script, script["scenario"]


def prompter_for(script: dict[str, Any]) -> ScriptedPrompter:
    """A prompter that answers from the script; free-text next-step questions are kept."""
    prompter = _AnswersPrompter({k: v for k, v in script.items() if not k.startswith("__")})
    return prompter


class _AnswersPrompter(ScriptedPrompter):
    def checkbox(self, key, message, choices, instruction=None):  # type: ignore[override]
        # Questions in an answers file need not be among the suggestions: keep them as typed.
        self.asked.append(key)
        return list(self.answers.get(key, []))
